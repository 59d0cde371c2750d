//! Rulebook edition 2027-01 (rules-spec section 6) on real inventories in
//! `tests/fixtures/edition-2027`: each change fires where it should, is stopped by its
//! safeguard, and starts or ends on its boundary day.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use borderflow::io::{inventory_to_csv, load_inventory, map_to_string, parse_inventory, parse_map};
use borderflow::model::{Date, Language, Map};
use borderflow::rules::Evaluated;
use borderflow::rules::{Evaluation, Finding, Rulebook};

const TODAY: &str = "2026-11-22";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/edition-2027")
        .join(name)
}

fn inventory(name: &str) -> Map {
    load_inventory(&fixture(name)).unwrap()
}

fn check_on(map: &Map, day: &str) -> Evaluation {
    Rulebook::builtin()
        .unwrap()
        .evaluate(map, day.parse::<Date>().unwrap())
}

fn find<'a>(evaluation: &'a Evaluation, id: &str) -> Option<&'a Finding> {
    evaluation.findings.iter().find(|f| f.id.as_str() == id)
}

/// Changes one flow of the map in place.
fn edit_flow(map: &mut Map, id: &str, change: impl FnOnce(&mut borderflow::model::Flow)) {
    let mut flow = map.flow(&id.parse().unwrap()).unwrap().flow.clone();
    change(&mut flow);
    map.replace_flow(flow).unwrap();
}

fn fires(evaluation: &Evaluation, id: &str) -> bool {
    find(evaluation, id).is_some()
}

fn reasons(evaluation: &Evaluation, id: &str, language: Language) -> String {
    find(evaluation, id)
        .unwrap_or_else(|| panic!("{id} did not fire"))
        .reasons_in(language)
        .join(" | ")
}

#[test]
fn hengqin_hr_export_of_id_copies_needs_notice_and_assessment_not_consent() {
    let map = inventory("hengqin-hr-export.csv");
    let evaluation = check_on(&map, TODAY);
    // Item 1: on HR management no severity-5 consent finding, but the Art 30 notice and the
    // Art 55 assessment (CN-15), which the assessed flow has.
    assert!(!fires(&evaluation, "CN-07@id-copies"));
    assert!(fires(&evaluation, "CN-15@id-copies"));
    assert!(!fires(&evaluation, "CN-15@id-copies-assessed"));
    assert!(!fires(&evaluation, "CN-07@id-copies-assessed"));
    // On consent, separate consent is still asked for, and CN-15 does not apply.
    assert!(fires(&evaluation, "CN-07@id-copies-consent"));
    assert!(!fires(&evaluation, "CN-15@id-copies-consent"));
    // The HR export is exempt (Order 16 Art 5(2)); its entity is the office's operator.
    let exempt = reasons(&evaluation, "CN-04@id-copies", Language::English);
    assert!(
        exempt.contains("Pearl Delta Construction (Hengqin) Co. Ltd."),
        "{exempt}"
    );
    assert!(exempt.contains("the office's operator"), "{exempt}");
    let zh = reasons(&evaluation, "CN-04@id-copies", Language::TraditionalChinese);
    assert!(zh.contains("營運者"), "{zh}");
}

#[test]
fn consent_on_a_basis_pipl_does_not_know_is_still_needed() {
    let mut map = inventory("hengqin-hr-export.csv");
    edit_flow(&mut map, "id-copies", |flow| {
        flow.legal_basis = borderflow::model::LegalBasis::PublicInterest;
    });
    let evaluation = check_on(&map, TODAY);
    // Item 4: PIPL has no general public-interest ground.
    assert!(fires(&evaluation, "CN-05@id-copies"));
    assert!(fires(&evaluation, "CN-07@id-copies"));
    assert!(!fires(&evaluation, "CN-15@id-copies"));
}

