//! The rulebook against the specification (`domain/rules-spec.md`): every rule fires where it
//! should and is stopped by its safeguard or fact; every branch of the Mainland mechanism
//! decision; aggregation; dates; the samples; user packs; malformed packs.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use borderflow::model::{
    Access, DataClass, Date, Flag, Flow, FlowId, Jurisdiction, Language, LegalBasis, Map,
    RecipientRole, Safeguard, Site, SiteId, SiteKind,
};
use borderflow::rules::{Evaluation, Rulebook, Subject};

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

const TODAY: &str = "2026-11-22";

/// A flow being described for a test: ends, tags and counts.
#[derive(Clone)]
struct Spec {
    id: &'static str,
    from: Jurisdiction,
    to: Jurisdiction,
    from_kind: SiteKind,
    to_kind: SiteKind,
    classes: Vec<DataClass>,
    safeguards: Vec<Safeguard>,
    flags: Vec<Flag>,
    basis: LegalBasis,
    role: Option<RecipientRole>,
    access: Access,
    subjects: Option<u64>,
    sensitive: Option<u64>,
    retention_days: Option<u32>,
}

fn flow(from: Jurisdiction, to: Jurisdiction) -> Spec {
    Spec {
        id: "f",
        from,
        to,
        from_kind: SiteKind::Office,
        to_kind: SiteKind::Saas,
        classes: vec![DataClass::Contact],
        safeguards: vec![],
        flags: vec![],
        basis: LegalBasis::None,
        role: None,
        access: Access::Transfer,
        subjects: Some(10),
        sensitive: None,
        retention_days: Some(365),
    }
}

impl Spec {
    fn id(mut self, id: &'static str) -> Self {
        self.id = id;
        self
    }
    fn classes(mut self, classes: &[DataClass]) -> Self {
        self.classes = classes.to_vec();
        self
    }
    fn with(mut self, safeguards: &[Safeguard]) -> Self {
        self.safeguards.extend_from_slice(safeguards);
        self
    }
    fn flags(mut self, flags: &[Flag]) -> Self {
        self.flags = flags.to_vec();
        self
    }
    fn basis(mut self, basis: LegalBasis) -> Self {
        self.basis = basis;
        self
    }
    fn role(mut self, role: RecipientRole) -> Self {
        self.role = Some(role);
        self
    }
    fn subjects(mut self, subjects: u64) -> Self {
        self.subjects = Some(subjects);
        self
    }
    fn sensitive(mut self, sensitive: u64) -> Self {
        self.sensitive = Some(sensitive);
        self
    }
    fn kinds(mut self, from: SiteKind, to: SiteKind) -> Self {
        self.from_kind = from;
        self.to_kind = to;
        self
    }
}

/// A map with a source and a target site for each flow.
fn map_of(specs: &[Spec]) -> Map {
    let mut map = Map::default();
    for spec in specs {
        let from = SiteId::new(format!("{}-from", spec.id)).unwrap();
        let to = SiteId::new(format!("{}-to", spec.id)).unwrap();
        map.add_site(Site::new(from.clone(), "source", spec.from_kind, spec.from))
            .unwrap();
        map.add_site(Site::new(to.clone(), "target", spec.to_kind, spec.to))
            .unwrap();
        let mut flow = Flow::new(FlowId::new(spec.id).unwrap(), from, to);
        flow.data_classes = spec.classes.iter().copied().collect();
        flow.safeguards = spec.safeguards.iter().copied().collect();
        flow.flags = spec.flags.iter().copied().collect();
        flow.legal_basis = spec.basis;
        flow.recipient_role = spec.role;
        flow.access = spec.access;
        flow.subjects_per_year = spec.subjects;
        flow.sensitive_subjects_per_year = spec.sensitive;
        flow.retention_days = spec.retention_days;
        map.add_flow(flow).unwrap();
    }
    map
}

fn evaluate_on(specs: &[Spec], as_of: &str) -> Evaluation {
    Rulebook::builtin()
        .unwrap()
        .evaluate(&map_of(specs), day(as_of))
}

/// The rule ids that fire on flow `f` of a one-flow map.
fn rules_on(spec: Spec) -> BTreeSet<String> {
    rules_on_at(spec, TODAY)
}

fn rules_on_at(spec: Spec, as_of: &str) -> BTreeSet<String> {
    let id = spec.id;
    evaluate_on(&[spec], as_of)
        .findings
        .iter()
        .filter(|finding| finding.subject == Subject::Flow(FlowId::new(id).unwrap()))
        .map(|finding| finding.rule().to_string())
        .collect()
}

fn fires(rule: &str, spec: Spec) {
    let rules = rules_on(spec);
    assert!(rules.contains(rule), "{rule} should fire; fired: {rules:?}");
}

fn silent(rule: &str, spec: Spec) {
    let rules = rules_on(spec);
    assert!(
        !rules.contains(rule),
        "{rule} should not fire; fired: {rules:?}"
    );
}

use Jurisdiction::{HongKong as HK, Macau as MO, Mainland as CN, MainlandGba as GBA};

// ---- Macau -------------------------------------------------------------------------------

#[test]
fn mo01_transfer_basis() {
    fires("MO-01", flow(MO, CN));
    fires("MO-01", flow(MO, HK));
    silent("MO-01", flow(MO, MO));
    silent("MO-01", flow(MO, CN).with(&[Safeguard::ExplicitConsent]));
    silent("MO-01", flow(MO, CN).basis(LegalBasis::ExplicitConsent));
    silent("MO-01", flow(MO, CN).basis(LegalBasis::Contract));
    silent("MO-01", flow(MO, CN).with(&[Safeguard::MacauAuthorisation]));
    // Plain consent is not explicit consent.
    fires("MO-01", flow(MO, CN).basis(LegalBasis::Consent));
    // Remote access from outside Macau to data held in Macau is an export too.
    let mut viewed = flow(MO, CN);
    viewed.access = Access::RemoteAccess;
    fires("MO-01", viewed);
}

#[test]
fn mo02_transfer_notification() {
    fires("MO-02", flow(MO, CN).basis(LegalBasis::ExplicitConsent));
    fires("MO-02", flow(MO, CN).basis(LegalBasis::PublicInterest));
    silent(
        "MO-02",
        flow(MO, CN)
            .basis(LegalBasis::ExplicitConsent)
            .with(&[Safeguard::MacauNotification]),
    );
    silent(
        "MO-02",
        flow(MO, CN)
            .basis(LegalBasis::Contract)
            .with(&[Safeguard::MacauAuthorisation]),
    );
    // With no ground at all, MO-01 fires instead.
    silent("MO-02", flow(MO, CN));
}

