//! Annexes C, D and E: the description of the transfer a GBA (Mainland, Macau) standard
//! contract annexes, Annex I of the CAC standard contract (its ten items), each one form per
//! recipient, and the outline of the PIPIA for the Mainland's exports, under the headings of
//! the CAC's template.

use super::super::vocab;
use super::{Form, blank, by_value, documents, forms_by, labelled_parts, person, text_or_blank};
use crate::assessment::{Mechanism, TransferRegime};
use crate::model::{FlowView, Jurisdiction, Safeguard, SiteKind};
use crate::report::Block;
use crate::report::sections::Sections;
use crate::rules::Subject;

fn mainland(jurisdiction: &Jurisdiction) -> bool {
    matches!(
        jurisdiction,
        Jurisdiction::Mainland | Jurisdiction::MainlandGba
    )
}

/// A Mainland export: from the Mainland to outside it.
fn export(view: &FlowView<'_>) -> bool {
    mainland(&view.source.jurisdiction) && !mainland(&view.target.jurisdiction)
}

/// Inside the GBA (Mainland, Macau) contract's scope: between a GBA city and Macau.
fn gba_scope(view: &FlowView<'_>) -> bool {
    matches!(
        (&view.source.jurisdiction, &view.target.jurisdiction),
        (Jurisdiction::MainlandGba, Jurisdiction::Macau)
            | (Jurisdiction::Macau, Jurisdiction::MainlandGba)
    )
}

