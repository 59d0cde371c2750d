//! Section 5's mechanism table: one row per border-crossing flow and regime, saying which
//! transfer mechanism the regime requires, what is in place, what is missing, which authority it
//! goes to and by when. Satisfied and exempt rows are listed too: a flow that rests on consent
//! and a filed notification shows as such, not as nothing.
//!
//! What each regime requires, has and lacks is `assessment::transfer_mechanisms`' answer, the one the
//! transfer register prints, so the report and the register cannot disagree; this module only
//! words it.

use std::collections::HashMap;

use super::Block;
use super::cells::FlowNumbers;
use super::sections::Sections;
use super::text::Words;
use super::vocab;
use crate::assessment::{FlowMechanisms, Mechanism, RegimeMechanism, TransferRegime};
use crate::model::{FlowId, FlowView, Jurisdiction, Language, LegalBasis, Safeguard};

/// One row: the mechanism a regime requires of a flow, as words.
struct Row {
    regime: String,
    required: String,
    in_place: Vec<Safeguard>,
    missing: Vec<Safeguard>,
    authority: String,
    deadline: String,
}

fn mainland(jurisdiction: &Jurisdiction) -> bool {
    matches!(
        jurisdiction,
        Jurisdiction::Mainland | Jurisdiction::MainlandGba
    )
}

/// The regimes whose law the flow leaves, by where it starts and ends.
fn leaves(view: &FlowView<'_>, regime: TransferRegime) -> bool {
    match regime {
        TransferRegime::Macau => view.source.jurisdiction == Jurisdiction::Macau,
        TransferRegime::Mainland => {
            mainland(&view.source.jurisdiction) && !mainland(&view.target.jurisdiction)
        }
    }
}

/// The safeguard that records a mechanism as done; `None` for an exemption.
fn done_by(mechanism: Mechanism) -> Option<Safeguard> {
    match mechanism {
        Mechanism::MacauNotification => Some(Safeguard::MacauNotification),
        Mechanism::MacauAuthorisation => Some(Safeguard::MacauAuthorisation),
        Mechanism::SecurityAssessment => Some(Safeguard::CacAssessment),
        // A certification would do as well; the contract is the usual way.
        Mechanism::StandardContract => Some(Safeguard::CnStandardContract),
        Mechanism::GbaStandardContract => Some(Safeguard::GbaStandardContract),
        Mechanism::Exempt => None,
    }
}

/// The phrase for what is required and for its deadline.
fn required_keys(mechanism: Mechanism, consent: bool) -> (&'static str, &'static str) {
    match mechanism {
        Mechanism::MacauNotification if consent => {
            ("report-mech-mo-consent", "report-deadline-8-days")
        }
        Mechanism::MacauNotification => ("report-mech-mo-necessity", "report-deadline-8-days"),
        Mechanism::MacauAuthorisation => ("report-mech-mo-authorisation", "report-deadline-before"),
        Mechanism::SecurityAssessment => ("report-mech-cn-assessment", "report-deadline-before"),
        Mechanism::StandardContract => ("report-mech-cn-contract", "report-deadline-10-days"),
        Mechanism::GbaStandardContract => {
            ("report-mech-gba-contract", "report-deadline-unconfirmed")
        }
        Mechanism::Exempt => ("report-mech-exempt", ""),
    }
}

