//! `borderflow check --json`: the findings and totals as one JSON document, always in English.

use serde::Serialize;

use crate::model::{Language, Severity};
use crate::rules::{Evaluation, Finding, Rulebook, Subject};

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

/// `check --json`'s document: findings, then totals.
#[derive(Serialize)]
struct CheckDocument<'a> {
    findings: Vec<FindingRecord<'a>>,
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
}

/// `check --json`: findings, then totals.
pub(super) fn check_json(evaluation: &Evaluation, rulebook: &Rulebook) -> anyhow::Result<String> {
    let document = CheckDocument {
        findings: evaluation
            .findings
            .iter()
            .map(FindingRecord::from)
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
        },
    };
    Ok(serde_json::to_string_pretty(&document)?)
}
