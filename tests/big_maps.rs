//! Finding one's way in a large map: the lanes collapse to their counts when zoomed far out,
//! the minimap moves the view, and the canvas narrows to a jurisdiction, a site and its
//! neighbours, or a heatmap cell.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use borderflow::app::BorderflowApp;
use borderflow::generate::synthetic_map;
use borderflow::io::save_map;
use borderflow::model::Lane;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// A synthetic map of `sites` sites saved in `folder`.
fn big_map(folder: &Path, sites: usize) -> PathBuf {
    let path = folder.join("big.ron");
    save_map(&path, &synthetic_map(sites, sites * 2, 7)).unwrap();
    path
}

/// The sites the canvas shows, by the accessible names of their cards.
fn sites_shown(harness: &Harness<'_, BorderflowApp>) -> Vec<String> {
    harness
        .query_all_by_label_contains("Site ")
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .filter_map(|node| node.accesskit_node().label().map(|label| label.to_string()))
        .filter(|label| label.starts_with("Site "))
        .collect()
}

fn lane_name(lane: Lane) -> &'static str {
    match lane {
        Lane::Macau => "Macau",
        Lane::MainlandGba => "Mainland GBA (incl. Hengqin)",
        Lane::Mainland => "Mainland (rest)",
        Lane::HongKong => "Hong Kong",
        Lane::Elsewhere => "Elsewhere",
    }
}

#[test]
fn far_out_the_lanes_collapse_to_their_counts_and_a_click_goes_into_one() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness(Some(&big_map(folder.path(), 600)));
    let mut per_lane: BTreeMap<Lane, usize> = BTreeMap::new();
    for site in harness.state().map().sites() {
        *per_lane.entry(site.jurisdiction.lane()).or_default() += 1;
    }
    // The whole map fits as a strip: no card is drawn, each lane says how many sites it has.
    assert!(sites_shown(&harness).is_empty());
    for (lane, count) in &per_lane {
        let column = format!("{}: {count} sites,", lane_name(*lane));
        assert!(
            harness.query_by_label_contains(&column).is_some(),
            "{column}"
        );
    }
    // No minimap while collapsed: the counts are the overview.
    assert!(harness.query_by_label("Overview map").is_none());

    harness.get_by_label_contains("Hong Kong: ").click();
    harness.run();
    let view = harness.state().scene_rect();
    let (left, right) = borderflow::scene::lane_x_range(Lane::HongKong);
    assert!(
        view.center().x > left && view.center().x < right,
        "{view:?}"
    );
    assert!(harness.query_by_label_contains("Hong Kong: ").is_none());
    let shown = sites_shown(&harness);
    assert!(!shown.is_empty());
    // The cards in view are the Hong Kong lane's top ones.
    let hong_kong: Vec<String> = harness
        .state()
        .map()
        .sites()
        .filter(|site| site.jurisdiction.lane() == Lane::HongKong)
        .map(|site| format!("Site {}", site.name))
        .collect();
    assert!(
        shown.iter().any(|site| hong_kong.contains(site)),
        "{shown:?}"
    );
    // Home fits the whole map again, and it collapses again.
    harness.key_press(Key::Home);
    harness.run();
    assert!(harness.query_by_label_contains("Hong Kong: ").is_some());
}

