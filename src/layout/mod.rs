//! Placement of sites on the diagram: one lane (column) per group of jurisdictions.
//!
//! For now this is a simple placement (sites stacked in their lane in id order), used by the CSV
//! import; the ordering that keeps arrows short comes with the auto-layout.

use std::collections::BTreeMap;

use crate::model::{Lane, Map, Point, SiteId};

/// The width of one lane, in map units.
pub const LANE_WIDTH: f32 = 320.0;
/// The vertical distance between two sites stacked in a lane, in map units.
pub const ROW_HEIGHT: f32 = 140.0;
/// Where the first site of a lane sits below the lane heading, in map units.
pub const FIRST_ROW_Y: f32 = 100.0;

/// The centre of row `row` in `lane`, in map units.
pub fn slot_position(lane: Lane, row: usize) -> Point {
    // Rows stay far below f32's exact-integer range for any map that fits in memory.
    #[allow(clippy::cast_precision_loss)]
    let (column, row) = (lane.index() as f32, row as f32);
    Point::new(
        LANE_WIDTH * column + LANE_WIDTH / 2.0,
        FIRST_ROW_Y + ROW_HEIGHT * row,
    )
}

/// Gives every site without a position a slot in its jurisdiction's lane, below the sites
/// already placed there. Sites that have a position keep it.
pub fn place_unplaced(map: &mut Map) {
    let mut next_row: BTreeMap<Lane, usize> = BTreeMap::new();
    for site in map.sites() {
        if let Some(position) = site.position {
            let lane = site.jurisdiction.lane();
            let below = ((position.y - FIRST_ROW_Y) / ROW_HEIGHT).floor() + 1.0;
            // Saturating float-to-int conversion: a site far above row 0 counts as row 0.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let below = below.max(0.0) as usize;
            let row = next_row.entry(lane).or_insert(0);
            *row = (*row).max(below);
        }
    }
    let unplaced: Vec<SiteId> = map
        .sites()
        .filter(|site| site.position.is_none())
        .map(|site| site.id.clone())
        .collect();
    for id in unplaced {
        let Some(mut site) = map.site(&id).cloned() else {
            continue;
        };
        let lane = site.jurisdiction.lane();
        let row = next_row.entry(lane).or_insert(0);
        site.position = Some(slot_position(lane, *row));
        *row += 1;
        // The site exists and the position is finite, so this cannot be refused.
        let _ = map.replace_site(site);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jurisdiction, Site, SiteKind};

    fn add(map: &mut Map, id: &str, jurisdiction: Jurisdiction, position: Option<Point>) {
        let mut site = Site::new(SiteId::new(id).unwrap(), id, SiteKind::Office, jurisdiction);
        site.position = position;
        map.add_site(site).unwrap();
    }

    fn position(map: &Map, id: &str) -> Point {
        map.site(&SiteId::new(id).unwrap())
            .unwrap()
            .position
            .unwrap()
    }

    #[test]
    fn unplaced_sites_go_to_their_lane_in_id_order() {
        let mut map = Map::default();
        add(&mut map, "b-office", Jurisdiction::Macau, None);
        add(&mut map, "a-office", Jurisdiction::Macau, None);
        add(&mut map, "dingtalk", Jurisdiction::Mainland, None);
        add(&mut map, "lisbon", "PT".parse().unwrap(), None);
        place_unplaced(&mut map);
        assert_eq!(position(&map, "a-office"), slot_position(Lane::Macau, 0));
        assert_eq!(position(&map, "b-office"), slot_position(Lane::Macau, 1));
        assert_eq!(position(&map, "dingtalk"), slot_position(Lane::Mainland, 0));
        assert_eq!(position(&map, "lisbon"), slot_position(Lane::Elsewhere, 0));
    }

    #[test]
    fn placed_sites_keep_their_place_and_new_ones_go_below() {
        let mut map = Map::default();
        let kept = slot_position(Lane::Macau, 2);
        add(&mut map, "hq", Jurisdiction::Macau, Some(kept));
        add(&mut map, "new", Jurisdiction::Macau, None);
        place_unplaced(&mut map);
        assert_eq!(position(&map, "hq"), kept);
        assert_eq!(position(&map, "new"), slot_position(Lane::Macau, 3));
    }
}
