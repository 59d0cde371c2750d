//! The filing annexes, pre-filled from the map: the notification to the Macau PDPB (Law 8/2005
//! Art 23 items a to j, one form per purpose), the request for its authorisation of a transfer
//! (Art 20(2)), the description of the transfer a GBA standard contract annexes, Annex I of the
//! CAC standard contract, and an outline of the PIPIA (PIPL Arts 55-56) for Mainland exports
//! (`domain/filings.md`, F1, F3, F4, F6).
//!
//! Each annex is a section of the report and can be written alone. What the map records is
//! printed as written; what it does not is a visible blank to complete by hand, never a guess.
//! A value shared by many flows is printed once with their numbers, and a form lists at most
//! [`MAX_VALUES`] values, so an annex of a large map stays readable.

mod authorisation;
mod macau;
mod mainland;

use std::collections::BTreeMap;

use super::Block;
use super::cells::{number_ranges, number_runs};
use super::sections::Sections;
use super::text::Words;
use super::vocab;
use crate::model::{FlowView, Language, Person, Reference, Safeguard};
use crate::rules::Wording;

/// A filing annex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Annex {
    /// Notification of the processing to the Macau PDPB (PDPA Arts 21, 23).
    Notification,
    /// Request for the PDPB's authorisation of a transfer (PDPA Arts 20(2), 22, 23).
    Authorisation,
    /// The description of the transfer annexed to a GBA (Mainland, Macau) standard contract.
    GbaContract,
    /// Annex I of the CAC standard contract, "description of the personal information export".
    CacContract,
    /// An outline of the personal information protection impact assessment (PIPL Arts 55-56).
    Pipia,
}

impl Annex {
    /// Every annex, in the report's order.
    pub const ALL: [Annex; 5] = [
        Annex::Notification,
        Annex::Authorisation,
        Annex::GbaContract,
        Annex::CacContract,
        Annex::Pipia,
    ];

    /// The name `report --annex` takes.
    pub fn id(self) -> &'static str {
        match self {
            Annex::Notification => "notification",
            Annex::Authorisation => "authorisation",
            Annex::GbaContract => "gba-contract",
            Annex::CacContract => "cac-contract",
            Annex::Pipia => "pipia",
        }
    }

    /// The letter of the annex in the report (A to E).
    pub fn letter(self) -> char {
        match self {
            Annex::Notification => 'A',
            Annex::Authorisation => 'B',
            Annex::GbaContract => 'C',
            Annex::CacContract => 'D',
            Annex::Pipia => 'E',
        }
    }
}

impl std::fmt::Display for Annex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for Annex {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Annex::ALL
            .into_iter()
            .find(|annex| annex.id() == text.trim())
            .ok_or_else(|| {
                format!(
                    "unknown annex `{text}`; the annexes are {}",
                    Annex::ALL.map(Annex::id).join(", ")
                )
            })
    }
}

/// How many runs of flow numbers a cell lists; the rest are counted.
const MAX_RUNS: usize = 12;

/// Flow numbers as a short list (`F1–F4, F7`), at most [`MAX_RUNS`] runs and then how many
/// flows more: a value shared by thousands of scattered flows stays one line.
pub(super) fn flow_list(w: Words, numbers: Vec<usize>) -> String {
    let runs = number_runs(numbers);
    let separator = w.t("report-item-separator");
    let shown: Vec<usize> = runs
        .iter()
        .take(MAX_RUNS)
        .flat_map(|(first, last)| *first..=*last)
        .collect();
    let mut text = number_ranges(shown, &separator);
    let more: usize = runs
        .iter()
        .skip(MAX_RUNS)
        .map(|(first, last)| last - first + 1)
        .sum();
    if more > 0 {
        text.push_str(&separator);
        text.push_str(&w.with("annex-more-flows", &[("count", more.into())]));
    }
    text
}

/// How many forms an annex prints; the rest are counted in a note.
const MAX_FORMS: usize = 30;
/// How many distinct values a cell lists; the rest are counted.
pub(super) const MAX_VALUES: usize = 20;

/// One form: rows of an item and what the map says of it.
pub(super) struct Form {
    w: Words,
    rows: Vec<Vec<String>>,
}

impl Form {
    fn new(w: Words) -> Self {
        Self {
            w,
            rows: Vec::new(),
        }
    }

    /// A row under the catalogue's label `key`.
    fn row(&mut self, key: &str, content: String) {
        self.rows.push(vec![self.w.t(key), content]);
    }

