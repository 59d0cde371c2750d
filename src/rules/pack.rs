//! Rule pack files (`assets/rules/*.ron`): their schema, and compiling a set of packs into a
//! [`Rulebook`](super::Rulebook) with every problem named by pack, rule and reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use super::condition::{Compiled, Condition, Outcome, Scope};
use super::{Mechanism, Rule, Rulebook, Step, Verification, Window};
use crate::io::{Location, MAX_FILE_BYTES, read_limited};
use crate::model::Date;

/// The value of the `format` field that marks a rule pack.
pub const PACK_FORMAT: &str = "borderflow-rules";
/// The pack format version this build reads.
pub const PACK_VERSION: u32 = 1;

/// The packs built into the binary, in the order their findings are listed.
pub const BUILTIN_PACKS: [(&str, &str); 5] = [
    ("macau.ron", include_str!("../../assets/rules/macau.ron")),
    (
        "mainland.ron",
        include_str!("../../assets/rules/mainland.ron"),
    ),
    ("gba.ron", include_str!("../../assets/rules/gba.ron")),
    (
        "hong-kong.ron",
        include_str!("../../assets/rules/hong-kong.ron"),
    ),
    (
        "general.ron",
        include_str!("../../assets/rules/general.ron"),
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

    fn new(file: &str, item: Option<String>, message: impl Into<String>) -> Self {
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
    title: String,
    edition: String,
    #[serde(default)]
    facts: Vec<FactDef>,
    #[serde(default)]
    texts: Vec<TextDef>,
    #[serde(default)]
    mechanisms: Vec<MechanismDef>,
    #[serde(default)]
    rules: Vec<RuleDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactDef {
    name: String,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    #[serde(default)]
    #[allow(dead_code)] // Read by people, not by the engine.
    note: String,
    when: Condition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextDef {
    key: String,
    value: String,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MechanismDef {
    name: String,
    #[serde(default)]
    effective_from: Option<Date>,
    #[serde(default)]
    effective_until: Option<Date>,
    applies: Condition,
    aggregate: Condition,
    steps: Vec<StepDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    when: Condition,
    outcome: Outcome,
    basis: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    obligation: String,
    title: String,
    #[serde(default = "flow_scope")]
    applies_to: Scope,
    severity: u8,
    likelihood: u8,
    citation: String,
    verification: String,
    mitigation: String,
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

fn parse_pack(file: &str, text: &str) -> Result<Parsed, RulesError> {
    let options = ron::Options::default()
        .with_recursion_limit(64)
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
            message: error.code.to_string(),
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
    if pack.version != PACK_VERSION {
        return Err(RulesError::new(
            file,
            None,
            format!(
                "pack format version {} is not supported (this build reads {PACK_VERSION})",
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

/// Builds a rulebook from packs given as (file name, text). A later pack with the same `pack`
/// id as an earlier one replaces it whole; other packs add to the rulebook.
pub fn build(sources: &[(String, String)]) -> Result<Rulebook, RulesError> {
    let mut parsed: Vec<Parsed> = Vec::new();
    for (file, text) in sources {
        let pack = parse_pack(file, text)?;
        if let Some(slot) = parsed.iter_mut().find(|p| p.pack.pack == pack.pack.pack) {
            *slot = pack;
        } else {
            parsed.push(pack);
        }
    }

    // Fact names are global across packs; each may have several definitions in time.
    let mut fact_names: BTreeMap<String, usize> = BTreeMap::new();
    for parsed in &parsed {
        for fact in &parsed.pack.facts {
            let next = fact_names.len();
            fact_names.entry(fact.name.clone()).or_insert(next);
        }
    }
    let fact_index = |name: &str| fact_names.get(name).copied();
    check_fact_cycles(&parsed)?;

    let mut keys = BTreeSet::new();
    let mut texts = Vec::new();
    for Parsed { file, pack } in &parsed {
        for text in &pack.texts {
            let window = window(
                file,
                &format!("text {}", text.key),
                text.effective_from,
                text.effective_until,
            )?;
            keys.insert(text.key.clone());
            texts.push((
                text.key.clone(),
                window,
                Arc::<str>::from(text.value.as_str()),
            ));
        }
    }

    let mut facts: Vec<Vec<(Window, Compiled)>> = vec![Vec::new(); fact_names.len()];
    let mut mechanisms = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    for Parsed { file, pack } in &parsed {
        for fact in &pack.facts {
            let item = format!("fact {}", fact.name);
            let window = window(file, &item, fact.effective_from, fact.effective_until)?;
            let compiled = fact
                .when
                .compile(Scope::Flow, &fact_index)
                .map_err(|message| RulesError::new(file, Some(item.clone()), message))?;
            if compiled.mentions_mechanism() {
                return Err(RulesError::new(
                    file,
                    Some(item),
                    "a fact cannot depend on the mechanism decision",
                ));
            }
            let slot = fact_index(&fact.name).and_then(|index| facts.get_mut(index));
            if let Some(slot) = slot {
                if slot.iter().any(|(other, _)| other.overlaps(&window)) {
                    return Err(RulesError::new(
                        file,
                        Some(item),
                        "two definitions of this fact are in force on the same day",
                    ));
                }
                slot.push((window, compiled));
            }
        }
        for mechanism in &pack.mechanisms {
            let item = format!("mechanism {}", mechanism.name);
            let compile = |condition: &Condition| {
                let compiled = condition
                    .compile(Scope::Flow, &fact_index)
                    .map_err(|message| RulesError::new(file, Some(item.clone()), message))?;
                if compiled.mentions_mechanism() {
                    return Err(RulesError::new(
                        file,
                        Some(item.clone()),
                        "a mechanism cannot depend on its own outcome",
                    ));
                }
                Ok(compiled)
            };
            let steps = mechanism
                .steps
                .iter()
                .map(|step| {
                    Ok(Step {
                        when: compile(&step.when)?,
                        outcome: step.outcome,
                        basis: Arc::from(step.basis.as_str()),
                    })
                })
                .collect::<Result<Vec<_>, RulesError>>()?;
            mechanisms.push(Mechanism {
                name: mechanism.name.clone(),
                window: window(
                    file,
                    &item,
                    mechanism.effective_from,
                    mechanism.effective_until,
                )?,
                applies: compile(&mechanism.applies)?,
                aggregate: compile(&mechanism.aggregate)?,
                steps,
            });
        }
        for rule in &pack.rules {
            rules.push(compile_rule(file, pack, rule, &fact_index, &keys)?);
        }
    }
    for (index, mechanism) in mechanisms.iter().enumerate() {
        if mechanisms[..index]
            .iter()
            .any(|other| other.window.overlaps(&mechanism.window))
        {
            return Err(RulesError::new(
                "(all packs)",
                Some(format!("mechanism {}", mechanism.name)),
                "two Mainland mechanisms are in force on the same day",
            ));
        }
    }
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for rule in &rules {
        if let Some(other) = seen.insert(&rule.id, &rule.pack) {
            return Err(RulesError::new(
                &rule.pack,
                Some(format!("rule {}", rule.id)),
                format!(
                    "rule id {} is also defined in pack {other}; rule ids are unique",
                    rule.id
                ),
            ));
        }
    }
    let packs = parsed
        .iter()
        .map(|Parsed { pack, .. }| super::PackInfo {
            id: pack.pack.clone(),
            title: pack.title.clone(),
            edition: pack.edition.clone(),
        })
        .collect();
    Ok(Rulebook {
        packs,
        facts,
        texts,
        mechanisms,
        rules,
    })
}

fn compile_rule(
    file: &str,
    pack: &PackFile,
    rule: &RuleDef,
    fact_index: &dyn Fn(&str) -> Option<usize>,
    keys: &BTreeSet<String>,
) -> Result<Rule, RulesError> {
    let item = format!("rule {}", rule.id);
    let fail = |message: String| Err(RulesError::new(file, Some(item.clone()), message));
    if !valid_rule_id(&rule.id) {
        return fail("a rule id uses ASCII letters, digits, `-` and `_` (e.g. MO-01)".into());
    }
    if !valid_obligation(&rule.obligation) {
        return fail(format!(
            "obligation code {:?} must be lower-case letters, digits and `-`",
            rule.obligation
        ));
    }
    for (name, value) in [("severity", rule.severity), ("likelihood", rule.likelihood)] {
        if !(1..=5).contains(&value) {
            return fail(format!("{name} {value} is out of range; it must be 1 to 5"));
        }
    }
    let Some(verification) = Verification::parse(&rule.verification) else {
        return fail(format!(
            "verification {:?} must be V, S or U, or a combination such as V/S",
            rule.verification
        ));
    };
    for text in [&rule.title, &rule.citation, &rule.mitigation] {
        check_text_keys(file, &item, text, keys)?;
    }
    let condition = rule
        .when
        .compile(rule.applies_to, fact_index)
        .map_err(|message| RulesError::new(file, Some(item.clone()), message))?;
    Ok(Rule {
        id: rule.id.clone(),
        obligation: rule.obligation.clone(),
        title: rule.title.clone(),
        scope: rule.applies_to,
        severity: rule.severity,
        likelihood: rule.likelihood,
        citation: rule.citation.clone(),
        verification,
        mitigation: rule.mitigation.clone(),
        window: window(file, &item, rule.effective_from, rule.effective_until)?,
        pack: pack.pack.clone(),
        explains_mechanism: condition.mentions_mechanism(),
        condition,
    })
}

/// Refuses facts that depend on themselves, directly or through others.
fn check_fact_cycles(parsed: &[Parsed]) -> Result<(), RulesError> {
    let mut depends: BTreeMap<&str, (BTreeSet<&str>, &str)> = BTreeMap::new();
    for Parsed { file, pack } in parsed {
        for fact in &pack.facts {
            let mut names = Vec::new();
            fact.when.facts(&mut names);
            let entry = depends.entry(&fact.name).or_insert((BTreeSet::new(), file));
            entry.0.extend(names);
        }
    }
    // Depth-first search with three colours: unvisited, on the current path, done.
    fn visit<'a>(
        name: &'a str,
        depends: &BTreeMap<&'a str, (BTreeSet<&'a str>, &'a str)>,
        on_path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Result<(), RulesError> {
        if done.contains(name) {
            return Ok(());
        }
        if on_path.contains(&name) {
            let file = depends.get(name).map_or("", |(_, file)| *file);
            on_path.push(name);
            return Err(RulesError::new(
                file,
                Some(format!("fact {name}")),
                format!(
                    "facts depend on each other in a circle: {}",
                    on_path.join(" -> ")
                ),
            ));
        }
        on_path.push(name);
        if let Some((children, _)) = depends.get(name) {
            for child in children {
                visit(child, depends, on_path, done)?;
            }
        }
        on_path.pop();
        done.insert(name);
        Ok(())
    }
    let mut done = BTreeSet::new();
    for name in depends.keys() {
        visit(name, &depends, &mut Vec::new(), &mut done)?;
    }
    Ok(())
}
