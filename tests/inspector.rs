//! The flow inspector as a workshop uses it: the flow's own findings first, with why they fired
//! and the safeguard that closes each one click away; and the question of how many people's
//! sensitive data crosses, asked as soon as the flow carries sensitive data.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::app::BorderflowApp;
use borderflow::model::{DataClass, FlowId, Safeguard, Sector};
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

fn flow_of(harness: &Harness<'_, BorderflowApp>, id: &str) -> borderflow::model::Flow {
    let id = FlowId::new(id).unwrap();
    harness.state().map().flow(&id).unwrap().flow.clone()
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
    let flow = flow_of(&harness, "attendance-coloane");
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

/// Ticks a checkbox of the inspector, scrolled into view first as a user would.
fn tick(harness: &mut Harness<'_, BorderflowApp>, label: &str) {
    common::widget(harness, label, &[Role::CheckBox]).scroll_to_me();
    harness.run();
    common::widget(harness, label, &[Role::CheckBox]).click();
    harness.run();
}

#[test]
fn the_inspector_tags_faces_the_face_filing_and_a_site_s_sector() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&lotus_copy(folder.path())));
    select_flow(&mut harness, "attendance-coloane");
    tick(
        &mut harness,
        "Face recognition filing made with the provincial cyberspace department",
    );
    // Faces are sensitive under PIPL Art 28: the checkbox carries the mark.
    tick(&mut harness, "Face recognition data [P]");
    let flow = flow_of(&harness, "attendance-coloane");
    assert!(flow.data_classes.contains(&DataClass::Face));
    assert!(flow.safeguards.contains(&Safeguard::FaceFiling));
    // A site's sector, from its inspector.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_label("Find site or flow")
        .type_text("Taipa head office");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    common::widget(&harness, "Sector of the entity", &[Role::ComboBox]).click();
    harness.run();
    harness.get_by_label("Banking").click();
    harness.run();
    let taipa = harness
        .state()
        .map()
        .sites()
        .find(|site| site.name == "Taipa head office")
        .unwrap()
        .clone();
    assert_eq!(taipa.sector, Some(Sector::Banking));
}
