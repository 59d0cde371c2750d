//! The editor: an eframe app where a consultant draws sites and flows, tags them, and watches
//! the findings change.
//!
//! Panels read the map and push [`PendingEdit`]s and [`UiCommand`]s into queues drained once per
//! frame; the document applies edits as undoable steps and the rulebook is re-evaluated on the
//! same frame. Selection, camera and other interaction state live in [`UiState`], never in the
//! map.

mod canvas;
mod commands;
mod document;
mod edit;
mod files;
mod findings;
mod inspector;
mod palette;
mod risk_panel;
mod theme;
mod treatment;
mod workspace;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use egui::{Context, RichText, Ui};

pub use commands::UiCommand;
pub use document::Document;
pub use edit::Edit;
pub use files::Storage;
pub use palette::{PRESETS, Preset};
pub use risk_panel::RiskTab;

pub use workspace::sign;

use crate::io;
use crate::model::{Date, Flow, FlowId, Map, Safeguard, Site, SiteId};
use crate::risk::{Grid, RiskFilter, Score};
use crate::rules::{Evaluation, Rulebook};
use crate::scene::{self, Scene};

/// The sample a first-time user sees: the DingTalk scenario.
const FIRST_RUN_SAMPLE: &str = include_str!("../../samples/lotus-trading-dingtalk.ron");

/// How the editor starts.
#[derive(Clone, Debug)]
pub struct Startup {
    /// A map or inventory to open; `None` opens the most recent file, else the sample.
    pub open: Option<PathBuf>,
    /// Where recent files and recovery copies live.
    pub storage: Storage,
    /// Today, for the rules in force.
    pub today: Date,
}

/// An edit requested by a panel, applied at the end of the frame.
#[derive(Clone, Debug)]
pub struct PendingEdit {
    /// What the undo menu calls it.
    pub label: String,
    /// The change.
    pub edit: Edit,
    /// Edits with the same key in a row merge into one undo step.
    pub merge_key: Option<String>,
}

impl PendingEdit {
    /// An edit that is its own undo step.
    pub fn new(label: impl Into<String>, edit: Edit) -> Self {
        Self {
            label: label.into(),
            edit,
            merge_key: None,
        }
    }

    /// An edit that merges with the previous one of the same key (typing, dragging).
    pub fn merging(label: impl Into<String>, edit: Edit, key: String) -> Self {
        Self {
            label: label.into(),
            edit,
            merge_key: Some(key),
        }
    }
}

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

    /// Drops what no longer exists in `map`.
    fn retain_existing(&mut self, map: &Map) {
        self.sites.retain(|id| map.site(id).is_some());
        self.flows.retain(|id| map.flow(id).is_some());
    }
}

/// Interaction state: never saved in the map.
#[derive(Debug)]
pub struct UiState {
    /// What is selected.
    pub selection: Selection,
    /// The part of the map in view, in map coordinates (the camera).
    pub scene_rect: egui::Rect,
    /// Fit the whole map in view on the next frame.
    pub fit_requested: bool,
    /// Centre this flow or site in view on the next frame.
    pub reveal: Option<egui::Rect>,
    /// The findings panel is open.
    pub show_findings: bool,
    /// The text of the find box.
    pub find_text: String,
    /// Put the keyboard in the find box on the next frame.
    pub focus_find: bool,
    /// Put the keyboard in the selected site's name on the next frame.
    pub focus_name: bool,
    /// The drag in progress on the canvas.
    pub drag: canvas::Drag,
    /// The canvas transform of the last frame: map units to screen points.
    pub screen_from_map: Option<egui::emath::TSTransform>,
    /// Which workspace fills the window.
    pub workspace: Workspace,
    /// The tab of the risk panel.
    pub risk_tab: RiskTab,
    /// The finding being treated, by id.
    pub selected_finding: Option<String>,
    /// The heatmap cell chosen, if any.
    pub heatmap_cell: Option<(Grid, Score)>,
    /// What narrows the heatmap and the lists.
    pub risk_filter: RiskFilter,
    /// Flows and sites to stand out on the canvas (the chosen heatmap cell's); the rest fade.
    pub highlight: Option<Selection>,
    /// The safeguards that close the treated finding, for a document revision and finding id.
    pub fixes: Option<(u64, String, Vec<Safeguard>)>,
    /// The DPIA workspace's drafts and fingerprint, for a document revision.
    pub drafts: Option<workspace::Drafts>,
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

impl Default for UiState {
    fn default() -> Self {
        Self {
            selection: Selection::default(),
            scene_rect: egui::Rect::ZERO,
            fit_requested: true,
            reveal: None,
            show_findings: true,
            find_text: String::new(),
            focus_find: false,
            focus_name: false,
            drag: canvas::Drag::None,
            screen_from_map: None,
            workspace: Workspace::Map,
            risk_tab: RiskTab::Findings,
            selected_finding: None,
            heatmap_cell: None,
            risk_filter: RiskFilter::default(),
            highlight: None,
            fixes: None,
            drafts: None,
        }
    }
}

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug)]
enum AfterPrompt {
    New,
    Open(Option<PathBuf>),
    Quit,
}

