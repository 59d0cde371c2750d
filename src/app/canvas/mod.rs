//! The canvas: the shared [`Scene`] painted in an `egui::Scene` (pan and zoom), with selection,
//! moving, connecting and dropping new sites.
//!
//! Coordinate spaces: `*_in_map` are map units (the `Scene`'s and the file's), `*_on_screen` are
//! egui points; `screen_from_map` converts. Only what is in view is painted or laid out, and
//! labels are dropped when zoomed far out, so large maps stay fast.
//!
//! `paint` draws the scene's marks; `interact` turns clicks and drags into selection changes and
//! edits. Hit testing itself is the scene's (`scene::hit`).

mod filter;
mod guides;
mod interact;
mod keep_zoom;
mod minimap;
mod overview;
mod paint;
mod state;
mod zoom;

pub use filter::filter_bar_ui;
pub use state::{CanvasState, Drag};
pub use zoom::ZOOM_STEP;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use super::frame::FrameContext;
use super::state::Selection;
use super::theme::{self, colour};
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

/// Where the first selected site or flow is on the map, to bring it into view: a flow with the
/// whole cards at both its ends.
pub fn selection_rect(scene: &Scene, selection: &Selection) -> Option<Rect> {
    match (selection.sites.first(), selection.flows.first()) {
        (Some(site), _) => hit::site_bounds(scene, site).map(to_egui),
        (None, Some(flow)) => {
            let arrow = scene.flows.iter().find(|arrow| &arrow.id == flow)?;
            [&arrow.from, &arrow.to]
                .into_iter()
                .filter_map(|end| hit::site_bounds(scene, end))
                .map(to_egui)
                .fold(to_egui(arrow.bounds()), |all, card| all.union(card))
                .into()
        }
        (None, None) => None,
    }
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

/// The zoom at which a flow label is 12 pixels tall (where the overview takes a lane to).
pub fn readable_zoom() -> f32 {
    12.0 / diagram::FLOW_LABEL_SIZE
}

/// The view a fit gives in a canvas of `viewport` size: every site of the map, whatever the
/// zoom it takes (labels shorten to what fits, cards turn to boxes far out, never a lane cut
/// off). An empty map shows its lanes from the top-left corner, no further out than the zoom
/// where a new card's name is 12 pixels tall, so the first cards of a sketch read.
pub fn default_view(scene: &Scene, viewport: Vec2) -> Rect {
    let whole = fit_rect(scene);
    if viewport.x <= 0.0 || viewport.y <= 0.0 || !scene.sites.is_empty() {
        return whole;
    }
    let zoom = (viewport.x / whole.width()).min(viewport.y / whole.height());
    let wanted = 12.0 / diagram::SITE_NAME_SIZE;
    if zoom >= wanted {
        return whole;
    }
    Rect::from_min_size(whole.min, viewport / wanted)
}

/// Where the camera goes this frame: the default view when a fit was asked for, and far enough
/// to show a revealed flow or site with the whole cards at its ends; whether it fitted, and what
/// it revealed.
fn camera_target(
    scene: &Scene,
    state: &mut CanvasState,
    viewport: Vec2,
) -> (Rect, bool, Option<Rect>) {
    let mut scene_rect = state.scene_rect();
    let fitted = std::mem::take(&mut state.camera.fit);
    if fitted {
        scene_rect = default_view(scene, viewport);
    }
    let revealed = state.camera.reveal.take();
    if let Some(target) = revealed {
        // The target holds whole cards already: a margin round them is enough, so that a flow
        // is shown as large as its two ends allow.
        let target = target.expand2(Vec2::new(diagram::SITE_WIDTH, diagram::SITE_HEIGHT) * 0.25);
        scene_rect = reveal(scene_rect, target, viewport);
    }
    (scene_rect, fitted, revealed)
}

/// The view that shows `target` from `scene_rect` in a canvas of `viewport` size: the same view
/// when the target is in it already, moved no further than needed when the target fits (so
/// stepping through sites does not jump), else zoomed out round the target.
fn reveal(scene_rect: Rect, target: Rect, viewport: Vec2) -> Rect {
    // What the canvas shows of `scene_rect`: all of it, and more across its narrower side.
    let zoom = (viewport / scene_rect.size()).min_elem();
    let visible = if zoom.is_finite() && zoom > 0.0 {
        Rect::from_center_size(scene_rect.center(), viewport / zoom)
    } else {
        scene_rect
    };
    if visible.contains_rect(target) {
        return scene_rect;
    }
    if target.width() > visible.width() || target.height() > visible.height() {
        let size = visible.size().max(target.size() * 1.05);
        return Rect::from_center_size(target.center(), size);
    }
    let shift = |low: f32, high: f32, from: f32, to: f32| {
        if low < from {
            low - from
        } else if high > to {
            high - to
        } else {
            0.0
        }
    };
    visible.translate(Vec2::new(
        shift(
            target.left(),
            target.right(),
            visible.left(),
            visible.right(),
        ),
        shift(
            target.top(),
            target.bottom(),
            visible.top(),
            visible.bottom(),
        ),
    ))
}

impl CanvasState {
    /// Paints the canvas and handles its interaction: the map (or the part it is narrowed to,
    /// or its lanes' counts when zoomed far out), the minimap and the bar that narrows it.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut FrameContext<'_>) {
        self.take_requests(cx.requests);
        let canvas = ui.available_rect_before_wrap();
        self.on_screen = Some(canvas);
        let narrowed = self
            .filter
            .clone()
            .map(|filter| filter::shown_scene(ui, ui.scope_id().with("shown"), &cx.view, &filter));
        let view = match &narrowed {
            Some(scene) => cx.view.showing(scene),
            None => cx.view,
        };
        let mut cx = cx.showing(view);
        let collapsed = map_ui(ui, &mut cx, self, canvas);
        // Collapsed, the lanes' counts are the overview: the minimap would only repeat them.
        if collapsed {
            overview::overview_ui(ui, canvas, &view, self);
        } else if minimap::shown(&view, self) {
            minimap::minimap_ui(ui, canvas, &view, self);
        }
        zoom::zoom_badge_ui(ui, canvas, self);
        self.shown_counts = narrowed
            .as_ref()
            .map(|scene| (scene.sites.len(), scene.flows.len()));
    }
}

