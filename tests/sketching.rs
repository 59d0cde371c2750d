//! Sketching from the keyboard, driven as a user would with key presses and typed text: add
//! sites by preset name, connect them by typing the other site's name, tag a flow, nudge and
//! step the selection; every step undoable and none of it while a text field has the keyboard.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{Ask, BorderflowApp};
use borderflow::io::save_map;
use borderflow::model::{DataClass, Jurisdiction, Lane, Map, MapMeta, Point, SiteId};
use borderflow::scene::lane_x_range;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::harness;

/// An empty map saved in a temporary folder.
fn empty_map_file(folder: &Path) -> std::path::PathBuf {
    let path = folder.join("workshop.ron");
    let map = Map::new(MapMeta {
        title: "Workshop".into(),
        ..MapMeta::default()
    });
    save_map(&path, &map).unwrap();
    path
}

/// The keyboard, counting what the user does: each key press, each typed character.
struct Keyboard {
    harness: Harness<'static, BorderflowApp>,
    events: usize,
}

impl Keyboard {
    fn on_empty_map(folder: &Path) -> Self {
        Self {
            harness: harness(Some(&empty_map_file(folder))),
            events: 0,
        }
    }

    /// A key press as a keyboard sends it: a letter comes with its typed text, in one frame.
    fn press(&mut self, key: Key) {
        let name = key.name();
        if name.len() == 1 && name.bytes().all(|byte| byte.is_ascii_alphabetic()) {
            let event = |pressed| egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            };
            self.harness.event(event(true));
            self.harness.event(egui::Event::Text(name.to_lowercase()));
            self.harness.event(event(false));
        } else {
            self.harness.key_press(key);
        }
        self.harness.run();
        self.events += 1;
    }

    fn press_shift(&mut self, key: Key) {
        self.harness.key_press_modifiers(Modifiers::SHIFT, key);
        self.harness.run();
        self.events += 1;
    }

    fn undo(&mut self) {
        self.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        self.harness.run();
        self.events += 1;
    }

    fn type_text(&mut self, text: &str) {
        self.harness.event(egui::Event::Text(text.to_owned()));
        self.harness.run();
        self.events += text.chars().count();
    }

    /// N, a few letters of the preset's name, Enter; then Enter again to keep the name.
    fn add_site(&mut self, typed: &str) {
        self.press(Key::N);
        self.type_text(typed);
        self.press(Key::Enter);
        self.press(Key::Enter);
    }

    /// C, a few letters of the other site's name, Enter.
    fn connect_to(&mut self, typed: &str) {
        self.press(Key::C);
        self.type_text(typed);
        self.press(Key::Enter);
    }

    fn map(&self) -> &Map {
        self.harness.state().map()
    }

    fn site(&self, name: &str) -> SiteId {
        self.map()
            .sites()
            .find(|site| site.name == name)
            .unwrap_or_else(|| panic!("no site {name}"))
            .id
            .clone()
    }

    fn position(&self, name: &str) -> Point {
        let id = self.site(name);
        self.map().site(&id).unwrap().position.unwrap()
    }

    fn selected_sites(&self) -> Vec<String> {
        self.harness
            .state()
            .selection()
            .sites
            .iter()
            .map(|id| self.map().site(id).unwrap().name.clone())
            .collect()
    }

    fn prompt(&self) -> Option<Ask> {
        self.harness
            .state()
            .prompt()
            .map(|prompt| prompt.ask.clone())
    }
}

fn in_lane(x: f32, lane: Lane) -> bool {
    let (left, right) = lane_x_range(lane);
    (left..right).contains(&x)
}

