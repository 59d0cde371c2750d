//! The canvas: the shared [`Scene`] painted in an `egui::Scene` (pan and zoom), with selection,
//! moving, connecting and dropping new sites.
//!
//! Coordinate spaces: `*_in_map` are map units (the `Scene`'s and the file's), `*_on_screen` are
//! egui points; `screen_from_map` converts. Only what is in view is painted or laid out, and
//! labels are dropped when zoomed far out, so large maps stay fast.
//!
//! `paint` draws the scene's marks; `interact` turns clicks and drags into selection changes and
//! edits. Hit testing itself is the scene's (`scene::hit`).

mod interact;
mod paint;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use super::PendingEdit;
use super::state::{Selection, UiState};
use super::theme::{self, colour};
use super::view::View;
use crate::model::Point;
use crate::scene::theme as diagram;
use crate::scene::{self, Scene, hit};

/// An egui rectangle from a scene rectangle (both in map units).
pub fn to_egui(rect: scene::Rect) -> Rect {
    Rect::from_min_max(pos(rect.min), pos(rect.max))
}

/// An egui point from a map point.
fn pos(point: Point) -> Pos2 {
    Pos2::new(point.x, point.y)
}

/// A map point from an egui point in map units.
fn point(pos: Pos2) -> Point {
    Point::new(pos.x, pos.y)
}

/// Where the first selected site or flow is on the map, to bring it into view.
pub fn selection_rect(scene: &Scene, selection: &Selection) -> Option<Rect> {
    let bounds = match (selection.sites.first(), selection.flows.first()) {
        (Some(site), _) => hit::site_bounds(scene, site),
        (None, Some(flow)) => hit::flow_bounds(scene, flow),
        (None, None) => None,
    };
    bounds.map(to_egui)
}

/// The view that shows every site with a margin (the lanes continue beyond it), or the lanes of
/// an empty map.
pub fn fit_rect(scene: &Scene) -> Rect {
    let content = scene
        .sites
        .iter()
        .map(|card| to_egui(card.rect))
        .reduce(|a, b| a.union(b));
    match (content, scene.bounds) {
        // Room above for the lane headings, and never closer than a few sites' worth.
        (Some(content), _) => {
            let top = scene
                .lanes
                .first()
                .map_or(content.top(), |lane| to_egui(lane.rect).top());
            let framed = content.union(Rect::from_min_max(
                Pos2::new(content.left(), top),
                content.center(),
            ));
            let min_size = Vec2::new(diagram::SITE_WIDTH * 3.0, diagram::SITE_HEIGHT * 5.0);
            Rect::from_center_size(framed.center(), framed.size().max(min_size)).expand(40.0)
        }
        (None, Some(bounds)) => to_egui(bounds),
        (None, None) => Rect::from_min_size(Pos2::ZERO, Vec2::new(1200.0, 800.0)),
    }
}

/// Where the camera goes this frame: the whole map when a fit was asked for, and far enough to
/// show a revealed flow or site with the whole cards at its ends.
fn camera_target(scene: &Scene, state: &mut UiState) -> Rect {
    let mut scene_rect = state.scene_rect();
    if state.take_fit_request() {
        scene_rect = fit_rect(scene);
    }
    if let Some(target) = state.take_reveal() {
        let target = target.expand2(Vec2::new(diagram::SITE_WIDTH * 0.6, diagram::SITE_HEIGHT));
        if !scene_rect.contains_rect(target) {
            let size = scene_rect.size().max(target.size() * 1.2);
            scene_rect = Rect::from_center_size(target.center(), size);
        }
    }
    scene_rect
}

/// Paints the canvas and handles its interaction.
pub fn canvas_ui(ui: &mut Ui, view: &View<'_>, state: &mut UiState, edits: &mut Vec<PendingEdit>) {
    let mut scene_rect = camera_target(view.scene(), state);
    let background = ui.painter().clone();
    background.rect_filled(ui.max_rect(), 0.0, colour(diagram::BACKGROUND));

    let mut screen_from_map = None;
    let mut from_global = TSTransform::IDENTITY;
    let response = egui::Scene::new()
        .zoom_range(theme::MIN_ZOOM..=theme::MAX_ZOOM)
        .drag_pan_buttons(egui::DragPanButtons::SECONDARY | egui::DragPanButtons::MIDDLE)
        .show(ui, &mut scene_rect, |ui| {
            let transform = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or(TSTransform::IDENTITY);
            screen_from_map = Some(transform);
            from_global = transform.inverse();
            interact::draw_and_interact(ui, view, state, edits, transform.scaling);
        })
        .response;
    state.camera_moved(scene_rect, screen_from_map);

    let pointer_in_map = ui
        .input(|input| input.pointer.interact_pos())
        .map(|pointer| from_global * pointer);
    interact::background_interaction(ui, &response, view.scene(), state, pointer_in_map);
    interact::drop_preset(&response, view, state, edits, pointer_in_map);
}
