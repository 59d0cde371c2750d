//! Asking the user for a file: the system's dialog when there is one, and a path field when the
//! system has no dialog service (so Save and Export never silently do nothing).

use std::path::PathBuf;

use super::modal::Dialog;
pub(super) use super::purpose::{PathField, Purpose};
use super::{BorderflowApp, FileDialogs};
use crate::app::words::{t, tw};
use crate::io::choose::{NoDialog, PathProblem, Picked};

/// Why no file dialog could be shown, in the editor's language.
pub(super) fn no_dialog_reason(why: NoDialog) -> &'static str {
    t(match why {
        NoDialog::NoService => "ui-no-dialog-service",
        NoDialog::ClosedUnseen => "ui-no-dialog-unseen",
        NoDialog::TurnedOff => "ui-no-dialog-turned-off",
    })
}

/// Why a typed path cannot be used, in the editor's language.
pub(super) fn path_problem(problem: &PathProblem) -> String {
    let shown = |path: &std::path::Path| path.display().to_string();
    match problem {
        PathProblem::Empty => t("ui-path-empty").to_owned(),
        PathProblem::HomeUnknown => t("ui-path-home-unknown").to_owned(),
        PathProblem::WrongExtension { path, allowed } => tw(
            "ui-path-wrong-extension",
            &[
                ("path", shown(path).into()),
                ("extensions", PathProblem::extensions(allowed).into()),
            ],
        ),
        PathProblem::IsFolder(path) => tw("ui-path-is-folder", &[("path", shown(path).into())]),
        PathProblem::NoSuchFile(path) => tw("ui-path-no-file", &[("path", shown(path).into())]),
        PathProblem::NoSuchFolder(path) => tw("ui-path-no-folder", &[("path", shown(path).into())]),
    }
}

impl BorderflowApp {
    /// Asks for a file for `purpose`: the chosen path, or `None` when the user cancelled or
    /// no dialog could be shown (then a path field opens, and finishes the action itself).
    pub(super) fn pick(&mut self, purpose: Purpose, suggested: &str) -> Option<PathBuf> {
        let picked = match self.file_dialogs {
            FileDialogs::System => purpose.show_dialog(suggested),
            FileDialogs::PathField => Picked::NoDialogService(NoDialog::TurnedOff),
        };
        match picked {
            Picked::Chosen(path) => Some(path),
            Picked::Cancelled => None,
            Picked::NoDialogService(why) => {
                self.dialog = Some(Dialog::TypePath(PathField {
                    purpose,
                    text: suggested.to_owned(),
                    why,
                    error: None,
                    focused: false,
                }));
                None
            }
        }
    }

    /// Does with a path typed in the field what the dialog's answer would have done.
    pub(super) fn use_typed_path(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open_path(&path),
            Purpose::SaveMap => {
                self.save(Some(path));
            }
            Purpose::ExportDiagram => self.export_to(path),
            Purpose::ExportReport => self.report_to(path),
            Purpose::ExportRegister => self.register_to(path),
            Purpose::ExportBundle => self.bundle_to(path),
            Purpose::RulesFolder => self.load_rules(&path),
        }
    }
}
