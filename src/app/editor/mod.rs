//! The editor itself: the document, the rulebook, the view of the current revision, the UI state
//! and the queues, and one frame of the whole window.
//!
//! Its other concerns extend [`BorderflowApp`] from the files beside this one: what each command
//! does (`command_handling`), files and saving (`file_ops`), background exports (`background`),
//! copy and paste (`clipboard`), shortcuts (`input`), modal dialogs (`dialogs`), and the menu
//! bar, toolbar, find box and status bar (`top_bar`).

use std::cell::Cell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use egui::Ui;

mod autosave;
mod background;
mod choose;
mod clipboard;
mod command_handling;
mod dialogs;
mod file_ops;
mod input;
mod modal;
mod panels;
mod present;
mod purpose;
mod rules;
mod sketching;
mod top_bar;

use autosave::Termination;
use panels::Panels;

use background::Background;
use clipboard::Clipboard;
use dialogs::Dialog;
use file_ops::{open_document, undrawable_warning};

use crate::app::canvas::CanvasState;
use crate::app::commands::UiCommand;
use crate::app::document::Document;
use crate::app::edit::PendingEdit;
use crate::app::files::Storage;
use crate::app::requests::{Request, Requests};
use crate::app::state::{RiskTab, Selection, SharedState, Workspace};
use crate::app::view::{Derivations, Derived, View};
use crate::app::{canvas, theme, workspace};
use crate::io;
use crate::io::autosave::Autosaver;
use crate::io::recovery::DiskStamp;
use crate::model::{Date, FindingId, Map, SiteId};
use crate::presets::Library;
use crate::rules::{Evaluation, Rulebook};

/// The sample a first-time user sees: the DingTalk scenario.
const FIRST_RUN_SAMPLE: &str = include_str!("../../../samples/lotus-trading-dingtalk.ron");

/// How the editor starts.
#[derive(Clone, Debug)]
pub struct Startup {
    /// A map or inventory to open; `None` opens the most recent file, else the sample.
    pub open: Option<PathBuf>,
    /// Where recent files and recovery copies live.
    pub storage: Storage,
    /// Today, for the rules in force.
    pub today: Date,
    /// How files are asked for.
    pub file_dialogs: FileDialogs,
}

impl Startup {
    /// How the program starts the editor for its user: on `open`, with the user's storage and
    /// the system's file dialogs, on today's date in Macau (the law's clock, as the command
    /// line's default `--as-of`), or `None` when the system clock is not a valid date.
    pub fn for_user(open: Option<PathBuf>) -> Option<Self> {
        Some(Self {
            open,
            storage: Storage::user_default(),
            today: Date::today_in_macau()?,
            file_dialogs: FileDialogs::System,
        })
    }
}

/// How the editor asks the user for a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's file dialog, or a path field when the system has none.
    #[default]
    System,
    /// Always the path field (a system without a dialog service; tests).
    PathField,
}

/// The borderflow editor.
pub struct BorderflowApp {
    document: Document,
    rulebook: Rulebook,
    /// The folder whose rule packs were added to the built-in ones, if any.
    rules_folder: Option<PathBuf>,
    today: Date,
    /// The view of the document's current revision.
    derived: Derived,
    /// How often the view was worked out.
    derivations: Rc<Cell<Derivations>>,
    /// What the panels share: the selection, the workspace, the language.
    shared: SharedState,
    /// What one panel asked of another, until that one takes it.
    requests: Requests,
    /// Each panel's own state.
    panels: Panels,
    /// The text of the find box.
    find_text: String,
    /// Writes recovery copies off the UI thread; holds the window's storage.
    autosaver: Arc<Autosaver>,
    /// The document's file as it was when opened or last saved, to notice other writers.
    disk_stamp: Option<DiskStamp>,
    /// Set when the system asks the process to end, so unsaved work is written first.
    termination: Arc<Termination>,
    file_dialogs: FileDialogs,
    commands: Vec<UiCommand>,
    edits: Vec<PendingEdit>,
    dialog: Option<Dialog>,
    /// Dialogs waiting for the one shown to close (found at start, for instance).
    queued_dialogs: VecDeque<Dialog>,
    clipboard: Clipboard,
    status: Option<String>,
    last_autosave: f64,
    autosaved_revision: u64,
    title: String,
    allowed_to_close: bool,
    export: Option<Background>,
    /// The preset library: built in, and from the user's presets folder.
    presets: Library,
    /// A letter key taken as a command, and the frame it came in, whose typed text is dropped.
    typed_letter: Option<(String, u64)>,
    /// A widget had the keyboard at the end of the last frame.
    was_typing: bool,
}

