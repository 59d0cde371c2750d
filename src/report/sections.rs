//! The report's ten sections, each written by one method of [`Sections`] from the map, its
//! findings and its assessment.

use std::collections::BTreeMap;

use super::cells::{flow_label, or_missing, place, score_text};
use super::text::{Words, regime, status};
use super::{Block, vocab};
use crate::assessment::{Register, Risk};
use crate::model::{Date, FlowId, Language, Map, Severity};
use crate::rules::{Evaluation, Finding, Rulebook, Subject};

/// What every section reads, and the blocks written so far.
pub(super) struct Sections<'a> {
    pub(super) map: &'a Map,
    pub(super) evaluation: &'a Evaluation,
    pub(super) rulebook: &'a Rulebook,
    pub(super) register: Register,
    pub(super) words: &'static Words,
    pub(super) language: Language,
    pub(super) as_of: Date,
    pub(super) blocks: Vec<Block>,
    /// The map's fingerprint (or why there is none), computed once.
    pub(super) fingerprint: &'a str,
}

/// Each flow's risks, found once rather than by a scan per flow.
fn risks_by_flow(register: &Register) -> BTreeMap<&FlowId, Vec<&Risk>> {
    let mut risks_of: BTreeMap<&FlowId, Vec<&Risk>> = BTreeMap::new();
    for risk in &register.risks {
        if let Subject::Flow(id) = &risk.finding.subject {
            risks_of.entry(id).or_default().push(risk);
        }
    }
    risks_of
}

