//! Auto-layout speed (issue target: 1,000 sites in under a second), and building the scene the
//! canvas and the exports paint.

use borderflow::generate::synthetic_map;
use borderflow::layout::auto_layout;
use borderflow::model::Date;
use borderflow::rules::Rulebook;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout/auto");
    group.sample_size(20);
    for (sites, flows) in [(100, 200), (1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        group.bench_with_input(BenchmarkId::from_parameter(sites), &map, |b, map| {
            b.iter(|| auto_layout(map));
        });
    }
    group.finish();

    let (Ok(rulebook), Ok(date)) = (Rulebook::builtin(), "2026-11-22".parse::<Date>()) else {
        panic!("the built-in rulebook and a valid date");
    };
    let mut group = c.benchmark_group("scene/build");
    group.sample_size(20);
    for (sites, flows) in [(100, 200), (1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        let evaluation = rulebook.evaluate(&map, date);
        group.bench_with_input(BenchmarkId::from_parameter(sites), &map, |b, map| {
            b.iter(|| borderflow::scene::build(map, Some(&evaluation)));
        });
    }
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
