//! The canvas keeps its zoom when the panels beside it change width (the inspector grows with
//! what is selected): the map stays at the same scale with the same top-left corner, where
//! egui's scene would otherwise fit the old view into the new width and shrink every card.
//! Right after a fit or a reveal, while the panels settle (the inspector shows what was just
//! selected), the fit or the reveal is made again for the new size instead.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use super::CanvasState;

/// How long after a fit or a reveal, in seconds, a change of the canvas's size makes it again.
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
    /// The part of the map last brought into view, and when.
    revealed: Option<(Rect, f64)>,
    /// The UI zoom (Ctrl+plus), whose changes the canvas follows by its own rule.
    ui_zoom: f32,
    /// Every site was in view: a canvas that grows or shrinks because a panel was hidden or
    /// shown fits the map again instead of leaving an empty band or cutting a lane off.
    whole: bool,
}

fn memory(ui: &Ui) -> egui::Id {
    ui.scope_id().with("shown view")
}

/// Before the camera moves: when the canvas is `viewport` big and was another size in the last
/// frame, keeps the zoom and the top-left corner (or fits again, right after a fit).
pub(super) fn keep_zoom(ui: &Ui, state: &mut CanvasState, viewport: Vec2) {
    let refit_if_whole = std::mem::take(&mut state.refit_if_whole);
    let Some(shown) = ui.data(|data| data.get_temp::<Shown>(memory(ui))) else {
        return;
    };
    let resized = (shown.size - viewport).abs().max_elem() >= 0.5;
    let ui_zoomed = shown.ui_zoom != ui.ctx().zoom_factor();
    if !resized || ui_zoomed || state.camera.fit || shown.zoom <= 0.0 || viewport.min_elem() <= 0.0
    {
        return;
    }
    let now = ui.input(|input| input.time);
    if (shown.whole && refit_if_whole)
        || shown
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
    if let Some((target, at)) = shown.revealed
        && now - at <= SETTLE_SECS
    {
        state.reveal(target);
    }
}

/// After the camera moved: what the canvas (`viewport` big, its top-left corner at
/// `top_left_on_screen`) shows, for the next frame, whether that holds `whole_in_map` (every
/// site), and whether it was just fitted or brought something into view.
pub(super) fn remember(
    ui: &Ui,
    (viewport, whole_in_map): (Vec2, Rect),
    top_left_on_screen: Pos2,
    screen_from_map: Option<TSTransform>,
    (fitted, revealed): (bool, Option<Rect>),
) {
    let Some(transform) = screen_from_map else {
        return;
    };
    let id = memory(ui);
    let before = ui.data(|data| data.get_temp::<Shown>(id));
    let now = ui.input(|input| input.time);
    let fitted_at = if fitted {
        Some(now)
    } else {
        before.and_then(|shown| shown.fitted_at)
    };
    let earlier = before.and_then(|shown| shown.revealed);
    let revealed = match revealed {
        // Made again while the panels settle, a reveal keeps its first time.
        Some(target) if earlier.is_some_and(|(known, _)| known == target) => earlier,
        Some(target) => Some((target, now)),
        None => earlier,
    };
    let top_left_in_map = transform.inverse() * top_left_on_screen;
    let visible = Rect::from_min_size(top_left_in_map, viewport / transform.scaling);
    let shown = Shown {
        whole: visible.expand(1.0).contains_rect(whole_in_map),
        size: viewport,
        top_left_in_map,
        zoom: transform.scaling,
        fitted_at,
        revealed,
        ui_zoom: ui.ctx().zoom_factor(),
    };
    ui.data_mut(|data| data.insert_temp(id, shown));
}
