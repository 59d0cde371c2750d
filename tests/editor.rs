//! The editor driven as a user would, by accessible names: add sites from the palette, connect
//! them, tag the flow, watch a finding appear and disappear, undo and redo, save and reopen.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{BorderflowApp, Startup, Storage};
use borderflow::io::{load_map, save_map};
use borderflow::model::{DataClass, Date, Map, MapMeta, Safeguard};
use borderflow::rules::Evaluated;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;

mod common;
use common::{harness, harness_with, lotus_copy};
use egui_kittest::kittest::Queryable;

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

/// Clicks a point of the screen (canvas widgets report scene-space rectangles, so tests click
/// where the app says a site is on screen).
fn click_at(harness: &mut Harness<'_, BorderflowApp>, at: egui::Pos2) {
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.run();
    harness.drop_at(at);
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
    // Nothing changed yet: the title names the map without a mark, as the status bar says.
    assert_eq!(
        harness.state().window_title(),
        format!("{} — borderflow", map.meta.title)
    );
    assert!(harness.query_by_label("All changes saved").is_some());
}

#[test]
fn the_title_marks_unsaved_changes_exactly_when_the_status_bar_does() {
    let mut harness = harness(None);
    let agree = |harness: &Harness<'_, BorderflowApp>| {
        let marked = harness.state().window_title().contains(" •");
        let unsaved = harness.query_by_label("Unsaved changes").is_some();
        let saved = harness.query_by_label("All changes saved").is_some();
        assert_eq!(marked, harness.state().document().is_dirty());
        assert_eq!((unsaved, saved), (marked, !marked));
        marked
    };
    assert!(!agree(&harness));
    harness.get_by_label("Add Macau office").click();
    harness.run();
    assert!(agree(&harness));
    // The new site's name field has the keyboard, so undo from the toolbar.
    common::click(&mut harness, "Undo", &[Role::Button]);
    assert!(!agree(&harness));
    // An imported inventory is new work, never saved: marked from the start.
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.csv");
    let imported = self::harness(Some(&csv));
    assert!(agree(&imported));
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
    let office_card = harness.state().site_rect_on_screen(&office).unwrap();
    click_at(&mut harness, office_card.center());
    assert!(harness.state().selection().sites.contains(&office));
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
            .query_all_by_label_contains("Sensitive data processed without")
            .next()
            .is_some()
    );

    // Add the safeguard its mitigation asks for (below the flow's findings, scrolled to): the
    // finding disappears.
    common::click(
        &mut harness,
        "Macau authorisation granted",
        &[egui::accesskit::Role::CheckBox],
    );
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

fn site_id(harness: &Harness<'_, BorderflowApp>, name: &str) -> borderflow::model::SiteId {
    harness
        .state()
        .map()
        .sites()
        .find(|s| s.name == name)
        .unwrap()
        .id
        .clone()
}

#[test]
fn dragging_a_card_moves_the_site_in_one_undo_step_and_stays_in_its_lane() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let taipa = site_id(&harness, "Taipa head office");
    let before = harness
        .state()
        .map()
        .site(&taipa)
        .unwrap()
        .position
        .unwrap();
    let card = harness.state().site_rect_on_screen(&taipa).unwrap();
    // Far to the right: the site moves down but stays in the Macau lane.
    drag_on_canvas(
        &mut harness,
        card.center(),
        card.center() + egui::vec2(600.0, 60.0),
    );
    let after = harness
        .state()
        .map()
        .site(&taipa)
        .unwrap()
        .position
        .unwrap();
    assert!(
        after.y > before.y + 20.0,
        "moved down: {before:?} -> {after:?}"
    );
    let (left, right) = borderflow::scene::lane_x_range(borderflow::model::Lane::Macau);
    assert!(
        (left..right).contains(&after.x),
        "stays in its lane: {after:?}"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .map()
            .site(&taipa)
            .unwrap()
            .position
            .unwrap(),
        before
    );
}

