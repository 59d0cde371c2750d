//! Section 5's mechanism table: one row per border-crossing flow and regime, saying which
//! transfer mechanism the regime requires, what is in place, what is missing, which authority it
//! goes to and by when. Satisfied and exempt rows are listed too: a flow that rests on consent
//! and a filed notification shows as such, not as nothing.
//!
//! The requirement is read from the rulebook's findings by their stable obligation codes (the
//! Mainland mechanism decision, the GBA route, the Macau transfer rules) and from the flow's
//! legal basis and safeguards; the rulebook stays the only place that decides.

use super::Block;
use super::cells::FlowNumbers;
use super::sections::{Sections, risks_by_flow};
use super::text::Words;
use super::vocab;
use crate::model::{FlowView, Jurisdiction, Language, LegalBasis, Safeguard};
use crate::rules::Finding;

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

/// The safeguards of `wanted` the flow has, and those it lacks.
fn split(view: &FlowView<'_>, wanted: &[Safeguard]) -> (Vec<Safeguard>, Vec<Safeguard>) {
    wanted
        .iter()
        .partition(|safeguard| view.flow.safeguards.contains(safeguard))
}

/// The Macau row of a flow leaving Macau (PDPA Arts 20-21). Whether it has an Art 20(1) ground
/// is the rulebook's decision: the transfer-basis finding fires when it has none.
fn macau(w: Words, view: &FlowView<'_>, findings: &[&Finding]) -> Row {
    let flow = view.flow;
    let no_ground = findings
        .iter()
        .any(|finding| finding.obligation() == "mo-transfer-basis");
    let consent = flow.legal_basis == LegalBasis::ExplicitConsent
        || flow.safeguards.contains(&Safeguard::ExplicitConsent);
    let authorised = flow.safeguards.contains(&Safeguard::MacauAuthorisation);
    let (required, wanted, deadline) = if authorised || no_ground {
        (
            "report-mech-mo-authorisation",
            vec![Safeguard::MacauAuthorisation],
            "report-deadline-before",
        )
    } else if consent {
        (
            "report-mech-mo-consent",
            vec![Safeguard::ExplicitConsent, Safeguard::MacauNotification],
            "report-deadline-8-days",
        )
    } else {
        (
            "report-mech-mo-necessity",
            vec![Safeguard::MacauNotification],
            "report-deadline-8-days",
        )
    };
    let (in_place, missing) = split(view, &wanted);
    Row {
        regime: w.regime("macau"),
        required: w.t(required),
        in_place,
        missing,
        authority: w.t("report-authority-pdpb"),
        deadline: w.t(deadline),
    }
}

/// The Mainland row of a Mainland export: the mechanism decision's finding if one fired, else
/// the mechanism the flow already has.
fn mainland_row(w: Words, view: &FlowView<'_>, findings: &[&Finding]) -> Row {
    let fired = |obligation: &str| {
        findings
            .iter()
            .find(|finding| finding.obligation() == obligation)
    };
    let row = |required: String, wanted: &[Safeguard], authority: &str, deadline: &str| {
        let (in_place, missing) = split(view, wanted);
        Row {
            regime: w.regime("mainland"),
            required,
            in_place,
            missing,
            authority: w.t(authority),
            deadline: w.t(deadline),
        }
    };
    if let Some(exempt) = fired("cn-export-exempt") {
        let article = exempt
            .detail_in(w.language)
            .unwrap_or(exempt.citation_in(w.language));
        return Row {
            regime: w.regime("mainland"),
            required: w.with("report-mech-exempt", &[("article", article.into())]),
            in_place: Vec::new(),
            missing: Vec::new(),
            authority: "—".to_owned(),
            deadline: "—".to_owned(),
        };
    }
    let assessment = (
        w.t("report-mech-cn-assessment"),
        [Safeguard::CacAssessment].as_slice(),
        "report-authority-cac",
        "report-deadline-before",
    );
    let contract = (
        w.t("report-mech-cn-contract"),
        [Safeguard::CnStandardContract, Safeguard::CnCertification].as_slice(),
        "report-authority-provincial",
        "report-deadline-10-days",
    );
    let gba = (
        w.t("report-mech-gba-contract"),
        [Safeguard::GbaStandardContract].as_slice(),
        "report-authority-gba",
        "report-deadline-unconfirmed",
    );
    let has = |safeguard| view.flow.safeguards.contains(&safeguard);
    let (required, wanted, authority, deadline) =
        if fired("cn-security-assessment").is_some() || has(Safeguard::CacAssessment) {
            assessment
        } else if fired("gba-standard-contract").is_some() || has(Safeguard::GbaStandardContract) {
            gba
        } else if fired("cn-standard-contract").is_some()
            || has(Safeguard::CnStandardContract)
            || has(Safeguard::CnCertification)
        {
            contract
        } else {
            return Row {
                regime: w.regime("mainland"),
                required: w.t("report-nothing-asked"),
                in_place: Vec::new(),
                missing: Vec::new(),
                authority: "—".to_owned(),
                deadline: "—".to_owned(),
            };
        };
    let mut row = row(required, wanted, authority, deadline);
    // Either a standard contract or certification will do: one in place is enough.
    if !row.in_place.is_empty() {
        row.missing.clear();
    } else if wanted.len() > 1 {
        row.missing.truncate(1);
    }
    row
}

/// The rows of one border-crossing flow: one per regime whose law it leaves.
fn rows_of(w: Words, view: &FlowView<'_>, findings: &[&Finding]) -> Vec<Row> {
    let mut rows = Vec::new();
    if view.source.jurisdiction == Jurisdiction::Macau {
        rows.push(macau(w, view, findings));
    }
    if mainland(&view.source.jurisdiction) && !mainland(&view.target.jurisdiction) {
        rows.push(mainland_row(w, view, findings));
    }
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
        let risks_of = risks_by_flow(&self.register);
        let findings_of = |view: &FlowView<'_>| -> Vec<&Finding> {
            risks_of
                .get(&view.flow.id)
                .into_iter()
                .flatten()
                .map(|risk| &risk.finding)
                .collect()
        };
        let w = self.words;
        let language = self.language;
        let numbers: &FlowNumbers = &self.numbers;
        let mut rows = Vec::new();
        for view in map.flows().filter(|view| view.crosses_border()) {
            let route = format!(
                "{} ({}) → {} ({})",
                view.source.name,
                view.source.jurisdiction.id(),
                view.target.name,
                view.target.jurisdiction.id()
            );
            for row in rows_of(w, &view, &findings_of(&view)) {
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
