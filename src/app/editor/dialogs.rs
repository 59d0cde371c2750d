//! Modal questions and messages: unsaved changes, recovery after a crash, errors.

use std::path::PathBuf;

use egui::Context;

use super::BorderflowApp;
use crate::app::Document;
use crate::model::Map;

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug)]
pub(super) enum AfterPrompt {
    New,
    Open(Option<PathBuf>),
    Quit,
}

/// A modal question or message.
#[derive(Debug)]
pub(super) enum Dialog {
    /// Unsaved changes would be lost.
    UnsavedChanges(AfterPrompt),
    /// A previous session left unsaved work.
    Recovery(Box<Map>, Option<PathBuf>),
    /// Something went wrong; the message names the file and the problem.
    Error(String, String),
}

impl BorderflowApp {
    pub(super) fn dialog_ui(&mut self, ctx: &Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let mut keep = true;
        let modal = egui::Modal::new(egui::Id::unique("borderflow-dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            match &dialog {
                Dialog::UnsavedChanges(after) => {
                    ui.heading("Save changes?");
                    ui.label(format!(
                        "{} has changes that are not saved.",
                        self.window_title()
                            .trim_end_matches(" — borderflow")
                            .trim_end_matches(" •")
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Save").clicked() {
                            keep = false;
                            if self.save(None) {
                                self.proceed(after.clone(), Some(ctx));
                            }
                        }
                        if ui.button("Don't save").clicked() {
                            keep = false;
                            self.storage.clear_recovery();
                            self.proceed(after.clone(), Some(ctx));
                        }
                        if ui.button("Cancel").clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Recovery(map, origin) => {
                    ui.heading("Restore unsaved work?");
                    ui.label(format!(
                        "borderflow was closed with unsaved changes to {}.",
                        origin.as_ref().map_or_else(
                            || format!("\"{}\"", map.meta.title),
                            |p| p.display().to_string()
                        )
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Restore").clicked() {
                            keep = false;
                            let mut document = Document::new((**map).clone(), origin.clone());
                            document.mark_unsaved();
                            self.replace_document(document);
                            self.status =
                                Some("Restored unsaved work; save it to keep it".to_owned());
                        }
                        if ui.button("Discard").clicked() {
                            keep = false;
                            self.storage.clear_recovery();
                        }
                    });
                }
                Dialog::Error(title, message) => {
                    ui.heading(title);
                    egui::ScrollArea::vertical()
                        .max_height(320.0)
                        .show(ui, |ui| {
                            ui.label(message);
                        });
                    if ui.button("OK").clicked() {
                        keep = false;
                    }
                }
            }
        });
        let dismissible = !matches!(dialog, Dialog::Recovery(..));
        if modal.should_close() && dismissible {
            keep = false;
        }
        if keep && self.dialog.is_none() {
            self.dialog = Some(dialog);
        }
    }
}
