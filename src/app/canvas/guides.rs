//! Moving cards as in a drawing program: the dragged card snaps to the centres of the other
//! cards, with a guide line to each one it lines up with, and every card lands inside its lane.
//! What is drawn while dragging is where the cards will land; when a lane holds a card back, a
//! note says why.

use std::collections::BTreeSet;

use egui::{Pos2, Rect, Stroke, Ui, Vec2};

use super::{point, pos, to_egui};
use crate::app::theme::colour;
use crate::app::words::t;
use crate::layout::clamp_to_lane;
use crate::model::{Lane, Map, SiteId};
use crate::scene::Scene;
use crate::scene::theme as diagram;

/// How close, in screen points, a card's centre must come to another's to snap to it.
pub const SNAP_POINTS: f32 = 8.0;
/// How long, in seconds, the lane's note stays after the card is let go.
const NOTE_SECS: f64 = 3.0;

/// Where the cards being dragged will land.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Landing {
    /// Each moving site and how far it moves, in map units (snapped, then kept in its lane).
    pub offsets: Vec<(SiteId, Vec2)>,
    /// The guide lines to the cards the dragged one lines up with, in map units.
    pub guides: Vec<[Pos2; 2]>,
    /// The lane that holds a card back from where it was dragged, if any.
    pub held_back: Option<Lane>,
}

impl Landing {
    /// How far `id` moves.
    pub fn offset_of(&self, id: &SiteId) -> Vec2 {
        self.offsets
            .iter()
            .find(|(moving, _)| moving == id)
            .map_or(Vec2::ZERO, |(_, offset)| *offset)
    }
}

/// Where `sites` land when dragged by `delta_in_map` by the card of `anchor`: the anchor's
/// centre snaps (within `reach_in_map`) to the centre line of the nearest other card, each
/// way; then each site is kept inside its lane.
pub fn landing(
    map: &Map,
    scene: &Scene,
    sites: &[SiteId],
    anchor: &SiteId,
    delta_in_map: Vec2,
    reach_in_map: f32,
) -> Landing {
    let moving: BTreeSet<&SiteId> = sites.iter().collect();
    let mut snapped = delta_in_map;
    let mut guides = Vec::new();
    if let Some(card) = scene.sites.iter().find(|card| &card.id == anchor) {
        let centre = to_egui(card.rect).center() + delta_in_map;
        // The nearest centre line each way, among the cards that stay where they are.
        let mut best_x: Option<(f32, Pos2)> = None;
        let mut best_y: Option<(f32, Pos2)> = None;
        for other in scene
            .sites
            .iter()
            .filter(|other| !moving.contains(&other.id))
        {
            let at = to_egui(other.rect).center();
            let (dx, dy) = ((at.x - centre.x).abs(), (at.y - centre.y).abs());
            if dx <= reach_in_map && best_x.is_none_or(|(best, _)| dx < best) {
                best_x = Some((dx, at));
            }
            if dy <= reach_in_map && best_y.is_none_or(|(best, _)| dy < best) {
                best_y = Some((dy, at));
            }
        }
        if let Some((_, at)) = best_x {
            snapped.x += at.x - centre.x;
        }
        if let Some((_, at)) = best_y {
            snapped.y += at.y - centre.y;
        }
        let landed = to_egui(card.rect).center() + snapped;
        if let Some((_, at)) = best_x {
            guides.push([Pos2::new(at.x, at.y), Pos2::new(at.x, landed.y)]);
        }
        if let Some((_, at)) = best_y {
            guides.push([Pos2::new(at.x, at.y), Pos2::new(landed.x, at.y)]);
        }
    }
    let mut held_back = None;
    let offsets = sites
        .iter()
        .filter_map(|id| {
            let site = map.site(id)?;
            let from = site.position?;
            let wanted = pos(from) + snapped;
            let lane = site.jurisdiction.lane();
            let kept = pos(clamp_to_lane(
                lane,
                point(wanted),
                diagram::SITE_WIDTH / 2.0,
            ));
            if (kept.x - wanted.x).abs() > 0.5 && held_back.is_none() {
                held_back = Some(lane);
            }
            Some((id.clone(), kept - pos(from)))
        })
        .collect();
    // A guide to a card the lane does not let the dragged one reach would mislead.
    if held_back.is_some() {
        guides.clear();
    }
    Landing {
        offsets,
        guides,
        held_back,
    }
}

