//! The manager's review and the documents, on a 1366×768 projector: findings worst first and
//! sortable by any column, the risk view maximised, a sign-off that needs a decision and a
//! confirmation, view state that stays with its file, recovery copies that do not outlive
//! their work, and menus that keep their closing click and Escape to themselves.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{BorderflowApp, Startup, Storage, Workspace};
use borderflow::model::{Decision, SignOffStep};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::{click, lotus_copy, type_into, type_path};

/// The editor in a 1366×768 window (the meeting room's projector) started as `startup` says.
fn projector(startup: Startup) -> Harness<'static, BorderflowApp> {
    let mut harness = Harness::builder()
        .with_size([1366.0, 768.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| BorderflowApp::new(cc, startup.clone()));
    harness.run();
    harness
}

fn open(path: &Path) -> Harness<'static, BorderflowApp> {
    projector(common::startup(Some(path)))
}

const SEVERITIES: [&str; 5] = ["critical", "high", "medium", "low", "info"];

/// The rows of the findings list in view, top to bottom, by their accessible names.
fn finding_rows(harness: &Harness<'_, BorderflowApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let (first, rest) = label.split_once(' ')?;
            (SEVERITIES.contains(&first) && rest.contains(" on ") && label.ends_with(')'))
                .then(|| (node.rect().top(), label))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, label)| label).collect()
}

fn severity_rank(row: &str) -> usize {
    let word = row.split(' ').next().unwrap();
    SEVERITIES.iter().position(|name| *name == word).unwrap()
}

fn rule_of(row: &str) -> String {
    row.split(' ').nth(1).unwrap().to_owned()
}

#[test]
fn findings_are_listed_worst_first() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    // The review fills the window, so more rows are in view.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.run();
    let rows = finding_rows(&harness);
    assert!(rows.len() >= 8, "{rows:#?}");
    let ranks: Vec<usize> = rows.iter().map(|row| severity_rank(row)).collect();
    assert!(ranks.is_sorted(), "not worst first: {rows:#?}");
    assert_eq!(ranks[0], 0, "the first row is critical: {rows:#?}");
    // The rulebook's own order is not worst first: the list sorted it.
    let evaluated: Vec<u8> = harness
        .state()
        .evaluation()
        .findings
        .iter()
        .map(|finding| finding.severity.level())
        .collect();
    assert!(!evaluated.iter().rev().is_sorted(), "{evaluated:?}");
}

#[test]
fn clicking_a_column_header_sorts_by_it_and_again_turns_it_round() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.run();
    click(&mut harness, "Sort by Rule", &[Role::Button]);
    let rows = finding_rows(&harness);
    let rules: Vec<String> = rows.iter().map(|row| rule_of(row)).collect();
    assert!(rules.is_sorted(), "{rules:?}");
    assert!(
        rules.first() != rules.last(),
        "the view holds more than one rule: {rules:?}"
    );
    click(&mut harness, "Sort by Rule", &[Role::Button]);
    let turned: Vec<String> = finding_rows(&harness)
        .iter()
        .map(|row| rule_of(row))
        .collect();
    assert!(turned.iter().rev().is_sorted(), "{turned:?}");
    assert!(turned.first() > rules.first(), "{turned:?}");

    // Severity brings back the worst first.
    click(&mut harness, "Sort by Severity", &[Role::Button]);
    let ranks: Vec<usize> = finding_rows(&harness)
        .iter()
        .map(|row| severity_rank(row))
        .collect();
    assert!(ranks.is_sorted(), "{ranks:?}");
}

#[test]
fn the_maximised_risk_view_fills_the_window_and_gives_it_back() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    let palette = "Add a site";
    assert!(harness.query_by_label_contains(palette).is_some());
    click(
        &mut harness,
        "Fill the window with the risk view (Ctrl+Shift+M)",
        &[Role::Button],
    );
    // Neither the palette nor the inspector is drawn; the list spans the window, from the
    // top of it.
    assert!(harness.query_by_label_contains(palette).is_none());
    let row = harness
        .get_by_label_contains("critical MO-01 on F1: Coloane showroom")
        .rect();
    assert!(row.width() > 1300.0 && row.top() < 200.0, "{row:?}");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.run();
    assert!(harness.query_by_label_contains(palette).is_some());
}

