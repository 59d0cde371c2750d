//! The flow inspector as a workshop uses it: the flow's own findings first, with why they fired
//! and the safeguard that closes each one click away; and the question of how many people's
//! sensitive data crosses, asked as soon as the flow carries sensitive data.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::app::BorderflowApp;
use borderflow::model::{FlowId, Safeguard};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, lotus_copy, type_into};

/// Selects a flow by its id through Find, as a user would.
fn select_flow(harness: &mut Harness<'_, BorderflowApp>, id: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Find site or flow").type_text(id);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .state()
            .selection()
            .flows
            .iter()
            .any(|flow| flow.as_str() == id)
    );
}

fn rules_on(harness: &Harness<'_, BorderflowApp>, flow: &str) -> Vec<String> {
    let id = FlowId::new(flow).unwrap();
    harness
        .state()
        .evaluation()
        .findings_for_flow(&id)
        .map(|finding| finding.rule().to_owned())
        .collect()
}

#[test]
fn a_flow_s_findings_come_first_with_their_reasons_and_the_best_fix_one_click_away() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    select_flow(&mut harness, "attendance-coloane");
    let count = rules_on(&harness, "attendance-coloane").len();
    let heading = harness
        .get_by_label(&format!("Findings ({count})"))
        .rect()
        .top();
    let ends = common::widget(&harness, "From (holds the data)", &[Role::ComboBox])
        .rect()
        .top();
    assert!(
        heading < ends,
        "findings at {heading}, the flow's ends at {ends}"
    );
    // Why each fired, from the rule's data.
    assert!(
        harness
            .query_all_by_label_contains("missing safeguard: Processor contract")
            .next()
            .is_some()
    );
    assert!(rules_on(&harness, "attendance-coloane").contains(&"MO-07".to_owned()));
    harness
        .query_all_by_label("Add “Processor contract”")
        .next()
        .expect("the best fix of MO-07 is a button")
        .click();
    harness.run();
    let flow = harness
        .state()
        .map()
        .flow(&FlowId::new("attendance-coloane").unwrap())
        .unwrap()
        .flow
        .clone();
    assert!(flow.safeguards.contains(&Safeguard::ProcessorContract));
    assert!(!rules_on(&harness, "attendance-coloane").contains(&"MO-07".to_owned()));
    // One click, one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(rules_on(&harness, "attendance-coloane").contains(&"MO-07".to_owned()));
}

#[test]
fn a_flow_with_sensitive_data_asks_how_many_people_s_sensitive_data_crosses() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    // Location is sensitive under the PIPL; the sample does not say how many people.
    select_flow(&mut harness, "attendance-coloane");
    let question = "People a year whose sensitive data crosses";
    assert!(harness.query_by_label(question).is_some());
    assert!(
        harness
            .query_all_by_label_contains("This flow carries sensitive data (Location")
            .next()
            .is_some()
    );
    type_into(&mut harness, question, "12");
    let flow = FlowId::new("attendance-coloane").unwrap();
    let answered = |harness: &Harness<'_, BorderflowApp>| {
        harness
            .state()
            .map()
            .flow(&flow)
            .unwrap()
            .flow
            .sensitive_subjects_per_year
    };
    assert_eq!(answered(&harness), Some(12));
    // Answered and left, the question goes; the number stays with the flow's other counts.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label(question).is_none());
    // Typing the number was one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(answered(&harness), None);
}

#[test]
fn tagging_sensitive_data_from_the_keyboard_puts_the_keyboard_in_the_question() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("workshop.ron");
    borderflow::io::save_map(&path, &borderflow::model::Map::default()).unwrap();
    let mut harness = harness(Some(&path));
    let keys = |harness: &mut Harness<'_, BorderflowApp>, keys: &[Key], text: &str| {
        for key in keys {
            harness.key_press(*key);
            harness.run();
        }
        if !text.is_empty() {
            harness.event(egui::Event::Text(text.to_owned()));
            harness.run();
        }
    };
    for preset in ["ding", "mac"] {
        keys(&mut harness, &[Key::N], preset);
        keys(&mut harness, &[Key::Enter, Key::Enter], "");
    }
    keys(&mut harness, &[Key::C], "ding");
    keys(&mut harness, &[Key::Enter], "");
    let question = "People a year whose sensitive data crosses";
    // Contact details are not sensitive: nothing to ask.
    keys(&mut harness, &[Key::T], "contact");
    keys(&mut harness, &[Key::Enter], "");
    assert!(harness.query_by_label(question).is_none());
    // Health data is: the question is asked, and what is typed next answers it.
    keys(&mut harness, &[Key::T], "health");
    keys(&mut harness, &[Key::Enter], "40");
    keys(&mut harness, &[Key::Enter], "");
    let flow = harness.state().map().flows().next().unwrap().flow.clone();
    assert_eq!(flow.sensitive_subjects_per_year, Some(40));
    assert!(
        harness.query_by_label(question).is_none(),
        "answered, it goes"
    );
}