#[test]
fn face_clock_in_needs_separate_consent_from_2025_06_01_whatever_the_basis() {
    let map = inventory("hengqin-face-clock-in.csv");
    let before = check_on(&map, "2025-05-31");
    let after = check_on(&map, "2025-06-01");
    assert!(!fires(&before, "CN-16@clock-in"));
    assert!(fires(&after, "CN-16@clock-in"));
    assert!(!fires(&after, "CN-16@clock-in-consented"));
    // Faces are sensitive under PIPL Art 28 on either day; on HR management with the notice
    // and the assessment recorded, neither CN-07 nor CN-15 remains.
    for evaluation in [&before, &after] {
        assert!(
            evaluation
                .sensitivity
                .pipl(borderflow::model::DataClass::Face)
        );
        assert!(!fires(evaluation, "CN-07@clock-in"));
        assert!(!fires(evaluation, "CN-15@clock-in"));
    }
    // GEN-02 covers faces; its citation names the Face Recognition Measures from 2025-06-01.
    let gen_before = find(&before, "GEN-02@clock-in").unwrap();
    let gen_after = find(&after, "GEN-02@clock-in").unwrap();
    assert!(!gen_before.citation().contains("Face Recognition Measures"));
    assert!(gen_after.citation().contains("Face Recognition Measures"));
    assert!(
        gen_after
            .citation_in(Language::TraditionalChinese)
            .contains("人臉識別")
    );
    assert!(!fires(&after, "GEN-02@clock-in-consented"));
    // 1,000 faces a year: far from the filing threshold.
    assert!(!fires(&after, "CN-17@clock-in"));
}

#[test]
fn the_face_filing_counts_each_handler_at_100000_persons() {
    let map = inventory("face-holders.csv");
    let after = check_on(&map, "2025-06-01");
    // Mall A at 99,999: no filing; Mall B at 60,000 + 40,000: both its flows; Mall C filed.
    assert!(!fires(&after, "CN-17@gate-a"));
    assert!(fires(&after, "CN-17@gate-b1"));
    assert!(fires(&after, "CN-17@gate-b2"));
    assert!(!fires(&after, "CN-17@gate-c"));
    let before = check_on(&map, "2025-05-31");
    assert!(!fires(&before, "CN-17@gate-b1"));
    // The handler is the employer that entrusts the platform, named with where it came from.
    let why = reasons(&after, "CN-17@gate-b1", Language::English);
    assert!(
        why.contains("Zhuhai Mall B Co. (the site's entity)"),
        "{why}"
    );
    assert!(why.contains("100,000 people a year over 2"), "{why}");
    assert!(why.contains("stand in for the persons stored"), "{why}");
    let zh = reasons(&after, "CN-17@gate-b1", Language::TraditionalChinese);
    assert!(zh.contains("個人信息處理者"), "{zh}");
    assert!(!zh.contains("持有人"), "{zh}");
}

#[test]
fn the_face_handler_is_the_recipient_unless_it_is_a_processor() {
    let mut map = inventory("face-holders.csv");
    // Mall A's visitors go to a platform that is itself the handler: the platform's entity is
    // then the handler, and the platform (run for its customer) is the map's organisation.
    for id in ["gate-a", "gate-b1"] {
        edit_flow(&mut map, id, |flow| {
            flow.recipient_role = Some(borderflow::model::RecipientRole::Controller);
        });
    }
    let after = check_on(&map, "2025-06-01");
    // Platform's handler: 99,999 + 60,000 faces, over the threshold; Mall B keeps 40,000.
    assert!(fires(&after, "CN-17@gate-a"));
    assert!(fires(&after, "CN-17@gate-b1"));
    assert!(!fires(&after, "CN-17@gate-b2"));
}

#[test]
fn the_hong_kong_contract_is_for_pilot_sectors_until_2024_10_31() {
    let map = inventory("hk-sectors.csv");
    let before = check_on(&map, "2024-10-31");
    let after = check_on(&map, "2024-11-01");
    // The bank is in a pilot sector at both ends: its GBA contract meets Art 8 on both days.
    for evaluation in [&before, &after] {
        assert!(!fires(evaluation, "CN-03@bank-accounts"));
        assert!(!fires(evaluation, "GBA-03@bank-accounts"));
    }
    // The retailer's contract was not open to it before 2024-11-01.
    assert!(fires(&before, "CN-03@retail-members"));
    assert!(!fires(&after, "CN-03@retail-members"));
    let why = reasons(&before, "CN-03@retail-members", Language::English);
    assert!(why.contains("Shenzhen store: sector Other sector"), "{why}");
    assert!(
        why.contains("open to banking, credit referencing and healthcare only"),
        "{why}"
    );
    let unrecorded = reasons(&before, "CN-03@unrecorded-members", Language::English);
    assert!(unrecorded.contains("sector not recorded"), "{unrecorded}");
    let pt = reasons(&before, "CN-03@unrecorded-members", Language::Portuguese);
    assert!(pt.contains("sector não registado"), "{pt}");
    assert!(!fires(&after, "CN-03@unrecorded-members"));
}

#[test]
fn the_map_sector_stands_in_for_sites_without_one() {
    let mut map = inventory("hk-sectors.csv");
    map.meta.sector = Some(borderflow::model::Sector::Healthcare);
    let before = check_on(&map, "2024-10-31");
    // Both ends of the unrecorded flow take the map's sector; the retailer's own `other` wins.
    assert!(!fires(&before, "CN-03@unrecorded-members"));
    assert!(fires(&before, "CN-03@retail-members"));
}

