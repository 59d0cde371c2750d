//! The inventory CSV import: every column, list cells, BOM, quoting, sites merged by name, and
//! errors that name the row, the column, the value and the nearest valid ids.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::io::{COLUMNS, InventoryError, inventory_to_csv, parse_inventory};
use borderflow::model::{
    Access, DataClass, Flag, FlowId, Jurisdiction, LegalBasis, Map, MapMeta, RecipientRole,
    Safeguard, SiteKind,
};

const HEADER: &str = "flow_id,from,from_jurisdiction,from_kind,to,to_jurisdiction,to_kind,purpose,data_classes,subjects_per_year,sensitive_subjects_per_year,legal_basis,recipient_role,safeguards,flags,retention_days,access";

fn import(text: &str) -> Result<Map, InventoryError> {
    parse_inventory(text.as_bytes(), MapMeta::default())
}

fn problems(text: &str) -> Vec<String> {
    problems_of(text.as_bytes())
}

#[test]
fn every_column_is_read() {
    let csv = format!(
        "{HEADER}\nf1,Macau HQ,MO,office,DingTalk (Hangzhou),CN,saas,Clock-in,attendance; location ;contact,480,100,consent,processor,encryption_in_transit;separate_consent,automated;monitoring,365,remote_access\n"
    );
    let map = import(&csv).unwrap();
    let view = map.flow(&FlowId::new("f1").unwrap()).unwrap();
    let flow = view.flow;
    assert_eq!(view.source.name, "Macau HQ");
    assert_eq!(view.target.kind, SiteKind::Saas);
    assert_eq!(view.target.jurisdiction, Jurisdiction::Mainland);
    assert_eq!(flow.purpose, "Clock-in");
    assert_eq!(
        flow.data_classes,
        [
            DataClass::Attendance,
            DataClass::Location,
            DataClass::Contact
        ]
        .into()
    );
    assert_eq!(
        (flow.subjects_per_year, flow.sensitive_subjects_per_year),
        (Some(480), Some(100))
    );
    assert_eq!(flow.legal_basis, LegalBasis::Consent);
    assert_eq!(flow.recipient_role, Some(RecipientRole::Processor));
    assert_eq!(
        flow.safeguards,
        [Safeguard::EncryptionInTransit, Safeguard::SeparateConsent].into()
    );
    assert_eq!(flow.flags, [Flag::Automated, Flag::Monitoring].into());
    assert_eq!(flow.retention_days, Some(365));
    assert_eq!(flow.access, Access::RemoteAccess);
}

#[test]
fn optional_columns_may_be_left_out_and_take_their_defaults() {
    let map = import("to,to_jurisdiction,flow_id,from,from_jurisdiction\nDingTalk,CN,f1,HQ,MO\n")
        .unwrap();
    let view = map.flows().next().unwrap();
    assert_eq!(view.source.kind, SiteKind::Office);
    assert_eq!(view.flow.legal_basis, LegalBasis::None);
    assert_eq!(view.flow.access, Access::Transfer);
    assert_eq!(view.flow.retention_days, None);
}

#[test]
fn a_byte_order_mark_quoting_and_padded_headers_are_accepted() {
    let csv = "\u{FEFF} flow_id , from,from_jurisdiction,to,to_jurisdiction,purpose\n\
               f1,\"Sede, Taipa\",MO,\"DingTalk \"\"Pro\"\"\",CN,\"two\nlines\"\n";
    let map = import(csv).unwrap();
    let view = map.flows().next().unwrap();
    assert_eq!(view.source.name, "Sede, Taipa");
    assert_eq!(view.target.name, "DingTalk \"Pro\"");
    assert_eq!(view.flow.purpose, "two\nlines");
}

#[test]
fn sites_are_merged_by_name_and_placed_in_their_lane() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction\n\
               a,Macau HQ,MO,DingTalk,CN\nb,Macau HQ,MO,Hengqin HR,CN-GBA\nc,DingTalk,CN,Macau HQ,MO\n";
    let map = import(csv).unwrap();
    assert_eq!(map.site_count(), 3);
    assert_eq!(map.flow_count(), 3);
    let hq = map.sites().find(|site| site.name == "Macau HQ").unwrap();
    assert_eq!(map.flows_of(&hq.id).len(), 3);
    let dingtalk = map.sites().find(|site| site.name == "DingTalk").unwrap();
    assert!(
        dingtalk.position.unwrap().x > hq.position.unwrap().x,
        "lanes run west to east"
    );
}

