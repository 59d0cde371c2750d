//! The editor keeps unsaved work safe as a user meets it: a recovery copy is deleted only when
//! the user confirms, copies that cannot be loaded are reported and kept, a file changed by
//! another program is not overwritten without asking, a failed autosave stays on screen, a
//! close writes what no autosave covered yet, and a system without file dialogs gets a path
//! field instead of buttons that do nothing.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{BorderflowApp, Startup, Storage};
use borderflow::io::{load_map, save_map};
use borderflow::model::{Map, MapMeta};
use eframe::App;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::{harness, harness_with, lotus_copy, type_path};

fn start_with(storage: &Storage, open: Option<&Path>) -> Harness<'static, BorderflowApp> {
    harness_with(Startup {
        storage: storage.clone(),
        ..common::startup(open)
    })
}

fn small_map(title: &str) -> Map {
    Map::new(MapMeta {
        title: title.to_owned(),
        ..MapMeta::default()
    })
}

#[test]
fn discarding_recovered_work_asks_first_and_going_back_keeps_it() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path().join("state"));
    // A window that ended without saving left this copy.
    storage
        .clone()
        .autosave(&small_map("Left behind"), None)
        .unwrap();

    let mut harness = start_with(&storage, None);
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    harness.get_by_label("Discard…").click();
    harness.run();
    assert!(harness.query_by_label("Delete the unsaved work?").is_some());
    harness.get_by_label("Back").click();
    harness.run();
    assert!(
        harness.query_by_label("Restore unsaved work?").is_some(),
        "back returns to the question"
    );
    harness.get_by_label("Discard…").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(harness.query_by_label("Delete the unsaved work?").is_none());
    drop(harness);
    assert!(
        storage.clone().recovery().is_none(),
        "the confirmed discard deleted the copy"
    );
}

#[test]
fn recovery_copies_that_cannot_be_loaded_are_reported_and_kept() {
    let folder = tempfile::tempdir().unwrap();
    let state = folder.path().join("state");
    let recovery = state.join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    let broken = recovery.join("untitled-1-1.ron");
    std::fs::write(&broken, "(this is not a map").unwrap();
    let storage = Storage::in_folder(state);

    let mut harness = start_with(&storage, None);
    assert!(
        harness
            .query_by_label("Unsaved work that cannot be restored")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains(&broken.display().to_string())
            .is_some(),
        "the message names the copy"
    );
    harness.get_by_label("OK").click();
    harness.run();
    harness.state_mut().on_exit();
    drop(harness);
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "(this is not a map",
        "a clean quit keeps the copy"
    );
}

#[test]
fn saving_over_a_file_another_program_changed_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = harness(Some(&path));
    harness.get_by_label("Add SIEM").click();
    harness.run();
    // Another program writes the file while it is open.
    save_map(&path, &small_map("Written elsewhere")).unwrap();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        load_map(&path).unwrap().meta.title,
        "Written elsewhere",
        "cancel leaves the other program's version"
    );
    assert!(harness.state().document().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(load_map(&path).unwrap().site_count(), 4);
    assert!(!harness.state().document().is_dirty());

    // Saved by the editor itself, the file is no longer foreign: the next save just saves.
    harness.get_by_label("Add SIEM").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(load_map(&path).unwrap().site_count(), 5);
}

#[test]
fn a_failed_autosave_stays_on_screen_until_one_succeeds() {
    let folder = tempfile::tempdir().unwrap();
    // The storage folder is a file, so no recovery copy can be written under it.
    let blocked = folder.path().join("state");
    std::fs::write(&blocked, "").unwrap();
    let storage = Storage::in_folder(blocked);
    let path = lotus_copy(folder.path());
    let mut harness = start_with(&storage, Some(&path));
    harness.get_by_label("Add SIEM").click();
    harness.run();
    // Ten seconds of frames at the harness's four a second: at least one autosave.
    harness.run_steps(40);
    std::thread::sleep(std::time::Duration::from_millis(200));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Unsaved work is not protected")
            .is_some(),
        "the failure shows"
    );
    harness.run_steps(40);
    assert!(
        harness
            .query_by_label_contains("Unsaved work is not protected")
            .is_some(),
        "and keeps showing"
    );
}

