//! The transfer mechanism each border-crossing flow needs under each regime, what is in place
//! and what is missing: one answer for the transfer register, the report and the editor.
//!
//! Legal outcomes stay in the rule packs. What a regime *requires* is read from the findings the
//! rulebook gives the same map with every mechanism safeguard taken away (so a flow whose
//! contract is filed still shows that a contract was required, and under which step of the
//! Mainland decision); what is *missing* is read from the findings of the real evaluation. The
//! findings are recognised by their stable obligation codes (`rules-spec.md` section 3).

use std::collections::BTreeMap;

use crate::model::{Date, FindingId, FlowId, Jurisdiction, Map, Safeguard};
use crate::rules::{Evaluation, Finding, Rulebook, Subject, Wording};

/// A regime that asks a transfer mechanism of a flow leaving its territory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TransferRegime {
    /// Macau PDPA (Law 8/2005) Arts 19-22: data leaving Macau.
    Macau,
    /// PIPL and CAC Order 16: personal information leaving the Mainland.
    Mainland,
}

impl TransferRegime {
    /// Both regimes, in the order registers list them.
    pub const ALL: [TransferRegime; 2] = [TransferRegime::Macau, TransferRegime::Mainland];

    /// A stable id for catalogue keys and files: `macau`, `mainland`.
    pub fn id(self) -> &'static str {
        match self {
            TransferRegime::Macau => "macau",
            TransferRegime::Mainland => "mainland",
        }
    }

    /// The safeguards that are this regime's transfer mechanisms (filings, approvals and the
    /// contracts or certifications the regulator recognises).
    pub fn mechanism_safeguards(self) -> &'static [Safeguard] {
        match self {
            TransferRegime::Macau => &[Safeguard::MacauNotification, Safeguard::MacauAuthorisation],
            TransferRegime::Mainland => &[
                Safeguard::CacAssessment,
                Safeguard::CnStandardContract,
                Safeguard::CnCertification,
                Safeguard::GbaStandardContract,
            ],
        }
    }
}

/// The mechanism a regime requires of a flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mechanism {
    /// Notification of the transfer to the Macau regulator (PDPA Arts 20(1), 21).
    MacauNotification,
    /// Authorisation by the Macau regulator (PDPA Arts 20(2), 22): the flow rests on no ground
    /// that a notification would cover.
    MacauAuthorisation,
    /// CAC security assessment (PIPL Art 40; Order 16 Art 7).
    SecurityAssessment,
    /// Mainland standard contract, filed, or certification (PIPL Art 38; Order 16 Art 8).
    StandardContract,
    /// The GBA standard contract (or another Mainland mechanism).
    GbaStandardContract,
    /// No mechanism: the export is exempt or under the thresholds (the detail says which).
    Exempt,
}

impl Mechanism {
    /// A stable id for catalogue keys: `macau_notification`, `standard_contract`…
    pub fn id(self) -> &'static str {
        match self {
            Mechanism::MacauNotification => "macau_notification",
            Mechanism::MacauAuthorisation => "macau_authorisation",
            Mechanism::SecurityAssessment => "security_assessment",
            Mechanism::StandardContract => "standard_contract",
            Mechanism::GbaStandardContract => "gba_standard_contract",
            Mechanism::Exempt => "exempt",
        }
    }

    /// The regime and mechanism a finding with this obligation code is about.
    fn of_obligation(obligation: &str) -> Option<(TransferRegime, Mechanism)> {
        Some(match obligation {
            "mo-transfer-basis" => (TransferRegime::Macau, Mechanism::MacauAuthorisation),
            "mo-transfer-notification" => (TransferRegime::Macau, Mechanism::MacauNotification),
            "cn-security-assessment" => (TransferRegime::Mainland, Mechanism::SecurityAssessment),
            "cn-standard-contract" => (TransferRegime::Mainland, Mechanism::StandardContract),
            "gba-standard-contract" => (TransferRegime::Mainland, Mechanism::GbaStandardContract),
            "cn-export-exempt" => (TransferRegime::Mainland, Mechanism::Exempt),
            _ => return None,
        })
    }
}

