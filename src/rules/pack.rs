//! Rule pack files (`assets/rules/*.ron`): their schema, and compiling a set of packs into a
//! [`Rulebook`](super::Rulebook) with every problem named by pack, rule and reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use super::condition::{Compiled, Condition, Outcome, Scope};
use super::{
    FactInfo, Mechanism, Regime, Rule, Rulebook, SensitivityRule, Step, Verification, Window,
    Wording,
};
use crate::io::{Location, MAX_FILE_BYTES, read_limited};
use crate::model::{DataClass, Date, Language, Likelihood, Severity};

/// The value of the `format` field that marks a rule pack.
pub const PACK_FORMAT: &str = "borderflow-rules";
/// The newest pack format version this build reads. Version 2 gives each text in several
/// languages; version 1 packs, whose texts are English strings, still load.
pub const PACK_VERSION: u32 = 2;

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

/// Builds a rulebook from packs given as (file name, text). A text identical to a built-in pack
/// is that built-in pack; another pack with a built-in pack's id replaces it whole (and the
/// rulebook reports the replacement); two other packs with the same id are refused, naming
/// both files, because silently keeping one would hide the other's rules.
pub fn build(sources: &[(String, String)]) -> Result<Rulebook, RulesError> {
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut builtin: Vec<bool> = Vec::new();
    let mut replaces: Vec<Option<String>> = Vec::new();
    for (file, text) in sources {
        let is_builtin = builtin_name(text).is_some();
        let file = match builtin_name(text) {
            Some(name) => format!("(built-in) {name}"),
            None => file.clone(),
        };
        let pack = parse_pack(&file, text)?;
        let same = parsed.iter().position(|p| p.pack.pack == pack.pack.pack);
        match same {
            None => {
                parsed.push(pack);
                builtin.push(is_builtin);
                replaces.push(None);
            }
            Some(index) => {
                let earlier_builtin = builtin.get(index).copied().unwrap_or(false);
                let earlier_file = parsed.get(index).map_or("", |p| p.file.as_str()).to_owned();
                if is_builtin || !earlier_builtin {
                    return Err(RulesError::new(
                        &file,
                        None,
                        format!(
                            "pack id `{}` is also the id of {earlier_file}; pack ids are unique \
                             (rename one pack, or remove one file)",
                            pack.pack.pack
                        ),
                    ));
                }
                if let (Some(slot), Some(kind), Some(replaced)) = (
                    parsed.get_mut(index),
                    builtin.get_mut(index),
                    replaces.get_mut(index),
                ) {
                    *slot = pack;
                    *kind = false;
                    *replaced = Some(earlier_file);
                }
            }
        }
    }

    // Fact names are global across packs; each may have several definitions in time.
    let mut fact_names: BTreeMap<String, usize> = BTreeMap::new();
    let mut fact_info: Vec<FactInfo> = Vec::new();
    for parsed in &parsed {
        for fact in &parsed.pack.facts {
            let next = fact_names.len();
            fact_names.entry(fact.name.clone()).or_insert_with(|| {
                fact_info.push(FactInfo {
                    name: Arc::from(fact.name.as_str()),
                    label: fact
                        .label
                        .clone()
                        .unwrap_or_else(|| Wording::plain(&fact.name)),
                });
                next
            });
            if let (Some(label), Some(info)) = (
                &fact.label,
                fact_names
                    .get(&fact.name)
                    .and_then(|i| fact_info.get_mut(*i)),
            ) {
                info.label = label.clone();
            }
        }
    }
    let fact_index = |name: &str| fact_names.get(name).copied();
    let fact_order = fact_order(&parsed, &fact_names)?;

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
            texts.push((text.key.clone(), window, text.value.clone()));
        }
    }

    let mut sensitivity = Vec::new();
    let mut facts: Vec<Vec<(Window, Compiled)>> = vec![Vec::new(); fact_names.len()];
    let mut mechanisms: Vec<(Mechanism, &str)> = Vec::new();
    let mut rules: Vec<(Rule, &str)> = Vec::new();
    for Parsed { file, pack } in &parsed {
        for (position, declared) in pack.sensitivity.iter().enumerate() {
            let item = format!("sensitivity {}", position + 1);
            let Some(verification) = Verification::parse(&declared.verification) else {
                return Err(RulesError::new(
                    file,
                    Some(item),
                    format!(
                        "verification {:?} must be V, S or U, or a combination such as V/S",
                        declared.verification
                    ),
                ));
            };
            sensitivity.push(SensitivityRule {
                regime: declared.regime,
                classes: declared.classes.clone(),
                window: window(
                    file,
                    &item,
                    declared.effective_from,
                    declared.effective_until,
                )?,
                citation: declared.citation.clone(),
                verification,
                pack: pack.pack.clone(),
            });
        }
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
            if compiled.mentions_totals() {
                // Totals are summed over flows selected by facts, so a fact cannot use them.
                return Err(RulesError::new(
                    file,
                    Some(item),
                    "a fact cannot depend on the export totals; use them in mechanism steps or rules",
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
            let item = format!("mechanism {}", mechanism.name.text(Language::English));
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
                        window: window(file, &item, step.effective_from, step.effective_until)?,
                        when: compile(&step.when)?,
                        outcome: step.outcome,
                        basis: step.basis.clone(),
                    })
                })
                .collect::<Result<Vec<_>, RulesError>>()?;
            mechanisms.push((
                Mechanism {
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
                },
                file.as_str(),
            ));
        }
        for rule in &pack.rules {
            rules.push((
                compile_rule(file, pack, rule, &fact_index, &keys)?,
                file.as_str(),
            ));
        }
    }
    for (index, (mechanism, file)) in mechanisms.iter().enumerate() {
        if let Some((other, other_file)) = mechanisms
            .iter()
            .take(index)
            .find(|(other, _)| other.window.overlaps(&mechanism.window))
        {
            return Err(RulesError::new(
                file,
                Some(format!(
                    "mechanism {}",
                    mechanism.name.text(Language::English)
                )),
                format!(
                    "two Mainland mechanisms are in force on the same day: this one and {} \
                     of {other_file}",
                    other.name.text(Language::English)
                ),
            ));
        }
    }
    let mut seen: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for (rule, file) in &rules {
        if let Some((other_pack, other_file)) = seen.insert(&rule.id, (&rule.pack, *file)) {
            return Err(RulesError::new(
                file,
                Some(format!("rule {}", rule.id)),
                format!(
                    "rule id {} is also defined in pack {other_pack} ({other_file}); rule ids \
                     are unique",
                    rule.id
                ),
            ));
        }
    }
    let packs = parsed
        .iter()
        .zip(replaces)
        .map(|(Parsed { file, pack }, replaces)| super::PackInfo {
            id: pack.pack.clone(),
            title: pack.title.clone(),
            edition: pack.edition.clone(),
            file: file.clone(),
            replaces,
        })
        .collect();
    Ok(Rulebook {
        packs,
        facts,
        fact_info,
        fact_order,
        sensitivity,
        texts,
        mechanisms: mechanisms.into_iter().map(|(m, _)| m).collect(),
        rules: rules.into_iter().map(|(r, _)| r).collect(),
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
    let out_of_range = |message: String| RulesError::new(file, Some(item.clone()), message);
    let severity = Severity::try_from(rule.severity).map_err(out_of_range)?;
    let likelihood = Likelihood::try_from(rule.likelihood).map_err(out_of_range)?;
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
        severity,
        likelihood,
        citation: rule.citation.clone(),
        verification,
        mitigation: rule.mitigation.clone(),
        window: window(file, &item, rule.effective_from, rule.effective_until)?,
        pack: pack.pack.clone(),
        explains_mechanism: condition.mentions_mechanism(),
        condition,
    })
}

