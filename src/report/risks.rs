//! Sections 6 and 8: the risk register with one row per rule and the flows it concerns by
//! number, informational findings in a short list of their own (an exempt flow is not an open
//! risk), and the action plan grouped the same way, so a rule that fires on many flows is read
//! once rather than once per flow.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Block;
use super::cells::{FlowNumbers, number_ranges, score_text};
use super::sections::Sections;
use super::text::Words;
use crate::assessment::{Risk, Score};
use crate::model::{Date, Map, Severity, TreatmentStatus};
use crate::rules::Subject;

/// What some findings are about: their flows by number (runs as ranges), then sites by name,
/// then the whole map.
pub(super) fn subjects(map: &Map, numbers: &FlowNumbers, words: Words, risks: &[&Risk]) -> String {
    let separator = words.t("report-item-separator");
    let mut flows = Vec::new();
    let mut others: BTreeSet<String> = BTreeSet::new();
    let mut whole_map = false;
    for risk in risks {
        match &risk.finding.subject {
            Subject::Flow(id) => match numbers.number(id) {
                Some(number) => flows.push(number),
                None => {
                    others.insert(id.to_string());
                }
            },
            Subject::Site(id) => {
                others.insert(
                    map.site(id)
                        .map_or_else(|| id.to_string(), |site| site.name.clone()),
                );
            }
            Subject::Map => whole_map = true,
        }
    }
    let mut parts = Vec::new();
    if !flows.is_empty() {
        parts.push(number_ranges(flows, &separator));
    }
    parts.extend(others);
    if whole_map {
        parts.push(words.t("report-whole-map"));
    }
    parts.join(&separator)
}

/// One finding's subject as a reader names it: the flow's number, the site's name, the map.
fn subject(map: &Map, numbers: &FlowNumbers, words: Words, risk: &Risk) -> String {
    subjects(map, numbers, words, &[risk])
}

/// The worst of some scores: the highest product, then the higher severity.
pub(super) fn worst(scores: impl Iterator<Item = Score>) -> Option<Score> {
    scores.max_by_key(|score| (score.product(), score.severity))
}

/// The risks of each rule, the worst rule first: by the highest inherent severity, then the
/// highest inherent score (ties by rule id). A critical finding comes before a high one whatever
/// their likelihoods, as a reader of "the worst risks" expects.
pub(super) fn by_rule<'r>(risks: impl Iterator<Item = &'r Risk>) -> Vec<Vec<&'r Risk>> {
    let mut groups: BTreeMap<&str, Vec<&Risk>> = BTreeMap::new();
    for risk in risks {
        groups.entry(risk.finding.rule()).or_default().push(risk);
    }
    let mut groups: Vec<Vec<&Risk>> = groups.into_values().collect();
    // A stable sort keeps the rule-id order among equally bad rules.
    groups.sort_by_key(|group| {
        Reverse(
            group
                .iter()
                .map(|risk| (risk.initial.severity, risk.initial.product()))
                .max(),
        )
    });
    groups
}

/// The statuses of a group: one name when they agree, else each with its count.
fn statuses(words: Words, risks: &[&Risk]) -> String {
    let mut counts: BTreeMap<TreatmentStatus, usize> = BTreeMap::new();
    for risk in risks {
        *counts.entry(risk.status).or_default() += 1;
    }
    if counts.len() == 1 {
        return counts
            .keys()
            .next()
            .map(|status| words.status(*status))
            .unwrap_or_default();
    }
    let parts: Vec<String> = counts
        .into_iter()
        .map(|(status, count)| words.bracketed(&words.status(status), &count.to_string()))
        .collect();
    parts.join(&words.t("report-item-separator"))
}

/// What was recorded for a risk that counts as open although its treatment says otherwise: an
/// acceptance or a dismissal without a justification.
fn unjustified(risk: &Risk) -> Option<TreatmentStatus> {
    let recorded = risk.treatment.as_ref()?.status;
    (recorded != risk.status).then_some(recorded)
}

/// A risk's status as it counts, with what was recorded when that differs.
fn status_text(words: Words, risk: &Risk) -> String {
    let status = words.status(risk.status);
    match unjustified(risk) {
        Some(recorded) => words.bracketed(
            &status,
            &words.with(
                "report-status-unjustified",
                &[("status", words.status(recorded).into())],
            ),
        ),
        None => status,
    }
}

/// The owners of a group, each once.
fn owners(words: Words, risks: &[&Risk]) -> String {
    let owners: BTreeSet<&str> = risks.iter().filter_map(|risk| risk.owner()).collect();
    owners
        .into_iter()
        .collect::<Vec<_>>()
        .join(&words.t("report-item-separator"))
}

