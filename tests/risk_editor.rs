//! The manager's and the DPO's part of the editor, driven by accessible names: the heatmap and
//! its highlighted flows, treating a finding, closing one with its safeguard, the action plan,
//! and the DPIA workspace with its sign-off, all saved in the map.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use borderflow::app::{BorderflowApp, Workspace};
use borderflow::io::load_map;
use borderflow::model::{Severity, SignOffStep, TreatmentStatus};
use borderflow::rules::Subject;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;

mod common;
use common::lotus_copy;
use common::{click, type_into};
use egui_kittest::kittest::{NodeT, Queryable};

fn harness(open: &Path) -> Harness<'static, BorderflowApp> {
    common::harness(Some(open))
}

/// The flows of the findings of `rule` on the current map.
fn flows_of_rule(harness: &Harness<'_, BorderflowApp>, rule: &str) -> BTreeSet<String> {
    harness
        .state()
        .evaluation()
        .findings
        .iter()
        .filter(|finding| finding.rule() == rule)
        .filter_map(|finding| match &finding.subject {
            Subject::Flow(id) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

fn choose_in_combo(harness: &mut Harness<'_, BorderflowApp>, combo: &str, option: &str) {
    click(harness, combo, &[Role::ComboBox]);
    harness.get_by_label(option).click();
    harness.run();
}

fn press(harness: &mut Harness<'_, BorderflowApp>, button: &str) {
    click(harness, button, &[Role::Button]);
}

/// How the risk view names `flow` ("F3: Office → DingTalk (Hangzhou)").
fn flow_name(harness: &Harness<'_, BorderflowApp>, flow: &str) -> String {
    let map = harness.state().map();
    let view = map
        .flows()
        .find(|view| view.flow.id.as_str() == flow)
        .unwrap();
    format!(
        "F{}: {} → {}",
        view.flow.number.unwrap(),
        view.source.name,
        view.target.name
    )
}

/// The link to `rule`'s finding on `flow` in a list of the risk view ("RULE · title · flow").
fn finding_link<'h>(
    harness: &'h Harness<'_, BorderflowApp>,
    rule: &str,
    flow: &str,
) -> Option<egui_kittest::Node<'h>> {
    let name = flow_name(harness, flow);
    let prefix = format!("{rule} · ");
    harness.query_all_by_role(Role::Button).find(|node| {
        node.accesskit_node()
            .label()
            .is_some_and(|label| label.starts_with(&prefix) && label.ends_with(&name))
    })
}

/// Chooses the critical MO-01 finding on `flow` through the heatmap's list of that cell.
fn choose_mo01(harness: &mut Harness<'_, BorderflowApp>, flow: &str) -> String {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::H);
    harness.run();
    harness
        .get_by_label("Initial risk, severity 5 (critical), likelihood 4 (likely): 4 findings")
        .click();
    harness.run();
    finding_link(harness, "MO-01", flow)
        .expect("the cell lists the finding")
        .click();
    harness.run();
    let id = format!("MO-01@{flow}");
    assert_eq!(harness.state().selected_finding(), Some(id.as_str()));
    id
}

#[test]
fn clicking_a_heatmap_cell_highlights_only_its_flows() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(&lotus_copy(folder.path()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::H);
    harness.run();
    assert!(harness.state().highlight().is_none());

    // MO-01 (no legal ground, severity 5, likelihood 4) fires on the four flows out of Macau.
    let expected = flows_of_rule(&harness, "MO-01");
    assert_eq!(expected.len(), 4);
    let cell = "Initial risk, severity 5 (critical), likelihood 4 (likely): 4 findings";
    harness.get_by_label(cell).click();
    harness.run();
    let highlight = harness.state().highlight().expect("a cell is chosen");
    let highlighted: BTreeSet<String> = highlight.flows.iter().map(|id| id.to_string()).collect();
    assert_eq!(highlighted, expected);
    assert!(!highlighted.contains("contracts-delivery"));
    // The cell's findings are listed beside the grids.
    assert!(finding_link(&harness, "MO-01", "payroll-chat").is_some());

    // A filter narrows the cell: only flows carrying payroll.
    choose_in_combo(&mut harness, "Data class filter", "Payroll");
    let highlight = harness.state().highlight().unwrap();
    let narrowed: Vec<&str> = highlight.flows.iter().map(|id| id.as_str()).collect();
    assert_eq!(narrowed, ["payroll-chat"]);

    // Clicking the chosen cell again lets every flow show as before.
    harness
        .get_by_label("Initial risk, severity 5 (critical), likelihood 4 (likely): 1 findings")
        .click();
    harness.run();
    assert!(harness.state().highlight().is_none());
}

#[test]
fn an_accepted_finding_moves_on_the_residual_map_only_with_a_justification() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = harness(&path);
    let id = choose_mo01(&mut harness, "payroll-chat");

    // Without a justification, accepting is not offered.
    click(&mut harness, "Treatment status", &[Role::ComboBox]);
    assert!(
        harness
            .get_by_label("Accepted")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press(Key::Escape);
    harness.run();

    type_into(
        &mut harness,
        "Treatment justification",
        "Payroll chat moves to a Macau-hosted tool by March; the volume is 120 staff.",
    );
    choose_in_combo(&mut harness, "Treatment status", "Accepted");
    choose_in_combo(&mut harness, "Residual severity", "2 low");
    let treatment = harness.state().map().assessment.treatments[&id].clone();
    assert_eq!(treatment.status, TreatmentStatus::Accepted);
    assert_eq!(treatment.residual_severity, Some(Severity::Low));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::H);
    harness.run();
    // Initial risk is unchanged; on the residual map it left the critical row.
    assert!(
        harness
            .query_by_label(
                "Initial risk, severity 5 (critical), likelihood 4 (likely): 4 findings"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label(
                "Residual risk, severity 5 (critical), likelihood 4 (likely): 3 findings"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Residual risk, severity 2 (low), likelihood 4 (likely): 1 findings")
            .is_some()
    );

    // It is one undoable edit per field, and saved with the map.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = load_map(&path).unwrap();
    assert_eq!(saved.assessment.treatments[&id], treatment);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().map().assessment.treatments[&id].residual_severity,
        None
    );
}

#[test]
fn adding_the_missing_safeguard_resolves_the_finding_and_keeps_its_treatment() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(&lotus_copy(folder.path()));
    let id = choose_mo01(&mut harness, "attendance-taipa");
    type_into(&mut harness, "Treatment owner", "Ana Lei");
    assert_eq!(
        harness.state().map().assessment.treatments[&id].owner,
        "Ana Lei"
    );

    press(&mut harness, "Add “Macau authorisation granted”");
    assert!(
        !harness
            .state()
            .evaluation()
            .findings
            .iter()
            .any(|finding| finding.id == id),
        "the safeguard closes the finding"
    );
    // The treatment is kept and shown as resolved, not dropped.
    assert!(
        harness
            .state()
            .map()
            .assessment
            .treatments
            .contains_key(&id)
    );
    let tab = format!("Findings ({})", harness.state().evaluation().findings.len());
    harness.get_by_label(&tab).click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Resolved: 1 treated findings no longer fire")
            .is_some()
    );
    assert!(harness.query_by_label_contains("no longer fires").is_some());
}