#[test]
fn mo03_processing_notification() {
    fires("MO-03", flow(MO, MO).flags(&[Flag::Automated]));
    silent(
        "MO-03",
        flow(MO, MO)
            .flags(&[Flag::Automated])
            .with(&[Safeguard::MacauNotification]),
    );
    // Edition 2026-12: a platform at either end makes the processing automated, so the
    // "no flag" case needs two offices.
    silent(
        "MO-03",
        flow(MO, MO).kinds(SiteKind::Office, SiteKind::Office),
    );
    silent("MO-03", flow(HK, MO).flags(&[Flag::Automated]));
}

#[test]
fn mo04_sensitive_authorisation() {
    fires("MO-04", flow(MO, MO).classes(&[DataClass::Health]));
    fires("MO-04", flow(MO, CN).classes(&[DataClass::PoliticalUnion]));
    silent(
        "MO-04",
        flow(MO, MO)
            .classes(&[DataClass::Health])
            .with(&[Safeguard::MacauAuthorisation]),
    );
    // Biometric data is PIPL-sensitive but not Macau Art 7 sensitive.
    silent("MO-04", flow(MO, MO).classes(&[DataClass::Biometric]));
}

#[test]
fn mo05_prior_authorisation() {
    fires("MO-05", flow(MO, MO).classes(&[DataClass::CreditSolvency]));
    fires("MO-05", flow(MO, MO).flags(&[Flag::Combination]));
    fires("MO-05", flow(MO, MO).flags(&[Flag::PurposeChange]));
    silent(
        "MO-05",
        flow(MO, MO)
            .flags(&[Flag::Combination])
            .with(&[Safeguard::MacauAuthorisation]),
    );
    silent("MO-05", flow(MO, MO));
}

#[test]
fn mo06_offence_data_needs_an_authorisation() {
    fires("MO-06", flow(MO, MO).classes(&[DataClass::Offence]));
    // Edition 2026-12: Art 8(2) with Art 22, an authorisation clears it.
    silent(
        "MO-06",
        flow(MO, MO)
            .classes(&[DataClass::Offence])
            .with(&[Safeguard::MacauAuthorisation]),
    );
    // The fact that stops it: the data is not held in Macau.
    silent("MO-06", flow(HK, MO).classes(&[DataClass::Offence]));
}

#[test]
fn mo07_processor_contract() {
    fires("MO-07", flow(MO, CN).role(RecipientRole::Processor));
    silent(
        "MO-07",
        flow(MO, CN)
            .role(RecipientRole::Processor)
            .with(&[Safeguard::ProcessorContract]),
    );
    silent("MO-07", flow(MO, CN).role(RecipientRole::Controller));
}

#[test]
fn mo08_information_notice() {
    fires("MO-08", flow(MO, MO));
    silent("MO-08", flow(MO, MO).with(&[Safeguard::NoticeGiven]));
    fires("MO-08", flow(MO, CN).with(&[Safeguard::NoticeGiven]));
    silent(
        "MO-08",
        flow(MO, CN).with(&[Safeguard::NoticeGiven, Safeguard::NoticeNamesRecipient]),
    );
}

#[test]
fn mo09_security_measures() {
    fires("MO-09", flow(MO, CN));
    fires(
        "MO-09",
        flow(MO, CN).with(&[Safeguard::EncryptionInTransit]),
    );
    fires("MO-09", flow(MO, MO).classes(&[DataClass::Health]));
    silent(
        "MO-09",
        flow(MO, CN).with(&[Safeguard::EncryptionInTransit, Safeguard::AccessControl]),
    );
    silent("MO-09", flow(MO, MO));
}

#[test]
fn the_macau_regulator_is_named_for_the_day() {
    let spec = flow(MO, MO).flags(&[Flag::Automated]);
    let title = |as_of| {
        evaluate_on(std::slice::from_ref(&spec), as_of)
            .findings
            .iter()
            .find(|f| f.rule() == "MO-03")
            .map(|f| f.title().to_string())
            .unwrap()
    };
    assert!(title("2024-01-31").ends_with("the GPDP"));
    assert!(title("2024-02-01").ends_with("the PDPB"));
}

#[test]
fn nothing_fires_before_the_pdpa() {
    assert!(
        rules_on_at(flow(MO, CN), "2005-12-31")
            .iter()
            .all(|rule| !rule.starts_with("MO-"))
    );
}

// ---- Mainland mechanism --------------------------------------------------------------------

fn detail_of(rule: &str, spec: Spec) -> String {
    evaluate_on(&[spec], TODAY)
        .findings
        .iter()
        .find(|f| f.rule() == rule)
        .and_then(|f| f.detail_in(Language::English).map(str::to_owned))
        .unwrap_or_else(|| panic!("{rule} did not fire"))
}

#[test]
fn mechanism_step1_important_data_needs_assessment() {
    let spec = flow(CN, MO).flags(&[Flag::ImportantData]);
    fires("CN-01", spec.clone());
    assert!(detail_of("CN-01", spec.clone()).contains("Art 7(1)"));
    silent("CN-01", spec.clone().with(&[Safeguard::CacAssessment]));
    // Important data needs the assessment even when the flow is otherwise exempt.
    fires("CN-01", spec.clone().basis(LegalBasis::HrManagement));
    // And it is not GBA-eligible, so the GBA contract does not help.
    let gba = flow(GBA, MO)
        .flags(&[Flag::ImportantData])
        .with(&[Safeguard::GbaStandardContract]);
    fires("CN-01", gba);
}

#[test]
fn mechanism_step1_a_ciio_needs_assessment_unless_exempt() {
    fires("CN-01", flow(CN, HK).flags(&[Flag::Ciio]));
    let exempt = flow(CN, HK)
        .flags(&[Flag::Ciio])
        .basis(LegalBasis::Contract);
    silent("CN-01", exempt.clone());
    fires("CN-04", exempt);
}

#[test]
fn mechanism_step2_exemptions_say_which_article() {
    let originated = flow(CN, MO).flags(&[Flag::OriginatedOutsideCn]);
    assert!(detail_of("CN-04", originated.clone()).starts_with("Order 16 Art 4"));
    let mixed = originated.flags(&[Flag::OriginatedOutsideCn, Flag::MixedWithCnData]);
    // Mixed data is not exempt under Art 4: 10 people, nothing sensitive, falls to Art 5(4).
    assert!(detail_of("CN-04", mixed).starts_with("Order 16 Art 5(4)"));
    let contract = flow(CN, MO)
        .basis(LegalBasis::Contract)
        .classes(&[DataClass::Health]);
    assert!(detail_of("CN-04", contract).starts_with("Order 16 Art 5(1)"));
    let hr = flow(CN, MO)
        .basis(LegalBasis::HrManagement)
        .classes(&[DataClass::Biometric]);
    assert!(detail_of("CN-04", hr).starts_with("Order 16 Art 5(2)"));
}

