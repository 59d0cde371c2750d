//! The top of the window: the menu bar (read from the command table), the toolbar with the
//! workspace switch, undo and redo, the find box and the map's counts.

use egui::{RichText, Ui};

use super::BorderflowApp;
use super::dialogs::AfterPrompt;
use crate::app::canvas;
use crate::app::commands::UiCommand;
use crate::app::commands::{Menu, Needs};
use crate::app::requests::Focus;
use crate::app::state::{Selection, Workspace};
use crate::model::Severity;

/// While a menu (or any popup) is open, a transparent layer over the window under it takes
/// the click that closes the menu, so that click never reaches the widget beneath (it once
/// ticked a data class of the flow under the menu). The popups are drawn above it.
pub(super) fn menu_shield(ctx: &egui::Context) {
    if !egui::Popup::is_any_open(ctx) {
        return;
    }
    let screen = ctx.content_rect();
    egui::Area::new(egui::Id::unique("menu shield"))
        .order(egui::Order::Middle)
        .fixed_pos(screen.min)
        .interactable(true)
        .show(ctx, |ui| {
            ui.allocate_response(screen.size(), egui::Sense::click_and_drag());
        });
}

/// Escape closes an open menu (or any popup) and does nothing else; `true` when it did.
pub(super) fn escape_closes_menus(ctx: &egui::Context) -> bool {
    if !egui::Popup::is_any_open(ctx) {
        return false;
    }
    let escaped =
        ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if escaped {
        egui::Popup::close_all(ctx);
    }
    escaped
}

