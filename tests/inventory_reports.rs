//! Outputs made straight from an inventory CSV: the command line gives the organisation and the
//! title the spreadsheet cannot, the cover asks for them when nobody did (never a file name), and
//! the output speaks the user's language, not English by accident.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

mod common;

/// Runs `borderflow` in `folder` with the locale `locale`.
fn borderflow(folder: &Path, locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .current_dir(folder)
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .output()
        .unwrap()
}

/// A copy of the Lotus Trading inventory in a fresh folder.
fn inventory() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::sample_path("lotus-trading-dingtalk.csv"),
        folder.path().join("lotus-inventory.csv"),
    )
    .unwrap();
    folder
}

/// The report's cover: the lines before its first section.
fn cover(folder: &Path, report: &str) -> String {
    let text = std::fs::read_to_string(folder.join(report)).unwrap();
    text.split("\n## ").next().unwrap().to_owned()
}

#[test]
fn the_command_line_names_the_organisation_and_the_title_of_an_inventory() {
    let folder = inventory();
    let done = borderflow(
        folder.path(),
        "C",
        &[
            "report",
            "lotus-inventory.csv",
            "-o",
            "r.md",
            "--organisation",
            " Lotus Trading Ltd. ",
            "--title",
            "DingTalk roll-out",
        ],
    );
    assert!(done.status.success(), "{}", common::stderr_of(&done));
    let cover = cover(folder.path(), "r.md");
    assert!(
        cover
            .lines()
            .any(|line| line.trim_end() == "Organisation: Lotus Trading Ltd."),
        "{cover}"
    );
    assert!(
        cover
            .lines()
            .next()
            .unwrap()
            .ends_with(": DingTalk roll-out"),
        "{cover}"
    );

    // The register and an import take them too.
    let done = borderflow(
        folder.path(),
        "C",
        &[
            "import",
            "lotus-inventory.csv",
            "-o",
            "lotus.ron",
            "--organisation",
            "Lotus Trading Ltd.",
        ],
    );
    assert!(done.status.success(), "{}", common::stderr_of(&done));
    let map = borderflow::io::load_map(&folder.path().join("lotus.ron")).unwrap();
    assert_eq!(map.meta.organisation, "Lotus Trading Ltd.");
    assert_eq!(map.meta.title, "");
}

#[test]
fn without_them_the_cover_asks_for_the_organisation_and_names_no_file() {
    let folder = inventory();
    let done = borderflow(
        folder.path(),
        "C",
        &["report", "lotus-inventory.csv", "-o", "r.md"],
    );
    assert!(done.status.success(), "{}", common::stderr_of(&done));
    let cover = cover(folder.path(), "r.md");
    assert!(cover.contains("Organisation: \\_"), "{cover}");
    assert!(cover.contains("(to complete)"), "{cover}");
    assert!(!cover.contains("lotus-inventory"), "{cover}");
}

#[test]
fn an_inventorys_outputs_speak_the_users_language() {
    for (locale, language, organisation) in [
        ("zh_MO.UTF-8", "zh-Hant", "機構："),
        ("pt_PT.UTF-8", "pt", "Organização:"),
        ("en_GB.UTF-8", "en", "Organisation:"),
    ] {
        let folder = inventory();
        let done = borderflow(
            folder.path(),
            locale,
            &["report", "lotus-inventory.csv", "-o", "r.md"],
        );
        assert!(done.status.success(), "{}", common::stderr_of(&done));
        let said = String::from_utf8_lossy(&done.stdout);
        assert!(said.contains(language), "{locale}: {said}");
        let cover = cover(folder.path(), "r.md");
        assert!(cover.contains(organisation), "{locale}: {cover}");
    }
    // A map keeps its own language whatever the locale.
    let map = common::sample_path("lotus-trading-dingtalk.ron");
    let folder = tempfile::tempdir().unwrap();
    let done = borderflow(
        folder.path(),
        "zh_MO.UTF-8",
        &["report", map.to_str().unwrap(), "-o", "r.md"],
    );
    assert!(done.status.success());
    assert!(cover(folder.path(), "r.md").contains("Organisation:"));
}
