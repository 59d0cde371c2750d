//! The report's ten sections, each written by one method of [`Sections`] from the map, its
//! findings and its assessment.

use std::collections::BTreeMap;

use super::cells::{FlowNumbers, or_missing, place};
use super::text::Words;
use super::{Block, vocab};
use crate::assessment::{FlowMechanisms, Register, Risk};
use crate::model::{Date, Decision, FlowId, Language, Map, Severity};
use crate::rules::{Evaluation, Rulebook, Subject};

/// What every section reads, and the blocks written so far.
pub(super) struct Sections<'a> {
    pub(super) map: &'a Map,
    pub(super) evaluation: &'a Evaluation,
    pub(super) rulebook: &'a Rulebook,
    pub(super) register: Register,
    pub(super) words: Words,
    pub(super) language: Language,
    pub(super) as_of: Date,
    pub(super) blocks: Vec<Block>,
    /// The map's fingerprint (or why there is none), computed once.
    pub(super) fingerprint: &'a str,
    /// The flows' numbers (F1, F2…).
    pub(super) numbers: FlowNumbers<'a>,
    /// The transfer mechanism of each border-crossing flow under each regime, found once for
    /// the summary, the mechanism table and the annexes.
    pub(super) mechanisms: Vec<FlowMechanisms>,
    /// The clocks of the map on the evaluation day (rules-spec section 7).
    pub(super) clocks: Vec<crate::rules::Clock>,
}

/// Each flow's risks, found once rather than by a scan per flow.
pub(super) fn risks_by_flow(register: &Register) -> BTreeMap<&FlowId, Vec<&Risk>> {
    let mut risks_of: BTreeMap<&FlowId, Vec<&Risk>> = BTreeMap::new();
    for risk in &register.risks {
        if let Subject::Flow(id) = &risk.finding.subject {
            risks_of.entry(id).or_default().push(risk);
        }
    }
    risks_of
}

