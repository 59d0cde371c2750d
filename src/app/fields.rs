//! The fields a panel edits, by name: the undo history merges keystrokes typed into one field
//! into one step, and names the step with the field's label in the editor's language.
//!
//! A field's label is the catalogue phrase the inspector shows beside it, so the undo menu
//! speaks of a field as the user sees it named.

use super::words::{t, tw};

/// The fields of the map's own details and of its controller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapField {
    /// The map's title.
    Title,
    /// The organisation the map is of.
    Organisation,
    /// Who drew it.
    Author,
    /// The organisation's sector.
    Sector,
    /// The language of its report and diagram.
    Language,
    /// What the processing is.
    Description,
    /// The controller's name in Chinese.
    ControllerNameZh,
    /// The controller's name in Portuguese.
    ControllerNamePt,
    /// The controller's name in English.
    ControllerNameEn,
    /// The controller's registered address.
    ControllerAddress,
    /// The controller's registration number.
    ControllerRegistration,
    /// The legal representative who signs.
    Signatory,
    /// The data protection officer or contact.
    Dpo,
    /// The representative in Macau.
    Representative,
    /// The controller's security measures.
    ControllerSecurity,
}

/// The fields of a site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SiteField {
    /// Its name.
    Name,
    /// Its kind (office, system, data centre…).
    Kind,
    /// Where it is.
    Jurisdiction,
    /// Its city.
    City,
    /// Who runs it.
    Operator,
    /// The legal entity that holds the data there.
    Entity,
    /// That entity's sector.
    Sector,
    /// Free notes.
    Notes,
    /// Its address, for the filings.
    Address,
    /// Where it stores data.
    Storage,
    /// Its contact.
    Contact,
}

/// The fields of a flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowField {
    /// Its source and target sites.
    Ends,
    /// Its purpose.
    Purpose,
    /// The data classes it carries.
    Classes,
    /// How many people a year.
    Subjects,
    /// How many of them with sensitive data.
    Sensitive,
    /// How long the recipient keeps the data.
    Retention,
    /// Its legal basis.
    Basis,
    /// The recipient's role.
    Role,
    /// How the data is reached.
    Access,
    /// The safeguards in place.
    Safeguards,
    /// Facts about the flow.
    Flags,
    /// Free notes.
    Notes,
    /// The categories of data subjects, for the filings.
    SubjectCategories,
    /// How the data is processed.
    ProcessingMethod,
    /// How it is transmitted.
    Channel,
    /// The flow's security measures.
    SecurityMeasures,
    /// Who the recipient passes the data on to.
    OnwardRecipients,
    /// The numbers and dates of its filings and contracts.
    References,
    /// The day it started.
    Since,
}

/// The fields of a finding's treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TreatmentField {
    /// Open, planned, done, accepted or not applicable.
    Status,
    /// Who owns it.
    Owner,
    /// When it is due.
    Due,
    /// The score that remains.
    Residual,
    /// Why it is accepted or not applicable.
    Justification,
}

/// The fields of a sign-off step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SignOffField {
    /// The signer's name.
    Name,
    /// The date signed.
    Date,
    /// The signer's title.
    Title,
    /// The decision.
    Decision,
    /// The conditions of an approval.
    Conditions,
    /// Why it was approved with serious findings open.
    Justification,
    /// The DPO's opinion.
    Opinion,
}

impl MapField {
    /// Every field, for tests that walk them.
    pub const ALL: &[Self] = &[
        Self::Title,
        Self::Organisation,
        Self::Author,
        Self::Sector,
        Self::Language,
        Self::Description,
        Self::ControllerNameZh,
        Self::ControllerNamePt,
        Self::ControllerNameEn,
        Self::ControllerAddress,
        Self::ControllerRegistration,
        Self::Signatory,
        Self::Dpo,
        Self::Representative,
        Self::ControllerSecurity,
    ];

    /// The catalogue key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Title => "ui-insp-title",
            Self::Organisation => "ui-insp-organisation",
            Self::Author => "ui-insp-author",
            Self::Sector => "ui-insp-map-sector",
            Self::Language => "ui-insp-report-language",
            Self::Description => "ui-insp-description",
            Self::ControllerNameZh => "field-controller-name-zh",
            Self::ControllerNamePt => "field-controller-name-pt",
            Self::ControllerNameEn => "field-controller-name-en",
            Self::ControllerAddress => "field-controller-address",
            Self::ControllerRegistration => "field-controller-registration",
            Self::Signatory => "field-signatory",
            Self::Dpo => "field-dpo",
            Self::Representative => "field-representative",
            Self::ControllerSecurity => "field-controller-security",
        }
    }

    /// What the undo menu calls an edit of this field.
    pub fn undo_label(self) -> String {
        tw("ui-undo-edit-map", &[("field", t(self.label_key()).into())])
    }
}

impl SiteField {
    /// Every field, for tests that walk them.
    pub const ALL: &[Self] = &[
        Self::Name,
        Self::Kind,
        Self::Jurisdiction,
        Self::City,
        Self::Operator,
        Self::Entity,
        Self::Sector,
        Self::Notes,
        Self::Address,
        Self::Storage,
        Self::Contact,
    ];

