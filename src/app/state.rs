//! Interaction state: what is selected, the camera, the drag in progress, which panels are open
//! and what the risk panel is narrowed to. None of it is ever saved in the map.
//!
//! Panels change it through named methods (`select_only`, `reveal`, `choose_finding`), so a
//! reader can find every place that moves the camera or changes the selection.

use std::collections::BTreeSet;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use super::commands::UiCommand;
use super::prompt::Prompt;
use crate::assessment::{Grid, RiskFilter, Score};
use crate::model::{FindingId, FlowId, Jurisdiction, Language, Map, SiteId};

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

/// A drag in progress on the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Drag {
    /// Nothing is being dragged.
    #[default]
    None,
    /// Selected sites being moved by `delta_in_map`.
    Move {
        /// The sites.
        sites: Vec<SiteId>,
        /// The site whose card is held: it snaps to the other cards.
        anchor: SiteId,
        /// How far the pointer has moved them.
        delta_in_map: Vec2,
    },
    /// A new flow being drawn from a site to the pointer.
    Connect {
        /// The source site.
        from: SiteId,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
    /// A selection rectangle.
    Band {
        /// Where it started.
        start_in_map: Pos2,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
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

/// The part of the map in view, and the requests to move it.
#[derive(Debug)]
struct Camera {
    /// The part of the map in view, in map coordinates.
    scene_rect: Rect,
    /// The view was set as it is on purpose (not fitted or followed): the next frame shows it
    /// unchanged, whatever the UI zoom did.
    placed: bool,
    /// Fit the whole map in view on the next frame.
    fit_requested: bool,
    /// Bring this part of the map into view on the next frame.
    reveal: Option<Rect>,
    /// The canvas transform of the last frame: map units to screen points.
    screen_from_map: Option<TSTransform>,
}

/// What the risk panel shows and is narrowed to.
#[derive(Debug, Default)]
struct RiskState {
    tab: RiskTab,
    /// The finding being treated, by id.
    selected_finding: Option<FindingId>,
    /// The heatmap cell chosen, if any.
    heatmap_cell: Option<(Grid, Score)>,
    filter: RiskFilter,
    /// Flows and sites to stand out on the canvas (the chosen heatmap cell's); the rest fade.
    highlight: Option<Selection>,
}

/// Interaction state: never saved in the map.
#[derive(Debug)]
pub struct UiState {
    selection: Selection,
    camera: Camera,
    drag: Drag,
    workspace: Workspace,
    findings_open: bool,
    risk: RiskState,
    /// The text of the find box.
    find_text: String,
    /// Put the keyboard in the find box on the next frame.
    focus_find: bool,
    /// Put the keyboard in the selected site's name on the next frame.
    focus_name: bool,
    /// The language the editor speaks (View › Language).
    language: Language,
    /// Presentation mode: side panels hidden, text enlarged.
    presenting: Option<Presentation>,
    /// What the canvas is narrowed to.
    canvas_filter: Option<CanvasFilter>,
    /// How many sites and flows the narrowed canvas showed in its last frame.
    shown_counts: Option<(usize, usize)>,
    /// The overview minimap is wanted (View › Minimap); it still hides on small maps.
    minimap: bool,
    /// The keyboard sketch: the open type-ahead prompt and the palette's search.
    sketch: Sketch,
}

/// The keyboard sketch's state.
#[derive(Debug, Default)]
struct Sketch {
    /// The type-ahead prompt open over the canvas, if any.
    prompt: Option<Prompt>,
    /// The text of the palette's search field.
    palette_query: String,
    /// Put the keyboard in the selected flow's sensitive-people question on the next frame.
    focus_sensitive: bool,
    /// Commands chosen in the command palette, for the editor to run.
    requested: Vec<UiCommand>,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            selection: Selection::default(),
            camera: Camera {
                scene_rect: Rect::ZERO,
                placed: false,
                fit_requested: true,
                reveal: None,
                screen_from_map: None,
            },
            drag: Drag::None,
            workspace: Workspace::Map,
            findings_open: true,
            risk: RiskState::default(),
            find_text: String::new(),
            focus_find: false,
            focus_name: false,
            language: Language::English,
            sketch: Sketch::default(),
            presenting: None,
            canvas_filter: None,
            shown_counts: None,
            minimap: true,
        }
    }
}

/// Language.
impl UiState {
    /// The language the editor speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Speaks `language` from the next frame on.
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
impl UiState {
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

