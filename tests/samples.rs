//! The shipped samples: each loads, saves back to the same bytes, and its inventory CSV
//! describes the same flows; the Hengqin sample is caught mid-assessment.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use borderflow::assessment::{Register, fingerprint};
use borderflow::io::{load_inventory, load_map, map_to_string};
use borderflow::model::{SignOffStep, TreatmentStatus};
use borderflow::rules::Rulebook;
use common::{day, sample};

fn samples(extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == extension))
            .collect();
    paths.sort();
    paths
}

#[test]
fn there_is_a_map_for_each_scenario() {
    let names: Vec<String> = samples("ron")
        .iter()
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "banco-estrela-evidence",
            "lotus-trading-dingtalk-pt",
            "lotus-trading-dingtalk",
            "pearl-delta-hengqin-zh",
            "pearl-delta-hengqin",
        ]
    );
}

#[test]
fn every_sample_map_saves_back_to_identical_bytes() {
    for path in samples("ron") {
        let original = std::fs::read_to_string(&path).unwrap();
        let map = load_map(&path).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            map.site_count() >= 3 && map.flow_count() >= 3,
            "{}",
            path.display()
        );
        assert_eq!(map_to_string(&map).unwrap(), original, "{}", path.display());
    }
}

#[test]
fn every_sample_csv_imports_to_the_flows_of_its_map() {
    let csvs = samples("csv");
    assert_eq!(csvs.len(), 5);
    for csv in csvs {
        let imported = load_inventory(&csv).unwrap_or_else(|error| panic!("{error}"));
        let drawn = load_map(&csv.with_extension("ron")).unwrap();
        assert_eq!(imported.flow_count(), drawn.flow_count());
        for (a, b) in imported.flows().zip(drawn.flows()) {
            // Site ids come from names on import, so compare the ends by name.
            assert_eq!(a.source.name, b.source.name);
            assert_eq!(a.target.name, b.target.name);
            assert_eq!(a.source.jurisdiction, b.source.jurisdiction);
            assert_eq!(a.target.kind, b.target.kind);
            let mut drawn_flow = b.flow.clone();
            drawn_flow.from = a.flow.from.clone();
            drawn_flow.to = a.flow.to.clone();
            drawn_flow.notes.clear();
            assert_eq!(a.flow, &drawn_flow, "{}", csv.display());
        }
        assert!(imported.sites().all(|site| site.position.is_some()));
    }
}

#[test]
fn the_samples_keep_non_latin_text() {
    let map = load_map(&samples("ron")[0]).unwrap();
    assert!(map.meta.organisation.contains("星辰銀行"));
    assert!(map.sites().any(|site| site.name == "Sede / 總行"));
}

#[test]
fn the_chinese_and_portuguese_samples_are_written_in_their_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let chinese = load_map(&dir.join("pearl-delta-hengqin-zh.ron")).unwrap();
    assert_eq!(
        chinese.meta.language,
        borderflow::model::Language::TraditionalChinese
    );
    assert!(chinese.meta.organisation.contains("珠江建築工程"));
    assert!(chinese.sites().all(|site| !site.name.is_ascii()));
    let portuguese = load_map(&dir.join("lotus-trading-dingtalk-pt.ron")).unwrap();
    assert_eq!(
        portuguese.meta.language,
        borderflow::model::Language::Portuguese
    );
    assert!(portuguese.meta.organisation.contains("Comércio Lótus"));
}

/// The Hengqin sample as a manager first opens it: its register on the tests' day.
fn hengqin_register() -> (borderflow::model::Map, Register) {
    let map = sample("pearl-delta-hengqin");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let register = Register::new(&map, &evaluation, &rulebook);
    (map, register)
}

