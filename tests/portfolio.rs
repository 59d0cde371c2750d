//! `borderflow portfolio DIR`: every map of a folder and its subfolders in one table, a map
//! that cannot be read a row with its error, sorted by a column, and written as HTML, XLSX and
//! PDF in the asked language, the same bytes whatever folder it sits in.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use borderflow::assessment::sign_off::sign;
use borderflow::io::{load_map, save_map};
use borderflow::model::{Date, Language, Map, Severity, SignOffStep};
use borderflow::portfolio::{self, SortKey};
use borderflow::rules::Evaluated;
use borderflow::rules::{ClockState, Rulebook};

fn day() -> Date {
    "2026-11-22".parse().unwrap()
}

fn sample(name: &str) -> Map {
    load_map(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name),
    )
    .unwrap()
}

fn book() -> Rulebook {
    Rulebook::builtin().unwrap()
}

/// A folder of two samples at the top, one in a subfolder, two generated maps deeper down, a
/// damaged file, a hidden file and a file that is not a map.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("clients/deep")).unwrap();
    save_map(
        &root.join("lotus.ron"),
        &sample("lotus-trading-dingtalk.ron"),
    )
    .unwrap();
    save_map(&root.join("pearl.ron"), &sample("pearl-delta-hengqin.ron")).unwrap();
    save_map(
        &root.join("clients/banco.ron"),
        &sample("banco-estrela-evidence.ron"),
    )
    .unwrap();
    for seed in [1, 2] {
        let map = borderflow::generate::synthetic_map(20, 30, seed);
        save_map(&root.join(format!("clients/deep/gen-{seed}.ron")), &map).unwrap();
    }
    std::fs::write(root.join("clients/broken.ron"), "(version: 5, sites: [").unwrap();
    std::fs::write(root.join(".hidden.ron"), "not read").unwrap();
    std::fs::write(root.join("notes.txt"), "not a map").unwrap();
    dir
}

fn run(args: &[&std::ffi::OsStr], language: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .env("LC_ALL", language)
        .output()
        .unwrap()
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

#[test]
fn every_map_of_the_folder_is_a_row_and_a_damaged_one_says_why() {
    let dir = folder();
    let built = portfolio::build(dir.path(), &book(), day(), Language::English);
    let paths: Vec<&str> = built.rows.iter().map(|row| row.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "clients/banco.ron",
            "clients/broken.ron",
            "clients/deep/gen-1.ron",
            "clients/deep/gen-2.ron",
            "lotus.ron",
            "pearl.ron"
        ]
    );
    assert_eq!(built.unreadable(), 1);
    let error = built.rows[1].entry.as_ref().unwrap_err();
    assert!(error.contains("clients/broken.ron"), "{error}");
    assert!(
        !error.contains(&dir.path().display().to_string()),
        "a machine path in {error}"
    );

    // Each row says what `check` says of the map.
    let lotus = sample("lotus-trading-dingtalk.ron");
    let evaluation = book().evaluate(&lotus, day());
    let row = built.rows[4].entry.as_ref().unwrap();
    assert_eq!(row.organisation, lotus.meta.organisation);
    assert_eq!(row.sites, lotus.site_count());
    assert_eq!(
        row.crossing,
        lotus.flows().filter(|view| view.crosses_border()).count()
    );
    for severity in Severity::ALL {
        let expected = evaluation
            .findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count();
        assert_eq!(row.count(severity), expected, "{severity:?}");
    }
    assert_eq!(
        row.findings.iter().sum::<usize>(),
        evaluation.findings.len()
    );
    let worst = row.worst_residual.unwrap();
    let register = borderflow::assessment::Register::new(&lotus, &evaluation, &book());
    assert!(
        register
            .risks
            .iter()
            .filter_map(|risk| risk.residual)
            .all(|score| score.product() <= worst.product())
    );
    // The heatmap across the maps holds every map's risks.
    let [initial, _] = built.heatmaps();
    let risks: usize = built
        .rows
        .iter()
        .filter_map(|row| row.entry.as_ref().ok())
        .map(|summary| summary.heatmaps[0].total())
        .sum();
    assert_eq!(initial.total(), risks);
    assert!(risks > register.risks.len());
}

