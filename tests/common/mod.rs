//! What the editor tests share: the harness on a fixed date and a copy of a sample to edit.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::app::{BorderflowApp, FileDialogs, Startup, Storage};
use egui_kittest::Harness;

/// How the tests start the editor: on `open`, with no recent files or recovery, on a fixed
/// date.
pub fn startup(open: Option<&Path>) -> Startup {
    Startup {
        open: open.map(Path::to_owned),
        storage: Storage::none(),
        today: "2026-11-22".parse().unwrap(),
        file_dialogs: FileDialogs::PathField,
    }
}

/// The editor in a 1440×900 window, opened on `open`, after its first frames.
pub fn harness(open: Option<&Path>) -> Harness<'static, BorderflowApp> {
    harness_with(startup(open))
}

/// The editor in a 1440×900 window started as `startup` says, after its first frames.
pub fn harness_with(startup: Startup) -> Harness<'static, BorderflowApp> {
    // The test machine has only egui's own fonts (the app falls back to system fonts for
    // arrows and Chinese), so a missing glyph draws a box here instead of failing.
    let mut harness = Harness::builder()
        .with_size([1440.0, 900.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| BorderflowApp::new(cc, startup.clone()));
    harness.run();
    harness
}

/// A copy of the Lotus sample in `folder`, to edit and save.
pub fn lotus_copy(folder: &Path) -> std::path::PathBuf {
    let path = folder.join("lotus.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron"),
        &path,
    )
    .unwrap();
    path
}
