//! The canvas keeps its zoom when the panels beside it change width (the inspector grows with
//! what is selected): the map stays at the same scale with the same top-left corner, where
//! egui's scene would otherwise fit the old view into the new width and shrink every card.
//! Right after a fit, while the panels settle, the fit is made again for the new size instead.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use crate::app::state::UiState;

/// How long after a fit, in seconds, a change of the canvas's size fits again.
const SETTLE_SECS: f64 = 0.5;

/// What the canvas showed in the last frame.
#[derive(Clone, Copy, Debug)]
struct Shown {
    /// The canvas's size on screen.
    size: Vec2,
    /// The map point at its top-left corner.
    top_left_in_map: Pos2,
    /// Screen points per map unit.
    zoom: f32,
    /// When the view was last fitted, in egui's time.
    fitted_at: Option<f64>,
}

fn memory(ui: &Ui) -> egui::Id {
    ui.scope_id().with("shown view")
}

/// Before the camera moves: when the canvas is `viewport` big and was another size in the last
/// frame, keeps the zoom and the top-left corner (or fits again, right after a fit).
pub(super) fn keep_zoom(ui: &Ui, state: &mut UiState, viewport: Vec2) {
    let Some(shown) = ui.data(|data| data.get_temp::<Shown>(memory(ui))) else {
        return;
    };
    let resized = (shown.size - viewport).abs().max_elem() >= 0.5;
    if !resized || state.fit_pending() || shown.zoom <= 0.0 || viewport.min_elem() <= 0.0 {
        return;
    }
    let now = ui.input(|input| input.time);
    if shown
        .fitted_at
        .is_some_and(|fitted| now - fitted <= SETTLE_SECS)
    {
        state.request_fit();
        return;
    }
    state.look_at(Rect::from_min_size(
        shown.top_left_in_map,
        viewport / shown.zoom,
    ));
}

/// After the camera moved: what the canvas (`viewport` big, its top-left corner at
/// `top_left_on_screen`) shows, for the next frame.
pub(super) fn remember(
    ui: &Ui,
    viewport: Vec2,
    top_left_on_screen: Pos2,
    screen_from_map: Option<TSTransform>,
    fitted: bool,
) {
    let Some(transform) = screen_from_map else {
        return;
    };
    let id = memory(ui);
    let before = ui.data(|data| data.get_temp::<Shown>(id));
    let fitted_at = if fitted {
        Some(ui.input(|input| input.time))
    } else {
        before.and_then(|shown| shown.fitted_at)
    };
    let shown = Shown {
        size: viewport,
        top_left_in_map: transform.inverse() * top_left_on_screen,
        zoom: transform.scaling,
        fitted_at,
    };
    ui.data_mut(|data| data.insert_temp(id, shown));
}
