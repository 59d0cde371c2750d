//! Exports that run on a background thread, so a large map does not freeze the window; the
//! status bar shows their progress and the result.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::Context;

use super::BorderflowApp;
use super::dialogs::Dialog;
use crate::app::words::{t, tw};
use crate::deliver::RegisterFormat;
use crate::export::DiagramFormat;
use crate::io;
use crate::io::format::{BundleFormat, FileFormat, MapFormat, wrong_extension};
use crate::report::ReportFormat;
use crate::rules::Evaluated;

/// An export running in the background: where to, and where its result arrives.
pub(super) struct Background {
    /// The file being written.
    pub(super) path: PathBuf,
    result: Receiver<Result<(), String>>,
}

impl BorderflowApp {
    /// Writes the diagram to `path` (`.png` for PNG, anything else SVG) on a background thread,
    /// so a large map does not freeze the window; the status bar shows its progress.
    pub fn export_to(&mut self, path: PathBuf) {
        let Some(format) = DiagramFormat::from_path(&path) else {
            self.export_refused(wrong_extension::<DiagramFormat>(self.language(), &path));
            return;
        };
        let map = self.map().clone();
        let evaluation = self.derived.evaluation().clone();
        let rulebook = self.rulebook.clone();
        let options = crate::export::SvgOptions::default();
        let target = path.clone();
        let language = super::super::words::language();
        self.run_export(path, move || {
            let input = Evaluated::new(&map, &evaluation, &rulebook);
            let bytes =
                crate::export::diagram_bytes(&input, &options, format, format.default_scale())
                    .map_err(|error| error.message(language))?;
            Ok(vec![(target, bytes)])
        });
    }

    /// Writes the DPIA report of the map to `path` (PDF, HTML or Markdown by extension), in the
    /// map's language, in the background.
    pub fn report_to(&mut self, path: PathBuf) {
        let Some(format) = ReportFormat::from_path(&path) else {
            self.export_refused(wrong_extension::<ReportFormat>(self.language(), &path));
            return;
        };
        let map = self.map().clone();
        let evaluation = self.derived.evaluation().clone();
        let rulebook = self.rulebook.clone();
        let target = path.clone();
        self.run_export(path, move || {
            let report = crate::report::build(&Evaluated::new(&map, &evaluation, &rulebook));
            crate::report::report_files(&report, &target, format).map_err(|error| error.to_string())
        });
    }

    /// Writes the transfer register of the map to `path` (XLSX or CSV by extension), in the
    /// report's language, in the background.
    pub fn register_to(&mut self, path: PathBuf) {
        let Some(format) = RegisterFormat::from_path(&path) else {
            self.export_refused(wrong_extension::<RegisterFormat>(self.language(), &path));
            return;
        };
        let map = self.map().clone();
        let evaluation = self.derived.evaluation().clone();
        let rulebook = self.rulebook.clone();
        let target = path.clone();
        self.run_export(path, move || {
            let register =
                crate::deliver::build_register(&Evaluated::new(&map, &evaluation, &rulebook));
            let bytes = crate::deliver::register_bytes(&register, format)
                .map_err(|error| error.to_string())?;
            Ok(vec![(target, bytes)])
        });
    }

    /// Writes the filing bundle of the map to `path` (a `.zip`: report, diagram, register, the
    /// map as saved and the manifest), in the report's language, in the background.
    pub fn bundle_to(&mut self, path: PathBuf) {
        if BundleFormat::from_path(&path).is_none() {
            self.export_refused(wrong_extension::<BundleFormat>(self.language(), &path));
            return;
        }
        let map = self.map().clone();
        let rulebook = self.rulebook.clone();
        let today = self.today;
        // The map goes in as it would be saved now, under its file's name.
        let name = self
            .document
            .path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || MapFormat::file_name(&map.meta.title),
                |name| name.to_string_lossy().into_owned(),
            );
        let target = path.clone();
        self.run_export(path, move || {
            let text = io::map_to_string(&map).map_err(|error| error.to_string())?;
            let bundle = crate::deliver::build_bundle(&crate::deliver::BundleInput {
                map: &map,
                map_file: (&name, text.as_bytes()),
                rulebook: &rulebook,
                language: map.meta.language,
                as_of: today,
            })
            .map_err(|error| error.to_string())?;
            let bytes = bundle.to_zip().map_err(|error| error.to_string())?;
            Ok(vec![(target, bytes)])
        });
    }

    pub(super) fn export_refused(&mut self, why: String) {
        self.dialog = Some(Dialog::Error(t("ui-export-failed").to_owned(), why));
    }

    /// Runs `job` on a background thread and writes the files it returns, each atomically; the
    /// status bar shows progress and the result.
    pub(super) fn run_export(
        &mut self,
        path: PathBuf,
        job: impl FnOnce() -> Result<Vec<(PathBuf, Vec<u8>)>, String> + Send + 'static,
    ) {
        if self.export.is_some() {
            self.status = Some(t("ui-export-running").to_owned());
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = job().and_then(|files| {
                files.iter().try_for_each(|(target, bytes)| {
                    io::write_atomic(target, bytes)
                        .map_err(|error| format!("{}: cannot write: {error}", target.display()))
                })
            });
            // The window may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(result);
        });
        self.export = Some(Background {
            path,
            result: receiver,
        });
    }

    /// An export is running.
    pub fn is_exporting(&self) -> bool {
        self.export.is_some()
    }

    pub(super) fn poll_export(&mut self, ctx: &Context) {
        let Some(Background { path, result }) = &self.export else {
            return;
        };
        match result.try_recv() {
            Ok(Ok(())) => {
                self.status = Some(tw(
                    "ui-exported",
                    &[("path", path.display().to_string().into())],
                ));
                self.export = None;
            }
            Ok(Err(message)) => {
                self.dialog = Some(Dialog::Error(t("ui-export-failed").to_owned(), message));
                self.export = None;
            }
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(TryRecvError::Disconnected) => {
                self.dialog = Some(Dialog::Error(
                    t("ui-export-failed").to_owned(),
                    tw(
                        "ui-export-stopped",
                        &[("path", path.display().to_string().into())],
                    ),
                ));
                self.export = None;
            }
        }
    }
}
