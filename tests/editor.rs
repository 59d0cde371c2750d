//! The editor driven as a user would, by accessible names: add sites from the palette, connect
//! them, tag the flow, watch a finding appear and disappear, undo and redo, save and reopen.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{BorderflowApp, Startup, Storage};
use borderflow::io::{load_map, save_map};
use borderflow::model::{DataClass, Map, MapMeta, Safeguard};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn startup(open: Option<&Path>) -> Startup {
    Startup {
        open: open.map(Path::to_owned),
        storage: Storage::none(),
        today: "2026-11-22".parse().unwrap(),
    }
}

fn harness(open: Option<&Path>) -> Harness<'static, BorderflowApp> {
    let startup = startup(open);
    // The test machine has only egui's own fonts (the app falls back to system fonts for
    // arrows and Chinese), so a missing glyph draws a box here instead of failing.
    let mut harness = Harness::builder()
        .with_size([1440.0, 900.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| BorderflowApp::new(cc, startup.clone()));
    harness.run();
    harness
}

/// An empty map saved in a temporary folder, so Save needs no dialog.
fn empty_map_file(folder: &Path) -> std::path::PathBuf {
    let path = folder.join("workshop.ron");
    let map = Map::new(MapMeta {
        title: "Workshop".into(),
        ..MapMeta::default()
    });
    save_map(&path, &map).unwrap();
    path
}

fn rules_of(harness: &Harness<'_, BorderflowApp>) -> Vec<String> {
    harness
        .state()
        .evaluation()
        .findings
        .iter()
        .map(|finding| finding.rule().to_owned())
        .collect()
}

/// Drags on the canvas from one point of the map to another.
fn drag_on_canvas(
    harness: &mut Harness<'_, BorderflowApp>,
    from_on_screen: egui::Pos2,
    to_on_screen: egui::Pos2,
) {
    harness.hover_at(from_on_screen);
    harness.run();
    harness.drag_at(from_on_screen);
    harness.run();
    for step in 1..=5u8 {
        let t = f32::from(step) / 5.0;
        harness.hover_at(from_on_screen + (to_on_screen - from_on_screen) * t);
        harness.run();
    }
    harness.drop_at(to_on_screen);
    harness.run();
}

#[test]
fn with_no_map_the_editor_opens_the_dingtalk_sample() {
    let harness = harness(None);
    let map = harness.state().map();
    assert_eq!(map.meta.organisation, "Lotus Trading Ltd.");
    assert!(
        harness
            .get_by_label("Site DingTalk (Hangzhou)")
            .rect()
            .width()
            > 0.0
    );
    assert!(harness.state().window_title().contains("(unsaved)"));
}

#[test]
fn draw_tag_undo_save_and_reopen() {
    let folder = tempfile::tempdir().unwrap();
    let path = empty_map_file(folder.path());
    let mut harness = harness(Some(&path));
    assert_eq!(harness.state().map().site_count(), 0);

    // Two sites from the palette; the new site's name is ready for typing.
    harness.get_by_label("Add Macau office").click();
    harness.run();
    harness.get_by_label("Add DingTalk").click();
    harness.run();
    assert_eq!(harness.state().map().site_count(), 2);
    assert!(harness.state().window_title().contains("workshop.ron •"));

    // Connect them by dragging from the office's handle to DingTalk.
    let office = harness
        .state()
        .map()
        .sites()
        .find(|s| s.name == "Macau office")
        .unwrap()
        .id
        .clone();
    let dingtalk = harness
        .state()
        .map()
        .sites()
        .find(|s| s.name == "DingTalk")
        .unwrap()
        .id
        .clone();
    harness.get_by_label("Site Macau office").click();
    harness.run();
    let from = harness
        .state()
        .site_rect_on_screen(&office)
        .unwrap()
        .right_center();
    let to = harness
        .state()
        .site_rect_on_screen(&dingtalk)
        .unwrap()
        .center();
    drag_on_canvas(&mut harness, from, to);
    assert_eq!(
        harness.state().map().flow_count(),
        1,
        "the drag drew a flow"
    );
    let flow = harness
        .state()
        .map()
        .flows()
        .next()
        .unwrap()
        .flow
        .id
        .clone();
    assert!(harness.state().selection().flows.contains(&flow));
    assert!(
        rules_of(&harness).contains(&"MO-01".to_owned()),
        "an export with no ground"
    );

    // Tag a sensitive class: the authorisation finding appears.
    assert!(!rules_of(&harness).contains(&"MO-04".to_owned()));
    harness.get_by_label("Health data [MP]").click();
    harness.run();
    assert!(rules_of(&harness).contains(&"MO-04".to_owned()));
    assert!(
        harness
            .query_by_label_contains("Sensitive data processed without")
            .is_some()
    );

    // Add the safeguard its mitigation asks for: the finding disappears.
    harness.get_by_label("Macau authorisation granted").click();
    harness.run();
    assert!(!rules_of(&harness).contains(&"MO-04".to_owned()));
    let tagged = harness.state().map().flow(&flow).unwrap().flow.clone();
    assert!(tagged.data_classes.contains(&DataClass::Health));
    assert!(tagged.safeguards.contains(&Safeguard::MacauAuthorisation));

    // Undo brings the finding back; redo removes it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(rules_of(&harness).contains(&"MO-04".to_owned()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(!rules_of(&harness).contains(&"MO-04".to_owned()));

    // Save, and the file holds the same map; reopening finds it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    let saved = load_map(&path).unwrap();
    assert_eq!(&saved, harness.state().map());
    let reopened = self::harness(Some(&path));
    assert_eq!(reopened.state().map(), &saved);
    assert!(
        reopened
            .state()
            .window_title()
            .starts_with("workshop.ron —")
    );
}

#[test]
fn a_broken_file_is_reported_in_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("broken.ron");
    std::fs::write(
        &path,
        "(format: \"borderflow-map\", version: 1, sites: [(id: \"x\")])",
    )
    .unwrap();
    let harness = harness(Some(&path));
    assert!(harness.query_by_label("Could not open the file").is_some());
    assert!(harness.query_by_label_contains("broken.ron:1:").is_some());
}