/// The facts in an order where each comes after every fact it refers to, or an error naming a
/// circle of facts that depend on each other.
///
/// The walk keeps its own stack, so a pack of thousands of chained facts needs no deeper call
/// stack than a pack of three.
fn fact_order(
    parsed: &[Parsed],
    fact_names: &BTreeMap<String, usize>,
) -> Result<Vec<usize>, RulesError> {
    let count = fact_names.len();
    let mut depends: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); count];
    let mut files: Vec<&str> = vec![""; count];
    let mut names: Vec<&str> = vec![""; count];
    for Parsed { file, pack } in parsed {
        for fact in &pack.facts {
            let Some(index) = fact_names.get(&fact.name).copied() else {
                continue;
            };
            let mut referred = Vec::new();
            fact.when.facts(&mut referred);
            if let Some(slot) = depends.get_mut(index) {
                // Unknown names are reported when the fact is compiled.
                slot.extend(
                    referred
                        .iter()
                        .filter_map(|name| fact_names.get(*name).copied()),
                );
            }
            if let (Some(f), Some(n)) = (files.get_mut(index), names.get_mut(index))
                && f.is_empty()
            {
                *f = file;
                *n = &fact.name;
            }
        }
    }
    let depends: Vec<Vec<usize>> = depends
        .into_iter()
        .map(|d| d.into_iter().collect())
        .collect();
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNSEEN; count];
    let mut order = Vec::with_capacity(count);
    for root in 0..count {
        if state.get(root).copied() != Some(UNSEEN) {
            continue;
        }
        // Each stack entry is a fact and how many of its dependencies were visited.
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        if let Some(s) = state.get_mut(root) {
            *s = ON_PATH;
        }
        while let Some((node, next)) = stack.last().copied() {
            let child = depends.get(node).and_then(|d| d.get(next)).copied();
            let Some(child) = child else {
                stack.pop();
                if let Some(s) = state.get_mut(node) {
                    *s = DONE;
                }
                order.push(node);
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match state.get(child).copied() {
                Some(UNSEEN) => {
                    if let Some(s) = state.get_mut(child) {
                        *s = ON_PATH;
                    }
                    stack.push((child, 0));
                }
                Some(ON_PATH) => {
                    let from = stack.iter().position(|(n, _)| *n == child).unwrap_or(0);
                    let mut circle: Vec<&str> = stack
                        .iter()
                        .skip(from)
                        .map(|(n, _)| names.get(*n).copied().unwrap_or(""))
                        .collect();
                    let child_name = names.get(child).copied().unwrap_or("");
                    circle.push(child_name);
                    // A circle of thousands of facts is named by its ends, not listed whole.
                    let shown = if circle.len() > 12 {
                        let hidden = circle.len() - 10;
                        let head = circle.iter().take(5).copied().collect::<Vec<_>>();
                        let tail = circle.iter().skip(circle.len() - 5).copied();
                        format!(
                            "{} -> … {hidden} more … -> {}",
                            head.join(" -> "),
                            tail.collect::<Vec<_>>().join(" -> ")
                        )
                    } else {
                        circle.join(" -> ")
                    };
                    return Err(RulesError::new(
                        files.get(child).copied().unwrap_or(""),
                        Some(format!("fact {child_name}")),
                        format!("facts depend on each other in a circle: {shown}"),
                    ));
                }
                _ => {}
            }
        }
    }
    Ok(order)
}