#[test]
fn n_opens_the_quick_add_and_enter_places_the_preset_in_its_lane_ready_to_rename() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.press(Key::N);
    assert_eq!(keys.prompt(), Some(Ask::AddSite));
    assert!(
        keys.harness.query_by_label("DingTalk").is_some(),
        "offers the presets"
    );
    keys.type_text("ding");
    keys.press(Key::Enter);
    assert_eq!(keys.prompt(), None);
    let site = keys.map().sites().next().unwrap().clone();
    assert_eq!(site.name, "DingTalk");
    assert_eq!(site.jurisdiction, Jurisdiction::Mainland);
    assert!(in_lane(site.position.unwrap().x, Lane::Mainland));
    assert_eq!(keys.selected_sites(), ["DingTalk"]);
    // The name has the keyboard, all of it selected: typing replaces it.
    keys.type_text("釘釘 Hangzhou");
    assert_eq!(keys.map().site(&site.id).unwrap().name, "釘釘 Hangzhou");
    keys.press(Key::Enter);
    // Renaming and adding are two steps.
    keys.undo();
    assert_eq!(keys.map().site(&site.id).unwrap().name, "DingTalk");
    keys.undo();
    assert_eq!(keys.map().site_count(), 0);
}

#[test]
fn typing_on_the_empty_canvas_starts_the_quick_add_with_what_was_typed() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.type_text("w");
    assert_eq!(keys.prompt(), Some(Ask::AddSite));
    keys.type_text("ec");
    keys.press(Key::Enter);
    let site = keys.map().sites().next().unwrap().clone();
    assert_eq!(site.name, "WeCom");
    // Shenzhen is one of the Mainland GBA cities.
    assert_eq!(site.jurisdiction, Jurisdiction::MainlandGba);
    assert!(in_lane(site.position.unwrap().x, Lane::MainlandGba));
}

#[test]
fn escape_closes_a_prompt_and_an_unknown_name_adds_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.press(Key::N);
    keys.type_text("zzzz");
    assert!(
        keys.harness
            .query_by_label("Nothing has that name.")
            .is_some()
    );
    keys.press(Key::Enter);
    assert_eq!(keys.map().site_count(), 0);
    assert_eq!(
        keys.prompt(),
        Some(Ask::AddSite),
        "Enter with no match keeps it open"
    );
    keys.press(Key::Escape);
    assert_eq!(keys.prompt(), None);
    assert_eq!(keys.map().site_count(), 0);
}

#[test]
fn c_connects_the_selected_site_to_the_one_typed_and_selects_the_flow() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("mac");
    keys.add_site("hr");
    keys.add_site("ding");
    assert_eq!(keys.selected_sites(), ["DingTalk"]);
    keys.press(Key::C);
    let dingtalk = keys.site("DingTalk");
    assert_eq!(
        keys.prompt(),
        Some(Ask::Connect {
            from: dingtalk.clone()
        })
    );
    // The site itself is not offered; the others are.
    assert!(keys.harness.query_by_label("Macau office").is_some());
    keys.type_text("hr");
    // ↓ and ↑ move through the choices; Enter takes the highlighted one.
    keys.press(Key::ArrowDown);
    keys.press(Key::ArrowUp);
    keys.press(Key::Enter);
    let flows: Vec<_> = keys.map().flows().map(|view| view.flow.clone()).collect();
    assert_eq!(flows.len(), 1);
    assert_eq!(
        (&flows[0].from, &flows[0].to),
        (&dingtalk, &keys.site("HR system"))
    );
    assert!(
        keys.harness
            .state()
            .selection()
            .flows
            .contains(&flows[0].id)
    );
    // With a flow selected, C is no command: a flow is drawn from a site.
    keys.press(Key::C);
    assert_eq!(keys.prompt(), None);
    keys.undo();
    assert_eq!(keys.map().flow_count(), 0);
    // With nothing selected, a typed c is the start of a preset's name.
    keys.press(Key::C);
    assert_eq!(keys.prompt(), Some(Ask::AddSite));
}

