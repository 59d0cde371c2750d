//! The interaction state every panel shares: what is selected, which workspace fills the
//! window, whether the risk panel is open, what stands out on the canvas, presentation mode and
//! the editor's language. None of it is ever saved in the map.
//!
//! What only one panel needs lives with that panel (`canvas::CanvasState`, `risk::RiskState`,
//! the prompt in `sketch`, the palette's search); a panel asks another for something through
//! the frame's [`Requests`](super::requests::Requests).

use std::collections::BTreeSet;

use egui::Rect;

use crate::model::{FlowId, Jurisdiction, Language, Map, SiteId};

/// What is selected on the canvas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected sites.
    pub sites: BTreeSet<SiteId>,
    /// Selected flows.
    pub flows: BTreeSet<FlowId>,
}

impl Selection {
    /// Nothing selected.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty() && self.flows.is_empty()
    }

    /// Only this site.
    pub fn site(id: SiteId) -> Self {
        Self {
            sites: [id].into(),
            flows: BTreeSet::new(),
        }
    }

    /// Only this flow.
    pub fn flow(id: FlowId) -> Self {
        Self {
            sites: BTreeSet::new(),
            flows: [id].into(),
        }
    }
}

/// What fills the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Workspace {
    /// The canvas with the palette, inspector and risk panel.
    #[default]
    Map,
    /// The DPIA form and sign-off.
    Dpia,
}

/// The tabs of the risk panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RiskTab {
    /// Every finding, one row each.
    #[default]
    Findings,
    /// Initial and residual heatmaps.
    Heatmap,
    /// The open treatments by owner and due date.
    ActionPlan,
}

/// What the canvas is narrowed to; the rest of the map is not drawn until the filter is
/// cleared. Each keeps the sites at both ends of the flows it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CanvasFilter {
    /// The sites in a jurisdiction, the flows with an end there and the sites at their other
    /// ends (as the risk panel's jurisdiction filter counts flows).
    Jurisdiction(Jurisdiction),
    /// A site, the flows that touch it and the sites at their other ends.
    Neighbours(SiteId),
    /// The flows and sites of a heatmap cell's findings, as they were when it was chosen.
    Cell {
        /// The cell's name, to say what the canvas shows.
        name: String,
        /// Its flows and sites.
        members: Selection,
    },
}

/// What presentation mode changed, to put back when it ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Presentation {
    /// The UI zoom before it was enlarged.
    pub zoom_factor_before: f32,
    /// The part of the map in view before.
    pub scene_rect_before: Rect,
}

/// The interaction state the panels share: never saved in the map.
#[derive(Debug)]
pub struct SharedState {
    selection: Selection,
    workspace: Workspace,
    findings_open: bool,
    /// Flows and sites to stand out on the canvas (the chosen heatmap cell's); the rest fade.
    highlight: Option<Selection>,
    /// Presentation mode: side panels hidden, text enlarged.
    presenting: Option<Presentation>,
    /// The language the editor speaks (View › Language); each frame speaks it
    /// (`words::speak`).
    language: Language,
}

impl Default for SharedState {
    fn default() -> Self {
        Self {
            selection: Selection::default(),
            workspace: Workspace::Map,
            findings_open: true,
            highlight: None,
            presenting: None,
            language: Language::English,
        }
    }
}

/// Language.
impl SharedState {
    /// The language the editor speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Speaks `language` from now on.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        super::words::speak(language);
    }

    /// The editor's phrase `key` in its language.
    pub fn t(&self, key: &str) -> &'static str {
        crate::i18n::word(self.language, key)
    }
}

/// Selection.
impl SharedState {
    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Selects exactly `selection`.
    pub fn select_only(&mut self, selection: Selection) {
        self.selection = selection;
    }

    /// Selects nothing.
    pub fn clear_selection(&mut self) {
        self.selection = Selection::default();
    }

    /// Adds the site to the selection, or takes it out (Shift-click).
    pub fn toggle_site(&mut self, id: SiteId) {
        toggle(&mut self.selection.sites, id);
    }

    /// Adds the flow to the selection, or takes it out (Shift-click).
    pub fn toggle_flow(&mut self, id: FlowId) {
        toggle(&mut self.selection.flows, id);
    }

    /// Adds sites to the selection.
    pub fn add_sites(&mut self, ids: impl IntoIterator<Item = SiteId>) {
        self.selection.sites.extend(ids);
    }

    /// Drops from the selection what no longer exists in `map`.
    pub fn forget_missing(&mut self, map: &Map) {
        self.selection.sites.retain(|id| map.site(id).is_some());
        self.selection.flows.retain(|id| map.flow(id).is_some());
    }
}

/// Workspaces and panels.
impl SharedState {
    /// Which workspace fills the window.
    pub fn workspace(&self) -> Workspace {
        self.workspace
    }

    /// Fills the window with `workspace`.
    pub fn set_workspace(&mut self, workspace: Workspace) {
        self.workspace = workspace;
    }

    /// Switches between the map and the DPIA workspace.
    pub fn toggle_workspace(&mut self) {
        self.workspace = match self.workspace {
            Workspace::Map => Workspace::Dpia,
            Workspace::Dpia => Workspace::Map,
        };
    }

    /// The risk panel is open.
    pub fn findings_open(&self) -> bool {
        self.findings_open
    }

    /// Opens or closes the risk panel.
    pub fn toggle_findings(&mut self) {
        self.findings_open = !self.findings_open;
    }

    /// Shows the map with the risk panel open.
    pub fn show_findings(&mut self) {
        self.workspace = Workspace::Map;
        self.findings_open = true;
    }

    /// Flows and sites that stand out on the canvas (the chosen heatmap cell's).
    pub fn highlight(&self) -> Option<&Selection> {
        self.highlight.as_ref()
    }

    /// Makes these flows and sites stand out on the canvas, or none.
    pub fn set_highlight(&mut self, highlight: Option<Selection>) {
        self.highlight = highlight;
    }

    /// Presentation mode, while it is on.
    pub fn presenting(&self) -> Option<&Presentation> {
        self.presenting.as_ref()
    }

    /// Starts presentation mode, remembering what to put back; `None` ends it, giving back
    /// what it had remembered.
    pub fn set_presenting(&mut self, presentation: Option<Presentation>) -> Option<Presentation> {
        std::mem::replace(&mut self.presenting, presentation)
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}
