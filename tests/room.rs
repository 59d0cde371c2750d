//! The editor on a meeting room's 1366×768 projector: Home and presentation mode show every
//! site whether the side panels are open or hidden, and zoom steps are small.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use borderflow::app::BorderflowApp;
use borderflow::model::{DataClass, Flow, FlowId, Jurisdiction, Map, Site, SiteId, SiteKind};
use egui::{Key, Modifiers};
use egui_kittest::Harness;

/// A five-site client in four lanes: a Macau office and its HR system, a Hengqin subsidiary,
/// DingTalk in Hangzhou and a Hong Kong data centre, with flows between them.
fn five_sites_in_four_lanes() -> Map {
    let mut map = Map::default();
    map.meta.title = "Five sites".into();
    let sites = [
        (
            "macau-office",
            "Macau head office",
            SiteKind::Office,
            Jurisdiction::Macau,
        ),
        (
            "macau-hr",
            "Macau HR system",
            SiteKind::System,
            Jurisdiction::Macau,
        ),
        (
            "hengqin",
            "Hengqin subsidiary",
            SiteKind::Office,
            Jurisdiction::MainlandGba,
        ),
        (
            "dingtalk",
            "DingTalk (Hangzhou)",
            SiteKind::Saas,
            Jurisdiction::Mainland,
        ),
        (
            "hk-dc",
            "Hong Kong data centre",
            SiteKind::Datacentre,
            Jurisdiction::HongKong,
        ),
    ];
    for (id, name, kind, place) in sites {
        map.add_site(Site::new(SiteId::new(id).unwrap(), name, kind, place))
            .unwrap();
    }
    let flows = [
        ("f1", "macau-office", "dingtalk"),
        ("f2", "hengqin", "dingtalk"),
        ("f3", "macau-hr", "hk-dc"),
        ("f4", "macau-office", "hengqin"),
    ];
    for (id, from, to) in flows {
        let mut flow = Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new(from).unwrap(),
            SiteId::new(to).unwrap(),
        );
        flow.data_classes.insert(DataClass::Contact);
        map.add_flow(flow).unwrap();
    }
    map
}

fn room_harness() -> Harness<'static, BorderflowApp> {
    let map = five_sites_in_four_lanes();
    let mut harness = Harness::builder()
        .with_size([1366.0, 768.0])
        .allow_missing_glyphs()
        .build_eframe(move |_| BorderflowApp::with_map(map.clone(), common::day()));
    harness.run();
    harness
}

/// Asserts that every site's card is wholly inside the canvas on screen.
fn every_site_in_view(harness: &Harness<'_, BorderflowApp>, when: &str) {
    let app = harness.state();
    let canvas = app.canvas().on_screen().expect("the canvas was drawn");
    for site in app.map().sites() {
        let card = app.site_rect_on_screen(&site.id).expect("a card");
        assert!(
            canvas.expand(0.5).contains_rect(card),
            "{when}: {} at {card:?} is outside the canvas {canvas:?}",
            site.name
        );
    }
}