#[test]
fn t_tags_the_selected_flow_and_the_finding_follows() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("ding");
    keys.add_site("mac");
    keys.connect_to("ding");
    let flow = keys.map().flows().next().unwrap().flow.id.clone();
    let rules = |keys: &Keyboard| -> Vec<String> {
        keys.harness
            .state()
            .evaluation()
            .findings
            .iter()
            .map(|finding| finding.rule().to_owned())
            .collect()
    };
    assert!(!rules(&keys).contains(&"MO-04".to_owned()));
    keys.press(Key::T);
    assert_eq!(keys.prompt(), Some(Ask::Tag { flow: flow.clone() }));
    keys.type_text("health");
    keys.press(Key::Enter);
    let tagged = keys.map().flow(&flow).unwrap().flow.clone();
    assert!(tagged.data_classes.contains(&DataClass::Health));
    assert!(
        rules(&keys).contains(&"MO-04".to_owned()),
        "sensitive data: a finding"
    );
    // The inspector asks how many people's sensitive data crosses; Escape leaves the question
    // and keeps the flow selected.
    keys.press(Key::Escape);
    assert!(keys.harness.state().selection().flows.contains(&flow));
    // The same tag again takes it off; each is one undo step.
    keys.press(Key::T);
    keys.type_text("health");
    keys.press(Key::Enter);
    assert!(keys.map().flow(&flow).unwrap().flow.data_classes.is_empty());
    keys.undo();
    assert!(
        keys.map()
            .flow(&flow)
            .unwrap()
            .flow
            .data_classes
            .contains(&DataClass::Health)
    );
}

#[test]
fn arrows_nudge_and_shift_arrows_step_the_selection_within_its_lane_as_one_undo_step() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("mac");
    let start = keys.position("Macau office");
    keys.press(Key::ArrowDown);
    keys.press(Key::ArrowRight);
    let nudged = keys.position("Macau office");
    assert_eq!((nudged.x - start.x, nudged.y - start.y), (4.0, 4.0));
    keys.press_shift(Key::ArrowDown);
    let stepped = keys.position("Macau office");
    assert_eq!(stepped.y - nudged.y, 20.0);
    // Far to the left, the site stops at the edge of the Macau lane.
    for _ in 0..12 {
        keys.press_shift(Key::ArrowLeft);
    }
    let edge = keys.position("Macau office");
    assert!(in_lane(edge.x, Lane::Macau) && edge.x < start.x, "{edge:?}");
    // Presses in a row are one step.
    keys.undo();
    assert_eq!(keys.position("Macau office"), start);
    assert_eq!(keys.map().site_count(), 1);
}

#[test]
fn tab_and_shift_tab_move_the_selection_through_the_sites_in_reading_order() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("ding");
    keys.add_site("mac");
    keys.add_site("hr");
    keys.press(Key::Escape);
    assert!(keys.selected_sites().is_empty());
    // Lane by lane from the left, each from the top.
    let mut seen = Vec::new();
    for _ in 0..4 {
        keys.press(Key::Tab);
        seen.extend(keys.selected_sites());
    }
    assert_eq!(
        seen,
        ["Macau office", "HR system", "DingTalk", "Macau office"]
    );
    keys.press_shift(Key::Tab);
    assert_eq!(keys.selected_sites(), ["DingTalk"]);
    // Tab moved the selection, not the keyboard: N still opens the quick-add.
    keys.press(Key::N);
    assert_eq!(keys.prompt(), Some(Ask::AddSite));
}

#[test]
fn sketching_keys_do_nothing_while_a_text_field_has_the_keyboard() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("mac");
    let start = keys.position("Macau office");
    // In the find box, N, C, T, Tab and the arrows are the field's.
    keys.harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    keys.harness.run();
    for key in [
        Key::N,
        Key::C,
        Key::T,
        Key::ArrowLeft,
        Key::ArrowDown,
        Key::Tab,
    ] {
        keys.press(key);
    }
    assert_eq!(keys.prompt(), None);
    assert_eq!(keys.position("Macau office"), start);
    assert_eq!(keys.selected_sites(), ["Macau office"]);
    assert_eq!(keys.map().site_count(), 1);
}

#[test]
fn the_sketching_commands_are_in_the_sketch_menu_with_their_keys() {
    let mut harness = harness(None);
    harness.get_by_label("Sketch").click();
    harness.run();
    for label in [
        "Add site…",
        "Connect to…",
        "Tag flow…",
        "Next site",
        "Nudge left",
    ] {
        assert!(harness.query_by_label_contains(label).is_some(), "{label}");
    }
}