#[test]
fn hk_processor_contract_is_met_by_the_gba_contract_on_an_eligible_flow() {
    let map = inventory("hk-sectors.csv");
    // The Hong Kong back office entrusts a Shenzhen processor under the GBA contract: from
    // 2024-11-01 every sector may use it, so HK-01 is met; before, sector `other` could not.
    assert!(fires(&check_on(&map, "2024-10-31"), "HK-01@hk-processing"));
    assert!(!fires(&check_on(&map, "2024-11-01"), "HK-01@hk-processing"));
}

#[test]
fn data_received_under_the_macau_contract_stays_in_its_area_without_a_mechanism() {
    let map = inventory("onward-transfers.csv");
    let evaluation = check_on(&map, TODAY);
    assert!(fires(&evaluation, "GBA-02@to-singapore"));
    assert!(!fires(&evaluation, "GBA-02@to-zhuhai"));
    assert!(!fires(&evaluation, "GBA-02@to-singapore-contract"));
    // Data the recipient did not receive under the contract is not an onward transfer.
    assert!(!fires(&evaluation, "GBA-02@contacts-to-singapore"));
    let why = reasons(&evaluation, "GBA-02@to-singapore", Language::English);
    assert!(
        why.contains("Macau recipient received HR records by flow to-macau"),
        "{why}"
    );
    let finding = find(&evaluation, "GBA-02@to-singapore").unwrap();
    assert_eq!(finding.obligation(), "gba-onward-transfer");
    // In Chinese the contract's area is named by its places, never "outside the GBA".
    let citation = finding.citation_in(Language::TraditionalChinese);
    assert!(citation.contains("九市及澳門"), "{citation}");
    assert!(!citation.contains("大灣區以外"), "{citation}");
    assert!(
        !finding
            .citation_in(Language::Portuguese)
            .contains("fora da Grande Baía")
    );
}

#[test]
fn without_the_contract_on_the_way_in_nothing_was_received_under_it() {
    let mut map = inventory("onward-transfers.csv");
    edit_flow(&mut map, "to-macau", |flow| {
        flow.safeguards
            .remove(&borderflow::model::Safeguard::GbaStandardContract);
    });
    assert!(!fires(&check_on(&map, TODAY), "GBA-02@to-singapore"));
    // Before the Macau contract existed (2024-09-10) nothing was received under it either.
    let map = inventory("onward-transfers.csv");
    assert!(!fires(&check_on(&map, "2024-09-09"), "GBA-02@to-singapore"));
    assert!(fires(&check_on(&map, "2024-09-10"), "GBA-02@to-singapore"));
}

#[test]
fn a_macau_hq_viewing_hengqin_records_notifies_its_processing() {
    let map = inventory("remote-hr-view.csv");
    let evaluation = check_on(&map, TODAY);
    assert!(fires(&evaluation, "MO-11@hr-view"));
    assert!(fires(&evaluation, "CN-10@hr-view"));
    assert!(!fires(&evaluation, "MO-11@hr-view-notified"));
    // A Macau processor working for the subsidiary processes on its behalf, not its own.
    assert!(!fires(&evaluation, "MO-11@hr-support"));
    let zh = find(&evaluation, "MO-11@hr-view")
        .unwrap()
        .title_in(Language::TraditionalChinese);
    assert!(zh.contains("個人資料保護局"), "{zh}");
}

#[test]
fn cn_03_names_the_certification_measures_from_2026_01_01() {
    // The bank's accounts go to Singapore without a mechanism: Art 8 asks for a contract.
    let mut other = inventory("hk-sectors.csv");
    let mut bank = None;
    edit_flow(&mut other, "bank-accounts", |flow| {
        flow.safeguards
            .remove(&borderflow::model::Safeguard::GbaStandardContract);
        bank = Some(flow.to.clone());
    });
    let bank = bank.unwrap();
    let mut elsewhere = other.site(&bank).unwrap().clone();
    elsewhere.jurisdiction = "SG".parse().unwrap();
    other.replace_site(elsewhere).unwrap();
    let before = check_on(&other, "2025-12-31");
    let after = check_on(&other, "2026-01-01");
    let old = find(&before, "CN-03@bank-accounts").unwrap();
    let new = find(&after, "CN-03@bank-accounts").unwrap();
    assert!(!old.citation().contains("Certification Measures"));
    assert!(new.citation().contains("Certification Measures"));
    assert!(new.citation().contains("PIPL Art 38(1)(2)"));
    assert!(
        new.citation_in(Language::TraditionalChinese)
            .contains("《個人信息出境認證辦法》")
    );
    assert!(new.reasons().join(" ").contains("Certification Measures"));
    assert!(!old.reasons().join(" ").contains("Certification Measures"));
    // The readings Order 16 rests on are said in the reasons (section 6 item 5).
    let said = new.reasons().join(" ");
    assert!(said.contains("reading (a)"), "{said}");
    assert!(said.contains("conservative reading"), "{said}");
}

