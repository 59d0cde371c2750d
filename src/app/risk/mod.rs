//! The risk panel under the canvas: the findings list, the heatmaps and the action plan as tabs,
//! filters that narrow all three, and the treatment of the chosen finding beside them. Every tab
//! reads the risk register of the [`View`]; none works it out.

mod action_plan;
mod filters;
mod findings;
mod heatmap;
mod treatment;

use crate::app::words::tw;
use egui::{RichText, Ui};

pub(super) use findings::subject_name;

use super::PendingEdit;
use super::canvas;
use super::state::{RiskTab, Selection, UiState};
use super::theme;
use super::view::View;
use crate::assessment::Risk;
use crate::rules::Subject;

/// The whole panel.
pub fn risk_panel_ui(
    ui: &mut Ui,
    view: &View<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let register = view.register();
    // Wrapped, so on a narrow window the filters go to a second line rather than pushing the
    // treatment editor out of the panel.
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
            ui.selectable_value(state.risk_tab_mut(), tab, RichText::new(label).strong());
        }
        ui.separator();
        filters::filters_ui(ui, view.map, state.filter_mut());
    });
    ui.separator();
    if state.risk_tab() != RiskTab::Heatmap {
        state.set_heatmap_cell(None);
    }
    state.set_highlight(None);
    // The treatment editor takes room only while a finding is chosen.
    if state.selected_finding().is_some() {
        egui::Panel::right("treatment")
            .resizable(true)
            .default_size(theme::TREATMENT_WIDTH)
            .show(ui, |ui| {
                // Bounded, so a long treatment scrolls instead of growing the panel.
                egui::ScrollArea::vertical()
                    .id_salt("treatment scroll")
                    .auto_shrink(false)
                    .max_height(ui.available_height())
                    .show(ui, |ui| treatment::treatment_ui(ui, view, state, edits));
            });
    }
    egui::CentralPanel::default().show(ui, |ui| match state.risk_tab() {
        RiskTab::Findings => findings::findings_ui(ui, view, state),
        RiskTab::Heatmap => {
            egui::ScrollArea::both()
                .id_salt("heatmap scroll")
                .auto_shrink(false)
                .max_height(ui.available_height())
                .show(ui, |ui| heatmap::heatmaps_ui(ui, view, state));
        }
        RiskTab::ActionPlan => action_plan::action_plan_ui(ui, view, state),
    });
}

/// Chooses `risk`'s finding: the treatment editor shows it and its flow or site is selected and
/// brought into view.
pub fn choose(risk: &Risk, view: &View<'_>, state: &mut UiState) {
    state.choose_finding(risk.finding.id.clone());
    let selection = match &risk.finding.subject {
        Subject::Flow(id) => Some(Selection::flow(id.clone())),
        Subject::Site(id) => Some(Selection::site(id.clone())),
        Subject::Map => None,
    };
    if let Some(selection) = selection {
        let at = canvas::selection_rect(view.scene(), &selection);
        state.select_and_reveal(selection, at);
    }
}

/// A finding as one selectable line ("rule · subject · title"); clicking chooses it.
fn finding_link_ui(ui: &mut Ui, risk: &Risk, view: &View<'_>, state: &mut UiState) {
    let text = format!(
        "{} · {} · {}",
        risk.finding.rule(),
        subject_name(view.map, &risk.finding.subject),
        risk.finding.title_in(crate::app::words::language())
    );
    let chosen = state.selected_finding() == Some(&risk.finding.id);
    if ui.selectable_label(chosen, text).clicked() {
        choose(risk, view, state);
    }
}