#[test]
fn sorting_puts_the_worst_first_and_unreadable_maps_last() {
    let dir = folder();
    let mut built = portfolio::build(dir.path(), &book(), day(), Language::English);
    built.sort(SortKey::Findings);
    let ranks: Vec<[usize; 2]> = built
        .rows
        .iter()
        .filter_map(|row| row.entry.as_ref().ok())
        .map(|s| [s.count(Severity::Critical), s.count(Severity::High)])
        .collect();
    let mut sorted = ranks.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(ranks, sorted);
    assert!(built.rows.last().unwrap().entry.is_err());

    built.sort(SortKey::Sites);
    let sites: Vec<usize> = built
        .rows
        .iter()
        .filter_map(|row| row.entry.as_ref().ok().map(|s| s.sites))
        .collect();
    assert_eq!(sites.first(), Some(&20));
    assert!(sites.windows(2).all(|pair| pair[0] >= pair[1]));

    built.sort(SortKey::Path);
    assert_eq!(built.rows[0].path, "clients/banco.ron");
}

#[test]
fn sign_off_state_changes_since_and_clocks_due_in_ninety_days() {
    let dir = tempfile::tempdir().unwrap();
    let mut signed = sample("pearl-delta-hengqin.ron");
    signed.assessment = borderflow::model::Assessment::default();
    let snapshot = signed.clone();
    sign(
        &mut signed.assessment,
        &snapshot,
        SignOffStep::Assessed,
        "2026-10-01".parse().unwrap(),
    )
    .unwrap();
    save_map(&dir.path().join("a-signed.ron"), &signed).unwrap();
    let mut edited = signed.clone();
    let flows: Vec<_> = edited.flows().map(|view| view.flow.clone()).collect();
    for mut flow in flows {
        flow.data_classes
            .insert(borderflow::model::DataClass::Health);
        // Started two weeks ago: the Macau notification (8 days) is past its limit.
        flow.since = Some(day().plus_days(-14).unwrap());
        edited.replace_flow(flow).unwrap();
    }
    save_map(&dir.path().join("b-edited.ron"), &edited).unwrap();
    let mut unsigned = signed.clone();
    unsigned.assessment = borderflow::model::Assessment::default();
    save_map(&dir.path().join("c-unsigned.ron"), &unsigned).unwrap();

    let built = portfolio::build(dir.path(), &book(), day(), Language::English);
    let rows: Vec<_> = built
        .rows
        .iter()
        .map(|row| row.entry.as_ref().unwrap())
        .collect();
    let on = "2026-10-01".parse().unwrap();
    assert_eq!(rows[0].sign_off, Some((SignOffStep::Assessed, on)));
    assert_eq!(rows[0].changed_since_sign_off, Some(false));
    assert_eq!(rows[1].changed_since_sign_off, Some(true));
    assert_eq!(
        (rows[2].sign_off, rows[2].changed_since_sign_off),
        (None, None)
    );

    // The counts are those of the clocks themselves.
    let evaluation = book().evaluate(&edited, day());
    let clocks = book().clocks(&edited, &evaluation);
    let horizon = day().plus_days(90).unwrap();
    let overdue = clocks
        .iter()
        .filter(|c| c.state == ClockState::Overdue)
        .count();
    assert!(overdue > 0, "{clocks:?}");
    assert_eq!(rows[1].clocks_overdue, overdue);
    assert_eq!(
        rows[1].clocks_due,
        clocks.iter().filter(|c| c.due_by(horizon)).count()
    );
    assert!(rows[1].needs_review);
    assert!(rows[1].clocks_overdue > rows[0].clocks_overdue);

    let mut sorted = built.clone();
    sorted.sort(SortKey::SignOff);
    let order: Vec<&str> = sorted.rows.iter().map(|row| row.path.as_str()).collect();
    assert_eq!(order, ["c-unsigned.ron", "b-edited.ron", "a-signed.ron"]);
}

/// Writes the three formats of `folder` in `lang` with `prefix` names; their bytes.
fn write_all(folder: &Path, out: &Path, prefix: &str, lang: &str) -> Vec<Vec<u8>> {
    let names: Vec<PathBuf> = ["html", "xlsx", "pdf"]
        .iter()
        .map(|ext| out.join(format!("{prefix}.{ext}")))
        .collect();
    let mut args = vec![
        os("portfolio"),
        folder.as_os_str(),
        os("--as-of"),
        os("2026-11-22"),
        os("--lang"),
        os(lang),
        os("--sort"),
        os("residual"),
    ];
    for name in &names {
        args.push(os("-o"));
        args.push(name.as_os_str());
    }
    let output = run(&args, "C");
    assert!(output.status.success(), "{output:?}");
    names
        .iter()
        .map(|name| std::fs::read(name).unwrap())
        .collect()
}

