//! The command line as a user or a script meets it: exit codes, messages, files written.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn borderflow(args: &[&str]) -> Output {
    // English output, whatever the machine's locale (tests of other languages set their own).
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "C.UTF-8")
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

/// Runs the binary, killing it (and failing) if it has not finished within 20 seconds.
fn borderflow_within_20s(args: &[&std::ffi::OsStr]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("borderflow {args:?} was still running after 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn import_refuses_to_write_over_its_own_inventory() {
    let folder = tempfile::tempdir().unwrap();
    let inventory = folder.path().join("inv.csv");
    std::fs::copy(sample("lotus-trading-dingtalk.csv"), &inventory).unwrap();
    let original = std::fs::read(&inventory).unwrap();
    std::fs::create_dir(folder.path().join("sub")).unwrap();
    let other_spelling = folder.path().join("sub").join("..").join("inv.csv");
    for output in [inventory.clone(), other_spelling] {
        let result = borderflow(&[
            "import",
            &inventory.to_string_lossy(),
            "-o",
            &output.to_string_lossy(),
        ]);
        assert_eq!(result.status.code(), Some(1), "{}", text(&result.stdout));
        assert!(
            text(&result.stderr).contains("the output is the input"),
            "{}",
            text(&result.stderr)
        );
    }
    assert_eq!(std::fs::read(&inventory).unwrap(), original);
    assert!(!folder.path().join("inv.csv.bak").exists());
    // A map written under a .csv name is refused too: it would pass for a spreadsheet.
    let result = borderflow(&[
        "import",
        &inventory.to_string_lossy(),
        "-o",
        &folder.path().join("map.csv").to_string_lossy(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    assert!(!folder.path().join("map.csv").exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_as_a_map_or_as_a_rule_pack_is_refused_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let fifo = folder.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let result = borderflow_within_20s(&["validate".as_ref(), fifo.as_os_str()]);
    assert_eq!(result.status.code(), Some(1));
    let message = text(&result.stderr);
    assert!(
        message.contains("pipe.ron") && message.contains("not a regular file"),
        "{message}"
    );
    let sample = sample("lotus-trading-dingtalk.ron");
    let result = borderflow_within_20s(&[
        "check".as_ref(),
        sample.as_ref(),
        "--rules".as_ref(),
        folder.path().as_os_str(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    assert!(text(&result.stderr).contains("pipe.ron"));
}

#[test]
fn export_and_report_refuse_to_write_over_the_map_they_read() {
    let folder = tempfile::tempdir().unwrap();
    // A map named like an export: the output name would be the map itself.
    let map = folder.path().join("map.svg");
    std::fs::copy(sample("lotus-trading-dingtalk.ron"), &map).unwrap();
    let original = std::fs::read(&map).unwrap();
    let map_arg = map.to_string_lossy().into_owned();
    let result = borderflow(&["export", &map_arg, "-o", &map_arg]);
    assert_eq!(result.status.code(), Some(1));
    assert!(text(&result.stderr).contains("the output is the input"));
    let html = folder.path().join("map.html");
    std::fs::copy(&map, &html).unwrap();
    let html_arg = html.to_string_lossy().into_owned();
    let result = borderflow(&["report", &html_arg, "-o", &html_arg]);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(std::fs::read(&map).unwrap(), original);
    assert_eq!(std::fs::read(&html).unwrap(), original);
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
        table.contains("of which Pearl Delta Shanghai Co.: 6,000 sensitive")
            && table.contains("of which Pearl Delta Shenzhen Co.: 6,000 sensitive"),
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

#[test]
fn the_human_output_speaks_the_systems_language_and_json_stays_english() {
    let lotus = sample("lotus-trading-dingtalk.ron");
    let chinese = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "zh_TW.UTF-8")
        .args(["check", &lotus, "--as-of", "2026-11-22"])
        .output()
        .unwrap();
    let table = text(&chinese.stdout);
    assert!(
        table.contains("項發現") && table.contains("嚴重程度"),
        "{table}"
    );
    assert!(table.contains("轉移資料到澳門以外欠缺法定條件"), "{table}");
    // The titles start in one terminal column on every line, the header's included, though
    // the headers and severities are Chinese (two columns a character).
    let title_columns: std::collections::BTreeSet<usize> = table
        .lines()
        .skip_while(|line| !line.contains("嚴重程度"))
        // The table ends at the blank line before the clocks.
        .take_while(|line| !line.is_empty())
        .map(|line| {
            let before = line.rsplit_once("  ").unwrap().0;
            unicode_width::UnicodeWidthStr::width(before) + 2
        })
        .collect();
    assert_eq!(title_columns.len(), 1, "{table}");
    let portuguese = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "pt_PT.UTF-8")
        .args(["validate", &lotus])
        .output()
        .unwrap();
    assert!(
        text(&portuguese.stdout).contains("válido, 3 locais, 5 fluxos"),
        "{}",
        text(&portuguese.stdout)
    );
    let json = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "zh_TW.UTF-8")
        .args(["check", &lotus, "--json", "--as-of", "2026-11-22"])
        .output()
        .unwrap();
    assert!(text(&json.stdout).contains("Transfer out of Macau has no legal ground"));
}

#[test]
fn version_names_the_program_the_editions_of_the_rule_packs_and_the_commit() {
    let output = borderflow(&["--version"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let printed = text(&output.stdout);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 3, "{printed}");
    assert_eq!(
        lines[0],
        format!("borderflow {}", env!("CARGO_PKG_VERSION"))
    );
    // Each built-in pack by its id and edition, as the pack files say them.
    let packs = lines[1].strip_prefix("rule packs: ").expect(lines[1]);
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/rules");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(packs.split(", ").count(), files.len(), "{packs}");
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let field = |name: &str| {
            let line = source
                .lines()
                .find(|line| line.starts_with(&format!("    {name}: ")))
                .unwrap();
            line.split('"').nth(1).unwrap().to_owned()
        };
        let pack = format!("{} {}", field("pack"), field("edition"));
        assert!(
            packs.split(", ").any(|listed| listed == pack),
            "{pack} not in {packs}"
        );
    }
    // The commit this checkout is at, where git can tell (the build script asked it too).
    let commit = lines[2].strip_prefix("commit: ").expect(lines[2]);
    let head = Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    match head {
        Ok(head) if head.status.success() => assert_eq!(commit, text(&head.stdout).trim()),
        _ => assert!(commit.starts_with("unknown"), "{commit}"),
    }
    // -V prints the version alone.
    let short = borderflow(&["-V"]);
    assert_eq!(text(&short.stdout).trim(), lines[0]);
}