/// Who a mechanism is filed with or granted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Authority {
    /// The Personal Data Protection Bureau (DSPDP), Macau, from 2024-02-01.
    MacauPdpb,
    /// The Office for Personal Data Protection (GPDP), Macau, until 2024-01-31.
    MacauGpdp,
    /// The Cyberspace Administration of China, through the provincial office.
    Cac,
    /// The provincial cyberspace department where the exporter is.
    ProvincialCac,
    /// The Cyberspace Administration of Guangdong Province.
    GuangdongCac,
}

impl Authority {
    /// A stable id for catalogue keys.
    pub fn id(self) -> &'static str {
        match self {
            Authority::MacauPdpb => "macau_pdpb",
            Authority::MacauGpdp => "macau_gpdp",
            Authority::Cac => "cac",
            Authority::ProvincialCac => "provincial_cac",
            Authority::GuangdongCac => "guangdong_cac",
        }
    }
}

/// One regime's answer for one flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegimeMechanism {
    /// The regime.
    pub regime: TransferRegime,
    /// What it requires; `None` when it asks nothing of the flow although a mechanism of the
    /// regime is recorded on it.
    pub required: Option<Mechanism>,
    /// For the Mainland, the step of the mechanism decision that applied (e.g. "Order 16 Art 8:
    /// …", or the article that exempts the flow).
    pub detail: Option<Wording>,
    /// The regime's mechanism safeguards recorded on the flow.
    pub in_place: Vec<Safeguard>,
    /// The findings that fire because the mechanism is missing; empty when it is in place.
    pub missing: Vec<FindingId>,
    /// Who it is filed with or granted by, when something is required.
    pub authority: Option<Authority>,
}

impl RegimeMechanism {
    /// Something is required and nothing satisfying it is in place.
    pub fn is_missing(&self) -> bool {
        !self.missing.is_empty()
    }
}

/// The regimes that ask something of one border-crossing flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowMechanisms {
    /// The flow.
    pub flow: FlowId,
    /// One entry per regime that applies, in [`TransferRegime::ALL`] order; empty when no
    /// regime asks a mechanism (e.g. Hong Kong to Singapore).
    pub regimes: Vec<RegimeMechanism>,
}

impl FlowMechanisms {
    /// The answer of one regime, if it applies.
    pub fn regime(&self, regime: TransferRegime) -> Option<&RegimeMechanism> {
        self.regimes.iter().find(|entry| entry.regime == regime)
    }
}

/// The mechanisms of every border-crossing flow of `map`, by flow id. `evaluation` is the map's
/// evaluation by `rulebook`; the map is evaluated once more, on the same day, without its
/// mechanism safeguards, to learn what each regime requires.
pub fn transfer_mechanisms(
    map: &Map,
    evaluation: &Evaluation,
    rulebook: &Rulebook,
) -> Vec<FlowMechanisms> {
    let stripped = rulebook.evaluate(&without_mechanisms(map), evaluation.as_of);
    let required = mechanism_findings(&stripped);
    let missing = mechanism_findings(evaluation);
    map.flows()
        .filter(|view| view.crosses_border())
        .map(|view| {
            let flow = view.flow;
            let regimes = TransferRegime::ALL
                .into_iter()
                .filter_map(|regime| {
                    let asked = required.get(&(&flow.id, regime));
                    let in_place: Vec<Safeguard> = regime
                        .mechanism_safeguards()
                        .iter()
                        .copied()
                        .filter(|safeguard| flow.safeguards.contains(safeguard))
                        .collect();
                    if asked.is_none() && in_place.is_empty() {
                        return None;
                    }
                    let first = asked.and_then(|found| found.first());
                    let required = first.map(|(mechanism, _)| *mechanism);
                    Some(RegimeMechanism {
                        regime,
                        required,
                        detail: first.and_then(|(_, finding)| finding.detail.clone()),
                        in_place,
                        missing: missing
                            .get(&(&flow.id, regime))
                            .into_iter()
                            .flatten()
                            .filter(|(mechanism, _)| *mechanism != Mechanism::Exempt)
                            .map(|(_, finding)| finding.id.clone())
                            .collect(),
                        authority: required.and_then(|mechanism| {
                            authority(mechanism, &view.source.jurisdiction, evaluation.as_of)
                        }),
                    })
                })
                .collect();
            FlowMechanisms {
                flow: flow.id.clone(),
                regimes,
            }
        })
        .collect()
}