    /// Selects `selection` and brings `rect_in_map` (where it is) into view, showing the map.
    pub fn select_and_reveal(&mut self, selection: Selection, rect_in_map: Option<Rect>) {
        self.selection = selection;
        self.workspace = Workspace::Map;
        if let Some(rect) = rect_in_map {
            self.reveal(rect);
        }
    }
}

/// The camera.
impl UiState {
    /// The part of the map in view, in map coordinates.
    pub fn scene_rect(&self) -> Rect {
        self.camera.scene_rect
    }

    /// Shows `rect_in_map` as it is, with no fitting.
    pub fn look_at(&mut self, rect_in_map: Rect) {
        self.camera.scene_rect = rect_in_map;
        self.camera.fit_requested = false;
        self.camera.placed = true;
    }

    /// Whether the view was set on purpose since the last frame, clearing the mark.
    pub fn take_placed(&mut self) -> bool {
        std::mem::take(&mut self.camera.placed)
    }

    /// Records where the camera ended this frame (panning and zooming move it).
    pub fn camera_moved(&mut self, scene_rect: Rect, screen_from_map: Option<TSTransform>) {
        self.camera.scene_rect = scene_rect;
        self.camera.screen_from_map = screen_from_map;
    }

    /// Fits the whole map in view on the next frame.
    pub fn request_fit(&mut self) {
        self.camera.fit_requested = true;
    }

    /// Whether a fit is asked for and not yet made.
    pub fn fit_pending(&self) -> bool {
        self.camera.fit_requested
    }

    /// Whether a fit was asked for, clearing the request.
    pub fn take_fit_request(&mut self) -> bool {
        std::mem::take(&mut self.camera.fit_requested)
    }

    /// Brings `rect_in_map` into view on the next frame.
    pub fn reveal(&mut self, rect_in_map: Rect) {
        self.camera.reveal = Some(rect_in_map);
    }

    /// The part of the map to bring into view, clearing the request.
    pub fn take_reveal(&mut self) -> Option<Rect> {
        self.camera.reveal.take()
    }

    /// The canvas transform of the last frame: map units to screen points.
    pub fn screen_from_map(&self) -> Option<TSTransform> {
        self.camera.screen_from_map
    }
}

/// The drag in progress.
impl UiState {
    /// The drag in progress.
    pub fn drag(&self) -> &Drag {
        &self.drag
    }

    /// The drag in progress, to update as the pointer moves.
    pub fn drag_mut(&mut self) -> &mut Drag {
        &mut self.drag
    }

    /// Starts a drag.
    pub fn start_drag(&mut self, drag: Drag) {
        self.drag = drag;
    }

    /// Ends the drag, giving back what it was.
    pub fn end_drag(&mut self) -> Drag {
        std::mem::take(&mut self.drag)
    }
}

/// Panels and focus.
impl UiState {
    /// Which workspace fills the window.
    pub fn workspace(&self) -> Workspace {
        self.workspace
    }

    /// The workspace, for a tab strip that switches it.
    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
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

    /// Shows the map with the risk panel open on `tab`.
    pub fn show_risk_tab(&mut self, tab: RiskTab) {
        self.workspace = Workspace::Map;
        self.findings_open = true;
        self.risk.tab = tab;
    }

    /// The risk panel's tab.
    pub fn risk_tab(&self) -> RiskTab {
        self.risk.tab
    }

    /// The risk panel's tab, for its tab strip.
    pub fn risk_tab_mut(&mut self) -> &mut RiskTab {
        &mut self.risk.tab
    }

    /// The find box's text.
    pub fn find_text_mut(&mut self) -> &mut String {
        &mut self.find_text
    }

    /// Puts the keyboard in the find box on the next frame.
    pub fn focus_find(&mut self) {
        self.focus_find = true;
    }

    /// Whether the find box should take the keyboard now, clearing the request.
    pub fn take_find_focus(&mut self) -> bool {
        std::mem::take(&mut self.focus_find)
    }

    /// Puts the keyboard in the selected site's name on the next frame (a site just added).
    pub fn focus_name(&mut self) {
        self.focus_name = true;
    }

    /// Whether the name field should take the keyboard now, clearing the request.
    pub fn take_name_focus(&mut self) -> bool {
        std::mem::take(&mut self.focus_name)
    }
}

/// The risk panel's choices.
impl UiState {
    /// The id of the finding being treated.
    pub fn selected_finding(&self) -> Option<&FindingId> {
        self.risk.selected_finding.as_ref()
    }