#[test]
fn chinese_names_get_usable_ids() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction\n考勤,澳門總部,MO,釘釘,CN\n";
    let map = import(csv).unwrap();
    let ids: Vec<&str> = map.sites().map(|site| site.id.as_str()).collect();
    assert_eq!(ids, ["site", "site-2"]);
    assert!(map.sites().any(|site| site.name == "澳門總部"));
    assert!(map.flow(&FlowId::new("考勤").unwrap()).is_some());
}

#[test]
fn an_unknown_id_names_row_column_value_and_nearest() {
    let csv = format!("{HEADER}\nf1,HQ,MO,office,DingTalk,CN,saas,,attendence;contact,,,,,,,,\n");
    let found = problems(&csv);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0],
        "row 2, column `data_classes`: unknown data class `attendence`; did you mean \
         `attendance`? (valid: contact, identity_document, identity_number, biometric, face, health, genetic, sex_life, \
         racial_ethnic, religion_belief, political_union, private_life, financial_account, \
         credit_solvency, payroll, attendance, location, chat_content, hr_record, minor_under14, \
         offence, image_voice, device_log)"
    );
}

#[test]
fn every_problem_is_reported_and_nothing_is_imported() {
    let csv = format!(
        "{HEADER}\n\
         ok,HQ,MO,office,DingTalk,CN,saas,,,,,,,,,,\n\
         f2,HQ,MO,office,DingTalk,CN_GBA,saas,,,12x,,,,,,,\n\
         f3,HQ,MO,offfice,DingTalk,CN,saas,,,,,consnet,processer,,,-1,transfr\n"
    );
    let found = problems(&csv);
    let expected_starts = [
        "row 3, column `to_jurisdiction`: unknown jurisdiction `CN_GBA`; did you mean `CN-GBA`?",
        "row 3, column `subjects_per_year`: `12x` is not a whole number",
        "row 4, column `from_kind`: unknown site kind `offfice`; did you mean `office`?",
        "row 4, column `retention_days`: `-1` is not a whole number",
        "row 4, column `legal_basis`: unknown legal basis `consnet`; did you mean `consent`?",
        "row 4, column `recipient_role`: unknown recipient role `processer`; did you mean `processor`?",
        "row 4, column `access`: unknown access `transfr`; did you mean `transfer`?",
    ];
    assert_eq!(found.len(), expected_starts.len(), "{found:#?}");
    for (problem, start) in found.iter().zip(expected_starts) {
        assert!(
            problem.starts_with(start),
            "{problem}\n  expected to start with\n{start}"
        );
    }
}

#[test]
fn a_site_name_reused_with_another_jurisdiction_names_both_rows() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction\n\
               a,HQ,MO,DingTalk,CN\nb,HQ,MO,Archive,MO\nc,DingTalk,CN-GBA,HQ,MO\n";
    let found = problems(csv);
    assert_eq!(
        found,
        [
            "row 4, column `from_jurisdiction`: site `DingTalk` has jurisdiction `CN-GBA` here but \
          `CN` on row 2; one name is one site, so the two must agree"
        ]
    );
}

#[test]
fn duplicate_flow_ids_and_bad_counts_are_refused() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction,subjects_per_year,sensitive_subjects_per_year\n\
               a,HQ,MO,DingTalk,CN,10,20\na,HQ,MO,DingTalk,CN,,\nb,HQ,MO,HQ,MO,,\nbad id,HQ,MO,DingTalk,CN,,\n";
    let found = problems(csv);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found[0].starts_with("row 2, column `sensitive_subjects_per_year`: 20 sensitive"));
    assert!(found[1].starts_with("row 3, column `flow_id`: flow id `a` is already used on row 2"));
    assert!(found[2].starts_with("row 4, column `to`: the flow goes from `HQ` to itself"));
    assert!(
        found[3].starts_with("row 5, column `flow_id`: id `bad id` contains ' '"),
        "{}",
        found[3]
    );
}