#[test]
fn a_rubber_band_selects_the_sites_it_touches_and_delete_removes_them_with_their_flows() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let taipa = site_id(&harness, "Taipa head office");
    let coloane = site_id(&harness, "Coloane showroom");
    let a = harness.state().site_rect_on_screen(&taipa).unwrap();
    let b = harness.state().site_rect_on_screen(&coloane).unwrap();
    // From empty canvas left of and above Taipa to below Coloane.
    let start = egui::pos2(a.left() - 10.0, a.top() - 10.0);
    let end = egui::pos2(b.right() - 20.0, b.bottom() + 10.0);
    drag_on_canvas(&mut harness, start, end);
    let selected = &harness.state().selection().sites;
    assert!(
        selected.contains(&taipa) && selected.contains(&coloane),
        "{selected:?}"
    );
    assert_eq!(selected.len(), 2);

    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().map().site_count(), 1);
    assert_eq!(
        harness.state().map().flow_count(),
        0,
        "their flows went with them"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().map(),
        &load_map(&folder.path().join("lotus.ron")).unwrap()
    );
}

#[test]
fn copy_and_paste_make_new_sites_with_new_ids() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let taipa = site_id(&harness, "Taipa head office");
    let card = harness.state().site_rect_on_screen(&taipa).unwrap();
    click_at(&mut harness, card.center());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::C);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::V);
    harness.run();
    let copies: Vec<_> = harness
        .state()
        .map()
        .sites()
        .filter(|s| s.name == "Taipa head office")
        .map(|s| s.id.to_string())
        .collect();
    assert_eq!(copies, ["taipa-head-office", "taipa-head-office-2"]);
    assert!(
        harness
            .state()
            .selection()
            .sites
            .iter()
            .any(|id| id.as_str() == "taipa-head-office-2")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    assert_eq!(harness.state().map().site_count(), 5);
}

#[test]
fn find_selects_a_site_by_name() {
    let mut harness = harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_label("Find site or flow")
        .type_text("coloane");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let selected: Vec<&str> = harness
        .state()
        .selection()
        .sites
        .iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(selected, ["coloane-showroom"]);
}

#[test]
fn clicking_a_finding_in_the_findings_panel_selects_its_flow() {
    let mut harness = harness(None);
    let flow = common::list_findings_of(&mut harness, "attendance-coloane");
    harness
        .get_by_label(&format!(
            "high MO-07 on {flow}: No processor contract with the recipient (Open)"
        ))
        .click();
    harness.run();
    let selected: Vec<&str> = harness
        .state()
        .selection()
        .flows
        .iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(selected, ["attendance-coloane"]);
    // The inspector now lists that flow's findings.
    assert!(harness.query_by_label("Findings (6)").is_some());
}

#[test]
fn unsaved_work_is_not_replaced_without_asking() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    harness.get_by_label("Add SIEM").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().map().site_count(),
        4,
        "cancel keeps the work"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.query_by_label("Save changes?").is_some());
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().map().site_count(), 0);
    // The file on disk never changed.
    assert_eq!(
        load_map(&folder.path().join("lotus.ron"))
            .unwrap()
            .site_count(),
        3
    );
}

#[test]
fn autosave_lets_the_next_start_restore_unsaved_work() {
    let folder = tempfile::tempdir().unwrap();
    let map_path = lotus_copy(folder.path());
    let storage = Storage::in_folder(folder.path().join("state"));
    let start = |storage: &Storage| {
        harness_with(Startup {
            storage: storage.clone(),
            ..common::startup(Some(&map_path))
        })
    };
    let mut first = start(&storage);
    first.get_by_label("Add WORM archive").click();
    first.run();
    let edited = first.state().map().clone();
    // 35 seconds of frames at the harness's 4 frames a second: one autosave happens.
    first.run_steps(140);
    drop(first); // A crash: no clean exit, no save.

    let mut second = start(&storage);
    assert!(second.query_by_label("Restore unsaved work?").is_some());
    second.get_by_label("Restore").click();
    second.run();
    assert_eq!(second.state().map(), &edited);
    assert!(
        second.state().document().is_dirty(),
        "restored work still needs saving"
    );
}

#[test]
fn the_platform_clipboard_carries_copied_sites_between_windows() {
    let mut source = harness(None);
    let taipa = site_id(&source, "Taipa head office");
    let card = source.state().site_rect_on_screen(&taipa).unwrap();
    click_at(&mut source, card.center());
    // What a desktop sends for Ctrl+C: a Copy event, answered by text for the clipboard.
    source.event(egui::Event::Copy);
    source.step();
    let copied = source
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("copying puts text on the clipboard");
    assert!(copied.contains("borderflow-clipboard") && copied.contains("Taipa head office"));

    let folder = tempfile::tempdir().unwrap();
    let mut target = harness(Some(&empty_map_file(folder.path())));
    target.event(egui::Event::Paste(copied));
    target.run();
    assert_eq!(
        target.state().map().sites().next().unwrap().name,
        "Taipa head office"
    );
    // Text that is not a borderflow copy is ignored.
    target.event(egui::Event::Paste("(sites: [])".to_owned()));
    target.run();
    assert_eq!(target.state().map().site_count(), 1);
}

