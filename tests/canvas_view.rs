//! The canvas read from the back of the room: no text under 11 pixels at any zoom, the UI zoom
//! scaling the map with the panels, and presentation mode.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use borderflow::app::BorderflowApp;
use egui::epaint::Shape;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Every text the last frame drew, with its size on screen in pixels.
fn texts_drawn(harness: &Harness<'_, BorderflowApp>) -> Vec<(String, f32)> {
    fn walk(shape: &Shape, ppp: f32, found: &mut Vec<(String, f32)>) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, ppp, found);
                }
            }
            Shape::Text(text) => {
                let galley = &text.galley;
                let Some(section) = galley.job.sections.first() else {
                    return;
                };
                // A transformed layer scales the rows but not the glyphs: their ratio is the
                // layer's zoom.
                let scale = galley
                    .rows
                    .iter()
                    .find_map(|placed| {
                        let tallest = placed
                            .row
                            .glyphs
                            .iter()
                            .map(|glyph| glyph.line_height)
                            .fold(0.0, f32::max);
                        (tallest > 0.0).then(|| placed.row.size.y / tallest)
                    })
                    .unwrap_or(1.0);
                found.push((
                    galley.job.text.clone(),
                    section.format.font_id.size * scale * ppp,
                ));
            }
            _ => {}
        }
    }
    let output = harness.output();
    let mut found = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, output.pixels_per_point, &mut found);
    }
    found
}

/// The canvas's texts: site names and flow labels.
fn canvas_texts(harness: &Harness<'_, BorderflowApp>) -> Vec<(String, f32)> {
    let names: Vec<String> = harness
        .state()
        .map()
        .sites()
        .map(|site| site.name.clone())
        .collect();
    texts_drawn(harness)
        .into_iter()
        .filter(|(text, _)| {
            // A flow's label is "F1" or "F1 · …"; the risk panel's "F1: …" is not on the canvas.
            let flow_tag = text.strip_prefix('F').is_some_and(|rest| {
                let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
                after.len() < rest.len() && (after.is_empty() || after.starts_with(" · "))
            });
            flow_tag
                || names
                    .iter()
                    .any(|name| name.starts_with(text.trim_end_matches('…')))
        })
        .collect()
}

/// Shows the map at `px` screen pixels per map unit, about the current view's centre.
fn zoom_to(harness: &mut Harness<'_, BorderflowApp>, px: f32) {
    let state = harness.state().canvas();
    let scaling = state.screen_from_map().unwrap().scaling;
    let ppp = harness.ctx.pixels_per_point();
    let view = state.scene_rect();
    let wanted = Rect::from_center_size(view.center(), view.size() * scaling * ppp / px);
    harness.state_mut().look_at(wanted);
    harness.run();
    let now = harness.state().canvas().screen_from_map().unwrap().scaling * ppp;
    assert!((now - px).abs() < px * 0.02, "asked {px}, got {now}");
}

#[test]
fn no_canvas_text_is_drawn_under_11_pixels_at_any_zoom() {
    let mut harness = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    for px in [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.4] {
        zoom_to(&mut harness, px);
        for (text, size) in canvas_texts(&harness) {
            // The size is read back from rows laid out on whole pixels: within 3 %.
            assert!(size >= 10.7, "{text:?} drawn at {size:.2} px at zoom {px}");
        }
    }
    // Close enough, labels are whole; a little further out they shrink to their number at
    // 11 pixels; far out they are gone.
    zoom_to(&mut harness, 1.0);
    let texts = canvas_texts(&harness);
    assert!(
        texts.iter().any(|(text, _)| text.starts_with("F1 · ")),
        "{texts:?}"
    );
    zoom_to(&mut harness, 0.6);
    let texts = canvas_texts(&harness);
    assert!(texts.iter().any(|(text, _)| text == "F1"), "{texts:?}");
    assert!(!texts.iter().any(|(text, _)| text.starts_with("F1 · ")));
    zoom_to(&mut harness, 0.3);
    let texts = canvas_texts(&harness);
    assert!(
        !texts.iter().any(|(text, _)| text.starts_with('F')),
        "{texts:?}"
    );
}

/// The site card's width on screen, in pixels.
fn card_pixels(harness: &Harness<'_, BorderflowApp>, name: &str) -> f32 {
    let site = harness
        .state()
        .map()
        .sites()
        .find(|site| site.name == name)
        .unwrap()
        .id
        .clone();
    harness.state().site_rect_on_screen(&site).unwrap().width() * harness.ctx.pixels_per_point()
}

#[test]
fn the_ui_zoom_scales_the_map_with_the_panels() {
    let mut harness = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    let before = card_pixels(&harness, "Macau head office");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    // A real window keeps its pixels: in points it is smaller by the zoom.
    let zoom = harness.ctx.zoom_factor();
    assert!((zoom - 1.1).abs() < 1e-4, "{zoom}");
    harness.set_size(egui::vec2(1440.0, 900.0) / zoom);
    harness.run();
    let after = card_pixels(&harness, "Macau head office");
    assert!(
        (after / before - zoom).abs() < 0.02,
        "the card went from {before} to {after} pixels at zoom {zoom}"
    );
}

#[test]
fn presentation_mode_hides_the_panels_keeps_the_count_and_esc_leaves_it() {
    let mut harness = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    let findings = harness.state().evaluation().findings.len();
    let count = format!("{findings} findings");
    let panels = ["Add Macau office", "Organisation, for the filings"];
    let tab = format!("Findings ({findings})");
    for label in panels {
        assert!(harness.query_by_label_contains(label).is_some(), "{label}");
    }
    assert!(harness.query_by_label(&tab).is_some());
    let card = card_pixels(&harness, "Macau head office");

    harness.key_press(Key::F11);
    harness.run();
    assert!(harness.state().ui_state().presenting().is_some());
    for label in panels {
        assert!(
            harness.query_by_label_contains(label).is_none(),
            "{label} still shown"
        );
    }
    assert!(harness.query_by_label(&tab).is_none());
    assert!(
        harness.query_by_label_contains(&count).is_some(),
        "no {count:?}"
    );
    // Text and cards are larger: the UI is zoomed and the map fitted to the whole window.
    assert!(harness.ctx.zoom_factor() > 1.2);
    assert!(card_pixels(&harness, "Macau head office") > card * 1.2);

    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().ui_state().presenting().is_none());
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    for label in panels {
        assert!(
            harness.query_by_label_contains(label).is_some(),
            "{label} not back"
        );
    }
    assert!(harness.query_by_label(&tab).is_some());
    let back = card_pixels(&harness, "Macau head office");
    assert!((back - card).abs() < 1.0, "{card} then {back}");

    // The menu enters it too, and the bar's button leaves it.
    harness.get_by_label("View").click();
    harness.run();
    // The item's accessible name carries its shortcut.
    harness.get_by_label_contains("Present").click();
    harness.run();
    assert!(harness.state().ui_state().presenting().is_some());
    harness.get_by_label("Leave presentation (Esc)").click();
    harness.run();
    assert!(harness.state().ui_state().presenting().is_none());
}