impl BorderflowApp {
    /// Starts the editor as `startup` says. Problems (a broken file, a broken rule pack) are
    /// shown in the window, never a crash.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        cc.egui_ctx.set_theme(egui::Theme::Light);
        theme::install_fonts(&cc.egui_ctx);
        Self::start(startup)
    }

    /// Starts the editor without a window (for tests and benchmarks).
    pub fn start(startup: Startup) -> Self {
        let Startup {
            open,
            storage,
            today,
            file_dialogs,
        } = startup;
        // The user's language first: what goes wrong while starting is said in it.
        crate::app::words::speak(storage.language());
        let mut problems = Vec::new();
        let rulebook = Rulebook::builtin().unwrap_or_else(|error| {
            problems.push((
                crate::app::words::t("ui-builtin-rules-failed").to_owned(),
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
        let mut guesses = None;
        let (document, disk_stamp) = match wanted {
            Some(path) => match open_document(&path) {
                Ok(opened) => {
                    guesses = file_ops::guesses_dialog(&path, &opened.guesses);
                    (opened.document, opened.stamp)
                }
                Err(message) => {
                    problems.push((crate::app::words::t("ui-open-failed").to_owned(), message));
                    (sample(), None)
                }
            },
            None => (sample(), None),
        };
        let derivations = Rc::new(Cell::new(Derivations::default()));
        let derived = Derived::new(
            document.map(),
            document.revision(),
            &rulebook,
            (today, crate::app::words::language()),
            Rc::clone(&derivations),
        );
        let mut dialogs = VecDeque::new();
        if let Some((map, origin)) = storage.recovery() {
            dialogs.push_back(Dialog::Recovery(Box::new(map), origin));
        }
        if let Some(dialog) = dialogs::unloadable_recoveries(&storage.unloadable_recoveries()) {
            dialogs.push_back(dialog);
        }
        dialogs.extend(
            problems
                .into_iter()
                .map(|(title, message)| Dialog::Error(title, message)),
        );
        dialogs.extend(guesses);
        let mut shared = SharedState::default();
        shared.set_language(storage.language());
        // A broken preset file of the user's is named and left out; the rest load.
        let (presets, preset_problems) = Library::load(storage.presets_folder().as_deref());
        if !preset_problems.is_empty() {
            let lines: Vec<String> = preset_problems.iter().map(ToString::to_string).collect();
            dialogs.push_back(Dialog::Error(
                crate::i18n::text(shared.language(), "ui-presets-problems").into_owned(),
                lines.join("\n"),
            ));
        }
        let status = undrawable_warning(document.map());
        Self {
            document,
            rulebook,
            rules_folder: None,
            today,
            derived,
            derivations,
            shared,
            requests: Requests::default(),
            panels: Panels::default(),
            find_text: String::new(),
            autosaver: Arc::new(Autosaver::new(storage)),
            disk_stamp,
            termination: Arc::default(),
            file_dialogs,
            commands: Vec::new(),
            edits: Vec::new(),
            dialog: dialogs.pop_front(),
            queued_dialogs: dialogs,
            clipboard: Clipboard::default(),
            status,
            last_autosave: 0.0,
            autosaved_revision: 0,
            title: String::new(),
            allowed_to_close: false,
            export: None,
            presets,
            typed_letter: None,
            was_typing: false,
        }
    }

    /// An editor on `map` with nothing stored on disk (for benchmarks and tests).
    pub fn with_map(map: Map, today: Date) -> Self {
        let mut app = Self::start(Startup {
            open: None,
            storage: Storage::none(),
            today,
            file_dialogs: FileDialogs::PathField,
        });
        app.replace_document(Document::new(map, None), None);
        app
    }

    /// The language the editor speaks.
    pub fn language(&self) -> crate::model::Language {
        self.shared.language()
    }

    /// Speaks `language` from the next frame on, and remembers it for the next start. The
    /// selection, the undo history and the document are untouched.
    pub fn set_language(&mut self, language: crate::model::Language) {
        self.shared.set_language(language);
        if let Err(error) = self.storage().set_language(language) {
            self.status = Some(error.to_string());
        }
    }

    /// Shows a part of the map, given in map coordinates, on the next frame.
    pub fn look_at(&mut self, rect_in_map: egui::Rect) {
        self.panels.canvas.look_at(rect_in_map);
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
        self.derived.evaluation()
    }

    /// The interaction state the panels share: selection, workspace, presentation mode.
    pub fn ui_state(&self) -> &SharedState {
        &self.shared
    }

    /// The canvas's state: its camera, drag and filter.
    pub fn canvas(&self) -> &CanvasState {
        &self.panels.canvas
    }

    /// The risk panel's tab.
    pub fn risk_tab(&self) -> RiskTab {
        self.panels.risk.tab()
    }

    /// The type-ahead prompt open over the canvas, if any.
    pub fn prompt(&self) -> Option<&crate::app::prompt::Prompt> {
        self.panels.sketch.prompt()
    }

    /// The current selection.
    pub fn selection(&self) -> &Selection {
        self.shared.selection()
    }

    /// The flows and sites standing out on the canvas (the chosen heatmap cell's), if any.
    pub fn highlight(&self) -> Option<&Selection> {
        self.shared.highlight()
    }

    /// The id of the finding being treated, if any.
    pub fn selected_finding(&self) -> Option<&str> {
        self.panels.risk.selected_finding().map(FindingId::as_str)
    }

    /// Which workspace fills the window.
    pub fn workspace(&self) -> Workspace {
        self.shared.workspace()
    }

    /// The diagram the canvas paints, in the editor's language.
    pub fn scene(&self) -> &crate::scene::Scene {
        self.derived.scene()
    }

    /// The part of the map in view, in map coordinates.
    pub fn scene_rect(&self) -> egui::Rect {
        self.panels.canvas.scene_rect()
    }

    /// Where a point of the map was on screen in the last frame.
    pub fn screen_from_map(&self, pos_in_map: egui::Pos2) -> Option<egui::Pos2> {
        self.panels
            .canvas
            .screen_from_map()
            .map(|transform| transform * pos_in_map)
    }

    /// Where a site's card was on screen in the last frame.
    pub fn site_rect_on_screen(&self, id: &SiteId) -> Option<egui::Rect> {
        let rect_in_map =
            canvas::selection_rect(self.derived.scene(), &Selection::site(id.clone()))?;
        let transform = self.panels.canvas.screen_from_map()?;
        Some(transform * rect_in_map)
    }

    /// How often the view of a revision, its drafts and its closing safeguards were worked out
    /// since the editor started.
    pub fn derivations(&self) -> Derivations {
        self.derivations.get()
    }

    /// The window title: the file's name (a map never saved goes by its title) and a mark
    /// only while there are unsaved changes, so it always agrees with the status bar.
    pub fn window_title(&self) -> String {
        let name = match self
            .document
            .path
            .as_ref()
            .and_then(|path| path.file_name())
        {
            Some(name) => name.to_string_lossy().into_owned(),
            None if self.map().meta.title.trim().is_empty() => {
                crate::app::words::t("ui-dpia-untitled").to_owned()
            }
            None => self.map().meta.title.trim().to_owned(),
        };
        let mark = if self.document.is_dirty() { " •" } else { "" };
        format!("{name}{mark} — borderflow")
    }

    /// Works out the view again when the document or the date has changed since.
    pub(super) fn refresh(&mut self) {
        let language = self.shared.language();
        if !self
            .derived
            .is_of(self.document.revision(), self.today, language)
        {
            self.shared.forget_missing(self.document.map());
            self.rederive();
        }
    }

    pub(super) fn rederive(&mut self) {
        self.derived = Derived::new(
            self.document.map(),
            self.document.revision(),
            &self.rulebook,
            (self.today, self.shared.language()),
            Rc::clone(&self.derivations),
        );
    }

    /// Applies the edits the panels queued this frame, each an undoable step.
    pub(super) fn apply_edits(&mut self) {
        for pending in std::mem::take(&mut self.edits) {
            if let Err(error) =
                self.document
                    .apply(pending.label.clone(), pending.edit, pending.merge_key)
            {
                self.status = Some(crate::app::words::tw(
                    "ui-edit-refused",
                    &[
                        ("step", pending.label.as_str().into()),
                        (
                            "reason",
                            crate::io::edit_error(self.shared.language(), &error).into(),
                        ),
                    ],
                ));
            }
        }
        self.refresh();
    }

    /// Puts `document` in the window, with a fresh selection and the whole map in view;
    /// `disk_stamp` is its file as read, if it came from one.
    pub(super) fn replace_document(&mut self, document: Document, disk_stamp: Option<DiskStamp>) {
        self.document = document;
        self.disk_stamp = disk_stamp;
        self.shared.clear_selection();
        // The view state of the file before (its filters, the finding treated) is not this
        // file's.
        self.shared.set_highlight(None);
        self.panels.canvas.set_filter(None);
        self.panels.risk.forget_document();
        self.panels.canvas.request_fit();
        self.panels.canvas.cancel_drag();
        self.rederive();
        // Not the document's revision: a clean file clears the copy of the one it replaced.
        self.autosaved_revision = 0;
    }

    /// Shows the map with the risk panel open on `tab`.
    pub(super) fn show_risk_tab(&mut self, tab: RiskTab) {
        self.shared.show_findings();
        self.panels.risk.set_tab(tab);
    }

    /// Opens `prompt` over the canvas, with the map in view.
    pub(super) fn open_prompt(&mut self, prompt: crate::app::prompt::Prompt) {
        self.shared.set_workspace(Workspace::Map);
        self.panels.sketch.open(prompt);
    }

    /// Selects `selection` and brings `rect_in_map` (where it is) into view, showing the map.
    pub(super) fn select_and_reveal(
        &mut self,
        selection: Selection,
        rect_in_map: Option<egui::Rect>,
    ) {
        self.shared.select_only(selection);
        self.shared.set_workspace(Workspace::Map);
        if let Some(rect) = rect_in_map {
            self.requests.push(Request::Reveal(rect));
        }
    }
}

impl eframe::App for BorderflowApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self) {
        self.write_or_clear_recovery_before_exit();
    }
}

impl BorderflowApp {
    /// One frame of the whole editor in `ui` (the window's root). eframe calls it through
    /// [`eframe::App::ui`]; benchmarks call it on a bare egui context.
    pub fn show(&mut self, ui: &mut Ui) {
        // Every panel of this frame speaks the chosen language.
        crate::app::words::speak(self.shared.language());
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        // Escape and the closing click belong to an open menu, never to what lies beneath.
        if self.dialog.is_none() && !top_bar::escape_closes_menus(&ctx) {
            self.handle_shortcuts(&ctx);
        }
        top_bar::menu_shield(&ctx);

        if self.shared.presenting().is_some() {
            egui::Panel::top("presenting").show(ui, |ui| self.presentation_bar_ui(ui));
            egui::Panel::bottom("presenting-legend").show(ui, |ui| self.presentation_legend_ui(ui));
            self.presentation_card_ui(&ctx);
            // The risk panel is hidden: nothing of it stands out on the map.
            self.shared.set_highlight(None);
            let (mut cx, panels) = self.frame();
            egui::CentralPanel::no_frame().show(ui, |ui| panels.canvas.ui(ui, &mut cx));
            self.finish_frame(&ctx);
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar_ui(ui);
            self.toolbar_ui(ui);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        match self.shared.workspace() {
            Workspace::Map => self.map_workspace_ui(ui),
            Workspace::Dpia => {
                let view = View::new(self.document.map(), &self.rulebook, &self.derived);
                let edits = &mut self.edits;
                egui::CentralPanel::default().show(ui, |ui| {
                    workspace::workspace_ui(ui, &view, edits);
                });
            }
        }

        self.finish_frame(&ctx);
    }

    /// The end of every frame: background work, dialogs, the queued edits and commands, the
    /// autosave and the title.
    fn finish_frame(&mut self, ctx: &egui::Context) {
        self.poll_export(ctx);
        self.dialog_ui(ctx);
        self.apply_edits();
        // Commands chosen in the command palette run with those of the menus and keys.
        self.commands.extend(self.requests.take_commands());
        self.run_commands(ctx);
        self.apply_edits();
        self.autosave(ctx);
        self.update_title(ctx);
        self.was_typing = ctx.egui_wants_keyboard_input();
    }
}