#[test]
fn a_new_site_takes_its_name_from_what_is_typed_next() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&empty_map_file(folder.path())));
    harness.get_by_label("Add Macau office").click();
    harness.run();
    // The name field has the keyboard and its text is selected: typing replaces it.
    harness.event(egui::Event::Text("澳門總部 Sede".to_owned()));
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .map()
        .sites()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["澳門總部 Sede"]);
    // Typing was one undo step on top of adding the site.
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .map()
        .sites()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Macau office"]);
}

#[test]
fn a_preset_dropped_in_another_lane_takes_that_lane_s_jurisdiction() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&empty_map_file(folder.path())));
    let (left, right) = borderflow::scene::lane_x_range(borderflow::model::Lane::HongKong);
    let target = harness
        .state()
        .screen_from_map(egui::pos2((left + right) / 2.0, 300.0))
        .unwrap();
    let button = harness.get_by_label("Add Macau office").rect().center();
    drag_on_canvas(&mut harness, button, target);
    let sites: Vec<_> = harness.state().map().sites().cloned().collect();
    assert_eq!(sites.len(), 1, "the drop added one site");
    assert_eq!(
        sites[0].jurisdiction,
        borderflow::model::Jurisdiction::HongKong
    );
    let x = sites[0].position.unwrap().x;
    assert!(
        (left..right).contains(&x),
        "placed in the Hong Kong lane: {x}"
    );
}

#[test]
fn tidy_lays_the_map_out_in_one_undo_step() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("messy.ron");
    let mut map =
        load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron"))
            .unwrap();
    let sites: Vec<_> = map.sites().cloned().collect();
    for mut site in sites {
        site.position = Some(borderflow::model::Point::new(
            160.0,
            2000.0 - site.name.len() as f32 * 37.0,
        ));
        map.replace_site(site).unwrap();
    }
    save_map(&path, &map).unwrap();
    let mut harness = harness(Some(&path));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    let expected = borderflow::layout::auto_layout(&map);
    for site in harness.state().map().sites() {
        assert_eq!(site.position, Some(expected[&site.id]), "{}", site.id);
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().map(), &map);
}

/// Steps the editor until its background export has finished (at most about two seconds).
fn wait_for_export(harness: &mut Harness<'_, BorderflowApp>) {
    for _ in 0..200 {
        harness.step();
        if !harness.state().is_exporting() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn exporting_from_the_editor_writes_the_same_page_as_the_command_line() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let svg_path = folder.path().join("lotus.svg");
    harness.state_mut().export_to(svg_path.clone());
    wait_for_export(&mut harness);
    assert!(!harness.state().is_exporting());
    let map = harness.state().map().clone();
    let evaluation = borderflow::rules::Rulebook::builtin()
        .unwrap()
        .evaluate(&map, "2026-11-22".parse().unwrap());
    let expected = borderflow::export::diagram_svg(
        &Evaluated::new(
            &map,
            &evaluation,
            &borderflow::rules::Rulebook::builtin().unwrap(),
        ),
        &borderflow::export::SvgOptions::default(),
    );
    assert_eq!(std::fs::read_to_string(&svg_path).unwrap(), expected);
    // A folder that does not exist is reported in the window, not a crash.
    harness
        .state_mut()
        .export_to(folder.path().join("missing/x.svg"));
    wait_for_export(&mut harness);
    harness.run();
    assert!(harness.query_by_label("Could not export").is_some());
}

#[test]
fn the_report_from_the_editor_is_the_one_the_command_line_writes() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let day: borderflow::model::Date = "2026-11-22".parse().unwrap();
    let map = harness.state().map().clone();
    let rulebook = borderflow::rules::Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day);
    let report = borderflow::report::build(&Evaluated::new(&map, &evaluation, &rulebook));

    let html = folder.path().join("lotus.html");
    harness.state_mut().report_to(html.clone());
    wait_for_export(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&html).unwrap(),
        borderflow::report::to_html(&report)
    );
    // Markdown comes with its diagram beside it.
    let markdown = folder.path().join("lotus.md");
    harness.state_mut().report_to(markdown.clone());
    wait_for_export(&mut harness);
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.contains("](lotus-diagram.svg)"));
    assert_eq!(
        std::fs::read_to_string(folder.path().join("lotus-diagram.svg")).unwrap(),
        report.diagram_svg
    );
    // Word, as the command line writes it.
    let docx = folder.path().join("lotus.docx");
    harness.state_mut().report_to(docx.clone());
    wait_for_export(&mut harness);
    assert_eq!(
        std::fs::read(&docx).unwrap(),
        borderflow::report::to_docx(&report).unwrap()
    );
    // An unknown extension is refused in the window.
    harness
        .state_mut()
        .report_to(folder.path().join("lotus.odt"));
    harness.run();
    assert!(harness.query_by_label("Could not export").is_some());
}