/// The guide lines of a drag in progress.
pub fn paint_guides(painter: &egui::Painter, landing: &Landing, zoom: f32) {
    // A hairline on screen at any zoom.
    let stroke = Stroke::new(1.0 / zoom.max(f32::EPSILON), colour(diagram::SELECTION));
    for [from, to] in &landing.guides {
        let length = from.distance(*to);
        if length < 1.0 {
            continue;
        }
        let dash = 6.0 / zoom.max(f32::EPSILON);
        painter.extend(egui::Shape::dashed_line(&[*from, *to], stroke, dash, dash));
    }
}

/// The catalogue key of the note for cards held back by `lane`.
fn note_key(lane: Lane) -> &'static str {
    match lane {
        Lane::Macau => "ui-lane-note-macau",
        Lane::MainlandGba => "ui-lane-note-mainland-gba",
        Lane::Mainland => "ui-lane-note-mainland",
        Lane::HongKong => "ui-lane-note-hong-kong",
        Lane::Elsewhere => "ui-lane-note-elsewhere",
    }
}

/// While a lane holds a dragged card back, and for a few seconds after it is let go, a note at
/// the bottom of the canvas (`canvas` on screen) says why and how to move it.
pub fn lane_note_ui(ui: &Ui, canvas: Rect, held_back: Option<Lane>) {
    let memory = ui.scope_id().with("lane note");
    let now = ui.input(|input| input.time);
    if let Some(lane) = held_back {
        ui.data_mut(|data| data.insert_temp(memory, (lane, now + NOTE_SECS)));
    }
    let Some((lane, until)) = ui.data(|data| data.get_temp::<(Lane, f64)>(memory)) else {
        return;
    };
    if now > until {
        ui.data_mut(|data| data.remove::<(Lane, f64)>(memory));
        return;
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(until - now));
    egui::Area::new(memory)
        .order(egui::Order::Foreground)
        .fixed_pos(canvas.center_bottom() - Vec2::new(0.0, 16.0))
        .pivot(egui::Align2::CENTER_BOTTOM)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new(t(note_key(lane))).strong());
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jurisdiction, Point, Site, SiteKind};

    fn map() -> Map {
        let mut map = Map::default();
        for (id, jurisdiction, at) in [
            ("a", Jurisdiction::Macau, (160.0, 100.0)),
            ("b", Jurisdiction::Macau, (160.0, 400.0)),
            ("c", Jurisdiction::MainlandGba, (480.0, 250.0)),
        ] {
            let mut site = Site::new(SiteId::new(id).unwrap(), id, SiteKind::Office, jurisdiction);
            site.position = Some(Point::from(at));
            map.add_site(site).unwrap();
        }
        map
    }

    #[test]
    fn a_card_near_another_s_centre_line_snaps_to_it_with_a_guide() {
        let map = map();
        let scene = crate::scene::build(&map, None);
        let a = SiteId::new("a").unwrap();
        // Dragged down to 5 units above c's centre line: it lands on it.
        let landing = landing(
            &map,
            &scene,
            std::slice::from_ref(&a),
            &a,
            Vec2::new(0.0, 145.0),
            8.0,
        );
        let centre_of = |id: &str| {
            let card = scene
                .sites
                .iter()
                .find(|card| card.id.as_str() == id)
                .unwrap();
            to_egui(card.rect).center()
        };
        let landed = centre_of("a") + landing.offset_of(&a);
        assert_eq!(landed.y, centre_of("c").y);
        assert_eq!(
            landing.guides.len(),
            2,
            "c's row and b's column: {landing:?}"
        );
        assert_eq!(landing.held_back, None);
        // Out of reach, it moves exactly as dragged.
        let free = super::landing(
            &map,
            &scene,
            std::slice::from_ref(&a),
            &a,
            Vec2::new(0.0, 60.0),
            8.0,
        );
        assert_eq!(free.offset_of(&a), Vec2::new(0.0, 60.0));
        assert!(
            free.guides
                .iter()
                .all(|[from, _]| from.x == centre_of("b").x)
        );
    }

    #[test]
    fn a_card_dragged_into_another_lane_stays_in_its_own_and_says_which() {
        let map = map();
        let scene = crate::scene::build(&map, None);
        let a = SiteId::new("a").unwrap();
        let landing = landing(
            &map,
            &scene,
            std::slice::from_ref(&a),
            &a,
            Vec2::new(400.0, 30.0),
            8.0,
        );
        assert_eq!(landing.held_back, Some(Lane::Macau));
        let x = 160.0 + landing.offset_of(&a).x;
        let (left, right) = crate::layout::lane_x_range(Lane::Macau);
        assert!(x > left && x < right, "{x}");
        assert!(landing.guides.is_empty());
    }
}
