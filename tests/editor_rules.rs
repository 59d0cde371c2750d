//! Rule packs from a folder in the editor: File › Add rule packs from a folder evaluates the
//! open map with them as `--rules` does, a folder that cannot be read is refused with the rules
//! in use kept, and the built-in packs can be had back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use borderflow::app::BorderflowApp;
use borderflow::i18n::text;
use borderflow::model::Language;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A client's pack: a rule on every payroll flow that leaves Macau.
const CLIENT_PACK: &str = include_str!("fixtures/packs/client.ron");

fn client_findings(harness: &Harness<'_, BorderflowApp>) -> usize {
    harness
        .state()
        .evaluation()
        .findings
        .iter()
        .filter(|finding| finding.rule() == "CLIENT-01")
        .count()
}

fn run_file_command(harness: &mut Harness<'_, BorderflowApp>, key: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label(&text(Language::English, key)).click();
    harness.run();
}

#[test]
fn a_folder_of_rule_packs_changes_the_findings_until_the_built_in_packs_are_back() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("client.ron"), CLIENT_PACK).unwrap();
    let mut harness = common::harness(Some(&common::sample_path("lotus-trading-dingtalk")));
    assert_eq!(client_findings(&harness), 0);
    let before = harness.state().evaluation().findings.len();

    run_file_command(&mut harness, "ui-cmd-load-rules");
    common::type_path(&mut harness, &folder.path().display().to_string());
    harness.run();
    let added = client_findings(&harness);
    assert!(added > 0, "the client's rule fires on the payroll flow");
    assert_eq!(harness.state().evaluation().findings.len(), before + added);
    assert_eq!(harness.state().rules_folder(), Some(folder.path()));
    // The status bar names the pack and its edition.
    harness.get_by_label_contains("client 1");

    run_file_command(&mut harness, "ui-cmd-built-in-rules");
    assert_eq!(client_findings(&harness), 0);
    assert_eq!(harness.state().evaluation().findings.len(), before);
    assert_eq!(harness.state().rules_folder(), None);
}

#[test]
fn a_folder_whose_pack_cannot_be_read_is_refused_and_the_rules_stay() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("broken.ron"),
        "(format: \"borderflow-rules\",",
    )
    .unwrap();
    let mut harness = common::harness(Some(&common::sample_path("lotus-trading-dingtalk")));
    let before = harness.state().evaluation().findings.clone();
    harness.state_mut().load_rules(folder.path());
    harness.run();
    let title = text(Language::English, "ui-rules-failed");
    let start = title.split('{').next().unwrap().trim().to_owned();
    harness.get_by_label_contains(&start);
    assert_eq!(harness.state().evaluation().findings, before);
    assert_eq!(harness.state().rules_folder(), None);
}

#[test]
fn the_editor_started_with_a_folder_it_cannot_read_says_so_before_any_window_opens() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("broken.ron"),
        "(format: \"borderflow-rules\",",
    )
    .unwrap();
    let output = common::run_cli(&["--rules", &folder.path().display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        common::stderr_of(&output).contains("broken.ron"),
        "{}",
        common::stderr_of(&output)
    );
}
