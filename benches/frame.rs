//! The editor's CPU work per frame, headless: egui layout of every panel and the canvas, plus
//! tessellation, with no GPU (issue targets: 1,000 sites and 2,000 flows at most 8 ms a frame,
//! 5,000 sites and 10,000 flows at most 16 ms, with the minimap shown).
//!
//! Three views of each map: fitted (so far out that the lanes collapse to their counts), zoomed
//! out to just before they collapse (every card and arrow in view drawn, the minimap over
//! them), and a workshop view at 1:1 (a few dozen sites with their labels, and the minimap).

use borderflow::app::BorderflowApp;
use borderflow::generate::synthetic_map;
use borderflow::model::Date;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1440.0, 900.0),
        )),
        ..egui::RawInput::default()
    }
}

/// Lays out and tessellates one frame, as eframe does before handing triangles to the GPU.
fn frame(ctx: &egui::Context, app: &mut BorderflowApp) -> usize {
    let output = ctx.run_ui(raw_input(), |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn editor_frame(c: &mut Criterion) {
    let Ok(today) = "2026-11-22".parse::<Date>() else {
        panic!("a valid date");
    };
    let mut group = c.benchmark_group("editor/frame");
    for (sites, flows) in [(1_000, 2_000), (5_000, 10_000)] {
        // Whole map in view: the lanes collapsed to their counts.
        let ctx = egui::Context::default();
        let mut app = BorderflowApp::with_map(synthetic_map(sites, flows, 42), today);
        frame(&ctx, &mut app);
        frame(&ctx, &mut app);
        group.bench_function(BenchmarkId::new("fit_to_map", sites), |b| {
            b.iter(|| frame(&ctx, &mut app));
        });

        // Just before the lanes collapse: cards 5 pixels tall, a wall of arrows, the minimap.
        let ctx = egui::Context::default();
        let mut app = BorderflowApp::with_map(synthetic_map(sites, flows, 42), today);
        app.look_at(egui::Rect::from_min_size(
            egui::pos2(0.0, 0.0),
            egui::vec2(900.0, 480.0) / 0.08,
        ));
        frame(&ctx, &mut app);
        frame(&ctx, &mut app);
        group.bench_function(BenchmarkId::new("zoomed_out", sites), |b| {
            b.iter(|| frame(&ctx, &mut app));
        });

        // A workshop view at 1:1: a few dozen sites with their labels, and the minimap.
        let ctx = egui::Context::default();
        let mut app = BorderflowApp::with_map(synthetic_map(sites, flows, 42), today);
        app.look_at(egui::Rect::from_min_size(
            egui::pos2(0.0, 0.0),
            egui::vec2(900.0, 700.0),
        ));
        frame(&ctx, &mut app);
        frame(&ctx, &mut app);
        group.bench_function(BenchmarkId::new("one_to_one", sites), |b| {
            b.iter(|| frame(&ctx, &mut app));
        });
    }
    group.finish();
}

criterion_group!(benches, editor_frame);
criterion_main!(benches);
