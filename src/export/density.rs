//! "Too dense for one page", decided from the map alone before any layout or scene is built:
//! the sites' positions (or, for a map the export would lay out, how many sites share a lane)
//! give a size the diagram cannot be smaller than, so a map whose lower bound already exceeds
//! the longest readable sheet is refused in one pass over its sites.

use std::collections::BTreeMap;

use super::page::{DiagramError, FarSites, MAX_SHEET_UNITS, READABLE};
use crate::layout::ROW_HEIGHT;
use crate::model::{Lane, Map};
use crate::scene::theme::{SITE_HEIGHT, SITE_WIDTH};

/// The smallest the diagram of `map` can be, in map units (width, height).
fn least_size(map: &Map) -> (f32, f32) {
    if map.sites().any(|site| site.position.is_none()) {
        // The export lays the map out: one site per row in its lane.
        let mut per_lane: BTreeMap<Lane, usize> = BTreeMap::new();
        for site in map.sites() {
            *per_lane.entry(site.jurisdiction.lane()).or_insert(0) += 1;
        }
        let tallest = per_lane.values().copied().max().unwrap_or(0);
        // Rows stay far below f32's exact-integer range for any map that fits in memory.
        let height = tallest.saturating_sub(1) as f32 * ROW_HEIGHT + SITE_HEIGHT;
        let width = per_lane.len() as f32 * SITE_WIDTH;
        return (width, height);
    }
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for position in map.sites().filter_map(|site| site.position) {
        min_x = min_x.min(position.x);
        max_x = max_x.max(position.x);
        min_y = min_y.min(position.y);
        max_y = max_y.max(position.y);
    }
    if min_x > max_x {
        return (0.0, 0.0);
    }
    (max_x - min_x + SITE_WIDTH, max_y - min_y + SITE_HEIGHT)
}

/// Refuses at once, with the reason, a map whose diagram cannot be put on a readable page,
/// judged before any layout work; `Ok` means "not known to be too dense" (the page is still
/// measured when it is laid out).
pub fn refuse_before_layout(map: &Map) -> Result<(), DiagramError> {
    let (width, height) = least_size(map);
    if width * READABLE <= MAX_SHEET_UNITS && height * READABLE <= MAX_SHEET_UNITS {
        return Ok(());
    }
    let scale = (MAX_SHEET_UNITS / width.max(height).max(1.0)).min(1.0);
    Err(DiagramError::Unreadable {
        width,
        height,
        percent: scale * 100.0,
        far: far_sites(map),
    })
}

/// The top and bottom sites by their saved positions.
fn far_sites(map: &Map) -> Option<FarSites> {
    let placed = || map.sites().filter_map(|site| Some((site, site.position?)));
    let top = placed().min_by(|a, b| a.1.y.total_cmp(&b.1.y))?;
    let bottom = placed().max_by(|a, b| a.1.y.total_cmp(&b.1.y))?;
    Some(FarSites {
        top: (top.0.id.clone(), top.1.y),
        bottom: (bottom.0.id.clone(), bottom.1.y),
    })
}
