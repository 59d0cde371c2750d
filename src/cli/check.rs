//! `check`'s JSON document (findings, clocks, totals) and the clock lines of its table.

use serde::Serialize;

use crate::model::{Language, Map, Severity};
use crate::rules::{Clock, Evaluation, Finding, Rulebook, Subject};

/// One clock as `check --json` prints it (rules-spec section 7).
#[derive(Serialize)]
struct ClockRecord<'a> {
    flow: Option<&'a str>,
    /// The flow's number (F1, F2…), null for the map's own clock.
    number: Option<usize>,
    clock: &'a str,
    state: &'static str,
    /// The limit date in every state, null when unknown.
    due: Option<String>,
    approximate: bool,
    citation: &'a str,
    verification: &'a str,
    reasons: Vec<String>,
}

impl<'a> ClockRecord<'a> {
    fn new(clock: &'a Clock, map: &Map) -> Self {
        Self {
            flow: clock.flow.as_ref().map(|id| id.as_str()),
            number: clock
                .flow
                .as_ref()
                .and_then(|id| crate::scene::flow_number(map, id)),
            clock: clock.id(),
            state: clock.state.id(),
            due: clock.due.map(|day| day.to_string()),
            approximate: clock.approximate,
            citation: clock.spec.citation.text(Language::English),
            verification: clock.spec.verification.as_str(),
            reasons: clock.reasons_in(Language::English),
        }
    }
}

/// The clocks as lines under `check`'s table: flow number, clock, state, limit date.
pub(super) fn clock_lines(map: &Map, clocks: &[Clock], language: Language) -> String {
    let text = |key: &str| crate::i18n::text(language, key).into_owned();
    let mut out = format!("\n{}\n", text("clock-heading"));
    if clocks.is_empty() {
        out.push_str(&format!("  {}\n", text("clock-none")));
        return out;
    }
    for clock in clocks {
        let subject = match &clock.flow {
            Some(id) => crate::scene::flow_number(map, id)
                .map_or_else(|| id.to_string(), |number| format!("F{number}")),
            None => super::say("cli-subject-map", &[]),
        };
        let due = clock.due.map_or_else(String::new, |day| {
            format!(
                "  {} {}",
                text("clock-due-date"),
                crate::i18n::date(language, day)
            )
        });
        let approximate = if clock.approximate {
            format!(" ({})", text("clock-approximate"))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {subject}  {}  [{}]{due}{approximate}\n",
            clock.spec.title.text(language),
            clock.state.name(language),
        ));
        for reason in clock.reasons_in(language) {
            out.push_str(&format!("      {reason}\n"));
        }
    }
    out
}

/// One finding as `check --json` prints it, fields in the documented order.
#[derive(Serialize)]
struct FindingRecord<'a> {
    id: &'a str,
    rule: &'a str,
    obligation: &'a str,
    flow: Option<&'a str>,
    site: Option<&'a str>,
    severity: u8,
    likelihood: u8,
    title: &'a str,
    citation: &'a str,
    verification: &'a str,
    mitigation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    reasons: Vec<String>,
}

impl<'a> From<&'a Finding> for FindingRecord<'a> {
    fn from(finding: &'a Finding) -> Self {
        let (flow, site) = match &finding.subject {
            Subject::Flow(id) => (Some(id.as_str()), None),
            Subject::Site(id) => (None, Some(id.as_str())),
            Subject::Map => (None, None),
        };
        Self {
            id: finding.id.as_str(),
            rule: finding.rule(),
            obligation: finding.obligation(),
            flow,
            site,
            severity: finding.severity.level(),
            likelihood: finding.likelihood.level(),
            title: finding.title(),
            citation: finding.citation(),
            verification: finding.verification().as_str(),
            mitigation: finding.mitigation(),
            detail: finding.detail_in(Language::English),
            reasons: finding.reasons(),
        }
    }
}

/// `check --json`'s document: findings, clocks, then totals.
#[derive(Serialize)]
struct CheckDocument<'a> {
    findings: Vec<FindingRecord<'a>>,
    clocks: Vec<ClockRecord<'a>>,
    totals: CheckTotals<'a>,
}

/// The totals of `check --json`.
#[derive(Serialize)]
struct CheckTotals<'a> {
    as_of: String,
    rulebook: String,
    findings: usize,
    by_severity: std::collections::BTreeMap<&'static str, usize>,
    mainland_mechanism: Option<&'a str>,
    mainland_exports: crate::rules::ExportTotals,
    mainland_exports_by_entity: &'a [crate::rules::EntityTotals],
    /// Entities whose totals edition 2027-01's default took out of the map's organisation.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    entities_changed_by_default: &'a [(String, usize)],
}

/// `check --json`: findings, then totals.
pub(super) fn check_json(
    evaluation: &Evaluation,
    rulebook: &Rulebook,
    map: &Map,
    clocks: &[Clock],
) -> anyhow::Result<String> {
    let document = CheckDocument {
        findings: evaluation
            .findings
            .iter()
            .map(FindingRecord::from)
            .collect(),
        clocks: clocks
            .iter()
            .map(|clock| ClockRecord::new(clock, map))
            .collect(),
        totals: CheckTotals {
            as_of: evaluation.as_of.to_string(),
            rulebook: rulebook.version(),
            findings: evaluation.findings.len(),
            by_severity: {
                let counts = evaluation.count_by_severity();
                Severity::ALL
                    .into_iter()
                    .map(|severity| (severity.name(), counts.get(severity)))
                    .collect()
            },
            mainland_mechanism: evaluation
                .mechanism
                .as_ref()
                .map(|mechanism| mechanism.text(Language::English)),
            mainland_exports: evaluation.mainland_exports,
            mainland_exports_by_entity: &evaluation.mainland_exports_by_entity,
            entities_changed_by_default: &evaluation.entities_changed_by_default,
        },
    };
    Ok(serde_json::to_string_pretty(&document)?)
}
