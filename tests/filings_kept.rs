//! Outputs that never lose a filing: the evaluation date is Macau's, a closed or full standard
//! output never panics, outputs never replace inputs or files of another kind, the scale is
//! honoured in every format, and a bundle folder holds one filing and nothing stale.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

mod common;
use common::{borderflow_in, macau_today, run_cli, sample_path, stderr_of};

const LOTUS: &str = "lotus-trading-dingtalk";

fn os(texts: &[&str]) -> Vec<&'static OsStr> {
    texts
        .iter()
        .map(|text| OsStr::new(Box::leak(text.to_string().into_boxed_str())))
        .collect()
}

fn lotus() -> String {
    sample_path(LOTUS).display().to_string()
}

#[test]
fn the_default_date_is_today_in_macau_whatever_the_machines_time_zone() {
    // Los Angeles is 15 or 16 hours behind Macau: its date differs from Macau's for most of
    // the day, and UTC's from midnight to 08:00 in Macau.
    let before = macau_today();
    let output = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(["check", &lotus(), "--json"])
        .env("TZ", "America/Los_Angeles")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let after = macau_today();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let as_of = json["totals"]["as_of"].as_str().unwrap().to_owned();
    assert!(
        as_of == before.to_string() || as_of == after.to_string(),
        "{as_of}"
    );
    assert!(
        stderr_of(&output).contains(&format!("evaluated as of {as_of}, Macau time")),
        "{}",
        stderr_of(&output)
    );
    let given = run_cli(&["check", &lotus(), "--as-of", "2024-02-01"]);
    assert!(stderr_of(&given).contains("evaluated as of 2024-02-01 (--as-of)"));
}