impl<'a> Sections<'a> {
    /// The flows whose Mainland mechanism is `mechanism`, required or recorded as `safeguard`.
    fn with_mechanism(&self, mechanism: Mechanism, safeguard: Safeguard) -> Vec<FlowView<'a>> {
        let map: &'a crate::model::Map = self.map;
        let required: std::collections::HashSet<_> = self
            .mechanisms
            .iter()
            .filter(|found| {
                found
                    .regime(TransferRegime::Mainland)
                    .is_some_and(|entry| entry.required == Some(mechanism))
            })
            .map(|found| &found.flow)
            .collect();
        map.flows()
            .filter(|view| {
                required.contains(&view.flow.id) || view.flow.safeguards.contains(&safeguard)
            })
            .collect()
    }

    /// The two parties of a contract: the sender's and the recipient's identity and contact.
    fn parties(&self, form: &mut Form, view: &FlowView<'_>) {
        let w = self.words;
        let controller = &self.map.meta.controller;
        let source = view.source;
        // The exporting entity of rules-spec section 2: the map's organisation (the
        // controller's identity) only when the site names no entity, party or operator.
        let exporter = crate::rules::exporting_entity(source);
        let sender = if exporter.name.is_empty() {
            let name = [
                &controller.name_zh,
                &controller.name_pt,
                &controller.name_en,
            ]
            .into_iter()
            .map(|name| name.trim())
            .find(|name| !name.is_empty())
            .unwrap_or(self.map.meta.organisation.trim());
            labelled_parts(
                w,
                &[
                    ("field-name", name),
                    ("field-controller-address", &controller.address),
                    ("field-controller-registration", &controller.registration),
                ],
            ) + &w.t("report-list-separator")
                + &person(w, &controller.dpo)
        } else {
            labelled_parts(
                w,
                &[
                    ("field-name", exporter.name),
                    ("field-controller-address", &source.address),
                ],
            ) + &w.t("report-list-separator")
                + &person(w, &source.contact)
        };
        form.row("annex-sender", sender);
        let target = view.target;
        form.row(
            "annex-receiver",
            labelled_parts(
                w,
                &[
                    ("field-recipient-name", &target.entity),
                    ("field-recipient-address", &target.address),
                ],
            ) + &w.t("report-list-separator")
                + &person(w, &target.contact),
        );
    }

    /// The items a contract's description of the transfer shares: purpose, method, categories,
    /// sensitive categories, onward recipients, transmission, storage period and place, other.
    fn description(&self, form: &mut Form, views: &[FlowView<'_>], scale: bool) {
        let w = self.words;
        let language = self.language;
        let empty = blank(w);
        let sensitivity = self.evaluation.sensitivity;
        let each = |value: &dyn Fn(&FlowView<'_>) -> String| {
            by_value(
                w,
                views.iter().map(|view| {
                    (
                        value(view),
                        self.numbers.number(&view.flow.id).unwrap_or_default(),
                    )
                }),
                &empty,
            )
        };
        form.row(
            "annex-purpose",
            each(&|view| view.flow.purpose.trim().to_owned()),
        );
        form.row(
            "annex-method",
            each(&|view| view.flow.processing_method.trim().to_owned()),
        );
        if scale {
            form.row(
                "annex-scale",
                each(&|view| {
                    view.flow
                        .subjects_per_year
                        .map_or_else(String::new, |count| w.number(count))
                }),
            );
        }
        let classes = |sensitive: bool| {
            move |view: &FlowView<'_>| {
                view.flow
                    .data_classes
                    .iter()
                    .filter(|class| !sensitive || sensitivity.pipl(**class))
                    .map(|class| vocab::class(language, *class))
                    .collect::<Vec<_>>()
                    .join(&w.t("report-item-separator"))
            }
        };
        form.row("annex-categories", each(&classes(false)));
        form.row(
            "annex-sensitive-categories",
            by_value(
                w,
                views.iter().map(|view| {
                    let mut text = classes(true)(view);
                    if text.is_empty() {
                        text = w.t("report-none");
                    } else if let Some(count) = view.flow.sensitive_subjects_per_year {
                        text = w.bracketed(&text, &w.number(count));
                    }
                    (text, self.numbers.number(&view.flow.id).unwrap_or_default())
                }),
                &empty,
            ),
        );
        form.row(
            "annex-onward",
            each(&|view| view.flow.onward_recipients.trim().to_owned()),
        );
        form.row(
            "annex-transmission",
            each(&|view| {
                let access = w.t(&format!("access-{}", view.flow.access.id()));
                let channel = view.flow.channel.trim();
                if channel.is_empty() {
                    format!("{access}{}{}", w.t("report-list-separator"), blank(w))
                } else {
                    format!("{access}{}{channel}", w.t("report-list-separator"))
                }
            }),
        );
        form.row(
            "annex-period",
            each(&|view| {
                view.flow.retention_days.map_or_else(String::new, |days| {
                    w.with(
                        "annex-period-days",
                        &[("days", days.into()), ("blank", blank(w).into())],
                    )
                })
            }),
        );
        form.row(
            "annex-location",
            each(&|view| view.target.storage_location.trim().to_owned()),
        );
        form.row(
            "annex-other",
            each(&|view| view.flow.notes.trim().to_owned()),
        );
    }

    /// One contract form per recipient over `views`: the parties, the description and the
    /// contract's reference.
    fn contract_forms(
        &self,
        views: Vec<FlowView<'a>>,
        contract: Safeguard,
        scale: bool,
    ) -> (Vec<(String, Form)>, usize) {
        let w = self.words;
        let (groups, left_out) = forms_by(views.into_iter(), |view| view.target.id.clone());
        let forms = groups
            .into_iter()
            .enumerate()
            .filter_map(|(index, views)| {
                let first = *views.first()?;
                let mut form = Form::new(w);
                self.parties(&mut form, &first);
                self.description(&mut form, &views, scale);
                form.row(
                    "annex-contract-reference",
                    by_value(
                        w,
                        views.iter().map(|view| {
                            (
                                documents(w, view, &[contract]).unwrap_or_default(),
                                self.numbers.number(&view.flow.id).unwrap_or_default(),
                            )
                        }),
                        &blank(w),
                    ),
                );
                self.declaration(&mut form);
                let title = w.with(
                    "annex-form-title",
                    &[
                        ("number", (index + 1).into()),
                        ("subject", first.target.name.clone().into()),
                        ("flows", self.numbers_of(&views).into()),
                    ],
                );
                Some((title, form))
            })
            .collect();
        (forms, left_out)
    }

    /// Annex C: the GBA standard contract's description of the transfer, per recipient.
    pub(super) fn gba_contract(&mut self) {
        let mut views = self.with_mechanism(
            Mechanism::GbaStandardContract,
            Safeguard::GbaStandardContract,
        );
        let listed: std::collections::HashSet<_> =
            views.iter().map(|view| view.flow.id.clone()).collect();
        let map: &'a crate::model::Map = self.map;
        views.extend(
            map.flows()
                .filter(|view| gba_scope(view) && !listed.contains(&view.flow.id)),
        );
        let (forms, left_out) = self.contract_forms(views, Safeguard::GbaStandardContract, false);
        self.push_forms(forms, left_out, "annex-gba-contract-none");
    }

    /// Annex D: Annex I of the CAC standard contract, per overseas recipient.
    pub(super) fn cac_contract(&mut self) {
        let views = self.with_mechanism(Mechanism::StandardContract, Safeguard::CnStandardContract);
        let (forms, left_out) = self.contract_forms(views, Safeguard::CnStandardContract, true);
        self.push_forms(forms, left_out, "annex-cac-contract-none");
    }

    /// Annex E: the PIPIA outline over every Mainland export, under the template's headings.
    pub(super) fn pipia(&mut self) {
        let w = self.words;
        let map = self.map;
        let views: Vec<FlowView<'_>> = map.flows().filter(export).collect();
        if views.is_empty() {
            self.blocks.push(Block::Paragraph(w.t("annex-pipia-none")));
            return;
        }
        let empty = blank(w);
        let mut form = Form::new(w);
        form.row("annex-e-profile", empty.clone());
        let overview = [
            map.meta.description.trim(),
            map.assessment.dpia.processing_description.trim(),
        ]
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
        form.row("annex-e-business", text_or_blank(w, &overview));
        let mut systems: Vec<String> = views
            .iter()
            .flat_map(|view| [view.source, view.target])
            .filter(|site| {
                matches!(
                    site.kind,
                    SiteKind::System | SiteKind::Saas | SiteKind::Datacentre
                )
            })
            .map(|site| site.name.clone())
            .collect();
        systems.sort();
        systems.dedup();
        form.row(
            "annex-e-systems",
            if systems.is_empty() {
                empty.clone()
            } else {
                systems.join(&w.t("report-item-separator"))
            },
        );
        form.row(
            "annex-e-lawfulness",
            format!(
                "{}{}{}",
                by_value(
                    w,
                    views.iter().map(|view| {
                        (
                            format!(
                                "{} — {}",
                                text_or_blank(w, &view.flow.purpose),
                                vocab::basis(w.language, view.flow.legal_basis)
                            ),
                            self.numbers.number(&view.flow.id).unwrap_or_default(),
                        )
                    }),
                    &empty,
                ),
                w.t("report-list-separator"),
                w.labelled(
                    &w.t("report-necessity"),
                    &text_or_blank(w, &map.assessment.dpia.necessity)
                )
            ),
        );
        self.description(&mut form, &views, true);
        self.pipia_assessment(&mut form, &views);
        self.declaration(&mut form);
        let title = w.with(
            "annex-form-title",
            &[
                ("number", 1.into()),
                ("subject", w.t("annex-pipia-title").into()),
                ("flows", self.numbers_of(&views).into()),
            ],
        );
        self.push_forms(vec![(title, form)], 0, "annex-pipia-none");
    }

    /// Section 二 of the PIPIA: the impact against each item of the Measures' Art 5, from the
    /// findings and answers the map holds.
    fn pipia_assessment(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let empty = blank(w);
        let ids: std::collections::HashSet<_> = views.iter().map(|view| &view.flow.id).collect();
        let mut open: Vec<String> = self
            .register
            .risks
            .iter()
            .filter(|risk| risk.is_open() && risk.finding.severity > crate::model::Severity::Info)
            .filter(|risk| matches!(&risk.finding.subject, Subject::Flow(id) if ids.contains(id)))
            .map(|risk| risk.finding.rule().to_owned())
            .collect();
        open.sort();
        open.dedup();
        form.row(
            "annex-e-compliance",
            if open.is_empty() {
                w.t("report-q-lawful-ok")
            } else {
                w.with(
                    "annex-e-open-rules",
                    &[("rules", open.join(&w.t("report-item-separator")).into())],
                )
            },
        );
        let measures = by_value(
            w,
            views.iter().map(|view| {
                (
                    view.flow.security_measures.trim().to_owned(),
                    self.numbers.number(&view.flow.id).unwrap_or_default(),
                )
            }),
            &empty,
        );
        form.row("annex-e-recipient-measures", measures);
        let rights = &self.map.assessment.dpia.rights;
        form.row(
            "annex-e-rights",
            labelled_parts(
                w,
                &[
                    ("report-information", &rights.information),
                    ("report-access", &rights.access),
                    ("report-objection", &rights.objection),
                ],
            ),
        );
        form.row("annex-e-local-law", empty.clone());
        form.row(
            "annex-e-conclusion",
            text_or_blank(w, &self.map.assessment.sign_off.dpo_opinion),
        );
    }
}
