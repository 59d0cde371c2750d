//! Rule pack files (`assets/rules/*.ron`): their schema, and compiling a set of packs into a
//! [`Rulebook`](super::Rulebook) with every problem named by pack, rule and reason.

mod compile;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use super::condition::{Compiled, Condition, Outcome, Scope};
use super::{
    FactInfo, Mechanism, Reading, Regime, Rule, Rulebook, SensitivityRule, Step, Verification,
    Window, Wording,
};
use crate::io::{Location, MAX_FILE_BYTES, read_limited};
use crate::model::{DataClass, Date, Language, Likelihood, Severity};
pub use compile::build;

/// The value of the `format` field that marks a rule pack.
pub const PACK_FORMAT: &str = "borderflow-rules";
/// The newest pack format version this build reads. Version 2 gives each text in several
/// languages; version 1 packs, whose texts are English strings, still load.
pub const PACK_VERSION: u32 = 2;

/// The packs built into the binary, in the order their findings are listed.
pub const BUILTIN_PACKS: [(&str, &str); 5] = [
    ("macau.ron", include_str!("../../../assets/rules/macau.ron")),
    (
        "mainland.ron",
        include_str!("../../../assets/rules/mainland.ron"),
    ),
    ("gba.ron", include_str!("../../../assets/rules/gba.ron")),
    (
        "hong-kong.ron",
        include_str!("../../../assets/rules/hong-kong.ron"),
    ),
    (
        "general.ron",
        include_str!("../../../assets/rules/general.ron"),
    ),
];