/// The label of a data-class checkbox as the inspector shows it on `day`.
fn class_label(rulebook: &borderflow::rules::Rulebook, day: Date, class: DataClass) -> String {
    let marks = rulebook.sensitivity(day).marks(class);
    if marks.is_empty() {
        class.label().to_owned()
    } else {
        format!("{} [{marks}]", class.label())
    }
}

#[test]
fn the_inspector_marks_sensitivity_as_the_rulebook_has_it_on_the_evaluation_date() {
    let rulebook = borderflow::rules::Rulebook::builtin().unwrap();
    let before: Date = "2025-10-31".parse().unwrap();
    let after: Date = "2026-11-22".parse().unwrap();
    // The rulebook changed a mark between the two dates (GB/T 45574-2025 from 2025-11-01), so
    // the test tells a date-following inspector from one with fixed marks.
    assert!(DataClass::ALL.iter().any(
        |class| class_label(&rulebook, before, *class) != class_label(&rulebook, after, *class)
    ));
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron");
    for day in [before, after] {
        let mut harness = harness_with(Startup {
            today: day,
            ..common::startup(Some(&sample))
        });
        let flow = common::list_findings_of(&mut harness, "face-clock-in");
        harness
            .get_by_label_contains(&format!("CN-15 on {flow}"))
            .click();
        harness.run();
        for class in DataClass::ALL {
            let label = class_label(&rulebook, day, *class);
            assert!(
                harness.query_by_label(&label).is_some(),
                "{day}: no checkbox {label:?}"
            );
        }
        // Why the finding fired, from the rule's data, in the inspector and the treatment.
        let shown = harness
            .query_all_by_label_contains("missing safeguard: Notice given")
            .count();
        assert!(shown >= 2, "{day}: the reason shows {shown} times");
    }
}

#[test]
fn the_register_and_the_bundle_from_the_editor_are_the_ones_the_library_writes() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    let day: Date = "2026-11-22".parse().unwrap();
    let map = harness.state().map().clone();
    let rulebook = borderflow::rules::Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day);
    let register =
        borderflow::deliver::build_register(&Evaluated::new(&map, &evaluation, &rulebook));

    // Through the menu: without a file dialog, the path typed in the field is used.
    let csv = folder.path().join("transfers.csv");
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label(&borderflow::i18n::text(
            borderflow::model::Language::English,
            "ui-cmd-export-register",
        ))
        .click();
    harness.run();
    common::type_path(&mut harness, &csv.display().to_string());
    wait_for_export(&mut harness);
    assert_eq!(
        std::fs::read(&csv).unwrap(),
        borderflow::deliver::register_bytes(&register, borderflow::deliver::RegisterFormat::Csv)
            .unwrap()
    );

    let zip = folder.path().join("filing.zip");
    harness.state_mut().bundle_to(zip.clone());
    wait_for_export(&mut harness);
    let bytes = std::fs::read(&zip).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
    let text = String::from_utf8_lossy(&bytes);
    for name in ["MANIFEST.txt", "report.pdf", "register.xlsx", "lotus.ron"] {
        assert!(text.contains(name), "the bundle holds {name}");
    }
    // A bundle is one zip: another name is refused in the window.
    harness
        .state_mut()
        .bundle_to(folder.path().join("filing.tar"));
    harness.run();
    assert!(harness.query_by_label("Could not export").is_some());
}