impl Sections<'_> {
    /// 1. Processing description: the DPIA answers and the platforms that hold data.
    pub(super) fn processing(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s1.to_owned()));
        if !map.meta.description.trim().is_empty() {
            blocks.push(Block::Paragraph(map.meta.description.trim().to_owned()));
        }
        or_missing(blocks, w, &map.assessment.dpia.processing_description);
        blocks.push(Block::Subheading(w.necessity.to_owned()));
        or_missing(blocks, w, &map.assessment.dpia.necessity);
        blocks.push(Block::Subheading(w.platforms.to_owned()));
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
                let roles: std::collections::BTreeSet<&str> = map
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
                    roles.into_iter().collect::<Vec<_>>().join(", "),
                ]
            })
            .collect();
        if platforms.is_empty() {
            blocks.push(Block::Missing(w.no_platforms.to_owned()));
        } else {
            blocks.push(Block::Table {
                header: vec![
                    w.site.to_owned(),
                    w.operator.to_owned(),
                    w.place.to_owned(),
                    w.role.to_owned(),
                ],
                rows: platforms,
                widths: vec![3.0, 2.0, 2.5, 2.0],
            });
        }
    }

    /// 2. The data-flow diagram.
    pub(super) fn diagram(&mut self) {
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s2.to_owned()));
        blocks.push(Block::Paragraph(w.diagram_caption.to_owned()));
        blocks.push(Block::Diagram);
    }

    /// 3. The inventory: one row per flow.
    pub(super) fn inventory(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s3.to_owned()));
        let rows: Vec<Vec<String>> = map
            .flows()
            .map(|view| {
                let flow = view.flow;
                let list = |items: Vec<&str>| {
                    if items.is_empty() {
                        w.none.to_owned()
                    } else {
                        items.join(", ")
                    }
                };
                vec![
                    flow.id.to_string(),
                    format!("{} ({})", view.source.name, view.source.jurisdiction.id()),
                    format!("{} ({})", view.target.name, view.target.jurisdiction.id()),
                    list(
                        flow.data_classes
                            .iter()
                            .map(|c| vocab::class(language, *c))
                            .collect(),
                    ),
                    flow.subjects_per_year
                        .map_or_else(|| w.unknown.to_owned(), |n| n.to_string()),
                    vocab::basis(language, flow.legal_basis).to_owned(),
                    list(
                        flow.safeguards
                            .iter()
                            .map(|s| vocab::safeguard(language, *s))
                            .collect(),
                    ),
                    flow.retention_days
                        .map_or_else(|| w.unknown.to_owned(), |d| format!("{d} {}", w.days)),
                ]
            })
            .collect();
        if rows.is_empty() {
            blocks.push(Block::Missing(w.no_flows.to_owned()));
        } else {
            blocks.push(Block::Table {
                header: [
                    w.flow,
                    w.from,
                    w.to,
                    w.data,
                    w.people,
                    w.basis,
                    w.safeguards,
                    w.retention,
                ]
                .map(str::to_owned)
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
        let language = self.language;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s4.to_owned()));
        blocks.push(Block::Subheading(w.q_transfer.to_owned()));
        let crossing: Vec<String> = map
            .flows()
            .filter(|view| view.crosses_border())
            .map(|view| {
                format!(
                    "{}: {} ({}) → {} ({})",
                    view.flow.id,
                    view.source.name,
                    vocab::jurisdiction(language, &view.source.jurisdiction),
                    view.target.name,
                    vocab::jurisdiction(language, &view.target.jurisdiction)
                )
            })
            .collect();
        if crossing.is_empty() {
            blocks.push(Block::Paragraph(w.q_transfer_no.to_owned()));
        } else {
            blocks.push(Block::Paragraph(w.q_transfer_yes.to_owned()));
            blocks.push(Block::Bullets(crossing));
        }
        blocks.push(Block::Subheading(w.q_lawful.to_owned()));
        // Each flow's risks, found once rather than by a scan per flow.
        let risks_of = risks_by_flow(&self.register);
        let mut needs: Vec<String> = Vec::new();
        for view in map.flows() {
            let open: Vec<&str> = risks_of
                .get(&view.flow.id)
                .into_iter()
                .flatten()
                .filter(|risk| risk.is_open() && risk.finding.severity > Severity::Info)
                .map(|risk| risk.finding.title())
                .collect();
            if !open.is_empty() {
                needs.push(format!(
                    "{} {}: {}",
                    view.flow.id,
                    w.still_needs,
                    open.join("; ")
                ));
            }
        }
        if needs.is_empty() {
            blocks.push(Block::Paragraph(w.q_lawful_ok.to_owned()));
        } else {
            blocks.push(Block::Bullets(needs));
        }
        blocks.push(Block::Subheading(w.q_rights.to_owned()));
        let rights = &map.assessment.dpia.rights;
        for (title, answer) in [
            (w.information, &rights.information),
            (w.access, &rights.access),
            (w.objection, &rights.objection),
        ] {
            blocks.push(Block::Paragraph(format!("{title}:")));
            or_missing(blocks, w, answer);
        }
        blocks.push(Block::Subheading(w.retention.to_owned()));
        or_missing(blocks, w, &map.assessment.dpia.retention);
    }

    /// 5. Transfer mechanisms per border-crossing flow and regime, and the Mainland totals.
    pub(super) fn mechanisms(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let evaluation = self.evaluation;
        let blocks = &mut self.blocks;
        let risks_of = risks_by_flow(&self.register);
        blocks.push(Block::Heading(w.s5.to_owned()));
        let mut mechanism_rows = Vec::new();
        for view in map.flows().filter(|view| view.crosses_border()) {
            let findings: Vec<&Finding> = risks_of
                .get(&view.flow.id)
                .into_iter()
                .flatten()
                .map(|risk| &risk.finding)
                .collect();
            let mut packs: Vec<&str> = findings
                .iter()
                .map(|finding| finding.texts.pack.as_str())
                .collect();
            packs.sort_unstable();
            packs.dedup();
            if packs.is_empty() {
                mechanism_rows.push(vec![
                    view.flow.id.to_string(),
                    "—".to_owned(),
                    w.nothing_asked.to_owned(),
                ]);
            }
            for pack in packs {
                let asks: Vec<String> = findings
                    .iter()
                    .filter(|finding| finding.texts.pack == pack)
                    .map(|finding| match &finding.detail {
                        Some(detail) => format!("{} ({detail})", finding.title()),
                        None => finding.title().to_owned(),
                    })
                    .collect();
                mechanism_rows.push(vec![
                    view.flow.id.to_string(),
                    regime(language, pack),
                    asks.join("; "),
                ]);
            }
        }
        if mechanism_rows.is_empty() {
            blocks.push(Block::Paragraph(w.q_transfer_no.to_owned()));
        } else {
            blocks.push(Block::Table {
                header: vec![
                    w.flow.to_owned(),
                    w.regime.to_owned(),
                    w.requirements.to_owned(),
                ],
                rows: mechanism_rows,
                widths: vec![1.5, 1.6, 6.0],
            });
        }
        blocks.push(Block::Subheading(w.mainland_totals.to_owned()));
        let totals = evaluation.mainland_exports;
        if totals.flows == 0 {
            blocks.push(Block::Paragraph(w.mainland_none.to_owned()));
        } else {
            let mechanism = evaluation.mechanism.clone().unwrap_or_default();
            blocks.push(Block::Paragraph(format!(
                "{mechanism}: {} {}, {} {} ({} {}, {} {}).",
                totals.sensitive_subjects,
                w.sensitive,
                totals.non_sensitive_subjects,
                w.non_sensitive,
                totals.flows,
                w.flow.to_lowercase(),
                totals.flows_with_unknown_count,
                w.unknown_counts
            )));
            // Each flow is judged by its exporting entity's totals, so the report shows them.
            if !evaluation.mainland_exports_by_entity.is_empty() {
                blocks.push(Block::Subheading(w.per_entity.to_owned()));
                blocks.push(Block::Bullets(
                    evaluation
                        .mainland_exports_by_entity
                        .iter()
                        .map(|entity| {
                            format!(
                                "{}: {} {}, {} {} ({} {})",
                                entity.entity,
                                entity.totals.sensitive_subjects,
                                w.sensitive,
                                entity.totals.non_sensitive_subjects,
                                w.non_sensitive,
                                entity.totals.flows,
                                w.flow.to_lowercase()
                            )
                        })
                        .collect(),
                ));
            }
        }
    }

    /// 6. The risk register with treatments and resolved findings.
    pub(super) fn risk_register(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let register = &self.register;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s6.to_owned()));
        if register.risks.is_empty() {
            blocks.push(Block::Paragraph(w.no_findings.to_owned()));
        } else {
            let rows = register
                .risks
                .iter()
                .map(|risk| {
                    let finding = &risk.finding;
                    let treatment = risk.treatment.as_ref();
                    vec![
                        format!(
                            "{} · {}: {}",
                            finding.rule(),
                            flow_label(map, &finding.subject),
                            finding.title()
                        ),
                        finding.citation().to_owned(),
                        finding.verification().as_str().to_owned(),
                        score_text(Some(risk.initial)),
                        score_text(risk.residual),
                        status(language, risk.status).to_owned(),
                        treatment.map(|t| t.owner.clone()).unwrap_or_default(),
                        risk.due().map(|due| due.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            blocks.push(Block::Table {
                header: [
                    w.finding,
                    w.citation,
                    w.verification,
                    w.initial,
                    w.residual,
                    w.status,
                    w.owner,
                    w.due,
                ]
                .map(str::to_owned)
                .to_vec(),
                rows,
                widths: vec![3.8, 2.0, 1.3, 1.2, 1.2, 1.1, 1.2, 1.1],
            });
            let accepted: Vec<String> = register
                .risks
                .iter()
                .filter_map(|risk| {
                    let treatment = risk.treatment.as_ref()?;
                    (!treatment.justification.trim().is_empty()).then(|| {
                        format!(
                            "{} ({}): {}",
                            risk.finding.id,
                            status(language, risk.status),
                            treatment.justification.trim()
                        )
                    })
                })
                .collect();
            if !accepted.is_empty() {
                blocks.push(Block::Bullets(accepted));
            }
            let reasons: Vec<String> = register
                .risks
                .iter()
                .filter_map(|risk| {
                    let reasons = risk.finding.reasons();
                    (!reasons.is_empty())
                        .then(|| format!("{}: {}", risk.finding.id, reasons.join("; ")))
                })
                .collect();
            if !reasons.is_empty() {
                blocks.push(Block::Subheading(w.why_fired.to_owned()));
                blocks.push(Block::Bullets(reasons));
            }
        }
        if !register.resolved.is_empty() {
            blocks.push(Block::Subheading(w.resolved.to_owned()));
            blocks.push(Block::Bullets(
                register
                    .resolved
                    .iter()
                    .map(|resolved| {
                        format!(
                            "{} · {} ({})",
                            resolved.id,
                            resolved.title.as_deref().unwrap_or("—"),
                            status(language, resolved.treatment.status)
                        )
                    })
                    .collect(),
            ));
        }
    }

    /// 7. The initial and residual heatmaps.
    pub(super) fn heatmaps(&mut self) {
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s7.to_owned()));
        blocks.push(Block::Heatmaps);
    }

    /// 8. The action plan by owner and due date.
    pub(super) fn action_plan(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let as_of = self.as_of;
        let register = &self.register;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s8.to_owned()));
        let plan = register.action_plan();
        if plan.is_empty() {
            blocks.push(Block::Paragraph(w.plan_empty.to_owned()));
        } else {
            let rows = plan
                .iter()
                .map(|risk| {
                    let due = match risk.due() {
                        Some(due) if risk.is_overdue(as_of) => format!("{due} ({})", w.overdue),
                        Some(due) => due.to_string(),
                        None => String::new(),
                    };
                    vec![
                        risk.owner().unwrap_or(w.unassigned).to_owned(),
                        due,
                        format!(
                            "{} · {}: {}",
                            risk.finding.rule(),
                            flow_label(map, &risk.finding.subject),
                            risk.finding.mitigation()
                        ),
                        status(language, risk.status).to_owned(),
                    ]
                })
                .collect();
            blocks.push(Block::Table {
                header: [w.owner, w.due, w.finding, w.status]
                    .map(str::to_owned)
                    .to_vec(),
                rows,
                widths: vec![1.4, 1.4, 6.0, 1.1],
            });
        }
    }

    /// 9. The sign-off and the revision log.
    pub(super) fn sign_off(&mut self) {
        let map = self.map;
        let w = self.words;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s9.to_owned()));
        let sign = &map.assessment.sign_off;
        let signed = |name: &str, date: Option<Date>| {
            if name.trim().is_empty() {
                w.not_signed.to_owned()
            } else {
                match date {
                    Some(date) => format!("{} · {date}", name.trim()),
                    None => format!("{} · {}", name.trim(), w.not_signed),
                }
            }
        };
        blocks.push(Block::Table {
            header: vec![String::new(), format!("{} · {}", w.owner, w.date)],
            rows: vec![
                vec![
                    w.assessor.to_owned(),
                    signed(&sign.assessor, sign.assessed_on),
                ],
                vec![w.dpo.to_owned(), signed(&sign.dpo, sign.dpo_on)],
                vec![
                    w.approver.to_owned(),
                    signed(&sign.approver, sign.approved_on),
                ],
            ],
            widths: vec![1.0, 3.0],
        });
        blocks.push(Block::Subheading(w.dpo_opinion.to_owned()));
        or_missing(blocks, w, &sign.dpo_opinion);
        blocks.push(Block::Subheading(w.revisions.to_owned()));
        let current = self.fingerprint;
        if map.assessment.revisions.is_empty() {
            blocks.push(Block::Missing(w.not_signed.to_owned()));
        } else {
            blocks.push(Block::Table {
                header: [w.date, w.owner, w.step, w.map_fingerprint]
                    .map(str::to_owned)
                    .to_vec(),
                rows: map
                    .assessment
                    .revisions
                    .iter()
                    .map(|revision| {
                        vec![
                            revision.date.to_string(),
                            revision.by.clone(),
                            revision.step.map_or_else(
                                || revision.note.clone(),
                                |step| step.label().to_owned(),
                            ),
                            revision.map_hash.clone(),
                        ]
                    })
                    .collect(),
                widths: vec![1.2, 2.0, 1.6, 1.8],
            });
            let last = map.assessment.revisions.last();
            if last.is_some_and(|r| !r.map_hash.is_empty() && r.map_hash != current) {
                blocks.push(Block::Missing(w.changed_since.to_owned()));
            }
        }
    }

    /// 10. The rulebook used and its caveats.
    pub(super) fn caveats(&mut self) {
        let w = self.words;
        let as_of = self.as_of;
        let rulebook = self.rulebook;
        let register = &self.register;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.s10.to_owned()));
        blocks.push(Block::Paragraph(format!(
            "{}: {}. {}: {as_of}.",
            w.rulebook,
            rulebook.version(),
            w.evaluated_on
        )));
        blocks.push(Block::Paragraph(w.caveat_general.to_owned()));
        let unverified: Vec<String> = register
            .risks
            .iter()
            .filter(|risk| risk.finding.verification().has_unconfirmed())
            .map(|risk| {
                format!(
                    "{}: {} ({})",
                    risk.finding.id,
                    risk.finding.citation(),
                    risk.finding.verification().as_str()
                )
            })
            .collect();
        if unverified.is_empty() {
            blocks.push(Block::Paragraph(w.all_verified.to_owned()));
        } else {
            blocks.push(Block::Subheading(w.unverified.to_owned()));
            blocks.push(Block::Bullets(unverified));
        }
    }
}
