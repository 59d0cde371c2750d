//! Export speed (issue target: SVG of 1,000 sites under 100 ms).

use borderflow::export::{SvgOptions, diagram_svg};
use borderflow::generate::synthetic_map;
use borderflow::model::Date;
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
}

criterion_group!(benches, svg);
criterion_main!(benches);
