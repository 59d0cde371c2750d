//! The command line as a user or a script meets it: exit codes, messages, files written.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn borderflow(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn validate_accepts_every_sample_map_and_csv() {
    for name in [
        "lotus-trading-dingtalk.ron",
        "lotus-trading-dingtalk.csv",
        "pearl-delta-hengqin.ron",
        "banco-estrela-evidence.csv",
    ] {
        let output = borderflow(&["validate", &sample(name)]);
        assert!(output.status.success(), "{name}: {}", text(&output.stderr));
        assert!(
            text(&output.stdout).contains(": ok, "),
            "{}",
            text(&output.stdout)
        );
    }
}

#[test]
fn validate_refuses_a_broken_map_with_exit_1_and_a_located_message() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("broken.ron");
    let good = std::fs::read_to_string(sample("lotus-trading-dingtalk.ron")).unwrap();
    std::fs::write(&path, good.replace("\"location\"", "\"gps\"")).unwrap();
    let output = borderflow(&["validate", &path.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(&format!("error: {}:", path.display())),
        "{stderr}"
    );
    assert!(stderr.contains("unknown data class `gps`"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn import_writes_a_map_that_validates() {
    let folder = tempfile::tempdir().unwrap();
    let out: PathBuf = folder.path().join("pearl.ron");
    let output = borderflow(&[
        "import",
        &sample("pearl-delta-hengqin.csv"),
        "-o",
        &out.to_string_lossy(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("4 sites, 6 flows"),
        "{}",
        text(&output.stdout)
    );
    let check = borderflow(&["validate", &out.to_string_lossy()]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn a_failed_import_leaves_the_existing_map_untouched() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("client.ron");
    std::fs::write(&out, "precious work").unwrap();
    let csv = folder.path().join("bad.csv");
    std::fs::write(
        &csv,
        "flow_id,from,from_jurisdiction,to,to_jurisdiction\na,HQ,MOO,DingTalk,CN\n",
    )
    .unwrap();
    let output = borderflow(&[
        "import",
        &csv.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("bad.csv: row 2, column `from_jurisdiction`: unknown jurisdiction `MOO`; did you mean `MO`?"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious work");
}

#[test]
fn import_refuses_a_file_that_is_not_csv() {
    let output = borderflow(&[
        "import",
        &sample("pearl-delta-hengqin.ron"),
        "-o",
        "/tmp/x.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("expected an inventory file ending in .csv"));
}

#[test]
fn gen_writes_a_reproducible_map_that_validates() {
    let folder = tempfile::tempdir().unwrap();
    let a = folder.path().join("a.ron");
    let b = folder.path().join("b.ron");
    for path in [&a, &b] {
        let output = borderflow(&[
            "gen",
            "--sites",
            "50",
            "--flows",
            "100",
            "--seed",
            "7",
            "-o",
            &path.to_string_lossy(),
        ]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(text(&output.stdout).contains("50 sites, 100 flows"));
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(
        borderflow(&["validate", &a.to_string_lossy()])
            .status
            .success()
    );
    let refused = borderflow(&[
        "gen",
        "--sites",
        "1",
        "--flows",
        "3",
        "-o",
        &a.to_string_lossy(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("at least two sites"));
}

#[test]
fn check_shows_the_mainland_totals_of_each_exporting_entity() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("group.csv");
    std::fs::write(
        &path,
        "flow_id,from,from_jurisdiction,from_entity,to,to_jurisdiction,data_classes,subjects_per_year,legal_basis\n\
         sz,Shenzhen office,CN-GBA,Pearl Delta Shenzhen Co.,HK office,HK,health,6000,consent\n\
         sh,Shanghai office,CN,Pearl Delta Shanghai Co.,HK office,HK,health,6000,consent\n",
    )
    .unwrap();
    let path = path.to_string_lossy().into_owned();
    let table = borderflow(&["check", &path, "--as-of", "2026-11-22"]);
    let table = text(&table.stdout);
    assert!(
        table.contains("of which Pearl Delta Shanghai Co.: 6000 sensitive")
            && table.contains("of which Pearl Delta Shenzhen Co.: 6000 sensitive"),
        "{table}"
    );
    // Each entity stays under 10,000 sensitive people: contracts, not assessments.
    assert!(!table.contains("cn-security-assessment"), "{table}");
    let json = borderflow(&["check", &path, "--as-of", "2026-11-22", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let entities = json["totals"]["mainland_exports_by_entity"]
        .as_array()
        .unwrap();
    assert_eq!(entities.len(), 2);
    assert_eq!(entities[0]["entity"], "Pearl Delta Shanghai Co.");
    assert_eq!(entities[0]["sensitive_subjects"], 6000);
    for finding in json["findings"].as_array().unwrap() {
        assert!(
            !finding["reasons"].as_array().unwrap().is_empty(),
            "{finding}"
        );
    }
}
