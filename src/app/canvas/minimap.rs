//! The overview minimap in the canvas's bottom-right corner: the lanes, every site as a dot in
//! its worst finding's colour, and the part of the map in view. Clicking or dragging in it
//! moves the view there. It is hidden on small maps and by View › Minimap.
//!
//! The dots are one small image, drawn once per revision (and filter and place on screen), so a
//! map of thousands of sites costs one textured rectangle a frame.

use egui::{Color32, ColorImage, Id, Pos2, Rect, Sense, Stroke, TextureHandle, Ui, Vec2};

use super::CanvasState;
use super::to_egui;
use crate::app::state::CanvasFilter;
use crate::app::theme::{self, colour};
use crate::app::view::View;
use crate::app::words::t;
use crate::model::Date;
use crate::scene::Scene;
use crate::scene::theme as diagram;

/// Where the minimap goes in a canvas at `canvas` (screen points).
pub(super) fn minimap_rect(canvas: Rect) -> Rect {
    let size = Vec2::from(theme::MINIMAP_SIZE);
    Rect::from_min_size(
        canvas.right_bottom() - size - Vec2::splat(theme::MINIMAP_MARGIN),
        size,
    )
}

/// Whether the minimap shows for `view`: wanted, and the map is not small.
pub(super) fn shown(view: &View<'_>, state: &CanvasState) -> bool {
    state.minimap && view.map.site_count() >= theme::MINIMAP_MIN_SITES
}

/// From map units to the minimap's points and back. A map far taller than wide (or wider than
/// tall), as a large map in lanes is, is stretched to fill the minimap: the lanes read as
/// columns and the sites spread along them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Mapping {
    bounds: Rect,
    inner: Rect,
    scale: Vec2,
}

impl Mapping {
    /// The mapping of `bounds` (map units) into `rect` (points), with a small inset.
    pub(super) fn new(bounds: Rect, rect: Rect) -> Self {
        let inner = rect.shrink(4.0);
        let fill = inner.size() / bounds.size().max(Vec2::splat(1.0));
        let uniform = fill.min_elem();
        // Uniform while the shapes are alike; stretched where one would be a thin strip.
        let scale = if fill.max_elem() <= uniform * 2.0 {
            Vec2::splat(uniform)
        } else {
            fill
        };
        let used = bounds.size() * scale;
        let inner = Rect::from_center_size(inner.center(), used);
        Self {
            bounds,
            inner,
            scale,
        }
    }

    /// Where a map point is on the minimap.
    pub(super) fn to_minimap(self, at: Pos2) -> Pos2 {
        self.inner.min + (at - self.bounds.min) * self.scale
    }

    /// Where a map rectangle is on the minimap.
    pub(super) fn rect_to_minimap(self, rect: Rect) -> Rect {
        Rect::from_min_max(self.to_minimap(rect.min), self.to_minimap(rect.max))
    }

    /// The map point under a minimap point.
    pub(super) fn to_map(self, at: Pos2) -> Pos2 {
        self.bounds.min + (at - self.inner.min) / self.scale
    }
}

/// The part of the map the minimap shows: the lanes and everything on them.
fn bounds(scene: &Scene) -> Option<Rect> {
    let lanes = scene
        .lanes
        .iter()
        .map(|lane| to_egui(lane.rect))
        .reduce(|a, b| a.union(b));
    let sites = scene
        .sites
        .iter()
        .map(|card| to_egui(card.rect))
        .reduce(|a, b| a.union(b));
    match (lanes, sites) {
        (Some(lanes), Some(sites)) => Some(lanes.union(sites)),
        (lanes, sites) => lanes.or(sites),
    }
}

/// The minimap's dots and the bounds they were drawn for, remembered between frames.
#[derive(Clone)]
struct Dots {
    key: (u64, Date, Option<CanvasFilter>, [u32; 4]),
    bounds: Option<Rect>,
    texture: Option<TextureHandle>,
}