#[test]
fn mechanism_step3_volume_needs_assessment() {
    fires("CN-01", flow(CN, HK).subjects(1_000_000));
    fires(
        "CN-01",
        flow(CN, HK).classes(&[DataClass::Health]).subjects(10_000),
    );
    silent("CN-01", flow(CN, HK).subjects(999_999));
    assert!(detail_of("CN-01", flow(CN, HK).subjects(1_000_000)).contains("Art 7(2)"));
}

#[test]
fn mechanism_step4_volume_needs_contract() {
    let spec = flow(CN, HK).subjects(100_000);
    fires("CN-03", spec.clone());
    silent("CN-01", spec.clone());
    for safeguard in [
        Safeguard::CnStandardContract,
        Safeguard::CnCertification,
        Safeguard::CacAssessment,
    ] {
        silent("CN-03", spec.clone().with(&[safeguard]));
    }
    // One sensitive person is enough.
    fires(
        "CN-03",
        flow(CN, HK).classes(&[DataClass::Location]).subjects(5),
    );
    // An explicit sensitive count overrides "everyone counts as sensitive".
    fires(
        "CN-03",
        flow(CN, HK)
            .classes(&[DataClass::Location])
            .subjects(5)
            .sensitive(1),
    );
}

#[test]
fn mechanism_step5_small_exports_are_exempt() {
    let spec = flow(CN, HK).subjects(99_999);
    silent("CN-03", spec.clone());
    assert!(detail_of("CN-04", spec).starts_with("Order 16 Art 5(4)"));
}

#[test]
fn aggregation_adds_flows_that_are_each_under_the_threshold() {
    let first = flow(CN, HK)
        .id("a")
        .classes(&[DataClass::Health])
        .subjects(6_000);
    let second = flow(CN, MO)
        .id("b")
        .classes(&[DataClass::Biometric])
        .subjects(6_000);
    for spec in [&first, &second] {
        // Alone, 6,000 sensitive people need a contract.
        let alone = rules_on(spec.clone());
        assert!(
            alone.contains("CN-03") && !alone.contains("CN-01"),
            "{alone:?}"
        );
    }
    // Together, 12,000 sensitive people need an assessment, on both flows.
    let both = evaluate_on(&[first, second], TODAY);
    let assessed: Vec<&str> = both
        .findings
        .iter()
        .filter(|f| f.rule() == "CN-01")
        .map(|f| f.subject.id())
        .collect();
    assert_eq!(assessed, ["a", "b"]);
    assert_eq!(both.mainland_exports.sensitive_subjects, 12_000);
    assert_eq!(both.mainland_exports.flows, 2);
}

#[test]
fn exempt_flows_are_left_out_of_the_totals() {
    let counted = flow(CN, HK).id("a").subjects(60_000);
    let exempt = flow(CN, HK)
        .id("b")
        .subjects(60_000)
        .basis(LegalBasis::Contract);
    let evaluation = evaluate_on(&[counted.clone(), exempt], TODAY);
    assert_eq!(evaluation.mainland_exports.non_sensitive_subjects, 60_000);
    let with_other = evaluate_on(&[counted, flow(CN, HK).id("c").subjects(60_000)], TODAY);
    assert_eq!(with_other.mainland_exports.non_sensitive_subjects, 120_000);
    assert!(with_other.findings.iter().any(|f| f.rule() == "CN-03"));
}

#[test]
fn domestic_mainland_flows_are_not_exports() {
    let rules = rules_on(flow(GBA, CN).subjects(2_000_000));
    assert!(
        !rules.contains("CN-01") && !rules.contains("CN-04"),
        "{rules:?}"
    );
}

#[test]
fn a_gba_flow_needing_a_contract_is_covered_by_the_gba_contract() {
    let spec = flow(GBA, MO)
        .classes(&[DataClass::IdentityDocument])
        .subjects(500);
    fires("GBA-01", spec.clone());
    silent("CN-03", spec.clone());
    let covered = rules_on(spec.clone().with(&[Safeguard::GbaStandardContract]));
    assert!(
        !covered.contains("GBA-01") && !covered.contains("CN-03"),
        "{covered:?}"
    );
    silent(
        "GBA-01",
        spec.clone().with(&[Safeguard::CnStandardContract]),
    );
    // Before the GBA contract existed, the same flow needed the CAC contract.
    let earlier = rules_on_at(spec, "2024-09-09");
    assert!(
        earlier.contains("CN-03") && !earlier.contains("GBA-01"),
        "{earlier:?}"
    );
}

#[test]
fn a_gba_flow_needing_an_assessment_is_covered_by_the_gba_contract() {
    let spec = flow(GBA, MO).subjects(1_200_000);
    fires("CN-01", spec.clone());
    silent(
        "CN-01",
        spec.clone().with(&[Safeguard::GbaStandardContract]),
    );
    // The rest of the Mainland is not a party to either GBA contract.
    fires(
        "CN-01",
        flow(CN, HK)
            .subjects(1_200_000)
            .with(&[Safeguard::GbaStandardContract]),
    );
    // Edition 2026-12: GBA ⇄ Hong Kong has its own GBA contract, with no volume cap.
    silent(
        "CN-01",
        flow(GBA, HK)
            .subjects(1_200_000)
            .with(&[Safeguard::GbaStandardContract]),
    );
}

#[test]
fn before_order_16_the_2022_thresholds_apply_without_exemptions() {
    let as_of = "2023-06-01";
    // 150,000 people reached the 2022 assessment threshold of 100,000.
    assert!(rules_on_at(flow(CN, HK).subjects(150_000), as_of).contains("CN-01"));
    // Any other export needed a contract: no de minimis, no HR exemption.
    let small = rules_on_at(
        flow(CN, HK).subjects(10).basis(LegalBasis::HrManagement),
        as_of,
    );
    assert!(
        small.contains("CN-03") && !small.contains("CN-04"),
        "{small:?}"
    );
    let evaluation = evaluate_on(&[flow(CN, HK)], as_of);
    assert_eq!(
        evaluation
            .mechanism
            .as_ref()
            .map(|m| m.text(Language::English)),
        Some("CAC Order 11 (2022)")
    );
    // The day before Order 11, no mechanism was decided.
    let before = evaluate_on(&[flow(CN, HK).subjects(150_000)], "2022-08-31");
    assert_eq!(before.mechanism, None);
    assert!(
        before
            .findings
            .iter()
            .all(|f| f.rule() != "CN-01" && f.rule() != "CN-03")
    );
    // Order 16 takes over on 2024-03-22.
    assert!(rules_on_at(flow(CN, HK).subjects(150_000), "2024-03-21").contains("CN-01"));
    assert!(!rules_on_at(flow(CN, HK).subjects(150_000), "2024-03-22").contains("CN-01"));
}

// ---- Mainland rules ------------------------------------------------------------------------

