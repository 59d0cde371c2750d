//! Painting the scene's marks with egui's painter: lanes, arrows with their heads and labels,
//! cards with icon, name and place, and the drag in progress. Every position, size and colour
//! comes from the scene; this only translates marks into egui shapes (and adds the selection,
//! highlight and fading that exist only on screen).
//!
//! No text is drawn smaller than [`theme::MIN_TEXT_PX`] pixels: a flow label or a card's name
//! that would be smaller shows its number or name at that size where its box has room for it,
//! and is left out where it has not.

use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, Ui, Vec2};

use super::Drag;
use super::{pos, to_egui};
use crate::app::theme::{self, colour};
use crate::app::widgets::paint_icon;
use crate::scene::theme as diagram;
use crate::scene::{Anchor, FlowArrow, Mark, Scene, SiteCard, TextMark};

/// An egui stroke from a scene stroke, faded by `alpha`.
fn stroke(stroke: crate::scene::Stroke, alpha: f32) -> Stroke {
    Stroke::new(stroke.width, colour(stroke.ink).gamma_multiply(alpha))
}

/// Screen pixels per map unit on the layer `painter` draws on: the canvas's zoom times the UI's
/// pixels per point (so Ctrl+plus and presentation mode count).
pub(super) fn pixels_per_unit(ui: &Ui, painter: &egui::Painter) -> f32 {
    let scaling = ui
        .ctx()
        .layer_transform_to_global(painter.layer_id())
        .map_or(1.0, |transform| transform.scaling);
    scaling * ui.ctx().pixels_per_point()
}

/// Lays out `job` (sizes and widths in map units) at the size it shows at on screen, so that
/// its glyphs are drawn at the pixels they cover: laid out at map size and shrunk by the
/// canvas's zoom, the thin strokes of small text fall between pixels ("Ilong Kong"). Returns
/// the galley and the canvas's points per map unit.
fn crisp_layout(
    ui: &Ui,
    painter: &egui::Painter,
    mut job: egui::text::LayoutJob,
) -> (std::sync::Arc<egui::Galley>, f32) {
    let scaling = pixels_per_unit(ui, painter) / ui.ctx().pixels_per_point();
    let scaling = if scaling.is_finite() && scaling > 0.0 {
        scaling
    } else {
        1.0
    };
    for section in &mut job.sections {
        section.format.font_id.size *= scaling;
    }
    if job.wrap.max_width.is_finite() {
        job.wrap.max_width *= scaling;
    }
    (ui.fonts_mut(|fonts| fonts.layout_job(job)), scaling)
}

/// The size in map units of a galley laid out by [`crisp_layout`] at `scaling`.
fn crisp_size(galley: &egui::Galley, scaling: f32) -> Vec2 {
    galley.size() / scaling
}

/// Paints a galley laid out by [`crisp_layout`] at `scaling` with its top-left corner at
/// `top_left` (map units): shrunk back to map units here, it is the canvas's zoom that brings
/// it to its laid-out size on screen.
fn paint_crisp(
    painter: &egui::Painter,
    galley: std::sync::Arc<egui::Galley>,
    scaling: f32,
    top_left: Pos2,
    ink: Color32,
) {
    let mut shape = egui::epaint::TextShape::new(Pos2::ZERO, galley, ink);
    shape.transform(egui::emath::TSTransform::from_scaling(1.0 / scaling));
    shape.pos = top_left;
    painter.add(shape);
}

/// A single line of `text` at `size` map units, laid out by [`crisp_layout`].
fn crisp_line(
    ui: &Ui,
    painter: &egui::Painter,
    text: String,
    size: f32,
    ink: Color32,
) -> (std::sync::Arc<egui::Galley>, f32) {
    let job = egui::text::LayoutJob::simple_singleline(text, FontId::proportional(size), ink);
    crisp_layout(ui, painter, job)
}

/// Whether text `size` map units tall is at least [`theme::MIN_TEXT_PX`] on screen at `px`
/// pixels per map unit.
pub(super) fn readable(size: f32, px: f32) -> bool {
    size * px >= theme::MIN_TEXT_PX - 0.01
}

