//! The diagram as a self-contained SVG page: title block, the Scene (lanes, flows, sites) and a
//! legend, on one A4 or A3 landscape page. All text is text (searchable, selectable) and every
//! piece of user text is escaped.

use std::fmt::Write as _;

use crate::layout::apply_auto_layout;
use crate::model::{DataClass, Date, Map, Point, Severity, SiteKind};
use crate::rules::{Evaluation, Sensitivity};
use crate::scene::icon::{IconShape, icon};
use crate::scene::theme::{self, Rgba};
use crate::scene::{self, FlowArrow, Scene, SiteCard};

/// A landscape page size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// 297 × 210 mm.
    A4,
    /// 420 × 297 mm.
    A3,
}

impl Page {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Page::A4 => (297.0, 210.0),
            Page::A3 => (420.0, 297.0),
        }
    }

    /// Width and height in SVG user units (CSS pixels, 96 per inch).
    fn size_units(self) -> (f32, f32) {
        let (w, h) = self.size_mm();
        (w * 96.0 / 25.4, h * 96.0 / 25.4)
    }
}

/// What goes on the page besides the map.
#[derive(Clone, Debug)]
pub struct SvgOptions {
    /// The date printed in the title block (injected, so the same map gives the same bytes).
    pub date: Date,
    /// The page; `None` picks A4, or A3 when A4 would shrink site cards below legibility.
    pub page: Option<Page>,
}

const MARGIN: f32 = 28.0;
const TITLE_HEIGHT: f32 = 74.0;
const LEGEND_ROW: f32 = 15.0;
const FONTS: &str = "'Noto Sans', 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', \
'Microsoft JhengHei', 'DejaVu Sans', sans-serif";
/// Site cards narrower than this on the page are too small to read.
const MIN_CARD_WIDTH: f32 = 70.0;

/// `text` with the five XML special characters escaped, and characters XML forbids, controls
/// and bidirectional overrides dropped ([`super::is_hidden_or_forbidden`]).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if super::is_hidden_or_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

use crate::scene::text::{char_width, text_width as measured};

/// How wide `text` is at `size` in the regular weight.
fn text_width(text: &str, size: f32) -> f32 {
    measured(text, size, false)
}

/// `text` cut with an ellipsis to fit `width` at `size` (one pass, so a huge label stays cheap).
fn fit(text: &str, width: f32, size: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let room = width - char_width('…') * size;
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += char_width(c) * size;
        if used > room {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn hex(colour: Rgba) -> String {
    colour.hex()
}

fn text(out: &mut String, x: f32, y: f32, size: f32, fill: Rgba, extra: &str, content: &str) {
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}" fill="{}"{extra}>{}</text>"#,
        hex(fill),
        escape(content)
    );
}