/// The map's bounds and an image of every site as a dot in its worst finding's colour, drawn
/// at the screen's pixels into a minimap at `rect`; remembered under `memory` for what it was
/// drawn from.
fn dots(ui: &Ui, memory: Id, view: &View<'_>, filter: Option<&CanvasFilter>, rect: Rect) -> Dots {
    let ppp = ui.ctx().pixels_per_point();
    let corners = [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(|v| (v * ppp).to_bits());
    let key = (view.revision(), view.today, filter.cloned(), corners);
    if let Some(dots) = ui.data(|data| data.get_temp::<Dots>(memory))
        && dots.key == key
    {
        return dots;
    }
    let bounds = bounds(view.whole_scene());
    let texture = bounds.map(|bounds| {
        let mapping = Mapping::new(bounds, rect);
        // Whole pixels: the minimap is a few hundred of them each way.
        let [width, height] =
            [rect.width(), rect.height()].map(|v| (v * ppp).ceil().max(1.0) as usize);
        let mut image = ColorImage::filled([width, height], Color32::TRANSPARENT);
        let dot = (2.5 * ppp).round().max(1.0);
        for card in &view.scene().sites {
            let at = (mapping.to_minimap(super::pos(card.rect.centre())) - rect.min) * ppp;
            let ink = colour(card.outline.ink);
            let (left, top, side) = (
                (at.x - dot / 2.0).max(0.0) as usize,
                (at.y - dot / 2.0).max(0.0) as usize,
                dot as usize,
            );
            for y in top..(top + side).min(height) {
                for x in left..(left + side).min(width) {
                    if let Some(pixel) = image.pixels.get_mut(y * width + x) {
                        *pixel = ink;
                    }
                }
            }
        }
        ui.ctx()
            .load_texture("minimap", image, egui::TextureOptions::NEAREST)
    });
    let dots = Dots {
        key,
        bounds,
        texture,
    };
    ui.data_mut(|data| data.insert_temp(memory, dots.clone()));
    dots
}

/// Paints the minimap over the canvas at `canvas` and moves the view when it is clicked or
/// dragged.
pub(super) fn minimap_ui(ui: &Ui, canvas: Rect, view: &View<'_>, state: &mut CanvasState) {
    let scene = view.scene();
    let rect = minimap_rect(canvas);
    let memory = ui.scope_id().with("minimap");
    let dots = dots(ui, memory.with("dots"), view, state.filter(), rect);
    let Some(bounds) = dots.bounds else {
        return;
    };
    let mapping = Mapping::new(bounds, rect);
    egui::Area::new(memory)
        .order(egui::Order::Middle)
        .fixed_pos(rect.min)
        .constrain(false)
        .show(ui.ctx(), |ui| {
            let (rect, response) = ui.allocate_exact_size(rect.size(), Sense::click_and_drag());
            let name = t("ui-minimap-name");
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
            let painter = ui.painter_at(rect);
            painter.rect(
                rect,
                4.0,
                colour(diagram::BACKGROUND).gamma_multiply(0.95),
                Stroke::new(1.0, colour(diagram::LANE_BORDER)),
                egui::StrokeKind::Inside,
            );
            for lane in &scene.lanes {
                let band = mapping.rect_to_minimap(to_egui(lane.rect));
                painter.rect_filled(band, 0.0, colour(lane.fill));
            }
            if let Some(texture) = &dots.texture {
                let whole = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
                painter.image(texture.id(), rect, whole, Color32::WHITE);
            }
            // Never thinner than a few points, so a small part of a tall map still shows.
            let in_view = mapping.rect_to_minimap(state.scene_rect());
            let in_view =
                Rect::from_center_size(in_view.center(), in_view.size().max(Vec2::splat(5.0)))
                    .intersect(rect.shrink(1.0));
            if in_view.is_positive() {
                let selection = colour(diagram::SELECTION);
                painter.rect(
                    in_view.expand(1.0),
                    1.0,
                    selection.gamma_multiply(0.12),
                    Stroke::new(1.5, selection),
                    egui::StrokeKind::Outside,
                );
            } else {
                // The view is off the map: say so at the edge nearest it.
                painter.circle_filled(
                    rect.clamp(mapping.to_minimap(state.scene_rect().center())),
                    3.0,
                    colour(diagram::SELECTION),
                );
            }
            let response = response.on_hover_text(t("ui-minimap-tip"));
            if (response.clicked() || response.dragged())
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let at = mapping.to_map(rect.clamp(pointer));
                let size = state.scene_rect().size();
                state.look_at(Rect::from_center_size(at, size));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mapping_goes_there_and_back_and_stretches_only_thin_maps() {
        let minimap = Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(220.0, 160.0));
        for bounds in [
            Rect::from_min_size(Pos2::ZERO, Vec2::new(1600.0, 1200.0)),
            Rect::from_min_size(Pos2::new(0.0, -40.0), Vec2::new(1600.0, 90_000.0)),
        ] {
            let mapping = Mapping::new(bounds, minimap);
            for at in [bounds.min, bounds.center(), bounds.max] {
                let back = mapping.to_map(mapping.to_minimap(at));
                assert!(
                    (back - at).length() < bounds.size().max_elem() * 1e-5,
                    "{at:?}"
                );
                assert!(minimap.contains(mapping.to_minimap(at)), "{at:?}");
            }
        }
        // A map shaped like the minimap keeps its shape; a strip 56 times taller than wide
        // fills the minimap's width instead of being a few points wide.
        let square = Mapping::new(
            Rect::from_min_size(Pos2::ZERO, Vec2::new(1600.0, 1200.0)),
            minimap,
        );
        assert!((square.scale.x - square.scale.y).abs() < 1e-6);
        let strip = Mapping::new(
            Rect::from_min_size(Pos2::ZERO, Vec2::new(1600.0, 90_000.0)),
            minimap,
        );
        assert!(strip.inner.width() > 200.0, "{:?}", strip.inner);
    }
}
