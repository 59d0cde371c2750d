//! The editor in another language: View › Language switches the menus, the inspector and the
//! risk panel on the next frame, keeps the selection and the undo history, and is remembered
//! for the next start.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use borderflow::app::{FileDialogs, Startup, Storage};
use borderflow::model::Language;
use common::{harness_with, lotus_copy};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn startup(open: &Path, folder: &Path) -> Startup {
    Startup {
        open: Some(open.to_owned()),
        storage: Storage::in_folder(folder.to_owned()),
        today: "2026-11-22".parse().unwrap(),
        file_dialogs: FileDialogs::PathField,
    }
}

/// A copy of the Lotus sample in a fresh folder, and the editor's data folder in it with
/// `language` chosen before.
struct Setup {
    /// Removed when dropped: kept alive for the whole test.
    folder: tempfile::TempDir,
    data: PathBuf,
    map: PathBuf,
}

fn chosen(language: &str) -> Setup {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("language.txt"), format!("{language}\n")).unwrap();
    let map = lotus_copy(folder.path());
    Setup { folder, data, map }
}

#[test]
fn switching_to_traditional_chinese_relabels_the_editor_and_back() {
    // The test does not depend on the machine's locale: English was chosen before.
    let Setup {
        folder: _kept,
        data,
        map,
    } = chosen("en");
    let mut harness = harness_with(startup(&map, &data));
    assert_eq!(harness.state().language(), Language::English);
    assert!(harness.query_all_by_label("View").next().is_some());

    // Select a flow and make an edit, which the switch must keep.
    let flow = common::list_findings_of(&mut harness, "attendance-coloane");
    harness
        .get_by_label_contains(&format!("MO-07 on {flow}"))
        .click();
    harness.run();
    let selected = harness.state().selection().clone();
    assert_eq!(selected.flows.len(), 1);
    let history = harness.state().document().undo_label().map(str::to_owned);

    harness
        .state_mut()
        .set_language(Language::TraditionalChinese);
    harness.run();
    // Menus, inspector and risk panel, checked by their labels.
    for label in [
        "檔案",
        "編輯",
        "檢視",
        "刪除資料流",
        "法律依據",
        "接收方角色",
    ] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "no `{label}` in Chinese"
        );
    }
    assert!(
        harness
            .query_all_by_label_contains("發現事項（")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("轉移資料到澳門以外欠缺法定條件")
            .next()
            .is_some()
    );
    assert!(
        harness.query_all_by_label("View").next().is_none(),
        "English left over"
    );
    assert_eq!(harness.state().selection(), &selected, "selection kept");
    assert_eq!(
        harness.state().document().undo_label().map(str::to_owned),
        history,
        "undo history kept"
    );
    // Remembered for the next start.
    assert_eq!(
        std::fs::read_to_string(data.join("language.txt"))
            .unwrap()
            .trim(),
        "zh-Hant"
    );
    let again = harness_with(startup(&map, &data));
    assert_eq!(again.state().language(), Language::TraditionalChinese);

    // And back through the menu itself: 檢視 › 語言 › English.
    harness.get_by_label("檢視").click();
    harness.run();
    harness.get_by_label("語言").hover();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_all_by_label("View").next().is_some());
    assert!(harness.query_all_by_label("Legal basis").next().is_some());
    assert_eq!(harness.state().language(), Language::English);
}

#[test]
fn portuguese_labels_the_menus_and_the_risk_panel() {
    let Setup {
        folder: _kept,
        data,
        map,
    } = chosen("pt");
    let harness = harness_with(startup(&map, &data));
    for label in ["Ficheiro", "Editar", "Ver", "Mapa de calor"] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "no `{label}`"
        );
    }
    assert!(
        harness
            .query_all_by_label_contains("Constatações (")
            .next()
            .is_some()
    );
}

#[test]
fn the_path_field_says_why_in_the_editors_language() {
    let Setup { folder, data, map } = chosen("zh-Hant");
    let mut harness = harness_with(startup(&map, &data));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("編輯器啟動時已停用檔案對話框")
            .is_some(),
        "the reason there is no dialog, in Chinese"
    );

    let wrong = folder.path().join("copy.txt");
    harness.get_by_label("檔案路徑：").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(wrong.display().to_string()));
    harness.run();
    harness.get_by_label("確定").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("檔名必須以 .ron 結尾")
            .is_some(),
        "the refusal, in Chinese"
    );
    assert!(harness.query_by_label_contains("must end in").is_none());
    assert!(!wrong.exists());
}

#[test]
fn the_canvas_is_worded_in_the_editors_language_and_the_export_in_the_maps() {
    let Setup {
        folder: _kept,
        data,
        map,
    } = chosen("en");
    let mut harness = harness_with(startup(&map, &data));
    let headings = |harness: &egui_kittest::Harness<'_, borderflow::app::BorderflowApp>| {
        harness
            .state()
            .scene()
            .lanes
            .iter()
            .flat_map(|lane| lane.heading.iter().map(|line| line.text.clone()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        headings(&harness).contains("Mainland"),
        "{}",
        headings(&harness)
    );
    let views = harness.state().derivations().views;

    harness.state_mut().set_language(Language::Portuguese);
    harness.run();
    let portuguese = headings(&harness);
    assert!(portuguese.contains("Interior da China"), "{portuguese}");
    assert!(!portuguese.contains("Mainland"), "{portuguese}");
    assert_eq!(
        harness.state().derivations().views,
        views + 1,
        "the switch works the view out once again"
    );
    // The map's own report language is untouched: exports keep it.
    assert_eq!(harness.state().map().meta.language, Language::English);
}

#[test]
fn the_dpia_workspace_counts_its_answers_in_the_editors_language() {
    let Setup {
        folder: _kept,
        data,
        map,
    } = chosen("zh-Hant");
    let mut harness = harness_with(startup(&map, &data));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    assert!(
        harness.query_by_label_contains("項答案中的").is_some(),
        "the progress line, in Chinese"
    );
    assert!(harness.query_by_label_contains("answers written").is_none());
}
