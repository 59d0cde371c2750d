//! The report's own words, read from the catalogue (the `report-…` keys of `assets/i18n/`), and
//! the few words it takes from the catalogue's shared vocabulary: treatment statuses, regimes,
//! severities, sign-off steps, numbers and dates. What comes from the map (names, purposes,
//! answers) is printed as written.

use crate::i18n::{self, Arg};
use crate::model::{Date, Decision, Language, Severity, SignOffStep, TreatmentStatus};

/// The report's language, asked for its words.
#[derive(Clone, Copy, Debug)]
pub(super) struct Words {
    pub(super) language: Language,
}

impl Words {
    /// The fixed phrase `key`.
    pub(super) fn t(self, key: &str) -> String {
        i18n::text(self.language, key).into_owned()
    }

    /// The phrase `key` with its placeholders filled.
    pub(super) fn with(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        i18n::text_with(self.language, key, args)
    }

    /// `label: value`, with the language's own colon.
    pub(super) fn labelled(self, label: &str, value: &str) -> String {
        self.with(
            "report-labelled",
            &[("label", label.into()), ("value", value.into())],
        )
    }

    /// `text (detail)`, with the language's brackets: full-width in Chinese.
    pub(super) fn bracketed(self, text: &str, detail: &str) -> String {
        self.with(
            "report-bracketed",
            &[("text", text.into()), ("detail", detail.into())],
        )
    }

    /// A count, thousands grouped.
    pub(super) fn number(self, value: u64) -> String {
        i18n::number(self.language, value)
    }

    /// A date in the language's long form.
    pub(super) fn date(self, date: Date) -> String {
        i18n::date(self.language, date)
    }

    /// A treatment status.
    pub(super) fn status(self, status: TreatmentStatus) -> String {
        self.t(&format!("status-{}", status.id()))
    }

    /// A decision of the sign-off.
    pub(super) fn decision(self, decision: Decision) -> String {
        self.t(&format!("decision-{}", decision.id()))
    }

    /// A severity's name.
    pub(super) fn severity(self, severity: Severity) -> String {
        self.t(&format!("severity-{}", severity.level()))
    }

    /// An exporting entity's name; the map's own organisation, when no site names it, in the
    /// reader's language.
    pub(super) fn entity(self, name: &str) -> String {
        if name == crate::rules::DEFAULT_ENTITY {
            self.t("entity-default")
        } else {
            name.to_owned()
        }
    }

    /// A step of the sign-off.
    pub(super) fn step(self, step: SignOffStep) -> String {
        self.t(&format!("step-{}", step.id()))
    }

    /// The name of a rule pack's legal regime; a pack the catalogue does not know (a user's
    /// own) is named by its id.
    pub(super) fn regime(self, pack: &str) -> String {
        let key = format!("regime-{pack}");
        if i18n::has(self.language, &key) {
            self.t(&key)
        } else {
            pack.to_owned()
        }
    }
}