/// The map in the canvas at `canvas`, with its pan and zoom; whether it is zoomed so far out
/// that the lanes collapse to their counts (then the map itself is not drawn).
fn map_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut CanvasState, canvas: Rect) -> bool {
    let view = cx.view;
    // A view fitted to a window that has since changed size (a window opens small, then is
    // maximised) is fitted again, as long as the user has not moved it. The window's size is
    // what counts: the panels beside the canvas change its width as their content changes.
    let viewport = ui.available_size();
    // In pixels: a change of UI zoom is not a resize (the canvas follows it instead).
    let window = ui.ctx().content_rect().size() * ui.ctx().pixels_per_point();
    let memory = ui.scope_id().with("fitted-view");
    let fitted_before: Option<(Vec2, Rect)> = ui.data(|data| data.get_temp(memory));
    let resized = |size: Vec2| {
        (size.x - window.x).abs() > size.x * 0.1 || (size.y - window.y).abs() > size.y * 0.1
    };
    if let Some((size, rect)) = fitted_before
        && resized(size)
        && rect == state.scene_rect()
    {
        state.request_fit();
    }
    zoom::follow_ui_zoom(ui, state, viewport);
    keep_zoom::keep_zoom(ui, state, viewport);
    let (mut scene_rect, fitted, revealed) = camera_target(view.scene(), state, viewport);
    let scaling = (viewport / scene_rect.size())
        .min_elem()
        .clamp(theme::MIN_ZOOM, theme::MAX_ZOOM);
    let collapsed = overview::collapsed(zoom::pixels_per_unit(ui, scaling));
    let background = ui.painter().clone();
    background.rect_filled(ui.max_rect(), 0.0, colour(diagram::BACKGROUND));

    let mut screen_from_map = None;
    let mut from_global = TSTransform::IDENTITY;
    let mut held_back = None;
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
            if !collapsed {
                let px = zoom::pixels_per_unit(ui, transform.scaling);
                held_back = interact::draw_and_interact(ui, &view, cx, state, px);
            }
        })
        .response;
    state.camera_moved(scene_rect, screen_from_map);
    keep_zoom::remember(
        ui,
        (viewport, fit_rect(view.scene())),
        canvas.min,
        screen_from_map,
        (fitted, revealed),
    );
    if fitted {
        ui.data_mut(|data| data.insert_temp(memory, (window, scene_rect)));
    } else if fitted_before.is_some_and(|(_, rect)| rect != scene_rect) {
        ui.data_mut(|data| data.remove::<(Vec2, Rect)>(memory));
    }

    let pointer = ui.input(|input| input.pointer.interact_pos());
    let pointer_in_map = pointer.map(|pointer| from_global * pointer);
    if collapsed {
        // The columns take no clicks of their own: the background's click picks the lane.
        if response.double_clicked() {
            state.request_fit();
        } else if response.clicked()
            && let Some(pointer) = pointer
            && let Some(lane) = overview::column_at(ui, &view, state, canvas, pointer)
        {
            let map_left = view
                .scene()
                .lanes
                .first()
                .map_or(lane.left(), |first| to_egui(first.rect).left());
            overview::go_to_lane(state, lane, viewport, map_left);
        }
    } else {
        interact::background_interaction(ui, &response, view.scene(), cx, state, pointer_in_map);
    }
    interact::drop_preset(&response, &view, cx, pointer_in_map);
    guides::lane_note_ui(ui, canvas, held_back);
    collapsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reveal_moves_the_view_no_further_than_it_must() {
        let viewport = Vec2::new(800.0, 400.0);
        let view = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 400.0));
        // In view: nothing moves.
        let inside = Rect::from_min_size(Pos2::new(100.0, 100.0), Vec2::splat(50.0));
        assert_eq!(reveal(view, inside, viewport), view);
        // Just off the right: the view slides right by the overlap, at the same zoom.
        let right = Rect::from_min_size(Pos2::new(780.0, 100.0), Vec2::splat(50.0));
        let moved = reveal(view, right, viewport);
        assert_eq!(moved, view.translate(Vec2::new(30.0, 0.0)));
        // Larger than the view: it zooms out round the target.
        let wide = Rect::from_min_size(Pos2::new(-500.0, 0.0), Vec2::new(2000.0, 100.0));
        let out = reveal(view, wide, viewport);
        assert!(out.contains_rect(wide) && out.width() > view.width());
        // A stored view narrower than the canvas shows more across: a target there is in view.
        let narrow = Rect::from_center_size(Pos2::new(400.0, 200.0), Vec2::new(400.0, 400.0));
        let beside = Rect::from_min_size(Pos2::new(650.0, 100.0), Vec2::splat(50.0));
        assert_eq!(reveal(narrow, beside, viewport), narrow);
    }

    fn zoom_of(view: Rect, viewport: Vec2) -> f32 {
        (viewport.x / view.width()).min(viewport.y / view.height())
    }

    #[test]
    fn the_default_view_holds_every_site_on_a_small_screen_and_reads_on_an_empty_map() {
        let map = crate::io::parse_map(include_bytes!("../../../samples/pearl-delta-hengqin.ron"))
            .unwrap();
        let scene = crate::scene::build(&map, None);
        // The canvas of a 1280×720 window between the palette, inspector and risk panel, of a
        // 1366×768 one, and of a 1920×1080 projector.
        for viewport in [
            Vec2::new(700.0, 330.0),
            Vec2::new(836.0, 394.0),
            Vec2::new(1390.0, 700.0),
        ] {
            let view = default_view(&scene, viewport);
            let zoom = zoom_of(view, viewport);
            let visible = Rect::from_center_size(view.center(), viewport / zoom);
            for card in &scene.sites {
                assert!(visible.contains_rect(to_egui(card.rect)), "{}", card.name);
            }
        }
        // An empty map opens where a new card's name is 12 pixels tall, from its first lane.
        let scene = crate::scene::build(&crate::model::Map::default(), None);
        let viewport = Vec2::new(836.0, 394.0);
        let view = default_view(&scene, viewport);
        assert!(zoom_of(view, viewport) * diagram::SITE_NAME_SIZE >= 11.99);
        let heading = pos(scene.lanes[0].heading[0].bounds().min);
        assert!(view.contains(heading), "{view:?} {heading:?}");
    }
}