    /// The catalogue key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Name => "ui-insp-name",
            Self::Kind => "ui-insp-kind",
            Self::Jurisdiction => "ui-insp-jurisdiction",
            Self::City => "ui-insp-city",
            Self::Operator => "ui-insp-operator",
            Self::Entity => "ui-insp-entity",
            Self::Sector => "ui-insp-sector",
            Self::Notes => "ui-notes",
            Self::Address => "ui-site-address",
            Self::Storage => "ui-site-storage",
            Self::Contact => "ui-site-contact",
        }
    }

    /// What the undo menu calls an edit of this field.
    pub fn undo_label(self) -> String {
        tw(
            "ui-undo-edit-site",
            &[("field", t(self.label_key()).into())],
        )
    }
}

impl FlowField {
    /// Every field, for tests that walk them.
    pub const ALL: &[Self] = &[
        Self::Ends,
        Self::Purpose,
        Self::Classes,
        Self::Subjects,
        Self::Sensitive,
        Self::Retention,
        Self::Basis,
        Self::Role,
        Self::Access,
        Self::Safeguards,
        Self::Flags,
        Self::Notes,
        Self::SubjectCategories,
        Self::ProcessingMethod,
        Self::Channel,
        Self::SecurityMeasures,
        Self::OnwardRecipients,
        Self::References,
        Self::Since,
    ];

    /// The catalogue key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Ends => "ui-field-ends",
            Self::Purpose => "ui-insp-purpose",
            Self::Classes => "ui-insp-classes",
            Self::Subjects => "ui-insp-people",
            Self::Sensitive => "ui-insp-sensitive-count",
            Self::Retention => "ui-insp-retention",
            Self::Basis => "ui-insp-basis",
            Self::Role => "ui-insp-role",
            Self::Access => "ui-insp-access",
            Self::Safeguards => "ui-insp-safeguards",
            Self::Flags => "ui-insp-facts",
            Self::Notes => "ui-notes",
            Self::SubjectCategories => "field-subject-categories",
            Self::ProcessingMethod => "field-processing-method",
            Self::Channel => "field-channel",
            Self::SecurityMeasures => "field-flow-security",
            Self::OnwardRecipients => "field-onward",
            Self::References => "ui-field-references",
            Self::Since => "ui-insp-since",
        }
    }

    /// Whether it is typed into, so that keystrokes in a row merge into one undo step; a tick
    /// or a choice is a step of its own.
    pub fn is_typed(self) -> bool {
        matches!(
            self,
            Self::Purpose
                | Self::Notes
                | Self::Subjects
                | Self::Sensitive
                | Self::Retention
                | Self::SubjectCategories
                | Self::ProcessingMethod
                | Self::Channel
                | Self::SecurityMeasures
                | Self::OnwardRecipients
                | Self::References
                | Self::Since
        )
    }

    /// What the undo menu calls an edit of this field.
    pub fn undo_label(self) -> String {
        tw(
            "ui-undo-edit-flow",
            &[("field", t(self.label_key()).into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// Every undo label of every field, in `language`.
    fn every_label(language: Language) -> Vec<String> {
        super::super::words::speak(language);
        let labels = MapField::ALL
            .iter()
            .map(|field| field.undo_label())
            .chain(SiteField::ALL.iter().map(|field| field.undo_label()))
            .chain(FlowField::ALL.iter().map(|field| field.undo_label()))
            .collect();
        super::super::words::speak(Language::English);
        labels
    }

    /// The field names a program would print if it named fields by their code: `jurisdiction`,
    /// `subject_categories` (the capitalised forms are left out: `Sector` is Portuguese too).
    fn code_names() -> Vec<String> {
        let debug = MapField::ALL
            .iter()
            .map(|field| format!("{field:?}"))
            .chain(SiteField::ALL.iter().map(|field| format!("{field:?}")))
            .chain(FlowField::ALL.iter().map(|field| format!("{field:?}")));
        debug
            .flat_map(|name| {
                let snake: String = name
                    .chars()
                    .enumerate()
                    .flat_map(|(index, c)| {
                        let lower = c.to_ascii_lowercase();
                        (index > 0 && c.is_ascii_uppercase())
                            .then_some('_')
                            .into_iter()
                            .chain([lower])
                    })
                    .collect();
                [snake]
            })
            .filter(|name| name.len() > 4)
            .collect()
    }

    #[test]
    fn every_field_is_named_in_the_editors_language() {
        let english = every_label(Language::English);
        let code = code_names();
        for language in [Language::TraditionalChinese, Language::Portuguese] {
            for (label, english) in every_label(language).iter().zip(&english) {
                assert_ne!(label, english, "{language:?}");
                assert!(!label.contains("ui-"), "a missing key: {label}");
                let words: Vec<&str> = label
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .collect();
                for name in &code {
                    assert!(
                        !words.contains(&name.as_str()),
                        "{language:?}: '{label}' names the field '{name}' as the code does"
                    );
                }
            }
        }
        // A law's paragraph letter, "(a)", is the one Latin letter a Chinese label holds.
        for label in every_label(Language::TraditionalChinese) {
            let latin_word = label
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|word| word.len() > 1);
            assert!(!latin_word, "zh-Hant label with a Latin word: {label}");
        }
    }

    #[test]
    fn labels_differ_between_fields() {
        let labels = every_label(Language::English);
        let unique: std::collections::BTreeSet<_> = labels.iter().collect();
        assert_eq!(unique.len(), labels.len());
    }
}
