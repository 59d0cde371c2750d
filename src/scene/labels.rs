//! Where flow labels go: along their arrow, at the first spot that covers no card and no label
//! already placed, in the full form when it fits there and the short form otherwise.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use super::Rect;
use super::arrow::{
    FlowLabel, LabelText, label_at, label_size, label_text, quadratic_point, short_label,
};
use super::words::{Words, words};
use crate::i18n::terms;
use crate::model::{DataClass, Language, Point, Severity};
use crate::rules::Sensitivity;

/// A label's lines.
type Lines = Vec<String>;

/// What a set of data classes reads as on a label.
pub(super) struct Described {
    /// "Financial accounts [P], Payroll", or the words for none.
    pub classes: String,
    /// The sensitivity marks of all of them together ("MP", "P", or empty).
    pub marks: &'static str,
    /// The set as a bit mask, the cache's key.
    mask: u32,
}

/// Class names and label texts, worked out once per set of classes: a large map repeats the
/// same few sets over thousands of flows.
pub(super) struct Labels<'a> {
    sensitivity: Option<&'a Sensitivity>,
    language: Language,
    words: &'static Words,
    described: RefCell<HashMap<u32, Rc<Described>>>,
    /// The full label's lines for a set of classes and a number of digits, with the tag
    /// written as zeros: digits are all as wide, so only the tag's text differs between flows.
    wrapped: RefCell<HashMap<(u32, usize), Option<Lines>>>,
}

impl<'a> Labels<'a> {
    pub(super) fn new(sensitivity: Option<&'a Sensitivity>, language: Language) -> Self {
        Self {
            sensitivity,
            language,
            words: words(language),
            described: RefCell::new(HashMap::new()),
            wrapped: RefCell::new(HashMap::new()),
        }
    }