#[test]
fn cn06_separate_consent() {
    fires("CN-06", flow(CN, MO).basis(LegalBasis::Consent));
    fires("CN-06", flow(CN, MO).basis(LegalBasis::ExplicitConsent));
    silent(
        "CN-06",
        flow(CN, MO)
            .basis(LegalBasis::Consent)
            .with(&[Safeguard::SeparateConsent]),
    );
    silent("CN-06", flow(CN, CN).basis(LegalBasis::Consent));
}

#[test]
fn cn07_sensitive_consent() {
    fires("CN-07", flow(GBA, CN).classes(&[DataClass::Biometric]));
    silent(
        "CN-07",
        flow(GBA, CN)
            .classes(&[DataClass::Biometric])
            .with(&[Safeguard::SeparateConsent]),
    );
    let child = flow(CN, CN)
        .classes(&[DataClass::MinorUnder14])
        .with(&[Safeguard::SeparateConsent]);
    fires("CN-07", child.clone());
    silent("CN-07", child.with(&[Safeguard::GuardianConsent]));
    silent("CN-07", flow(MO, CN).classes(&[DataClass::Biometric]));
}

#[test]
fn cn08_pia() {
    fires("CN-08", flow(CN, MO));
    fires("CN-08", flow(CN, CN).classes(&[DataClass::Health]));
    fires("CN-08", flow(CN, CN).role(RecipientRole::Processor));
    fires("CN-08", flow(CN, CN).flags(&[Flag::AutomatedDecision]));
    silent("CN-08", flow(CN, MO).with(&[Safeguard::PiaDone]));
    silent("CN-08", flow(CN, CN));
}

#[test]
fn cn09_entrustment_contract() {
    fires("CN-09", flow(GBA, CN).role(RecipientRole::Processor));
    silent(
        "CN-09",
        flow(GBA, CN)
            .role(RecipientRole::Processor)
            .with(&[Safeguard::ProcessorContract]),
    );
    silent("CN-09", flow(MO, CN).role(RecipientRole::Processor));
}

#[test]
fn cn10_remote_access_is_an_export() {
    let mut viewed = flow(CN, MO);
    viewed.access = Access::RemoteAccess;
    fires("CN-10", viewed);
    silent("CN-10", flow(CN, MO));
    let mut inside = flow(GBA, CN);
    inside.access = Access::RemoteAccess;
    silent("CN-10", inside);
}

fn site_rules(specs: &[Spec], rule: &str) -> Vec<String> {
    evaluate_on(specs, TODAY)
        .findings
        .iter()
        .filter(|f| f.rule() == rule)
        .map(|f| f.id.to_string())
        .collect()
}

#[test]
fn cn11_mainland_hosted_platforms() {
    assert_eq!(site_rules(&[flow(MO, CN)], "CN-11"), ["CN-11@f-to"]);
    assert!(site_rules(&[flow(MO, CN).with(&[Safeguard::AuditLog])], "CN-11").is_empty());
    assert!(
        site_rules(&[flow(CN, MO)], "CN-11").is_empty(),
        "a Macau office is not Mainland-hosted"
    );
    assert!(
        site_rules(
            &[flow(MO, CN).kinds(SiteKind::Office, SiteKind::Office)],
            "CN-11"
        )
        .is_empty()
    );
}

#[test]
fn cn13_mainland_residents_collected_from_outside() {
    let direct = flow(CN, MO)
        .kinds(SiteKind::People, SiteKind::Office)
        .role(RecipientRole::Controller);
    assert_eq!(
        site_rules(std::slice::from_ref(&direct), "CN-13"),
        ["CN-13@f-from"]
    );
    let processor = flow(CN, MO)
        .kinds(SiteKind::People, SiteKind::Office)
        .role(RecipientRole::Processor);
    assert!(site_rules(&[processor], "CN-13").is_empty());
}

// ---- GBA, Hong Kong and general --------------------------------------------------------------

#[test]
fn gba04_open_question_on_macau_art_20() {
    // Edition 2027-01 gives GBA-02 to onward transfers; the open question keeps its code.
    let spec = flow(MO, GBA).with(&[Safeguard::GbaStandardContract]);
    fires("GBA-04", spec.clone());
    silent("GBA-04", spec.with(&[Safeguard::MacauNotification]));
    silent("GBA-04", flow(MO, GBA));
    silent(
        "GBA-02",
        flow(MO, GBA).with(&[Safeguard::GbaStandardContract]),
    );
}

#[test]
fn hk01_processor_contract() {
    fires("HK-01", flow(HK, HK).role(RecipientRole::Processor));
    silent(
        "HK-01",
        flow(HK, HK)
            .role(RecipientRole::Processor)
            .with(&[Safeguard::ProcessorContract]),
    );
    silent(
        "HK-01",
        flow(MO, HK)
            .role(RecipientRole::Processor)
            .with(&[Safeguard::ProcessorContract]),
    );
}

#[test]
fn gen01_retention() {
    let mut unknown = flow(HK, HK);
    unknown.retention_days = None;
    fires("GEN-01", unknown);
    silent("GEN-01", flow(HK, HK));
}

#[test]
fn gen02_biometric_attendance() {
    let spec = flow(MO, CN).classes(&[DataClass::Biometric, DataClass::Attendance]);
    fires("GEN-02", spec.clone());
    silent("GEN-02", spec.with(&[Safeguard::BiometricAlternative]));
    silent("GEN-02", flow(MO, CN).classes(&[DataClass::Biometric]));
}

#[test]
fn gen03_workplace_monitoring_has_no_safeguard() {
    let spec = flow(MO, CN)
        .classes(&[DataClass::ChatContent])
        .flags(&[Flag::Monitoring]);
    fires("GEN-03", spec.clone().with(Safeguard::ALL));
    silent("GEN-03", flow(MO, CN).classes(&[DataClass::ChatContent]));
}

#[test]
fn gen04_breach_plan_is_a_map_finding() {
    let crossing = flow(MO, CN).id("a");
    assert_eq!(
        site_rules(std::slice::from_ref(&crossing), "GEN-04"),
        ["GEN-04@map"]
    );
    let covered = crossing.with(&[Safeguard::BreachPlan]);
    assert!(site_rules(&[covered.clone(), flow(MO, MO).id("b")], "GEN-04").is_empty());
    assert_eq!(
        site_rules(&[covered, flow(HK, CN).id("c")], "GEN-04"),
        ["GEN-04@map"]
    );
}

#[test]
fn finding_ids_and_order_are_stable() {
    let evaluation = evaluate_on(&[flow(MO, CN).id("b"), flow(MO, CN).id("a")], TODAY);
    let ids: Vec<&str> = evaluation.findings.iter().map(|f| f.id.as_str()).collect();
    assert!(ids.first().unwrap().ends_with("@a"), "{ids:?}");
    assert_eq!(ids.last(), Some(&"GEN-04@map"));
    let again = evaluate_on(&[flow(MO, CN).id("a"), flow(MO, CN).id("b")], TODAY);
    assert_eq!(evaluation.findings, again.findings);
}

