//! The UI zoom (Ctrl+plus and Ctrl+minus, presentation mode) scales the canvas with the rest of
//! the window: the map keeps its points per map unit when the zoom changes, so its cards and
//! text grow in pixels as the panels' text does, instead of the view refitting to the same
//! pixels.

use egui::{Rect, Ui, Vec2};

use super::CanvasState;

/// Follows a change of the UI zoom since the last frame: the part of the map in view shrinks
/// (or grows) about its centre so that a map unit keeps its size in points in a canvas of
/// `viewport` points. A view set on purpose this frame, and a fit asked for, win.
pub(super) fn follow_ui_zoom(ui: &Ui, state: &mut CanvasState, viewport: Vec2) {
    let memory = ui.scope_id().with("ui-zoom");
    let zoom_factor = ui.ctx().zoom_factor();
    let before: Option<f32> = ui.data(|data| data.get_temp(memory));
    ui.data_mut(|data| data.insert_temp(memory, zoom_factor));
    let placed = std::mem::take(&mut state.camera.placed);
    let (Some(before), Some(transform)) = (before, state.screen_from_map()) else {
        return;
    };
    if placed || before == zoom_factor || transform.scaling <= 0.0 {
        return;
    }
    if viewport.x <= 0.0 || viewport.y <= 0.0 {
        return;
    }
    let centre = state.scene_rect().center();
    let kept = Rect::from_center_size(centre, viewport / transform.scaling);
    state.camera_moved(kept, Some(transform));
}

/// Screen pixels per map unit for a canvas transform of `scaling` points per map unit.
pub(super) fn pixels_per_unit(ui: &Ui, scaling: f32) -> f32 {
    scaling * ui.ctx().pixels_per_point()
}

/// How much one zoom step (=, - or View › Zoom in) changes the zoom: at most 1.25, so that no
/// step jumps from readable cards to empty boxes.
pub const ZOOM_STEP: f32 = 1.25;

impl CanvasState {
    /// Zooms the view by `factor` about its centre (within the canvas's zoom range).
    pub fn zoom_by(&mut self, factor: f32) {
        let rect = self.scene_rect();
        if factor <= 0.0 || !factor.is_finite() || rect.width() <= 0.0 {
            return;
        }
        let factor = match self.screen_from_map() {
            Some(transform) if transform.scaling > 0.0 => {
                let wanted = (transform.scaling * factor)
                    .clamp(crate::app::theme::MIN_ZOOM, crate::app::theme::MAX_ZOOM);
                wanted / transform.scaling
            }
            _ => factor,
        };
        self.look_at(Rect::from_center_size(rect.center(), rect.size() / factor));
    }

    /// Shows the map at one point per map unit (100 %), about the view's centre.
    pub fn zoom_to_actual(&mut self) {
        if let Some(transform) = self.screen_from_map()
            && transform.scaling > 0.0
        {
            self.zoom_by(1.0 / transform.scaling);
        }
    }

    /// The zoom of the last frame in percent (points per map unit), if the canvas was drawn.
    pub fn zoom_percent(&self) -> Option<u32> {
        let scaling = self.screen_from_map()?.scaling;
        // A zoom is between 0.2 % and 200 %: the cast keeps it whole.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        (scaling > 0.0).then(|| (scaling * 100.0).round() as u32)
    }
}

/// The zoom percentage in the canvas's bottom-left corner, with what changes it in its tooltip.
pub(super) fn zoom_badge_ui(ui: &Ui, canvas: Rect, state: &CanvasState) {
    let Some(percent) = state.zoom_percent() else {
        return;
    };
    let text = crate::app::words::tw("ui-zoom-percent", &[("percent", percent.into())]);
    let at = canvas.left_bottom() + Vec2::new(8.0, -8.0);
    let painter = ui.painter_at(canvas);
    let galley = painter.layout_no_wrap(
        text,
        egui::TextStyle::Small.resolve(ui.style()),
        ui.visuals().weak_text_color(),
    );
    let rect = egui::Align2::LEFT_BOTTOM.anchor_size(at, galley.size() + Vec2::new(8.0, 4.0));
    painter.rect_filled(
        rect,
        3.0,
        ui.visuals().extreme_bg_color.gamma_multiply(0.85),
    );
    painter.galley(
        rect.min + Vec2::new(4.0, 2.0),
        galley,
        ui.visuals().text_color(),
    );
    let response = ui.interact(rect, ui.scope_id().with("zoom-badge"), egui::Sense::hover());
    response.on_hover_text(crate::app::words::t("ui-zoom-percent-tip"));
}