#[test]
fn a_treatment_in_progress_closed_by_its_safeguard_is_mitigated_in_one_step() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(&lotus_copy(folder.path()));
    let id = choose_mo01(&mut harness, "attendance-taipa");
    choose_in_combo(&mut harness, "Treatment status", "In progress");
    let status = |harness: &Harness<'_, BorderflowApp>| {
        harness.state().map().assessment.treatments[&id].status
    };
    assert_eq!(status(&harness), TreatmentStatus::InProgress);

    press(&mut harness, "Add “Macau authorisation granted”");
    assert_eq!(status(&harness), TreatmentStatus::Mitigated);
    let treatment = &harness.state().map().assessment.treatments[&id];
    assert!(
        treatment
            .justification
            .contains("Macau authorisation granted")
    );
    // The treatment panel and the resolved list say what counts now: mitigated.
    assert!(
        harness
            .query_by_label("Its treatment is kept (Mitigated), and shown as resolved.")
            .is_some()
    );
    let tab = format!("Findings ({})", harness.state().evaluation().findings.len());
    harness.get_by_label(&tab).click();
    harness.run();
    harness
        .get_by_label_contains("Resolved: 1 treated findings no longer fire")
        .click();
    harness.run();
    let row = format!("✔ {id} · Transfer out of Macau has no legal ground · Mitigated");
    assert!(harness.query_by_label(&row).is_some(), "no row {row:?}");

    // One undo takes back the safeguard and the status together.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(status(&harness), TreatmentStatus::InProgress);
    assert!(
        harness
            .state()
            .evaluation()
            .findings
            .iter()
            .any(|finding| finding.id == id)
    );
}

#[test]
fn the_hengqin_sample_opens_with_its_risks_treated_and_overdue_work_marked() {
    let harness_path = common::sample_path("pearl-delta-hengqin");
    let mut harness = harness(&harness_path);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    let rulebook = borderflow::rules::Rulebook::builtin().unwrap();
    let state = harness.state();
    let register =
        borderflow::assessment::Register::new(state.map(), state.evaluation(), &rulebook);
    let plan = register.action_plan();
    let overdue = plan
        .iter()
        .filter(|risk| risk.is_overdue(common::day()))
        .count();
    assert!(overdue > 0);
    let summary = format!("{} open treatments, {overdue} overdue", plan.len());
    assert!(
        harness.query_by_label_contains(&summary).is_some(),
        "{summary}"
    );
    // The overdue items are marked with their dates, the owners named.
    assert!(
        harness
            .query_by_label("⚠ 13 November 2026 overdue")
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label("Legal (Ana Ferreira)")
            .next()
            .is_some()
    );
    // The residual heatmap differs from the initial one: treatments moved risks.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::H);
    harness.run();
    let cell = harness.get_by_label_contains("Residual risk, severity 5 (critical), likelihood 2");
    let cell = cell
        .accesskit_node()
        .label()
        .unwrap_or_default()
        .to_string();
    assert!(cell.ends_with(": 1 findings"), "{cell}");
}

