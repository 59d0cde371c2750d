//! The regulators' clocks in the editor: the top bar marks a map that needs review, the
//! inspector shows a flow's clocks with their state and limit, and a clock waiting for a date
//! the map lacks offers the field for it, whose date starts the clock.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::app::BorderflowApp;
use borderflow::model::{
    DataClass, Date, Flow, FlowId, Jurisdiction, LegalBasis, Map, Safeguard, Site, SiteId, SiteKind,
};
use borderflow::rules::{ClockState, Rulebook};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

/// A Hengqin office sends HR records to Macau under a Mainland standard contract whose date is
/// not recorded; the Macau office's own system started six weeks before the tests' day, never
/// notified.
fn the_map() -> Map {
    let mut map = Map::default();
    map.meta.organisation = "Pearl Delta".into();
    map.meta.title = "Clocks".into();
    for (id, name, place, kind) in [
        (
            "hq",
            "Hengqin office",
            Jurisdiction::MainlandGba,
            SiteKind::Office,
        ),
        ("mo", "Macau office", Jurisdiction::Macau, SiteKind::Office),
        (
            "hr",
            "Macau HR system",
            Jurisdiction::Macau,
            SiteKind::System,
        ),
    ] {
        map.add_site(Site::new(SiteId::new(id).unwrap(), name, kind, place))
            .unwrap();
    }
    let flow = |id: &str, from: &str, to: &str| {
        let mut flow = Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new(from).unwrap(),
            SiteId::new(to).unwrap(),
        );
        flow.data_classes.insert(DataClass::Contact);
        flow.purpose = format!("{id} purpose");
        flow
    };
    let mut contract = flow("contract", "hq", "mo");
    contract.legal_basis = LegalBasis::Consent;
    contract.safeguards.insert(Safeguard::CnStandardContract);
    map.add_flow(contract).unwrap();
    let mut local = flow("local", "mo", "hr");
    local.since = Some(common::day().plus_days(-42).unwrap());
    map.add_flow(local).unwrap();
    map
}

fn editor_on(map: &Map) -> (tempfile::TempDir, Harness<'static, BorderflowApp>) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("clocks.ron");
    borderflow::io::save_map(&path, map).unwrap();
    let harness = common::harness(Some(&path));
    (folder, harness)
}

fn clock_state(map: &Map, flow: &str, id: &str) -> ClockState {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, common::day());
    rulebook
        .clocks(map, &evaluation)
        .into_iter()
        .find(|clock| clock.id() == id && clock.flow.as_ref().is_some_and(|f| f.as_str() == flow))
        .unwrap_or_else(|| panic!("no {id} clock on {flow}"))
        .state
}

/// Selects `flow` the way a user does: its findings listed, one clicked.
fn select(harness: &mut Harness<'_, BorderflowApp>, flow: &str) {
    let name = common::list_findings_of(harness, flow);
    harness
        .get_all_by_label_contains(&format!(" on {name}: "))
        .next()
        .expect("a finding of the flow")
        .click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .selection()
            .flows
            .first()
            .map(|id| id.as_str()),
        Some(flow)
    );
}

#[test]
fn an_overdue_clock_marks_the_map_as_needing_review() {
    let map = the_map();
    assert_eq!(
        clock_state(&map, "local", "mo-notification"),
        ClockState::Overdue
    );
    let (_folder, mut harness) = editor_on(&map);
    assert!(
        harness
            .query_by_label_contains("Needs review (1)")
            .is_some(),
        "the top bar's mark"
    );
    select(&mut harness, "local");
    // The clock's own row: its title, beside its state.
    assert!(
        harness
            .query_all_by_label("Macau notification")
            .next()
            .is_some()
    );
    assert!(harness.query_by_label("overdue").is_some());

    // Notified: nothing is overdue, and the mark goes.
    let mut notified = map.clone();
    let mut flow = notified
        .flow(&FlowId::new("local").unwrap())
        .unwrap()
        .flow
        .clone();
    flow.safeguards.insert(Safeguard::MacauNotification);
    notified.replace_flow(flow).unwrap();
    assert_ne!(
        clock_state(&notified, "local", "mo-notification"),
        ClockState::Overdue
    );
    let (_folder, harness) = editor_on(&notified);
    assert!(harness.query_by_label_contains("Needs review").is_none());
}

#[test]
fn a_clock_waiting_for_a_date_offers_the_field_that_starts_it() {
    let map = the_map();
    assert_eq!(
        clock_state(&map, "contract", "cn-contract-filing"),
        ClockState::Unknown
    );
    let (_folder, mut harness) = editor_on(&map);
    select(&mut harness, "contract");
    assert!(harness.query_by_label("unknown").is_some());
    let field = "Mainland standard contract took effect on";
    common::type_into(
        &mut harness,
        field,
        &common::day().plus_days(-3).unwrap().to_string(),
    );
    let edited = harness.state().map().clone();
    let flow = edited.flow(&FlowId::new("contract").unwrap()).unwrap().flow;
    assert_eq!(
        flow.references
            .get(&Safeguard::CnStandardContract)
            .and_then(|reference| reference.effective),
        Some(common::day().plus_days(-3).unwrap())
    );
    // Dated three days ago, the filing clock now runs: due within its 10 working days.
    assert_eq!(
        clock_state(&edited, "contract", "cn-contract-filing"),
        ClockState::Due
    );
    assert!(harness.query_by_label("due").is_some());
    // The flow's start date is a field of its own.
    common::type_into(&mut harness, "Started on", "2026-01-05");
    let flow = harness
        .state()
        .map()
        .flow(&FlowId::new("contract").unwrap())
        .unwrap()
        .flow
        .clone();
    assert_eq!(flow.since, Some(day("2026-01-05")));
}