#[test]
fn header_problems_are_reported() {
    let found = problems("flow_id,from,from_jurisdiction,to,data_clases,comment\nx,a,MO,b,,\n");
    assert_eq!(
        found,
        [
            "row 1: unknown column `data_clases` in the header; did you mean `data_classes`?",
            "row 1: the header has no `to_jurisdiction` column; required columns are flow_id, \
             from, from_jurisdiction, to, to_jurisdiction",
        ]
    );
    assert_eq!(
        problems("")[0],
        "row 1: the file has no header row; the first row must name the columns, e.g. flow_id,from,from_jurisdiction,to,to_jurisdiction"
    );
    assert!(problems(&format!("{HEADER}\n"))[0].contains("no flow rows"));
}

#[test]
fn a_row_with_a_missing_cell_or_bad_bytes_is_refused_by_row() {
    let found = problems("flow_id,from,from_jurisdiction,to,to_jurisdiction\na,HQ,MO,DingTalk\n");
    assert!(
        found[0].starts_with("row 2: this row has 4 cells but the header has 5"),
        "{found:?}"
    );
    let mut bytes = b"flow_id,from,from_jurisdiction,to,to_jurisdiction\na,HQ,MO,Ding".to_vec();
    bytes.extend([0xFF, 0xFE]);
    bytes.extend(b",CN\n");
    let error = parse_inventory(&bytes, MapMeta::default()).unwrap_err();
    assert!(
        error.problems[0].to_string().contains("not UTF-8"),
        "{error}"
    );
}

#[test]
fn blank_rows_are_skipped() {
    let map = import(
        "flow_id,from,from_jurisdiction,to,to_jurisdiction\n,,,,\na,HQ,MO,DingTalk,CN\n ,, ,,\n",
    )
    .unwrap();
    assert_eq!(map.flow_count(), 1);
}

#[test]
fn an_exported_inventory_imports_to_the_same_flows_its_formula_guard_removed() {
    let csv = "flow_id,from,from_jurisdiction,to,to_jurisdiction,purpose,data_classes,safeguards\n\
               a,HQ,MO,DingTalk,CN,\"=HYPERLINK(\"\"http://x\"\")\",payroll;contact,e2ee\n";
    let map = import(csv).unwrap();
    let exported = inventory_to_csv(&map).unwrap();
    assert!(exported.starts_with(&COLUMNS.join(",")));
    assert!(exported.contains("'=HYPERLINK"), "{exported}");
    let again = import(&exported).unwrap();
    let (before, after) = (map.flows().next().unwrap(), again.flows().next().unwrap());
    assert_eq!(before.flow.data_classes, after.flow.data_classes);
    assert_eq!(before.flow.safeguards, after.flow.safeguards);
    // The guard is the CSV's, not the user's text: it comes off on import (and goes on again
    // at the next export), so the map round-trips exactly.
    assert_eq!(after.flow.purpose, before.flow.purpose);
    assert_eq!(after.flow.purpose, "=HYPERLINK(\"http://x\")");
}

const SHORT_HEADER: &str = "flow_id,from,from_jurisdiction,to,to_jurisdiction";

#[test]
fn semicolon_and_tab_separated_files_import_like_comma_separated_ones() {
    let comma = import(&format!(
        "{SHORT_HEADER}\na,Sede Macau,MO,DingTalk,CN\nb,Sede Macau,MO,\"Lisboa, PT\",PT\n"
    ))
    .unwrap();
    for separator in [";", "\t"] {
        let text = format!(
            "{}\na{separator}Sede Macau{separator}MO{separator}DingTalk{separator}CN\n\
             b{separator}Sede Macau{separator}MO{separator}Lisboa, PT{separator}PT\n",
            SHORT_HEADER.replace(',', separator)
        );
        let map = import(&text).unwrap();
        assert_eq!(map.site_count(), comma.site_count(), "{separator:?}");
        assert_eq!(map.flow_count(), 2, "{separator:?}");
        assert!(map.sites().any(|site| site.name == "Lisboa, PT"));
    }
}

fn utf16(text: &str, little_endian: bool, mark: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let units = mark
        .then_some(0xFEFF)
        .into_iter()
        .chain(text.encode_utf16());
    for unit in units {
        if little_endian {
            bytes.extend(unit.to_le_bytes());
        } else {
            bytes.extend(unit.to_be_bytes());
        }
    }
    bytes
}