#[test]
fn a_reader_that_stops_early_ends_check_quietly_with_its_usual_exit_code() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("big.ron");
    let made = run_cli(&[
        "gen",
        "--sites",
        "300",
        "--flows",
        "600",
        "-o",
        map.to_str().unwrap(),
    ]);
    assert!(made.status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(["check", map.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // What `| head -1` does: read one line, then close the pipe while more is coming.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!first.is_empty());
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(!stderr_of(&output).contains("panicked"));
}

#[test]
fn a_full_standard_output_is_an_error_that_says_so() {
    let Ok(full) = std::fs::File::create("/dev/full") else {
        eprintln!("no /dev/full here: check skipped");
        return;
    };
    let output = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(["check", &lotus()])
        .env("LC_ALL", "C")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let said = stderr_of(&output);
    assert!(said.contains("cannot write to standard output"), "{said}");
    assert!(!said.contains("panicked"), "{said}");
}

#[test]
fn a_device_given_as_the_bundle_folder_is_named_as_no_folder() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let output = run_cli(&["bundle", &lotus(), "-o", "/dev/full"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr_of(&output);
    assert!(said.contains("/dev/full: is not a folder"), "{said}");
    assert!(!said.contains("File exists"), "{said}");
}

#[test]
fn gen_and_import_keep_a_file_of_another_kind_unless_forced() {
    let folder = tempfile::tempdir().unwrap();
    let inventory = folder.path().join("inventory.csv");
    let report = folder.path().join("report.pdf");
    std::fs::write(&inventory, "the user's inventory").unwrap();
    std::fs::write(&report, "%PDF- the user's report").unwrap();
    for target in [&inventory, &report] {
        let output = run_cli(&[
            "gen",
            "--sites",
            "3",
            "--flows",
            "2",
            "-o",
            target.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr_of(&output).contains("--force"),
            "{}",
            stderr_of(&output)
        );
    }
    let csv = sample_path("lotus-trading-dingtalk.csv");
    let import = run_cli(&[
        "import",
        csv.to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert_eq!(import.status.code(), Some(1));
    assert_eq!(std::fs::read(&report).unwrap(), b"%PDF- the user's report");
    assert_eq!(std::fs::read(&inventory).unwrap(), b"the user's inventory");
    let forced = run_cli(&[
        "gen",
        "--sites",
        "3",
        "--flows",
        "2",
        "--force",
        "-o",
        report.to_str().unwrap(),
    ]);
    assert!(forced.status.success(), "{}", stderr_of(&forced));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("borderflow")
    );
}

#[test]
fn outputs_never_replace_a_rule_pack_they_read() {
    let folder = tempfile::tempdir().unwrap();
    let packs = folder.path().join("packs");
    std::fs::create_dir(&packs).unwrap();
    let pack = packs.join("extra.pdf");
    std::fs::write(&pack, "not really a pack").unwrap();
    let output = run_cli(&[
        "report",
        &lotus(),
        "--rules",
        packs.to_str().unwrap(),
        "-o",
        pack.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&pack).unwrap(), b"not really a pack");
}

#[test]
fn a_markdown_report_whose_diagram_would_replace_the_map_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    // The map is named as the report's diagram would be.
    let map = folder.path().join("r-diagram.svg");
    std::fs::copy(sample_path(LOTUS), &map).unwrap();
    let output = borderflow_in(
        folder.path(),
        &os(&[
            "report",
            "r-diagram.svg",
            "--as-of",
            "2026-11-22",
            "-o",
            "r.md",
        ]),
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    assert!(!folder.path().join("r.md").exists(), "half-written");
    assert_eq!(
        std::fs::read(&map).unwrap(),
        std::fs::read(sample_path(LOTUS)).unwrap()
    );
}

#[test]
fn scale_sizes_svg_and_pdf_pages_and_12_is_accepted() {
    let folder = tempfile::tempdir().unwrap();
    let export = |name: &str, scale: Option<&str>| {
        let path = folder.path().join(name);
        let mut args = vec!["export", LOTUS_PATH.as_str(), "--as-of", "2026-11-22"];
        if let Some(scale) = scale {
            args.extend(["--scale", scale]);
        }
        let output_path = path.display().to_string();
        args.extend(["-o", &output_path]);
        let output = run_cli(&args);
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        std::fs::read(path).unwrap()
    };
    let width = |svg: &[u8]| {
        let text = String::from_utf8(svg.to_vec()).unwrap();
        let document = roxmltree::Document::parse(&text).unwrap();
        let width = document
            .root_element()
            .attribute("width")
            .unwrap()
            .to_owned();
        width.trim_end_matches("mm").parse::<f32>().unwrap()
    };
    let plain = width(&export("plain.svg", None));
    let double = width(&export("double.svg", Some("2")));
    assert!((double - 2.0 * plain).abs() < 0.1, "{plain} {double}");
    let small = export("small.pdf", None);
    let large = export("large.pdf", Some("3"));
    let media = |pdf: &[u8]| {
        let text = String::from_utf8_lossy(pdf).into_owned();
        let at = text.find("/MediaBox").unwrap();
        text[at..at + 60].to_owned()
    };
    assert_ne!(media(&small), media(&large));
    export("twelve.svg", Some("12"));
    let refused = run_cli(&[
        "export",
        LOTUS_PATH.as_str(),
        "--scale",
        "13",
        "-o",
        "x.svg",
    ]);
    assert_eq!(refused.status.code(), Some(1));
}

static LOTUS_PATH: std::sync::LazyLock<String> = std::sync::LazyLock::new(lotus);

#[test]
fn a_png_at_scale_12_is_written_as_the_help_allows() {
    let folder = tempfile::tempdir().unwrap();
    let png = folder.path().join("big.png");
    let output = run_cli(&[
        "export",
        &lotus(),
        "--as-of",
        "2026-11-22",
        "--scale",
        "12",
        "-o",
        png.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let bytes = std::fs::read(png).unwrap();
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    assert!(width > 10_000, "{width}");
}

/// Runs `bundle MAP -o FOLDER` on the test day.
fn bundle(map: &Path, folder: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "bundle".to_owned(),
        map.display().to_string(),
        "-o".to_owned(),
        folder.display().to_string(),
    ];
    args.extend(extra.iter().map(|text| (*text).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_cli(&args)
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The names `MANIFEST.txt` lists, with the manifest itself, sorted; each checked against its
/// SHA-256.
fn sealed_names(folder: &Path) -> Vec<String> {
    use sha2::Digest;
    let manifest = std::fs::read_to_string(folder.join("MANIFEST.txt")).unwrap();
    let mut names = vec!["MANIFEST.txt".to_owned()];
    for line in manifest.lines().filter(|line| !line.starts_with('#')) {
        let (digest, name) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(folder.join(name)).unwrap();
        let actual: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        assert_eq!(actual, digest, "{name}");
        names.push(name.to_owned());
    }
    names.sort();
    names
}

#[test]
fn a_bundle_refuses_a_folder_of_other_work_and_says_what_is_there() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("filing");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("report.pdf"), "the user's own report").unwrap();
    // A different map under the name the bundle would give its copy.
    std::fs::copy(
        sample_path("pearl-delta-hengqin"),
        folder.join("lotus-trading-dingtalk.ron"),
    )
    .unwrap();
    let output = bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-11-22"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr_of(&output);
    assert!(
        said.contains("report.pdf") && said.contains("lotus-trading-dingtalk.ron"),
        "{said}"
    );
    assert!(
        said.contains("filing-2"),
        "the fresh sibling is named: {said}"
    );
    assert_eq!(
        names_in(&folder),
        ["lotus-trading-dingtalk.ron", "report.pdf"]
    );
    assert_eq!(
        std::fs::read(folder.join("report.pdf")).unwrap(),
        b"the user's own report"
    );
    let fresh = bundle(
        &sample_path(LOTUS),
        &root.path().join("filing-2"),
        &["--as-of", "2026-11-22"],
    );
    assert!(fresh.status.success(), "{}", stderr_of(&fresh));
}

#[test]
fn a_rebundle_replaces_exactly_its_own_files_and_leaves_nothing_stale() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("filing");
    let first = bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-11-22"]);
    assert!(first.status.success(), "{}", stderr_of(&first));
    assert_eq!(names_in(&folder), sealed_names(&folder));
    // A file an earlier bundle sealed that this one no longer makes.
    let manifest = folder.join("MANIFEST.txt");
    let digest_of_old: String = {
        use sha2::Digest;
        sha2::Sha256::digest(b"old")
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    };
    std::fs::write(folder.join("old-overview.pdf"), "old").unwrap();
    let mut text = std::fs::read_to_string(&manifest).unwrap();
    text.push_str(&format!("{digest_of_old}  old-overview.pdf\n"));
    std::fs::write(&manifest, text).unwrap();
    assert_eq!(names_in(&folder), sealed_names(&folder));

    let again = bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-12-07"]);
    assert!(again.status.success(), "{}", stderr_of(&again));
    let names = names_in(&folder);
    assert!(
        !names.iter().any(|name| name.ends_with(".bak")),
        "{names:?}"
    );
    assert!(!names.contains(&"old-overview.pdf".to_owned()), "{names:?}");
    assert_eq!(names, sealed_names(&folder));
    let manifest = std::fs::read_to_string(folder.join("MANIFEST.txt")).unwrap();
    assert!(manifest.contains("# rules as of: 2026-12-07"), "{manifest}");
}

#[test]
fn a_rebundle_keeps_a_changed_file_and_another_maps_bundle() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("filing");
    assert!(
        bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-11-22"])
            .status
            .success()
    );
    let other = bundle(
        &sample_path("pearl-delta-hengqin"),
        &folder,
        &["--as-of", "2026-11-22"],
    );
    assert_eq!(other.status.code(), Some(1));
    assert!(
        stderr_of(&other).contains("another map"),
        "{}",
        stderr_of(&other)
    );
    // A sealed file swapped for a link to the user's own file: the link is not written through.
    let own = root.path().join("own.xlsx");
    std::fs::copy(folder.join("register.xlsx"), &own).unwrap();
    std::fs::remove_file(folder.join("register.xlsx")).unwrap();
    std::os::unix::fs::symlink(&own, folder.join("register.xlsx")).unwrap();
    let linked = bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-12-07"]);
    assert_eq!(linked.status.code(), Some(1), "{}", stderr_of(&linked));
    assert!(
        stderr_of(&linked).contains("register.xlsx"),
        "{}",
        stderr_of(&linked)
    );
    std::fs::remove_file(folder.join("register.xlsx")).unwrap();
    std::fs::copy(&own, folder.join("register.xlsx")).unwrap();
    std::fs::write(folder.join("report.pdf"), "signed by hand").unwrap();
    let changed = bundle(&sample_path(LOTUS), &folder, &["--as-of", "2026-11-22"]);
    assert_eq!(changed.status.code(), Some(1));
    assert!(
        stderr_of(&changed).contains("report.pdf"),
        "{}",
        stderr_of(&changed)
    );
    assert_eq!(
        std::fs::read(folder.join("report.pdf")).unwrap(),
        b"signed by hand"
    );
}

#[test]
fn zip_bundle_names_unpack_as_themselves_on_every_system() {
    let folder = tempfile::tempdir().unwrap();
    for (name, kept) in [
        ("CON.ron", "map.ron"),
        ("a:b.ron", "map.ron"),
        ("Report.PDF", "map.ron"),
        ("lotus.ron", "lotus.ron"),
    ] {
        let map = folder.path().join(name);
        std::fs::copy(sample_path(LOTUS), &map).unwrap();
        let zip_path = folder.path().join("out.zip");
        let _ = std::fs::remove_file(&zip_path);
        let output = bundle(&map, &zip_path, &["--as-of", "2026-11-22"]);
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        let archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
        let names: Vec<String> = archive
            .file_names()
            .map(|name| name.unwrap().into_owned())
            .collect();
        assert!(names.contains(&kept.to_owned()), "{name}: {names:?}");
        let mut folded: Vec<String> = names.iter().map(|name| name.to_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), names.len(), "{names:?}");
        assert!(
            names
                .iter()
                .all(|name| borderflow::io::is_portable_name(name))
        );
    }
}

#[test]
fn a_map_too_dense_for_one_page_is_filed_with_an_overview_page() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("k1.ron");
    let made = run_cli(&[
        "gen",
        "--sites",
        "1000",
        "--flows",
        "2000",
        "-o",
        map.to_str().unwrap(),
    ]);
    assert!(made.status.success());
    let loaded = borderflow::io::load_map(&map).unwrap();
    // Decided from the map alone, before any layout.
    assert!(borderflow::export::refuse_before_layout(&loaded).is_err());
    let filing = folder.path().join("filing");
    let output = bundle(&map, &filing, &["--as-of", "2026-11-22"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let svg = std::fs::read_to_string(filing.join("diagram.svg")).unwrap();
    let texts = common::svg_texts(&svg).join("\n");
    assert!(texts.contains("the full diagram is left out"), "{texts}");
    assert!(
        texts.contains("cannot be printed readably"),
        "the reason: {texts}"
    );
    let macau = loaded
        .sites()
        .filter(|site| site.jurisdiction.lane() == borderflow::model::Lane::Macau)
        .count();
    assert!(texts.contains(&format!("Macau: {macau} sites")), "{texts}");
    assert!(texts.contains("The heaviest flows"), "{texts}");
    assert!(
        std::fs::read(filing.join("diagram.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    assert_eq!(names_in(&filing), sealed_names(&filing));
}

#[test]
fn a_register_imported_back_loses_its_formula_guard_and_says_what_it_leaves_out() {
    let folder = tempfile::tempdir().unwrap();
    let mut map = borderflow::io::load_map(&sample_path(LOTUS)).unwrap();
    let flow = map
        .flows()
        .find(|view| view.crosses_border())
        .unwrap()
        .flow
        .clone();
    let mut changed = flow.clone();
    changed.purpose = "+853 2888 1234 hotline".to_owned();
    map.replace_flow(changed).unwrap();
    let source = folder.path().join("source.ron");
    borderflow::io::save_map(&source, &map).unwrap();
    let register = folder.path().join("register.csv");
    let written = run_cli(&[
        "register",
        source.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
        "-o",
        register.to_str().unwrap(),
    ]);
    assert!(written.status.success(), "{}", stderr_of(&written));
    assert!(stderr_of(&written).contains("border-crossing flows only"));
    assert!(
        std::fs::read_to_string(&register)
            .unwrap()
            .contains("'+853 2888 1234")
    );
    let back = folder.path().join("back.ron");
    let imported = run_cli(&[
        "import",
        register.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert!(imported.status.success(), "{}", stderr_of(&imported));
    let said = stderr_of(&imported);
    for lost in [
        "Domestic flows",
        "city and operator",
        "organisation",
        "language",
        "treatments",
    ] {
        assert!(said.contains(lost), "{lost}: {said}");
    }
    let back = borderflow::io::load_map(&back).unwrap();
    let purpose = &back.flow(&flow.id).unwrap().flow.purpose;
    assert_eq!(purpose, "+853 2888 1234 hotline");
}

#[test]
fn the_editor_starts_on_the_same_macau_date_as_the_command_line() {
    let before = macau_today();
    let startup = borderflow::app::Startup::for_user(None).unwrap();
    let after = macau_today();
    assert!(
        startup.today == before || startup.today == after,
        "{}",
        startup.today
    );
    // The editor shows that date as the rules' date.
    let harness = common::harness_with(borderflow::app::Startup {
        storage: borderflow::app::Storage::none(),
        file_dialogs: borderflow::app::FileDialogs::PathField,
        ..startup.clone()
    });
    let shown = format!(
        "Rules as of {}",
        borderflow::i18n::date(borderflow::model::Language::English, startup.today)
    );
    use egui_kittest::kittest::Queryable;
    assert!(harness.query_by_label(&shown).is_some(), "{shown}");
}