    /// The names and marks of `classes`.
    pub(super) fn describe(&self, classes: &BTreeSet<DataClass>) -> Rc<Described> {
        let mask = classes
            .iter()
            .fold(0u32, |mask, class| mask | 1u32 << (*class as u32));
        if let Some(described) = self.described.borrow().get(&mask) {
            return Rc::clone(described);
        }
        let (mut macau, mut pipl) = (false, false);
        let names: Vec<String> = classes
            .iter()
            .map(|class| {
                let name = terms::class(self.language, *class);
                let marks = self.sensitivity.map_or("", |s| s.marks(*class));
                macau |= marks.contains('M');
                pipl |= marks.contains('P');
                if marks.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name} [{marks}]")
                }
            })
            .collect();
        let described = Rc::new(Described {
            classes: if names.is_empty() {
                self.words.no_classes.to_owned()
            } else {
                names.join(self.words.separator)
            },
            marks: match (macau, pipl) {
                (true, true) => "MP",
                (true, false) => "M",
                (false, true) => "P",
                (false, false) => "",
            },
            mask,
        });
        self.described
            .borrow_mut()
            .insert(mask, Rc::clone(&described));
        described
    }

    /// The label of an arrow that stands for `count` flows: "401 flows", with the sensitivity
    /// marks of all their classes.
    pub(super) fn bundle_text(&self, count: usize, macau: bool, pipl: bool) -> LabelText {
        let marks = match (macau, pipl) {
            (true, true) => "MP",
            (true, false) => "M",
            (false, true) => "P",
            (false, false) => "",
        };
        let lines = short_label(&format!("{count} {}", self.words.flows), marks);
        LabelText {
            number: lines.concat(),
            full: Some(lines.clone()),
            short: lines,
        }
    }

    /// The two forms of the label of a flow tagged `tag` ("F12") carrying `described`.
    pub(super) fn text(&self, described: &Described, tag: &str) -> LabelText {
        let digits = tag.len();
        let template = "F".to_owned() + &"0".repeat(digits.saturating_sub(1));
        let full = self
            .wrapped
            .borrow_mut()
            .entry((described.mask, digits))
            .or_insert_with(|| label_text(&template, &described.classes, described.marks).full)
            .clone();
        let full = full.map(|mut lines| {
            if let Some(first) = lines.first_mut()
                && first.starts_with(&template)
            {
                first.replace_range(..template.len(), tag);
            }
            lines
        });
        LabelText {
            full,
            short: short_label(tag, described.marks),
            number: tag.to_owned(),
        }
    }
}

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

    /// How much of `rect` is already taken, counted up to `enough` (the search stops there).
    /// A rectangle stored in several cells is counted once: in the cell holding the top-left
    /// corner of its overlap with `rect`.
    fn overlap(&self, rect: &Rect, enough: f32) -> f32 {
        let cell = |v: f32| (v / CELL).floor() as i32;
        let mut total = 0.0;
        for key in Self::cells_of(rect) {
            for other in self.cells.get(&key).into_iter().flatten() {
                let area = rect.overlap_area(other);
                if area <= 0.0 {
                    continue;
                }
                let corner = (
                    cell(rect.min.x.max(other.min.x)),
                    cell(rect.min.y.max(other.min.y)),
                );
                if corner == key {
                    total += area;
                    if total >= enough {
                        return total;
                    }
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
    // Only boxes are tried; the label's marks are made once, where it goes.
    let mut best: Option<(f32, Point, &[String], bool)> = None;
    for (lines, full) in forms {
        let (width, height) = label_size(lines, worst);
        for t in SPOTS {
            let at = spot(t);
            let rect = Rect::centred(at, width, height);
            // A full label only goes where nothing is; a short one where least is.
            let enough = match (full, best) {
                (true, _) => f32::MIN_POSITIVE,
                (false, Some((least, ..))) => least,
                (false, None) => f32::INFINITY,
            };
            let overlap = taken.overlap(&rect, enough);
            if overlap <= 0.0 {
                taken.add(rect);
                return (with_compact(label_at(lines, at, worst), text, full), full);
            }
            if !full && best.is_none_or(|(least, ..)| overlap < least) {
                best = Some((overlap, at, lines, full));
            }
        }
    }
    let (at, lines, full) = best.map_or(
        (spot(0.5), text.short.as_slice(), false),
        |(_, at, lines, full)| (at, lines, full),
    );
    let label = with_compact(label_at(lines, at, worst), text, full);
    taken.add(label.rect);
    (label, full)
}

/// `label` with what it says when too small to read: the number for the full form, the short
/// form's own line for the short one.
fn with_compact(label: FlowLabel, text: &LabelText, full: bool) -> FlowLabel {
    let compact = if full {
        text.number.clone()
    } else {
        text.short.concat()
    };
    FlowLabel { compact, ..label }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_the_same_classes_share_their_wrapping_but_keep_their_number() {
        let labels = Labels::new(None, Language::English);
        let classes: BTreeSet<DataClass> = [DataClass::Payroll, DataClass::Contact].into();
        let described = labels.describe(&classes);
        assert_eq!(described.classes, "Contact details, Payroll");
        let first = labels.text(&described, "F12");
        let second = labels.text(&labels.describe(&classes), "F47");
        assert_eq!(
            first.full,
            Some(vec!["F12 · Contact details, Payroll".to_owned()])
        );
        assert_eq!(
            second.full,
            Some(vec!["F47 · Contact details, Payroll".to_owned()])
        );
        assert_eq!(second.short, vec!["F47"]);
        let none = labels.describe(&BTreeSet::new());
        assert_eq!(none.classes, "no data classes");
    }

    #[test]
    fn a_label_moves_off_a_card_and_shortens_when_there_is_no_room() {
        let text = LabelText {
            full: Some(vec!["F1 · Payroll, Attendance".to_owned()]),
            short: vec!["F1".to_owned()],
            number: "F1".to_owned(),
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
        // Too small to read, the full label stands as its number alone.
        assert_eq!(label.compact, "F1");
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
        assert_eq!(crowded.compact, "F1");
    }

    #[test]
    fn a_label_too_small_to_read_says_its_number_or_its_short_form() {
        let text = LabelText {
            full: Some(vec!["F7 · Health data [M]".to_owned()]),
            short: vec!["F7 [M]".to_owned()],
            number: "F7".to_owned(),
        };
        let curve = (
            Point::new(0.0, 0.0),
            Point::new(200.0, 0.0),
            Point::new(400.0, 0.0),
        );
        let (label, full) = place(curve, &text, None, &mut Taken::default());
        assert!(full);
        assert_eq!(label.compact, "F7");
        let mut full_up = Taken::default();
        full_up.add(Rect::centred(Point::new(200.0, 0.0), 600.0, 100.0));
        let (crowded, full) = place(curve, &text, None, &mut full_up);
        assert!(!full);
        assert_eq!(crowded.compact, "F7 [M]", "the short form keeps its marks");
    }
}