#[test]
fn quitting_while_the_restore_question_is_on_screen_keeps_the_copy() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path().join("state"));
    // The editor that was killed left this copy.
    storage
        .clone()
        .autosave(&small_map("Killed mid-work"), None)
        .unwrap();
    let mut harness = start_with(&storage, None);
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    // The window is closed without an answer.
    harness.state_mut().on_exit();
    drop(harness);
    let (map, _) = storage.clone().recovery().expect("the copy is still there");
    assert_eq!(map.meta.title, "Killed mid-work");
    // And it is asked about again at the next start.
    let harness = start_with(&storage, None);
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
}

#[test]
fn closing_writes_the_changes_no_autosave_covered_yet() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path().join("state"));
    let path = lotus_copy(folder.path());
    let mut harness = start_with(&storage, Some(&path));
    harness.get_by_label("Add SIEM").click();
    harness.run();
    let edited = harness.state().map().clone();
    // The window closes (a logout, say) before any autosave was due.
    harness.state_mut().on_exit();
    drop(harness);
    let (map, origin) = storage.clone().recovery().expect("the close wrote a copy");
    assert_eq!(map, edited);
    assert_eq!(
        origin.unwrap().file_name(),
        path.file_name(),
        "the copy knows its file"
    );

    // A clean window leaves nothing behind.
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path().join("state"));
    let mut harness = start_with(&storage, Some(&path));
    harness.state_mut().on_exit();
    drop(harness);
    assert!(storage.clone().recovery().is_none());
}

#[test]
fn without_a_file_dialog_save_as_takes_a_typed_path() {
    let folder = tempfile::tempdir().unwrap();
    let path = lotus_copy(folder.path());
    let mut harness = harness(Some(&path));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(harness.query_by_label("Save the map as").is_some());

    let wrong = folder.path().join("copy.txt");
    type_path(&mut harness, &wrong.display().to_string());
    assert!(
        harness
            .query_by_label_contains("must end in .ron")
            .is_some(),
        "a wrong extension is refused in the field"
    );
    assert!(!wrong.exists());

    // A name without an extension gets .ron.
    type_path(
        &mut harness,
        &folder.path().join("copy").display().to_string(),
    );
    let saved = folder.path().join("copy.ron");
    let (mut copy, original) = (load_map(&saved).unwrap(), load_map(&path).unwrap());
    assert_eq!(copy.meta.modified, Some("2026-11-22".parse().unwrap()));
    copy.meta.modified = original.meta.modified;
    assert_eq!(copy, original, "the map was saved whole");
    assert_eq!(harness.state().document().path.as_deref(), Some(&*saved));

    // An existing file is replaced only when asked twice.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    type_path(&mut harness, &path.display().to_string());
    assert!(harness.query_by_label_contains("press OK again").is_some());
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.query_by_label("Save the map as").is_none());
}

#[test]
fn a_pipe_or_a_link_to_dev_zero_among_the_presets_never_stalls_the_first_frame() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path().join("state"));
    let presets = storage.presets_folder().unwrap();
    std::fs::create_dir_all(&presets).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(presets.join("pipe.ron"))
        .status();
    if !made.is_ok_and(|status| status.success()) {
        eprintln!("mkfifo is not available: check skipped");
        return;
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink("/dev/zero", presets.join("zero.ron")).unwrap();
    // Started on its own thread, so a stalled start fails the test instead of hanging it.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let harness = start_with(&storage, None);
        let said: Vec<String> = harness
            .root()
            .query_all(egui_kittest::kittest::by())
            .filter_map(|node| {
                let node = node.accesskit_node();
                node.label()
                    .or_else(|| node.value())
                    .map(|text| text.to_string())
            })
            .filter(|text| text.contains(".ron"))
            .collect();
        let _ = sender.send(said);
    });
    let said = receiver
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the editor drew its first frames");
    let text = said.join("\n");
    assert!(
        text.contains("pipe.ron") && text.contains("zero.ron"),
        "{text}"
    );
    assert!(text.contains("not a regular file"), "{text}");
}
