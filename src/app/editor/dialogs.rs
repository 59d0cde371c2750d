//! Modal questions and messages: unsaved changes, recovery after a crash, a file changed by
//! another program, a path typed when no file dialog can be shown, errors.

use std::path::{Path, PathBuf};

use egui::{Context, Ui};

use super::BorderflowApp;
use super::choose::{PathField, no_dialog_reason, path_problem};
pub(super) use super::modal::{AfterPrompt, Dialog};
use crate::app::document::Document;
use crate::app::words::{t, tw};
use crate::io::recovery::DiskChange;
use crate::model::Map;

impl BorderflowApp {
    /// Whether "Restore unsaved work?" (or its "Delete the unsaved work?") is on screen or
    /// waiting its turn: until it is answered, the recovery copy is the work it asks about.
    pub(super) fn recovery_question_open(&self) -> bool {
        self.dialog
            .iter()
            .chain(&self.queued_dialogs)
            .any(|dialog| matches!(dialog, Dialog::Recovery(..) | Dialog::ConfirmDiscard(..)))
    }

    pub(super) fn dialog_ui(&mut self, ctx: &Context) {
        if self.dialog.is_none() {
            self.dialog = self.queued_dialogs.pop_front();
        }
        let Some(mut dialog) = self.dialog.take() else {
            return;
        };
        let mut keep = true;
        let modal = egui::Modal::new(egui::Id::unique("borderflow-dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            keep = match &mut dialog {
                Dialog::UnsavedChanges(after) => self.unsaved_changes_ui(ui, after),
                Dialog::Recovery(map, origin) => self.recovery_ui(ui, map, origin),
                Dialog::ConfirmDiscard(map, origin) => self.confirm_discard_ui(ui, map, origin),
                Dialog::ChangedOnDisk(path, change) => self.changed_on_disk_ui(ui, path, *change),
                Dialog::TypePath(field) => self.type_path_ui(ui, field),
                Dialog::Error(title, message) | Dialog::Notice(title, message) => {
                    message_ui(ui, title, message)
                }
            };
        });
        let dismissible = !matches!(dialog, Dialog::Recovery(..) | Dialog::ConfirmDiscard(..));
        if modal.should_close() && dismissible {
            keep = false;
        }
        if keep && self.dialog.is_none() {
            self.dialog = Some(dialog);
        }
    }

    /// "Save changes?": `false` once answered.
    fn unsaved_changes_ui(&mut self, ui: &mut Ui, after: &AfterPrompt) -> bool {
        ui.heading(t("ui-ask-save-title"));
        let title = self.window_title();
        let name = title
            .trim_end_matches(" — borderflow")
            .trim_end_matches(" •");
        ui.label(tw("ui-ask-save-body", &[("name", name.into())]));
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(t("ui-save")).clicked() {
                keep = false;
                if self.save(None) {
                    self.proceed(after.clone(), Some(ui.ctx()));
                }
            }
            if ui.button(t("ui-dont-save")).clicked() {
                keep = false;
                self.autosaver.clear();
                self.proceed(after.clone(), Some(ui.ctx()));
            }
            if ui.button(t("ui-cancel")).clicked() {
                keep = false;
            }
        });
        keep
    }

    fn recovery_ui(&mut self, ui: &mut Ui, map: &Map, origin: &Option<PathBuf>) -> bool {
        ui.heading(t("ui-recovery-title"));
        ui.label(tw(
            "ui-recovery-body",
            &[("name", work_name(map, origin).into())],
        ));
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(t("ui-restore")).clicked() {
                keep = false;
                let mut document = Document::new(map.clone(), origin.clone());
                document.mark_unsaved();
                // The restored work's file is stamped now: a save over it after another
                // program changed it still asks.
                let stamp = origin
                    .as_deref()
                    .and_then(|path| crate::io::recovery::DiskStamp::of_file(path).ok());
                self.replace_document(document, stamp);
                self.status = Some(t("ui-restored").to_owned());
            }
            if ui.button(t("ui-discard")).clicked() {
                keep = false;
                self.dialog = Some(Dialog::ConfirmDiscard(
                    Box::new(map.clone()),
                    origin.clone(),
                ));
            }
        });
        keep
    }

    fn confirm_discard_ui(&mut self, ui: &mut Ui, map: &Map, origin: &Option<PathBuf>) -> bool {
        ui.heading(t("ui-discard-title"));
        ui.label(tw(
            "ui-discard-body",
            &[("name", work_name(map, origin).into())],
        ));
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(t("ui-delete")).clicked() {
                keep = false;
                self.autosaver.clear();
                self.status = Some(t("ui-discarded").to_owned());
            }
            if ui.button(t("ui-back")).clicked() {
                keep = false;
                self.dialog = Some(Dialog::Recovery(Box::new(map.clone()), origin.clone()));
            }
        });
        keep
    }

    fn changed_on_disk_ui(&mut self, ui: &mut Ui, path: &Path, change: DiskChange) -> bool {
        ui.heading(t("ui-changed-title"));
        ui.label(match change {
            DiskChange::Missing => tw(
                "ui-changed-missing",
                &[("path", path.display().to_string().into())],
            ),
            _ => tw(
                "ui-changed-body",
                &[("path", path.display().to_string().into())],
            ),
        });
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(t("ui-overwrite")).clicked() {
                keep = false;
                self.save_unchecked(path.to_owned());
            }
            if ui.button(t("ui-save-as")).clicked() {
                keep = false;
                self.commands.push(crate::app::commands::UiCommand::SaveAs);
            }
            if ui.button(t("ui-cancel")).clicked() {
                keep = false;
            }
        });
        keep
    }

    fn type_path_ui(&mut self, ui: &mut Ui, field: &mut PathField) -> bool {
        ui.heading(field.purpose.question());
        ui.label(tw(
            "ui-no-dialog",
            &[("reason", no_dialog_reason(field.why).into())],
        ));
        let caption = ui.label(t("ui-file-path"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut field.text)
                    .hint_text(field.purpose.hint())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(caption.id);
        // The field takes the keyboard when it opens, as a dialog's name field would.
        if !field.focused {
            edit.request_focus();
            field.focused = true;
        }
        let entered = edit.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if let Some(error) = &field.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(t("ui-ok")).clicked() || entered {
                match field.resolve() {
                    Ok(path) => {
                        let replacing = field.purpose.writes()
                            && path.exists()
                            && field.error.as_deref() != Some(&replace_question(&path));
                        if replacing {
                            field.error = Some(replace_question(&path));
                            field.focused = false;
                        } else {
                            keep = false;
                            self.use_typed_path(field.purpose, path);
                        }
                    }
                    Err(problem) => {
                        field.error = Some(path_problem(&problem));
                        // Back to the field, to correct the path.
                        field.focused = false;
                    }
                }
            }
            if ui.button(t("ui-cancel")).clicked() {
                keep = false;
            }
        });
        keep
    }
}

/// How the recovery questions name the work: its file, else its title.
fn work_name(map: &Map, origin: &Option<PathBuf>) -> String {
    origin.as_ref().map_or_else(
        || format!("\"{}\"", map.meta.title),
        |path| path.display().to_string(),
    )
}

fn replace_question(path: &Path) -> String {
    tw(
        "ui-replace-question",
        &[("path", path.display().to_string().into())],
    )
}

fn message_ui(ui: &mut Ui, title: &str, message: &str) -> bool {
    ui.heading(title);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            ui.label(message);
        });
    !ui.button(t("ui-ok")).clicked()
}

/// The message about recovery copies that could not be loaded, if there are any: they stay
/// on disk, and the user is told where.
pub(super) fn unloadable_recoveries(copies: &[(PathBuf, String)]) -> Option<Dialog> {
    if copies.is_empty() {
        return None;
    }
    let listed: Vec<String> = copies
        .iter()
        .map(|(file, why)| format!("• {}: {why}", file.display()))
        .collect();
    Some(Dialog::Error(
        t("ui-unloadable-title").to_owned(),
        format!("{}\n\n{}", t("ui-unloadable-body"), listed.join("\n")),
    ))
}
