//! Annex B: the request for the Macau PDPB's prior authorisation, one form per purpose, for
//! every flow whose findings ask for one: a transfer out of Macau on no Art 20(1) ground
//! (Art 20(2)), sensitive data (Art 7(2)), credit and solvency data, an interconnection or a
//! change of purpose (Arts 9(1), 22) and offence data (Art 8(2)). The type of authorisation
//! each flow needs is derived from its findings (`domain/filings.md`, F3 row 16).

use std::collections::{BTreeMap, BTreeSet};

use super::super::vocab;
use super::macau::CONTRACTS;
use super::{Form, blank, by_value, documents, forms_by, labelled_parts, reference};
use crate::assessment::{Mechanism, TransferRegime};
use crate::model::{DataClass, Flag, FlowId, FlowView, LegalBasis, Safeguard};
use crate::report::sections::Sections;
use crate::rules::Subject;

/// What a request asks the bureau to authorise (F3 row 16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum AuthorisationKind {
    /// A transfer out of Macau that rests on no Art 20(1) ground (Art 20(2)).
    Transfer,
    /// Sensitive data (Art 7(2)).
    Sensitive,
    /// Credit and solvency data (Art 22).
    Credit,
    /// An interconnection of data (Arts 9(1), 22).
    Interconnection,
    /// A change of purpose with no other legal condition (Art 22).
    PurposeChange,
    /// Prior authorisation on another Art 22 ground a rule pack names.
    Prior,
    /// Data on offences and suspected unlawful activities (Art 8(2)).
    Offence,
}

impl AuthorisationKind {
    /// The catalogue key of the kind's wording on the form.
    fn key(self) -> &'static str {
        match self {
            AuthorisationKind::Transfer => "annex-b-sought-transfer",
            AuthorisationKind::Sensitive => "annex-b-sought-sensitive",
            AuthorisationKind::Credit => "annex-b-sought-credit",
            AuthorisationKind::Interconnection => "annex-b-sought-interconnection",
            AuthorisationKind::PurposeChange => "annex-b-sought-purpose-change",
            AuthorisationKind::Prior => "annex-b-sought-prior",
            AuthorisationKind::Offence => "annex-b-sought-offence",
        }
    }
}

/// The obligation codes of the findings that ask for the bureau's authorisation; the codes
/// are stable across editions of the rule pack, where rule ids may move.
const TRANSFER: &str = "mo-transfer-basis";
const SENSITIVE: &str = "mo-sensitive-authorisation";
const PRIOR: &str = "mo-prior-authorisation";
const OFFENCE: &str = "mo-offence-data";

/// The kinds one finding's obligation asks for on a flow.
fn kinds_of(obligation: &str, view: &FlowView<'_>) -> Vec<AuthorisationKind> {
    let flow = view.flow;
    match obligation {
        TRANSFER => vec![AuthorisationKind::Transfer],
        SENSITIVE => vec![AuthorisationKind::Sensitive],
        OFFENCE => vec![AuthorisationKind::Offence],
        PRIOR => {
            let mut kinds = Vec::new();
            if flow.data_classes.contains(&DataClass::CreditSolvency) {
                kinds.push(AuthorisationKind::Credit);
            }
            if flow.flags.contains(&Flag::Combination) {
                kinds.push(AuthorisationKind::Interconnection);
            }
            if flow.flags.contains(&Flag::PurposeChange) {
                kinds.push(AuthorisationKind::PurposeChange);
            }
            if kinds.is_empty() {
                kinds.push(AuthorisationKind::Prior);
            }
            kinds
        }
        _ => Vec::new(),
    }
}

