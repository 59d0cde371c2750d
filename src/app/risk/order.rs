//! The order of the findings list: worst first unless the reader sorts by another column, by
//! clicking its header (a second click turns the order round).

use std::cmp::Ordering;

use egui::{RichText, Ui};

use crate::app::words::{language, t, term, tw};
use crate::assessment::Risk;
use crate::model::Map;

use super::readable::subject_name;

/// A column of the findings list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    /// How bad (then how likely): the worst first.
    #[default]
    Severity,
    /// The flow, site or map it is about.
    Subject,
    /// The rule's id.
    Rule,
    /// Where its treatment stands.
    Status,
    /// What it says.
    Title,
}

impl Column {
    /// Every column, left to right, with the width it takes (the title takes the rest).
    pub const ALL: [(Column, f32); 5] = [
        (Column::Severity, 92.0),
        (Column::Subject, 250.0),
        (Column::Rule, 64.0),
        (Column::Status, 120.0),
        (Column::Title, 0.0),
    ];

    fn label(self) -> &'static str {
        t(match self {
            Column::Severity => "ui-risk-col-severity",
            Column::Subject => "ui-risk-col-subject",
            Column::Rule => "ui-risk-col-rule",
            Column::Status => "ui-risk-col-status",
            Column::Title => "ui-risk-col-title",
        })
    }

    /// The width of the column (0 for the last, which takes what is left).
    pub fn width(self) -> f32 {
        Column::ALL
            .iter()
            .find(|(column, _)| *column == self)
            .map_or(0.0, |(_, width)| *width)
    }
}

/// How the list is sorted: by a column, in its natural order (severity: worst first; the
/// others: A to Z) or turned round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Order {
    pub column: Column,
    pub reversed: bool,
}

impl Order {
    /// Sorts `risks` (stable: equals keep the evaluation's order).
    pub fn sort(self, map: &Map, risks: &mut [&Risk]) {
        let language = language();
        let compare = |a: &&Risk, b: &&Risk| -> Ordering {
            let by_column = match self.column {
                Column::Severity => Risk::worst_first(a, b),
                Column::Subject => subject_name(map, &a.finding.subject)
                    .cmp(&subject_name(map, &b.finding.subject)),
                Column::Rule => a.finding.rule().cmp(b.finding.rule()),
                Column::Status => term("status", a.status.id()).cmp(term("status", b.status.id())),
                Column::Title => a
                    .finding
                    .title_in(language)
                    .cmp(b.finding.title_in(language)),
            };
            // Within a column's equals, the worst first.
            let ordering = by_column.then_with(|| Risk::worst_first(a, b));
            if self.reversed {
                ordering.reverse()
            } else {
                ordering
            }
        };
        risks.sort_by(compare);
    }

    /// The header row: one button per column, the sorted one marked with its direction;
    /// clicking sorts by that column, clicking it again turns the order round.
    pub fn header_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.add_space(4.0);
            for (column, width) in Column::ALL {
                let sorted = self.column == column;
                let mark = match (sorted, self.reversed) {
                    (false, _) => "",
                    (true, false) => " ▼",
                    (true, true) => " ▲",
                };
                let text = RichText::new(format!("{}{mark}", column.label())).strong();
                let button = egui::Button::selectable(sorted, text);
                let response = if width > 0.0 {
                    ui.add_sized([width, 18.0], button)
                } else {
                    ui.add(button)
                };
                let name = tw("ui-risk-sort-by", &[("column", column.label().into())]);
                if response
                    .accessible_name(name)
                    .on_hover_text(t("ui-risk-sort-tip"))
                    .clicked()
                {
                    if sorted {
                        self.reversed = !self.reversed;
                    } else {
                        *self = Order {
                            column,
                            reversed: false,
                        };
                    }
                }
            }
        });
    }
}
