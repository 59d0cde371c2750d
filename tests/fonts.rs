//! The fonts travel with the program: every drawn output is set in the bundled fonts, is the
//! same bytes whether or not the machine has fonts of its own, and a character no font can draw
//! is reported (and refused in a document of its script), never printed as `?` unseen.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use borderflow::text::fonts::FONT_DIRS_VARIABLE;
use common::{pdf_text, sample_path};
use egui_kittest::kittest::Queryable;

const DAY: &str = "2026-11-22";

/// Runs borderflow in `folder` with `environment` set on top of this process's.
fn run_in(folder: &Path, environment: &[(&str, &std::ffi::OsStr)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_borderflow"));
    command.args(args).current_dir(folder);
    for (name, value) in environment {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "borderflow {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Every drawn output of the Chinese sample (and the files beside them) written into `folder`.
fn write_outputs(folder: &Path, environment: &[(&str, &std::ffi::OsStr)]) {
    let map = sample_path("pearl-delta-hengqin-zh");
    let map = map.to_str().unwrap();
    for (command, output, extra) in [
        ("report", "report-zh-hant.pdf", None),
        ("report", "report-zh-hans.pdf", Some("zh-Hans")),
        ("report", "report.docx", None),
        ("export", "diagram.png", None),
        ("export", "diagram.pdf", None),
        ("export", "diagram.svg", None),
        ("register", "register.xlsx", None),
        ("bundle", "bundle.zip", None),
        ("bundle", "bundle", None),
    ] {
        let mut args = vec![command, map, "-o", output, "--as-of", DAY];
        if let Some(language) = extra {
            args.extend(["--lang", language]);
        }
        run_in(folder, environment, &args);
    }
}

fn files_under(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.extend(
                files_under(&path)
                    .into_iter()
                    .map(|(inner, bytes)| (format!("{name}/{inner}"), bytes)),
            );
        } else {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.push((name, std::fs::read(&path).unwrap()));
        }
    }
    files.sort();
    files
}

#[test]
fn the_chinese_samples_outputs_are_the_same_bytes_with_and_without_system_fonts() {
    let with_fonts = tempfile::tempdir().unwrap();
    write_outputs(with_fonts.path(), &[]);
    // The second run sees no font of the machine, in another time zone, locale and home.
    let no_fonts = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    write_outputs(
        no_fonts.path(),
        &[
            (FONT_DIRS_VARIABLE, empty.path().as_os_str()),
            ("TZ", "America/Los_Angeles".as_ref()),
            ("LANG", "pt_PT.UTF-8".as_ref()),
            ("HOME", home.path().as_os_str()),
        ],
    );
    let first = files_under(with_fonts.path());
    let second = files_under(no_fonts.path());
    let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
        files.iter().map(|(name, _)| name.clone()).collect()
    };
    assert_eq!(names(&first), names(&second));
    assert!(first.len() >= 10, "{:?}", names(&first));
    for ((name, a), (_, b)) in first.iter().zip(&second) {
        assert!(a == b, "{name} differs when the system fonts are hidden");
    }
}

