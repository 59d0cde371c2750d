//! `check`'s human table, in the command line's language: the summary line, the Mainland
//! export totals, then one line per finding.

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use super::{cli_language, path_arg, say};
use crate::model::{Language, Map, Severity};
use crate::rules::{Evaluation, Finding, Subject};

/// `check`'s table: a summary line, the Mainland totals, then one line per finding, in the
/// command line's language.
pub(super) fn check_table(path: &Path, map: &Map, evaluation: &Evaluation) -> String {
    let language = cli_language();
    let counts = evaluation.count_by_severity();
    let breakdown: Vec<String> = Severity::ALL
        .into_iter()
        .rev()
        .filter_map(|severity| {
            let count = counts.get(severity);
            (count > 0).then(|| {
                say(
                    "cli-severity-count",
                    &[
                        ("count", count.into()),
                        ("severity", severity_name(severity).into()),
                    ],
                )
            })
        })
        .collect();
    let mut out = say(
        "cli-check-summary",
        &[
            ("path", path_arg(path)),
            ("count", evaluation.findings.len().into()),
            ("date", crate::i18n::date(language, evaluation.as_of).into()),
        ],
    );
    if !breakdown.is_empty() {
        let separator = crate::i18n::text(language, "report-item-separator");
        out.push_str(&say(
            "cli-severity-breakdown",
            &[("list", breakdown.join(&separator).into())],
        ));
    }
    out.push('\n');
    mainland_lines(evaluation, &mut out);
    if evaluation.findings.is_empty() {
        return out;
    }
    // English keeps the map's ids and the obligation codes a script reads; another language
    // shows a flow by its number, a site by its name and a rule by its id, never a slug.
    let english = language == Language::English;
    let subject = |finding: &Finding| match &finding.subject {
        Subject::Flow(id) if english => id.to_string(),
        Subject::Flow(id) => crate::scene::flow_number(map, id)
            .map_or_else(|| id.to_string(), |number| format!("F{number}")),
        Subject::Site(id) => {
            let name = map.site(id).map_or(id.as_str(), |site| site.name.trim());
            say("cli-subject-site", &[("id", name.into())])
        }
        Subject::Map => say("cli-subject-map", &[]),
    };
    let code = |finding: &Finding| -> String {
        if english {
            finding.obligation().to_owned()
        } else {
            finding.rule().to_owned()
        }
    };
    let columns = [
        say("cli-column-flow", &[]),
        say(
            if english {
                "cli-column-obligation"
            } else {
                "cli-column-rule"
            },
            &[],
        ),
        say("cli-column-severity", &[]),
        say("cli-column-title", &[]),
    ];
    // Columns line up on the terminal's cells: a Chinese character takes two.
    let chars = |text: &str| text.width();
    let width = |values: &mut dyn Iterator<Item = usize>, header: &str| {
        values.max().unwrap_or(0).max(chars(header))
    };
    let widths = [
        width(
            &mut evaluation.findings.iter().map(|f| chars(&subject(f))),
            &columns[0],
        ),
        width(
            &mut evaluation.findings.iter().map(|f| chars(&code(f))),
            &columns[1],
        ),
        width(
            &mut evaluation
                .findings
                .iter()
                .map(|f| chars(&severity_name(f.severity))),
            &columns[2],
        ),
    ];
    let pad = |text: &str, width: usize| {
        format!("{text}{}", " ".repeat(width.saturating_sub(chars(text))))
    };
    out.push_str(&format!(
        "\n{}  {}  {}  {}\n",
        pad(&columns[0], widths[0]),
        pad(&columns[1], widths[1]),
        pad(&columns[2], widths[2]),
        columns[3]
    ));
    for finding in &evaluation.findings {
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            pad(&subject(finding), widths[0]),
            pad(&code(finding), widths[1]),
            pad(&severity_name(finding.severity), widths[2]),
            finding.title_in(language)
        ));
    }
    out
}

/// A severity's name in the command line's language.
fn severity_name(severity: Severity) -> String {
    crate::i18n::text(cli_language(), &format!("severity-{}", severity.level())).into_owned()
}

/// The Mainland export totals under the mechanism in force, and per entity when there are
/// several.
fn mainland_lines(evaluation: &Evaluation, out: &mut String) {
    let language = cli_language();
    let totals = evaluation.mainland_exports;
    let Some(mechanism) = &evaluation.mechanism else {
        return;
    };
    let mechanism = mechanism.text(language);
    if totals.flows == 0 {
        out.push_str(&say(
            "cli-mainland-none",
            &[("mechanism", mechanism.into())],
        ));
        out.push('\n');
        return;
    }
    out.push_str(&say(
        "cli-mainland-counts",
        &[
            ("mechanism", mechanism.into()),
            ("sensitive", totals.sensitive_subjects.into()),
            ("other", totals.non_sensitive_subjects.into()),
            ("flows", totals.flows.into()),
        ],
    ));
    if totals.flows_with_unknown_count > 0 {
        out.push_str(&say(
            "cli-mainland-unknown",
            &[("unknown", totals.flows_with_unknown_count.into())],
        ));
    }
    out.push('\n');
    if evaluation.mainland_exports_by_entity.len() > 1 {
        for entity in &evaluation.mainland_exports_by_entity {
            let name = if entity.entity == crate::rules::DEFAULT_ENTITY {
                say("entity-default", &[])
            } else {
                entity.entity.clone()
            };
            out.push_str(&say(
                "cli-mainland-entity",
                &[
                    ("entity", name.into()),
                    ("sensitive", entity.totals.sensitive_subjects.into()),
                    ("other", entity.totals.non_sensitive_subjects.into()),
                    ("flows", entity.totals.flows.into()),
                ],
            ));
            out.push('\n');
        }
    }
    if !evaluation.entities_changed_by_default.is_empty() {
        let entities: Vec<String> = evaluation
            .entities_changed_by_default
            .iter()
            .map(|(entity, flows)| {
                say(
                    "cli-entity-changed-item",
                    &[
                        ("entity", entity.as_str().into()),
                        ("flows", (*flows).into()),
                    ],
                )
            })
            .collect();
        out.push_str(&say(
            "cli-entity-default-changed",
            &[("entities", entities.join(", ").into())],
        ));
        out.push('\n');
    }
}
