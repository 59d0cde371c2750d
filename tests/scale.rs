//! Scale: importing large inventories takes time linear (or n log n) in the rows. Run in
//! release, where the targets are set: `cargo test --release --test scale -- --ignored`.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use borderflow::io::parse_inventory;
use borderflow::model::MapMeta;

const PLACES: [&str; 8] = ["MO", "CN-GBA", "CN", "HK", "PT", "SG", "BR", "US"];

/// An inventory of `rows` flows between `rows / 2` sites, spread over eight jurisdictions, with
/// the links a real inventory has: most flows from a few hubs, the rest between any two sites.
fn inventory(rows: usize) -> Vec<u8> {
    let sites = (rows / 2).max(2);
    let mut state: u64 = 42;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((state >> 33) % u64::try_from(bound).unwrap()).unwrap()
    };
    let mut out = String::from("flow_id,from,from_jurisdiction,to,to_jurisdiction,data_classes\n");
    for row in 0..rows {
        let from = if row % 3 == 0 { next(50) } else { next(sites) };
        let mut to = next(sites);
        if to == from {
            to = (to + 1) % sites;
        }
        let place = |site: usize| PLACES[site % PLACES.len()];
        out.push_str(&format!(
            "f{row},Site {from},{},Site {to},{},contact;payroll\n",
            place(from),
            place(to)
        ));
    }
    out.into_bytes()
}

fn time_import(rows: usize) -> Duration {
    let bytes = inventory(rows);
    let started = Instant::now();
    let map = parse_inventory(&bytes, MapMeta::default()).unwrap();
    let took = started.elapsed();
    assert_eq!(map.flow_count(), rows);
    eprintln!("{rows} rows: {took:.2?}");
    took
}

#[test]
#[ignore = "minutes in a debug build; run in release"]
fn importing_100_000_rows_takes_under_3_seconds() {
    assert!(time_import(100_000) < Duration::from_secs(3));
}

#[test]
#[ignore = "minutes in a debug build; run in release"]
fn importing_1_000_000_rows_takes_under_40_seconds() {
    assert!(time_import(1_000_000) < Duration::from_secs(40));
}

#[test]
fn import_time_grows_no_faster_than_n_log_n() {
    // Small sizes, so it runs in a debug build too: ten times the rows, at most ~25 times the
    // time (n log n gives ~13; the quadratic crossing count gave ~100).
    let small = time_import(2_000);
    let large = time_import(20_000);
    assert!(
        large < small * 25 + Duration::from_millis(200),
        "2,000 rows {small:?}, 20,000 rows {large:?}"
    );
}

/// A name of Chinese characters only, different for every `n` (no Latin letter or digit, so
/// every such name makes the same id stem).
fn chinese_name(n: usize) -> String {
    let digit = |d: usize| char::from_u32(0x4E00 + u32::try_from(d).unwrap()).unwrap();
    format!(
        "分行{}{}{}",
        digit(n / 4000),
        digit((n / 200) % 20),
        digit(n % 200)
    )
}

#[test]
fn sites_named_in_chinese_import_in_linear_time() {
    let time = |sites: usize| {
        let mut csv = String::from("flow_id,from,from_jurisdiction,to,to_jurisdiction\n");
        for n in 0..sites {
            csv.push_str(&format!("f{n},總部,MO,{},CN\n", chinese_name(n)));
        }
        let started = Instant::now();
        let map = parse_inventory(csv.as_bytes(), MapMeta::default()).unwrap();
        assert_eq!(map.site_count(), sites + 1);
        started.elapsed()
    };
    let small = time(1_000);
    let large = time(10_000);
    // Trying every suffix from the start took 10,000 × 10,000 / 2 lookups here: ~100 times.
    assert!(
        large < small * 25 + Duration::from_millis(200),
        "1,000 sites {small:?}, 10,000 sites {large:?}"
    );
}