#[test]
fn the_three_formats_are_written_in_the_language_and_the_same_from_any_folder() {
    let one = folder();
    let two = folder();
    let out = tempfile::tempdir().unwrap();
    let first = write_all(one.path(), out.path(), "one", "pt");
    let second = write_all(two.path(), out.path(), "two", "pt");
    // The folders' own names differ (random); the title carries it, so compare without it.
    let name = |dir: &tempfile::TempDir| {
        dir.path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    };
    let html = String::from_utf8(first[0].clone()).unwrap();
    let html_two = String::from_utf8(second[0].clone()).unwrap();
    assert_eq!(
        html.replace(&name(&one), "X"),
        html_two.replace(&name(&two), "X")
    );
    assert!(html.contains("Fluxos transfronteiriços"), "{html}");
    assert!(html.contains("Risco residual mais elevado"));
    assert!(html.contains("não é possível ler este mapa"));
    assert!(!html.contains("Border-crossing"));
    assert!(!html.contains(&one.path().display().to_string()));
    // The workbook carries no folder name at all: the same bytes.
    assert_eq!(first[1], second[1]);
    assert!(first[2].starts_with(b"%PDF"));

    // The workbook's first sheet is the table, one row per map; the second the heatmap.
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(first[1].clone())).unwrap();
    let sheets = workbook.sheet_names();
    assert_eq!(sheets, ["Portefólio", "Mapa de calor"]);
    let table = workbook.worksheet_range("Portefólio").unwrap();
    assert_eq!(table.height(), 1 + 6);
    let header: Vec<String> = table
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[0], "Ficheiro");
    let heat = workbook.worksheet_range("Mapa de calor").unwrap();
    assert_eq!(heat.height(), 1 + 10);
}

#[test]
fn the_printed_table_and_the_refusals_speak_the_users_language() {
    let dir = folder();
    let output = run(
        &[
            os("portfolio"),
            dir.path().as_os_str(),
            os("--as-of"),
            os("2026-11-22"),
        ],
        "zh_TW.UTF-8",
    );
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.lines().count(), 1 + 6, "{text}");
    assert!(text.lines().next().unwrap().contains("跨境資料流"));

    let out = tempfile::tempdir().unwrap();
    let docx = out.path().join("x.docx");
    let refused = run(
        &[
            os("portfolio"),
            dir.path().as_os_str(),
            os("-o"),
            docx.as_os_str(),
        ],
        "pt_PT.UTF-8",
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("portefólios"));
    assert!(!docx.exists());

    let missing = run(
        &[os("portfolio"), out.path().join("nowhere").as_os_str()],
        "pt_PT.UTF-8",
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("não é uma pasta"));

    // A map is never written over.
    let map = dir.path().join("lotus.ron");
    let before = std::fs::read(&map).unwrap();
    let over = run(
        &[
            os("portfolio"),
            dir.path().as_os_str(),
            os("-o"),
            map.as_os_str(),
        ],
        "C",
    );
    assert_eq!(over.status.code(), Some(1));
    assert_eq!(std::fs::read(&map).unwrap(), before);
}

#[test]
fn the_register_prints_the_clocks_in_its_language() {
    let mut map = sample("pearl-delta-hengqin.ron");
    let flows: Vec<_> = map.flows().map(|view| view.flow.clone()).collect();
    for mut flow in flows {
        flow.since = Some(day().plus_days(-14).unwrap());
        map.replace_flow(flow).unwrap();
    }
    let evaluation = book().evaluate(&map, day());
    let clocks = book().clocks(&map, &evaluation);
    let register = borderflow::deliver::build_register(
        &Evaluated::new(&map, &evaluation, &book()).in_language(Language::Portuguese),
    );
    assert_eq!(register.clocks.name, "Prazos");
    assert_eq!(register.clocks.rows.len(), clocks.len());
    let overdue = clocks
        .iter()
        .position(|c| c.state == ClockState::Overdue)
        .unwrap();
    let row = &register.clocks.rows[overdue];
    assert_eq!(row[3].plain(), "em atraso");
    assert_eq!(row[4].plain(), clocks[overdue].due.unwrap().to_string());
    use calamine::Reader;
    let bytes = borderflow::deliver::to_xlsx(&register).unwrap();
    let workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names().len(), 3);
}