impl Sections<'_> {
    /// Every section, in order: the summary, sections 1 to 11, the annexes.
    pub(super) fn all(&mut self) {
        self.executive_summary();
        self.processing();
        self.processing_per_flow();
        self.diagram();
        self.inventory();
        self.filing_questions();
        self.filing_gaps();
        self.mechanisms();
        self.clocks();
        self.risk_register();
        self.heatmaps();
        self.action_plan();
        self.sign_off();
        self.changes_since_sign_off();
        self.caveats();
        self.conclusion();
        self.annexes();
    }

    /// 1. Processing description: the DPIA answers and the platforms that hold data.
    pub(super) fn processing(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s1")));
        if !map.meta.description.trim().is_empty() {
            blocks.push(Block::Paragraph(map.meta.description.trim().to_owned()));
        }
        or_missing(blocks, w, &map.assessment.dpia.processing_description);
        blocks.push(Block::Subheading(w.t("report-necessity")));
        or_missing(blocks, w, &map.assessment.dpia.necessity);
        blocks.push(Block::Subheading(w.t("report-platforms")));
        let platforms: Vec<Vec<String>> = map
            .sites()
            .filter(|site| {
                matches!(
                    site.kind,
                    crate::model::SiteKind::Saas | crate::model::SiteKind::Datacentre
                )
            })
            .map(|site| {
                // The site's own edges, not a scan of every flow: linear in the map.
                let roles: std::collections::BTreeSet<String> = map
                    .flows_of(&site.id)
                    .into_iter()
                    .filter(|view| view.target.id == site.id)
                    .filter_map(|view| {
                        view.flow
                            .recipient_role
                            .map(|role| vocab::role(language, role))
                    })
                    .collect();
                vec![
                    site.name.clone(),
                    site.operator.clone(),
                    place(site, language),
                    roles
                        .into_iter()
                        .collect::<Vec<_>>()
                        .join(&w.t("report-item-separator")),
                ]
            })
            .collect();
        if platforms.is_empty() {
            blocks.push(Block::Missing(w.t("report-no-platforms")));
        } else {
            blocks.push(Block::Table {
                header: vec![
                    w.t("report-site"),
                    w.t("report-operator"),
                    w.t("report-place"),
                    w.t("report-role"),
                ],
                rows: platforms,
                widths: vec![3.0, 2.0, 2.5, 2.0],
            });
        }
    }

    /// The processing as the map describes it, per flow: purpose, notes on the flow and on
    /// the sites at its ends.
    pub(super) fn processing_per_flow(&mut self) {
        let map = self.map;
        let w = self.words;
        let numbers = &self.numbers;
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-per-flow")));
        let not_recorded = w.t("report-purpose-missing");
        let items: Vec<String> = map
            .flows()
            .map(|view| {
                let flow = view.flow;
                let purpose = flow.purpose.trim();
                let mut text = w.labelled(
                    &format!("{} · {}", numbers.label(&flow.id), flow.id),
                    if purpose.is_empty() {
                        &not_recorded
                    } else {
                        purpose
                    },
                );
                for note in [&flow.notes, &view.source.notes, &view.target.notes] {
                    let note = note.trim();
                    if !note.is_empty() {
                        text.push_str(&format!(" — {note}"));
                    }
                }
                text
            })
            .collect();
        if items.is_empty() {
            blocks.push(Block::Missing(w.t("report-no-flows")));
        } else {
            blocks.push(Block::Bullets(items));
        }
    }

    /// 2. The data-flow diagram.
    pub(super) fn diagram(&mut self) {
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s2")));
        blocks.push(Block::Paragraph(w.t("report-diagram-caption")));
        blocks.push(Block::Diagram);
    }

    /// 3. The inventory: one row per flow.
    pub(super) fn inventory(&mut self) {
        let map = self.map;
        let w = self.words;
        let numbers = &self.numbers;
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s3")));
        let rows: Vec<Vec<String>> = map
            .flows()
            .map(|view| {
                let flow = view.flow;
                let list = |items: Vec<String>| {
                    if items.is_empty() {
                        w.t("report-none")
                    } else {
                        items.join(&w.t("report-item-separator"))
                    }
                };
                vec![
                    format!("{} · {}", numbers.label(&flow.id), flow.id),
                    w.bracketed(&view.source.name, view.source.jurisdiction.id()),
                    w.bracketed(&view.target.name, view.target.jurisdiction.id()),
                    list(
                        flow.data_classes
                            .iter()
                            .map(|c| vocab::class(language, *c))
                            .collect(),
                    ),
                    flow.subjects_per_year
                        .map_or_else(|| w.t("report-unknown"), |n| w.number(n)),
                    vocab::basis(language, flow.legal_basis),
                    list(
                        flow.safeguards
                            .iter()
                            .map(|s| vocab::safeguard(language, *s))
                            .collect(),
                    ),
                    flow.retention_days.map_or_else(
                        || w.t("report-unknown"),
                        |days| w.with("report-retention-days", &[("days", days.into())]),
                    ),
                ]
            })
            .collect();
        if rows.is_empty() {
            blocks.push(Block::Missing(w.t("report-no-flows")));
        } else {
            blocks.push(Block::Table {
                header: [
                    w.t("report-flow"),
                    w.t("report-from"),
                    w.t("report-to"),
                    w.t("report-data"),
                    w.t("report-people"),
                    w.t("report-basis"),
                    w.t("report-safeguards"),
                    w.t("report-retention"),
                ]
                .to_vec(),
                rows,
                widths: vec![1.6, 1.8, 1.8, 2.2, 1.0, 1.4, 2.2, 1.3],
            });
        }
    }

    /// 4. The questions a filing asks, answered from the map.
    pub(super) fn filing_questions(&mut self) {
        let map = self.map;
        let w = self.words;
        let numbers = &self.numbers;
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s4")));
        blocks.push(Block::Subheading(w.t("report-q-transfer")));
        let crossing: Vec<String> = map
            .flows()
            .filter(|view| view.crosses_border())
            .map(|view| {
                let route = crate::text::route(
                    &w.bracketed(
                        &view.source.name,
                        &vocab::jurisdiction(language, &view.source.jurisdiction),
                    ),
                    &w.bracketed(
                        &view.target.name,
                        &vocab::jurisdiction(language, &view.target.jurisdiction),
                    ),
                );
                w.labelled(
                    &format!("{} · {}", numbers.label(&view.flow.id), view.flow.id),
                    &route,
                )
            })
            .collect();
        if crossing.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-q-transfer-no")));
        } else {
            blocks.push(Block::Paragraph(w.t("report-q-transfer-yes")));
            blocks.push(Block::Bullets(crossing));
        }
        blocks.push(Block::Subheading(w.t("report-q-lawful")));
        // Each flow's risks, found once rather than by a scan per flow. The rules are named by
        // id: the register (section 6) gives each one's title and treatment once.
        let risks_of = risks_by_flow(&self.register);
        let separator = w.t("report-item-separator");
        let mut needs: Vec<String> = Vec::new();
        for view in map.flows() {
            let open: Vec<String> = risks_of
                .get(&view.flow.id)
                .into_iter()
                .flatten()
                .filter(|risk| risk.is_open() && risk.finding.severity > Severity::Info)
                .map(|risk| risk.finding.title_in(w.language).to_owned())
                .collect();
            if !open.is_empty() {
                needs.push(w.with(
                    "report-still-needs",
                    &[
                        ("flow", numbers.label(&view.flow.id).into()),
                        ("items", open.join(&separator).into()),
                    ],
                ));
            }
        }
        if needs.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-q-lawful-ok")));
        } else {
            blocks.push(Block::Bullets(needs));
        }
        blocks.push(Block::Subheading(w.t("report-q-rights")));
        let rights = &map.assessment.dpia.rights;
        for (title, answer) in [
            (w.t("report-information"), &rights.information),
            (w.t("report-access"), &rights.access),
            (w.t("report-objection"), &rights.objection),
        ] {
            blocks.push(Block::Paragraph(
                w.with("report-heading-colon", &[("label", title.into())]),
            ));
            or_missing(blocks, w, answer);
        }
        blocks.push(Block::Subheading(w.t("report-retention")));
        or_missing(blocks, w, &map.assessment.dpia.retention);
    }

    /// 5. Transfer mechanisms per border-crossing flow and regime, and the Mainland totals.
    pub(super) fn mechanisms(&mut self) {
        let w = self.words;
        let evaluation = self.evaluation;
        self.blocks.push(Block::Heading(w.t("report-s5")));
        self.mechanism_table();
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-mainland-totals")));
        let totals = evaluation.mainland_exports;
        if totals.flows == 0 {
            blocks.push(Block::Paragraph(w.t("report-mainland-none")));
        } else {
            let mechanism = evaluation
                .mechanism
                .as_ref()
                .map_or("", |mechanism| mechanism.text(w.language));
            blocks.push(Block::Paragraph(w.with(
                "report-mainland-counts",
                &[
                    ("mechanism", mechanism.into()),
                    ("sensitive", totals.sensitive_subjects.into()),
                    ("other", totals.non_sensitive_subjects.into()),
                    ("flows", totals.flows.into()),
                    ("unknown", totals.flows_with_unknown_count.into()),
                ],
            )));
            // Each flow is judged by its exporting entity's totals, so the report shows them.
            if !evaluation.mainland_exports_by_entity.is_empty() {
                blocks.push(Block::Subheading(w.t("report-per-entity")));
                blocks.push(Block::Bullets(
                    evaluation
                        .mainland_exports_by_entity
                        .iter()
                        .map(|entity| {
                            w.with(
                                "report-entity-counts",
                                &[
                                    ("entity", w.entity(&entity.entity).into()),
                                    ("sensitive", entity.totals.sensitive_subjects.into()),
                                    ("other", entity.totals.non_sensitive_subjects.into()),
                                    ("flows", entity.totals.flows.into()),
                                ],
                            )
                        })
                        .collect(),
                ));
            }
        }
    }

    /// 7. The initial and residual heatmaps.
    pub(super) fn heatmaps(&mut self) {
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s7")));
        blocks.push(Block::Heatmaps);
    }

    /// 9. The sign-off and the revision log.
    pub(super) fn sign_off(&mut self) {
        let map = self.map;
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s9")));
        let sign = &map.assessment.sign_off;
        let or_dash = |text: &str| {
            if text.trim().is_empty() {
                "—".to_owned()
            } else {
                text.trim().to_owned()
            }
        };
        let signed = |name: &str, date: Option<Date>| {
            if name.trim().is_empty() {
                w.t("report-not-signed")
            } else {
                match date {
                    Some(date) => format!("{} · {}", name.trim(), w.date(date)),
                    None => format!("{} · {}", name.trim(), w.t("report-not-signed")),
                }
            }
        };
        let row = |role: &str,
                   name: &str,
                   title: &str,
                   decision: Option<Decision>,
                   date: Option<Date>| {
            vec![
                w.t(role),
                signed(name, date),
                or_dash(title),
                decision.map_or_else(|| "—".to_owned(), |decision| w.decision(decision)),
            ]
        };
        blocks.push(Block::Table {
            header: vec![
                w.t("report-role-signing"),
                format!("{} · {}", w.t("field-name"), w.t("report-date")),
                w.t("field-title"),
                w.t("report-decision"),
            ],
            rows: vec![
                row(
                    "report-assessor",
                    &sign.assessor,
                    &sign.assessor_title,
                    sign.assessor_decision,
                    sign.assessed_on,
                ),
                row(
                    "report-dpo",
                    &sign.dpo,
                    &sign.dpo_title,
                    sign.dpo_decision,
                    sign.dpo_on,
                ),
                row(
                    "report-approver",
                    &sign.approver,
                    &sign.approver_title,
                    sign.approval(),
                    sign.approved_on,
                ),
            ],
            widths: vec![1.6, 2.8, 1.8, 1.8],
        });
        blocks.push(Block::Subheading(w.t("report-dpo-opinion")));
        or_missing(blocks, w, &sign.dpo_opinion);
        blocks.push(Block::Subheading(w.t("report-revisions")));
        let current = self.fingerprint;
        if map.assessment.revisions.is_empty() {
            blocks.push(Block::Missing(w.t("report-not-signed")));
        } else {
            blocks.push(Block::Table {
                header: [
                    w.t("report-date"),
                    w.t("report-owner"),
                    w.t("report-step"),
                    w.t("report-map-fingerprint"),
                ]
                .to_vec(),
                rows: map
                    .assessment
                    .revisions
                    .iter()
                    .map(|revision| {
                        vec![
                            w.date(revision.date),
                            revision.by.clone(),
                            revision
                                .step
                                .map_or_else(|| revision.note.clone(), |step| w.step(step)),
                            revision.map_hash.clone(),
                        ]
                    })
                    .collect(),
                widths: vec![1.2, 2.0, 1.6, 1.8],
            });
            let last = map.assessment.revisions.last();
            if last.is_some_and(|r| !r.map_hash.is_empty() && r.map_hash != current) {
                blocks.push(Block::Missing(w.t("report-changed-since")));
            }
        }
    }
}
