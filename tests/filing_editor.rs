//! The filing fields in the editor, driven by accessible names: the organisation panel with
//! nothing selected, a flow's filing fields in the inspector, and the sign-off that asks for a
//! justification before approving while critical or high findings are open. Each is saved in
//! the map (as format version 3) and printed in the report.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::app::{BorderflowApp, Workspace};
use borderflow::io::load_map;
use borderflow::model::{Decision, FlowId, Language, SignOffStep};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::lotus_copy;
use common::{click, type_into, widget};

fn open_section(harness: &mut Harness<'_, BorderflowApp>, title: &str) {
    harness.get_by_label(title).scroll_to_me();
    harness.run();
    harness.get_by_label(title).click();
    harness.run();
}

#[test]
fn the_organisation_panel_and_a_flow_s_filing_fields_are_saved_and_reported() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = common::harness(Some(&path));
    // Nothing selected: the inspector shows the map and its organisation panel.
    open_section(&mut harness, "Organisation, for the filings");
    type_into(
        &mut harness,
        "Controller's legal name in Chinese",
        "蓮花貿易有限公司",
    );
    type_into(
        &mut harness,
        "Data protection officer or contact person: Name",
        "Ana Lei",
    );
    let controller = harness.state().map().meta.controller.clone();
    assert_eq!(controller.name_zh, "蓮花貿易有限公司");
    assert_eq!(controller.dpo.name, "Ana Lei");

    // A flow's filing fields, in the inspector.
    let flow = FlowId::new("payroll-chat").unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_label("Find site or flow")
        .type_text("payroll-chat");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().selection().flows.contains(&flow));
    open_section(&mut harness, "For the filings");
    type_into(&mut harness, "Transmission channel", "HTTPS API");
    type_into(&mut harness, "Categories of data subjects", "Employees");
    let edited = harness.state().map().flow(&flow).unwrap().flow.clone();
    assert_eq!(edited.channel, "HTTPS API");
    assert_eq!(edited.subject_categories, "Employees");
    // Typing in one field is one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .map()
            .flow(&flow)
            .unwrap()
            .flow
            .subject_categories,
        ""
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("version: 3,"));
    let saved = load_map(&path).unwrap();
    assert_eq!(saved.meta.controller, controller);
    assert_eq!(saved.flow(&flow).unwrap().flow.channel, "HTTPS API");

    // The report no longer asks for what was filled in, and prints it in the notification.
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&saved, "2026-11-22".parse().unwrap());
    let built = report::build_annex(
        &Evaluated::new(&saved, &evaluation, &rulebook).in_language(Language::English),
        report::Annex::Notification,
    );
    let markdown = report::to_markdown(&built, "d.svg");
    assert!(markdown.contains("Controller's legal name in Chinese: 蓮花貿易有限公司"));
    assert!(markdown.contains("Employees (F"), "{markdown}");
}

#[test]
fn approving_with_critical_findings_open_waits_for_a_justification() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = common::harness(Some(&path));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    assert_eq!(harness.state().workspace(), Workspace::Dpia);

    type_into(&mut harness, "Approver", "Mei Ho");
    type_into(&mut harness, "Title of the Approver", "Managing director");
    click(&mut harness, "Decision of the Approver", &[Role::ComboBox]);
    harness.get_by_label("Approve with conditions").click();
    harness.run();
    let sign_off = harness.state().map().assessment.sign_off.clone();
    assert_eq!(
        sign_off.approver_decision,
        Some(Decision::ApproveWithConditions)
    );
    assert_eq!(sign_off.approver_title, "Managing director");

    // Lotus has critical findings open: the editor says so and the approval waits.
    assert!(
        harness
            .query_all_by_label_contains("critical or high findings are still open")
            .next()
            .is_some()
    );
    let approve = widget(&harness, "Approve", &[Role::Button]);
    assert!(
        approve.accesskit_node().is_disabled(),
        "approve is disabled"
    );
    type_into(
        &mut harness,
        "Conditions of the approval",
        "Processor contract signed by March",
    );
    type_into(
        &mut harness,
        "Justification for approving with critical or high findings open",
        "Pilot with five staff until the contract is signed",
    );
    click(&mut harness, "Approve", &[Role::Button]);
    click(&mut harness, "Confirm signature", &[Role::Button]);
    let assessment = harness.state().map().assessment.clone();
    assert_eq!(
        assessment
            .revisions
            .last()
            .and_then(|revision| revision.step),
        Some(SignOffStep::Approved)
    );
    assert_eq!(
        assessment.sign_off.justification,
        "Pilot with five staff until the contract is signed"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = load_map(&path).unwrap();
    assert_eq!(saved.assessment, assessment);
    let rulebook = Rulebook::builtin().unwrap();
    let day = "2026-11-22".parse().unwrap();
    let evaluation = rulebook.evaluate(&saved, day);
    let built = report::build(
        &Evaluated::new(&saved, &evaluation, &rulebook).in_language(Language::English),
    );
    let markdown = report::to_markdown(&built, "d.svg");
    let end = markdown.split("## 11\\.").nth(1).unwrap();
    assert!(end.contains("Justification: Pilot with five staff until the contract is signed"));
    assert!(end.contains("Processor contract signed by March"));
}