/// The day the Personal Data Protection Bureau replaced the Office for Personal Data Protection.
const PDPB_FROM: (u16, u8, u8) = (2024, 2, 1);

/// Who a mechanism is filed with, for an exporter in `source` on `as_of`.
fn authority(mechanism: Mechanism, source: &Jurisdiction, as_of: Date) -> Option<Authority> {
    match mechanism {
        Mechanism::MacauNotification | Mechanism::MacauAuthorisation => {
            Some(if (as_of.year(), as_of.month(), as_of.day()) < PDPB_FROM {
                Authority::MacauGpdp
            } else {
                Authority::MacauPdpb
            })
        }
        Mechanism::SecurityAssessment => Some(Authority::Cac),
        // Standard contracts are filed where the exporter is; every GBA city is in Guangdong.
        Mechanism::StandardContract if *source == Jurisdiction::MainlandGba => {
            Some(Authority::GuangdongCac)
        }
        Mechanism::StandardContract => Some(Authority::ProvincialCac),
        Mechanism::GbaStandardContract => Some(Authority::GuangdongCac),
        Mechanism::Exempt => None,
    }
}

/// `map` with every regime's mechanism safeguards taken off its flows.
fn without_mechanisms(map: &Map) -> Map {
    let mut stripped = map.clone();
    let flows: Vec<_> = map
        .flows()
        .filter(|view| {
            TransferRegime::ALL.iter().any(|regime| {
                regime
                    .mechanism_safeguards()
                    .iter()
                    .any(|safeguard| view.flow.safeguards.contains(safeguard))
            })
        })
        .map(|view| view.flow.clone())
        .collect();
    for mut flow in flows {
        for regime in TransferRegime::ALL {
            for safeguard in regime.mechanism_safeguards() {
                flow.safeguards.remove(safeguard);
            }
        }
        // The flow exists and only its safeguards changed, so the map accepts it.
        let _ = stripped.replace_flow(flow);
    }
    stripped
}