/// The DPIA workspace of a fresh copy of Lotus, with the approver's name written.
fn approver_named(folder: &Path) -> Harness<'static, BorderflowApp> {
    let mut harness = open(&lotus_copy(folder));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    assert_eq!(harness.state().workspace(), Workspace::Dpia);
    type_into(&mut harness, "Approver", "Mei Ho");
    harness
}

#[test]
fn approve_without_a_decision_does_not_sign() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = approver_named(folder.path());
    let approve = common::widget(&harness, "Approve", &[Role::Button]);
    assert!(approve.accesskit_node().is_disabled());
    click(&mut harness, "Approve", &[Role::Button]);
    let assessment = &harness.state().map().assessment;
    assert!(assessment.revisions.is_empty(), "nothing was signed");
    assert_eq!(assessment.sign_off.approved_on, None);
    assert!(
        harness
            .query_by_label_contains("Confirm signature")
            .is_none()
    );
}

#[test]
fn a_signature_asks_for_confirmation_and_records_the_revision_it_signs() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = approver_named(folder.path());
    click(&mut harness, "Decision of the Approver", &[Role::ComboBox]);
    harness.get_by_label("Reject").click();
    harness.run();
    assert_eq!(
        harness.state().map().assessment.sign_off.approver_decision,
        Some(Decision::Reject)
    );
    // A rejection needs no justification; the click only asks.
    click(&mut harness, "Approve", &[Role::Button]);
    assert!(harness.state().map().assessment.revisions.is_empty());
    let fingerprint = borderflow::assessment::fingerprint(harness.state().map()).unwrap();
    let question =
        format!("Sign as Approver: Mei Ho, decision “Reject”, on the map revision {fingerprint}?");
    assert!(harness.query_by_label(&question).is_some(), "{question}");

    // Cancelling signs nothing; confirming signs once, of this revision.
    click(&mut harness, "Cancel", &[Role::Button]);
    assert!(harness.state().map().assessment.revisions.is_empty());
    click(&mut harness, "Approve", &[Role::Button]);
    click(&mut harness, "Confirm signature", &[Role::Button]);
    let assessment = &harness.state().map().assessment;
    assert_eq!(assessment.revisions.len(), 1);
    let revision = &assessment.revisions[0];
    assert_eq!(revision.step, Some(SignOffStep::Approved));
    assert_eq!(revision.by, "Mei Ho");
    assert_eq!(revision.map_hash, fingerprint);
    assert!(assessment.sign_off.approved_on.is_some());
}

#[test]
fn approving_with_serious_findings_open_waits_for_a_justification() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = approver_named(folder.path());
    click(&mut harness, "Decision of the Approver", &[Role::ComboBox]);
    harness.get_by_label("Approve with conditions").click();
    harness.run();
    let approve = common::widget(&harness, "Approve", &[Role::Button]);
    assert!(
        approve.accesskit_node().is_disabled(),
        "no justification yet"
    );
    type_into(
        &mut harness,
        "Justification for approving with critical or high findings open",
        "Pilot with five staff",
    );
    click(&mut harness, "Approve", &[Role::Button]);
    click(&mut harness, "Confirm signature", &[Role::Button]);
    assert_eq!(harness.state().map().assessment.revisions.len(), 1);
}

#[test]
fn a_filter_does_not_survive_opening_another_file() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    // Select a site from the keyboard and narrow the canvas to it and its neighbours.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(harness.state().selection().sites.len(), 1);
    click(&mut harness, "View", &[Role::Button]);
    click(
        &mut harness,
        "Show only the site and its neighbours",
        &[Role::Button],
    );
    assert!(harness.state().canvas().filter().is_some());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    type_path(
        &mut harness,
        &common::sample_path("pearl-delta-hengqin.ron")
            .display()
            .to_string(),
    );
    assert_eq!(harness.state().map().meta.title, {
        common::sample("pearl-delta-hengqin.ron").meta.title
    });
    assert!(
        harness.state().canvas().filter().is_none(),
        "the other file's filter was kept"
    );
}