fn icon_svg(out: &mut String, kind: SiteKind, centre: Point, half: f32, ink: Rgba) {
    let at = |p: Point| (centre.x + p.x * half, centre.y + p.y * half);
    let ink = hex(ink);
    let stroke = format!(r#"fill="none" stroke="{ink}" stroke-width="1.5""#);
    for shape in icon(kind) {
        match shape {
            IconShape::Circle { centre, radius } => {
                let (x, y) = at(centre);
                let _ = write!(
                    out,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" {stroke}/>"#,
                    radius * half
                );
            }
            IconShape::Dot { centre, radius } => {
                let (x, y) = at(centre);
                let _ = write!(
                    out,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{ink}"/>"#,
                    radius * half
                );
            }
            IconShape::Frame { min, max } | IconShape::Block { min, max } => {
                let ((x0, y0), (x1, y1)) = (at(min), at(max));
                let paint = if matches!(shape, IconShape::Block { .. }) {
                    format!(r#"fill="{ink}""#)
                } else {
                    stroke.clone()
                };
                let _ = write!(
                    out,
                    r#"<rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" {paint}/>"#,
                    x1 - x0,
                    y1 - y0
                );
            }
            IconShape::Line { from, to } => {
                let ((x0, y0), (x1, y1)) = (at(from), at(to));
                let _ = write!(
                    out,
                    r#"<line x1="{x0:.1}" y1="{y0:.1}" x2="{x1:.1}" y2="{y1:.1}" {stroke}/>"#
                );
            }
            IconShape::Outline(points) => {
                let points: Vec<String> = points
                    .into_iter()
                    .map(|p| {
                        let (x, y) = at(p);
                        format!("{x:.1},{y:.1}")
                    })
                    .collect();
                let _ = write!(out, r#"<polygon points="{}" {stroke}/>"#, points.join(" "));
            }
            IconShape::Curve([start, control, end]) => {
                let ((x0, y0), (cx, cy), (x1, y1)) = (at(start), at(control), at(end));
                let _ = write!(
                    out,
                    r#"<path d="M{x0:.1} {y0:.1}Q{cx:.1} {cy:.1} {x1:.1} {y1:.1}" {stroke}/>"#
                );
            }
        }
    }
}

fn arrow_svg(out: &mut String, arrow: &FlowArrow) {
    let colour = arrow
        .worst_severity
        .map_or(theme::FLOW_OK, theme::severity_colour);
    let width = theme::flow_width(arrow.worst_severity, arrow.crosses_border);
    let (dx, dy) = (arrow.end.x - arrow.control.x, arrow.end.y - arrow.control.y);
    let length = (dx * dx + dy * dy).sqrt().max(0.001);
    let (ux, uy) = (dx / length, dy / length);
    let head = theme::ARROW_HEAD;
    let base = Point::new(arrow.end.x - ux * head * 0.8, arrow.end.y - uy * head * 0.8);
    let dash = if arrow.remote_access {
        r#" stroke-dasharray="8 5""#
    } else {
        ""
    };
    let _ = write!(
        out,
        r#"<path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" fill="none" stroke="{}" stroke-width="{width:.1}"{dash}/>"#,
        arrow.start.x,
        arrow.start.y,
        arrow.control.x,
        arrow.control.y,
        base.x,
        base.y,
        hex(colour)
    );
    let (nx, ny) = (-uy, ux);
    let _ = write!(
        out,
        r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{}"/>"#,
        arrow.end.x,
        arrow.end.y,
        arrow.end.x - ux * head + nx * head * 0.45,
        arrow.end.y - uy * head + ny * head * 0.45,
        arrow.end.x - ux * head - nx * head * 0.45,
        arrow.end.y - uy * head - ny * head * 0.45,
        hex(colour)
    );
    let size = theme::FLOW_LABEL_SIZE;
    let label = fit(&arrow.label, scene::LABEL_MAX_WIDTH, size);
    let r = arrow.label_box;
    let _ = write!(
        out,
        r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="{}" fill-opacity="0.9"/>"#,
        r.min.x,
        r.min.y,
        r.width(),
        r.height(),
        hex(theme::BACKGROUND)
    );
    text(
        out,
        arrow.label_at.x,
        arrow.label_at.y + size * 0.35,
        size,
        theme::MUTED_TEXT,
        r#" text-anchor="middle""#,
        &label,
    );
}

fn card_svg(out: &mut String, card: &SiteCard) {
    let r = card.rect;
    let outline = match card.worst_severity {
        Some(severity) if severity >= Severity::Low => theme::severity_colour(severity),
        _ => theme::SITE_STROKE,
    };
    let _ = write!(
        out,
        r#"<g><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="{}" stroke="{}" stroke-width="1.5"/>"#,
        r.min.x,
        r.min.y,
        r.width(),
        r.height(),
        theme::SITE_CORNER,
        hex(theme::SITE_FILL),
        hex(outline)
    );
    icon_svg(
        out,
        card.kind,
        Point::new(r.min.x + 26.0, r.centre().y),
        14.0,
        theme::SITE_STROKE,
    );
    let left = r.min.x + 50.0;
    let width = r.max.x - left - 10.0;
    text(
        out,
        left,
        r.min.y + 27.0,
        theme::SITE_NAME_SIZE,
        theme::SITE_TEXT,
        r#" font-weight="600""#,
        &fit(&card.name, width, theme::SITE_NAME_SIZE),
    );
    text(
        out,
        left,
        r.min.y + 48.0,
        theme::SITE_CITY_SIZE,
        theme::MUTED_TEXT,
        "",
        &fit(&card.subtitle, width, theme::SITE_CITY_SIZE),
    );
    out.push_str("</g>");
}

/// What the page shows of the scene: every card, arrow, head and label, with a margin, the
/// full width of the lanes they are in and room above for the lane headings.
fn page_bounds(scene: &Scene) -> scene::Rect {
    let Some(drawn) = scene.drawn_bounds() else {
        return scene.bounds.unwrap_or(scene::Rect {
            min: Point::new(0.0, 0.0),
            max: Point::new(800.0, 600.0),
        });
    };
    let framed = drawn.expand(theme::LANE_MARGIN / 2.0);
    let lanes = scene
        .lanes
        .iter()
        .map(|lane| lane.rect)
        .filter(|lane| lane.min.x < framed.max.x && framed.min.x < lane.max.x)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(framed);
    scene::Rect {
        min: Point::new(
            lanes.min.x.min(framed.min.x),
            framed.min.y - theme::LANE_HEADING,
        ),
        max: Point::new(lanes.max.x.max(framed.max.x), framed.max.y),
    }
}

/// The lanes (cut to `bounds`, headings at its top), flows and sites.
fn diagram_svg_group(out: &mut String, scene: &Scene, bounds: scene::Rect) {
    let heading_y = bounds.min.y + 26.0;
    out.push_str(r#"<g id="lanes">"#);
    for (index, band) in scene.lanes.iter().enumerate() {
        if band.rect.max.x <= bounds.min.x || bounds.max.x <= band.rect.min.x {
            continue;
        }
        let r = scene::Rect {
            min: Point::new(band.rect.min.x, bounds.min.y),
            max: Point::new(band.rect.max.x, bounds.max.y),
        };
        let fill = theme::LANE_FILLS
            .get(index % 2)
            .copied()
            .unwrap_or(theme::BACKGROUND);
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{}"/><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="1.5"/>"#,
            r.min.x,
            r.min.y,
            r.width(),
            r.height(),
            hex(fill),
            r.min.x,
            r.min.y,
            r.min.x,
            r.max.y,
            hex(theme::LANE_BORDER)
        );
        text(
            out,
            r.centre().x,
            heading_y,
            theme::LANE_LABEL_SIZE,
            theme::LANE_TEXT,
            r#" text-anchor="middle""#,
            band.label,
        );
    }
    out.push_str(r#"</g><g id="flows">"#);
    for arrow in &scene.flows {
        arrow_svg(out, arrow);
    }
    out.push_str(r#"</g><g id="sites">"#);
    for card in &scene.sites {
        card_svg(out, card);
    }
    out.push_str("</g>");
}

/// The data classes of `map` with their sensitivity marks, as the legend lists them.
fn legend_classes(map: &Map, sensitivity: &Sensitivity) -> Vec<String> {
    let mut classes: Vec<DataClass> = map
        .flows()
        .flat_map(|view| view.flow.data_classes.iter().copied())
        .collect();
    classes.sort();
    classes.dedup();
    classes
        .into_iter()
        .map(|class| {
            let marks = sensitivity.marks(class);
            if marks.is_empty() {
                class.id().to_owned()
            } else {
                format!("{} [{marks}]", class.id())
            }
        })
        .collect()
}

/// Where the legend's data classes go in `width`: how wide a column is and how many rows
/// (at least six) the columns need so none runs past the right edge.
fn class_columns(labels: &[String], width: f32) -> (f32, usize) {
    let column = labels
        .iter()
        .map(|label| text_width(label, LEGEND_TEXT))
        .fold(0.0, f32::max)
        + 14.0;
    let room = width * 0.45;
    // Page widths and label counts are small: the casts cannot lose anything that matters.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let columns = ((room / column).floor() as usize).max(1);
    (column, labels.len().div_ceil(columns).max(6))
}

/// The size of the legend's text.
const LEGEND_TEXT: f32 = 10.5;

/// How tall the legend is for `rows` rows of data classes.
fn legend_height(rows: usize) -> f32 {
    #[allow(clippy::cast_precision_loss)]
    let rows = rows as f32;
    6.0 + 18.0 + (rows + 1.0) * LEGEND_ROW
}

/// The legend: site kinds, finding colours, line styles and the map's data classes.
///
/// The M and P marks follow the rulebook's sensitivity declarations on the evaluation date.
fn legend_svg(out: &mut String, classes: &[String], left: f32, top: f32, width: f32) {
    let (column_width, rows) = class_columns(classes, width);
    let size = LEGEND_TEXT;
    out.push_str(r#"<g id="legend">"#);
    text(
        out,
        left,
        top,
        12.0,
        theme::SITE_TEXT,
        r#" font-weight="600""#,
        "Legend",
    );
    let row_y = |row: usize| {
        #[allow(clippy::cast_precision_loss)]
        let row = row as f32;
        top + 18.0 + row * LEGEND_ROW
    };
    // Site kinds.
    for (row, kind) in SiteKind::ALL.iter().enumerate() {
        let y = row_y(row);
        icon_svg(
            out,
            *kind,
            Point::new(left + 6.0, y - 4.0),
            6.0,
            theme::SITE_STROKE,
        );
        text(
            out,
            left + 18.0,
            y,
            size,
            theme::SITE_TEXT,
            "",
            kind.label(),
        );
    }
    // Finding colours and line styles.
    let column = left + width * 0.2;
    let severities = [
        (Severity::Critical, "Worst finding: critical"),
        (Severity::High, "high"),
        (Severity::Medium, "medium"),
        (Severity::Low, "low"),
        (Severity::Info, "info only"),
    ];
    let samples = severities
        .iter()
        .map(|(severity, name)| {
            let colour = theme::severity_colour(*severity);
            (colour, theme::flow_width(Some(*severity), false), *name)
        })
        .chain(std::iter::once((
            theme::FLOW_OK,
            2.0,
            "no finding · thicker: crosses a border · dashed: remote access",
        )));
    for (row, (colour, stroke_width, name)) in samples.enumerate() {
        let y = row_y(row) - 4.0;
        let _ = write!(
            out,
            r#"<line x1="{column:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{}" stroke-width="{stroke_width:.1}"/>"#,
            column + 24.0,
            hex(colour)
        );
        text(
            out,
            column + 30.0,
            y + 4.0,
            size,
            theme::SITE_TEXT,
            "",
            name,
        );
    }
    // Data classes of this map, in columns.
    let classes_left = left + width * 0.55;
    if classes.is_empty() {
        text(
            out,
            classes_left,
            row_y(0),
            size,
            theme::MUTED_TEXT,
            "",
            "No data classes recorded",
        );
    }
    for (index, label) in classes.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let x = classes_left + (index / rows) as f32 * column_width;
        text(
            out,
            x,
            row_y(index % rows),
            size,
            theme::SITE_TEXT,
            "",
            label,
        );
    }
    text(
        out,
        classes_left,
        row_y(rows),
        size - 1.0,
        theme::MUTED_TEXT,
        "",
        "Data classes: [M] sensitive under Macau PDPA Art 7, [P] under PIPL Art 28",
    );
    out.push_str("</g>");
}

/// The diagram of `map`, coloured by `evaluation`, as a one-page SVG document.
pub fn diagram_svg(map: &Map, evaluation: &Evaluation, options: &SvgOptions) -> String {
    // Maps without positions are laid out for the export (the map itself is not changed).
    let laid_out;
    let map = if map.sites().any(|site| site.position.is_none()) {
        let mut copy = map.clone();
        apply_auto_layout(&mut copy);
        laid_out = copy;
        &laid_out
    } else {
        map
    };
    let scene = scene::build(map, Some(evaluation));
    let bounds = page_bounds(&scene);

    let classes = legend_classes(map, &evaluation.sensitivity);
    let legend_height = |page: Page| {
        let width = page.size_units().0 - 2.0 * MARGIN;
        legend_height(class_columns(&classes, width).1)
    };
    let fit_scale = |page: Page| {
        let (w, h) = page.size_units();
        let area_w = w - 2.0 * MARGIN;
        let area_h = h - 2.0 * MARGIN - TITLE_HEIGHT - legend_height(page);
        (area_w / bounds.width())
            .min(area_h / bounds.height())
            .min(1.0)
    };
    let page = options.page.unwrap_or_else(|| {
        if fit_scale(Page::A4) * theme::SITE_WIDTH >= MIN_CARD_WIDTH {
            Page::A4
        } else {
            Page::A3
        }
    });
    let (page_w, page_h) = page.size_units();
    let (mm_w, mm_h) = page.size_mm();
    let scale = fit_scale(page);
    let area_top = MARGIN + TITLE_HEIGHT;
    let legend_height = legend_height(page);
    let area_h = page_h - 2.0 * MARGIN - TITLE_HEIGHT - legend_height;
    let tx = MARGIN + (page_w - 2.0 * MARGIN - bounds.width() * scale) / 2.0 - bounds.min.x * scale;
    let ty = area_top + (area_h - bounds.height() * scale) / 2.0 - bounds.min.y * scale;

    let meta = &map.meta;
    let mut out = String::with_capacity(16 * 1024 + scene.flows.len() * 600);
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{mm_w}mm" height="{mm_h}mm" viewBox="0 0 {page_w:.1} {page_h:.1}" font-family="{FONTS}">"#
    );
    let _ = write!(out, "<title>{}</title>", escape(&meta.title));
    let _ = write!(
        out,
        r#"<rect width="{page_w:.1}" height="{page_h:.1}" fill="white"/>"#
    );

    // Title block.
    out.push_str(r#"<g id="title-block">"#);
    text(
        &mut out,
        MARGIN,
        MARGIN + 20.0,
        20.0,
        theme::SITE_TEXT,
        r#" font-weight="600""#,
        &fit(&meta.title, page_w - 2.0 * MARGIN, 20.0),
    );
    if !meta.organisation.is_empty() {
        text(
            &mut out,
            MARGIN,
            MARGIN + 42.0,
            13.0,
            theme::SITE_TEXT,
            "",
            &meta.organisation,
        );
    }
    let modified = meta
        .modified
        .map_or_else(|| "not recorded".to_owned(), |date| date.to_string());
    let line = format!(
        "Data-flow diagram · {} · map modified {modified} · content hash {} · rules as of {}",
        options.date,
        crate::assessment::fingerprint_text(map),
        evaluation.as_of
    );
    text(
        &mut out,
        MARGIN,
        MARGIN + 62.0,
        10.5,
        theme::MUTED_TEXT,
        "",
        &line,
    );
    let _ = write!(
        out,
        r#"<line x1="{MARGIN:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="0.8"/>"#,
        MARGIN + TITLE_HEIGHT - 4.0,
        page_w - MARGIN,
        MARGIN + TITLE_HEIGHT - 4.0,
        hex(theme::LANE_BORDER)
    );
    out.push_str("</g>");

    // Nothing is clipped: the bounds hold every mark, so the diagram is only moved and scaled.
    let _ = write!(
        out,
        r#"<g id="diagram" transform="translate({tx:.2} {ty:.2}) scale({scale:.4})">"#
    );
    diagram_svg_group(&mut out, &scene, bounds);
    out.push_str("</g>");

    legend_svg(
        &mut out,
        &classes,
        MARGIN,
        page_h - MARGIN - legend_height + 12.0,
        page_w - 2.0 * MARGIN,
    );
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_drops_control_characters() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{7}c\nd"), "abc d");
        assert_eq!(escape("澳門 Sede"), "澳門 Sede");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis_and_wide_characters_count_double() {
        assert_eq!(fit("Taipa", 100.0, 10.0), "Taipa");
        let cut = fit("Security operations centre SIEM", 60.0, 10.0);
        assert!(
            cut.ends_with('…') && text_width(&cut, 10.0) <= 60.0 + 5.5,
            "{cut}"
        );
        assert!(text_width("澳門", 10.0) > text_width("ab", 10.0) * 1.5);
        let huge = "x".repeat(100_000);
        assert_eq!(fit(&huge, 60.0, 10.0).chars().count(), 10);
    }
}