impl Sections<'_> {
    /// The authorisations each flow needs: from its findings, and a transfer whose Macau
    /// mechanism is the bureau's authorisation, not yet granted.
    pub(super) fn authorisations_needed(&self) -> BTreeMap<&FlowId, BTreeSet<AuthorisationKind>> {
        let map = self.map;
        let mut needed: BTreeMap<&FlowId, BTreeSet<AuthorisationKind>> = BTreeMap::new();
        for found in &self.mechanisms {
            let asks = found.regime(TransferRegime::Macau).is_some_and(|entry| {
                entry.required == Some(Mechanism::MacauAuthorisation)
                    && !entry.in_place.contains(&Safeguard::MacauAuthorisation)
            });
            if asks {
                needed
                    .entry(&found.flow)
                    .or_default()
                    .insert(AuthorisationKind::Transfer);
            }
        }
        for finding in &self.evaluation.findings {
            let Subject::Flow(id) = &finding.subject else {
                continue;
            };
            let Some(view) = map.flow(id) else {
                continue;
            };
            let kinds = kinds_of(&finding.texts.obligation, &view);
            if !kinds.is_empty() {
                needed.entry(id).or_default().extend(kinds);
            }
        }
        needed
    }

    /// Annex B: a request per purpose, over every flow that needs an authorisation.
    pub(super) fn authorisation(&mut self) {
        let map = self.map;
        let needed = self.authorisations_needed();
        let (groups, left_out) = forms_by(
            map.flows()
                .filter(|view| needed.contains_key(&view.flow.id)),
            |view| view.flow.purpose.trim().to_owned(),
        );
        let forms = groups
            .into_iter()
            .enumerate()
            .map(|(index, views)| {
                let form = self.authorisation_form(&views, &needed);
                (self.form_title(index, &views), form)
            })
            .collect();
        self.push_forms(forms, left_out, "annex-authorisation-none");
    }

    /// The request for one purpose: Art 23's items, the authorisations sought with their
    /// flows, then what the bureau weighs for each kind.
    fn authorisation_form(
        &self,
        views: &[FlowView<'_>],
        needed: &BTreeMap<&FlowId, BTreeSet<AuthorisationKind>>,
    ) -> Form {
        let w = self.words;
        let empty = blank(w);
        let kinds_of = |view: &FlowView<'_>| needed.get(&view.flow.id).cloned().unwrap_or_default();
        let with = |kinds: &[AuthorisationKind]| -> Vec<FlowView<'_>> {
            views
                .iter()
                .filter(|view| kinds.iter().any(|kind| kinds_of(view).contains(kind)))
                .cloned()
                .collect()
        };
        let mut form = Form::new(w);
        self.article_23(&mut form, views);
        form.row(
            "annex-b-sought",
            by_value(
                w,
                views.iter().flat_map(|view| {
                    kinds_of(view)
                        .into_iter()
                        .map(|kind| (w.t(kind.key()), self.number(view)))
                }),
                &empty,
            ),
        );
        let transfers = with(&[AuthorisationKind::Transfer]);
        if !transfers.is_empty() {
            self.transfer_rows(&mut form, &transfers);
        }
        let special = with(&[AuthorisationKind::Sensitive, AuthorisationKind::Offence]);
        if !special.is_empty() {
            self.special_data_row(&mut form, &special);
        }
        let prior = with(&[
            AuthorisationKind::Credit,
            AuthorisationKind::Interconnection,
            AuthorisationKind::PurposeChange,
            AuthorisationKind::Prior,
        ]);
        if !prior.is_empty() {
            form.row(
                "annex-b-prior",
                by_value(
                    w,
                    prior.iter().map(|view| (String::new(), self.number(view))),
                    &empty,
                ),
            );
        }
        self.row_by_flow(&mut form, "annex-b-volume", views, |view| {
            view.flow
                .subjects_per_year
                .map_or_else(String::new, |count| w.number(count))
        });
        self.consent_and_assessment(&mut form, views);
        self.declaration(&mut form);
        form
    }

    /// Why Art 20(1) does not apply, the recipient, its contract and where it stores the data:
    /// for the transfers of a request.
    fn transfer_rows(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let language = self.language;
        let empty = blank(w);
        let grounds = by_value(
            w,
            views.iter().map(|view| {
                (
                    vocab::basis(language, view.flow.legal_basis),
                    self.number(view),
                )
            }),
            &empty,
        );
        // The map's necessity answer is map-wide: it is offered for reference, the flow's own
        // reason is a blank to complete.
        let necessity = self.map.assessment.dpia.necessity.trim();
        let mut why = vec![grounds, w.labelled(&w.t("annex-b-why-flow"), &empty)];
        if !necessity.is_empty() {
            why.push(w.labelled(&w.t("annex-reference"), necessity));
        }
        form.row("annex-b-why", why.join(&w.t("report-list-separator")));
        form.row(
            "annex-b-recipient",
            by_value(
                w,
                views.iter().map(|view| {
                    let target = view.target;
                    let identity = labelled_parts(
                        w,
                        &[
                            ("field-recipient-name", &target.entity),
                            ("field-recipient-address", &target.address),
                        ],
                    );
                    (
                        format!("{} — {identity}", self.recipient(view)),
                        self.number(view),
                    )
                }),
                &empty,
            ),
        );
        self.row_by_flow(form, "annex-b-contract", views, |view| {
            documents(w, view, &CONTRACTS).unwrap_or_default()
        });
        self.row_by_flow(form, "annex-b-storage", views, |view| {
            view.target.storage_location.trim().to_owned()
        });
    }

    /// The sensitive or offence data of the flows and the ground each relies on (Arts 7, 8).
    fn special_data_row(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let language = self.language;
        let sensitivity = &self.evaluation.sensitivity;
        let special =
            |class: &&DataClass| sensitivity.macau(**class) || **class == DataClass::Offence;
        self.row_by_flow(form, "annex-b-special", views, |view| {
            let classes: Vec<String> = view
                .flow
                .data_classes
                .iter()
                .filter(special)
                .map(|class| vocab::class(language, *class))
                .collect();
            let ground = w.labelled(
                &w.t("annex-b-ground"),
                &vocab::basis(language, view.flow.legal_basis),
            );
            [classes.join(&w.t("report-item-separator")), ground]
                .join(&w.t("report-list-separator"))
        });
    }

    /// The evidence of consent a request relies on, and the impact assessment's reference.
    fn consent_and_assessment(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let empty = blank(w);
        let consent = views.iter().any(|view| {
            view.flow.legal_basis == LegalBasis::ExplicitConsent
                || view.flow.safeguards.contains(&Safeguard::ExplicitConsent)
        });
        form.row(
            "annex-b-consent",
            if consent {
                w.with("annex-b-consent-attach", &[("blank", empty.clone().into())])
            } else {
                w.t("annex-b-consent-none")
            },
        );
        self.row_by_flow(form, "annex-b-pia", views, |view| {
            if view.flow.safeguards.contains(&Safeguard::PiaDone) {
                reference(w, view.flow.references.get(&Safeguard::PiaDone))
            } else {
                String::new()
            }
        });
    }
}
