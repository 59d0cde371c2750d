//! Hit testing on the scene, in map coordinates: which card or arrow is under a point, and where
//! a site or flow is. The canvas asks these; they know nothing about egui.

use super::{FlowArrow, Point, Rect, Scene, SiteCard};
use crate::model::{FlowId, SiteId};

/// The card under a point, topmost (last drawn) first.
pub fn card_at(scene: &Scene, pos_in_map: Point) -> Option<&SiteCard> {
    scene
        .sites
        .iter()
        .rev()
        .find(|card| card.rect.contains(pos_in_map))
}

/// The arrow nearest to a point within `reach` map units, if any.
pub fn arrow_near(scene: &Scene, pos_in_map: Point, reach: f32) -> Option<&FlowArrow> {
    scene
        .flows
        .iter()
        .map(|arrow| (distance_to_arrow(arrow, pos_in_map), arrow))
        .filter(|(distance, _)| *distance <= reach)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, arrow)| arrow)
}

/// Distance from a point to an arrow's curve, sampled.
pub fn distance_to_arrow(arrow: &FlowArrow, pos_in_map: Point) -> f32 {
    const SAMPLES: u16 = 24;
    (0..=SAMPLES)
        .map(|i| arrow.point_at(f32::from(i) / f32::from(SAMPLES)))
        .map(|point| (point.x - pos_in_map.x).hypot(point.y - pos_in_map.y))
        .fold(f32::INFINITY, f32::min)
}

/// The cards that a band (selection rectangle) touches.
pub fn cards_in(scene: &Scene, band: Rect) -> impl Iterator<Item = &SiteCard> {
    scene
        .sites
        .iter()
        .filter(move |card| band.intersects(&card.rect))
}

/// Where a site's card is.
pub fn site_bounds(scene: &Scene, id: &SiteId) -> Option<Rect> {
    scene
        .sites
        .iter()
        .find(|card| &card.id == id)
        .map(|card| card.rect)
}

/// Where a flow's arrow is.
pub fn flow_bounds(scene: &Scene, id: &FlowId) -> Option<Rect> {
    scene
        .flows
        .iter()
        .find(|arrow| &arrow.id == id)
        .map(FlowArrow::bounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_on_a_card_hits_it_and_a_point_on_an_arrow_finds_it() {
        let map = crate::generate::synthetic_map(6, 6, 3);
        let scene = crate::scene::build(&map, None);
        let card = scene.sites.first().unwrap();
        assert_eq!(
            card_at(&scene, card.rect.centre()).map(|c| &c.id),
            Some(&card.id)
        );
        assert!(card_at(&scene, Point::new(-1e6, -1e6)).is_none());
        let arrow = scene.flows.first().unwrap();
        let on_curve = arrow.point_at(0.5);
        assert!(distance_to_arrow(arrow, on_curve) < 1.0);
        assert!(arrow_near(&scene, on_curve, 2.0).is_some());
        assert_eq!(site_bounds(&scene, &card.id), Some(card.rect));
        assert_eq!(flow_bounds(&scene, &arrow.id), Some(arrow.bounds()));
    }
}