#[test]
fn reading_b_is_said_for_a_flow_without_sensitive_data_of_an_entity_that_exports_some() {
    let mut map = inventory("hk-sectors.csv");
    // Both of the bank's flows leave for Singapore: one with accounts, one with contacts only.
    let singapore: Vec<_> = map
        .sites()
        .filter(|s| s.jurisdiction.id() == "HK")
        .map(|s| s.id.clone())
        .collect();
    for id in singapore {
        let mut site = map.site(&id).unwrap().clone();
        site.jurisdiction = "SG".parse().unwrap();
        map.replace_site(site).unwrap();
    }
    let branch = map
        .sites()
        .find(|s| s.name == "Shenzhen branch")
        .unwrap()
        .id
        .clone();
    edit_flow(&mut map, "retail-members", |flow| {
        flow.data_classes = [borderflow::model::DataClass::Contact]
            .into_iter()
            .collect();
        flow.from = branch;
    });
    let evaluation = check_on(&map, TODAY);
    let said = reasons(&evaluation, "CN-03@retail-members", Language::English);
    assert!(said.contains("reading (b)"), "{said}");
    let accounts = reasons(&evaluation, "CN-03@bank-accounts", Language::English);
    assert!(!accounts.contains("reading (b)"), "{accounts}");
}

#[test]
fn check_says_when_the_new_default_moved_a_map_s_totals() {
    let output = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args([
            "check",
            &fixture("hengqin-hr-export.csv").to_string_lossy(),
            "--as-of",
            TODAY,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("edition 2027-01"))
        .collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(
        lines[0].contains("Pearl Delta Construction (Hengqin) Co. Ltd. (1 flow(s))"),
        "{text}"
    );
    // A map whose exporters all name their entity says nothing of the kind.
    let quiet = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args([
            "check",
            &fixture("face-holders.csv").to_string_lossy(),
            "--as-of",
            TODAY,
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&quiet.stdout).contains("edition 2027-01"));
}

#[test]
fn hosting_outside_macau_on_a_contract_is_a_warning_and_e2ee_is_encryption_in_transit() {
    let map = inventory("macau-hosting.csv");
    let evaluation = check_on(&map, TODAY);
    let warning = find(&evaluation, "MO-10@host-contract").unwrap();
    assert_eq!(warning.severity.level(), 2);
    assert!(!fires(&evaluation, "MO-10@host-consented"));
    assert!(!fires(&evaluation, "MO-10@to-office"));
    // MO-09: end-to-end encryption with access control meets the rule; nothing does not.
    assert!(!fires(&evaluation, "MO-09@host-contract"));
    assert!(fires(&evaluation, "MO-09@to-office"));
}

#[test]
fn a_pack_fact_cannot_look_at_other_flows() {
    let pack = r#"(
        format: "borderflow-rules",
        version: 2,
        pack: "mine",
        title: "Mine",
        edition: "1",
        facts: [(name: "passed_on", when: source_received(classes(["contact"])))],
    )"#;
    let error = Rulebook::from_sources(&[("mine.ron".to_owned(), pack.to_owned())]).unwrap_err();
    assert!(error.to_string().contains("belong in rules"), "{error}");
}

