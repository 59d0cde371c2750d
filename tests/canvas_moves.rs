//! Direct manipulation on the canvas: the connect handle is easy to hit at any zoom, a dragged
//! card snaps to the other cards' centres, a lane that holds a card back says why, and the
//! canvas keeps its zoom when the panels beside it change width.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::BorderflowApp;
use borderflow::io::save_map;
use borderflow::model::{Jurisdiction, Lane, Map, SiteId};
use borderflow::scene::lane_x_range;
use egui::accesskit::Role;
use egui::{Key, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::harness;

/// An empty map with sites added from the keyboard, one per typed preset name.
fn sketch(folder: &Path, presets: &[&str]) -> Harness<'static, BorderflowApp> {
    let path = folder.join("workshop.ron");
    save_map(&path, &Map::default()).unwrap();
    let mut harness = harness(Some(&path));
    for preset in presets {
        harness.key_press(Key::N);
        harness.run();
        harness.event(egui::Event::Text((*preset).to_owned()));
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
    }
    harness
}

fn site(harness: &Harness<'_, BorderflowApp>, name: &str) -> SiteId {
    harness
        .state()
        .map()
        .sites()
        .find(|site| site.name == name)
        .unwrap()
        .id
        .clone()
}

/// Screen points per map unit in the last frame.
fn zoom(harness: &Harness<'_, BorderflowApp>) -> f32 {
    let a = harness.state().screen_from_map(Pos2::ZERO).unwrap();
    let b = harness
        .state()
        .screen_from_map(Pos2::new(100.0, 0.0))
        .unwrap();
    (b.x - a.x) / 100.0
}

/// Presses at `from`, moves to `to` in steps, and lets go after `during` has looked.
fn drag(
    harness: &mut Harness<'_, BorderflowApp>,
    from: Pos2,
    to: Pos2,
    during: impl FnOnce(&Harness<'_, BorderflowApp>),
) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=6u8 {
        harness.hover_at(from + (to - from) * (f32::from(step) / 6.0));
        harness.run();
    }
    during(harness);
    harness.drop_at(to);
    harness.run();
}

#[test]
fn a_card_dragged_towards_another_lane_stays_in_its_own_and_a_note_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = sketch(folder.path(), &["hong kong o"]);
    let office = site(&harness, "Hong Kong office");
    let card = harness.state().site_rect_on_screen(&office).unwrap();
    let note = "Hong Kong sites stay in the Hong Kong lane: change the jurisdiction to move it";
    assert!(harness.query_by_label(note).is_none());
    drag(
        &mut harness,
        card.center(),
        card.center() - Vec2::new(500.0, 0.0),
        |harness| {
            assert!(
                harness.query_by_label(note).is_some(),
                "the note shows while dragging"
            )
        },
    );
    let moved = harness.state().map().site(&office).unwrap().clone();
    assert_eq!(moved.jurisdiction, Jurisdiction::HongKong);
    let (left, right) = lane_x_range(Lane::HongKong);
    let x = moved.position.unwrap().x;
    assert!((left..right).contains(&x), "{x}");
    assert!(harness.query_by_label(note).is_some(), "and a moment after");
}

#[test]
fn a_dragged_card_snaps_to_the_centre_line_of_a_card_nearby() {
    let folder = tempfile::tempdir().unwrap();
    // DingTalk lands in its lane's first row, the HR system in the Macau lane's second.
    let mut harness = sketch(folder.path(), &["mac", "hr", "ding"]);
    let (hr, dingtalk) = (site(&harness, "HR system"), site(&harness, "DingTalk"));
    let target = harness.state().site_rect_on_screen(&hr).unwrap().center();
    let card = harness
        .state()
        .site_rect_on_screen(&dingtalk)
        .unwrap()
        .center();
    // Let go a few points below the HR system's centre line.
    drag(
        &mut harness,
        card,
        Pos2::new(card.x, target.y + 5.0),
        |_| {},
    );
    let y = |harness: &Harness<'_, BorderflowApp>, id: &SiteId| {
        harness.state().map().site(id).unwrap().position.unwrap().y
    };
    assert_eq!(
        y(&harness, &dingtalk),
        y(&harness, &hr),
        "snapped to the same row"
    );
    // Far from any centre line, it lands where it is let go.
    let card = harness
        .state()
        .site_rect_on_screen(&dingtalk)
        .unwrap()
        .center();
    let before = y(&harness, &dingtalk);
    drag(&mut harness, card, card + Vec2::new(0.0, 47.0), |_| {});
    let moved = y(&harness, &dingtalk) - before;
    assert!((moved - 47.0 / zoom(&harness)).abs() < 0.5, "{moved}");
}

