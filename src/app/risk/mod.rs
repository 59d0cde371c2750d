//! The risk panel under the canvas: the findings list, the heatmaps and the action plan as tabs,
//! filters that narrow all three, and the treatment of the chosen finding beside them. Every tab
//! reads the risk register of the [`View`]; none works it out.

mod action_plan;
mod filters;
mod findings;
mod heatmap;
mod order;
mod readable;
mod state;
mod treatment;

use egui::{RichText, Ui};

pub use state::RiskState;

use super::frame::FrameContext;
use super::state::RiskTab;
use super::theme;
use super::words::{t, tw};

impl RiskState {
    /// The whole panel.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut FrameContext<'_>) {
        let register = cx.view.register();
        // Wrapped, so on a narrow window the filters go to a second line rather than pushing
        // the treatment editor out of the panel.
        ui.horizontal_wrapped(|ui| {
            let open = register.risks.iter().filter(|risk| risk.is_open()).count();
            for (tab, label) in [
                (
                    RiskTab::Findings,
                    tw(
                        "ui-risk-tab-findings",
                        &[("count", register.risks.len().into())],
                    ),
                ),
                (RiskTab::Heatmap, tw("ui-risk-tab-heatmap", &[])),
                (
                    RiskTab::ActionPlan,
                    tw("ui-risk-tab-plan", &[("count", open.into())]),
                ),
            ] {
                ui.selectable_value(&mut self.tab, tab, RichText::new(label).strong());
            }
            // Words, not symbols: every font of the three languages draws them.
            let (mark, tip) = if self.maximised {
                (t("ui-risk-restore-short"), t("ui-risk-restore"))
            } else {
                (t("ui-risk-maximise-short"), t("ui-risk-maximise"))
            };
            if ui
                .selectable_label(self.maximised, mark)
                .on_hover_text(tip)
                .accessible_name(tip)
                .clicked()
            {
                self.maximised = !self.maximised;
            }
            ui.separator();
            filters::filters_ui(ui, cx.view.map, &mut self.filter);
        });
        ui.separator();
        if self.tab != RiskTab::Heatmap {
            self.heatmap_cell = None;
        }
        cx.shared.set_highlight(None);
        // The treatment editor takes room only while a finding is chosen.
        if self.selected_finding.is_some() {
            egui::Panel::right("treatment")
                .resizable(true)
                .default_size(theme::TREATMENT_WIDTH.min(ui.available_width() * 0.5))
                // The list keeps at least half the panel.
                .max_size(ui.available_width() * 0.5)
                .show(ui, |ui| {
                    // Bounded, so a long treatment scrolls instead of growing the panel.
                    egui::ScrollArea::vertical()
                        .id_salt("treatment scroll")
                        .auto_shrink(false)
                        .max_height(ui.available_height())
                        .show(ui, |ui| treatment::treatment_ui(ui, cx, self));
                });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.tab {
            RiskTab::Findings => findings::findings_ui(ui, cx, self),
            RiskTab::Heatmap => {
                egui::ScrollArea::both()
                    .id_salt("heatmap scroll")
                    .auto_shrink(false)
                    .max_height(ui.available_height())
                    .show(ui, |ui| heatmap::heatmaps_ui(ui, cx, self));
            }
            RiskTab::ActionPlan => action_plan::action_plan_ui(ui, cx, self),
        });
    }
}
