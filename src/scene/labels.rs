//! Where flow labels go: along their arrow, at the first spot that covers no card and no label
//! already placed, in the full form when it fits there and the short form otherwise.

use std::collections::HashMap;

use super::Rect;
use super::arrow::{FlowLabel, LabelText, label_at, quadratic_point};
use crate::model::{Point, Severity};

/// Where along the arrow a label may sit, best first: the middle, then further out.
const SPOTS: [f32; 7] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
/// The side of a cell of the grid that finds neighbours quickly.
const CELL: f32 = 256.0;

/// The rectangles taken so far (cards, then labels), in a grid of cells so a large map finds
/// the few near a spot without looking at every one.
#[derive(Default)]
pub(super) struct Taken {
    cells: HashMap<(i32, i32), Vec<Rect>>,
}

impl Taken {
    fn cells_of(rect: &Rect) -> impl Iterator<Item = (i32, i32)> {
        // Coordinates beyond i32 saturate: such a rectangle shares its edge cell, which only
        // costs a few comparisons.
        #[allow(clippy::cast_possible_truncation)]
        let cell = |v: f32| (v / CELL).floor() as i32;
        let (x0, x1) = (cell(rect.min.x), cell(rect.max.x));
        let (y0, y1) = (cell(rect.min.y), cell(rect.max.y));
        // A rectangle larger than a few cells is only ever a far outlier: its corners suffice.
        let (x1, y1) = (x1.min(x0.saturating_add(8)), y1.min(y0.saturating_add(8)));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// Takes `rect`.
    pub(super) fn add(&mut self, rect: Rect) {
        for cell in Self::cells_of(&rect) {
            self.cells.entry(cell).or_default().push(rect);
        }
    }

    /// How much of `rect` is already taken.
    fn overlap(&self, rect: &Rect) -> f32 {
        let mut seen: Vec<&Rect> = Vec::new();
        let mut total = 0.0;
        for cell in Self::cells_of(rect) {
            for other in self.cells.get(&cell).into_iter().flatten() {
                let area = rect.overlap_area(other);
                if area > 0.0 && !seen.contains(&other) {
                    seen.push(other);
                    total += area;
                }
            }
        }
        total
    }
}

/// The label of the arrow `start` → `control` → `end`: the full text at the first free spot,
/// else the short text at the first free spot, else the short text where it covers least.
/// Returns the label and whether it is the full text; the label's box is then taken.
pub(super) fn place(
    curve: (Point, Point, Point),
    text: &LabelText,
    worst: Option<Severity>,
    taken: &mut Taken,
) -> (FlowLabel, bool) {
    let (start, control, end) = curve;
    let spot = |t: f32| quadratic_point(start, control, end, t);
    let forms = text
        .full
        .iter()
        .map(|lines| (lines.as_slice(), true))
        .chain(std::iter::once((text.short.as_slice(), false)));
    let mut best: Option<(f32, FlowLabel, bool)> = None;
    for (lines, full) in forms {
        for t in SPOTS {
            let label = label_at(lines, spot(t), worst);
            let overlap = taken.overlap(&label.rect);
            if overlap <= 0.0 {
                taken.add(label.rect);
                return (label, full);
            }
            if !full && best.as_ref().is_none_or(|(least, ..)| overlap < *least) {
                best = Some((overlap, label, full));
            }
        }
    }
    let (label, full) = best.map_or_else(
        || (label_at(&text.short, spot(0.5), worst), false),
        |(_, label, full)| (label, full),
    );
    taken.add(label.rect);
    (label, full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_moves_off_a_card_and_shortens_when_there_is_no_room() {
        let text = LabelText {
            full: Some(vec!["F1 · Payroll, Attendance".to_owned()]),
            short: vec!["F1".to_owned()],
        };
        let curve = (
            Point::new(0.0, 0.0),
            Point::new(200.0, 0.0),
            Point::new(400.0, 0.0),
        );
        let mut taken = Taken::default();
        // A card over the middle of the arrow.
        taken.add(Rect::centred(Point::new(200.0, 0.0), 60.0, 60.0));
        let (label, full) = place(curve, &text, None, &mut taken);
        assert!(full);
        assert!(
            label
                .rect
                .overlap_area(&Rect::centred(Point::new(200.0, 0.0), 60.0, 60.0))
                <= 0.0
        );
        // The same arrow again: its first label now takes the free spot it would have used.
        let (second, _) = place(curve, &text, None, &mut taken);
        assert!(second.rect.overlap_area(&label.rect) <= 0.0);
        // Wall to wall cards: the short form, where it covers least.
        let mut full_up = Taken::default();
        full_up.add(Rect::centred(Point::new(200.0, 0.0), 600.0, 100.0));
        let (crowded, full) = place(curve, &text, None, &mut full_up);
        assert!(!full);
        assert_eq!(crowded.text(), "F1");
    }
}