/// A line of text where the scene put it, when it is readable at `px` pixels per map unit:
/// egui lays text out from its top, so the top of the text's box is used.
fn paint_text(
    ui: &Ui,
    painter: &egui::Painter,
    text: &TextMark,
    offset: Vec2,
    alpha: f32,
    px: f32,
) {
    if !readable(text.size, px) {
        return;
    }
    let ink = colour(text.ink).gamma_multiply(alpha);
    let (galley, scaling) = crisp_line(ui, painter, text.text.clone(), text.size, ink);
    let top = text.at.y - text.size + offset.y;
    let left = match text.anchor {
        Anchor::Start => text.at.x,
        Anchor::Middle => text.at.x - crisp_size(&galley, scaling).x / 2.0,
    } + offset.x;
    paint_crisp(painter, galley, scaling, Pos2::new(left, top), ink);
}

/// Any mark of the scene, moved by `offset` and faded by `alpha`; its text only when readable at
/// `px` pixels per map unit.
fn paint_mark(ui: &Ui, painter: &egui::Painter, mark: &Mark, offset: Vec2, alpha: f32, px: f32) {
    let at = |point: crate::model::Point| pos(point) + offset;
    let fill_of = |fill: Option<diagram::Rgba>| {
        fill.map_or(Color32::TRANSPARENT, |fill| {
            colour(fill).gamma_multiply(alpha)
        })
    };
    let stroke_of = |s: Option<crate::scene::Stroke>| s.map_or(Stroke::NONE, |s| stroke(s, alpha));
    match mark {
        Mark::Text(text) => paint_text(ui, painter, text, offset, alpha, px),
        Mark::Lines(lines) => {
            for line in lines {
                paint_text(ui, painter, line, offset, alpha, px);
            }
        }
        Mark::Line {
            from,
            to,
            stroke: s,
        } => {
            painter.line_segment([at(*from), at(*to)], stroke(*s, alpha));
        }
        Mark::Box {
            rect,
            corner,
            fill,
            stroke: s,
        } => {
            painter.rect(
                to_egui(*rect).translate(offset),
                *corner,
                fill_of(*fill),
                stroke_of(*s),
                egui::StrokeKind::Middle,
            );
        }
        Mark::Shape {
            points,
            fill,
            stroke: s,
        } => {
            painter.add(Shape::convex_polygon(
                points.iter().map(|p| at(*p)).collect(),
                fill_of(*fill),
                stroke_of(*s),
            ));
        }
        Mark::Circle {
            centre,
            radius,
            fill,
            stroke: s,
        } => {
            painter.circle(at(*centre), *radius, fill_of(*fill), stroke_of(*s));
        }
        Mark::Icon {
            kind,
            centre,
            half,
            ink,
        } => {
            let rect = Rect::from_center_size(at(*centre), Vec2::splat(half * 2.0));
            paint_icon(painter, *kind, rect, colour(*ink).gamma_multiply(alpha));
        }
    }
}

/// How an arrow stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Look {
    /// As it is.
    Normal,
    /// Part of the selection.
    Selected,
    /// In the chosen heatmap cell.
    Highlighted,
    /// Not in the chosen heatmap cell.
    Faded,
}

/// Paints an arrow: halo, line (dashed for remote access), head.
pub(super) fn paint_arrow(
    painter: &egui::Painter,
    arrow: &FlowArrow,
    look: Look,
    detailed: bool,
    visible_in_map: Rect,
) {
    let alpha = if look == Look::Faded { 0.15 } else { 1.0 };
    let line = stroke(arrow.stroke, alpha);
    let (start, control, base) = (pos(arrow.start), pos(arrow.control), pos(arrow.base));
    let halo = match look {
        Look::Selected => Some(colour(diagram::SELECTION).gamma_multiply(0.35)),
        Look::Highlighted => Some(colour(diagram::HIGHLIGHT)),
        Look::Normal | Look::Faded => None,
    };
    if let Some(halo) = halo {
        painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
            [start, control, base],
            false,
            Color32::TRANSPARENT,
            Stroke::new(line.width + 7.0, halo),
        ));
    }
    match arrow.stroke.dash {
        Some((dash, gap)) if detailed => {
            // Dash only the stretches in view: a long arrow crossing the map would otherwise be
            // cut into thousands of dashes off screen.
            let points: Vec<Pos2> = (0..=16u8)
                .map(|i| pos(arrow.point_at(f32::from(i) / 16.0)))
                .collect();
            for pair in points.windows(2) {
                if let [a, b] = pair
                    && visible_in_map.intersects(Rect::from_two_pos(*a, *b))
                {
                    painter.extend(Shape::dashed_line(&[*a, *b], line, dash, gap));
                }
            }
        }
        _ if detailed => {
            painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
                [start, control, base],
                false,
                Color32::TRANSPARENT,
                line,
            ));
        }
        _ => {
            painter.line_segment([start, base], line);
            return;
        }
    }
    painter.add(Shape::convex_polygon(
        arrow.head.iter().map(|p| pos(*p)).collect(),
        line.color,
        Stroke::NONE,
    ));
}