/// One regime's answer for one flow, in words. `found` is `None` when the regime's law is left
/// but the rulebook asks nothing of the flow.
fn row_of(
    w: Words,
    view: &FlowView<'_>,
    regime: TransferRegime,
    found: Option<&RegimeMechanism>,
) -> Row {
    let flow = view.flow;
    let dash = || "—".to_owned();
    let mut row = Row {
        regime: w.regime(regime.id()),
        required: w.t("report-nothing-asked"),
        in_place: found
            .map(|found| found.in_place.clone())
            .unwrap_or_default(),
        missing: Vec::new(),
        authority: found
            .and_then(|found| found.authority)
            .map_or_else(dash, |authority| {
                w.t(&format!("authority-{}", authority.id()))
            }),
        deadline: dash(),
    };
    let Some(mechanism) = found.and_then(|found| found.required) else {
        return row;
    };
    let consent = flow.legal_basis == LegalBasis::ExplicitConsent
        || flow.safeguards.contains(&Safeguard::ExplicitConsent);
    let (required, deadline) = required_keys(mechanism, consent);
    if mechanism == Mechanism::Exempt {
        let article = found
            .and_then(|found| found.detail.as_ref())
            .map_or_else(dash, |detail| detail.text(w.language).to_owned());
        row.required = w.with(required, &[("article", article.into())]);
        return row;
    }
    row.required = w.t(required);
    row.deadline = w.t(deadline);
    // Consent is half of what a notified Macau transfer rests on: it shows beside the filing.
    if mechanism == Mechanism::MacauNotification && consent {
        row.in_place.insert(0, Safeguard::ExplicitConsent);
    }
    if found.is_some_and(RegimeMechanism::is_missing) {
        row.missing.extend(done_by(mechanism));
    }
    row
}

/// The rows of one border-crossing flow: one per regime whose law it leaves or whose mechanism
/// it records, else one saying no regime of the rulebook asks for one.
fn rows_of(w: Words, view: &FlowView<'_>, found: Option<&FlowMechanisms>) -> Vec<Row> {
    let mut rows: Vec<Row> = TransferRegime::ALL
        .into_iter()
        .filter_map(|regime| {
            let entry = found.and_then(|found| found.regime(regime));
            (entry.is_some() || leaves(view, regime)).then(|| row_of(w, view, regime, entry))
        })
        .collect();
    if rows.is_empty() {
        rows.push(Row {
            regime: w.regime(match view.source.jurisdiction {
                Jurisdiction::HongKong => "hong-kong",
                _ => "general",
            }),
            required: w.t("report-mech-none"),
            in_place: Vec::new(),
            missing: Vec::new(),
            authority: "—".to_owned(),
            deadline: "—".to_owned(),
        });
    }
    rows
}

/// Safeguards as a list in `language`, or a dash.
fn safeguards(w: Words, language: Language, list: &[Safeguard]) -> String {
    if list.is_empty() {
        return "—".to_owned();
    }
    list.iter()
        .map(|safeguard| vocab::safeguard(language, *safeguard))
        .collect::<Vec<_>>()
        .join(&w.t("report-item-separator"))
}

impl Sections<'_> {
    /// The mechanism table of section 5.
    pub(super) fn mechanism_table(&mut self) {
        let map = self.map;
        let by_flow: HashMap<&FlowId, &FlowMechanisms> = self
            .mechanisms
            .iter()
            .map(|found| (&found.flow, found))
            .collect();
        let w = self.words;
        let language = self.language;
        let numbers: &FlowNumbers = &self.numbers;
        let mut rows = Vec::new();
        for view in map.flows().filter(|view| view.crosses_border()) {
            let route = crate::text::route(
                &w.bracketed(&view.source.name, view.source.jurisdiction.id()),
                &w.bracketed(&view.target.name, view.target.jurisdiction.id()),
            );
            let found = by_flow.get(&view.flow.id).copied();
            for row in rows_of(w, &view, found) {
                rows.push(vec![
                    numbers.label(&view.flow.id),
                    route.clone(),
                    row.regime,
                    row.required,
                    safeguards(w, language, &row.in_place),
                    safeguards(w, language, &row.missing),
                    row.authority,
                    row.deadline,
                ]);
            }
        }
        if rows.is_empty() {
            self.blocks
                .push(Block::Paragraph(w.t("report-q-transfer-no")));
            return;
        }
        self.blocks.push(Block::Table {
            header: [
                "report-flow",
                "report-route",
                "report-regime",
                "report-required",
                "report-in-place",
                "report-missing",
                "report-authority",
                "report-deadline",
            ]
            .map(|key| w.t(key))
            .to_vec(),
            rows,
            widths: vec![0.7, 2.2, 1.3, 2.4, 1.6, 1.5, 1.4, 1.4],
        });
    }
}
