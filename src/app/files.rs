//! Where the editor keeps its own files, and the dialogs for choosing files.
//!
//! The recent files and the recovery copies live in [`crate::io::storage`], the rules for a
//! dialog that cannot open and for a typed path in [`crate::io::choose`]: both free of any
//! window system, so they are tested directly. This file adds the system's dialogs.

use std::path::PathBuf;
use std::time::Instant;

use crate::io::choose::{Picked, classify_dialog, dialog_service, with_default_extension};
pub use crate::io::storage::Storage;

/// Shows a dialog, or says why none can be shown.
fn run_dialog(show: impl FnOnce() -> Option<PathBuf>) -> Picked {
    if let Err(why) = dialog_service() {
        return Picked::NoDialogService(why);
    }
    let started = Instant::now();
    let result = show();
    classify_dialog(result, started.elapsed())
}

/// Asks for a map or inventory to open.
pub fn pick_to_open() -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title("Open a map or import a flow inventory")
            .add_filter("borderflow map or flow inventory", &["ron", "csv"])
            .add_filter("borderflow map", &["ron"])
            .add_filter("flow inventory (CSV)", &["csv"])
            .pick_file()
    })
}

/// Asks where to save a map.
pub fn pick_to_save(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title("Save the map")
            .add_filter("borderflow map", &["ron"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "ron"))
    })
}

/// Asks where to export the diagram (SVG, PNG or PDF).
pub fn pick_to_export(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title("Export the diagram")
            .add_filter("SVG drawing", &["svg"])
            .add_filter("PNG image", &["png"])
            .add_filter("PDF document", &["pdf"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "svg"))
    })
}

/// Asks where to write the DPIA report (PDF, HTML or Markdown).
pub fn pick_to_report(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title("Export the DPIA report")
            .add_filter("PDF document", &["pdf"])
            .add_filter("Web page (one file)", &["html"])
            .add_filter("Markdown", &["md"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "pdf"))
    })
}