#[test]
fn every_rule_is_covered_by_a_test_here() {
    // Keeps this file honest when a pack gains a rule.
    let source = include_str!("rules.rs");
    for rule in Rulebook::builtin().unwrap().rules() {
        let name = rule.id.to_lowercase().replace('-', "");
        let quoted = format!("\"{}\"", rule.id);
        assert!(
            source.contains(&format!("fn {name}")) || source.matches(&quoted).count() >= 3,
            "no test for {}",
            rule.id
        );
    }
}

// ---- Edition 2027-01 (the fixtures' cases are in tests/edition_2027.rs) -----------------------

#[test]
fn cn15_sensitive_data_on_a_non_consent_ground() {
    let hr = flow(GBA, CN)
        .classes(&[DataClass::Health])
        .basis(LegalBasis::HrManagement);
    fires("CN-15", hr.clone());
    silent("CN-07", hr.clone());
    silent(
        "CN-15",
        hr.clone()
            .with(&[Safeguard::NoticeGiven])
            .with(&[Safeguard::PiaDone]),
    );
    fires("CN-15", hr.clone().with(&[Safeguard::NoticeGiven]));
    silent("CN-15", hr.basis(LegalBasis::Consent));
    silent("CN-15", flow(GBA, CN).basis(LegalBasis::Contract));
}

#[test]
fn cn16_faces_leave_the_device_only_with_separate_consent() {
    let faces = flow(GBA, CN)
        .classes(&[DataClass::Face])
        .basis(LegalBasis::Contract);
    let (before, after) = on_days(&faces, "2025-05-31", "2025-06-01");
    assert!(
        !before.contains("CN-16") && after.contains("CN-16"),
        "{after:?}"
    );
    silent("CN-16", faces.clone().with(&[Safeguard::SeparateConsent]));
    // Faces in a map written before edition 2027-01 are `biometric`: not read by CN-16.
    silent("CN-16", faces.classes(&[DataClass::Biometric]));
    silent("CN-16", flow(MO, CN).classes(&[DataClass::Face]));
}

#[test]
fn cn17_the_face_filing_at_100000_persons() {
    let faces = flow(GBA, CN)
        .classes(&[DataClass::Face])
        .role(RecipientRole::Processor)
        .subjects(100_000);
    let (before, after) = on_days(&faces, "2025-05-31", "2025-06-01");
    assert!(
        !before.contains("CN-17") && after.contains("CN-17"),
        "{after:?}"
    );
    silent("CN-17", faces.clone().subjects(99_999));
    // The sensitive count stands for the faces when recorded.
    silent("CN-17", faces.clone().sensitive(99_999));
    silent("CN-17", faces.with(&[Safeguard::FaceFiling]));
}

#[test]
fn mo10_hosting_outside_macau_on_a_contract() {
    let hosted = flow(MO, CN)
        .kinds(SiteKind::Office, SiteKind::Datacentre)
        .basis(LegalBasis::Contract);
    fires("MO-10", hosted.clone());
    fires(
        "MO-10",
        hosted.clone().basis(LegalBasis::ContractThirdParty),
    );
    silent("MO-10", hosted.clone().with(&[Safeguard::ExplicitConsent]));
    silent(
        "MO-10",
        hosted.clone().with(&[Safeguard::MacauAuthorisation]),
    );
    silent("MO-10", hosted.clone().basis(LegalBasis::VitalInterest));
    silent("MO-10", hosted.kinds(SiteKind::Office, SiteKind::Office));
}

#[test]
fn mo11_processing_in_macau_of_data_from_elsewhere() {
    let inbound = flow(CN, MO).kinds(SiteKind::Saas, SiteKind::Office);
    fires("MO-11", inbound.clone());
    fires(
        "MO-11",
        flow(HK, MO).kinds(SiteKind::Office, SiteKind::System),
    );
    silent("MO-11", inbound.clone().role(RecipientRole::Processor));
    silent(
        "MO-11",
        inbound.clone().with(&[Safeguard::MacauNotification]),
    );
    // Not automated: two offices and no flag.
    silent(
        "MO-11",
        flow(CN, MO).kinds(SiteKind::Office, SiteKind::Office),
    );
    silent(
        "MO-11",
        flow(MO, MO).kinds(SiteKind::Saas, SiteKind::Office),
    );
}

#[test]
fn mo09_end_to_end_encryption_is_encryption_in_transit() {
    let export = flow(MO, CN).with(&[Safeguard::AccessControl]);
    fires("MO-09", export.clone());
    silent("MO-09", export.clone().with(&[Safeguard::E2ee]));
    silent("MO-09", export.with(&[Safeguard::EncryptionInTransit]));
    fires("MO-09", flow(MO, CN).with(&[Safeguard::E2ee]));
}

#[test]
fn gba02_onward_transfer_out_of_the_contract_area() {
    // Zhuhai → Macau under the contract, then Macau → elsewhere; sites shared by id.
    let mut map = map_of(&[flow(GBA, MO).id("in")]);
    let recipient = SiteId::new("in-to").unwrap();
    let mut inbound = map.flow(&FlowId::new("in").unwrap()).unwrap().flow.clone();
    inbound.safeguards.insert(Safeguard::GbaStandardContract);
    inbound.legal_basis = LegalBasis::Consent;
    map.replace_flow(inbound).unwrap();
    for (id, place) in [("sg", "SG"), ("hk", "HK"), ("zh", "CN-GBA")] {
        let site = SiteId::new(format!("{id}-site")).unwrap();
        let jurisdiction: Jurisdiction = place.parse().unwrap();
        map.add_site(Site::new(site.clone(), id, SiteKind::Party, jurisdiction))
            .unwrap();
        let mut onward = Flow::new(FlowId::new(id).unwrap(), recipient.clone(), site);
        onward.data_classes = [DataClass::Contact].into_iter().collect();
        map.add_flow(onward).unwrap();
    }
    let fired: BTreeSet<String> = Rulebook::builtin()
        .unwrap()
        .evaluate(&map, day(TODAY))
        .findings
        .iter()
        .filter(|f| f.rule() == "GBA-02")
        .map(|f| f.id.to_string())
        .collect();
    // Hong Kong is outside the Macau contract's area (a conservative reading).
    assert_eq!(fired, ["GBA-02@hk", "GBA-02@sg"].map(String::from).into());
}

// ---- Edition 2026-12 -------------------------------------------------------------------------

