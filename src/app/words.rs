//! The editor's words in the language chosen in View › Language.
//!
//! The language lives in [`UiState`](super::UiState); the frame hands it here once at its
//! start, so that helpers deep in a panel (a finding's row, a section heading, a combo box's
//! labels) can ask for their words without a language threaded through every call.

use std::cell::Cell;

use crate::i18n::{self, Arg};
use crate::model::Language;

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
}

/// Speak `language` for the rest of this frame (and the next ones, until told otherwise).
pub fn speak(language: Language) {
    LANGUAGE.with(|cell| cell.set(language));
}

/// The language the editor speaks.
pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// The editor's phrase `key`.
pub fn t(key: &str) -> &'static str {
    i18n::word(language(), key)
}

/// The editor's phrase `key` with its placeholders filled.
pub fn tw(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    i18n::text_with(language(), key, args)
}

/// A vocabulary term (`class`, `safeguard`, `flag`, `basis`, `role`, `kind`, `access`,
/// `status`) by its stable id.
pub fn term(table: &str, id: &str) -> &'static str {
    i18n::word(language(), &format!("{table}-{id}"))
}

/// A severity's name.
pub fn severity(severity: crate::model::Severity) -> &'static str {
    i18n::word(language(), &format!("severity-{}", severity.level()))
}

/// A jurisdiction's name; another country by its code.
pub fn jurisdiction(jurisdiction: &crate::model::Jurisdiction) -> String {
    i18n::terms::jurisdiction(language(), jurisdiction)
}
