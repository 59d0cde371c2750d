//! Export speed: the diagram as SVG and PNG, of the samples and of synthetic maps that print;
//! the DPIA report (targets: PDF of 1,000 sites under 3 s and of 5,000 under 5 s, HTML or
//! Markdown of 20,000 under 4 s).

use borderflow::export::{SvgOptions, diagram_svg, svg_to_png};
use borderflow::generate::synthetic_map;
use borderflow::io::load_map;
use borderflow::model::{Date, Language, Map};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The maps the diagram benches draw: the three samples and synthetic maps of 100 and 200
/// sites. Larger synthetic maps stack hundreds of cards in one lane and are refused as
/// unreadable (timing the refusal would say nothing about drawing), so the diagram is timed on
/// maps that print.
fn diagram_maps() -> Vec<(String, Map)> {
    let mut maps: Vec<(String, Map)> = [
        "lotus-trading-dingtalk",
        "pearl-delta-hengqin",
        "banco-estrela-evidence",
    ]
    .into_iter()
    .map(|name| {
        let path = format!("{}/samples/{name}.ron", env!("CARGO_MANIFEST_DIR"));
        let Ok(map) = load_map(std::path::Path::new(&path)) else {
            panic!("the sample {path} loads");
        };
        (name.to_owned(), map)
    })
    .collect();
    for (sites, flows) in [(100, 200), (200, 400)] {
        maps.push((sites.to_string(), synthetic_map(sites, flows, 42)));
    }
    maps
}

fn svg(c: &mut Criterion) {
    let (Ok(rulebook), Ok(date)) = (Rulebook::builtin(), "2026-11-22".parse::<Date>()) else {
        panic!("the built-in rulebook and a valid date");
    };
    let options = SvgOptions::default();
    let maps = diagram_maps();
    let mut group = c.benchmark_group("export/svg");
    group.sample_size(20);
    for (name, map) in &maps {
        let evaluation = rulebook.evaluate(map, date);
        group.bench_with_input(BenchmarkId::from_parameter(name), map, |b, map| {
            b.iter(|| diagram_svg(&Evaluated::new(map, &evaluation, &rulebook), &options));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("export/png");
    group.sample_size(10);
    for (name, map) in &maps {
        let evaluation = rulebook.evaluate(map, date);
        let svg = diagram_svg(&Evaluated::new(map, &evaluation, &rulebook), &options);
        // Fonts load once per process; load them before timing.
        let _ = svg_to_png(&svg, 1.0);
        group.bench_with_input(BenchmarkId::from_parameter(name), &svg, |b, svg| {
            b.iter(|| svg_to_png(svg, 2.0));
        });
    }
    group.finish();

    // The whole report: building its sections (with the diagram SVG), then writing it. Targets:
    // PDF of 1,000 sites under 3 s and of 5,000 under 5 s; HTML and Markdown of 20,000 under 4 s.
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    for (sites, flows) in [
        (100, 200),
        (1_000, 2_000),
        (5_000, 10_000),
        (20_000, 40_000),
    ] {
        let map = synthetic_map(sites, flows, 42);
        let evaluation = rulebook.evaluate(&map, date);
        let build = || {
            report::build(
                &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
            )
        };
        if sites <= 5_000 {
            group.bench_function(BenchmarkId::new("pdf", sites), |b| {
                b.iter(|| report::to_pdf(&build()));
            });
        }
        group.bench_function(BenchmarkId::new("html", sites), |b| {
            b.iter(|| report::to_html(&build()));
        });
        group.bench_function(BenchmarkId::new("markdown", sites), |b| {
            b.iter(|| report::to_markdown(&build(), "diagram.svg"));
        });
    }
    group.finish();
}

criterion_group!(benches, svg);
criterion_main!(benches);