/// Paints the lane bands and, close enough in, their headings: at the scene's size, or at
/// [`theme::MIN_TEXT_PX`] when that is larger and the lane has room for it.
pub(super) fn paint_lanes(
    ui: &Ui,
    painter: &egui::Painter,
    scene: &Scene,
    visible_in_map: Rect,
    detailed: bool,
) {
    let px = pixels_per_unit(ui, painter);
    for band in &scene.lanes {
        let rect = to_egui(band.rect);
        if !visible_in_map.intersects(rect) {
            continue;
        }
        for mark in &band.frame() {
            paint_mark(ui, painter, mark, Vec2::ZERO, 1.0, px);
        }
        if !detailed {
            continue;
        }
        for line in &band.heading {
            let size = line.size.max(theme::MIN_TEXT_PX / px);
            let (galley, scaling) =
                crisp_line(ui, painter, line.text.clone(), size, colour(line.ink));
            let width = crisp_size(&galley, scaling).x;
            if width > rect.width() {
                continue;
            }
            let top = line.at.y - line.size;
            let left = rect.center().x - width / 2.0;
            paint_crisp(
                painter,
                galley,
                scaling,
                Pos2::new(left, top),
                colour(line.ink),
            );
        }
    }
}

/// Paints an arrow's label box and returns where it is (the label is also its click target).
/// Too small to read, it shows its number (or count) alone at [`theme::MIN_TEXT_PX`] when
/// that fits in its box, else nothing.
pub(super) fn paint_arrow_label(
    ui: &Ui,
    painter: &egui::Painter,
    arrow: &FlowArrow,
    alpha: f32,
) -> Rect {
    let rect = to_egui(arrow.label.rect);
    let px = pixels_per_unit(ui, painter);
    let fill = colour(diagram::BACKGROUND).gamma_multiply(alpha);
    let border = Stroke::new(0.5, colour(diagram::LANE_BORDER).gamma_multiply(alpha));
    if readable(diagram::FLOW_LABEL_SIZE, px) {
        paint_mark(ui, painter, &arrow.label.frame(), Vec2::ZERO, alpha, px);
        for mark in &arrow.label.marks {
            paint_mark(ui, painter, mark, Vec2::ZERO, alpha, px);
        }
        return rect;
    }
    let short = &arrow.label.compact;
    if short.is_empty() {
        return rect;
    }
    let ink = colour(diagram::SITE_TEXT).gamma_multiply(alpha);
    let (galley, scaling) = crisp_line(ui, painter, short.clone(), theme::MIN_TEXT_PX / px, ink);
    let size = crisp_size(&galley, scaling);
    let compact = Rect::from_center_size(rect.center(), size + Vec2::splat(2.0 / px));
    if rect.contains_rect(compact) {
        painter.rect(compact, 2.0 / px, fill, border, egui::StrokeKind::Inside);
        paint_crisp(
            painter,
            galley,
            scaling,
            compact.min + Vec2::splat(1.0 / px),
            ink,
        );
    }
    rect
}

/// Far out, a card is a few pixels: a plain box.
pub(super) fn paint_far_card(painter: &egui::Painter, card: &SiteCard, rect: Rect, selected: bool) {
    let fill = if selected {
        colour(diagram::SELECTION)
    } else {
        colour(card.outline.ink)
    };
    painter.rect_filled(rect, 0.0, fill);
}

