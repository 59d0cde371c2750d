//! `borderflow diff`: the samples against edited copies name every change, by flow number, and
//! the right verdict; a signature keeps the signed version, so `--since-signoff` shows it.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use borderflow::assessment::sign_off::sign;
use borderflow::compare::{ChangeKind, ItemKind, Verdict, diff, signed_version};
use borderflow::io::{map_to_string, save_map};
use borderflow::model::{DataClass, Flow, FlowId, Point, SignOffStep, SiteId};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use common::{day, run_cli, sample, sample_path};

fn book() -> Rulebook {
    Rulebook::builtin().unwrap()
}

#[test]
fn positions_notes_and_wording_are_cosmetic() {
    let old = sample("lotus-trading-dingtalk.ron");
    assert_eq!(diff(&old, &old, &book(), day()).verdict, Verdict::None);
    let mut new = old.clone();
    let mut site = new.sites().next().unwrap().clone();
    site.position = Some(Point::new(900.0, 40.0));
    site.notes.push_str(" Moved upstairs.");
    new.replace_site(site.clone()).unwrap();
    let mut flow = new.flows().next().unwrap().flow.clone();
    flow.purpose = "Payroll, monthly".into();
    new.replace_flow(flow.clone()).unwrap();
    let result = diff(&old, &new, &book(), day());
    assert_eq!(result.verdict, Verdict::Cosmetic);
    assert_eq!(result.changes.len(), 2);
    assert_eq!(result.changes[0].kind, ItemKind::Site);
    assert_eq!(result.changes[0].fields, ["notes", "position"]);
    assert_eq!(result.changes[1].number, flow.number.map(|n| n as usize));
    assert_eq!(result.changes[1].fields, ["purpose"]);
    assert!(result.findings.appeared.is_empty() && result.findings.cleared.is_empty());
}

#[test]
fn a_data_class_a_flow_or_a_border_crossing_needs_a_new_sign_off() {
    let old = sample("pearl-delta-hengqin.ron");
    let mut new = old.clone();
    let mut flow = new.flows().last().unwrap().flow.clone();
    flow.data_classes.insert(DataClass::Health);
    new.replace_flow(flow.clone()).unwrap();
    let result = diff(&old, &new, &book(), day());
    assert_eq!(result.verdict, Verdict::ReSign);
    let change = result
        .changes
        .iter()
        .find(|c| c.id == flow.id.as_str())
        .unwrap();
    assert_eq!(
        (change.change, change.fields.clone()),
        (ChangeKind::Changed, vec!["data_classes".to_owned()])
    );
    assert_eq!(change.number, flow.number.map(|n| n as usize));
    assert!(
        !result.findings.appeared.is_empty(),
        "health data is sensitive: findings appear"
    );

    // A flow added between two existing sites: added, with the next number; its findings
    // appear and its clocks start.
    let mut added = old.clone();
    let sites: Vec<SiteId> = added.sites().map(|site| site.id.clone()).collect();
    let mut new_flow = Flow::new(
        FlowId::new("new-flow").unwrap(),
        sites[0].clone(),
        sites[1].clone(),
    );
    new_flow.data_classes.insert(DataClass::Contact);
    added.add_flow(new_flow).unwrap();
    let result = diff(&old, &added, &book(), day());
    let change = result.changes.iter().find(|c| c.id == "new-flow").unwrap();
    assert_eq!(change.change, ChangeKind::Added);
    assert_eq!(change.number, Some(old.flow_count() + 1));
    assert_eq!(result.verdict, Verdict::ReSign);
    // And the other way: removed, its findings cleared.
    let back = diff(&added, &old, &book(), day());
    assert!(
        back.changes
            .iter()
            .any(|c| c.id == "new-flow" && c.change == ChangeKind::Removed)
    );
    assert_eq!(back.findings.cleared.len(), result.findings.appeared.len());
}

#[test]
fn a_signature_keeps_the_signed_version_and_since_signoff_compares_with_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut map = sample("lotus-trading-dingtalk.ron");
    let mut assessment = map.assessment.clone();
    sign(&mut assessment, &map, SignOffStep::Approved, day()).unwrap();
    map.assessment = assessment;
    let signed = signed_version(&map).unwrap().unwrap();
    assert_eq!(signed.flow_count(), map.flow_count());
    assert!(map_to_string(&signed).unwrap().contains("flows: ["));
    assert_eq!(diff(&signed, &map, &book(), day()).verdict, Verdict::None);

    // Cosmetic: a note.
    let mut site = map.sites().next().unwrap().clone();
    site.notes = "Second floor.".into();
    map.replace_site(site).unwrap();
    let path = folder.path().join("signed.ron");
    save_map(&path, &map).unwrap();
    let path_text = path.to_str().unwrap();
    let output = run_cli(&[
        "diff",
        path_text,
        "--since-signoff",
        "--json",
        "--as-of",
        "2026-12-07",
    ]);
    assert!(output.status.success(), "{}", common::stderr_of(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["verdict"], "cosmetic");
    assert_eq!(json["changes"][0]["kind"], "site");
    assert_eq!(json["changes"][0]["fields"][0], "notes");

    // Material: a data class on a flow, by number in the text output.
    let mut flow = map.flows().next().unwrap().flow.clone();
    flow.data_classes.insert(DataClass::Health);
    map.replace_flow(flow).unwrap();
    save_map(&path, &map).unwrap();
    let output = run_cli(&[
        "diff",
        path_text,
        "--since-signoff",
        "--json",
        "--as-of",
        "2026-12-07",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["verdict"], "re-sign");
    let flow_change = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "flow")
        .unwrap();
    assert_eq!(flow_change["number"], 1);
    assert_eq!(flow_change["change"], "changed");
    assert_eq!(flow_change["fields"][0], "data_classes");
    let output = run_cli(&[
        "diff",
        path_text,
        "--since-signoff",
        "--as-of",
        "2026-12-07",
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("Verdict: Re-sign needed"), "{text}");
    assert!(text.contains("F1 "), "{text}");
}

#[test]
fn a_map_never_signed_says_so() {
    let output = run_cli(&[
        "diff",
        sample_path("lotus-trading-dingtalk.ron").to_str().unwrap(),
        "--since-signoff",
    ]);
    assert!(!output.status.success());
    assert!(common::stderr_of(&output).contains("no signature of this map kept the version"));
}

#[test]
fn the_reports_section_says_what_the_command_says() {
    let mut map = sample("pearl-delta-hengqin.ron");
    let mut assessment = map.assessment.clone();
    sign(&mut assessment, &map, SignOffStep::Approved, day()).unwrap();
    map.assessment = assessment;
    let mut flow = map.flows().next().unwrap().flow.clone();
    flow.data_classes.insert(DataClass::Health);
    map.replace_flow(flow).unwrap();
    let book = book();
    let evaluation = book.evaluate(&map, day());
    let signed = signed_version(&map).unwrap().unwrap();
    for language in [
        borderflow::model::Language::English,
        borderflow::model::Language::TraditionalChinese,
        borderflow::model::Language::Portuguese,
    ] {
        let report = borderflow::report::build(
            &Evaluated::new(&map, &evaluation, &book).in_language(language),
        );
        let markdown = borderflow::report::to_markdown(&report, "diagram.svg");
        let heading = borderflow::i18n::text(language, "diff-heading");
        assert!(markdown.contains(&*heading), "{language:?}");
        for line in diff(&signed, &map, &book, day()).lines(language) {
            let line = borderflow::report::escape_markdown(line.trim());
            assert!(markdown.contains(&line), "{language:?}: {line}");
        }
    }
}
