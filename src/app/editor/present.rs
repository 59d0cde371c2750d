//! Presentation mode (F11, View › Present): the map fills the window, the side panels and the
//! menus give way to one bar with the map's title and its findings count, and the whole UI is
//! zoomed so the room can read it. Esc or F11 gives back the zoom and the view as they were.

use egui::{Context, RichText, Ui};

use super::BorderflowApp;
use crate::app::commands::UiCommand;
use crate::app::state::{Presentation, Workspace};
use crate::app::theme;
use crate::model::Severity;

impl BorderflowApp {
    /// Starts presentation mode, or ends it and puts back the zoom and the view.
    pub(super) fn toggle_presentation(&mut self, ctx: &Context) {
        if let Some(before) = self.shared.set_presenting(None) {
            ctx.set_zoom_factor(before.zoom_factor_before);
            self.panels.canvas.look_at(before.scene_rect_before);
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            return;
        }
        let zoom_factor_before = ctx.zoom_factor();
        self.shared.set_presenting(Some(Presentation {
            zoom_factor_before,
            scene_rect_before: self.panels.canvas.scene_rect(),
        }));
        self.shared.set_workspace(Workspace::Map);
        ctx.set_zoom_factor(zoom_factor_before * theme::PRESENT_ZOOM);
        self.panels.canvas.request_fit();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// The bar presentation mode keeps: the map's title, the findings count by severity, and
    /// the way out.
    pub(super) fn presentation_bar_ui(&mut self, ui: &mut Ui) {
        let language = self.shared.language();
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.map().meta.title.trim()).strong());
            ui.separator();
            let evaluation = self.derived.evaluation();
            let counts = evaluation.count_by_severity();
            ui.label(crate::i18n::text_with(
                language,
                "ui-counts",
                &[
                    ("sites", self.map().site_count().into()),
                    ("flows", self.map().flow_count().into()),
                    ("findings", evaluation.findings.len().into()),
                    ("critical", counts.get(Severity::Critical).into()),
                    ("high", counts.get(Severity::High).into()),
                ],
            ));
            ui.separator();
            crate::app::canvas::filter_bar_ui(
                ui,
                self.document.map(),
                self.shared.selection(),
                &mut self.panels.canvas,
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(self.shared.t("ui-present-leave"))
                    .on_hover_text(UiCommand::Present.tooltip(language))
                    .clicked()
                {
                    self.commands.push(UiCommand::Present);
                }
            });
        });
    }
}