/// A card close up at `rect` (its scene place, moved while dragged): box, selection glow,
/// icon, name and place lines, severity marker. Lines too small to read are left out; then the
/// name alone is written at [`theme::MIN_TEXT_PX`] on one line (shortened with …) when the
/// card has room for it.
pub(super) fn paint_card(
    ui: &Ui,
    painter: &egui::Painter,
    card: &SiteCard,
    rect: Rect,
    selected: bool,
    label_alpha: f32,
) {
    if selected {
        painter.rect_filled(
            rect.expand(5.0),
            diagram::SITE_CORNER + 4.0,
            colour(diagram::SELECTION).gamma_multiply(0.25),
        );
    }
    let px = pixels_per_unit(ui, painter);
    let offset = rect.min - pos(card.rect.min);
    if selected {
        painter.rect(
            rect,
            diagram::SITE_CORNER,
            colour(diagram::SITE_FILL),
            Stroke::new(2.5, colour(diagram::SELECTION)),
            egui::StrokeKind::Inside,
        );
    } else {
        paint_mark(ui, painter, &card.frame(), offset, 1.0, px);
    }
    paint_mark(ui, painter, &card.icon, offset, 1.0, px);
    if let Some(marker) = &card.marker {
        paint_mark(ui, painter, marker, offset, 1.0, px);
    }
    if label_alpha <= 0.0 {
        return;
    }
    let Some(first) = card.lines.first() else {
        return;
    };
    if readable(first.size, px) {
        for line in &card.lines {
            paint_text(ui, painter, line, offset, label_alpha, px);
        }
        return;
    }
    let size = theme::MIN_TEXT_PX / px;
    let left = first.at.x + offset.x;
    let room = rect.right() - diagram::SITE_CORNER - left;
    if room * px < theme::MIN_TEXT_PX * 3.0 || rect.height() < size * 1.3 {
        return;
    }
    let ink = colour(first.ink).gamma_multiply(label_alpha);
    let mut job = egui::text::LayoutJob::simple_singleline(
        card.name.clone(),
        FontId::proportional(size),
        ink,
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(room);
    let (galley, scaling) = crisp_layout(ui, painter, job);
    let top = rect.center().y - crisp_size(&galley, scaling).y / 2.0;
    paint_crisp(painter, galley, scaling, Pos2::new(left, top), ink);
}

/// The connect handle on a card's right edge, `radius` map units round.
pub(super) fn paint_handle(painter: &egui::Painter, centre: Pos2, radius: f32) {
    let scale = radius / theme::HANDLE_RADIUS;
    painter.circle(
        centre,
        radius,
        colour(diagram::SITE_FILL),
        Stroke::new(2.0 * scale, colour(diagram::SELECTION)),
    );
    painter.text(
        centre,
        egui::Align2::CENTER_CENTER,
        "+",
        FontId::proportional(14.0 * scale),
        colour(diagram::SELECTION),
    );
}

/// The flow being drawn, or the selection band.
pub(super) fn paint_drag(painter: &egui::Painter, scene: &Scene, drag: &Drag) {
    match drag {
        Drag::Connect {
            from,
            pointer_in_map,
        } => {
            if let Some(card) = scene.sites.iter().find(|card| &card.id == from) {
                let start = to_egui(card.rect).right_center();
                painter.line_segment(
                    [start, *pointer_in_map],
                    Stroke::new(2.0, colour(diagram::SELECTION)),
                );
                painter.circle_filled(*pointer_in_map, 4.0, colour(diagram::SELECTION));
            }
        }
        Drag::Band {
            start_in_map,
            pointer_in_map,
        } => {
            let band = Rect::from_two_pos(*start_in_map, *pointer_in_map);
            painter.rect(
                band,
                0.0,
                colour(diagram::SELECTION).gamma_multiply(0.08),
                Stroke::new(1.0, colour(diagram::SELECTION)),
                egui::StrokeKind::Inside,
            );
        }
        Drag::Move { .. } | Drag::None => {}
    }
}
