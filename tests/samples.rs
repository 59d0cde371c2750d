//! The shipped samples: each loads, saves back to the same bytes, and its inventory CSV
//! describes the same flows.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use borderflow::io::{load_inventory, load_map, map_to_string};

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
