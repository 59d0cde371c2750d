//! What a file is asked for (open, save, export…): its extensions and dialog from the format
//! tables, and the path field shown when the system has no file dialog.

use std::path::PathBuf;

use crate::app::files;
use crate::deliver::RegisterFormat;
use crate::export::DiagramFormat;
use crate::io::choose::{NoDialog, PathProblem, Picked, typed_folder, typed_path};
use crate::io::format::{BundleFormat, FileFormat, MapFormat, OpenFormat};
use crate::report::ReportFormat;

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
    /// A folder of rule packs to add to the built-in ones.
    RulesFolder,
}

impl Purpose {
    /// Whether the chosen path is written (so an existing file there is asked about first).
    pub(super) fn writes(self) -> bool {
        !matches!(self, Purpose::Open | Purpose::RulesFolder)
    }

    /// The extension added to a name typed without one.
    fn default_extension(self) -> &'static str {
        self.extensions().first().copied().unwrap_or_default()
    }

    /// The extensions accepted, the default first (from the kind's format table).
    fn extensions(self) -> Vec<&'static str> {
        match self {
            Purpose::Open => OpenFormat::extensions(),
            Purpose::SaveMap => MapFormat::extensions(),
            Purpose::ExportDiagram => DiagramFormat::extensions(),
            Purpose::ExportReport => ReportFormat::extensions(),
            Purpose::ExportRegister => RegisterFormat::extensions(),
            Purpose::ExportBundle => BundleFormat::extensions(),
            Purpose::RulesFolder => Vec::new(),
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
            Purpose::RulesFolder => "ui-path-rules",
        })
    }

    /// What the extensions mean, for the path field's hint.
    pub(super) fn hint(self) -> String {
        if self == Purpose::RulesFolder {
            return crate::app::words::t("ui-path-rules-hint").to_owned();
        }
        let names: Vec<String> = self
            .extensions()
            .iter()
            .map(|extension| format!(".{extension}"))
            .collect();
        crate::app::words::tw("ui-path-hint", &[("extensions", names.join(", ").into())])
    }

    pub(super) fn show_dialog(self, suggested: &str) -> Picked {
        match self {
            Purpose::Open => files::pick_to_open(),
            Purpose::SaveMap => files::pick_to_write::<MapFormat>("ui-dialog-save", suggested),
            Purpose::ExportDiagram => {
                files::pick_to_write::<DiagramFormat>("ui-dialog-export", suggested)
            }
            Purpose::ExportReport => {
                files::pick_to_write::<ReportFormat>("ui-dialog-report", suggested)
            }
            Purpose::ExportRegister => {
                files::pick_to_write::<RegisterFormat>("ui-dialog-register", suggested)
            }
            Purpose::ExportBundle => {
                files::pick_to_write::<BundleFormat>("ui-dialog-bundle", suggested)
            }
            Purpose::RulesFolder => files::pick_folder("ui-dialog-rules"),
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
        if purpose == Purpose::RulesFolder {
            return typed_folder(&self.text, &base);
        }
        typed_path(
            &self.text,
            &base,
            purpose.default_extension(),
            &purpose.extensions(),
            purpose == Purpose::Open,
        )
    }
}