#[test]
fn the_action_plan_lists_open_treatments_by_owner_with_overdue_marked() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(&lotus_copy(folder.path()));
    choose_mo01(&mut harness, "payroll-chat");
    type_into(&mut harness, "Treatment owner", "Ana Lei");
    type_into(&mut harness, "Treatment due date", "2026-10-01");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("open treatments, 1 overdue")
            .is_some()
    );
    // Dates are written in the editor language's long form.
    assert!(harness.query_by_label("⚠ 1 October 2026 overdue").is_some());
    assert!(harness.query_by_label("Ana Lei").is_some());
}

#[test]
fn fill_and_sign_the_dpia_then_save_and_reopen() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = harness(&path);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    assert_eq!(harness.state().workspace(), Workspace::Dpia);

    press(&mut harness, "Fill every empty answer from the map");
    let dpia = harness.state().map().assessment.dpia.clone();
    assert!(dpia.processing_description.contains("DingTalk"));
    assert!(dpia.retention.contains("no retention period set"));
    type_into(
        &mut harness,
        "3b. Rights: access and correction",
        "Staff ask HR by email; answered within 30 days.",
    );
    type_into(&mut harness, "Assessor", "Ana Lei");
    // A signature needs a decision, and is confirmed before it is made.
    choose_in_combo(&mut harness, "Decision of the Assessor", "Reject");
    press(&mut harness, "Sign as assessor");
    press(&mut harness, "Confirm signature");
    type_into(&mut harness, "DPO", "Rui Chan");
    type_into(
        &mut harness,
        "DPO opinion",
        "Proceed once the processor contract is signed.",
    );
    choose_in_combo(&mut harness, "Decision of the DPO", "Reject");
    press(&mut harness, "Record the DPO's opinion");
    press(&mut harness, "Confirm signature");

    let assessment = harness.state().map().assessment.clone();
    assert_eq!(assessment.sign_off.assessor, "Ana Lei");
    assert_eq!(
        assessment.sign_off.assessed_on,
        Some("2026-11-22".parse().unwrap())
    );
    let steps: Vec<_> = assessment.revisions.iter().map(|r| r.step).collect();
    assert_eq!(
        steps,
        [Some(SignOffStep::Assessed), Some(SignOffStep::DpoOpinion)]
    );
    assert_eq!(assessment.revisions[1].by, "Rui Chan");
    assert_eq!(assessment.revisions[0].map_hash.len(), 16);
    // Both signatures are of the map as it is now.
    assert_eq!(harness.query_all_by_label_contains("(this map)").count(), 2);

    // Undo takes the last signature back, redo signs again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().map().assessment.revisions.len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().map().assessment, assessment);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(load_map(&path).unwrap().assessment, assessment);
    let reopened = self::harness(&path);
    assert_eq!(reopened.state().map().assessment, assessment);
    assert_eq!(
        reopened.state().map().assessment.dpia.rights.access,
        "Staff ask HR by email; answered within 30 days."
    );
}

#[test]
fn the_view_is_worked_out_once_per_revision_not_every_frame() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(&lotus_copy(folder.path()));
    let id = choose_mo01(&mut harness, "payroll-chat");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    let before = harness.state().derivations();
    assert!(
        before.fixes >= 1,
        "the chosen finding's fixes were worked out"
    );
    assert_eq!(before.drafts, 1, "the DPIA drafts were worked out once");

    // Frames with the heatmap, the treatment editor and the DPIA workspace shown, and no edit:
    // nothing is worked out again.
    for _ in 0..6 {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
        harness.run();
    }
    assert_eq!(harness.state().workspace(), Workspace::Map);
    assert_eq!(harness.state().derivations(), before);

    // One edit is one new view, and the drafts and fixes follow it once when next shown.
    type_into(&mut harness, "Treatment owner", "Ana");
    let after_edit = harness.state().derivations();
    assert!(
        after_edit.views > before.views,
        "{id}: the edit made a new view"
    );
    for _ in 0..3 {
        harness.run();
    }
    let settled = harness.state().derivations();
    assert_eq!(settled.views, after_edit.views);
    assert!(settled.fixes <= after_edit.fixes + 1);
}