/// A modal question or message.
#[derive(Debug)]
enum Dialog {
    /// Unsaved changes would be lost.
    UnsavedChanges(AfterPrompt),
    /// A previous session left unsaved work.
    Recovery(Box<Map>, Option<PathBuf>),
    /// Something went wrong; the message names the file and the problem.
    Error(String, String),
}

/// Sites and flows copied for pasting. On the system clipboard it is RON text, so a copy can
/// be pasted into another borderflow window.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
struct Clipboard {
    format: String,
    sites: Vec<Site>,
    flows: Vec<Flow>,
}

/// The `format` of clipboard text that borderflow pastes.
const CLIPBOARD_FORMAT: &str = "borderflow-clipboard";

impl Clipboard {
    fn is_empty(&self) -> bool {
        self.sites.is_empty() && self.flows.is_empty()
    }

    fn to_text(&self) -> Option<String> {
        ron::ser::to_string(self).ok()
    }

    /// Clipboard text copied by borderflow, or `None` for any other text.
    fn from_text(text: &str) -> Option<Self> {
        if text.len() > 16 * 1024 * 1024 {
            return None;
        }
        let clipboard: Self = ron::Options::default()
            .with_recursion_limit(64)
            .from_str(text)
            .ok()?;
        (clipboard.format == CLIPBOARD_FORMAT).then_some(clipboard)
    }
}

/// The map's findings and diagram, rebuilt when the document changes.
struct Derived {
    revision: u64,
    evaluation: Evaluation,
    scene: Scene,
}

/// The borderflow editor.
pub struct BorderflowApp {
    document: Document,
    rulebook: Rulebook,
    today: Date,
    derived: Derived,
    ui: UiState,
    storage: Storage,
    commands: Vec<UiCommand>,
    edits: Vec<PendingEdit>,
    dialog: Option<Dialog>,
    clipboard: Clipboard,
    status: Option<String>,
    last_autosave: f64,
    autosaved_revision: u64,
    title: String,
    allowed_to_close: bool,
    /// An export running in the background: where to, and where its result arrives.
    export: Option<(PathBuf, std::sync::mpsc::Receiver<Result<(), String>>)>,
}

fn derive(document: &Document, rulebook: &Rulebook, today: Date) -> Derived {
    let evaluation = rulebook.evaluate(document.map(), today);
    let scene = scene::build(document.map(), Some(&evaluation));
    Derived {
        revision: document.revision(),
        evaluation,
        scene,
    }
}

