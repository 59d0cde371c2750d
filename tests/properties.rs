//! Property tests: no input, however broken, makes the loaders panic, and whatever they accept
//! survives a save and a reload unchanged.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::io::{COLUMNS, inventory_to_csv, map_to_string, parse_inventory, parse_map};
use borderflow::model::{DataClass, Flag, Jurisdiction, LegalBasis, MapMeta, Safeguard, SiteKind};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../samples/pearl-delta-hengqin.ron");

/// Whatever parses must save and parse back to the same map and the same text.
fn assert_round_trips(map: &borderflow::model::Map) -> Result<(), TestCaseError> {
    let text = map_to_string(map).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let again = parse_map(text.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&again, map);
    prop_assert_eq!(map_to_string(&again).ok(), Some(text));
    Ok(())
}

/// A cell: usually a plausible value for its column, sometimes noise.
fn cell(column: &'static str) -> BoxedStrategy<String> {
    let ids = |values: Vec<&'static str>| proptest::sample::select(values).prop_map(str::to_owned);
    let plausible: BoxedStrategy<String> = match column {
        "from_jurisdiction" | "to_jurisdiction" => ids(Jurisdiction::NAMED
            .iter()
            .map(|j| j.id())
            .chain(["PT", "pt", "XX"])
            .collect())
        .boxed(),
        "from_kind" | "to_kind" => ids(SiteKind::ALL.iter().map(|k| k.id()).collect()).boxed(),
        "data_classes" => {
            proptest::collection::vec(ids(DataClass::ALL.iter().map(|c| c.id()).collect()), 0..4)
                .prop_map(|list| list.join(";"))
                .boxed()
        }
        "safeguards" => {
            proptest::collection::vec(ids(Safeguard::ALL.iter().map(|s| s.id()).collect()), 0..4)
                .prop_map(|list| list.join(" ; "))
                .boxed()
        }
        "flags" => proptest::collection::vec(ids(Flag::ALL.iter().map(|f| f.id()).collect()), 0..3)
            .prop_map(|list| list.join(";"))
            .boxed(),
        "legal_basis" => ids(LegalBasis::ALL.iter().map(|b| b.id()).collect()).boxed(),
        "subjects_per_year" | "sensitive_subjects_per_year" | "retention_days" => prop_oneof![
            Just(String::new()),
            (0u64..5000).prop_map(|n| n.to_string())
        ]
        .boxed(),
        "from" | "to" => ids(vec!["Macau HQ", "DingTalk", "澳門總部", "Hengqin"]).boxed(),
        "flow_id" => "[a-z]{1,3}".boxed(),
        "access" => ids(vec!["transfer", "remote_access", ""]).boxed(),
        "recipient_role" => ids(vec!["processor", "controller", "joint_controller", ""]).boxed(),
        _ => ".{0,12}".boxed(),
    };
    prop_oneof![8 => plausible, 1 => any::<String>(), 1 => Just(String::new())].boxed()
}

fn row() -> impl Strategy<Value = Vec<String>> {
    COLUMNS.map(cell).to_vec()
}

proptest! {
    // 256 cases each (proptest's default); PROPTEST_CASES=N runs longer.
    #[test]
    fn arbitrary_bytes_never_panic_the_map_loader(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(map) = parse_map(&bytes) {
            assert_round_trips(&map)?;
        }
    }

    #[test]
    fn a_damaged_map_is_refused_or_loads_whole(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)
    ) {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        for (at, byte) in edits {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        if let Ok(map) = parse_map(&bytes) {
            assert_round_trips(&map)?;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_inventory_import(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_inventory(&bytes, MapMeta::default());
    }

    #[test]
    fn arbitrary_rows_import_whole_or_not_at_all(rows in proptest::collection::vec(row(), 1..8)) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(COLUMNS).unwrap();
        for row in &rows {
            writer.write_record(row).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        match parse_inventory(&bytes, MapMeta::default()) {
            Ok(map) => {
                let non_blank = rows.iter().filter(|r| !r.iter().all(|c| c.trim().is_empty())).count();
                prop_assert_eq!(map.flow_count(), non_blank);
                assert_round_trips(&map)?;
                // An exported inventory imports to the same flows.
                let exported = inventory_to_csv(&map).unwrap();
                let again = parse_inventory(exported.as_bytes(), MapMeta::default());
                prop_assert!(again.is_ok() || map.sites().any(|s| s.name.starts_with(['=', '+', '-', '@'])));
            }
            Err(error) => prop_assert!(!error.problems.is_empty()),
        }
    }
}
