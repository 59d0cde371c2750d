//! The executive summary, first, and the conclusion and decision, last: what is processed and
//! where it goes, the verdict under each regime, the worst risks, what must happen before the
//! processing may continue, then the decision with its conditions, the justification of an
//! approval given while serious findings are open, and a signature line for each role.

use std::collections::{BTreeMap, BTreeSet};

use super::Block;
use super::cells::{number_ranges, score_text};
use super::risks::{by_rule, subjects, worst};
use super::sections::Sections;
use super::standing::Standing;
use super::vocab;
use crate::assessment::{Mechanism, Risk, TransferRegime};
use crate::model::{Decision, Severity};

/// How many of the worst rules the summary names.
const TOP_RISKS: usize = 5;
/// How many purposes the summary lists before pointing to section 1.
const PURPOSES: usize = 8;

/// The open risks that are more than informational.
fn open_risks(risks: &[Risk]) -> impl Iterator<Item = &Risk> {
    risks
        .iter()
        .filter(|risk| risk.is_open() && risk.finding.severity > Severity::Info)
}

/// Open critical and high risks block the processing until treated.
fn blocking(risk: &Risk) -> bool {
    risk.finding.severity >= Severity::High
}

impl Sections<'_> {
    /// The executive summary, before section 1.
    pub(super) fn executive_summary(&mut self) {
        let w = self.words;
        self.blocks.push(Block::Heading(w.t("report-summary")));
        self.summary_processing();
        self.summary_verdicts();
        self.summary_risks();
    }

    /// What is processed, for what, and where it goes.
    fn summary_processing(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let separator = w.t("report-item-separator");
        let mut classes = BTreeSet::new();
        let mut purposes: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut destinations: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut crossing = 0usize;
        for view in map.flows() {
            classes.extend(view.flow.data_classes.iter().copied());
            let number = self.numbers.number(&view.flow.id).unwrap_or_default();
            let purpose = view.flow.purpose.trim();
            if !purpose.is_empty() {
                purposes.entry(purpose).or_default().push(number);
            }
            if view.crosses_border() {
                crossing += 1;
                destinations
                    .entry(vocab::jurisdiction(language, &view.target.jurisdiction))
                    .or_default()
                    .push(number);
            }
        }
        let classes: Vec<String> = classes
            .into_iter()
            .map(|class| vocab::class(language, class))
            .collect();
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-summary-what")));
        blocks.push(Block::Paragraph(
            w.with(
                "report-summary-processing",
                &[
                    ("flows", map.flow_count().into()),
                    ("sites", map.site_count().into()),
                    ("crossing", crossing.into()),
                    (
                        "classes",
                        if classes.is_empty() {
                            w.t("report-none")
                        } else {
                            classes.join(&separator)
                        }
                        .into(),
                    ),
                ],
            ),
        ));
        let more = purposes.len().saturating_sub(PURPOSES);
        let mut items: Vec<String> = purposes
            .into_iter()
            .take(PURPOSES)
            .map(|(purpose, numbers)| w.bracketed(purpose, &number_ranges(numbers, &separator)))
            .collect();
        if more > 0 {
            items.push(w.with("report-summary-more-purposes", &[("count", more.into())]));
        }
        if !items.is_empty() {
            blocks.push(Block::Bullets(items));
        }
        blocks.push(Block::Subheading(w.t("report-summary-where")));
        if destinations.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-q-transfer-no")));
        } else {
            blocks.push(Block::Bullets(
                destinations
                    .into_iter()
                    .map(|(place, numbers)| w.labelled(&place, &number_ranges(numbers, &separator)))
                    .collect(),
            ));
        }
    }

    /// The verdict under each regime: the mechanisms required and missing, and the open
    /// findings of its rules by severity.
    fn summary_verdicts(&mut self) {
        let w = self.words;
        let mut lines = Vec::new();
        for regime in TransferRegime::ALL {
            let entries: Vec<_> = self
                .mechanisms
                .iter()
                .filter_map(|found| found.regime(regime))
                .filter(|entry| entry.required.is_some())
                .collect();
            if entries.is_empty() {
                continue;
            }
            // An exempt transfer needs no mechanism, so it is not counted as needing one.
            let needing = entries
                .iter()
                .filter(|entry| entry.required != Some(Mechanism::Exempt))
                .count();
            let missing = entries.iter().filter(|entry| entry.is_missing()).count();
            let open: Vec<&Risk> = open_risks(&self.register.risks)
                .filter(|risk| risk.finding.texts.pack == regime.id())
                .collect();
            let serious = open.iter().filter(|risk| blocking(risk)).count();
            let verdict = if missing > 0 {
                "report-verdict-blocked"
            } else if serious > 0 {
                "report-verdict-serious"
            } else if open.is_empty() {
                "report-verdict-clear"
            } else {
                "report-verdict-open"
            };
            lines.push(w.labelled(
                &w.regime(regime.id()),
                &w.with(
                    verdict,
                    &[
                        ("flows", needing.into()),
                        ("missing", missing.into()),
                        ("serious", serious.into()),
                        ("open", open.len().into()),
                    ],
                ),
            ));
        }
        // The other packs (GBA, Hong Kong, general) by their open findings alone.
        let mut others: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for risk in open_risks(&self.register.risks) {
            let pack = risk.finding.texts.pack.as_str();
            if TransferRegime::ALL.iter().any(|regime| regime.id() == pack) {
                continue;
            }
            let entry = others.entry(pack).or_default();
            entry.0 += 1;
            entry.1 += usize::from(blocking(risk));
        }
        for (pack, (open, serious)) in others {
            lines.push(w.labelled(
                &w.regime(pack),
                &w.with(
                    "report-verdict-findings",
                    &[("serious", serious.into()), ("open", open.into())],
                ),
            ));
        }
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-summary-verdict")));
        if lines.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-verdict-nothing")));
        } else {
            blocks.push(Block::Bullets(lines));
        }
    }

    /// The worst open risks, and what must happen before the processing may continue.
    fn summary_risks(&mut self) {
        let map = self.map;
        let w = self.words;
        let numbers = &self.numbers;
        let groups = by_rule(open_risks(&self.register.risks));
        let top: Vec<String> = groups
            .iter()
            .take(TOP_RISKS)
            .filter_map(|group| {
                let first = &group.first()?.finding;
                let score = worst(
                    group
                        .iter()
                        .map(|risk| risk.residual.unwrap_or(risk.initial)),
                );
                Some(w.bracketed(
                    &format!(
                        "{} · {} — {}",
                        first.rule(),
                        first.title_in(w.language),
                        score_text(w, score)
                    ),
                    &subjects(map, numbers, w, group),
                ))
            })
            .collect();
        let before: Vec<String> = groups
            .iter()
            .filter(|group| group.iter().any(|risk| blocking(risk)))
            .filter_map(|group| {
                let first = &group.first()?.finding;
                Some(w.labelled(
                    &w.bracketed(first.rule(), &subjects(map, numbers, w, group)),
                    first.mitigation_in(w.language),
                ))
            })
            .collect();
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-summary-top")));
        if top.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-plan-empty")));
        } else {
            blocks.push(Block::Bullets(top));
        }
        blocks.push(Block::Subheading(w.t("report-summary-before")));
        if before.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-summary-nothing-blocks")));
        } else {
            blocks.push(Block::Bullets(before));
        }
    }

    /// 11. The conclusion and the decision, with a line for each signature.
    pub(super) fn conclusion(&mut self) {
        let w = self.words;
        let sign = &self.map.assessment.sign_off;
        let standing = Standing::of(self.map, self.fingerprint, &self.register.risks);
        let open = open_risks(&self.register.risks).count();
        let serious = open_risks(&self.register.risks)
            .filter(|risk| blocking(risk))
            .count();
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s11")));
        let key = if serious > 0 {
            "report-conclusion-blocked"
        } else if open > 0 {
            "report-conclusion-open"
        } else {
            "report-conclusion-clear"
        };
        blocks.push(Block::Paragraph(
            w.with(key, &[("serious", serious.into()), ("open", open.into())]),
        ));
        blocks.push(Block::Subheading(w.t("report-decision")));
        blocks.push(Block::Paragraph(
            w.labelled(&w.t("report-standing"), &standing.decision_text(w)),
        ));
        blocks.extend(standing.binding(w).map(Block::Paragraph));
        if standing.changed_since() {
            blocks.push(Block::Missing(w.t("report-standing-changed")));
        }
        if standing.decision == Some(Decision::ApproveWithConditions)
            || !sign.conditions.trim().is_empty()
        {
            blocks.push(Block::Paragraph(w.with(
                "report-heading-colon",
                &[("label", w.t("report-conditions").into())],
            )));
            super::cells::or_missing(blocks, w, &sign.conditions);
        }
        if standing.approved_while_open() {
            blocks.push(Block::Paragraph(
                w.with("report-approved-while-open", &[("serious", serious.into())]),
            ));
            if sign.justification.trim().is_empty() {
                blocks.push(Block::Missing(w.t("report-no-justification")));
            }
        }
        // A justification prints as recorded, whoever has decided so far.
        if !sign.justification.trim().is_empty() {
            blocks.push(Block::Paragraph(
                w.labelled(&w.t("report-justification"), sign.justification.trim()),
            ));
        }
        blocks.push(Block::Subheading(w.t("report-signatures")));
        let line = "____________________";
        let date_line = "____________";
        let mut rows: Vec<Vec<String>> = [
            ("report-assessor", &sign.assessor, &sign.assessor_title),
            ("report-dpo", &sign.dpo, &sign.dpo_title),
            ("report-approver", &sign.approver, &sign.approver_title),
        ]
        .into_iter()
        .map(|(role, name, title)| {
            vec![
                w.t(role),
                blank_or(name, line),
                blank_or(title, line),
                line.to_owned(),
                date_line.to_owned(),
            ]
        })
        .collect();
        let controller = &self.map.meta.controller;
        rows.push(vec![
            w.t("field-signatory"),
            blank_or(&controller.signatory.name, line),
            blank_or(&controller.signatory.title, line),
            line.to_owned(),
            date_line.to_owned(),
        ]);
        blocks.push(Block::Table {
            header: [
                "report-role-signing",
                "field-name",
                "field-title",
                "report-signature",
                "report-date",
            ]
            .map(|key| w.t(key))
            .to_vec(),
            rows,
            widths: vec![1.6, 1.8, 1.6, 2.2, 1.2],
        });
        blocks.push(Block::Paragraph(w.t("report-seal")));
    }
}

/// The text, or a line to write it on.
fn blank_or(text: &str, line: &str) -> String {
    if text.trim().is_empty() {
        line.to_owned()
    } else {
        text.trim().to_owned()
    }
}
