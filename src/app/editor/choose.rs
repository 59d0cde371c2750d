//! Asking the user for a file: the system's dialog when there is one, and a path field when the
//! system has no dialog service (so Save and Export never silently do nothing).

use std::path::PathBuf;

use super::dialogs::Dialog;
use super::{BorderflowApp, FileDialogs};
use crate::app::files;
use crate::app::words::{t, tw};
use crate::io::choose::{NoDialog, PathProblem, Picked, typed_path};

/// What a file is asked for, and so which dialog, extensions and action go with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Purpose {
    /// A map or an inventory to open.
    Open,
    /// Where to save the map.
    SaveMap,
    /// Where to export the diagram.
    ExportDiagram,
    /// Where to write the DPIA report.
    ExportReport,
    /// Where to write the transfer register.
    ExportRegister,
    /// Where to write the filing bundle.
    ExportBundle,
}

impl Purpose {
    /// The extension added to a name typed without one.
    fn default_extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveMap => "ron",
            Purpose::ExportDiagram => "svg",
            Purpose::ExportReport => "pdf",
            Purpose::ExportRegister => "xlsx",
            Purpose::ExportBundle => "zip",
        }
    }

    /// The extensions accepted.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Purpose::Open => &["ron", "csv"],
            Purpose::SaveMap => &["ron"],
            Purpose::ExportDiagram => &["svg", "png", "pdf"],
            Purpose::ExportReport => &["pdf", "docx", "html", "md"],
            Purpose::ExportRegister => &["xlsx", "csv"],
            Purpose::ExportBundle => &["zip"],
        }
    }

    /// The question the path field asks.
    pub(super) fn question(self) -> &'static str {
        crate::app::words::t(match self {
            Purpose::Open => "ui-path-open",
            Purpose::SaveMap => "ui-path-save",
            Purpose::ExportDiagram => "ui-path-export",
            Purpose::ExportReport => "ui-path-report",
            Purpose::ExportRegister => "ui-path-register",
            Purpose::ExportBundle => "ui-path-bundle",
        })
    }

    /// What the extensions mean, for the path field's hint.
    pub(super) fn hint(self) -> String {
        let names: Vec<String> = self
            .extensions()
            .iter()
            .map(|extension| format!(".{extension}"))
            .collect();
        crate::app::words::tw("ui-path-hint", &[("extensions", names.join(", ").into())])
    }

    fn show_dialog(self, suggested: &str) -> Picked {
        match self {
            Purpose::Open => files::pick_to_open(),
            Purpose::SaveMap => files::pick_to_save(suggested),
            Purpose::ExportDiagram => files::pick_to_export(suggested),
            Purpose::ExportReport => files::pick_to_report(suggested),
            Purpose::ExportRegister => files::pick_to_register(suggested),
            Purpose::ExportBundle => files::pick_to_bundle(suggested),
        }
    }
}

/// The path field shown instead of a dialog: what it is for, the text typed so far and why
/// the last attempt was refused.
#[derive(Clone, Debug)]
pub(super) struct PathField {
    pub(super) purpose: Purpose,
    pub(super) text: String,
    /// Why no dialog could be shown.
    pub(super) why: NoDialog,
    pub(super) error: Option<String>,
    /// Whether the field has been given the keyboard focus once.
    pub(super) focused: bool,
}

impl PathField {
    /// The typed path, checked and completed, or why it cannot be used.
    pub(super) fn resolve(&self) -> Result<PathBuf, PathProblem> {
        let base = std::env::current_dir().unwrap_or_default();
        let purpose = self.purpose;
        typed_path(
            &self.text,
            &base,
            purpose.default_extension(),
            purpose.extensions(),
            purpose == Purpose::Open,
        )
    }
}

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
        }
    }
}
