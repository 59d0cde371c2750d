//! Annex A, the notification to the Macau PDPB (PDPA Arts 21 and 23, items a to j, one form per
//! purpose), and the Art 23 items Annex B's requests carry too.

use super::super::vocab;
use super::{Form, blank, by_value, documents, forms_by, labelled_parts, person};
use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Flag, FlowView, Jurisdiction, Map, RecipientRole, Safeguard, SiteId, SiteKind};
use crate::report::sections::Sections;

/// The safeguards that are the written terms binding a recipient.
pub(super) const CONTRACTS: [Safeguard; 4] = [
    Safeguard::ProcessorContract,
    Safeguard::SharingAgreement,
    Safeguard::GbaStandardContract,
    Safeguard::CnStandardContract,
];

/// The technical and organisational safeguards a form can name beside the written measures.
const SECURITY: [Safeguard; 6] = [
    Safeguard::EncryptionInTransit,
    Safeguard::EncryptionAtRest,
    Safeguard::E2ee,
    Safeguard::AccessControl,
    Safeguard::AuditLog,
    Safeguard::BreachPlan,
];

/// The clock of the Macau notification (the Macau pack's id for it).
const NOTIFICATION_CLOCK: &str = "mo-notification";

/// The groups of people whose data reaches each site: a `people` site's flows name their target.
fn people_feeding(map: &Map) -> BTreeMap<&SiteId, BTreeSet<&str>> {
    let mut feeding: BTreeMap<&SiteId, BTreeSet<&str>> = BTreeMap::new();
    for view in map.flows() {
        if view.source.kind == SiteKind::People {
            feeding
                .entry(&view.target.id)
                .or_default()
                .insert(view.source.name.trim());
        }
    }
    feeding
}

/// Whose data a flow carries, as the map says: the categories recorded on the flow, else the
/// groups of people it starts from or that feed its source.
fn data_subjects(
    view: &FlowView<'_>,
    people: &BTreeMap<&SiteId, BTreeSet<&str>>,
    separator: &str,
) -> String {
    let recorded = view.flow.subject_categories.trim();
    if !recorded.is_empty() {
        return recorded.to_owned();
    }
    let mut names: BTreeSet<&str> = people.get(&view.source.id).cloned().unwrap_or_default();
    if view.source.kind == SiteKind::People {
        names.insert(view.source.name.trim());
    }
    names.remove("");
    names.into_iter().collect::<Vec<_>>().join(separator)
}

/// A site of the controller itself: one whose entity is the map's organisation, or an office,
/// system or group of people that names no other entity. A platform, a data centre or an outside
/// party is run by someone else, so it is a recipient unless it names the organisation.
fn is_controllers_own(site: &crate::model::Site, organisation: &str) -> bool {
    let entity = crate::rules::exporting_entity(site).name;
    if !entity.is_empty() {
        return entity == organisation;
    }
    matches!(
        site.kind,
        SiteKind::Office | SiteKind::System | SiteKind::People
    )
}

/// Processing on a platform or in a computer system is automated by nature, as the Macau pack's
/// `automated` fact reads PDPA Art 21(1); a flow can also be flagged so.
fn is_automated(view: &FlowView<'_>) -> bool {
    let machine = |site: &crate::model::Site| {
        matches!(
            site.kind,
            SiteKind::Saas | SiteKind::Datacentre | SiteKind::System
        )
    };
    view.flow.flags.contains(&Flag::Automated) || machine(view.source) || machine(view.target)
}