/// The first date a group's open risks are due (or, all closed, the first date at all).
fn first_due(risks: &[&Risk]) -> Option<Date> {
    let open = risks
        .iter()
        .filter(|risk| risk.is_open())
        .filter_map(|risk| risk.due())
        .min();
    open.or_else(|| risks.iter().filter_map(|risk| risk.due()).min())
}

/// Why each rule fired: each reason once per rule, with the findings it holds for (the worst
/// rule first). Flows that fired for the same reason share one line, so the list grows with the
/// distinct reasons rather than with findings times reasons.
fn reasons_by_rule(map: &Map, numbers: &FlowNumbers, words: Words, risks: &[Risk]) -> Vec<String> {
    let mut lines = Vec::new();
    for group in by_rule(risks.iter()) {
        let Some(rule) = group.first().map(|risk| risk.finding.rule()) else {
            continue;
        };
        let mut reasons: Vec<(String, Vec<&Risk>)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for risk in &group {
            for reason in risk.finding.reasons_in(words.language) {
                match index.get(&reason).and_then(|at| reasons.get_mut(*at)) {
                    Some((_, holders)) => holders.push(risk),
                    None => {
                        index.insert(reason.clone(), reasons.len());
                        reasons.push((reason, vec![risk]));
                    }
                }
            }
        }
        lines.extend(reasons.into_iter().map(|(reason, holders)| {
            let reason = words.bracketed(&reason, &subjects(map, numbers, words, &holders));
            words.labelled(rule, &reason)
        }));
    }
    lines
}

/// The informational findings, grouped by rule and by what the rule found (the exempting
/// article, say), each with the flows or sites it concerns.
fn informational(map: &Map, numbers: &FlowNumbers, w: Words, info: &[&Risk]) -> Vec<String> {
    let mut groups: BTreeMap<(&str, Option<&str>), Vec<&Risk>> = BTreeMap::new();
    for risk in info {
        let detail = risk.finding.detail_in(w.language);
        groups
            .entry((risk.finding.rule(), detail))
            .or_default()
            .push(risk);
    }
    groups
        .into_iter()
        .filter_map(|((rule, detail), group)| {
            let title = group.first()?.finding.title_in(w.language);
            let what = match detail {
                Some(detail) => w.bracketed(&format!("{rule} · {title}"), detail),
                None => format!("{rule} · {title}"),
            };
            Some(w.labelled(&what, &subjects(map, numbers, w, &group)))
        })
        .collect()
}