#[test]
fn utf16_files_import_with_or_without_a_byte_order_mark() {
    let text = format!("{SHORT_HEADER}\na,澳門總部,MO,São Paulo,BR\n").replace(',', ";");
    for (little_endian, mark) in [(true, true), (false, true), (true, false), (false, false)] {
        let bytes = utf16(&text, little_endian, mark);
        let map = parse_inventory(&bytes, MapMeta::default())
            .unwrap_or_else(|error| panic!("{little_endian} {mark}: {error}"));
        assert!(map.sites().any(|site| site.name == "澳門總部"));
        assert!(map.sites().any(|site| site.name == "São Paulo"));
    }
}

#[test]
fn legacy_encodings_are_named_in_the_message() {
    // "中文" in Big5, then "São" in Windows-1252.
    let mut big5 = format!("{SHORT_HEADER}\na,").into_bytes();
    big5.extend([0xA4, 0xA4, 0xA4, 0xE5]);
    big5.extend(b",MO,DingTalk,CN\n");
    let found = problems_of(&big5);
    assert!(found[0].contains("Big5 or GBK"), "{found:?}");
    assert!(found[0].starts_with("row 2"), "{found:?}");
    let mut latin = format!("{SHORT_HEADER}\na,S").into_bytes();
    latin.extend([0xE3]);
    latin.extend(b"o Paulo,BR,DingTalk,CN\n");
    let found = problems_of(&latin);
    assert!(found[0].contains("Windows-1252"), "{found:?}");
}

fn problems_of(bytes: &[u8]) -> Vec<String> {
    parse_inventory(bytes, MapMeta::default())
        .expect_err("the inventory should be refused")
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_repeated_flow_id_is_reported_once_at_the_repeating_row() {
    let found = problems(&format!(
        "{SHORT_HEADER}\na,HQ,MO,DingTalk,CN\nb,HQ,MO,Lisboa,PT\na,HQ,MO,Lisboa,PT\n"
    ));
    assert_eq!(
        found,
        ["row 4, column `flow_id`: flow id `a` is already used on row 2; flow ids must be unique"]
    );
}

#[test]
fn entity_columns_name_the_legal_entity_of_each_end() {
    let csv = "flow_id,from,from_jurisdiction,from_entity,to,to_jurisdiction,to_entity\n\
               a,Hengqin site,CN-GBA,Pearl Delta Hengqin Co.,Macau HQ,MO,\n\
               b,Hengqin site,CN-GBA,,Macau HQ,MO,Pearl Delta (Macau) Ltd.\n";
    let map = import(csv).unwrap();
    let view = map.flow(&FlowId::new("b").unwrap()).unwrap();
    // An empty cell names no entity, so the one named on another row stands.
    assert_eq!(view.source.entity, "Pearl Delta Hengqin Co.");
    assert_eq!(view.target.entity, "Pearl Delta (Macau) Ltd.");
    let exported = inventory_to_csv(&map).unwrap();
    let again = import(&exported).unwrap();
    assert_eq!(
        again
            .flow(&FlowId::new("a").unwrap())
            .unwrap()
            .source
            .entity,
        "Pearl Delta Hengqin Co."
    );
    // Two different entities for one site name are refused, naming both rows.
    let clash = "flow_id,from,from_jurisdiction,from_entity,to,to_jurisdiction\n\
                 a,Hengqin site,CN-GBA,Pearl Delta Hengqin Co.,Macau HQ,MO\n\
                 b,Hengqin site,CN-GBA,Other Co.,Macau HQ,MO\n";
    let found = problems(clash);
    assert!(
        found
            .iter()
            .any(|p| p.contains("from_entity") && p.contains("Other Co.") && p.contains("row 2")),
        "{found:?}"
    );
}

#[test]
fn an_imported_inventory_leaves_the_title_and_processing_description_to_the_user() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin-zh.csv");
    let map = borderflow::io::load_inventory(&path).unwrap();
    assert_eq!(map.meta.description, "", "no program sentence in the map");
    assert_eq!(map.meta.title, "", "no file name as the title");
}