/// The rules on flow `f` of a one-flow map on each of two days.
fn on_days(spec: &Spec, before: &str, after: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    (
        rules_on_at(spec.clone(), before),
        rules_on_at(spec.clone(), after),
    )
}

fn detail_at(rule: &str, spec: Spec, as_of: &str) -> String {
    evaluate_on(&[spec], as_of)
        .findings
        .iter()
        .find(|f| f.rule() == rule)
        .and_then(|f| f.detail_in(Language::English).map(str::to_owned))
        .unwrap_or_else(|| panic!("{rule} did not fire on {as_of}"))
}

#[test]
fn mo03_platforms_and_systems_are_automated_processing() {
    for (from, to) in [
        (SiteKind::Office, SiteKind::Saas),
        (SiteKind::System, SiteKind::Office),
        (SiteKind::Office, SiteKind::Datacentre),
    ] {
        fires("MO-03", flow(MO, MO).kinds(from, to));
        silent(
            "MO-03",
            flow(MO, MO)
                .kinds(from, to)
                .with(&[Safeguard::MacauNotification]),
        );
    }
    silent(
        "MO-03",
        flow(MO, MO).kinds(SiteKind::Office, SiteKind::Party),
    );
    // In force with the PDPA.
    let (before, after) = on_days(&flow(MO, MO), "2006-02-18", "2006-02-19");
    assert!(!before.contains("MO-03") && after.contains("MO-03"));
}

#[test]
fn mo04_the_vital_interest_route_needs_a_notification_not_an_authorisation() {
    let health = flow(MO, MO).classes(&[DataClass::Health]);
    silent(
        "MO-04",
        health
            .clone()
            .basis(LegalBasis::VitalInterest)
            .with(&[Safeguard::MacauNotification]),
    );
    // The notification alone, on another basis, is not enough; nor the basis alone.
    fires(
        "MO-04",
        health.clone().with(&[Safeguard::MacauNotification]),
    );
    fires("MO-04", health.clone().basis(LegalBasis::VitalInterest));
    let (before, after) = on_days(&health, "2006-02-18", "2006-02-19");
    assert!(!before.contains("MO-04") && after.contains("MO-04"));
}

#[test]
fn mo06_dates() {
    let offence = flow(MO, MO).classes(&[DataClass::Offence]);
    let (before, after) = on_days(&offence, "2006-02-18", "2006-02-19");
    assert!(!before.contains("MO-06") && after.contains("MO-06"));
}

#[test]
fn cn05_legal_basis() {
    for basis in [
        LegalBasis::LegitimateInterest,
        LegalBasis::ContractThirdParty,
        LegalBasis::None,
    ] {
        fires("CN-05", flow(CN, CN).basis(basis));
        fires("CN-05", flow(GBA, MO).basis(basis));
    }
    for basis in [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::HrManagement,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterest,
    ] {
        silent("CN-05", flow(CN, HK).basis(basis));
    }
    // Only data held in the Mainland.
    silent("CN-05", flow(MO, CN).basis(LegalBasis::LegitimateInterest));
    let spec = flow(CN, CN).basis(LegalBasis::LegitimateInterest);
    let (before, after) = on_days(&spec, "2021-10-31", "2021-11-01");
    assert!(!before.contains("CN-05") && after.contains("CN-05"));
}

#[test]
fn cn12_provision_to_handler() {
    let to_handler = flow(CN, CN)
        .basis(LegalBasis::Contract)
        .role(RecipientRole::Controller);
    fires("CN-12", to_handler.clone());
    fires(
        "CN-12",
        to_handler.clone().role(RecipientRole::JointController),
    );
    silent(
        "CN-12",
        to_handler.clone().with(&[Safeguard::NoticeNamesRecipient]),
    );
    // On consent, the notice is not enough without separate consent.
    let on_consent = to_handler
        .clone()
        .basis(LegalBasis::Consent)
        .with(&[Safeguard::NoticeNamesRecipient]);
    fires("CN-12", on_consent.clone());
    silent("CN-12", on_consent.with(&[Safeguard::SeparateConsent]));
    // A processor is not another handler; data held outside the Mainland is not concerned.
    silent("CN-12", to_handler.clone().role(RecipientRole::Processor));
    silent(
        "CN-12",
        flow(HK, CN)
            .basis(LegalBasis::Contract)
            .role(RecipientRole::Controller),
    );
    let (before, after) = on_days(&to_handler, "2021-10-31", "2021-11-01");
    assert!(!before.contains("CN-12") && after.contains("CN-12"));
}

#[test]
fn cn14_recipient_agreement() {
    let to_handler = flow(GBA, CN)
        .basis(LegalBasis::Contract)
        .role(RecipientRole::JointController);
    fires("CN-14", to_handler.clone());
    silent(
        "CN-14",
        to_handler.clone().with(&[Safeguard::SharingAgreement]),
    );
    silent("CN-14", to_handler.clone().role(RecipientRole::Processor));
    // The Network Data Security Management Regulations apply from 2025-01-01.
    let (before, after) = on_days(&to_handler, "2024-12-31", "2025-01-01");
    assert!(!before.contains("CN-14") && after.contains("CN-14"));
}

#[test]
fn cn08_covers_joint_controllers() {
    let joint = flow(CN, CN)
        .basis(LegalBasis::Contract)
        .role(RecipientRole::JointController);
    fires("CN-08", joint.clone());
    silent("CN-08", joint.with(&[Safeguard::PiaDone]));
}

#[test]
fn an_emergency_export_is_exempt_under_art_5_3_and_not_counted() {
    let emergency = flow(CN, HK)
        .basis(LegalBasis::VitalInterest)
        .classes(&[DataClass::Health])
        .subjects(20_000);
    let rules = rules_on(emergency.clone());
    assert!(
        rules.contains("CN-04") && !rules.contains("CN-01") && !rules.contains("CN-03"),
        "{rules:?}"
    );
    assert!(detail_of("CN-04", emergency.clone()).starts_with("Order 16 Art 5(3)"));
    // A CIIO's emergency export is exempt too.
    fires("CN-04", emergency.clone().flags(&[Flag::Ciio]));
    // Its 20,000 people do not push a small export over the threshold.
    let small = flow(CN, MO).id("small").subjects(50);
    let evaluation = evaluate_on(&[emergency.clone().id("big"), small], TODAY);
    assert_eq!(evaluation.mainland_exports.sensitive_subjects, 0);
    assert_eq!(evaluation.mainland_exports.non_sensitive_subjects, 50);
    assert!(
        evaluation.findings.iter().any(|f| f.id == "CN-04@small"
            && f.detail_in(Language::English).unwrap().contains("Art 5(4)"))
    );
    // Under Order 11 there was no such exemption.
    let (before, after) = on_days(&emergency, "2024-03-21", "2024-03-22");
    assert!(
        before.contains("CN-01") && !before.contains("CN-04"),
        "{before:?}"
    );
    assert!(after.contains("CN-04") && !after.contains("CN-01"));
}

