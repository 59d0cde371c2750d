//! Deliverable speed (issue targets: the Word report and the register workbook of 1,000 sites
//! each under 1 s; the filing bundle of the Pearl Delta sample under 3 s; at 5,000 sites, the
//! decision "too dense for one page" under 1 s and the whole bundle, with its overview page,
//! under 10 s).

use std::path::Path;

use borderflow::deliver::{
    BundleInput, RegisterFormat, build_bundle, build_register, register_bytes,
};
use borderflow::export::refuse_before_layout;
use borderflow::generate::synthetic_map;
use borderflow::io::{load_map, map_to_string};
use borderflow::model::{Date, Language};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn deliverables(c: &mut Criterion) {
    let (Ok(rulebook), Ok(date)) = (Rulebook::builtin(), "2026-11-22".parse::<Date>()) else {
        panic!("the built-in rulebook and a valid date");
    };
    let mut group = c.benchmark_group("deliver");
    group.sample_size(10);
    for (sites, flows) in [(100, 200), (1_000, 2_000)] {
        let map = synthetic_map(sites, flows, 42);
        let evaluation = rulebook.evaluate(&map, date);
        // From the evaluated map to the file's bytes, as `register` and `report` run them.
        group.bench_function(BenchmarkId::new("xlsx", sites), |b| {
            b.iter(|| {
                let register = build_register(
                    &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
                );
                register_bytes(&register, RegisterFormat::Xlsx)
            });
        });
        group.bench_function(BenchmarkId::new("csv", sites), |b| {
            b.iter(|| {
                let register = build_register(
                    &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
                );
                register_bytes(&register, RegisterFormat::Csv)
            });
        });
        group.bench_function(BenchmarkId::new("docx", sites), |b| {
            b.iter(|| {
                report::to_docx(&report::build(
                    &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
                ))
            });
        });
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron");
    let (Ok(map), Ok(bytes)) = (load_map(&path), std::fs::read(&path)) else {
        panic!("the Pearl Delta sample");
    };
    let input = BundleInput {
        map: &map,
        map_file: ("pearl-delta-hengqin.ron", &bytes),
        rulebook: &rulebook,
        language: Language::English,
        as_of: date,
    };
    group.bench_function("bundle/pearl-delta-zip", |b| {
        b.iter(|| build_bundle(&input).and_then(|bundle| Ok(bundle.to_zip()?)));
    });
    for (sites, flows) in [(1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        let Ok(text) = map_to_string(&map) else {
            panic!("the synthetic map as text");
        };
        group.bench_function(BenchmarkId::new("too_dense", sites), |b| {
            b.iter(|| refuse_before_layout(&map).is_err());
        });
        let input = BundleInput {
            map: &map,
            map_file: ("synthetic.ron", text.as_bytes()),
            rulebook: &rulebook,
            language: Language::English,
            as_of: date,
        };
        group.bench_function(BenchmarkId::new("bundle_zip", sites), |b| {
            b.iter(|| build_bundle(&input).and_then(|bundle| Ok(bundle.to_zip()?)));
        });
    }
    group.finish();
}

criterion_group!(benches, deliverables);
criterion_main!(benches);
