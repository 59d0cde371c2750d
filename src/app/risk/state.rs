//! The risk panel's own state (its tab, the finding being treated, the heatmap cell chosen,
//! the filters) and choosing a finding, which every tab does.

use egui::Ui;

use crate::app::canvas;
use crate::app::frame::FrameContext;
use crate::app::state::{RiskTab, Selection};
use crate::assessment::{Grid, Risk, RiskFilter, Score};
use crate::model::FindingId;

pub use super::readable::subject_name;
use crate::rules::Subject;

/// What the risk panel shows and is narrowed to: never saved in the map.
#[derive(Debug, Default)]
pub struct RiskState {
    pub(super) tab: RiskTab,
    /// The finding being treated, by id.
    pub(super) selected_finding: Option<FindingId>,
    /// The heatmap cell chosen, if any.
    pub(super) heatmap_cell: Option<(Grid, Score)>,
    pub(super) filter: RiskFilter,
    /// How the findings list is sorted.
    pub(super) order: super::order::Order,
    /// Whether the panel fills the window.
    pub(super) maximised: bool,
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

    /// Forgets what belonged to the document closed: its filters, the finding treated, the
    /// heatmap cell chosen (the tab, the order and the size stay, as the reader's choice).
    pub fn forget_document(&mut self) {
        self.selected_finding = None;
        self.heatmap_cell = None;
        self.filter = RiskFilter::default();
    }

    /// Whether the panel fills the window.
    pub fn is_maximised(&self) -> bool {
        self.maximised
    }

    /// Fills the window with the panel, or gives the map its room back.
    pub fn toggle_maximised(&mut self) {
        self.maximised = !self.maximised;
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

    /// A finding as one selectable line ("rule · title · subject"); clicking chooses it.
    pub(super) fn finding_link_ui(&mut self, ui: &mut Ui, risk: &Risk, cx: &mut FrameContext<'_>) {
        // What must be fixed first, then where.
        let text = format!(
            "{} · {} · {}",
            risk.finding.rule(),
            risk.finding.title_in(crate::app::words::language()),
            subject_name(cx.view.map, &risk.finding.subject)
        );
        let chosen = self.selected_finding.as_ref() == Some(&risk.finding.id);
        if ui.selectable_label(chosen, text).clicked() {
            self.choose(risk, cx);
        }
    }
}