#[test]
fn a_legal_duty_export_is_exempt_from_2025() {
    let duty = flow(CN, HK)
        .basis(LegalBasis::LegalObligation)
        .classes(&[DataClass::Health])
        .subjects(20);
    let (before, after) = on_days(&duty, "2024-12-31", "2025-01-01");
    assert!(
        before.contains("CN-03") && !before.contains("CN-04"),
        "{before:?}"
    );
    assert!(
        after.contains("CN-04") && !after.contains("CN-03"),
        "{after:?}"
    );
    assert!(
        detail_at("CN-04", duty.clone(), "2025-01-01")
            .starts_with("Network Data Security Management Regulations Art 35(6)")
    );
    // Left out of the totals from that day: the other flow's 9,000 stay under 10,000.
    let other = flow(CN, MO)
        .id("other")
        .classes(&[DataClass::Health])
        .subjects(9_000);
    let big_duty = duty.id("duty").subjects(5_000);
    let totals = |as_of| {
        evaluate_on(&[big_duty.clone(), other.clone()], as_of)
            .mainland_exports
            .sensitive_subjects
    };
    assert_eq!(totals("2024-12-31"), 14_000);
    assert_eq!(totals("2025-01-01"), 9_000);
}

#[test]
fn an_identity_number_alone_is_not_sensitive_from_november_2025() {
    let passports = flow(CN, HK)
        .basis(LegalBasis::Contract)
        .classes(&[DataClass::IdentityNumber])
        .subjects(20_000)
        .basis(LegalBasis::Consent)
        .with(&[Safeguard::SeparateConsent]);
    let (before, after) = on_days(&passports, "2025-10-31", "2025-11-01");
    assert!(before.contains("CN-01"), "{before:?}");
    assert!(
        !after.contains("CN-01") && !after.contains("CN-07") && !after.contains("CN-03"),
        "{after:?}"
    );
    let no_consent = flow(CN, CN).classes(&[DataClass::IdentityNumber]);
    let (before, after) = on_days(&no_consent, "2025-10-31", "2025-11-01");
    assert!(before.contains("CN-07") && !after.contains("CN-07"));
    // Copies of the documents stay sensitive, and old maps keep that class.
    let copies = passports.classes(&[DataClass::IdentityDocument]);
    let (before, after) = on_days(&copies, "2025-10-31", "2025-11-01");
    assert!(before.contains("CN-01") && after.contains("CN-01"));
    let book = Rulebook::builtin().unwrap();
    assert!(
        book.sensitivity(day("2025-10-31"))
            .pipl(DataClass::IdentityNumber)
    );
    assert!(
        !book
            .sensitivity(day("2025-11-01"))
            .pipl(DataClass::IdentityNumber)
    );
    assert!(
        book.sensitivity(day("2025-11-01"))
            .pipl(DataClass::IdentityDocument)
    );
}

#[test]
fn sensitivity_comes_from_the_packs_with_dates() {
    let book = Rulebook::builtin().unwrap();
    let today = book.sensitivity(day(TODAY));
    assert_eq!(today.marks(DataClass::Health), "MP");
    assert_eq!(today.marks(DataClass::PrivateLife), "M");
    assert_eq!(today.marks(DataClass::Biometric), "P");
    assert_eq!(today.marks(DataClass::Payroll), "");
    // Before the PIPL, nothing was PIPL-sensitive; before the PDPA, nothing Macau-sensitive.
    assert_eq!(
        book.sensitivity(day("2021-10-31")).marks(DataClass::Health),
        "M"
    );
    assert_eq!(
        book.sensitivity(day("2006-02-18")).marks(DataClass::Health),
        ""
    );
    // An empty rulebook declares nothing sensitive: the code holds no table of its own.
    let empty = Rulebook::empty().sensitivity(day(TODAY));
    assert!(
        DataClass::ALL
            .iter()
            .all(|class| empty.marks(*class).is_empty())
    );
    // Every declaration carries a citation and a verification level.
    for rule in book.sensitivity_rules() {
        assert!(
            !rule.citation.text(Language::English).is_empty()
                && !rule.verification.as_str().is_empty()
        );
    }
    // The evaluation carries the day's reading for legends.
    let evaluation = evaluate_on(&[flow(CN, HK)], "2025-10-31");
    assert_eq!(evaluation.sensitivity.marks(DataClass::IdentityNumber), "P");
}

#[test]
fn gba03_the_hong_kong_gba_contract_from_december_2023() {
    let spec = flow(GBA, HK)
        .classes(&[DataClass::Health])
        .basis(LegalBasis::Consent)
        .with(&[Safeguard::SeparateConsent])
        .subjects(50);
    // Edition 2027-01: until 2024-10-31 only for the pilot sectors, here the map's healthcare.
    let mut map = map_of(std::slice::from_ref(&spec));
    map.meta.sector = Some(borderflow::model::Sector::Healthcare);
    let on = |as_of: &str| -> BTreeSet<String> {
        Rulebook::builtin()
            .unwrap()
            .evaluate(&map, day(as_of))
            .findings
            .iter()
            .map(|f| f.rule().to_owned())
            .collect()
    };
    let (before, after) = (on("2023-12-12"), on("2023-12-13"));
    assert!(
        before.contains("CN-03") && !before.contains("GBA-03"),
        "{before:?}"
    );
    assert!(
        after.contains("GBA-03") && !after.contains("CN-03"),
        "{after:?}"
    );
    // Without a sector the contract opens to the flow only on 2024-11-01.
    let (pilot, every) = on_days(&spec, "2024-10-31", "2024-11-01");
    assert!(
        pilot.contains("CN-03") && !pilot.contains("GBA-03"),
        "{pilot:?}"
    );
    assert!(
        every.contains("GBA-03") && !every.contains("CN-03"),
        "{every:?}"
    );
    // A filed GBA (Mainland, Hong Kong) contract satisfies it: no CAC contract is asked for.
    let filed = rules_on(spec.clone().with(&[Safeguard::GbaStandardContract]));
    assert!(
        !filed.contains("GBA-03") && !filed.contains("CN-03"),
        "{filed:?}"
    );
    // Hong Kong to the GBA is not a Mainland export; the rest of the Mainland is not eligible.
    silent("GBA-03", flow(HK, GBA).classes(&[DataClass::Health]));
    let shanghai = rules_on(flow(CN, HK).classes(&[DataClass::Health]));
    assert!(shanghai.contains("CN-03") && !shanghai.contains("GBA-03"));
    // Important data is never GBA-eligible.
    silent("GBA-03", spec.clone().flags(&[Flag::ImportantData]));
    // The Macau contract keeps its own rule.
    let macau = rules_on(flow(GBA, MO).classes(&[DataClass::Health]));
    assert!(macau.contains("GBA-01") && !macau.contains("GBA-03"));
}