#[test]
fn the_connect_handle_is_at_least_22_points_wide_and_grabbed_off_centre() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = sketch(folder.path(), &["mac", "ding"]);
    let (office, dingtalk) = (site(&harness, "Macau office"), site(&harness, "DingTalk"));
    let handle = harness.get_by_label("Connect from Macau office").rect();
    let width_on_screen = handle.width() * zoom(&harness);
    assert!(width_on_screen >= 22.0, "{width_on_screen} points");
    // Pressed 9 points right of the handle's centre, it still draws a flow.
    let start = harness
        .state()
        .site_rect_on_screen(&office)
        .unwrap()
        .right_center();
    let end = harness
        .state()
        .site_rect_on_screen(&dingtalk)
        .unwrap()
        .center();
    drag(&mut harness, start + Vec2::new(9.0, 0.0), end, |_| {});
    let flow = harness
        .state()
        .map()
        .flows()
        .next()
        .expect("a flow was drawn")
        .flow
        .clone();
    assert_eq!((flow.from, flow.to), (office, dingtalk));
}

/// Selects a site or flow through Find, as a user would.
fn find(harness: &mut Harness<'_, BorderflowApp>, id: &str) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Find site or flow").type_text(id);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn the_canvas_keeps_its_zoom_when_the_inspector_changes_width() {
    let mut harness = harness(Some(&common::sample_path("pearl-delta-hengqin")));
    // The inspector's left edge, by the leftmost widget it shows.
    let edge = |harness: &Harness<'_, BorderflowApp>| {
        harness
            .query_all_by_label_contains("id ")
            .map(|node| node.rect().left())
            .fold(f32::MAX, f32::min)
    };
    find(&mut harness, "dingtalk-hangzhou");
    let (edge_before, before) = (edge(&harness), zoom(&harness));
    // This site's inspector is wider: the canvas narrows, and its scale stays.
    find(&mut harness, "hengqin-site-workers");
    let (edge_after, after) = (edge(&harness), zoom(&harness));
    assert!(
        edge_before - edge_after > 10.0,
        "{edge_before} -> {edge_after}"
    );
    assert!(
        (after / before - 1.0).abs() < 1e-3,
        "zoom {before} -> {after}"
    );
}

#[test]
fn choosing_a_finding_shows_both_ends_of_its_flow_whole() {
    // On a small screen, where the canvas is narrow.
    let startup = common::startup(Some(&common::sample_path("banco-estrela-evidence")));
    let mut harness = Harness::builder()
        .with_size([1366.0, 768.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| BorderflowApp::new(cc, startup.clone()));
    harness.run();
    // Worst first by default: turned round, the info findings come first.
    common::click(&mut harness, "Sort by Severity", &[Role::Button]);
    let number = harness
        .state()
        .map()
        .flow(&borderflow::model::FlowId::new("audit-events").unwrap())
        .unwrap()
        .flow
        .number
        .unwrap();
    harness
        .get_by_label_contains(&format!("info CN-04 on F{number}: "))
        .click();
    harness.run();
    let flow = harness
        .state()
        .map()
        .flow(&borderflow::model::FlowId::new("audit-events").unwrap())
        .unwrap()
        .flow
        .clone();
    assert!(harness.state().selection().flows.contains(&flow.id));
    // The canvas lies between the palette, the inspector and the risk panel (their contents
    // are a margin inside their edges).
    let margin = 8.0;
    let palette_right = harness.get_by_label("Add Macau office").rect().right() + margin;
    let inspector_left = harness
        .query_all_by_label_contains("id audit-events")
        .map(|node| node.rect().left())
        .fold(f32::MAX, f32::min)
        - margin;
    let risk_top = harness.get_by_label("Heatmap").rect().top() - margin;
    for end in [&flow.from, &flow.to] {
        let card = harness.state().site_rect_on_screen(end).unwrap();
        assert!(
            card.left() >= palette_right && card.right() <= inspector_left,
            "{end}: {card:?} between {palette_right} and {inspector_left}"
        );
        assert!(
            card.top() >= 0.0 && card.bottom() <= risk_top,
            "{end}: {card:?}"
        );
    }
}

#[test]
fn find_from_the_dpia_workspace_shows_the_site_on_the_map() {
    let mut harness = harness(None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::D);
    harness.run();
    assert_eq!(
        harness.state().workspace(),
        borderflow::app::Workspace::Dpia
    );
    find(&mut harness, "coloane");
    assert_eq!(harness.state().workspace(), borderflow::app::Workspace::Map);
    let selected: Vec<&str> = harness
        .state()
        .selection()
        .sites
        .iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(selected, ["coloane-showroom"]);
}
