//! A flow arrow: its curve, head and stroke, and its label box with the flow number, a severity
//! marker and the data classes it carries.

use super::card::severity_marker;
use super::marks::{Mark, Stroke, TextMark};
use super::text::{text_width, wrap};
use super::{Rect, theme};
use crate::model::{FlowId, Point, Severity, SiteId};

/// A flow arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowArrow {
    /// The flow.
    pub id: FlowId,
    /// Its number on the diagram (F1, F2…), see [`super::flow_numbers`].
    pub number: usize,
    /// The site it leaves.
    pub from: SiteId,
    /// The site it reaches.
    pub to: SiteId,
    /// Where the arrow starts (on the source card's edge).
    pub start: Point,
    /// A control point for the curve; equal to the midpoint for a straight arrow.
    pub control: Point,
    /// Where the arrow ends (on the target card's edge), the tip of its head.
    pub end: Point,
    /// Where the line stops, under the head, so the tip stays sharp.
    pub base: Point,
    /// The head: tip and the two back corners.
    pub head: [Point; 3],
    /// How the line is drawn: colour and width by the worst finding, dashed for remote access.
    pub stroke: Stroke,
    /// The label box.
    pub label: FlowLabel,
    /// The worst severity among its findings (informational ones included), if any.
    pub worst_severity: Option<Severity>,
    /// It leaves one legal territory for another.
    pub crosses_border: bool,
    /// The data is viewed from the target rather than moved.
    pub remote_access: bool,
}

/// The box on an arrow: its background, the severity marker and the text lines.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowLabel {
    /// The box (also the label's click target on the canvas).
    pub rect: Rect,
    /// The severity marker and the text lines, drawn over the box.
    pub marks: Vec<Mark>,
    /// What the label says when it is too small to read: the flow's number ("F3", with the
    /// sensitivity marks when the short form is shown), or how many flows it stands for.
    pub compact: String,
}