impl Sections<'_> {
    /// A flow's number.
    pub(super) fn number(&self, view: &FlowView<'_>) -> usize {
        self.numbers.number(&view.flow.id).unwrap_or_default()
    }

    /// The recipient of a flow as a form names it: its name, legal entity, operator and place.
    pub(super) fn recipient(&self, view: &FlowView<'_>) -> String {
        let w = self.words;
        let target = view.target;
        let mut text = target.name.clone();
        for extra in [&target.entity, &target.operator] {
            if !extra.trim().is_empty() && !text.contains(extra.trim()) {
                text.push_str(&format!(" · {}", extra.trim()));
            }
        }
        let place = super::super::cells::place(target, w.language);
        let role = view
            .flow
            .recipient_role
            .map(|role| vocab::role(w.language, role));
        match role {
            Some(role) => {
                let both = format!("{place}{}{role}", w.t("reason-list-separator"));
                w.bracketed(&text, &both)
            }
            None => w.bracketed(&text, &place),
        }
    }

    /// The written security measures and the technical safeguards of some flows.
    fn security(&self, views: &[FlowView<'_>]) -> String {
        let w = self.words;
        let controller = self.map.meta.controller.security_measures.trim();
        let mut parts = Vec::new();
        if !controller.is_empty() {
            parts.push(controller.to_owned());
        }
        let texts = by_value(
            w,
            views.iter().filter_map(|view| {
                let text = view.flow.security_measures.trim();
                (!text.is_empty()).then(|| (text.to_owned(), self.number(view)))
            }),
            "",
        );
        if !texts.is_empty() {
            parts.push(texts);
        }
        if parts.is_empty() {
            parts.push(blank(w));
        }
        let tags = by_value(
            w,
            views.iter().map(|view| {
                let tags: Vec<String> = SECURITY
                    .iter()
                    .filter(|safeguard| view.flow.safeguards.contains(safeguard))
                    .map(|safeguard| vocab::safeguard(w.language, *safeguard))
                    .collect();
                (tags.join(&w.t("report-item-separator")), self.number(view))
            }),
            &w.t("report-none"),
        );
        parts.push(w.labelled(&w.t("annex-safeguards-recorded"), &tags));
        parts.join(&w.t("report-list-separator"))
    }

    /// Items a to j of PDPA Art 23 for the flows of one form: here a to c, the controller, the
    /// purposes and the data.
    pub(super) fn article_23(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let language = self.language;
        let map = self.map;
        let controller = &map.meta.controller;
        let empty = blank(w);
        let mut named = labelled_parts(
            w,
            &[
                ("field-controller-name-zh", &controller.name_zh),
                ("field-controller-name-pt", &controller.name_pt),
                ("field-controller-address", &controller.address),
                ("field-controller-registration", &controller.registration),
            ],
        );
        // The map's organisation is the controller: named first, as the map records it.
        let organisation = map.meta.organisation.trim();
        if !organisation.is_empty()
            && organisation != controller.name_zh.trim()
            && organisation != controller.name_pt.trim()
        {
            named = format!(
                "{}{}{named}",
                w.labelled(&w.t("report-organisation"), organisation),
                w.t("report-list-separator")
            );
        }
        form.row("annex-23a", named);
        form.row("annex-23a-representative", {
            if controller.representative.is_empty() {
                w.t("annex-if-any")
            } else {
                person(w, &controller.representative)
            }
        });
        self.row_by_flow(form, "annex-23b", views, |view| {
            view.flow.purpose.trim().to_owned()
        });
        let people = people_feeding(map);
        self.row_by_flow(form, "annex-23c-subjects", views, |view| {
            data_subjects(view, &people, &w.t("report-item-separator"))
        });
        let sensitivity = self.evaluation.sensitivity;
        form.row(
            "annex-23c-data",
            by_value(
                w,
                views.iter().map(|view| {
                    let classes: Vec<String> = view
                        .flow
                        .data_classes
                        .iter()
                        .map(|class| {
                            let name = vocab::class(language, *class);
                            if sensitivity.macau(*class) {
                                w.with("annex-sensitive", &[("class", name.into())])
                            } else {
                                name
                            }
                        })
                        .collect();
                    (
                        classes.join(&w.t("report-item-separator")),
                        self.number(view),
                    )
                }),
                &empty,
            ),
        );
        self.article_23_recipients(form, views);
    }

    /// Items d to j of PDPA Art 23: recipients, processors, interconnection, retention, rights,
    /// transfers and security.
    fn article_23_recipients(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        let language = self.language;
        let map = self.map;
        let empty = blank(w);
        // The controller's own sites receive nothing from it: they are not its recipients.
        let organisation = map.meta.organisation.trim();
        let outside: Vec<_> = views
            .iter()
            .filter(|view| !is_controllers_own(view.target, organisation))
            .map(|view| (self.recipient(view), self.number(view)))
            .collect();
        form.row(
            "annex-23d",
            format!(
                "{}{}{}",
                if outside.is_empty() {
                    w.t("annex-no-recipient-outside")
                } else {
                    by_value(w, outside, &empty)
                },
                w.t("report-list-separator"),
                w.labelled(&w.t("annex-conditions"), &empty)
            ),
        );
        let processors: Vec<_> = views
            .iter()
            .filter(|view| view.flow.recipient_role == Some(RecipientRole::Processor))
            .map(|view| (self.recipient(view), self.number(view)))
            .collect();
        form.row(
            "annex-23e",
            if processors.is_empty() {
                w.t("annex-none-recorded")
            } else {
                by_value(w, processors, &empty)
            },
        );
        let combined: Vec<usize> = views
            .iter()
            .filter(|view| view.flow.flags.contains(&Flag::Combination))
            .map(|view| self.number(view))
            .collect();
        form.row(
            "annex-23f",
            if combined.is_empty() {
                w.t("annex-no-interconnection")
            } else {
                w.with(
                    "annex-interconnection",
                    &[("flows", super::flow_list(w, combined).into())],
                )
            },
        );
        let mut retention = by_value(
            w,
            views.iter().map(|view| {
                let days = view.flow.retention_days.map_or_else(String::new, |days| {
                    w.with("report-retention-days", &[("days", days.into())])
                });
                (days, self.number(view))
            }),
            &empty,
        );
        // The assessment's own answer is offered for the flows without a period, never as theirs.
        let answer = map.assessment.dpia.retention.trim();
        if !answer.is_empty() && views.iter().any(|view| view.flow.retention_days.is_none()) {
            retention.push_str(&w.t("report-list-separator"));
            retention.push_str(&w.labelled(&w.t("annex-reference"), answer));
        }
        form.row("annex-23g", retention);
        let rights = &map.assessment.dpia.rights;
        form.row(
            "annex-23h",
            labelled_parts(
                w,
                &[
                    ("report-information", &rights.information),
                    ("report-access", &rights.access),
                ],
            ),
        );
        let transfers: Vec<_> = views
            .iter()
            .filter(|view| view.crosses_border())
            .map(|view| {
                let mechanism = documents(
                    w,
                    view,
                    &[Safeguard::MacauNotification, Safeguard::MacauAuthorisation],
                )
                .unwrap_or_else(|| w.t("report-none"));
                let mechanism = w.labelled(&w.t("annex-mechanism-on-record"), &mechanism);
                let basis = w.labelled(
                    &w.t("report-basis"),
                    &vocab::basis(language, view.flow.legal_basis),
                );
                let text = format!(
                    "{} — {basis}{}{mechanism}",
                    self.recipient(view),
                    w.t("report-list-separator"),
                );
                (text, self.number(view))
            })
            .collect();
        form.row(
            "annex-23i",
            if transfers.is_empty() {
                w.t("annex-no-transfer")
            } else {
                by_value(w, transfers, &empty)
            },
        );
        form.row("annex-23j", self.security(views));
    }

    /// Annex A: one notification form per purpose, over the flows that start in Macau.
    pub(super) fn notification(&mut self) {
        let w = self.words;
        let map = self.map;
        let (groups, left_out) = forms_by(
            map.flows()
                .filter(|view| view.source.jurisdiction == Jurisdiction::Macau),
            |view| view.flow.purpose.trim().to_owned(),
        );
        let forms = groups
            .into_iter()
            .enumerate()
            .map(|(index, views)| {
                let mut form = Form::new(w);
                self.article_23(&mut form, &views);
                let registered = by_value(
                    w,
                    views.iter().map(|view| {
                        (
                            view.flow
                                .references
                                .get(&Safeguard::MacauNotification)
                                .map(|found| found.number.trim().to_owned())
                                .unwrap_or_default(),
                            self.number(view),
                        )
                    }),
                    &w.t("annex-if-any"),
                );
                form.row("annex-registration", registered);
                self.notification_extras(&mut form, &views);
                form.row("annex-contact", person(w, &map.meta.controller.dpo));
                self.declaration(&mut form);
                (self.form_title(index, &views), form)
            })
            .collect();
        self.push_forms(forms, left_out, "annex-notification-none");
    }

    /// What a notification says beyond Art 23: how the data is processed, when the processing
    /// started (the 8 days of Art 21(1) run from it) and what goes with the form.
    fn notification_extras(&self, form: &mut Form, views: &[FlowView<'_>]) {
        let w = self.words;
        self.row_by_flow(form, "annex-means", views, |view| {
            let recorded = view.flow.processing_method.trim();
            if !recorded.is_empty() {
                recorded.to_owned()
            } else if is_automated(view) {
                w.t("annex-means-automated")
            } else {
                String::new()
            }
        });
        self.row_by_flow(form, "annex-start", views, |view| {
            let Some(since) = view.flow.since else {
                return String::new();
            };
            let due = self.clocks.iter().find_map(|clock| {
                (clock.spec.id == NOTIFICATION_CLOCK && clock.flow.as_ref() == Some(&view.flow.id))
                    .then_some(clock.due)
                    .flatten()
            });
            match due {
                Some(due) => w.with(
                    "annex-start-due",
                    &[("date", w.date(since).into()), ("due", w.date(due).into())],
                ),
                None => w.date(since),
            }
        });
        let document = super::super::document_info(self.map, w, self.as_of, self.fingerprint);
        let mut attached = vec![
            w.with(
                "annex-attachment-dpia",
                &[
                    ("id", document.id.into()),
                    ("version", document.version.into()),
                ],
            ),
            w.t("annex-attachment-diagram"),
        ];
        let mut records = std::collections::BTreeSet::new();
        for view in views {
            for (safeguard, reference) in &view.flow.references {
                let number = reference.number.trim();
                if !number.is_empty() {
                    records.insert((vocab::safeguard(w.language, *safeguard), number.to_owned()));
                }
            }
        }
        attached.extend(
            records
                .into_iter()
                .map(|(what, number)| w.labelled(&what, &number)),
        );
        form.row(
            "annex-attachments",
            attached.join(&w.t("report-list-separator")),
        );
    }

    /// "Form N: purpose (F1, F3)".
    pub(super) fn form_title(&self, index: usize, views: &[FlowView<'_>]) -> String {
        let w = self.words;
        let purpose = views
            .first()
            .map(|view| view.flow.purpose.trim())
            .filter(|purpose| !purpose.is_empty())
            .map_or_else(|| w.t("report-purpose-missing"), str::to_owned);
        w.with(
            "annex-form-title",
            &[
                ("number", (index + 1).into()),
                ("subject", purpose.into()),
                ("flows", self.numbers_of(views).into()),
            ],
        )
    }
}