fn press(harness: &mut Harness<'_, BorderflowApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

#[test]
fn home_shows_every_site_with_the_side_panels_open_and_hidden() {
    let mut harness = room_harness();
    assert_eq!(harness.state().side_panels_shown(), (true, true));
    press(&mut harness, Modifiers::NONE, Key::Home);
    every_site_in_view(&harness, "panels open");
    let open = harness.state().canvas().on_screen().unwrap();

    press(&mut harness, Modifiers::COMMAND, Key::B);
    press(&mut harness, Modifiers::COMMAND, Key::I);
    assert_eq!(harness.state().side_panels_shown(), (false, false));
    let hidden = harness.state().canvas().on_screen().unwrap();
    assert!(
        hidden.width() > open.width() + 400.0,
        "{open:?} then {hidden:?}"
    );
    // The canvas took the room and the map grew into it: no empty band, every site in view.
    every_site_in_view(&harness, "panels hidden");
    press(&mut harness, Modifiers::NONE, Key::Home);
    every_site_in_view(&harness, "panels hidden, Home");

    // Hiding the risk panel gives the canvas its height, and the map follows.
    let zoom = harness.state().canvas().zoom_percent().unwrap();
    press(&mut harness, Modifiers::COMMAND, Key::J);
    assert!(harness.state().canvas().on_screen().unwrap().height() > hidden.height() + 100.0);
    every_site_in_view(&harness, "risk panel hidden");
    assert!(harness.state().canvas().zoom_percent().unwrap() > zoom);

    press(&mut harness, Modifiers::COMMAND, Key::B);
    press(&mut harness, Modifiers::COMMAND, Key::I);
    press(&mut harness, Modifiers::COMMAND, Key::J);
    assert_eq!(harness.state().side_panels_shown(), (true, true));
    every_site_in_view(&harness, "panels back");
}

#[test]
fn present_shows_every_site_whether_the_panels_were_open_or_hidden() {
    for hide in [false, true] {
        let mut harness = room_harness();
        if hide {
            press(&mut harness, Modifiers::COMMAND, Key::B);
            press(&mut harness, Modifiers::COMMAND, Key::I);
        }
        press(&mut harness, Modifiers::NONE, Key::F11);
        harness.run();
        assert!(harness.state().ui_state().presenting().is_some());
        every_site_in_view(&harness, if hide { "present, hidden" } else { "present" });
        press(&mut harness, Modifiers::NONE, Key::F11);
        assert_eq!(harness.state().side_panels_shown(), (!hide, !hide));
    }
}

#[test]
fn a_zoom_step_is_at_most_a_quarter_and_the_percentage_is_shown() {
    let mut harness = room_harness();
    let percent = |harness: &Harness<'_, BorderflowApp>| {
        harness.state().canvas().screen_from_map().unwrap().scaling
    };
    let mut before = percent(&harness);
    for key in [Key::Equals, Key::Equals, Key::Minus, Key::Minus, Key::Minus] {
        press(&mut harness, Modifiers::NONE, key);
        let after = percent(&harness);
        let ratio = after.max(before) / after.min(before);
        assert!(
            ratio > 1.01 && ratio <= 1.2501,
            "{key:?}: {before} to {after}"
        );
        assert_eq!(after > before, key == Key::Equals);
        before = after;
    }
    press(&mut harness, Modifiers::NONE, Key::Num0);
    assert!((percent(&harness) - 1.0).abs() < 1e-3);
    let shown = format!("{} %", harness.state().canvas().zoom_percent().unwrap());
    assert_eq!(shown, "100 %");
    assert!(
        texts_drawn(&harness).contains(&shown),
        "no {shown:?} on screen"
    );
}

/// Every text the last frame drew.
fn texts_drawn(harness: &Harness<'_, BorderflowApp>) -> Vec<String> {
    fn walk(shape: &egui::epaint::Shape, found: &mut Vec<String>) {
        match shape {
            egui::epaint::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, found)),
            egui::epaint::Shape::Text(text) => found.push(text.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut found);
    }
    found
}

#[test]
fn in_presentation_a_flow_clicked_shows_its_findings_with_the_reasons_and_a_legend() {
    let mut harness = common::harness(Some(&common::sample_path("pearl-delta-hengqin")));
    press(&mut harness, Modifiers::NONE, Key::F11);
    // The legend strip names the severities as the printed diagram does.
    let texts = texts_drawn(&harness);
    assert!(
        texts.iter().any(|text| text.starts_with("Worst finding")),
        "no legend"
    );
    let flow = harness
        .state()
        .evaluation()
        .findings
        .iter()
        .find_map(|finding| match &finding.subject {
            borderflow::rules::Subject::Flow(id) => Some(id.clone()),
            _ => None,
        })
        .unwrap();
    let title = harness
        .state()
        .evaluation()
        .findings
        .iter()
        .filter(|finding| finding.subject == borderflow::rules::Subject::Flow(flow.clone()))
        .max_by_key(|finding| finding.severity)
        .unwrap()
        .title()
        .to_owned();
    let label = harness
        .state()
        .scene()
        .flows
        .iter()
        .find(|arrow| arrow.id == flow)
        .map(|arrow| {
            let rect = arrow.label.rect;
            egui::pos2(
                (rect.min.x + rect.max.x) / 2.0,
                (rect.min.y + rect.max.y) / 2.0,
            )
        })
        .unwrap();
    let on_screen = harness.state().screen_from_map(label).unwrap();
    harness.hover_at(on_screen);
    harness.run();
    harness.drag_at(on_screen);
    harness.run();
    harness.drop_at(on_screen);
    harness.run();
    harness.run();
    assert!(harness.state().selection().flows.contains(&flow));
    assert!(
        texts_drawn(&harness).contains(&title),
        "no card with {title:?}"
    );
}
