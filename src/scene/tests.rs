//! The scene's tests: what is drawn, where, and in which order.

use super::*;
use crate::generate::synthetic_map;
use crate::layout::LANE_WIDTH;

fn lotus() -> Map {
    crate::io::parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap()
}

#[test]
fn every_site_and_flow_is_drawn_once_in_id_order() {
    let map = lotus();
    let scene = build(&map, None);
    assert_eq!(scene.sites.len(), map.site_count());
    assert_eq!(scene.flows.len(), map.flow_count());
    assert_eq!(scene.lanes.len(), 5);
    let ids: Vec<&str> = scene.flows.iter().map(|f| f.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
}

#[test]
fn arrows_start_and_end_on_the_card_edges() {
    let map = lotus();
    let scene = build(&map, None);
    for arrow in &scene.flows {
        let view = map.flow(&arrow.id).unwrap();
        let source = scene
            .sites
            .iter()
            .find(|card| card.id == view.source.id)
            .unwrap();
        let target = scene
            .sites
            .iter()
            .find(|card| card.id == view.target.id)
            .unwrap();
        assert!(source.rect.expand(0.01).contains(arrow.start));
        assert!(target.rect.expand(0.01).contains(arrow.end));
        assert!(
            !target.rect.expand(-0.5).contains(arrow.end),
            "the tip is on the edge"
        );
    }
}

#[test]
fn parallel_flows_fan_out() {
    let map = lotus();
    let scene = build(&map, None);
    // Taipa → DingTalk carries two flows (attendance and payroll chat) plus one back.
    let taipa: Vec<&FlowArrow> = scene
        .flows
        .iter()
        .filter(|arrow| {
            let view = map.flow(&arrow.id).unwrap();
            let ends = [view.source.id.as_str(), view.target.id.as_str()];
            ends.contains(&"taipa-head-office") && ends.contains(&"dingtalk-hangzhou")
        })
        .collect();
    assert_eq!(taipa.len(), 3);
    for (i, a) in taipa.iter().enumerate() {
        for b in taipa.iter().skip(i + 1) {
            let (pa, pb) = (a.point_at(0.5), b.point_at(0.5));
            let distance = ((pa.x - pb.x).powi(2) + (pa.y - pb.y).powi(2)).sqrt();
            assert!(distance > 10.0, "{} and {} overlap", a.id, b.id);
        }
    }
}

#[test]
fn findings_colour_flows_and_sites_by_their_worst_severity() {
    let map = lotus();
    let evaluation = crate::rules::Rulebook::builtin()
        .unwrap()
        .evaluate(&map, "2026-11-22".parse().unwrap());
    let scene = build(&map, Some(&evaluation));
    let arrow = |id: &str| scene.flows.iter().find(|a| a.id.as_str() == id).unwrap();
    assert_eq!(
        arrow("attendance-taipa").worst_severity,
        Some(Severity::Critical)
    );
    // The re-export is exempt (informational) but carries sensitive-consent findings.
    assert_eq!(
        arrow("contracts-delivery").worst_severity,
        Some(Severity::Critical)
    );
    assert!(arrow("contracts-delivery").crosses_border);
    let dingtalk = scene
        .sites
        .iter()
        .find(|s| s.id.as_str() == "dingtalk-hangzhou")
        .unwrap();
    assert_eq!(dingtalk.worst_severity, Some(Severity::Critical));
    assert_eq!(dingtalk.subtitle, "Hangzhou · CN");
}

#[test]
fn lanes_cover_every_site_and_sites_sit_in_their_lane() {
    let map = synthetic_map(200, 300, 3);
    let scene = build(&map, None);
    let bounds = scene.bounds.unwrap();
    for card in &scene.sites {
        assert!(bounds.contains(card.rect.min) && bounds.contains(card.rect.max));
        let site = map.site(&card.id).unwrap();
        let (left, right) = lane_x_range(site.jurisdiction.lane());
        assert!((left..right).contains(&card.rect.centre().x), "{}", card.id);
    }
}

/// Whether any arrow's curve runs through a card other than its ends.
fn arrows_through_cards(scene: &Scene) -> Vec<String> {
    let mut hits = Vec::new();
    for arrow in &scene.flows {
        for card in &scene.sites {
            if card.id == arrow.from || card.id == arrow.to {
                continue;
            }
            if (1..20u16).any(|i| card.rect.contains(arrow.point_at(f32::from(i) / 20.0))) {
                hits.push(format!("{} through {}", arrow.id, card.id));
            }
        }
    }
    hits
}

#[test]
fn arrows_skipping_a_lane_bend_around_the_cards_in_it() {
    let samples: [(&[u8], &[u8]); 3] = [
        (
            include_bytes!("../../samples/pearl-delta-hengqin.ron"),
            include_bytes!("../../samples/pearl-delta-hengqin.csv"),
        ),
        (
            include_bytes!("../../samples/lotus-trading-dingtalk.ron"),
            include_bytes!("../../samples/lotus-trading-dingtalk.csv"),
        ),
        (
            include_bytes!("../../samples/banco-estrela-evidence.ron"),
            include_bytes!("../../samples/banco-estrela-evidence.csv"),
        ),
    ];
    for (drawn, inventory) in samples {
        let drawn = crate::io::parse_map(drawn).unwrap();
        let imported =
            crate::io::parse_inventory(inventory, crate::model::MapMeta::default()).unwrap();
        for map in [drawn, imported] {
            let scene = build(&map, None);
            assert_eq!(
                arrows_through_cards(&scene),
                Vec::<String>::new(),
                "{}",
                map.meta.title
            );
        }
    }
}

#[test]
fn an_arrow_follows_its_dragged_ends() {
    let scene = build(&lotus(), None);
    let arrow = &scene.flows[0];
    let moved = arrow.with_ends_moved(Point::new(10.0, 20.0), Point::new(0.0, 0.0));
    assert_eq!(
        moved.start,
        Point::new(arrow.start.x + 10.0, arrow.start.y + 20.0)
    );
    assert_eq!(moved.end, arrow.end);
    assert_eq!(
        moved.control,
        Point::new(arrow.control.x + 5.0, arrow.control.y + 10.0)
    );
}

#[test]
fn an_empty_map_still_has_lanes_to_drop_sites_in() {
    let scene = build(&Map::default(), None);
    assert_eq!(scene.lanes.len(), 5);
    assert!(scene.bounds.unwrap().height() >= theme::LANE_MIN_HEIGHT);
    assert_eq!(lane_at(LANE_WIDTH * 1.5), Some(Lane::MainlandGba));
    assert_eq!(lane_at(-1.0), None);
}

#[test]
fn unplaced_sites_get_distinct_slots() {
    let mut map = lotus();
    for id in ["taipa-head-office", "coloane-showroom"] {
        let mut site = map.site(&SiteId::new(id).unwrap()).unwrap().clone();
        site.position = None;
        map.replace_site(site).unwrap();
    }
    let scene = build(&map, None);
    let a = scene
        .sites
        .iter()
        .find(|s| s.id.as_str() == "taipa-head-office")
        .unwrap();
    let b = scene
        .sites
        .iter()
        .find(|s| s.id.as_str() == "coloane-showroom")
        .unwrap();
    assert!(!a.rect.intersects(&b.rect));
}