#[test]
fn the_palette_search_finds_a_preset_by_name_and_enter_adds_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    common::type_into(&mut keys.harness, "Search presets", "shenzhen");
    assert!(
        keys.harness
            .query_by_label("Add Tencent Cloud Shenzhen Finance")
            .is_some()
    );
    assert!(
        keys.harness.query_by_label("Add DingTalk").is_none(),
        "the rest are hidden"
    );
    keys.press(Key::Enter);
    let site = keys.map().sites().next().unwrap().clone();
    assert_eq!(site.name, "Alibaba Cloud Shenzhen");
    assert_eq!(site.jurisdiction, Jurisdiction::MainlandGba);
}

/// The workshop sketch of issue 18 (four sites, four flows, one of them tagged) from the
/// keyboard alone. By mouse it took about 114 input events; the README states this count.
#[test]
fn four_sites_and_four_flows_with_one_tagged_take_fewer_than_57_input_events() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("ma");
    keys.add_site("di");
    keys.add_site("hr");
    keys.add_site("ho");
    // Hong Kong office → Macau office, tagged with health data.
    keys.connect_to("ma");
    keys.press(Key::T);
    keys.type_text("hea");
    keys.press(Key::Enter);
    // Health data is sensitive: the inspector asks how many people's crosses.
    keys.type_text("120");
    keys.press(Key::Enter);
    // Macau office → DingTalk.
    keys.press(Key::Tab);
    keys.connect_to("di");
    // HR system → DingTalk, then HR system → Macau office.
    keys.press(Key::Tab);
    keys.press(Key::Tab);
    keys.connect_to("di");
    keys.press(Key::Tab);
    keys.press(Key::Tab);
    keys.connect_to("ma");

    let map = keys.map();
    let names: Vec<&str> = map.sites().map(|site| site.name.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    for name in ["Macau office", "DingTalk", "HR system", "Hong Kong office"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let mut flows: Vec<(String, String, bool)> = map
        .flows()
        .map(|view| {
            let tagged = view.flow.data_classes.contains(&DataClass::Health)
                && view.flow.sensitive_subjects_per_year == Some(120);
            (view.source.name.clone(), view.target.name.clone(), tagged)
        })
        .collect();
    flows.sort();
    assert_eq!(
        flows,
        [
            ("HR system".into(), "DingTalk".into(), false),
            ("HR system".into(), "Macau office".into(), false),
            ("Hong Kong office".into(), "Macau office".into(), true),
            ("Macau office".into(), "DingTalk".into(), false),
        ]
    );
    println!("keyboard sketch: {} input events", keys.events);
    assert!(keys.events < 57, "{} input events", keys.events);
}

#[test]
fn the_command_palette_runs_any_command_by_name() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    keys.harness.run();
    assert_eq!(keys.prompt(), Some(Ask::Command));
    keys.type_text("heatmap");
    keys.press(Key::Enter);
    assert_eq!(keys.prompt(), None);
    assert_eq!(
        keys.harness.state().risk_tab(),
        borderflow::app::RiskTab::Heatmap
    );
    // A sketching command from it too: the quick-add.
    keys.harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    keys.harness.run();
    keys.type_text("add site");
    keys.press(Key::Enter);
    assert_eq!(keys.prompt(), Some(Ask::AddSite));
}

#[test]
fn in_the_dpia_workspace_tab_and_the_letters_stay_with_the_form() {
    let folder = tempfile::tempdir().unwrap();
    let mut keys = Keyboard::on_empty_map(folder.path());
    keys.add_site("mac");
    keys.harness
        .key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    keys.harness.run();
    let start = keys.position("Macau office");
    for key in [Key::Tab, Key::ArrowDown, Key::N] {
        keys.press(key);
    }
    assert_eq!(
        keys.harness.state().workspace(),
        borderflow::app::Workspace::Dpia
    );
    assert_eq!(keys.prompt(), None);
    assert_eq!(keys.position("Macau office"), start);
}
