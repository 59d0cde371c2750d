//! Routing arrows: flows between the same two sites fan out, and an arrow bends around the cards
//! in its way.

use std::collections::BTreeMap;

use super::arrow::quadratic_point;
use super::{Point, Rect, SiteCard, theme};
use crate::model::SiteId;

/// How many bends, each side, an arrow tries to get around cards.
const ROUTE_TRIES: u16 = 5;
/// How much further each bend moves the curve's control point, in map units.
const ROUTE_STEP: f32 = theme::SITE_HEIGHT * 1.25;
/// Points sampled along a curve to test it against cards.
const ROUTE_SAMPLES: u16 = 20;

/// The control point of a flow's curve: offset from the middle by its place among the flows
/// of the same pair (`index` of `total`), then bent, alternating sides and growing, until it
/// clears every other card.
pub(super) fn route(
    obstacles: &Obstacles,
    view: &crate::model::FlowView<'_>,
    (from, to): (Point, Point),
    (index, total): (usize, usize),
    first_of_pair: &SiteId,
) -> Point {
    // Offsets -(n-1)/2 … (n-1)/2 gaps, perpendicular to the line between the centres, with
    // the sign fixed by the pair's order so A→B and B→A fan to opposite sides.
    let offset = (index as f32 - (total as f32 - 1.0) / 2.0) * theme::PARALLEL_GAP * 2.0;
    let forward = first_of_pair == &view.flow.from;
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (nx, ny) = (-dy / length, dx / length);
    let sign = if forward { 1.0 } else { -1.0 };
    let mid = Point::new((from.x + to.x) / 2.0, (from.y + to.y) / 2.0);
    let bend = |extra: f32| {
        let offset = offset * sign + extra;
        Point::new(mid.x + nx * offset, mid.y + ny * offset)
    };
    let ends = [&view.flow.from, &view.flow.to];
    std::iter::once(0.0)
        .chain((1..=ROUTE_TRIES).flat_map(|step| {
            let step = step as f32 * ROUTE_STEP;
            [step, -step]
        }))
        .map(bend)
        .find(|control| !obstacles.blocks(from, *control, to, ends))
        .unwrap_or_else(|| bend(0.0))
}

/// The site cards by lane column, sorted by top edge, to find those a curve runs through
/// quickly.
pub(super) struct Obstacles<'a> {
    columns: Vec<(f32, f32)>,
    by_lane: BTreeMap<Option<usize>, Vec<(&'a SiteId, Rect)>>,
}

impl<'a> Obstacles<'a> {
    /// The cards, bucketed by the column (`(left, right)`) their centre is in.
    pub(super) fn new(cards: &'a [SiteCard], columns: Vec<(f32, f32)>) -> Self {
        let mut by_lane: BTreeMap<Option<usize>, Vec<(&SiteId, Rect)>> = BTreeMap::new();
        for card in cards {
            by_lane
                .entry(column_at(&columns, card.rect.centre().x))
                .or_default()
                .push((&card.id, card.rect));
        }
        for cards in by_lane.values_mut() {
            cards.sort_by(|a, b| a.1.min.y.total_cmp(&b.1.min.y).then(a.0.cmp(b.0)));
        }
        Self { columns, by_lane }
    }

    /// Whether the curve from `start` through `control` to `end` crosses a card other than the
    /// two it joins.
    pub(super) fn blocks(
        &self,
        start: Point,
        control: Point,
        end: Point,
        ends: [&SiteId; 2],
    ) -> bool {
        (1..ROUTE_SAMPLES).any(|i| {
            let point =
                quadratic_point(start, control, end, f32::from(i) / f32::from(ROUTE_SAMPLES));
            let Some(cards) = self.by_lane.get(&column_at(&self.columns, point.x)) else {
                return false;
            };
            // Cards whose top is above the point and within the tallest card's height of it.
            let first = cards
                .partition_point(|(_, rect)| rect.min.y < point.y - theme::SITE_MAX_HEIGHT - 8.0);
            cards[first..]
                .iter()
                .take_while(|(_, rect)| rect.min.y <= point.y + 8.0)
                .any(|(id, rect)| !ends.contains(id) && rect.expand(8.0).contains(point))
        })
    }
}

/// The index of the column holding `x`, if any.
fn column_at(columns: &[(f32, f32)], x: f32) -> Option<usize> {
    columns
        .iter()
        .position(|(left, right)| (*left..*right).contains(&x))
}

pub(super) fn ordered_pair<'a>(a: &'a SiteId, b: &'a SiteId) -> (&'a SiteId, &'a SiteId) {
    if a <= b { (a, b) } else { (b, a) }
}
