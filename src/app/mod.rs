//! The editor: an eframe app where a consultant draws sites and flows, tags them, and watches
//! the findings change.
//!
//! How a frame goes ([`BorderflowApp::show`]): the document's current revision has one
//! [`View`] (findings, diagram, risk register, heatmaps, drafts), worked out only when the
//! revision changes. Each panel reads that view, changes [`UiState`] through its methods, and
//! pushes [`PendingEdit`]s (document changes) and [`UiCommand`]s (menu and shortcut actions) into
//! queues drained once at the end of the frame; the document applies edits as undoable steps.
//! Selection, camera and other interaction state never enter the map.
//!
//! Where things are:
//! - the app and its frame: `editor/`, with what each command does, files and saving,
//!   background exports, copy and paste, shortcuts, modal dialogs, and the menu bar, toolbar,
//!   find box and status bar beside it;
//! - panels, each `fn …_ui(ui, &View, &mut UiState, &mut Vec<PendingEdit>)`: `canvas/`,
//!   `palette`, `inspector`, `risk/` (findings, heatmap, action plan, treatment), `workspace`
//!   (DPIA form and sign-off), with shared `widgets`;
//! - the model of the editor: `document` (undo history), `edit` (undoable edits), `state`,
//!   `view`, `commands` (the table of every action), `theme`.
//!
//! A new panel is a file here with a `…_ui` function of that shape, called from
//! `BorderflowApp::show` or the panel that holds it.

mod canvas;
mod clocks;
mod commands;
mod document;
mod edit;
mod editor;
mod fields;
mod files;
mod flow_summary;
mod frame;
mod inspector;
mod organisation;
mod palette;
mod prompt;
mod requests;
mod risk;
mod sketch;
mod state;
mod theme;
mod view;
mod widgets;
mod words;
mod workspace;

pub use canvas::{CanvasState, Drag};
pub use commands::{Menu, Needs, UiCommand};
pub use document::Document;
pub use edit::{Edit, MergeKey, PendingEdit};
pub use editor::{BorderflowApp, FileDialogs, Startup};
pub use fields::{FlowField, MapField, SignOffField, SiteField, TreatmentField};
pub use files::Storage;
pub use frame::FrameContext;
pub use prompt::{Ask, Choice, Prompt};
pub use requests::{Focus, Request, Requests};
pub use risk::RiskState;
pub use state::{CanvasFilter, Presentation, RiskTab, Selection, SharedState, Workspace};
pub use view::{Derivations, Derived, Drafts, View};

/// Opens the editor window and runs it until it is closed, with the rule packs of `rules` added
/// to the built-in ones when a folder is given.
pub fn run_native(
    startup: Startup,
    rules: Option<std::path::PathBuf>,
) -> Result<(), eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("borderflow")
        .with_app_id("borderflow")
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([900.0, 600.0])
        .with_drag_and_drop(true);
    // The window's icon (title bar, task bar), the one the exe and the Linux package carry.
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/borderflow-256.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "borderflow",
        options,
        Box::new(|cc| {
            let mut app = BorderflowApp::new(cc, startup);
            if let Some(folder) = &rules {
                app.load_rules(folder);
            }
            app.write_unsaved_work_on_termination(cc.egui_ctx.clone());
            Ok(Box::new(app))
        }),
    )
}