fn pdf_fonts(pdf: &Path) -> Option<String> {
    let output = Command::new("pdffonts").arg(pdf).output().ok()?;
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn chinese_reports_drawn_without_system_fonts_embed_the_bundled_chinese_fonts() {
    let folder = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let hidden = [(FONT_DIRS_VARIABLE, empty.path().as_os_str())];
    let map = sample_path("pearl-delta-hengqin-zh");
    for (language, family, sample) in [
        ("zh-Hant", "NotoSansHK", "個人資料保護影響評估"),
        ("zh-Hans", "NotoSansSC", "个人信息"),
    ] {
        let output = format!("{language}.pdf");
        run_in(
            folder.path(),
            &hidden,
            &[
                "report",
                map.to_str().unwrap(),
                "-o",
                &output,
                "--lang",
                language,
                "--as-of",
                DAY,
            ],
        );
        let path = folder.path().join(&output);
        let Some(text) = pdf_text(&std::fs::read(&path).unwrap()) else {
            return;
        };
        assert!(
            text.contains(sample),
            "{language}: {sample} is not in the text"
        );
        let chinese = text
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        assert!(
            chinese > 1000,
            "{language}: only {chinese} Chinese characters"
        );
        assert!(
            !text.contains('?'),
            "{language}: a character printed as `?`"
        );
        let fonts = pdf_fonts(&path).unwrap_or_default();
        assert!(fonts.contains(family), "{language} embeds {fonts}");
        // The Simplified report is set in the Simplified forms alone, and the Traditional one
        // in the Hong Kong forms.
        let other = if family == "NotoSansHK" {
            "NotoSansSC"
        } else {
            "NotoSansHK"
        };
        assert!(!fonts.contains(other), "{language} embeds {fonts}");
    }
}

/// A copy of the Chinese sample whose first site is named `name`, in `folder`.
fn sample_with_site_named(folder: &Path, name: &str) -> std::path::PathBuf {
    let mut map = common::sample("pearl-delta-hengqin-zh");
    let mut site = map.sites().next().unwrap().clone();
    site.name = name.to_owned();
    map.replace_site(site).unwrap();
    let path = folder.join("odd.ron");
    borderflow::io::save_map(&path, &map).unwrap();
    path
}

/// Runs borderflow in `folder` in the locale `lang`, whatever its outcome.
fn run_in_locale(folder: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .current_dir(folder)
        .env("LANG", lang)
        .output()
        .unwrap()
}

fn borderflow_fails(folder: &Path, args: &[&str]) -> Output {
    let output = run_in_locale(folder, "C", args);
    assert!(!output.status.success(), "borderflow {args:?} succeeded");
    output
}

#[test]
fn a_chinese_report_that_cannot_draw_a_chinese_character_fails_and_names_it() {
    let folder = tempfile::tempdir().unwrap();
    // U+30000 is CJK Extension G: no font borderflow carries, nor a usual system one, has it.
    let map = sample_with_site_named(folder.path(), "橫琴\u{30000}工地");
    let output = borderflow_fails(
        folder.path(),
        &[
            "report",
            map.to_str().unwrap(),
            "-o",
            "r.pdf",
            "--as-of",
            DAY,
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("U+30000"), "{stderr}");
    assert!(stderr.contains("Han"), "{stderr}");
    assert!(
        stderr.contains("橫琴\u{30000}工地"),
        "the site is named: {stderr}"
    );
    assert!(!folder.path().join("r.pdf").exists(), "nothing is written");
    // The same for a drawn diagram and the bundle.
    for (command, output) in [("export", "d.png"), ("bundle", "b.zip")] {
        borderflow_fails(
            folder.path(),
            &[command, map.to_str().unwrap(), "-o", output, "--as-of", DAY],
        );
        assert!(!folder.path().join(output).exists());
    }
}

#[test]
fn a_character_of_another_script_no_font_has_is_a_warning_and_the_report_is_written() {
    let folder = tempfile::tempdir().unwrap();
    // A private-use character in a Chinese report: told, not fatal (it is no Chinese glyph).
    let map = sample_with_site_named(folder.path(), "總部 \u{10fffd}");
    let output = run_in_locale(
        folder.path(),
        "zh_MO.UTF-8",
        &[
            "report",
            map.to_str().unwrap(),
            "-o",
            "r.pdf",
            "--as-of",
            DAY,
        ],
    );
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("U+10FFFD"), "{stderr}");
    assert!(
        stderr.contains("警告"),
        "told in the user's language: {stderr}"
    );
    assert!(folder.path().join("r.pdf").exists());
}

#[test]
fn the_editor_names_a_character_no_font_draws_in_its_status_bar() {
    let folder = tempfile::tempdir().unwrap();
    let map = sample_with_site_named(folder.path(), "總部 \u{10fffd}");
    let harness = common::harness(Some(&map));
    assert!(
        harness
            .query_all_by_label_contains("U+10FFFD")
            .next()
            .is_some(),
        "no warning in the status bar"
    );
    let clean = common::harness(Some(&sample_path("pearl-delta-hengqin-zh")));
    assert!(
        clean.query_all_by_label_contains("U+").next().is_none(),
        "a map every font draws gets no warning"
    );
}
