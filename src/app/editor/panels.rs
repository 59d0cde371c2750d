//! The panels of the map workspace, each holding its own state, and the frame context they
//! are drawn with.

use egui::Ui;

use super::BorderflowApp;
use crate::app::canvas::CanvasState;
use crate::app::frame::FrameContext;
use crate::app::palette::PaletteState;
use crate::app::risk::RiskState;
use crate::app::sketch::SketchState;
use crate::app::view::View;
use crate::app::{inspector, theme};

/// Each panel's own state (the inspector has none: it shows the selection).
#[derive(Debug, Default)]
pub(super) struct Panels {
    pub(super) canvas: CanvasState,
    pub(super) risk: RiskState,
    pub(super) sketch: SketchState,
    pub(super) palette: PaletteState,
    /// The palette is hidden (View › Palette, Ctrl+B), giving the canvas its width.
    pub(super) palette_hidden: bool,
    /// The inspector is hidden (View › Inspector, Ctrl+I).
    pub(super) inspector_hidden: bool,
}

impl BorderflowApp {
    /// Whether the palette and the inspector are shown.
    pub fn side_panels_shown(&self) -> (bool, bool) {
        (!self.panels.palette_hidden, !self.panels.inspector_hidden)
    }

    /// This frame's context over the document's current revision, and the panels to draw
    /// with it.
    pub(super) fn frame(&mut self) -> (FrameContext<'_>, &mut Panels) {
        let view = View::new(self.document.map(), &self.rulebook, &self.derived);
        let cx = FrameContext::new(
            view,
            &mut self.shared,
            &mut self.edits,
            &mut self.requests,
            &self.presets,
        );
        (cx, &mut self.panels)
    }

    /// The canvas with the palette, the inspector and the risk panel around it.
    pub(super) fn map_workspace_ui(&mut self, ui: &mut Ui) {
        let language = self.shared.language();
        let (mut cx, panels) = self.frame();
        if panels.risk.is_maximised() && cx.shared.findings_open() {
            // The maximised risk view fills the window for the review.
            egui::CentralPanel::default().show(ui, |ui| panels.risk.ui(ui, &mut cx));
            return;
        }
        // Each language keeps a width of its own: a panel widened by longer words in one does
        // not stay wide after switching back.
        if !panels.palette_hidden {
            egui::Panel::left(("palette", language))
                .default_size(theme::PALETTE_WIDTH)
                .max_size(theme::PALETTE_WIDTH * 1.5)
                .show(ui, |ui| panels.palette.ui(ui, &mut cx));
        }
        if !panels.inspector_hidden {
            egui::Panel::right(("inspector", language))
                .default_size(theme::INSPECTOR_WIDTH)
                .max_size(theme::INSPECTOR_WIDTH * 1.5)
                .show(ui, |ui| inspector::inspector_ui(ui, &mut cx));
        }
        if cx.shared.findings_open() {
            egui::Panel::bottom("findings")
                .resizable(true)
                .default_size(theme::FINDINGS_HEIGHT)
                .show(ui, |ui| panels.risk.ui(ui, &mut cx));
        } else {
            cx.shared.set_highlight(None);
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            panels.canvas.ui(ui, &mut cx);
            panels.sketch.ui(ui, ui.max_rect(), &mut cx);
        });
    }
}