#[test]
fn sectors_operators_and_faces_survive_the_inventory_and_the_map_file() {
    let map = inventory("hk-sectors.csv");
    let csv = inventory_to_csv(&map).unwrap();
    let header = csv.lines().next().unwrap();
    for column in ["from_sector", "to_sector"] {
        assert!(header.split(',').any(|name| name == column), "{header}");
    }
    let back = parse_inventory(csv.as_bytes(), borderflow::model::MapMeta::default()).unwrap();
    let sectors = |map: &Map| -> Vec<(String, Option<borderflow::model::Sector>)> {
        let mut all: Vec<_> = map.sites().map(|s| (s.name.clone(), s.sector)).collect();
        all.sort();
        all
    };
    assert_eq!(sectors(&map), sectors(&back));
    // A map with a sector or a face is format version 4 (5 when its rows, which number its
    // flows, are not in id order); it reads back the same.
    let faces = inventory("hengqin-face-clock-in.csv");
    let in_id_order = |map: &Map| {
        map.flows()
            .enumerate()
            .all(|(index, view)| view.flow.number == Some(index as u32 + 1))
    };
    for map in [&map, &faces] {
        let text = map_to_string(map).unwrap();
        let version = if in_id_order(map) {
            "version: 4,"
        } else {
            "version: 5,"
        };
        assert!(text.contains(version), "{text}");
        assert_eq!(&parse_map(text.as_bytes()).unwrap(), map);
    }
    // One without either keeps its older version (or 5 for its numbers).
    let remote = inventory("remote-hr-view.csv");
    let text = map_to_string(&remote).unwrap();
    let version = if in_id_order(&remote) {
        "version: 2,"
    } else {
        "version: 5,"
    };
    assert!(text.contains(version), "{text}");
}

#[test]
fn a_sector_outside_the_vocabulary_is_refused_by_row_and_column() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction,to_sector\n\
               f1,Shenzhen,CN-GBA,Hong Kong,HK,bankng\n";
    let error = parse_inventory(csv.as_bytes(), borderflow::model::MapMeta::default())
        .unwrap_err()
        .to_string();
    assert!(error.contains("row 2, column `to_sector`"), "{error}");
    assert!(error.contains("did you mean `banking`"), "{error}");
}

#[test]
fn the_report_lists_the_open_questions_and_the_readings_in_its_language() {
    let map = inventory("hengqin-hr-export.csv");
    let rulebook = Rulebook::builtin().unwrap();
    let day: Date = TODAY.parse().unwrap();
    let evaluation = rulebook.evaluate(&map, day);
    for (language, heading, question) in [
        (Language::English, "Still open, not modelled", "Art 7(4)"),
        (Language::TraditionalChinese, "仍待釐清", "第七條第四款"),
        (
            Language::Portuguese,
            "Questões ainda em aberto",
            "art. 7.º, n.º 4",
        ),
    ] {
        let report = borderflow::report::build(
            &Evaluated::new(&map, &evaluation, &rulebook).in_language(language),
        );
        let text = borderflow::report::to_markdown(&report, "diagram.svg");
        let limits = text
            .split(heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading}"));
        assert!(limits.contains(question), "{language:?}");
        assert!(limits.contains("GB/T 45574-2025"), "{language:?}");
    }
}

#[test]
fn since_and_safeguard_dates_are_read_kept_and_written_back() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction,safeguards,since,safeguard_dates,references\n\
               f1,Shenzhen,CN-GBA,Macau,MO,cac_assessment;pia_done,2025-02-03,\
               cac_assessment=2024-05-01=CAC-2024-0173;pia_done=2024-03-01,pia_done=@@2024-03-01\n";
    let map = parse_inventory(csv.as_bytes(), borderflow::model::MapMeta::default()).unwrap();
    let flow = map.flow(&"f1".parse().unwrap()).unwrap().flow.clone();
    assert_eq!(flow.since, Some("2025-02-03".parse().unwrap()));
    let assessment = &flow.references[&borderflow::model::Safeguard::CacAssessment];
    assert_eq!(assessment.number, "CAC-2024-0173");
    assert_eq!(assessment.effective, Some("2024-05-01".parse().unwrap()));
    // The map file and the inventory both keep them.
    let text = map_to_string(&map).unwrap();
    assert!(text.contains("version: 4,"), "{text}");
    assert_eq!(parse_map(text.as_bytes()).unwrap(), map);
    let again = inventory_to_csv(&map).unwrap();
    let back = parse_inventory(again.as_bytes(), borderflow::model::MapMeta::default()).unwrap();
    assert_eq!(back.flow(&"f1".parse().unwrap()).unwrap().flow, &flow);
    // A date that disagrees with the reference's is refused, naming the column.
    let clash = csv.replace("pia_done=@@2024-03-01", "pia_done=@@2024-03-02");
    let error = parse_inventory(clash.as_bytes(), borderflow::model::MapMeta::default())
        .unwrap_err()
        .to_string();
    assert!(error.contains("column `safeguard_dates`"), "{error}");
}

#[test]
fn the_palette_offers_face_clock_in_terminals() {
    let (library, problems) = borderflow::presets::Library::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let faces: Vec<_> = library
        .presets()
        .filter(|preset| preset.classes.contains(&borderflow::model::DataClass::Face))
        .map(|preset| preset.id.as_str())
        .collect();
    assert_eq!(faces, ["face-clock-in"]);
}