impl FlowLabel {
    /// The text of the label's lines, joined by spaces.
    pub fn text(&self) -> String {
        self.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text(text) => Some(text.text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The widest a label's text grows before the label is shortened to its number.
pub const LABEL_MAX_WIDTH: f32 = 180.0;
/// Lines of a label, at most.
const LABEL_LINES: usize = 2;
/// Space around a label's text.
const LABEL_PAD: f32 = 4.0;
/// Room for the severity marker at the left of a label.
const MARKER_ROOM: f32 = 14.0;

/// "F3": a flow's number as it is printed.
pub fn flow_tag(number: usize) -> String {
    format!("F{number}")
}

/// What a label can say, before it is placed: every class when that fits, and the short form.
pub(super) struct LabelText {
    /// "F3 · Financial accounts [P], Payroll" on up to two lines, when it fits.
    pub full: Option<Vec<String>>,
    /// "F3 [P]": the number and the sensitivity marks of its classes.
    pub short: Vec<String>,
    /// "F3", or "401 flows [MP]" for a bundle: what stands for the full form when the label
    /// is too small to read.
    pub number: String,
}

/// The two forms of a flow's label: "F3 · Financial accounts [P], Payroll" on up to two lines
/// (when that fits), and "F3 [P]", the number and the sensitivity marks of its classes, for
/// when it does not fit or has no room (the classes are then listed under the diagram).
pub(super) fn label_text(tag: &str, classes: &str, marks: &str) -> LabelText {
    let size = theme::FLOW_LABEL_SIZE;
    let full = format!("{tag} · {classes}");
    // Text longer than all its lines together can never fit: no need to break it into lines.
    let room = LABEL_MAX_WIDTH * LABEL_LINES as f32;
    let wrapped = (text_width(&full, size, false) <= room)
        .then(|| wrap(&full, size, false, LABEL_MAX_WIDTH, LABEL_LINES))
        .filter(|wrapped| wrapped.complete);
    LabelText {
        full: wrapped.map(|wrapped| wrapped.lines),
        short: short_label(tag, marks),
        number: tag.to_owned(),
    }
}

/// "F3 [P]": the short form of a label.
pub(super) fn short_label(tag: &str, marks: &str) -> Vec<String> {
    if marks.is_empty() {
        vec![tag.to_owned()]
    } else {
        vec![format!("{tag} [{marks}]")]
    }
}

/// The width and height of the label box of `lines`.
pub(super) fn label_size(lines: &[String], worst: Option<Severity>) -> (f32, f32) {
    let size = theme::FLOW_LABEL_SIZE;
    let widest = lines
        .iter()
        .map(|line| text_width(line, size, false))
        .fold(0.0, f32::max);
    let marker_room = if worst.is_some() { MARKER_ROOM } else { 0.0 };
    let height = lines.len().max(1) as f32 * size * 1.25 + 2.0 * LABEL_PAD;
    (widest + marker_room + 2.0 * LABEL_PAD, height)
}

/// The label box of `lines` centred on `at`, with the marker of `worst`.
pub(super) fn label_at(lines: &[String], at: Point, worst: Option<Severity>) -> FlowLabel {
    let (width, height) = label_size(lines, worst);
    let rect = Rect::centred(at, width, height);
    let size = theme::FLOW_LABEL_SIZE;
    let line_height = size * 1.25;
    let marker_room = if worst.is_some() { MARKER_ROOM } else { 0.0 };
    let mut marks = Vec::with_capacity(lines.len() + 1);
    if let Some(severity) = worst {
        marks.push(severity_marker(
            severity,
            Point::new(
                rect.min.x + LABEL_PAD + 5.0,
                rect.min.y + LABEL_PAD + size * 0.55,
            ),
        ));
    }
    let left = rect.min.x + LABEL_PAD + marker_room;
    let mut baseline = rect.min.y + LABEL_PAD + size * 0.95;
    for line in lines {
        marks.push(Mark::Text(TextMark::new(
            line.clone(),
            Point::new(left, baseline),
            size,
            theme::SITE_TEXT,
        )));
        baseline += line_height;
    }
    FlowLabel {
        rect,
        marks,
        compact: String::new(),
    }
}

/// The stroke of an arrow: its worst finding's colour and width, dashed for remote access.
pub(super) fn arrow_stroke(worst: Option<Severity>, crosses_border: bool, remote: bool) -> Stroke {
    Stroke {
        ink: worst.map_or(theme::FLOW_OK, theme::severity_colour),
        width: theme::flow_width(worst, crosses_border),
        dash: remote.then_some((8.0, 5.0)),
    }
}

/// The head at `end` pointing away from `control`, and where the line stops under it.
pub(super) fn head(control: Point, end: Point) -> (Point, [Point; 3]) {
    let (dx, dy) = (end.x - control.x, end.y - control.y);
    let length = (dx * dx + dy * dy).sqrt().max(0.001);
    let (ux, uy) = (dx / length, dy / length);
    let (nx, ny) = (-uy, ux);
    let size = theme::ARROW_HEAD;
    let base = Point::new(end.x - ux * size * 0.8, end.y - uy * size * 0.8);
    let back = |side: f32| {
        Point::new(
            end.x - ux * size + nx * size * 0.45 * side,
            end.y - uy * size + ny * size * 0.45 * side,
        )
    };
    (base, [end, back(1.0), back(-1.0)])
}

impl FlowArrow {
    /// The rectangle holding the curve's control polygon.
    pub fn bounds(&self) -> Rect {
        let xs = [self.start.x, self.control.x, self.end.x];
        let ys = [self.start.y, self.control.y, self.end.y];
        let fold = |values: [f32; 3], pick: fn(f32, f32) -> f32| {
            values.into_iter().reduce(pick).unwrap_or_default()
        };
        Rect {
            min: Point::new(fold(xs, f32::min), fold(ys, f32::min)),
            max: Point::new(fold(xs, f32::max), fold(ys, f32::max)),
        }
    }

    /// The rectangle holding everything drawn for the arrow: the curve at its widest (not
    /// only its control polygon's corners), the stroke, the head and the label box.
    pub fn drawn_bounds(&self) -> Rect {
        let (xs, ys) = (
            quadratic_extent(self.start.x, self.control.x, self.end.x),
            quadratic_extent(self.start.y, self.control.y, self.end.y),
        );
        let curve = Rect {
            min: Point::new(xs.0, ys.0),
            max: Point::new(xs.1, ys.1),
        };
        curve
            .expand(self.stroke.width / 2.0 + theme::ARROW_HEAD * 0.5)
            .union(&self.label.rect)
    }

    /// The arrow with its ends moved by `from_delta` and `to_delta` (sites being dragged).
    pub fn with_ends_moved(&self, from_delta: Point, to_delta: Point) -> FlowArrow {
        let shift = |p: Point, d: Point| Point::new(p.x + d.x, p.y + d.y);
        let middle = Point::new(
            (from_delta.x + to_delta.x) / 2.0,
            (from_delta.y + to_delta.y) / 2.0,
        );
        let mut moved = self.clone();
        moved.start = shift(self.start, from_delta);
        moved.end = shift(self.end, to_delta);
        moved.control = shift(self.control, middle);
        (moved.base, moved.head) = head(moved.control, moved.end);
        moved.label = FlowLabel {
            rect: Rect {
                min: shift(self.label.rect.min, middle),
                max: shift(self.label.rect.max, middle),
            },
            marks: self.label.marks.iter().map(|m| m.moved(middle)).collect(),
            compact: self.label.compact.clone(),
        };
        moved
    }

    /// The point at `t` (0 start, 1 end) along the quadratic curve.
    pub fn point_at(&self, t: f32) -> Point {
        quadratic_point(self.start, self.control, self.end, t)
    }
}

/// The smallest and largest value a quadratic Bézier takes on one axis between its ends: the
/// ends, or the curve's turning point where it has one inside.
fn quadratic_extent(start: f32, control: f32, end: f32) -> (f32, f32) {
    let (mut low, mut high) = (start.min(end), start.max(end));
    let denominator = start - 2.0 * control + end;
    if denominator.abs() > f32::EPSILON {
        let t = (start - control) / denominator;
        if t > 0.0 && t < 1.0 {
            let u = 1.0 - t;
            let turn = u * u * start + 2.0 * u * t * control + t * t * end;
            low = low.min(turn);
            high = high.max(turn);
        }
    }
    (low, high)
}

/// The point at `t` (0 start, 1 end) along the quadratic curve through `control`.
pub(super) fn quadratic_point(start: Point, control: Point, end: Point, t: f32) -> Point {
    let u = 1.0 - t;
    Point::new(
        u * u * start.x + 2.0 * u * t * control.x + t * t * end.x,
        u * u * start.y + 2.0 * u * t * control.y + t * t * end.y,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_extent_reaches_its_turning_point() {
        // Ends at 0, control at 100: the curve peaks at 50, halfway to the control.
        assert_eq!(quadratic_extent(0.0, 100.0, 0.0), (0.0, 50.0));
        assert_eq!(quadratic_extent(0.0, 5.0, 10.0), (0.0, 10.0));
    }

    #[test]
    fn a_long_label_becomes_the_number_and_its_marks() {
        let short = label_text("F1", "Payroll", "");
        assert_eq!(short.full, Some(vec!["F1 · Payroll".to_owned()]));
        assert_eq!(short.short, vec!["F1"]);
        let long = label_text("F2", &"Financial accounts [P], ".repeat(6), "P");
        assert_eq!(long.full, None);
        assert_eq!(long.short, vec!["F2 [P]"]);
        let lines = short.full.unwrap();
        let label = label_at(&lines, Point::new(0.0, 0.0), Some(Severity::High));
        assert_eq!(label.text(), "F1 · Payroll");
        assert_eq!(label.marks.len(), 2, "the marker and one line");
        for mark in &label.marks {
            let bounds = mark.bounds();
            assert!(label.rect.expand(0.01).contains(bounds.min), "{mark:?}");
            assert!(label.rect.expand(0.01).contains(bounds.max), "{mark:?}");
        }
    }

    #[test]
    fn the_head_points_along_the_curve_end() {
        let (base, [tip, a, b]) = head(Point::new(0.0, 0.0), Point::new(100.0, 0.0));
        assert_eq!(tip, Point::new(100.0, 0.0));
        assert!(base.x < 100.0 && a.x < base.x && (a.y + b.y).abs() < 1e-4);
    }
}