impl BorderflowApp {
    /// Starts the editor as `startup` says. Problems (a broken file, a broken rule pack) are
    /// shown in the window, never a crash.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        cc.egui_ctx.set_theme(egui::Theme::Light);
        Self::start(startup)
    }

    /// Starts the editor without a window (for tests and benchmarks).
    pub fn start(startup: Startup) -> Self {
        let Startup {
            open,
            storage,
            today,
        } = startup;
        let mut problems = Vec::new();
        let rulebook = Rulebook::builtin().unwrap_or_else(|error| {
            problems.push((
                "The built-in rules could not be loaded".to_owned(),
                error.to_string(),
            ));
            // An empty rulebook still lets the user draw and save.
            Rulebook::empty()
        });
        let sample = || {
            let map = io::parse_map(FIRST_RUN_SAMPLE.as_bytes()).unwrap_or_default();
            Document::new(map, None)
        };
        let wanted = open.or_else(|| storage.recent().into_iter().find(|path| path.exists()));
        let document = match wanted {
            Some(path) => match open_document(&path) {
                Ok(document) => document,
                Err(message) => {
                    problems.push(("Could not open the file".to_owned(), message));
                    sample()
                }
            },
            None => sample(),
        };
        let derived = derive(&document, &rulebook, today);
        let dialog = match storage.recovery() {
            Some((map, origin)) => Some(Dialog::Recovery(Box::new(map), origin)),
            None => problems
                .into_iter()
                .next()
                .map(|(title, message)| Dialog::Error(title, message)),
        };
        Self {
            document,
            rulebook,
            today,
            derived,
            ui: UiState::default(),
            storage,
            commands: Vec::new(),
            edits: Vec::new(),
            dialog,
            clipboard: Clipboard::default(),
            status: None,
            last_autosave: 0.0,
            autosaved_revision: 0,
            title: String::new(),
            allowed_to_close: false,
            export: None,
        }
    }

    /// An editor on `map` with nothing stored on disk (for benchmarks and tests).
    pub fn with_map(map: Map, today: Date) -> Self {
        let mut app = Self::start(Startup {
            open: None,
            storage: Storage::none(),
            today,
        });
        app.replace_document(Document::new(map, None));
        app
    }

    /// Shows a part of the map, given in map coordinates, on the next frame.
    pub fn look_at(&mut self, rect_in_map: egui::Rect) {
        self.ui.scene_rect = rect_in_map;
        self.ui.fit_requested = false;
    }

    /// The open map.
    pub fn map(&self) -> &Map {
        self.document.map()
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The current findings.
    pub fn evaluation(&self) -> &Evaluation {
        &self.derived.evaluation
    }

    /// The current selection.
    pub fn selection(&self) -> &Selection {
        &self.ui.selection
    }

    /// The flows and sites standing out on the canvas (the chosen heatmap cell's), if any.
    pub fn highlight(&self) -> Option<&Selection> {
        self.ui.highlight.as_ref()
    }

    /// The id of the finding being treated, if any.
    pub fn selected_finding(&self) -> Option<&str> {
        self.ui.selected_finding.as_deref()
    }

    /// Which workspace fills the window.
    pub fn workspace(&self) -> Workspace {
        self.ui.workspace
    }

    /// The part of the map in view, in map coordinates.
    pub fn scene_rect(&self) -> egui::Rect {
        self.ui.scene_rect
    }

    /// Where a point of the map was on screen in the last frame.
    pub fn screen_from_map(&self, pos_in_map: egui::Pos2) -> Option<egui::Pos2> {
        self.ui
            .screen_from_map
            .map(|transform| transform * pos_in_map)
    }

    /// Where a site's card was on screen in the last frame.
    pub fn site_rect_on_screen(&self, id: &SiteId) -> Option<egui::Rect> {
        let rect_in_map =
            canvas::selection_rect(&self.derived.scene, &Selection::site(id.clone()))?;
        let transform = self.ui.screen_from_map?;
        Some(transform * rect_in_map)
    }

    /// Queues a command as if chosen from a menu.
    pub fn run_command(&mut self, command: UiCommand) {
        self.commands.push(command);
    }

    /// The window title: file name and an unsaved-changes mark.
    pub fn window_title(&self) -> String {
        let name = self
            .document
            .path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || format!("{} (unsaved)", self.map().meta.title),
                |name| name.to_string_lossy().into_owned(),
            );
        let mark = if self.document.is_dirty() { " •" } else { "" };
        format!("{name}{mark} — borderflow")
    }

    fn refresh(&mut self) {
        if self.derived.revision != self.document.revision() {
            self.ui.selection.retain_existing(self.document.map());
            self.derived = derive(&self.document, &self.rulebook, self.today);
        }
    }

    fn apply_edits(&mut self) {
        for pending in std::mem::take(&mut self.edits) {
            if let Err(error) =
                self.document
                    .apply(pending.label.clone(), pending.edit, pending.merge_key)
            {
                self.status = Some(format!("{} was refused: {error}", pending.label));
            }
        }
        self.refresh();
    }

    fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.ui.selection = Selection::default();
        self.ui.fit_requested = true;
        self.ui.drag = canvas::Drag::None;
        self.derived = derive(&self.document, &self.rulebook, self.today);
        self.autosaved_revision = self.document.revision();
    }

    fn open_path(&mut self, path: &Path) {
        match open_document(path) {
            Ok(document) => {
                let _ = self.storage.remember(path);
                self.replace_document(document);
                self.status = Some(format!("Opened {}", path.display()));
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error("Could not open the file".to_owned(), message));
            }
        }
    }

    /// Saves to `path`, or to the document's own path, or asks where.
    fn save(&mut self, path: Option<PathBuf>) -> bool {
        let path = match path.or_else(|| self.document.path.clone()) {
            Some(path) => path,
            None => {
                let suggested =
                    format!("{}.ron", crate::model::slug(&self.map().meta.title, "map"));
                match files::pick_file_to_save(&suggested) {
                    Some(path) => path,
                    None => return false,
                }
            }
        };
        let mut map = self.map().clone();
        map.meta.modified = Some(self.today);
        match io::save_map(&path, &map) {
            Ok(()) => {
                self.document.seal();
                // The modified date is part of the saved file; keep the document in step,
                // outside the undo history (the user did not make that change).
                let modified = map.meta.modified;
                self.document
                    .amend_without_history(|document_map| document_map.meta.modified = modified);
                self.document.mark_saved(path.clone());
                let _ = self.storage.remember(&path);
                self.storage.clear_recovery();
                self.status = Some(format!("Saved {}", path.display()));
                self.refresh();
                true
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(
                    "Could not save".to_owned(),
                    error.to_string(),
                ));
                false
            }
        }
    }

    /// Runs `after` now, or first asks about unsaved changes.
    fn guard_unsaved(&mut self, after: AfterPrompt) {
        if self.document.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(after));
        } else {
            self.proceed(after, None);
        }
    }

    fn proceed(&mut self, after: AfterPrompt, ctx: Option<&Context>) {
        match after {
            AfterPrompt::New => {
                let map = Map::new(crate::model::MapMeta {
                    title: "Untitled map".to_owned(),
                    created: Some(self.today),
                    ..crate::model::MapMeta::default()
                });
                self.replace_document(Document::new(map, None));
                self.document.mark_unsaved();
            }
            AfterPrompt::Open(Some(path)) => self.open_path(&path),
            AfterPrompt::Open(None) => {
                if let Some(path) = files::pick_file_to_open() {
                    self.open_path(&path);
                }
            }
            AfterPrompt::Quit => {
                self.storage.clear_recovery();
                self.allowed_to_close = true;
                if let Some(ctx) = ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    fn run_commands(&mut self, ctx: &Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                UiCommand::New => self.guard_unsaved(AfterPrompt::New),
                UiCommand::Open => self.guard_unsaved(AfterPrompt::Open(None)),
                UiCommand::Save => {
                    self.save(None);
                }
                UiCommand::SaveAs => {
                    let suggested = self
                        .document
                        .path
                        .as_ref()
                        .and_then(|p| p.file_name())
                        .map_or_else(
                            || "map.ron".to_owned(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                    if let Some(path) = files::pick_file_to_save(&suggested) {
                        self.save(Some(path));
                    }
                }
                UiCommand::Export => {
                    let suggested = format!(
                        "{}.svg",
                        crate::model::slug(&self.map().meta.title, "diagram")
                    );
                    if let Some(path) = files::pick_export_file(&suggested) {
                        self.export_to(path);
                    }
                }
                UiCommand::ExportReport => {
                    let suggested = format!(
                        "{}-dpia.pdf",
                        crate::model::slug(&self.map().meta.title, "map")
                    );
                    if let Some(path) = files::pick_report_file(&suggested) {
                        self.report_to(path);
                    }
                }
                UiCommand::Quit => {
                    if self.document.is_dirty() {
                        self.dialog = Some(Dialog::UnsavedChanges(AfterPrompt::Quit));
                    } else {
                        self.proceed(AfterPrompt::Quit, Some(ctx));
                    }
                }
                UiCommand::Undo => {
                    if self.document.undo() {
                        self.status = self.document.redo_label().map(|l| format!("Undid: {l}"));
                    }
                    self.refresh();
                }
                UiCommand::Redo => {
                    if self.document.redo() {
                        self.status = self.document.undo_label().map(|l| format!("Redid: {l}"));
                    }
                    self.refresh();
                }
                UiCommand::Delete => self.delete_selection(),
                UiCommand::Copy => {
                    self.copy_selection();
                    if let Some(text) = self.clipboard.to_text() {
                        ctx.copy_text(text);
                    }
                }
                UiCommand::Paste => self.paste(),
                UiCommand::Duplicate => {
                    self.copy_selection();
                    self.paste();
                }
                UiCommand::SelectAll => {
                    self.ui.selection = Selection {
                        sites: self.map().sites().map(|site| site.id.clone()).collect(),
                        flows: BTreeSet::new(),
                    };
                }
                UiCommand::SelectNone => self.ui.selection = Selection::default(),
                UiCommand::Find => self.ui.focus_find = true,
                UiCommand::FitToMap => self.ui.fit_requested = true,
                UiCommand::Tidy => self.tidy(),
                UiCommand::ToggleFindings => self.ui.show_findings = !self.ui.show_findings,
                UiCommand::ShowHeatmap => {
                    self.ui.workspace = Workspace::Map;
                    self.ui.show_findings = true;
                    self.ui.risk_tab = RiskTab::Heatmap;
                }
                UiCommand::ShowActionPlan => {
                    self.ui.workspace = Workspace::Map;
                    self.ui.show_findings = true;
                    self.ui.risk_tab = RiskTab::ActionPlan;
                }
                UiCommand::ToggleDpia => {
                    self.ui.workspace = match self.ui.workspace {
                        Workspace::Map => Workspace::Dpia,
                        Workspace::Dpia => Workspace::Map,
                    };
                }
            }
        }
    }

    /// Writes the diagram to `path` (`.png` for PNG, anything else SVG) on a background thread,
    /// so a large map does not freeze the window; the status bar shows its progress.
    pub fn export_to(&mut self, path: PathBuf) {
        let Some(format) = crate::export::DiagramFormat::from_path(&path) else {
            self.export_refused(&path, ".svg, .png or .pdf");
            return;
        };
        let map = self.map().clone();
        let evaluation = self.derived.evaluation.clone();
        let options = crate::export::SvgOptions {
            date: self.today,
            page: None,
        };
        let target = path.clone();
        self.run_export(path, move || {
            let bytes = crate::export::diagram_bytes(&map, &evaluation, &options, format, 2.0)
                .map_err(|error| error.to_string())?;
            Ok(vec![(target, bytes)])
        });
    }

    /// Writes the DPIA report of the map to `path` (PDF, HTML or Markdown by extension), in the
    /// map's language, in the background.
    pub fn report_to(&mut self, path: PathBuf) {
        let Some(format) = crate::report::ReportFormat::from_path(&path) else {
            self.export_refused(&path, ".pdf, .html or .md");
            return;
        };
        let map = self.map().clone();
        let evaluation = self.derived.evaluation.clone();
        let rulebook = self.rulebook.clone();
        let today = self.today;
        let target = path.clone();
        self.run_export(path, move || {
            let report =
                crate::report::build(&map, &evaluation, &rulebook, map.meta.language, today);
            crate::report::report_files(&report, &target, format).map_err(|error| error.to_string())
        });
    }

    fn export_refused(&mut self, path: &Path, formats: &str) {
        self.dialog = Some(Dialog::Error(
            "Could not export".to_owned(),
            format!("{}: choose a {formats} file", path.display()),
        ));
    }

    /// Runs `job` on a background thread and writes the files it returns, each atomically; the
    /// status bar shows progress and the result.
    fn run_export(
        &mut self,
        path: PathBuf,
        job: impl FnOnce() -> Result<Vec<(PathBuf, Vec<u8>)>, String> + Send + 'static,
    ) {
        if self.export.is_some() {
            self.status = Some("An export is already running".to_owned());
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = job().and_then(|files| {
                files.iter().try_for_each(|(target, bytes)| {
                    io::write_atomic(target, bytes)
                        .map_err(|error| format!("{}: cannot write: {error}", target.display()))
                })
            });
            // The window may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(result);
        });
        self.export = Some((path, receiver));
    }

    /// An export is running.
    pub fn is_exporting(&self) -> bool {
        self.export.is_some()
    }

    fn poll_export(&mut self, ctx: &Context) {
        let Some((path, receiver)) = &self.export else {
            return;
        };
        match receiver.try_recv() {
            Ok(Ok(())) => {
                self.status = Some(format!("Exported {}", path.display()));
                self.export = None;
            }
            Ok(Err(message)) => {
                self.dialog = Some(Dialog::Error("Could not export".to_owned(), message));
                self.export = None;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.dialog = Some(Dialog::Error(
                    "Could not export".to_owned(),
                    format!("{}: the export stopped unexpectedly", path.display()),
                ));
                self.export = None;
            }
        }
    }

    /// Lays the map out again as one undoable step, then shows all of it.
    fn tidy(&mut self) {
        let moves: Vec<Edit> = crate::layout::auto_layout(self.map())
            .into_iter()
            .filter_map(|(id, position)| {
                let site = self.map().site(&id)?;
                (site.position != Some(position)).then(|| {
                    let mut moved = site.clone();
                    moved.position = Some(position);
                    Edit::ReplaceSite(moved)
                })
            })
            .collect();
        if !moves.is_empty() {
            self.edits
                .push(PendingEdit::new("Tidy layout", Edit::Batch(moves)));
        }
        self.ui.fit_requested = true;
    }

    fn delete_selection(&mut self) {
        let selection = &self.ui.selection;
        // Flows of deleted sites go with them; list only the others.
        let mut edits: Vec<Edit> = selection
            .flows
            .iter()
            .filter(|id| {
                self.map().flow(id).is_some_and(|view| {
                    !selection.sites.contains(&view.flow.from)
                        && !selection.sites.contains(&view.flow.to)
                })
            })
            .cloned()
            .map(Edit::RemoveFlow)
            .collect();
        edits.extend(selection.sites.iter().cloned().map(Edit::RemoveSite));
        if edits.is_empty() {
            return;
        }
        let count = edits.len();
        self.edits.push(PendingEdit::new(
            format!("Delete {count} item{}", if count == 1 { "" } else { "s" }),
            Edit::Batch(edits),
        ));
        self.ui.selection = Selection::default();
    }

    fn copy_selection(&mut self) {
        let map = self.document.map();
        let sites: Vec<Site> = self
            .ui
            .selection
            .sites
            .iter()
            .filter_map(|id| map.site(id).cloned())
            .collect();
        // A flow is copied when it is selected, or when both its ends are.
        let flows: Vec<Flow> = map
            .flows()
            .filter(|view| {
                self.ui.selection.flows.contains(&view.flow.id)
                    || (self.ui.selection.sites.contains(&view.flow.from)
                        && self.ui.selection.sites.contains(&view.flow.to))
            })
            .map(|view| view.flow.clone())
            .collect();
        self.clipboard = Clipboard {
            format: CLIPBOARD_FORMAT.to_owned(),
            sites,
            flows,
        };
    }

    /// Pastes the clipboard as new sites (offset below the originals) and flows; a copied flow
    /// whose ends were not copied joins the original sites.
    fn paste(&mut self) {
        if self.clipboard.is_empty() {
            return;
        }
        let mut scratch = self.map().clone();
        let mut renamed: std::collections::BTreeMap<SiteId, SiteId> = Default::default();
        let mut edits = Vec::new();
        let mut selection = Selection::default();
        for site in &self.clipboard.sites {
            let mut copy = site.clone();
            copy.id = scratch.fresh_site_id(&site.name);
            copy.position = site.position.map(|p| {
                crate::model::Point::new(p.x, p.y + crate::scene::theme::SITE_HEIGHT + 24.0)
            });
            renamed.insert(site.id.clone(), copy.id.clone());
            selection.sites.insert(copy.id.clone());
            if scratch.add_site(copy.clone()).is_ok() {
                edits.push(Edit::AddSite(copy));
            }
        }
        for flow in &self.clipboard.flows {
            let mut copy = flow.clone();
            copy.id = scratch.fresh_flow_id(flow.id.as_str());
            copy.from = renamed
                .get(&flow.from)
                .cloned()
                .unwrap_or_else(|| flow.from.clone());
            copy.to = renamed
                .get(&flow.to)
                .cloned()
                .unwrap_or_else(|| flow.to.clone());
            selection.flows.insert(copy.id.clone());
            if scratch.add_flow(copy.clone()).is_ok() {
                edits.push(Edit::AddFlow(copy));
            }
        }
        if !edits.is_empty() {
            self.edits
                .push(PendingEdit::new("Paste", Edit::Batch(edits)));
            self.ui.selection = selection;
        }
    }

    fn handle_shortcuts(&mut self, ctx: &Context) {
        let typing = ctx.egui_wants_keyboard_input();
        if !typing {
            // The platform turns Ctrl+C, X and V into clipboard events rather than key presses.
            let clipboard_events: Vec<egui::Event> = ctx.input(|input| {
                input
                    .events
                    .iter()
                    .filter(|event| {
                        matches!(
                            event,
                            egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                        )
                    })
                    .cloned()
                    .collect()
            });
            for event in clipboard_events {
                match event {
                    egui::Event::Copy => self.commands.push(UiCommand::Copy),
                    egui::Event::Cut => self.commands.extend([UiCommand::Copy, UiCommand::Delete]),
                    egui::Event::Paste(text) => {
                        if let Some(clipboard) = Clipboard::from_text(&text) {
                            self.clipboard = clipboard;
                            self.commands.push(UiCommand::Paste);
                        }
                    }
                    _ => {}
                }
            }
        }
        // egui matches Ctrl+D when Ctrl+Shift+D is pressed, so shortcuts with Shift go first.
        let mut commands = UiCommand::ALL;
        commands.sort_by_key(|command| {
            !command
                .shortcut()
                .is_some_and(|shortcut| shortcut.modifiers.shift)
        });
        for command in commands {
            if typing && !command.works_while_typing() {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|input| input.consume_shortcut(&shortcut))
            {
                self.commands.push(command);
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.guard_unsaved(AfterPrompt::Open(Some(path)));
        }
    }

    fn handle_close_request(&mut self, ctx: &Context) {
        if ctx.input(|input| input.viewport().close_requested())
            && !self.allowed_to_close
            && self.document.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(AfterPrompt::Quit));
        }
    }

    fn autosave(&mut self, ctx: &Context) {
        let now = ctx.input(|input| input.time);
        if self.document.is_dirty()
            && self.autosaved_revision != self.document.revision()
            && now - self.last_autosave >= theme::AUTOSAVE_SECS
        {
            match self
                .storage
                .autosave(self.map(), self.document.path.as_deref())
            {
                Ok(()) => self.autosaved_revision = self.document.revision(),
                Err(error) => self.status = Some(format!("Autosave failed: {error}")),
            }
            self.last_autosave = now;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(theme::AUTOSAVE_SECS));
    }

    fn update_title(&mut self, ctx: &Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in ["File", "Edit", "View"] {
                ui.menu_button(menu, |ui| {
                    if menu == "File" {
                        self.recent_menu_ui(ui);
                    }
                    for command in UiCommand::ALL.into_iter().filter(|c| c.menu() == menu) {
                        let mut button = egui::Button::new(command.label());
                        if let Some(shortcut) = command.shortcut() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                        }
                        let enabled = match command {
                            UiCommand::Undo => self.document.undo_label().is_some(),
                            UiCommand::Redo => self.document.redo_label().is_some(),
                            UiCommand::Delete | UiCommand::Copy | UiCommand::Duplicate => {
                                !self.ui.selection.is_empty()
                            }
                            UiCommand::Paste => !self.clipboard.is_empty(),
                            _ => true,
                        };
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

    fn recent_menu_ui(&mut self, ui: &mut Ui) {
        let recent = self.storage.recent();
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

    fn toolbar_ui(&mut self, ui: &mut Ui) {
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
                    &mut self.ui.workspace,
                    workspace,
                    RichText::new(label).strong(),
                )
                .on_hover_text(tooltip);
            }
            ui.separator();
            for command in [UiCommand::Undo, UiCommand::Redo, UiCommand::FitToMap] {
                let enabled = match command {
                    UiCommand::Undo => self.document.undo_label().is_some(),
                    UiCommand::Redo => self.document.redo_label().is_some(),
                    _ => true,
                };
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
            let counts = self.derived.evaluation.count_by_severity();
            ui.label(format!(
                "{} sites · {} flows · {} findings ({} critical, {} high)",
                self.map().site_count(),
                self.map().flow_count(),
                self.derived.evaluation.findings.len(),
                counts[4],
                counts[3]
            ));
            ui.label(format!("Rules as of {}", self.today))
                .on_hover_text(self.rulebook.version());
        });
    }

    fn find_ui(&mut self, ui: &mut Ui) {
        let edit = egui::TextEdit::singleline(&mut self.ui.find_text)
            .hint_text("Find site or flow")
            .desired_width(180.0);
        let response = ui
            .add(edit)
            .accessible_name("Find site or flow")
            .on_hover_text(UiCommand::Find.tooltip());
        if std::mem::take(&mut self.ui.focus_find) {
            response.request_focus();
        }
        let query = self.ui.find_text.trim().to_lowercase();
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
            self.ui.reveal = canvas::selection_rect(&self.derived.scene, &selection);
            self.ui.selection = selection;
            self.ui.find_text.clear();
        }
    }

    fn status_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let saved = if self.document.is_dirty() {
                "Unsaved changes"
            } else {
                "All changes saved"
            };
            ui.label(saved);
            if let Some((path, _)) = &self.export {
                ui.separator();
                ui.spinner();
                ui.label(format!("Exporting {}…", path.display()));
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }

    fn dialog_ui(&mut self, ctx: &Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let mut keep = true;
        let modal = egui::Modal::new(egui::Id::unique("borderflow-dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            match &dialog {
                Dialog::UnsavedChanges(after) => {
                    ui.heading("Save changes?");
                    ui.label(format!(
                        "{} has changes that are not saved.",
                        self.window_title()
                            .trim_end_matches(" — borderflow")
                            .trim_end_matches(" •")
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Save").clicked() {
                            keep = false;
                            if self.save(None) {
                                self.proceed(after.clone(), Some(ctx));
                            }
                        }
                        if ui.button("Don't save").clicked() {
                            keep = false;
                            self.storage.clear_recovery();
                            self.proceed(after.clone(), Some(ctx));
                        }
                        if ui.button("Cancel").clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Recovery(map, origin) => {
                    ui.heading("Restore unsaved work?");
                    ui.label(format!(
                        "borderflow was closed with unsaved changes to {}.",
                        origin.as_ref().map_or_else(
                            || format!("\"{}\"", map.meta.title),
                            |p| p.display().to_string()
                        )
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Restore").clicked() {
                            keep = false;
                            let mut document = Document::new((**map).clone(), origin.clone());
                            document.mark_unsaved();
                            self.replace_document(document);
                            self.status =
                                Some("Restored unsaved work; save it to keep it".to_owned());
                        }
                        if ui.button("Discard").clicked() {
                            keep = false;
                            self.storage.clear_recovery();
                        }
                    });
                }
                Dialog::Error(title, message) => {
                    ui.heading(title);
                    egui::ScrollArea::vertical()
                        .max_height(320.0)
                        .show(ui, |ui| {
                            ui.label(message);
                        });
                    if ui.button("OK").clicked() {
                        keep = false;
                    }
                }
            }
        });
        let dismissible = !matches!(dialog, Dialog::Recovery(..));
        if modal.should_close() && dismissible {
            keep = false;
        }
        if keep && self.dialog.is_none() {
            self.dialog = Some(dialog);
        }
    }
}

/// Opens the editor window and runs it until it is closed.
pub fn run_native(startup: Startup) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("borderflow")
            .with_app_id("borderflow")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "borderflow",
        options,
        Box::new(|cc| Ok(Box::new(BorderflowApp::new(cc, startup)))),
    )
}