impl Sections<'_> {
    /// Section 6, the risk register: one row per rule, then the informational findings, the
    /// justifications, why each finding fired and the resolved treatments.
    pub(super) fn risk_register(&mut self) {
        let map = self.map;
        let w = self.words;
        let numbers = &self.numbers;
        let register = &self.register;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s6")));
        let (info, risks): (Vec<&Risk>, Vec<&Risk>) = register
            .risks
            .iter()
            .partition(|risk| risk.finding.severity == Severity::Info);
        if risks.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-no-findings")));
        } else {
            let rows = by_rule(risks.iter().copied())
                .into_iter()
                .filter_map(|group| {
                    let first = group.first()?.finding.clone();
                    Some(vec![
                        format!("{} · {}", first.rule(), first.title_in(w.language)),
                        subjects(map, numbers, w, &group),
                        w.bracketed(first.citation_in(w.language), first.verification().as_str()),
                        score_text(w, worst(group.iter().map(|risk| risk.initial))),
                        score_text(w, worst(group.iter().filter_map(|risk| risk.residual))),
                        statuses(w, &group),
                        owners(w, &group),
                        first_due(&group).map(|due| w.date(due)).unwrap_or_default(),
                    ])
                })
                .collect();
            blocks.push(Block::Table {
                header: [
                    "report-finding",
                    "report-flows",
                    "report-citation",
                    "report-initial",
                    "report-residual",
                    "report-status",
                    "report-owner",
                    "report-due",
                ]
                .map(|key| w.t(key))
                .to_vec(),
                rows,
                widths: vec![3.4, 1.6, 2.2, 1.2, 1.2, 1.2, 1.2, 1.3],
            });
        }
        if !info.is_empty() {
            blocks.push(Block::Subheading(w.t("report-informational")));
            blocks.push(Block::Bullets(informational(map, numbers, w, &info)));
        }
        let accepted: Vec<String> = register
            .risks
            .iter()
            .filter_map(|risk| {
                let treatment = risk.treatment.as_ref()?;
                let justification = treatment.justification.trim();
                (!justification.is_empty()).then(|| {
                    let what = w.bracketed(
                        &format!(
                            "{} · {}",
                            risk.finding.rule(),
                            subject(map, numbers, w, risk)
                        ),
                        &w.status(risk.status),
                    );
                    w.labelled(&what, justification)
                })
            })
            .collect();
        if !accepted.is_empty() {
            blocks.push(Block::Subheading(w.t("report-justifications")));
            blocks.push(Block::Bullets(accepted));
        }
        let unjustified: Vec<String> = register
            .risks
            .iter()
            .filter(|risk| unjustified(risk).is_some())
            .map(|risk| {
                w.bracketed(
                    &format!(
                        "{} · {}",
                        risk.finding.rule(),
                        subject(map, numbers, w, risk)
                    ),
                    &status_text(w, risk),
                )
            })
            .collect();
        if !unjustified.is_empty() {
            blocks.push(Block::Subheading(w.t("report-unjustified")));
            blocks.push(Block::Bullets(unjustified));
        }
        let reasons = reasons_by_rule(map, numbers, w, &register.risks);
        if !reasons.is_empty() {
            blocks.push(Block::Subheading(w.t("report-why-fired")));
            blocks.push(Block::Bullets(reasons));
        }
        if !register.resolved.is_empty() {
            blocks.push(Block::Subheading(w.t("report-resolved")));
            blocks.push(Block::Bullets(
                register
                    .resolved
                    .iter()
                    .map(|resolved| {
                        let title = resolved
                            .title
                            .as_ref()
                            .map_or("—", |title| title.text(w.language));
                        w.bracketed(
                            &format!("{} · {title}", resolved.id),
                            &w.status(resolved.status),
                        )
                    })
                    .collect(),
            ));
        }
    }

    /// Section 8, the action plan: the open risks by owner and due date, those of one rule with
    /// the same owner, due date and status in one row.
    pub(super) fn action_plan(&mut self) {
        let map = self.map;
        let w = self.words;
        let as_of = self.as_of;
        let numbers = &self.numbers;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s8")));
        let assessed_on = map.assessment.sign_off.assessed_on;
        type Key<'r> = (
            Option<&'r str>,
            Option<Date>,
            &'r str,
            TreatmentStatus,
            Option<TreatmentStatus>,
        );
        let mut groups: Vec<(Key<'_>, Vec<&Risk>)> = Vec::new();
        let mut index: HashMap<Key<'_>, usize> = HashMap::new();
        // The plan's order (owner, due date, the worst first) is kept: a group sits where its
        // first risk does.
        for risk in self.register.action_plan() {
            if risk.finding.severity == Severity::Info {
                continue;
            }
            let key = (
                risk.owner(),
                risk.due(),
                risk.finding.rule(),
                risk.status,
                unjustified(risk),
            );
            match index.get(&key).and_then(|at| groups.get_mut(*at)) {
                Some((_, group)) => group.push(risk),
                None => {
                    index.insert(key, groups.len());
                    groups.push((key, vec![risk]));
                }
            }
        }
        let clock_actions = self.clock_actions();
        let blocks = &mut self.blocks;
        if groups.is_empty() && clock_actions.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-plan-empty")));
            return;
        }
        let unassigned = w.t("report-unassigned");
        let rows = groups
            .into_iter()
            .filter_map(|((owner, due, rule, ..), group)| {
                let first = group.first()?;
                let due = due.map(|due| {
                    let mut flags = Vec::new();
                    if first.is_overdue(as_of) {
                        flags.push(w.t("report-overdue"));
                    }
                    // A date before the assessment itself is a slip of the pen to correct.
                    if assessed_on.is_some_and(|assessed| due < assessed) {
                        flags.push(w.t("report-due-before-assessment"));
                    }
                    if flags.is_empty() {
                        w.date(due)
                    } else {
                        w.bracketed(&w.date(due), &flags.join(&w.t("report-item-separator")))
                    }
                });
                Some(vec![
                    owner.map_or_else(|| unassigned.clone(), str::to_owned),
                    due.unwrap_or_default(),
                    format!(
                        "{rule} ({}): {}",
                        subjects(map, numbers, w, &group),
                        first.finding.mitigation_in(w.language)
                    ),
                    status_text(w, first),
                ])
            })
            .chain(clock_actions)
            .collect();
        blocks.push(Block::Table {
            header: [
                "report-owner",
                "report-due",
                "report-finding",
                "report-status",
            ]
            .map(|key| w.t(key))
            .to_vec(),
            rows,
            widths: vec![1.4, 1.4, 6.0, 1.1],
        });
    }
}
