//! The top of the window: the menu bar (read from the command table), the toolbar with the
//! workspace switch, undo and redo, the find box and the map's counts.

use egui::{RichText, Ui};

use super::BorderflowApp;
use super::dialogs::AfterPrompt;
use crate::app::commands::{Menu, Needs};
use crate::app::state::{Selection, Workspace};
use crate::app::{UiCommand, canvas};
use crate::model::Severity;

impl BorderflowApp {
    /// Whether `command` can run now, by the table's rule.
    pub(super) fn can_run(&self, command: UiCommand) -> bool {
        match command.needs() {
            Needs::Nothing => true,
            Needs::Selection => !self.ui.selection().is_empty(),
            Needs::Clipboard => !self.clipboard.is_empty(),
            Needs::Undo => self.document.undo_label().is_some(),
            Needs::Redo => self.document.redo_label().is_some(),
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.title(), |ui| {
                    if menu == Menu::File {
                        self.recent_menu_ui(ui);
                    }
                    for &command in UiCommand::ALL.iter().filter(|c| c.menu() == menu) {
                        let mut button = egui::Button::new(command.label());
                        if let Some(shortcut) = command.shortcut() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                        }
                        let enabled = self.can_run(command);
                        let tooltip = match command {
                            UiCommand::Undo => self.document.undo_label().map_or_else(
                                || command.tooltip().to_owned(),
                                |l| format!("Undo: {l}"),
                            ),
                            UiCommand::Redo => self.document.redo_label().map_or_else(
                                || command.tooltip().to_owned(),
                                |l| format!("Redo: {l}"),
                            ),
                            _ => command.tooltip().to_owned(),
                        };
                        if ui
                            .add_enabled(enabled, button)
                            .on_hover_text(tooltip)
                            .clicked()
                        {
                            self.commands.push(command);
                            ui.close();
                        }
                    }
                });
            }
        });
    }

    pub(super) fn recent_menu_ui(&mut self, ui: &mut Ui) {
        let recent = self.storage().recent();
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            ui.menu_button("Open recent", |ui| {
                for path in recent {
                    let label = path.display().to_string();
                    if ui.button(&label).clicked() {
                        self.guard_unsaved(AfterPrompt::Open(Some(path)));
                        ui.close();
                    }
                }
            });
        });
        ui.separator();
    }

    pub(super) fn toolbar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            for (workspace, label, tooltip) in [
                (
                    Workspace::Map,
                    "Map",
                    "The map, its findings, heatmap and action plan",
                ),
                (
                    Workspace::Dpia,
                    "DPIA",
                    "The DPIA form and sign-off (Ctrl+Shift+D switches)",
                ),
            ] {
                ui.selectable_value(
                    self.ui.workspace_mut(),
                    workspace,
                    RichText::new(label).strong(),
                )
                .on_hover_text(tooltip);
            }
            ui.separator();
            for command in [UiCommand::Undo, UiCommand::Redo, UiCommand::FitToMap] {
                let enabled = self.can_run(command);
                if ui
                    .add_enabled(enabled, egui::Button::new(command.label()))
                    .on_hover_text(command.tooltip())
                    .clicked()
                {
                    self.commands.push(command);
                }
            }
            ui.separator();
            self.find_ui(ui);
            ui.separator();
            let counts = self.derived.evaluation().count_by_severity();
            ui.label(format!(
                "{} sites · {} flows · {} findings ({} critical, {} high)",
                self.map().site_count(),
                self.map().flow_count(),
                self.derived.evaluation().findings.len(),
                counts.get(Severity::Critical),
                counts.get(Severity::High)
            ));
            ui.label(format!("Rules as of {}", self.today))
                .on_hover_text(self.rulebook.version());
        });
    }

    pub(super) fn find_ui(&mut self, ui: &mut Ui) {
        let edit = egui::TextEdit::singleline(self.ui.find_text_mut())
            .hint_text("Find site or flow")
            .desired_width(180.0);
        let response = ui
            .add(edit)
            .accessible_name("Find site or flow")
            .on_hover_text(UiCommand::Find.tooltip());
        if self.ui.take_find_focus() {
            response.request_focus();
        }
        let query = self.ui.find_text_mut().trim().to_lowercase();
        if query.is_empty() {
            return;
        }
        // Only the matches shown are collected; their place on the map is looked up for the
        // one chosen, not for every match on every frame.
        const SHOWN: usize = 12;
        let map = self.document.map();
        let sites = map
            .sites()
            .filter(|site| {
                site.name.to_lowercase().contains(&query) || site.id.as_str().contains(&query)
            })
            .map(|site| {
                (
                    format!("Site: {}", site.name),
                    Selection::site(site.id.clone()),
                )
            });
        let flows = map
            .flows()
            .filter(|view| {
                view.flow.id.as_str().to_lowercase().contains(&query)
                    || view.flow.purpose.to_lowercase().contains(&query)
            })
            .map(|view| {
                let label = format!(
                    "Flow: {} ({} → {})",
                    view.flow.id, view.source.name, view.target.name
                );
                (label, Selection::flow(view.flow.id.clone()))
            });
        let matches: Vec<(String, Selection)> = sites.chain(flows).take(SHOWN).collect();
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut chosen = entered
            .then(|| matches.first().map(|(_, selection)| selection.clone()))
            .flatten();
        egui::Popup::from_response(&response)
            .open(response.has_focus() || response.lost_focus())
            .show(|ui| {
                if matches.is_empty() {
                    ui.label("Nothing matches");
                }
                for (label, selection) in &matches {
                    if ui.selectable_label(false, label).clicked() {
                        chosen = Some(selection.clone());
                    }
                }
            });
        if let Some(selection) = chosen {
            let at = canvas::selection_rect(self.derived.scene(), &selection);
            self.ui.select_and_reveal(selection, at);
            self.ui.find_text_mut().clear();
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let saved = if self.document.is_dirty() {
                "Unsaved changes"
            } else {
                "All changes saved"
            };
            ui.label(saved);
            // Stays until an autosave succeeds: until then a crash would lose the changes.
            if let Some(failure) = self.autosave_failure() {
                ui.separator();
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("⚠ Unsaved work is not protected: autosave failed ({failure})"),
                );
            }
            if let Some(background) = &self.export {
                ui.separator();
                ui.spinner();
                ui.label(format!("Exporting {}…", background.path.display()));
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }
}
