//! Compiling parsed packs into a [`Rulebook`]: packs merged by id, facts ordered, texts,
//! sensitivity declarations, mechanisms and rules checked, each problem named by pack and item.

use super::*;

/// A fact's index by name.
type FactIndex<'a> = dyn Fn(&str) -> Option<usize> + 'a;

/// The packs' own texts: key, days in force, words.
type TextTable = Vec<(String, Window, Wording)>;

/// Builds a rulebook from packs given as (file name, text). A text identical to a built-in pack
/// is that built-in pack; another pack with a built-in pack's id replaces it whole (and the
/// rulebook reports the replacement); two other packs with the same id are refused, naming
/// both files, because silently keeping one would hide the other's rules.
pub fn build(sources: &[(String, String)]) -> Result<Rulebook, RulesError> {
    let (parsed, replaces) = merge(sources)?;
    let (fact_names, fact_info) = fact_table(&parsed);
    let fact_index = |name: &str| fact_names.get(name).copied();
    let fact_order = fact_order(&parsed, &fact_names)?;
    let (keys, texts) = pack_texts(&parsed)?;

    let mut sensitivity = Vec::new();
    let mut facts: Vec<Vec<(Window, Compiled)>> = vec![Vec::new(); fact_names.len()];
    let mut mechanisms: Vec<(Mechanism, &str)> = Vec::new();
    let mut rules: Vec<(Rule, &str)> = Vec::new();
    let mut clocks = Vec::new();
    for Parsed { file, pack } in &parsed {
        clocks.extend(super::super::clock::compile(
            file,
            &pack.pack,
            &pack.clocks,
        )?);
        sensitivity.extend(compile_sensitivity(file, pack)?);
        compile_facts(file, pack, &fact_index, &mut facts)?;
        for mechanism in compile_mechanisms(file, pack, &fact_index)? {
            mechanisms.push((mechanism, file.as_str()));
        }
        for rule in &pack.rules {
            rules.push((
                compile_rule(file, pack, rule, &fact_index, &keys)?,
                file.as_str(),
            ));
        }
    }
    check_unique(&mechanisms, &rules)?;
    let packs = parsed
        .iter()
        .zip(replaces)
        .map(|(Parsed { file, pack }, replaces)| super::super::PackInfo {
            id: pack.pack.clone(),
            title: pack.title.clone(),
            edition: pack.edition.clone(),
            file: file.clone(),
            replaces,
            open_questions: pack.open_questions.clone(),
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
        clocks: clocks.into_iter().map(Arc::new).collect(),
    })
}

/// The packs parsed, one per id: a user pack with a built-in pack's id takes its place (the
/// second list names the file it replaced); any other repeated id is an error.
fn merge(sources: &[(String, String)]) -> Result<(Vec<Parsed>, Vec<Option<String>>), RulesError> {
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut builtin: Vec<bool> = Vec::new();
    let mut replaces: Vec<Option<String>> = Vec::new();
    for (file, text) in sources {
        let mut is_builtin = builtin_name(text).is_some();
        let named = match builtin_name(text) {
            Some(name) => format!("(built-in) {name}"),
            None => file.clone(),
        };
        let mut pack = parse_pack(&named, text)?;
        let same = parsed.iter().position(|p| p.pack.pack == pack.pack.pack);
        // Built-in packs never share an id, so a second text of a built-in pack is a user's
        // copy of it, word for word: whatever is said about it names the user's file.
        if is_builtin && same.is_some() {
            is_builtin = false;
            pack.file.clone_from(file);
        }
        let file = pack.file.clone();
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

    Ok((parsed, replaces))
}

/// Fact names are global across packs; each may have several definitions in time.
fn fact_table(parsed: &[Parsed]) -> (BTreeMap<String, usize>, Vec<FactInfo>) {
    let mut fact_names: BTreeMap<String, usize> = BTreeMap::new();
    let mut fact_info: Vec<FactInfo> = Vec::new();
    for parsed in parsed {
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
    (fact_names, fact_info)
}

/// The packs' own texts (such as the regulator's name by date) and their keys.
fn pack_texts(parsed: &[Parsed]) -> Result<(BTreeSet<String>, TextTable), RulesError> {
    let mut keys = BTreeSet::new();
    let mut texts = Vec::new();
    for Parsed { file, pack } in parsed {
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

    Ok((keys, texts))
}

fn compile_sensitivity(file: &str, pack: &PackFile) -> Result<Vec<SensitivityRule>, RulesError> {
    let mut sensitivity = Vec::new();
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
    Ok(sensitivity)
}

fn compile_facts(
    file: &str,
    pack: &PackFile,
    fact_index: &FactIndex<'_>,
    facts: &mut [Vec<(Window, Compiled)>],
) -> Result<(), RulesError> {
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
        if compiled.mentions_other_flows() {
            return Err(RulesError::new(
                file,
                Some(item),
                "a fact looks at one flow; source_received and handler_* belong in rules",
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
    Ok(())
}

fn compile_mechanisms(
    file: &str,
    pack: &PackFile,
    fact_index: &FactIndex<'_>,
) -> Result<Vec<Mechanism>, RulesError> {
    let mut mechanisms = Vec::new();
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
            if compiled.mentions_other_flows() {
                return Err(RulesError::new(
                    file,
                    Some(item.clone()),
                    "a mechanism looks at one flow; source_received and handler_* belong in rules",
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
        let readings = mechanism
            .readings
            .iter()
            .map(|reading| {
                Ok(Reading {
                    window: window(file, &item, reading.effective_from, reading.effective_until)?,
                    when: reading
                        .when
                        .compile(Scope::Flow, &fact_index)
                        .map_err(|message| RulesError::new(file, Some(item.clone()), message))?,
                    text: reading.text.clone(),
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
            readings,
        });
    }
    Ok(mechanisms)
}

/// At most one Mainland mechanism in force on any day, and rule ids unique across packs.
fn check_unique(
    mechanisms: &[(Mechanism, &str)],
    rules: &[(Rule, &str)],
) -> Result<(), RulesError> {
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
    for (rule, file) in rules {
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
    Ok(())
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
