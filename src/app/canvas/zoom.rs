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
