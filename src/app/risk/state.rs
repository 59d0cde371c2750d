//! The risk panel's own state (its tab, the finding being treated, the heatmap cell chosen,
//! the filters) and choosing a finding, which every tab does.

use egui::Ui;

use crate::app::canvas;
use crate::app::frame::FrameContext;
use crate::app::state::{RiskTab, Selection};
use crate::app::words::{t, tw};
use crate::assessment::{Grid, Risk, RiskFilter, Score};
use crate::model::{FindingId, Map};
use crate::rules::Subject;
use crate::text::route;

/// What the risk panel shows and is narrowed to: never saved in the map.
#[derive(Debug, Default)]
pub struct RiskState {
    pub(super) tab: RiskTab,
    /// The finding being treated, by id.
    pub(super) selected_finding: Option<FindingId>,
    /// The heatmap cell chosen, if any.
    pub(super) heatmap_cell: Option<(Grid, Score)>,
    pub(super) filter: RiskFilter,
}

impl RiskState {
    /// The tab shown.
    pub fn tab(&self) -> RiskTab {
        self.tab
    }

    /// Shows `tab`.
    pub fn set_tab(&mut self, tab: RiskTab) {
        self.tab = tab;
    }

    /// The id of the finding being treated.
    pub fn selected_finding(&self) -> Option<&FindingId> {
        self.selected_finding.as_ref()
    }

    /// Chooses `risk`'s finding: the treatment editor shows it and its flow or site is
    /// selected and brought into view.
    pub(super) fn choose(&mut self, risk: &Risk, cx: &mut FrameContext<'_>) {
        self.selected_finding = Some(risk.finding.id.clone());
        let selection = match &risk.finding.subject {
            Subject::Flow(id) => Some(Selection::flow(id.clone())),
            Subject::Site(id) => Some(Selection::site(id.clone())),
            Subject::Map => None,
        };
        if let Some(selection) = selection {
            let at = canvas::selection_rect(cx.view.scene(), &selection);
            cx.select_and_reveal(selection, at);
        }
    }

    /// A finding as one selectable line ("rule · subject · title"); clicking chooses it.
    pub(super) fn finding_link_ui(&mut self, ui: &mut Ui, risk: &Risk, cx: &mut FrameContext<'_>) {
        let text = format!(
            "{} · {} · {}",
            risk.finding.rule(),
            subject_name(cx.view.map, &risk.finding.subject),
            risk.finding.title_in(crate::app::words::language())
        );
        let chosen = self.selected_finding.as_ref() == Some(&risk.finding.id);
        if ui.selectable_label(chosen, text).clicked() {
            self.choose(risk, cx);
        }
    }
}

/// What a finding is about, as a reader names it.
pub fn subject_name(map: &Map, subject: &Subject) -> String {
    match subject {
        Subject::Flow(id) => map.flow(id).map_or_else(
            || tw("ui-subject-flow", &[("name", id.as_str().into())]),
            |view| format!("{id}: {}", route(&view.source.name, &view.target.name)),
        ),
        Subject::Site(id) => map.site(id).map_or_else(
            || tw("ui-subject-site", &[("name", id.as_str().into())]),
            |site| tw("ui-subject-site", &[("name", site.name.as_str().into())]),
        ),
        Subject::Map => t("ui-subject-map").to_owned(),
    }
}