fn with_storage(storage: &Storage, path: &Path) -> Harness<'static, BorderflowApp> {
    projector(Startup {
        storage: storage.clone(),
        ..common::startup(Some(path))
    })
}

/// Frames enough for an autosave (five seconds at the harness's four frames a second), and a
/// moment for the worker to write.
fn let_autosave_run(harness: &mut Harness<'_, BorderflowApp>) {
    harness.run_steps(40);
    std::thread::sleep(std::time::Duration::from_millis(300));
    harness.run();
}

/// How many recovery copies the editor's folder `state` holds, the running window's included.
fn recovery_copies(state: &Path) -> usize {
    std::fs::read_dir(state.join("recovery")).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "ron"))
            .count()
    })
}

#[test]
fn a_clean_document_leaves_no_recovery_copy() {
    let folder = tempfile::tempdir().unwrap();
    let state = folder.path().join("state");
    let storage = Storage::in_folder(state.clone());
    let path = lotus_copy(folder.path());
    let mut harness = with_storage(&storage, &path);
    harness.get_by_label("Add SIEM").click();
    harness.run();
    let_autosave_run(&mut harness);
    assert_eq!(recovery_copies(&state), 1, "the edit was kept safe");

    // Undo back to the file as saved: the copy goes, without quitting.
    click(&mut harness, "Undo", &[Role::Button]);
    assert!(!harness.state().document().is_dirty());
    let_autosave_run(&mut harness);
    assert_eq!(
        recovery_copies(&state),
        0,
        "a copy of a clean file was left"
    );

    // An edit saved: the copy goes too.
    harness.get_by_label("Add SIEM").click();
    harness.run();
    let_autosave_run(&mut harness);
    assert_eq!(recovery_copies(&state), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let_autosave_run(&mut harness);
    assert_eq!(recovery_copies(&state), 0);

    // Killed now (no clean close), the next start has nothing to offer.
    drop(harness);
    assert!(storage.clone().recovery().is_none());
}

#[test]
fn a_new_empty_map_has_nothing_unsaved() {
    let mut harness = projector(common::startup(None));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().map().sites().count(), 0);
    assert!(!harness.state().document().is_dirty());
    assert!(harness.query_by_label_contains("Unsaved changes").is_none());
}

#[test]
fn escape_closes_a_menu_and_nothing_else() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    harness.key_press(Key::Tab);
    harness.run();
    let selected = harness.state().selection().clone();
    assert!(!selected.is_empty());
    click(&mut harness, "View", &[Role::Button]);
    let item = "Show only the site and its neighbours";
    assert!(harness.query_by_label(item).is_some(), "the menu is open");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label(item).is_none(), "Escape closed it");
    assert_eq!(
        harness.state().selection(),
        &selected,
        "and did not clear the selection"
    );
}

#[test]
fn the_click_that_closes_a_menu_does_not_reach_the_widget_beneath() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = open(&lotus_copy(folder.path()));
    let heatmap = harness
        .query_all_by_label("Heatmap")
        .find(|node| node.accesskit_node().role() != Role::Label)
        .expect("the heatmap tab")
        .rect();
    click(&mut harness, "File", &[Role::Button]);
    assert!(
        harness.query_by_label_contains("Open…").is_some(),
        "the menu is open"
    );
    // A click on the risk panel's heatmap tab, outside the menu.
    harness.hover_at(heatmap.center());
    harness.run();
    harness.get_by_label("Heatmap").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("Open…").is_none(),
        "the click closed it"
    );
    assert_eq!(
        harness.state().risk_tab(),
        borderflow::app::RiskTab::Findings,
        "the click went through to the tab"
    );
    // The next click is the tab's.
    harness.get_by_label("Heatmap").click();
    harness.run();
    assert_eq!(
        harness.state().risk_tab(),
        borderflow::app::RiskTab::Heatmap
    );
}