#[test]
fn the_hengqin_sample_has_treatments_in_every_status_on_firing_findings() {
    let (map, register) = hengqin_register();
    let statuses: BTreeSet<&str> = register
        .risks
        .iter()
        .filter(|risk| risk.treatment.is_some())
        .map(|risk| risk.status.id())
        .collect();
    let every: BTreeSet<&str> = TreatmentStatus::ALL
        .iter()
        .map(|status| status.id())
        .collect();
    assert_eq!(statuses, every);
    // An acceptance or dismissal counts only with its reason: the sample gives each one.
    for risk in register
        .risks
        .iter()
        .filter(|risk| risk.treatment.is_some())
    {
        let treatment = risk.treatment.as_ref().unwrap();
        assert_eq!(risk.status, treatment.status, "{}", risk.finding.id);
        assert!(risk.owner().is_some(), "{} has no owner", risk.finding.id);
    }
    // Every treatment but the resolved ones names a finding that fires: no typo in an id.
    let treated = register
        .risks
        .iter()
        .filter(|r| r.treatment.is_some())
        .count();
    assert_eq!(
        treated + register.resolved.len(),
        map.assessment.treatments.len()
    );
    // One gap was closed on the map since it was treated, and edition 2027-01 no longer asks
    // for separate consent on the HR flows (CN-07): all three are listed as resolved.
    let resolved: Vec<&str> = register.resolved.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        resolved,
        [
            "CN-07@face-clock-in",
            "CN-07@id-card-upload",
            "GEN-01@monthly-payroll-summary"
        ],
        "{resolved:?}"
    );
    // Treated risks leave the residual grid: it differs from the initial one.
    assert!(register.risks.iter().any(|risk| risk.residual.is_none()));
    assert!(register.risks.iter().any(|risk| {
        risk.residual
            .is_some_and(|residual| residual != risk.initial)
    }));
}

#[test]
fn the_hengqin_action_plan_has_overdue_and_future_items_on_the_tests_day() {
    let (_, register) = hengqin_register();
    let plan = register.action_plan();
    let overdue: Vec<_> = plan.iter().filter(|risk| risk.is_overdue(day())).collect();
    assert!(overdue.len() >= 2, "{} overdue", overdue.len());
    assert!(
        overdue
            .iter()
            .all(|risk| risk.due().is_some_and(|due| due < day()))
    );
    assert!(
        plan.iter()
            .any(|risk| risk.due().is_some_and(|due| due > day())),
        "nothing is due later"
    );
    // Owners group the plan; closed treatments are not on it.
    assert!(plan.iter().all(|risk| !risk.status.is_closed()));
    assert!(plan.iter().filter_map(|risk| risk.owner()).count() >= 5);
}

#[test]
fn the_hengqin_sample_is_signed_by_the_assessor_and_the_dpo_on_this_map() {
    let (map, _) = hengqin_register();
    let sign_off = &map.assessment.sign_off;
    let print = fingerprint(&map).unwrap();
    let revisions = &map.assessment.revisions;
    let steps: Vec<_> = revisions.iter().map(|revision| revision.step).collect();
    assert_eq!(
        steps,
        [Some(SignOffStep::Assessed), Some(SignOffStep::DpoOpinion)]
    );
    // Each signature records the map as it is: nothing changed since.
    assert!(revisions.iter().all(|revision| revision.map_hash == print));
    assert_eq!(revisions[0].by, sign_off.assessor);
    assert_eq!(Some(revisions[0].date), sign_off.assessed_on);
    assert_eq!(revisions[1].by, sign_off.dpo);
    assert_eq!(Some(revisions[1].date), sign_off.dpo_on);
    // Approved with conditions while serious findings are open: the reason is written, and
    // the approver has yet to sign.
    assert!(sign_off.approves() && !sign_off.conditions.is_empty());
    assert!(!sign_off.justification.is_empty());
    assert!(sign_off.approved_on.is_none());
    let dpia = &map.assessment.dpia;
    assert!(!dpia.processing_description.is_empty() && !dpia.necessity.is_empty());
    assert!(!dpia.rights.information.is_empty() && !dpia.retention.is_empty());
}
