//! Where the editor keeps its own files, and the dialogs for choosing files.
//!
//! The recent files and the recovery copies live in [`crate::io::storage`], the rules for a
//! dialog that cannot open and for a typed path in [`crate::io::choose`]: both free of any
//! window system, so they are tested directly. This file adds the system's dialogs.

use std::path::PathBuf;
use std::time::Instant;

use super::words::t;

use crate::io::choose::{Picked, classify_dialog, dialog_service, with_default_extension};
use crate::io::format::{FileFormat, OpenFormat};
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
        let mut dialog = rfd::FileDialog::new()
            .set_title(t("ui-dialog-open"))
            .add_filter(t("ui-filter-map-or-inventory"), &OpenFormat::extensions());
        for format in OpenFormat::ALL {
            let facts = format.facts();
            let mut extensions = vec![facts.extension];
            extensions.extend(facts.aliases);
            dialog = dialog.add_filter(t(facts.filter), &extensions);
        }
        dialog.pick_file()
    })
}

/// Asks for a folder, in a dialog titled by the catalogue's `title`.
pub fn pick_folder(title: &str) -> Picked {
    run_dialog(|| rfd::FileDialog::new().set_title(t(title)).pick_folder())
}

/// Asks where to write a file of format kind `F`, in a dialog titled by the catalogue's
/// `title`: one filter per format, the default's extension added to a name typed without one.
pub fn pick_to_write<F: FileFormat>(title: &str, suggested: &str) -> Picked {
    run_dialog(|| {
        let mut dialog = rfd::FileDialog::new().set_title(t(title));
        for format in F::ALL {
            dialog = dialog.add_filter(t(format.facts().filter), &[format.extension()]);
        }
        dialog
            .set_file_name(suggested)
            .save_file()
            .map(|path| with_default_extension(path, F::default_format().extension()))
    })
}
