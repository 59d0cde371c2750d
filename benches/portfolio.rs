//! Portfolio speed (issue target: 1,000 maps of 20 sites read and evaluated in under 5 s): a
//! folder of synthetic maps in ten subfolders, read, evaluated, summarised and sorted, on every
//! core; and the same on one thread, to show what the threads earn.

// A bench that cannot set up its folder has nothing to measure: it stops there.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use borderflow::model::{Date, Language};
use borderflow::portfolio::{self, SortKey};
use borderflow::rules::Rulebook;
use criterion::{Criterion, criterion_group, criterion_main};

/// `maps` synthetic maps of 20 sites and 30 flows, ten to a subfolder.
fn folder(root: &Path, maps: usize) {
    for index in 0..maps {
        let sub = root.join(format!("client-{:02}", index % 10));
        std::fs::create_dir_all(&sub).expect("a folder for the maps");
        let map = borderflow::generate::synthetic_map(20, 30, index as u64);
        borderflow::io::save_map(&sub.join(format!("map-{index:04}.ron")), &map)
            .expect("a map written");
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    folder(dir.path(), 1_000);
    let book = Rulebook::builtin().expect("the built-in rules");
    let as_of = Date::new(2026, 6, 1).expect("a date");
    let mut group = c.benchmark_group("portfolio");
    group.sample_size(10);
    group.bench_function("1000 maps of 20 sites", |b| {
        b.iter(|| {
            let mut built = portfolio::build(dir.path(), &book, as_of, Language::English);
            built.sort(SortKey::Findings);
            black_box(built)
        });
    });
    let (files, _) = portfolio::scan(dir.path());
    group.bench_function("1000 maps of 20 sites, one thread", |b| {
        b.iter(|| {
            let rows: Vec<_> = files
                .iter()
                .map(|(relative, path)| {
                    portfolio::read_row(relative, path, &book, as_of, Language::English)
                })
                .collect();
            black_box(rows)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