    /// Chooses a finding to treat.
    pub fn choose_finding(&mut self, id: FindingId) {
        self.risk.selected_finding = Some(id);
    }

    /// Closes the treatment editor.
    pub fn clear_finding(&mut self) {
        self.risk.selected_finding = None;
    }

    /// The chosen heatmap cell.
    pub fn heatmap_cell(&self) -> Option<(Grid, Score)> {
        self.risk.heatmap_cell
    }

    /// Chooses a heatmap cell, or none.
    pub fn set_heatmap_cell(&mut self, cell: Option<(Grid, Score)>) {
        self.risk.heatmap_cell = cell;
    }

    /// What narrows the heatmap and the lists.
    pub fn filter(&self) -> &RiskFilter {
        &self.risk.filter
    }

    /// The filter, for the filter drop-downs.
    pub fn filter_mut(&mut self) -> &mut RiskFilter {
        &mut self.risk.filter
    }

    /// Flows and sites that stand out on the canvas (the chosen heatmap cell's).
    pub fn highlight(&self) -> Option<&Selection> {
        self.risk.highlight.as_ref()
    }

    /// Makes these flows and sites stand out on the canvas, or none.
    pub fn set_highlight(&mut self, highlight: Option<Selection>) {
        self.risk.highlight = highlight;
    }
}

/// Presentation mode and the canvas's own views (filter, minimap).
impl UiState {
    /// Presentation mode, while it is on.
    pub fn presenting(&self) -> Option<&Presentation> {
        self.presenting.as_ref()
    }

    /// Starts presentation mode, remembering what to put back; `None` ends it, giving back
    /// what it had remembered.
    pub fn set_presenting(&mut self, presentation: Option<Presentation>) -> Option<Presentation> {
        std::mem::replace(&mut self.presenting, presentation)
    }

    /// What the canvas is narrowed to.
    pub fn canvas_filter(&self) -> Option<&CanvasFilter> {
        self.canvas_filter.as_ref()
    }

    /// Narrows the canvas, or shows the whole map again with `None`; the view fits what is
    /// shown.
    pub fn set_canvas_filter(&mut self, filter: Option<CanvasFilter>) {
        if self.canvas_filter != filter {
            self.canvas_filter = filter;
            self.camera.fit_requested = true;
        }
    }

    /// How many sites and flows the narrowed canvas showed in its last frame.
    pub fn shown_counts(&self) -> Option<(usize, usize)> {
        self.shown_counts
    }

    /// Records how many sites and flows the narrowed canvas shows, or `None` for the whole map.
    pub fn set_shown_counts(&mut self, counts: Option<(usize, usize)>) {
        self.shown_counts = counts;
    }

    /// Whether the minimap is wanted.
    pub fn minimap_wanted(&self) -> bool {
        self.minimap
    }

    /// Shows or hides the minimap.
    pub fn toggle_minimap(&mut self) {
        self.minimap = !self.minimap;
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

/// Keyboard sketching.
impl UiState {
    /// The type-ahead prompt open over the canvas, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.sketch.prompt.as_ref()
    }

    /// The open prompt, to type into.
    pub fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        self.sketch.prompt.as_mut()
    }

    /// Opens `prompt` over the canvas (closing any other), with the map in view.
    pub fn open_prompt(&mut self, prompt: Prompt) {
        self.workspace = Workspace::Map;
        self.sketch.prompt = Some(prompt);
    }

    /// Closes the prompt.
    pub fn close_prompt(&mut self) {
        self.sketch.prompt = None;
    }

    /// Puts the keyboard in the selected flow's question of how many people's sensitive data
    /// crosses, on the next frame (a sensitive class was just ticked from the keyboard).
    pub fn focus_sensitive_count(&mut self) {
        self.sketch.focus_sensitive = true;
    }

    /// Whether that question should take the keyboard now, clearing the request.
    pub fn take_sensitive_focus(&mut self) -> bool {
        std::mem::take(&mut self.sketch.focus_sensitive)
    }

    /// Asks the editor to run `command` (chosen in the command palette) at the end of the frame.
    pub fn request_command(&mut self, command: UiCommand) {
        self.sketch.requested.push(command);
    }

    /// The commands asked for since the last call.
    pub fn take_requested_commands(&mut self) -> Vec<UiCommand> {
        std::mem::take(&mut self.sketch.requested)
    }

    /// The palette's search text, for its field.
    pub fn palette_query_mut(&mut self) -> &mut String {
        &mut self.sketch.palette_query
    }
}