    /// The form as a table.
    fn block(self) -> Block {
        Block::Table {
            header: vec![self.w.t("annex-item"), self.w.t("annex-content")],
            rows: self.rows,
            widths: vec![2.4, 5.6],
        }
    }
}

/// The blank a reader completes by hand.
pub(super) fn blank(w: Words) -> String {
    w.t("annex-blank")
}

/// The text as written, or a blank.
pub(super) fn text_or_blank(w: Words, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        blank(w)
    } else {
        text.to_owned()
    }
}

/// `label: value` for each part, the empty ones as blanks, joined as one cell.
pub(super) fn labelled_parts(w: Words, parts: &[(&str, &str)]) -> String {
    parts
        .iter()
        .map(|(key, value)| w.labelled(&w.t(key), &text_or_blank(w, value)))
        .collect::<Vec<_>>()
        .join(&w.t("report-list-separator"))
}

/// A person as a form names them: name, title, contact, blanks where empty.
pub(super) fn person(w: Words, person: &Person) -> String {
    labelled_parts(
        w,
        &[
            ("field-name", &person.name),
            ("field-title", &person.title),
            ("field-contact", &person.contact),
        ],
    )
}

/// A reference as "number, filed on …, effective …, expires …"; a blank for a missing number.
pub(super) fn reference(w: Words, reference: Option<&Reference>) -> String {
    let Some(reference) = reference else {
        return blank(w);
    };
    let mut parts = vec![w.labelled(&w.t("field-number"), &text_or_blank(w, &reference.number))];
    for (key, date) in [
        ("field-dated", reference.dated),
        ("field-effective", reference.effective),
        ("field-expires", reference.expires),
    ] {
        if let Some(date) = date {
            parts.push(w.labelled(&w.t(key), &w.date(date)));
        }
    }
    parts.join(&w.t("report-item-separator"))
}

/// Values shared by flows, each printed once with the flows' numbers; an empty value as a
/// blank. At most [`MAX_VALUES`] values, then how many more.
pub(super) fn by_value(
    w: Words,
    values: impl IntoIterator<Item = (String, usize)>,
    empty: &str,
) -> String {
    let mut grouped: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (value, number) in values {
        grouped.entry(value).or_default().push(number);
    }
    let count = grouped.len();
    let mut parts: Vec<String> = grouped
        .into_iter()
        .take(MAX_VALUES)
        .map(|(value, numbers)| {
            let value = if value.trim().is_empty() {
                empty.to_owned()
            } else {
                value
            };
            w.bracketed(&value, &flow_list(w, numbers))
        })
        .collect();
    if count > MAX_VALUES {
        parts.push(w.with(
            "annex-more-values",
            &[("count", (count - MAX_VALUES).into())],
        ));
    }
    parts.join(&w.t("report-list-separator"))
}

