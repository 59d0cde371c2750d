//! Rule evaluation speed: every pack on synthetic maps (issue target: 10,000 flows under 20 ms).

use borderflow::generate::synthetic_map;
use borderflow::model::Date;
use borderflow::rules::Rulebook;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn evaluate(c: &mut Criterion) {
    let Ok(rulebook) = Rulebook::builtin() else {
        panic!("the built-in rulebook loads");
    };
    let Ok(as_of) = "2026-11-22".parse::<Date>() else {
        panic!("a valid date");
    };
    let mut group = c.benchmark_group("rules/evaluate");
    for (sites, flows) in [(100, 200), (1_000, 2_000), (5_000, 10_000)] {
        let map = synthetic_map(sites, flows, 42);
        group.bench_with_input(BenchmarkId::from_parameter(flows), &map, |b, map| {
            b.iter(|| rulebook.evaluate(map, as_of));
        });
    }
    group.finish();
    // Evaluating and then putting every finding's reasons in words, as `check --json` does.
    let map = synthetic_map(5_000, 10_000, 42);
    c.bench_function("rules/evaluate_and_word_every_reason/10000", |b| {
        b.iter(|| {
            let evaluation = rulebook.evaluate(&map, as_of);
            evaluation
                .findings
                .iter()
                .map(|finding| finding.reasons().len())
                .sum::<usize>()
        });
    });
    c.bench_function("rules/load_builtin_packs", |b| b.iter(Rulebook::builtin));
}

criterion_group!(benches, evaluate);
criterion_main!(benches);
