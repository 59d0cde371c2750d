//! The scene's marks written as SVG elements, one for one: nothing is computed here but the
//! element syntax.

use std::fmt::Write as _;

use crate::model::Point;
use crate::scene::icon::{IconShape, icon};
use crate::scene::theme::Rgba;
use crate::scene::{Anchor, FlowArrow, LaneBand, Mark, SiteCard, Stroke, TextMark};
use crate::text::escape::xml_line as escape;

fn hex(colour: Rgba) -> String {
    colour.hex()
}

fn paint(out: &mut String, fill: Option<Rgba>, stroke: Option<Stroke>) {
    match fill {
        Some(fill) => {
            let _ = write!(out, r#" fill="{}""#, hex(fill));
        }
        None => out.push_str(r#" fill="none""#),
    }
    if let Some(stroke) = stroke {
        write_stroke(out, stroke);
    }
}

fn write_stroke(out: &mut String, stroke: Stroke) {
    let _ = write!(
        out,
        r#" stroke="{}" stroke-width="{:.1}""#,
        hex(stroke.ink),
        stroke.width
    );
    if let Some((dash, gap)) = stroke.dash {
        let _ = write!(out, r#" stroke-dasharray="{dash:.0} {gap:.0}""#);
    }
}

/// One line of text; `x`/`y` attributes only, so a reader finds it where the scene put it.
pub(super) fn write_text(out: &mut String, text: &TextMark) {
    let _ = write!(
        out,
        r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{}""#,
        text.at.x,
        text.at.y,
        text.size,
        hex(text.ink)
    );
    if text.bold {
        out.push_str(r#" font-weight="600""#);
    }
    if text.anchor == Anchor::Middle {
        out.push_str(r#" text-anchor="middle""#);
    }
    let _ = write!(out, ">{}</text>", escape(&text.text));
}

/// Lines of text as one `<text>` element with a `<tspan>` per line, so a name wrapped onto
/// several lines is still one piece of text to a reader or a search.
pub(super) fn write_lines(out: &mut String, lines: &[&TextMark]) {
    let Some(first) = lines.first() else {
        return;
    };
    let _ = write!(
        out,
        r#"<text font-size="{:.1}" fill="{}""#,
        first.size,
        hex(first.ink)
    );
    if first.bold {
        out.push_str(r#" font-weight="600""#);
    }
    out.push('>');
    for line in lines {
        let _ = write!(
            out,
            r#"<tspan x="{:.1}" y="{:.1}">{}</tspan>"#,
            line.at.x,
            line.at.y,
            escape(&line.text)
        );
    }
    out.push_str("</text>");
}

/// Any mark.
pub(super) fn write_mark(out: &mut String, mark: &Mark) {
    match mark {
        Mark::Text(text) => write_text(out, text),
        Mark::Lines(lines) => write_lines(out, &lines.iter().collect::<Vec<_>>()),
        Mark::Line { from, to, stroke } => {
            let _ = write!(
                out,
                r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}""#,
                from.x, from.y, to.x, to.y
            );
            write_stroke(out, *stroke);
            out.push_str("/>");
        }
        Mark::Box {
            rect,
            corner,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}""#,
                rect.min.x,
                rect.min.y,
                rect.width(),
                rect.height()
            );
            if *corner > 0.0 {
                let _ = write!(out, r#" rx="{corner:.1}""#);
            }
            paint(out, *fill, *stroke);
            out.push_str("/>");
        }
        Mark::Shape {
            points,
            fill,
            stroke,
        } => {
            out.push_str(r#"<polygon points=""#);
            write_points(out, points);
            out.push('"');
            paint(out, *fill, *stroke);
            out.push_str("/>");
        }
        Mark::Circle {
            centre,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                r#"<circle cx="{:.1}" cy="{:.1}" r="{radius:.1}""#,
                centre.x, centre.y
            );
            paint(out, *fill, *stroke);
            out.push_str("/>");
        }
        Mark::Icon {
            kind,
            centre,
            half,
            ink,
        } => write_icon(out, icon(*kind), *centre, *half, *ink),
    }
}

fn write_points(out: &mut String, points: &[Point]) {
    for (index, point) in points.iter().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{:.1},{:.1}", point.x, point.y);
    }
}

fn write_icon(out: &mut String, shapes: Vec<IconShape>, centre: Point, half: f32, ink: Rgba) {
    let at = |p: Point| (centre.x + p.x * half, centre.y + p.y * half);
    let ink = hex(ink);
    let stroke = format!(r#"fill="none" stroke="{ink}" stroke-width="1.5""#);
    for shape in shapes {
        match shape {
            IconShape::Circle { centre, radius } | IconShape::Dot { centre, radius } => {
                let (x, y) = at(centre);
                let paint = if matches!(shape, IconShape::Dot { .. }) {
                    format!(r#"fill="{ink}""#)
                } else {
                    stroke.clone()
                };
                let _ = write!(
                    out,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" {paint}/>"#,
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

/// A lane band, its border and its heading.
pub(super) fn write_lane(out: &mut String, band: &LaneBand) {
    for mark in &band.frame() {
        write_mark(out, mark);
    }
    for line in &band.heading {
        write_text(out, line);
    }
}

/// A flow: the curve up to the head's base and the head.
pub(super) fn write_arrow(out: &mut String, arrow: &FlowArrow) {
    let _ = write!(
        out,
        r#"<g><path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" fill="none""#,
        arrow.start.x, arrow.start.y, arrow.control.x, arrow.control.y, arrow.base.x, arrow.base.y,
    );
    write_stroke(out, arrow.stroke);
    out.push_str("/>");
    write_mark(
        out,
        &Mark::Shape {
            points: arrow.head.to_vec(),
            fill: Some(arrow.stroke.ink),
            stroke: None,
        },
    );
    out.push_str("</g>");
}

/// A flow's label: its box, severity marker and lines.
pub(super) fn write_label(out: &mut String, arrow: &FlowArrow) {
    out.push_str("<g>");
    write_mark(out, &arrow.label.frame());
    for mark in &arrow.label.marks {
        write_mark(out, mark);
    }
    out.push_str("</g>");
}

/// A site card: box, icon, name and place lines, severity marker.
pub(super) fn write_card(out: &mut String, card: &SiteCard) {
    out.push_str("<g>");
    write_mark(out, &card.frame());
    write_mark(out, &card.icon);
    let (name, place): (Vec<&TextMark>, Vec<&TextMark>) =
        card.lines.iter().partition(|line| line.bold);
    write_lines(out, &name);
    write_lines(out, &place);
    if let Some(marker) = &card.marker {
        write_mark(out, marker);
    }
    out.push_str("</g>");
}