/// Opens a map, or imports an inventory CSV as a new unsaved map.
fn open_document(path: &Path) -> Result<Document, String> {
    if io::is_inventory_path(path) {
        let map = io::load_inventory(path).map_err(|error| error.to_string())?;
        let mut document = Document::new(map, None);
        document.mark_unsaved();
        Ok(document)
    } else {
        let map = io::load_map(path).map_err(|error| error.to_string())?;
        Ok(Document::new(map, Some(path.to_owned())))
    }
}

impl eframe::App for BorderflowApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self) {
        if !self.document.is_dirty() {
            self.storage.clear_recovery();
        }
    }
}

impl BorderflowApp {
    /// The canvas with the palette, the inspector and the risk panel around it.
    fn map_workspace_ui(&mut self, ui: &mut Ui) {
        egui::Panel::left("palette")
            .default_size(theme::PALETTE_WIDTH)
            .max_size(theme::PALETTE_WIDTH * 1.5)
            .show(ui, |ui| {
                canvas::palette_ui(ui, &mut self.edits, &mut self.ui, self.document.map());
            });
        egui::Panel::right("inspector")
            .default_size(theme::INSPECTOR_WIDTH)
            .max_size(theme::INSPECTOR_WIDTH * 1.5)
            .show(ui, |ui| {
                inspector::inspector_ui(
                    ui,
                    self.document.map(),
                    &self.derived.evaluation,
                    &mut self.ui,
                    &mut self.edits,
                );
            });
        if self.ui.show_findings {
            egui::Panel::bottom("findings")
                .resizable(true)
                .default_size(theme::FINDINGS_HEIGHT)
                .show(ui, |ui| {
                    let view = risk_panel::RiskView {
                        map: self.document.map(),
                        evaluation: &self.derived.evaluation,
                        rulebook: &self.rulebook,
                        today: self.today,
                        revision: self.document.revision(),
                        scene: &self.derived.scene,
                    };
                    risk_panel::risk_panel_ui(ui, &view, &mut self.ui, &mut self.edits);
                });
        } else {
            self.ui.highlight = None;
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            self.ui.screen_from_map = canvas::canvas_ui(
                ui,
                self.document.map(),
                &self.derived.scene,
                &mut self.ui,
                &mut self.edits,
            );
        });
    }

    /// One frame of the whole editor in `ui` (the window's root). eframe calls it through
    /// [`eframe::App::ui`]; benchmarks call it on a bare egui context.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        if self.dialog.is_none() {
            self.handle_shortcuts(&ctx);
        }

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar_ui(ui);
            self.toolbar_ui(ui);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        match self.ui.workspace {
            Workspace::Map => self.map_workspace_ui(ui),
            Workspace::Dpia => {
                egui::CentralPanel::default().show(ui, |ui| {
                    workspace::workspace_ui(
                        ui,
                        self.document.map(),
                        &self.derived.evaluation,
                        &self.rulebook,
                        self.today,
                        self.document.revision(),
                        &mut self.ui.drafts,
                        &mut self.edits,
                    );
                });
            }
        }

        self.poll_export(&ctx);
        self.dialog_ui(&ctx);
        self.apply_edits();
        self.run_commands(&ctx);
        self.apply_edits();
        self.autosave(&ctx);
        self.update_title(&ctx);
    }
}