/// Why a set of rule packs could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct RulesError {
    /// The pack's file name (or path, for a user pack).
    pub file: String,
    /// Where in the file, when known.
    pub location: Option<Location>,
    /// The rule (or fact, or mechanism) concerned, when known.
    pub item: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl RulesError {
    fn describe(&self) -> String {
        let mut text = format!("rule pack {}", self.file);
        if let Some(location) = self.location {
            text.push_str(&format!(":{location}"));
        }
        if let Some(item) = &self.item {
            text.push_str(&format!(", {item}"));
        }
        format!("{text}: {}", self.message)
    }

    pub(crate) fn new(file: &str, item: Option<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            location: None,
            item,
            message: message.into(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    format: String,
    version: u32,
    pack: String,
    title: Wording,
    edition: String,
    #[serde(default)]
    facts: Vec<FactDef>,
    #[serde(default)]
    texts: Vec<TextDef>,
    #[serde(default)]
    sensitivity: Vec<SensitivityDef>,
    #[serde(default)]
    mechanisms: Vec<MechanismDef>,
    #[serde(default)]
    rules: Vec<RuleDef>,
    /// The clocks the law sets (rules-spec section 7).
    #[serde(default)]
    clocks: Vec<super::clock::ClockDef>,
    /// Questions the law leaves open that the pack does not model, for the report's limits.
    #[serde(default)]
    open_questions: Vec<Wording>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SensitivityDef {
    regime: Regime,
    classes: Vec<DataClass>,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    citation: Wording,
    verification: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactDef {
    name: String,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    /// Words naming the fact in a finding's reasons, e.g. "a necessity ground".
    #[serde(default)]
    label: Option<Wording>,
    #[serde(default)]
    #[allow(dead_code)] // Read by people, not by the engine.
    note: String,
    when: Condition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextDef {
    key: String,
    value: Wording,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MechanismDef {
    name: Wording,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    applies: Condition,
    aggregate: Condition,
    steps: Vec<StepDef>,
    /// The readings the decision takes where the law is open, named in the reasons of the
    /// findings that rest on it (edition 2027-01).
    #[serde(default)]
    readings: Vec<ReadingDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingDef {
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    when: Condition,
    text: Wording,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    when: Condition,
    outcome: Outcome,
    basis: Wording,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    obligation: String,
    title: Wording,
    #[serde(default = "flow_scope")]
    applies_to: Scope,
    severity: u8,
    likelihood: u8,
    citation: Wording,
    verification: String,
    mitigation: Wording,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    when: Condition,
}

fn flow_scope() -> Scope {
    Scope::Flow
}

/// A parsed pack and the file it came from.
struct Parsed {
    file: String,
    pack: PackFile,
}

/// How deep a pack's records may nest (conditions inside `all`, `any` and `not` included).
const NESTING_LIMIT: usize = 64;

fn parse_pack(file: &str, text: &str) -> Result<Parsed, RulesError> {
    let options = ron::Options::default()
        .with_recursion_limit(NESTING_LIMIT)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let pack: PackFile = options.from_str(text).map_err(|error| {
        let location = Location {
            line: error.span.start.line,
            column: error.span.start.col,
        };
        RulesError {
            file: file.to_owned(),
            location: Some(location),
            item: enclosing_rule(text, location.line),
            message: match error.code {
                // ron's own words send the user to its options, which are ours to set.
                ron::Error::ExceededRecursionLimit => crate::i18n::text_with(
                    crate::model::Language::English,
                    "rules-nested-too-deep",
                    &[("limit", NESTING_LIMIT.into())],
                ),
                code => code.to_string(),
            },
        }
    })?;
    if pack.format != PACK_FORMAT {
        return Err(RulesError::new(
            file,
            None,
            format!(
                "its `format` is {:?}, expected \"{PACK_FORMAT}\"",
                pack.format
            ),
        ));
    }
    if !(1..=PACK_VERSION).contains(&pack.version) {
        return Err(RulesError::new(
            file,
            None,
            format!(
                "pack format version {} is not supported (this build reads 1 to {PACK_VERSION})",
                pack.version
            ),
        ));
    }
    Ok(Parsed {
        file: file.to_owned(),
        pack,
    })
}

/// The id of the rule whose record holds `line`, for syntax errors inside a rule.
fn enclosing_rule(text: &str, line: usize) -> Option<String> {
    text.lines()
        .take(line)
        .filter_map(|l| {
            let rest = l.trim_start().strip_prefix("id:")?;
            Some(
                rest.trim()
                    .trim_end_matches(',')
                    .trim_matches('"')
                    .to_owned(),
            )
        })
        .last()
        .map(|id| format!("rule {id}"))
}

fn window(
    file: &str,
    item: &str,
    from: Option<Date>,
    until: Option<Date>,
) -> Result<Window, RulesError> {
    if let (Some(from), Some(until)) = (from, until)
        && until < from
    {
        return Err(RulesError::new(
            file,
            Some(item.to_owned()),
            format!("effective_until {until} is before effective_from {from}"),
        ));
    }
    Ok(Window { from, until })
}

fn check_text_keys(
    file: &str,
    item: &str,
    text: &Wording,
    keys: &BTreeSet<String>,
) -> Result<(), RulesError> {
    text.each()
        .try_for_each(|(_, words)| check_keys_of(file, item, words, keys))
}

fn check_keys_of(
    file: &str,
    item: &str,
    text: &str,
    keys: &BTreeSet<String>,
) -> Result<(), RulesError> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            return Err(RulesError::new(
                file,
                Some(item.to_owned()),
                format!("unclosed `{{` in {text:?}"),
            ));
        };
        let key = &after[..end];
        if !keys.contains(key) {
            return Err(RulesError::new(
                file,
                Some(item.to_owned()),
                format!("unknown text `{{{key}}}`; packs define texts in their `texts` list"),
            ));
        }
        rest = &after[end + 1..];
    }
    Ok(())
}

fn valid_rule_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn valid_obligation(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads every `*.ron` pack in a folder, sorted by file name.
pub fn read_pack_folder(folder: &Path) -> Result<Vec<(String, String)>, RulesError> {
    let display = folder.display().to_string();
    let entries = std::fs::read_dir(folder).map_err(|error| {
        RulesError::new(&display, None, format!("cannot read the folder: {error}"))
    })?;
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(RulesError::new(
            &display,
            None,
            "the folder holds no .ron rule packs",
        ));
    }
    paths
        .into_iter()
        .map(|path| {
            let name = path.display().to_string();
            let bytes = read_limited(&path, MAX_FILE_BYTES)
                .map_err(|error| RulesError::new(&name, None, format!("cannot read: {error}")))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| RulesError::new(&name, None, "the file is not UTF-8 text"))?;
            Ok((name, text))
        })
        .collect()
}

/// The built-in pack's file name if `text` is exactly a built-in pack.
fn builtin_name(text: &str) -> Option<&'static str> {
    BUILTIN_PACKS
        .iter()
        .find(|(_, builtin)| *builtin == text)
        .map(|(name, _)| *name)
}