/// The safeguards a flow records among `wanted`, each with its reference; `None` when it has
/// none of them.
pub(super) fn documents(w: Words, view: &FlowView<'_>, wanted: &[Safeguard]) -> Option<String> {
    let parts: Vec<String> = wanted
        .iter()
        .filter(|safeguard| view.flow.safeguards.contains(safeguard))
        .map(|safeguard| {
            w.labelled(
                &vocab::safeguard(w.language, *safeguard),
                &reference(w, view.flow.references.get(safeguard)),
            )
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(&w.t("report-list-separator")))
}

/// Forms grouped by a key, at most [`MAX_FORMS`] of them.
pub(super) fn forms_by<'m, K: Ord>(
    views: impl Iterator<Item = FlowView<'m>>,
    key: impl Fn(&FlowView<'m>) -> K,
) -> (Vec<Vec<FlowView<'m>>>, usize) {
    let mut groups: BTreeMap<K, Vec<FlowView<'m>>> = BTreeMap::new();
    for view in views {
        groups.entry(key(&view)).or_default().push(view);
    }
    let total = groups.len();
    let forms: Vec<_> = groups.into_values().take(MAX_FORMS).collect();
    let left_out = total - forms.len();
    (forms, left_out)
}

impl Sections<'_> {
    /// Every annex, after the conclusion.
    pub(super) fn annexes(&mut self) {
        for annex in Annex::ALL {
            // Each annex is attached to its own form: it starts on a page of its own.
            self.blocks.push(Block::PageBreak);
            self.annex(annex);
        }
    }

    /// One annex: its heading, what it is for, and its forms.
    pub(super) fn annex(&mut self, annex: Annex) {
        let w = self.words;
        let title = self.annex_title(annex);
        self.blocks.push(Block::Heading(w.with(
            "annex-heading",
            &[
                ("letter", annex.letter().to_string().into()),
                ("title", title.into()),
            ],
        )));
        let intro = self.naming_regulator(&format!("annex-{}-intro", annex.id()));
        self.blocks.push(Block::Paragraph(intro));
        self.blocks.push(Block::Paragraph(w.t("annex-how-to-read")));
        match annex {
            Annex::Notification => self.notification(),
            Annex::Authorisation => self.authorisation(),
            Annex::GbaContract => self.gba_contract(),
            Annex::CacContract => self.cac_contract(),
            Annex::Pipia => self.pipia(),
        }
    }

    /// An annex's title, naming the regulator as it was called on the evaluation day.
    pub(in crate::report) fn annex_title(&self, annex: Annex) -> String {
        self.naming_regulator(&format!("annex-{}-title", annex.id()))
    }

    /// The phrase `key` with the Macau regulator's name of the evaluation day (the PDPB from
    /// 1 February 2024, the GPDP before), in the forms the language needs: as
    /// `$regulator`, `$regulator_a` ("the PDPB", "à DSPDP") and `$regulator_da` ("the PDPB's",
    /// "da DSPDP"). The names are the Macau pack's.
    fn naming_regulator(&self, key: &str) -> String {
        let w = self.words;
        let name = |placeholder: &str| -> String {
            Wording::from_pairs(
                Language::ALL
                    .iter()
                    .map(|language| (*language, format!("{{{placeholder}}}"))),
            )
            .map(|wording| self.rulebook.resolve_text(&wording, self.as_of))
            .map(|wording| wording.text(w.language).to_owned())
            .unwrap_or_default()
        };
        w.with(
            key,
            &[
                ("regulator", name("macau_regulator").into()),
                ("regulator_a", name("macau_regulator_a").into()),
                ("regulator_da", name("macau_regulator_da").into()),
            ],
        )
    }

    /// The forms of an annex, each under its own sub-heading, and how many were left out.
    fn push_forms(&mut self, forms: Vec<(String, Form)>, left_out: usize, none_key: &str) {
        let w = self.words;
        if forms.is_empty() {
            let none = self.naming_regulator(none_key);
            self.blocks.push(Block::Paragraph(none));
            return;
        }
        for (title, form) in forms {
            self.blocks.push(Block::Subheading(title));
            self.blocks.push(form.block());
        }
        if left_out > 0 {
            self.blocks.push(Block::Missing(
                w.with("annex-forms-left-out", &[("count", left_out.into())]),
            ));
        }
    }

    /// A form's row of one value per flow, each value printed once with its flows' numbers
    /// and an empty one as a blank.
    fn row_by_flow(
        &self,
        form: &mut Form,
        key: &str,
        views: &[FlowView<'_>],
        value: impl Fn(&FlowView<'_>) -> String,
    ) {
        let w = self.words;
        let values = views.iter().map(|view| (value(view), self.number(view)));
        form.row(key, by_value(w, values, &blank(w)));
    }

    /// The flows' numbers as a short list.
    fn numbers_of(&self, views: &[FlowView<'_>]) -> String {
        flow_list(
            self.words,
            views
                .iter()
                .filter_map(|view| self.numbers.number(&view.flow.id))
                .collect(),
        )
    }

    /// The declaration at the foot of a form: who signs, with lines for the signature, the
    /// seal and the date.
    fn declaration(&self, form: &mut Form) {
        let w = self.words;
        let signatory = &self.map.meta.controller.signatory;
        form.row(
            "annex-declaration",
            format!(
                "{}{}{}",
                person(w, signatory),
                w.t("report-list-separator"),
                w.t("annex-sign-seal-date")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn a_long_list_of_flows_shows_its_first_runs_and_counts_the_rest() {
        let w = Words {
            language: Language::English,
        };
        assert_eq!(flow_list(w, vec![4, 1, 2, 3, 9]), "F1–F4, F9");
        // Every other flow of 100: twelve runs shown, the other 38 flows counted.
        let scattered: Vec<usize> = (1..=100).step_by(2).collect();
        let text = flow_list(w, scattered);
        assert!(text.starts_with("F1, F3, F5"), "{text}");
        assert!(text.ends_with("F23, and 38 more flows"), "{text}");
        // Long runs count whole.
        let runs: Vec<usize> = (1..=13).flat_map(|run| run * 100..run * 100 + 10).collect();
        assert!(flow_list(w, runs).ends_with("and 10 more flows"));
    }
}