#[test]
fn under_order_11_the_100000_threshold_counts_sensitive_people_too() {
    let spec = flow(CN, HK)
        .classes(&[DataClass::Health])
        .subjects(100_000)
        .sensitive(5_000);
    assert!(rules_on_at(spec.clone(), "2023-06-01").contains("CN-01"));
    assert!(rules_on_at(spec.clone(), "2024-03-21").contains("CN-01"));
    // Order 16 counts 95,000 non-sensitive and 5,000 sensitive people: a contract.
    let after = rules_on_at(spec.clone(), "2024-03-22");
    assert!(
        after.contains("CN-03") && !after.contains("CN-01"),
        "{after:?}"
    );
    // 99,999 people in all stay under it.
    let under = rules_on_at(spec.subjects(99_999), "2023-06-01");
    assert!(
        under.contains("CN-03") && !under.contains("CN-01"),
        "{under:?}"
    );
}

/// Two Mainland exports of 6,000 sensitive people each, from sites of the given entities.
fn two_exporters(first: &str, second: &str) -> Evaluation {
    let specs = [
        flow(CN, HK)
            .id("a")
            .classes(&[DataClass::Health])
            .subjects(6_000),
        flow(GBA, MO)
            .id("b")
            .classes(&[DataClass::Health])
            .subjects(6_000),
    ];
    let mut map = map_of(&specs);
    map.meta.organisation = "Pearl Delta Group".into();
    for (site, entity) in [("a-from", first), ("b-from", second)] {
        let mut site = map.site(&SiteId::new(site).unwrap()).unwrap().clone();
        site.entity = entity.into();
        map.replace_site(site).unwrap();
    }
    Rulebook::builtin().unwrap().evaluate(&map, day(TODAY))
}

#[test]
fn mainland_totals_are_counted_per_exporting_entity() {
    let separate = two_exporters("Pearl Delta Shenzhen Co.", "Pearl Delta Hengqin Co.");
    let rules: BTreeSet<&str> = separate.findings.iter().map(|f| f.rule()).collect();
    assert!(!rules.contains("CN-01"), "{rules:?}");
    let entities: Vec<(&str, u64)> = separate
        .mainland_exports_by_entity
        .iter()
        .map(|e| (e.entity.as_str(), e.totals.sensitive_subjects))
        .collect();
    assert_eq!(
        entities,
        [
            ("Pearl Delta Hengqin Co.", 6_000),
            ("Pearl Delta Shenzhen Co.", 6_000)
        ]
    );
    // One entity (named on one site, the map's organisation by default on the other).
    let together = two_exporters("Pearl Delta Group", "");
    let fired: Vec<&str> = together
        .findings
        .iter()
        .filter(|f| f.rule() == "CN-01")
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(fired, ["CN-01@a", "CN-01@b"]);
    assert_eq!(together.mainland_exports_by_entity.len(), 1);
    assert_eq!(
        together.mainland_exports_by_entity[0]
            .totals
            .sensitive_subjects,
        12_000
    );
}

#[test]
fn reasons_name_the_facts_that_fired_and_what_was_missing() {
    let evaluation = evaluate_on(&[flow(MO, CN)], TODAY);
    let finding = evaluation
        .findings
        .iter()
        .find(|f| f.rule() == "MO-01")
        .unwrap();
    let reasons = finding.reasons().join(" | ");
    assert!(
        reasons.contains("source source is in Macau SAR (MO)"),
        "{reasons}"
    );
    assert!(reasons.contains("an export out of Macau"), "{reasons}");
    // The pack's internal fact names stay in the pack.
    assert!(!reasons.contains("mo_export"), "{reasons}");
    assert!(reasons.contains("legal basis: Not recorded"), "{reasons}");
    assert!(
        reasons.contains("none of: explicit consent")
            && reasons.contains("Macau authorisation granted"),
        "{reasons}"
    );
    // No reason repeats what another already says (MO-09 states the source and mo_export).
    for finding in &evaluation.findings {
        let reasons = finding.reasons();
        for (i, reason) in reasons.iter().enumerate() {
            for (j, other) in reasons.iter().enumerate() {
                assert!(
                    i == j || !other.contains(reason.as_str()),
                    "{}: {reason:?} repeats in {other:?}",
                    finding.id
                );
            }
        }
    }
    // A missing safeguard is named from the rule's own data.
    let mo07 = evaluate_on(&[flow(MO, CN).role(RecipientRole::Processor)], TODAY);
    let reasons = mo07
        .findings
        .iter()
        .find(|f| f.rule() == "MO-07")
        .unwrap()
        .reasons();
    assert!(
        reasons
            .iter()
            .any(|r| r == "missing safeguard: Processor contract"),
        "{reasons:?}"
    );
}

#[test]
fn an_exempt_finding_names_its_article_and_the_totals_it_was_judged_by() {
    let mut spec = flow(CN, MO)
        .basis(LegalBasis::HrManagement)
        .classes(&[DataClass::Health])
        .subjects(300);
    spec.id = "hr";
    let small = flow(CN, HK).id("small").subjects(40);
    let evaluation = evaluate_on(&[spec, small], TODAY);
    let reasons_of = |id: &str| {
        evaluation
            .findings
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("{id} in {:?}", evaluation.findings))
            .reasons()
            .join(" | ")
    };
    let hr = reasons_of("CN-04@hr");
    assert!(hr.contains("Order 16 Art 5(2)"), "{hr}");
    assert!(hr.contains("the map's organisation"), "{hr}");
    let small = reasons_of("CN-04@small");
    assert!(small.contains("Order 16 Art 5(4)"), "{small}");
    assert!(
        small.contains("0 people with sensitive and 40 with other personal information"),
        "{small}"
    );
}

#[test]
fn sensitivity_follows_the_spec_table_from_now_on() {
    let book = Rulebook::builtin().unwrap();
    let sensitivity = book.sensitivity("9999-12-31".parse().unwrap());
    let macau = DataClass::ALL
        .iter()
        .filter(|c| sensitivity.macau(**c))
        .count();
    let pipl = DataClass::ALL
        .iter()
        .filter(|c| sensitivity.pipl(**c))
        .count();
    assert_eq!((macau, pipl), (7, 9));
    assert!(sensitivity.pipl(DataClass::Face) && !sensitivity.macau(DataClass::Face));
    assert!(sensitivity.macau(DataClass::Health) && sensitivity.pipl(DataClass::Health));
    assert!(!sensitivity.macau(DataClass::Biometric) && sensitivity.pipl(DataClass::Biometric));
    assert!(sensitivity.macau(DataClass::PrivateLife) && !sensitivity.pipl(DataClass::PrivateLife));
}
