//! Where the editor keeps its own files, and the dialogs for choosing files.
//!
//! The recent files and the recovery copies live in [`crate::io::storage`], the rules for a
//! dialog that cannot open and for a typed path in [`crate::io::choose`]: both free of any
//! window system, so they are tested directly. This file adds the system's dialogs.

use std::path::PathBuf;
use std::time::Instant;

use super::words::t;

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
            .set_title(t("ui-dialog-open"))
            .add_filter(t("ui-filter-map-or-inventory"), &["ron", "csv"])
            .add_filter(t("ui-filter-map"), &["ron"])
            .add_filter(t("ui-filter-inventory"), &["csv"])
            .pick_file()
    })
}

/// Asks where to save a map.
pub fn pick_to_save(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title(t("ui-dialog-save"))
            .add_filter(t("ui-filter-map"), &["ron"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "ron"))
    })
}

/// Asks where to export the diagram (SVG, PNG or PDF).
pub fn pick_to_export(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title(t("ui-dialog-export"))
            .add_filter(t("ui-filter-svg"), &["svg"])
            .add_filter(t("ui-filter-png"), &["png"])
            .add_filter(t("ui-filter-pdf"), &["pdf"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "svg"))
    })
}

/// Asks where to write the DPIA report (PDF, HTML or Markdown).
pub fn pick_to_report(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title(t("ui-dialog-report"))
            .add_filter(t("ui-filter-pdf"), &["pdf"])
            .add_filter(t("ui-filter-docx"), &["docx"])
            .add_filter(t("ui-filter-html"), &["html"])
            .add_filter(t("ui-filter-markdown"), &["md"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "pdf"))
    })
}

/// Asks where to write the transfer register (XLSX or CSV).
pub fn pick_to_register(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title(t("ui-dialog-register"))
            .add_filter(t("ui-filter-xlsx"), &["xlsx"])
            .add_filter(t("ui-filter-csv"), &["csv"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "xlsx"))
    })
}

/// Asks where to write the filing bundle (one zip).
pub fn pick_to_bundle(suggested: &str) -> Picked {
    run_dialog(|| {
        rfd::FileDialog::new()
            .set_title(t("ui-dialog-bundle"))
            .add_filter(t("ui-filter-zip"), &["zip"])
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, "zip"))
    })
}
