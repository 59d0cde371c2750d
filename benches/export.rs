//! Export speed (issue targets: SVG of 1,000 sites under 100 ms, PNG under 1 s; the DPIA report
//! as PDF of 1,000 sites under 3 s and of 5,000 under 5 s, as HTML or Markdown of 20,000 under
//! 4 s).

use borderflow::export::{SvgOptions, diagram_svg, svg_to_png};
use borderflow::generate::synthetic_map;
use borderflow::model::{Date, Language};
use borderflow::report;
use borderflow::rules::Rulebook;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn svg(c: &mut Criterion) {
    let (Ok(rulebook), Ok(date)) = (Rulebook::builtin(), "2026-11-22".parse::<Date>()) else {
        panic!("the built-in rulebook and a valid date");
    };
    let options = SvgOptions { date, page: None };
    let mut group = c.benchmark_group("export/svg");
    group.sample_size(20);
    for (sites, flows) in [(100, 200), (1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        let evaluation = rulebook.evaluate(&map, date);
        group.bench_with_input(BenchmarkId::from_parameter(sites), &map, |b, map| {
            b.iter(|| diagram_svg(map, &evaluation, &options));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("export/png");
    group.sample_size(10);
    for (sites, flows) in [(100, 200), (1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        let evaluation = rulebook.evaluate(&map, date);
        let svg = diagram_svg(&map, &evaluation, &options);
        // Fonts load once per process; load them before timing.
        let _ = svg_to_png(&svg, 1.0);
        group.bench_with_input(BenchmarkId::from_parameter(sites), &svg, |b, svg| {
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
        let build = || report::build(&map, &evaluation, &rulebook, Language::English, date);
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