type ByFlow<'a> = BTreeMap<(&'a FlowId, TransferRegime), Vec<(Mechanism, &'a Finding)>>;

/// The findings of `evaluation` that are about a transfer mechanism, by flow and regime.
fn mechanism_findings(evaluation: &Evaluation) -> ByFlow<'_> {
    let mut found: ByFlow<'_> = BTreeMap::new();
    for finding in &evaluation.findings {
        if let Subject::Flow(flow) = &finding.subject
            && let Some((regime, mechanism)) = Mechanism::of_obligation(finding.obligation())
        {
            found
                .entry((flow, regime))
                .or_default()
                .push((mechanism, finding));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flow, LegalBasis, MapMeta, Site, SiteId, SiteKind};

    fn day() -> Date {
        "2026-11-22".parse().unwrap()
    }

    fn map_with(from: Jurisdiction, to: Jurisdiction, edit: impl Fn(&mut Flow)) -> Map {
        let mut map = Map::new(MapMeta::default());
        let a = SiteId::new("a").unwrap();
        let b = SiteId::new("b").unwrap();
        map.add_site(Site::new(a.clone(), "A", SiteKind::Office, from))
            .unwrap();
        map.add_site(Site::new(b.clone(), "B", SiteKind::Party, to))
            .unwrap();
        let mut flow = Flow::new(FlowId::new("f").unwrap(), a, b);
        edit(&mut flow);
        map.add_flow(flow).unwrap();
        map
    }

    fn mechanisms_of(map: &Map) -> FlowMechanisms {
        let book = Rulebook::builtin().unwrap();
        let evaluation = book.evaluate(map, day());
        let mut all = transfer_mechanisms(map, &evaluation, &book);
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn a_macau_export_on_a_ground_needs_a_notification_until_it_is_filed() {
        let consented = |flow: &mut Flow| flow.legal_basis = LegalBasis::ExplicitConsent;
        let open = mechanisms_of(&map_with(
            Jurisdiction::Macau,
            Jurisdiction::Mainland,
            consented,
        ));
        let macau = open.regime(TransferRegime::Macau).unwrap();
        assert_eq!(macau.required, Some(Mechanism::MacauNotification));
        assert!(macau.in_place.is_empty());
        assert_eq!(macau.missing.len(), 1);
        assert!(macau.missing[0].as_str().starts_with("MO-02@"));
        assert_eq!(macau.authority, Some(Authority::MacauPdpb));
        assert!(open.regime(TransferRegime::Mainland).is_none());

        let filed = mechanisms_of(&map_with(
            Jurisdiction::Macau,
            Jurisdiction::Mainland,
            |f| {
                consented(f);
                f.safeguards.insert(Safeguard::MacauNotification);
            },
        ));
        let macau = filed.regime(TransferRegime::Macau).unwrap();
        // Still shown as required, now in place and no longer missing.
        assert_eq!(macau.required, Some(Mechanism::MacauNotification));
        assert_eq!(macau.in_place, [Safeguard::MacauNotification]);
        assert!(!macau.is_missing());
    }

    #[test]
    fn a_macau_export_without_a_ground_needs_an_authorisation_from_the_regulator_of_the_day() {
        let map = map_with(Jurisdiction::Macau, Jurisdiction::HongKong, |_| {});
        let book = Rulebook::builtin().unwrap();
        let before = "2023-06-01".parse().unwrap();
        let evaluation = book.evaluate(&map, before);
        let found = transfer_mechanisms(&map, &evaluation, &book);
        let macau = found[0].regime(TransferRegime::Macau).unwrap();
        assert_eq!(macau.required, Some(Mechanism::MacauAuthorisation));
        assert_eq!(macau.authority, Some(Authority::MacauGpdp));
        assert!(macau.missing[0].as_str().starts_with("MO-01@"));
    }

    #[test]
    fn a_mainland_export_shows_the_decision_step_and_the_contract_in_place() {
        let sensitive = |flow: &mut Flow| {
            flow.legal_basis = LegalBasis::Consent;
            flow.subjects_per_year = Some(50);
            flow.data_classes.insert(crate::model::DataClass::Health);
        };
        let open = mechanisms_of(&map_with(
            Jurisdiction::Mainland,
            "SG".parse::<Jurisdiction>().unwrap(),
            sensitive,
        ));
        let mainland = open.regime(TransferRegime::Mainland).unwrap();
        assert_eq!(mainland.required, Some(Mechanism::StandardContract));
        assert!(
            mainland
                .detail
                .as_ref()
                .unwrap()
                .text(crate::model::Language::English)
                .contains("Art 8")
        );
        assert_eq!(mainland.authority, Some(Authority::ProvincialCac));
        assert!(mainland.is_missing());

        let certified = mechanisms_of(&map_with(
            Jurisdiction::MainlandGba,
            "SG".parse::<Jurisdiction>().unwrap(),
            |flow| {
                sensitive(flow);
                flow.safeguards.insert(Safeguard::CnCertification);
            },
        ));
        let mainland = certified.regime(TransferRegime::Mainland).unwrap();
        assert_eq!(mainland.required, Some(Mechanism::StandardContract));
        assert_eq!(mainland.in_place, [Safeguard::CnCertification]);
        assert_eq!(mainland.authority, Some(Authority::GuangdongCac));
        assert!(!mainland.is_missing());
    }

    #[test]
    fn an_exempt_export_needs_nothing_and_misses_nothing() {
        let found = mechanisms_of(&map_with(
            Jurisdiction::Mainland,
            Jurisdiction::Macau,
            |flow| flow.legal_basis = LegalBasis::HrManagement,
        ));
        let mainland = found.regime(TransferRegime::Mainland).unwrap();
        assert_eq!(mainland.required, Some(Mechanism::Exempt));
        assert!(
            mainland
                .detail
                .as_ref()
                .unwrap()
                .text(crate::model::Language::English)
                .contains("Art 5(2)")
        );
        assert!(!mainland.is_missing());
        assert_eq!(mainland.authority, None);
    }

    #[test]
    fn flows_inside_one_territory_and_regimes_that_ask_nothing_are_left_out() {
        let book = Rulebook::builtin().unwrap();
        let inside = map_with(Jurisdiction::MainlandGba, Jurisdiction::Mainland, |_| {});
        let evaluation = book.evaluate(&inside, day());
        assert!(transfer_mechanisms(&inside, &evaluation, &book).is_empty());
        let hong_kong = mechanisms_of(&map_with(
            Jurisdiction::HongKong,
            "SG".parse::<Jurisdiction>().unwrap(),
            |_| {},
        ));
        assert!(hong_kong.regimes.is_empty());
    }
}
