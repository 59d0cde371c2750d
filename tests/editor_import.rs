//! Another tool's diagram opened in the editor: a Mermaid flowchart or a draw.io file becomes a
//! new unsaved map (saving never writes over it), and what had to be guessed is listed for the
//! user to check.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::kittest::Queryable;

mod common;

/// A flowchart as someone would write it by hand.
const CHART: &str = "graph TD\n\
    subgraph 澳門\n  hq[總部]\n end\n\
    subgraph Interior da China\n  dt([DingTalk])\n end\n\
    hq -- salary and contact details --> dt\n";

#[test]
fn a_hand_written_flowchart_opens_as_an_unsaved_map_with_its_guesses_listed() {
    let folder = tempfile::tempdir().unwrap();
    let chart = folder.path().join("workshop.mmd");
    std::fs::write(&chart, CHART).unwrap();
    let mut harness = common::harness(Some(&chart));
    let map = harness.state().map().clone();
    assert_eq!(map.site_count(), 2);
    assert_eq!(map.flow_count(), 1);
    // A new map: the chart is not its file.
    assert_eq!(harness.state().document().path, None);
    assert!(harness.state().document().is_dirty());
    assert!(
        harness
            .query_by_label_contains("Check what was guessed")
            .is_some()
    );
    let read =
        borderflow::interchange::open::read_path(&chart, borderflow::interchange::Format::Mermaid)
            .unwrap();
    assert!(!read.guesses.is_empty());
    for guess in &read.guesses {
        let line = guess.describe(borderflow::model::Language::English);
        assert!(
            harness.query_by_label_contains(&line).is_some(),
            "{line} is listed"
        );
    }
    harness.get_by_label("OK").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Check what was guessed")
            .is_none()
    );
    assert_eq!(std::fs::read_to_string(&chart).unwrap(), CHART, "untouched");
}

#[test]
fn a_diagram_borderflow_exported_opens_with_nothing_to_check() {
    let folder = tempfile::tempdir().unwrap();
    let drawio = folder.path().join("lotus.drawio");
    let done = common::run_cli(&[
        "export",
        common::sample_path("lotus-trading-dingtalk")
            .to_str()
            .unwrap(),
        "-o",
        drawio.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert!(done.status.success(), "{}", common::stderr_of(&done));
    let harness = common::harness(Some(&drawio));
    let sample = common::sample("lotus-trading-dingtalk");
    assert_eq!(harness.state().map().site_count(), sample.site_count());
    assert_eq!(harness.state().map().flow_count(), sample.flow_count());
    assert!(
        harness
            .query_by_label_contains("Check what was guessed")
            .is_none()
    );

    // A picture without a diagram in it is refused with a message, not opened.
    let plain = folder.path().join("plain.svg");
    std::fs::write(&plain, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let harness = common::harness(Some(&plain));
    assert!(
        harness
            .query_by_label_contains("Could not open the file")
            .is_some()
    );
}