impl BorderflowApp {
    /// Whether `command` can run now, by the table's rule.
    pub(super) fn can_run(&self, command: UiCommand) -> bool {
        match command.needs() {
            Needs::Nothing => true,
            Needs::Selection => !self.shared.selection().is_empty(),
            Needs::Clipboard => !self.clipboard.is_empty(),
            Needs::RuleFolder => self.rules_folder.is_some(),
            Needs::Undo => self.document.undo_label().is_some(),
            Needs::Redo => self.document.redo_label().is_some(),
            Needs::Sites => !self.shared.selection().sites.is_empty(),
            Needs::OneSite => {
                let selection = self.shared.selection();
                selection.sites.len() == 1 && selection.flows.is_empty()
            }
            Needs::OneFlow => {
                let selection = self.shared.selection();
                selection.flows.len() == 1 && selection.sites.is_empty()
            }
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        let language = self.shared.language();
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.title(language), |ui| {
                    if menu == Menu::File {
                        self.recent_menu_ui(ui);
                    }
                    for &command in UiCommand::ALL.iter().filter(|c| c.menu() == menu) {
                        let mut button = egui::Button::new(command.label(language));
                        if let Some(shortcut) = command.shortcut() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                        }
                        let enabled = self.can_run(command);
                        let tooltip = match command {
                            UiCommand::Undo | UiCommand::Redo => {
                                let step = if command == UiCommand::Undo {
                                    self.document.undo_label()
                                } else {
                                    self.document.redo_label()
                                };
                                step.map_or_else(
                                    || command.tooltip(language).to_owned(),
                                    |step| format!("{}: {step}", command.label(language)),
                                )
                            }
                            _ => command.tooltip(language).to_owned(),
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
                    if menu == Menu::View {
                        ui.separator();
                        self.language_menu_ui(ui);
                    }
                });
            }
        });
    }

    /// View › Language: the editor's language, each named in its own script.
    fn language_menu_ui(&mut self, ui: &mut Ui) {
        let current = self.shared.language();
        ui.menu_button(self.shared.t("ui-menu-language"), |ui| {
            for language in crate::i18n::EDITOR_LANGUAGES {
                if ui
                    .radio(language == current, language.label())
                    .on_hover_text(self.shared.t("ui-menu-language-tip"))
                    .clicked()
                {
                    self.set_language(language);
                    ui.close();
                }
            }
        });
    }

    pub(super) fn recent_menu_ui(&mut self, ui: &mut Ui) {
        let recent = self.storage().recent();
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            ui.menu_button(self.shared.t("ui-open-recent"), |ui| {
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
        let language = self.shared.language();
        ui.horizontal(|ui| {
            for (workspace, label, tooltip) in [
                (
                    Workspace::Map,
                    self.shared.t("ui-workspace-map"),
                    self.shared.t("ui-workspace-map-tip"),
                ),
                (
                    Workspace::Dpia,
                    self.shared.t("ui-workspace-dpia"),
                    self.shared.t("ui-workspace-dpia-tip"),
                ),
            ] {
                let mut shown = self.shared.workspace();
                ui.selectable_value(&mut shown, workspace, RichText::new(label).strong())
                    .on_hover_text(tooltip);
                self.shared.set_workspace(shown);
            }
            ui.separator();
            for command in [UiCommand::Undo, UiCommand::Redo, UiCommand::FitToMap] {
                let enabled = self.can_run(command);
                if ui
                    .add_enabled(enabled, egui::Button::new(command.label(language)))
                    .on_hover_text(command.tooltip(language))
                    .clicked()
                {
                    self.commands.push(command);
                }
            }
            ui.separator();
            canvas::filter_bar_ui(
                ui,
                self.document.map(),
                self.shared.selection(),
                &mut self.panels.canvas,
            );
            ui.separator();
            self.find_ui(ui);
            ui.separator();
            let counts = self.derived.evaluation().count_by_severity();
            ui.label(crate::i18n::text_with(
                language,
                "ui-counts",
                &[
                    ("sites", self.map().site_count().into()),
                    ("flows", self.map().flow_count().into()),
                    ("findings", self.derived.evaluation().findings.len().into()),
                    ("critical", counts.get(Severity::Critical).into()),
                    ("high", counts.get(Severity::High).into()),
                ],
            ));
            ui.label(crate::i18n::text_with(
                language,
                "ui-rules-as-of",
                &[("date", crate::i18n::date(language, self.today).into())],
            ))
            .on_hover_text(self.rules_summary());
            crate::app::clocks::needs_review_ui(ui, self.map(), self.derived.clocks());
        });
    }

    pub(super) fn find_ui(&mut self, ui: &mut Ui) {
        let hint = self.shared.t("ui-find-hint");
        let edit = egui::TextEdit::singleline(&mut self.find_text)
            .hint_text(hint)
            .desired_width(180.0);
        let response = ui
            .add(edit)
            .accessible_name(self.shared.t("ui-find-hint"))
            .on_hover_text(UiCommand::Find.tooltip(self.shared.language()));
        if self.requests.take_focus(Focus::FindBox) {
            response.request_focus();
        }
        let query = self.find_text.trim().to_lowercase();
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
                    format!("{}: {}", self.shared.t("ui-find-site"), site.name),
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
                    "{}: {} ({})",
                    self.shared.t("ui-find-flow"),
                    view.flow.id,
                    crate::text::route(&view.source.name, &view.target.name)
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
                    ui.label(self.shared.t("ui-find-nothing"));
                }
                for (label, selection) in &matches {
                    if ui.selectable_label(false, label).clicked() {
                        chosen = Some(selection.clone());
                    }
                }
            });
        if let Some(selection) = chosen {
            let at = canvas::selection_rect(self.derived.scene(), &selection);
            self.select_and_reveal(selection, at);
            self.find_text.clear();
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let saved = if self.document.is_dirty() {
                self.shared.t("ui-unsaved-changes")
            } else {
                self.shared.t("ui-all-saved")
            };
            ui.label(saved);
            // Stays until an autosave succeeds: until then a crash would lose the changes.
            if let Some(failure) = self.autosave_failure() {
                ui.separator();
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::i18n::text_with(
                        self.shared.language(),
                        "ui-autosave-failed",
                        &[("reason", failure.into())],
                    ),
                );
            }
            if let Some(background) = &self.export {
                ui.separator();
                ui.spinner();
                ui.label(crate::i18n::text_with(
                    self.shared.language(),
                    "ui-exporting",
                    &[("path", background.path.display().to_string().into())],
                ));
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }
}
