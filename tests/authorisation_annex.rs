//! Annex B: a request for the Macau PDPB's authorisation for every flow whose findings ask for
//! one (a transfer on no Art 20(1) ground, sensitive data, credit data, an interconnection, a
//! change of purpose, offence data), the kinds sought derived from the findings, one request per
//! purpose.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::model::{
    DataClass, Flag, Flow, FlowId, Jurisdiction, Language, LegalBasis, Map, MapMeta, Safeguard,
    Site, SiteId, SiteKind,
};
use borderflow::report::{self, Annex};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::day;

/// A Macau clinic: health records to its laboratory (two flows, one purpose), a billing flow
/// that combines credit data, background checks of new staff, a backup to Hong Kong with no
/// Art 20(1) ground, and a health flow the bureau has already authorised.
fn clinic() -> Map {
    let mut map = Map::new(MapMeta {
        title: "Clinic".into(),
        organisation: "Lotus Clinic".into(),
        ..MapMeta::default()
    });
    let site = |id: &str, name: &str, kind: SiteKind, place: Jurisdiction| {
        Site::new(SiteId::new(id).unwrap(), name, kind, place)
    };
    map.add_site(site(
        "clinic",
        "Clinic",
        SiteKind::Office,
        Jurisdiction::Macau,
    ))
    .unwrap();
    map.add_site(site(
        "lab",
        "Laboratory",
        SiteKind::Party,
        Jurisdiction::Macau,
    ))
    .unwrap();
    map.add_site(site(
        "cloud",
        "Backup cloud",
        SiteKind::Saas,
        "HK".parse().unwrap(),
    ))
    .unwrap();
    let mut add =
        |id: &str, to: &str, purpose: &str, class: DataClass, edit: &dyn Fn(&mut Flow)| {
            let mut flow = Flow::new(
                FlowId::new(id).unwrap(),
                SiteId::new("clinic").unwrap(),
                SiteId::new(to).unwrap(),
            );
            flow.purpose = purpose.into();
            flow.legal_basis = LegalBasis::Consent;
            flow.data_classes.insert(class);
            edit(&mut flow);
            map.add_flow(flow).unwrap();
        };
    add(
        "blood-tests",
        "lab",
        "Laboratory tests",
        DataClass::Health,
        &|_| {},
    );
    add(
        "scans",
        "lab",
        "Laboratory tests",
        DataClass::Health,
        &|_| {},
    );
    add(
        "billing",
        "lab",
        "Billing",
        DataClass::CreditSolvency,
        &|flow| {
            flow.flags.insert(Flag::Combination);
        },
    );
    add(
        "vetting",
        "lab",
        "Staff vetting",
        DataClass::Offence,
        &|_| {},
    );
    add(
        "backup",
        "cloud",
        "Backup",
        DataClass::FinancialAccount,
        &|flow| {
            flow.legal_basis = LegalBasis::LegitimateInterest;
        },
    );
    add(
        "authorised",
        "lab",
        "Second opinions",
        DataClass::Health,
        &|flow| {
            flow.safeguards.insert(Safeguard::MacauAuthorisation);
        },
    );
    map
}

fn annex_b(map: &Map, language: Language) -> String {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    report::to_markdown(
        &report::build_annex(
            &Evaluated::new(map, &evaluation, &rulebook).in_language(language),
            Annex::Authorisation,
        ),
        "d.svg",
    )
}

/// The forms of an annex: each sub-heading with the lines under it.
fn forms(text: &str) -> Vec<(String, String)> {
    let mut forms: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(title) = line.strip_prefix("### ") {
            forms.push((title.to_owned(), String::new()));
        } else if let Some((_, body)) = forms.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    forms
}

/// The content cell of the form's row whose label starts with `label`.
fn row<'t>(body: &'t str, label: &str) -> Option<&'t str> {
    body.lines()
        .find(|line| line.starts_with(&format!("| {label}")))
        .and_then(|line| line.split(" | ").nth(1))
}

#[test]
fn every_flow_whose_findings_ask_for_an_authorisation_gets_a_request_per_purpose() {
    let map = clinic();
    let text = annex_b(&map, Language::English);
    let forms = forms(&text);
    let titles: Vec<&str> = forms.iter().map(|(title, _)| title.as_str()).collect();
    // One request per purpose, the authorised flow's purpose left out.
    assert_eq!(forms.len(), 4, "{titles:?}");
    let form = |purpose: &str| {
        &forms
            .iter()
            .find(|(title, _)| title.contains(purpose))
            .unwrap_or_else(|| panic!("no form for {purpose}: {titles:?}"))
            .1
    };
    assert!(!titles.iter().any(|title| title.contains("Second opinions")));

    let tests = form("Laboratory tests");
    let sought = row(tests, "Authorisation sought").unwrap();
    assert!(
        sought.contains("sensitive data (Art 7(2)) (F1, F2)"),
        "{sought}"
    );
    assert!(!sought.contains("outside Macau"), "{sought}");
    // No transfer, so no question about Art 20(1); the sensitive data and its ground instead.
    assert!(row(tests, "Why Art 20(1)").is_none());
    let special = row(tests, "Sensitive or offence data").unwrap();
    assert!(special.contains("Health"), "{special}");
    assert!(special.contains("ground: Consent"), "{special}");

    let billing = row(form("Billing"), "Authorisation sought").unwrap();
    assert!(billing.contains("credit and solvency data"), "{billing}");
    assert!(billing.contains("Interconnection of data"), "{billing}");
    assert!(row(form("Billing"), "The interconnection, the new purpose").is_some());

    let vetting = row(form("Staff vetting"), "Authorisation sought").unwrap();
    assert!(vetting.contains("offences (Art 8(2))"), "{vetting}");

    let backup = form("Backup");
    let sought = row(backup, "Authorisation sought").unwrap();
    assert!(sought.contains("outside Macau"), "{sought}");
    assert!(row(backup, "Why Art 20(1)").is_some());
    assert!(row(backup, "Recipient: legal name").is_some());
}

#[test]
fn a_flow_whose_findings_ask_for_no_authorisation_has_no_request() {
    let mut map = clinic();
    for id in ["blood-tests", "scans", "billing", "vetting", "backup"] {
        let mut flow = map.flow(&FlowId::new(id).unwrap()).unwrap().flow.clone();
        flow.safeguards.insert(Safeguard::MacauAuthorisation);
        map.replace_flow(flow).unwrap();
    }
    let text = annex_b(&map, Language::English);
    assert!(forms(&text).is_empty(), "{text}");
    assert!(text.contains("No flow on the map needs the PDPB's authorisation."));
}

#[test]
fn the_kinds_sought_are_in_the_request_s_language() {
    let map = clinic();
    let chinese = annex_b(&map, Language::TraditionalChinese);
    for kind in [
        "處理敏感資料",
        "處理信用和償付能力資料",
        "資料互聯",
        "涉嫌不法活動或違法行為的資料",
    ] {
        assert!(chinese.contains(kind), "{kind}");
    }
    let portuguese = annex_b(&map, Language::Portuguese);
    for kind in [
        "Tratamento de dados sensíveis",
        "Interconexão de dados",
        "Dados sobre actividades ilícitas e infracções",
    ] {
        assert!(portuguese.contains(kind), "{kind}");
    }
}
