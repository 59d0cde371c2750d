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

/// Lays out and tessellates one frame of a 1366×768 window; the vertices it hands the GPU.
fn room_frame(ctx: &egui::Context, app: &mut BorderflowApp) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 768.0),
        )),
        ..egui::RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point)
        .iter()
        .map(|clipped| match &clipped.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

/// One pan step on the 5,000-site map at mid zoom (cards with their names, a few hundred in
/// view) in a 1366×768 window: the view moves 40 points and the frame is laid out and
/// tessellated again, the CPU part of a pan's event to screen.
fn pan_step(c: &mut Criterion) {
    let Ok(today) = "2026-11-22".parse::<Date>() else {
        panic!("a valid date");
    };
    let mut group = c.benchmark_group("editor/pan");
    for zoom in [0.3_f32, 0.6] {
        let ctx = egui::Context::default();
        let mut app = BorderflowApp::with_map(synthetic_map(5_000, 10_000, 42), today);
        let mut view =
            egui::Rect::from_min_size(egui::pos2(0.0, 2_000.0), egui::vec2(840.0, 400.0) / zoom);
        app.look_at(view);
        room_frame(&ctx, &mut app);
        let vertices = room_frame(&ctx, &mut app);
        println!("pan at zoom {zoom}: {vertices} vertices a frame");
        let mut step = 0_u32;
        group.bench_function(BenchmarkId::new("step_5000_sites_zoom", zoom), |b| {
            b.iter(|| {
                step += 1;
                let sign = if step % 40 < 20 { 1.0 } else { -1.0 };
                view = view.translate(egui::vec2(sign * 40.0 / zoom, 0.0));
                app.look_at(view);
                room_frame(&ctx, &mut app)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, editor_frame, pan_step);
criterion_main!(benches);