#[test]
fn the_minimap_moves_the_view_and_hides_on_small_maps_and_from_the_view_menu() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness(Some(&big_map(folder.path(), 600)));
    harness.state_mut().look_at(Rect::from_min_size(
        egui::pos2(0.0, 0.0),
        egui::vec2(900.0, 600.0),
    ));
    harness.run();
    let before = harness.state().scene_rect();
    let minimap = harness.get_by_label("Overview map").rect();
    // Towards the bottom right of the minimap: the far end of the map's last lanes.
    let target = minimap.min + minimap.size() * egui::vec2(0.85, 0.9);
    harness.hover_at(target);
    harness.run();
    harness.drag_at(target);
    harness.run();
    harness.drop_at(target);
    harness.run();
    let after = harness.state().scene_rect();
    assert!(
        (after.size() - before.size()).length() < 1.0,
        "the zoom is kept"
    );
    let bounds = harness
        .state()
        .map()
        .sites()
        .filter_map(|site| site.position)
        .fold(Rect::NOTHING, |rect, at| {
            rect.union(Rect::from_pos(egui::pos2(at.x, at.y)))
        });
    assert!(
        after.center().y > bounds.top() + bounds.height() * 0.7,
        "{after:?} in {bounds:?}"
    );
    assert!(
        after.center().x > bounds.left() + bounds.width() * 0.6,
        "{after:?} in {bounds:?}"
    );

    // View › Minimap hides it.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Minimap").click();
    harness.run();
    assert!(harness.query_by_label("Overview map").is_none());

    // A workshop map has none.
    let small = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    assert!(small.query_by_label("Overview map").is_none());
}

#[test]
fn the_canvas_narrows_to_a_jurisdiction_a_site_and_its_neighbours_or_a_heatmap_cell() {
    let mut harness = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    let all = sites_shown(&harness);
    assert_eq!(all.len(), 4, "{all:?}");

    // Macau: its head office, the flows with an end there and the sites at their other ends.
    common::click(&mut harness, "Show on the map", &[Role::ComboBox]);
    harness.get_by_label("Macau SAR").click();
    harness.run();
    let shown = sites_shown(&harness);
    assert!(shown.contains(&"Site Macau head office".to_owned()));
    assert!(shown.contains(&"Site DingTalk (Hangzhou)".to_owned()));
    assert!(shown.contains(&"Site Hengqin subsidiary HR".to_owned()));
    assert!(
        !shown.contains(&"Site Hengqin site workers".to_owned()),
        "{shown:?}"
    );
    assert!(harness.query_by_label_contains("3 of 4 sites").is_some());

    // The site workers and their neighbour only, from the View menu.
    harness.get_by_label("Show the whole map").click();
    harness.run();
    assert_eq!(sites_shown(&harness).len(), 4);
    // A card takes drags too: click it as a pointer does.
    // (The canvas's widgets are placed in map units: ask the app where the card is on screen.)
    let id = harness
        .state()
        .map()
        .sites()
        .find(|site| site.name == "Hengqin site workers")
        .unwrap()
        .id
        .clone();
    let workers = harness.state().site_rect_on_screen(&id).unwrap().center();
    harness.hover_at(workers);
    harness.run();
    harness.drag_at(workers);
    harness.run();
    harness.drop_at(workers);
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_label("Show only the site and its neighbours")
        .click();
    harness.run();
    let mut shown = sites_shown(&harness);
    shown.sort();
    assert_eq!(
        shown,
        ["Site DingTalk (Hangzhou)", "Site Hengqin site workers"]
    );

    // A heatmap cell: the critical, likely Macau transfer alone.
    harness.get_by_label("Show the whole map").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::H);
    harness.run();
    harness
        .get_by_label_contains("Initial risk, severity 5 (critical), likelihood 4")
        .click();
    harness.run();
    harness.get_by_label("Show only these on the map").click();
    harness.run();
    let mut shown = sites_shown(&harness);
    shown.sort();
    assert_eq!(
        shown,
        ["Site DingTalk (Hangzhou)", "Site Macau head office"]
    );
    let flows: Vec<String> = harness
        .query_all_by_label_contains("Flow ")
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .filter_map(|node| node.accesskit_node().label().map(|label| label.to_string()))
        .filter(|label| label.starts_with("Flow "))
        .collect();
    assert_eq!(flows.len(), 1, "{flows:?}");
    assert!(
        flows[0].starts_with("Flow macau-staff-dingtalk:"),
        "{flows:?}"
    );
}
