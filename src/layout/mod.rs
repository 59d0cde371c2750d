//! Deterministic auto-layout: one lane (column) per group of jurisdictions, sites ordered within
//! their lane so arrows stay short and cross little.
//!
//! The lanes are given by the law, so this is a layered layout whose layers are known: the work
//! is ordering each lane (barycentre sweeps, the classic Sugiyama heuristic) and then placing
//! sites vertically near the sites they exchange data with. Everything is sorted with ties
//! broken by id, so the same map always gets the same layout.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Lane, Map, Point, Site, SiteId};

/// The width of one lane, in map units.
pub const LANE_WIDTH: f32 = 320.0;
/// The vertical distance between two sites stacked in a lane, in map units.
pub const ROW_HEIGHT: f32 = 140.0;
/// Where the first site of a lane sits below the lane heading, in map units.
pub const FIRST_ROW_Y: f32 = 100.0;
/// How many up-and-down sweeps reorder the lanes.
const SWEEPS: usize = 12;

/// The x range of a lane.
pub fn lane_x_range(lane: Lane) -> (f32, f32) {
    // Lane indices are 0..5, exactly representable.
    let left = lane.index() as f32 * LANE_WIDTH;
    (left, left + LANE_WIDTH)
}

/// The lane whose band holds `x`, if any.
pub fn lane_at(x: f32) -> Option<Lane> {
    Lane::ALL.into_iter().find(|lane| {
        let (left, right) = lane_x_range(*lane);
        (left..right).contains(&x)
    })
}

/// Keeps a card's centre inside its lane, `half_width` plus a margin from either edge, so the
/// lanes always tell the truth about where a site is.
pub fn clamp_to_lane(lane: Lane, position: Point, half_width: f32) -> Point {
    let (left, right) = lane_x_range(lane);
    let half = half_width + 8.0;
    Point::new(position.x.clamp(left + half, right - half), position.y)
}

/// A free spot in a lane for a new site: centred, one row below the lowest site already there.
pub fn free_spot(map: &Map, lane: Lane) -> Point {
    let (left, right) = lane_x_range(lane);
    let lowest = map
        .sites()
        .filter(|other| other.jurisdiction.lane() == lane)
        .filter_map(|other| other.position)
        .map(|position| position.y)
        .fold(None, |lowest: Option<f32>, y| {
            Some(lowest.map_or(y, |l| l.max(y)))
        });
    let y = lowest.map_or(FIRST_ROW_Y, |y| y + ROW_HEIGHT);
    Point::new((left + right) / 2.0, y)
}

/// Where a site goes when a new jurisdiction moves it into `lane`: the lane's centre, at the
/// height it had (the first row when it had none), so the lanes keep telling the truth.
pub fn moved_into_lane(lane: Lane, position: Option<Point>) -> Point {
    let (left, right) = lane_x_range(lane);
    let y = position.map_or(FIRST_ROW_Y, |position| position.y);
    Point::new((left + right) / 2.0, y)
}

/// Places a new `site` (a card `half_width` wide either side of its centre) dropped at `at`:
/// dropped in another lane than its own, it takes that lane's usual jurisdiction (and its own
/// city no longer applies); its centre is kept inside its lane. Not dropped anywhere (`None`),
/// it goes to the first free spot of its own lane.
pub fn place_new_site(map: &Map, site: &mut Site, at: Option<Point>, half_width: f32) {
    let Some(at) = at else {
        site.position = Some(free_spot(map, site.jurisdiction.lane()));
        return;
    };
    if let Some(lane) = lane_at(at.x)
        && lane != site.jurisdiction.lane()
    {
        site.jurisdiction = lane.default_jurisdiction();
        site.city.clear();
    }
    site.position = Some(clamp_to_lane(site.jurisdiction.lane(), at, half_width));
}

/// The centre of row `row` in `lane`, in map units.
pub fn slot_position(lane: Lane, row: usize) -> Point {
    // Rows stay far below f32's exact-integer range for any map that fits in memory.
    let (column, row) = (lane.index() as f32, row as f32);
    Point::new(
        LANE_WIDTH * column + LANE_WIDTH / 2.0,
        FIRST_ROW_Y + ROW_HEIGHT * row,
    )
}

/// The graph the layout works on: sites by index, lanes as lists of indices, neighbours.
struct Graph<'a> {
    ids: Vec<&'a SiteId>,
    lane_of: Vec<Lane>,
    neighbours: Vec<Vec<usize>>,
    lanes: BTreeMap<Lane, Vec<usize>>,
}

impl<'a> Graph<'a> {
    fn new(map: &'a Map) -> Self {
        // In id order, so an index also ranks ids: ties are broken by index, not by text.
        let sites: Vec<_> = map.sites().collect();
        // Looked up twice per flow and never iterated: hashing beats comparing ids.
        let index: HashMap<&SiteId, usize> = sites
            .iter()
            .enumerate()
            .map(|(i, site)| (&site.id, i))
            .collect();
        let mut neighbours = vec![Vec::new(); sites.len()];
        for view in map.flows() {
            if let (Some(&a), Some(&b)) = (index.get(&view.flow.from), index.get(&view.flow.to)) {
                neighbours[a].push(b);
                neighbours[b].push(a);
            }
        }
        let mut lanes: BTreeMap<Lane, Vec<usize>> = BTreeMap::new();
        // Start from kind then id, so similar sites begin together.
        let mut order: Vec<usize> = (0..sites.len()).collect();
        order.sort_by_key(|&i| (sites[i].kind, i));
        for i in order {
            lanes
                .entry(sites[i].jurisdiction.lane())
                .or_default()
                .push(i);
        }
        Self {
            ids: sites.iter().map(|site| &site.id).collect(),
            lane_of: sites.iter().map(|site| site.jurisdiction.lane()).collect(),
            neighbours,
            lanes,
        }
    }

    /// The mean of `value` over the neighbours of `site` in other lanes, if it has any.
    fn barycentre(&self, site: usize, value: &[f32]) -> Option<f32> {
        let (sum, count) = self.neighbours[site]
            .iter()
            .filter(|&&n| self.lane_of[n] != self.lane_of[site])
            .fold((0.0f32, 0u32), |(sum, count), &n| {
                (sum + value[n], count + 1)
            });
        // Neighbour counts stay far below f32's exact-integer range.
        (count > 0).then(|| sum / count as f32)
    }
}

/// Where `lanes` put each site, as a fraction of its lane (0 top, 1 bottom), so lanes of
/// different lengths compare.
fn relative_rows(graph: &Graph<'_>) -> Vec<f32> {
    let mut rank = vec![0.0; graph.ids.len()];
    for members in graph.lanes.values() {
        let span = (members.len().max(2) - 1) as f32;
        for (row, &site) in members.iter().enumerate() {
            let row = row as f32;
            rank[site] = row / span;
        }
    }
    rank
}

/// Reorders every lane by the barycentre of its sites' neighbours, sweeping left to right and
/// back, keeping the best order seen.
fn order_lanes(graph: &mut Graph<'_>) {
    let lanes: Vec<Lane> = graph.lanes.keys().copied().collect();
    let mut best = graph.lanes.clone();
    let mut best_crossings = count_crossings_by_rank(graph, &relative_rows(graph));
    for sweep in 0..SWEEPS {
        let visit: Vec<Lane> = if sweep % 2 == 0 {
            lanes.clone()
        } else {
            lanes.iter().rev().copied().collect()
        };
        for lane in visit {
            let rank = relative_rows(graph);
            let Some(members) = graph.lanes.get(&lane) else {
                continue;
            };
            let mut keyed: Vec<(f32, f32, usize)> = members
                .iter()
                .map(|&site| {
                    let here = rank[site];
                    (graph.barycentre(site, &rank).unwrap_or(here), here, site)
                })
                .collect();
            // The site index breaks ties: it is the rank of the id.
            keyed.sort_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(a.1.total_cmp(&b.1))
                    .then(a.2.cmp(&b.2))
            });
            let reordered = keyed.into_iter().map(|(_, _, site)| site).collect();
            graph.lanes.insert(lane, reordered);
        }
        let crossings = count_crossings_by_rank(graph, &relative_rows(graph));
        if crossings < best_crossings {
            best_crossings = crossings;
            best = graph.lanes.clone();
        }
    }
    graph.lanes = best;
}

/// Pairs of flows between the same two lanes whose order is inverted.
fn count_crossings_by_rank(graph: &Graph<'_>, rank: &[f32]) -> usize {
    let mut by_lanes: BTreeMap<(Lane, Lane), Vec<(f32, f32)>> = BTreeMap::new();
    for (a, neighbours) in graph.neighbours.iter().enumerate() {
        for &b in neighbours {
            let (la, lb) = (graph.lane_of[a], graph.lane_of[b]);
            // Each undirected edge once, left lane first.
            if la < lb {
                by_lanes
                    .entry((la, lb))
                    .or_default()
                    .push((rank[a], rank[b]));
            }
        }
    }
    by_lanes.into_values().map(inversions).sum()
}

/// How many pairs of edges `(a1, b1)`, `(a2, b2)` have `a1 < a2` and `b1 > b2` (or the
/// mirror): a merge of sorted orders with a Fenwick tree, O(E log E) where comparing every
/// pair took O(E²) and made large imports quadratic.
fn inversions(mut edges: Vec<(f32, f32)>) -> usize {
    // Ranks of the right-hand ends, equal values sharing one rank.
    let mut ends: Vec<f32> = edges.iter().map(|&(_, b)| b).collect();
    ends.sort_by(f32::total_cmp);
    ends.dedup_by(|x, y| x.total_cmp(y).is_eq());
    let rank_of = |b: f32| ends.partition_point(|e| e.total_cmp(&b).is_lt());
    edges.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.total_cmp(&y.1)));
    // `tree` counts the ends inserted so far, by rank (1-based Fenwick tree).
    let mut tree = vec![0usize; ends.len() + 1];
    let mut inserted = 0usize;
    let mut crossings = 0usize;
    let mut group_start = 0;
    while group_start < edges.len() {
        let a = edges.get(group_start).map_or(0.0, |edge| edge.0);
        let group_end = edges
            .iter()
            .skip(group_start)
            .position(|edge| edge.0.total_cmp(&a).is_ne())
            .map_or(edges.len(), |offset| group_start + offset);
        let group = edges.get(group_start..group_end).unwrap_or_default();
        // Edges with the same left end never cross each other: count against earlier groups
        // only, then insert the whole group.
        for &(_, b) in group {
            let mut at_or_below = 0;
            let mut index = rank_of(b) + 1;
            while index > 0 {
                at_or_below += tree.get(index).copied().unwrap_or(0);
                index &= index - 1;
            }
            crossings += inserted - at_or_below;
        }
        for &(_, b) in group {
            let mut index = rank_of(b) + 1;
            while let Some(count) = tree.get_mut(index) {
                *count += 1;
                index += index & index.wrapping_neg();
            }
            inserted += 1;
        }
        group_start = group_end;
    }
    crossings
}

/// Positions for every site of `map`: its lane's column, and a row near its neighbours.
pub fn auto_layout(map: &Map) -> BTreeMap<SiteId, Point> {
    let mut graph = Graph::new(map);
    order_lanes(&mut graph);

    // Place the longest lane first, packed; each other lane then tries to put every site at the
    // mean height of its neighbours already placed, keeping its order and a row between sites.
    let mut y: Vec<Option<f32>> = vec![None; graph.ids.len()];
    let mut lanes: Vec<(&Lane, &Vec<usize>)> = graph.lanes.iter().collect();
    lanes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    for (_, members) in lanes {
        let mut previous: Option<f32> = None;
        for &site in members {
            let placed: Vec<f32> = graph.neighbours[site]
                .iter()
                .filter_map(|&n| y[n])
                .collect();
            let wanted =
                (!placed.is_empty()).then(|| placed.iter().sum::<f32>() / placed.len() as f32);
            let lowest = previous.map_or(FIRST_ROW_Y, |p| p + ROW_HEIGHT);
            let here = wanted.map_or(lowest, |w| w.max(lowest));
            y[site] = Some(here);
            previous = Some(here);
        }
    }
    graph
        .ids
        .iter()
        .enumerate()
        .map(|(site, id)| {
            let centre_x = slot_position(graph.lane_of[site], 0).x;
            let centre_y = y[site].unwrap_or(FIRST_ROW_Y);
            ((*id).clone(), Point::new(centre_x, centre_y))
        })
        .collect()
}

/// `map` as it is when every site has a position, else a copy laid out with
/// [`apply_auto_layout`] (for drawing a map never placed; the map itself is not changed).
pub fn laid_out(map: &Map) -> std::borrow::Cow<'_, Map> {
    if map.sites().all(|site| site.position.is_some()) {
        return std::borrow::Cow::Borrowed(map);
    }
    let mut copy = map.clone();
    apply_auto_layout(&mut copy);
    std::borrow::Cow::Owned(copy)
}

/// Lays out every site of `map` with [`auto_layout`].
pub fn apply_auto_layout(map: &mut Map) {
    for (id, position) in auto_layout(map) {
        if let Some(mut site) = map.site(&id).cloned() {
            site.position = Some(position);
            // The site exists and the position is finite, so this cannot be refused.
            let _ = map.replace_site(site);
        }
    }
}

/// How many pairs of flows cross between lanes with the given positions (for tests and
/// benchmarks: fewer is better).
pub fn crossings(map: &Map, positions: &BTreeMap<SiteId, Point>) -> usize {
    let graph = Graph::new(map);
    let rank: Vec<f32> = graph
        .ids
        .iter()
        .map(|id| positions.get(*id).map_or(0.0, |p| p.y))
        .collect();
    count_crossings_by_rank(&graph, &rank)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flow, FlowId, Jurisdiction, Site, SiteKind};

    fn add_site(map: &mut Map, id: &str, jurisdiction: Jurisdiction) {
        let site = Site::new(SiteId::new(id).unwrap(), id, SiteKind::Office, jurisdiction);
        map.add_site(site).unwrap();
    }

    fn add_flow(map: &mut Map, id: &str, from: &str, to: &str) {
        let flow = Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new(from).unwrap(),
            SiteId::new(to).unwrap(),
        );
        map.add_flow(flow).unwrap();
    }

    /// Three Macau offices each sending to the Mainland site in reverse id order: stacking both
    /// lanes by id crosses every pair of arrows.
    fn crossed() -> Map {
        let mut map = Map::default();
        for id in ["a1", "a2", "a3"] {
            add_site(&mut map, id, Jurisdiction::Macau);
        }
        for id in ["b1", "b2", "b3"] {
            add_site(&mut map, id, Jurisdiction::Mainland);
        }
        add_flow(&mut map, "f1", "a1", "b3");
        add_flow(&mut map, "f2", "a2", "b2");
        add_flow(&mut map, "f3", "a3", "b1");
        map
    }

    fn by_id_order(map: &Map) -> BTreeMap<SiteId, Point> {
        let mut rows: BTreeMap<Lane, usize> = BTreeMap::new();
        map.sites()
            .map(|site| {
                let lane = site.jurisdiction.lane();
                let row = rows.entry(lane).or_insert(0);
                *row += 1;
                (site.id.clone(), slot_position(lane, *row - 1))
            })
            .collect()
    }

    #[test]
    fn ordering_removes_avoidable_crossings() {
        let map = crossed();
        assert_eq!(crossings(&map, &by_id_order(&map)), 3);
        let laid_out = auto_layout(&map);
        assert_eq!(crossings(&map, &laid_out), 0);
    }

    #[test]
    fn every_site_sits_in_its_lane_with_room_between() {
        let map = crate::generate::synthetic_map(300, 600, 5);
        let laid_out = auto_layout(&map);
        assert_eq!(laid_out.len(), 300);
        let mut per_lane: BTreeMap<Lane, Vec<f32>> = BTreeMap::new();
        for site in map.sites() {
            let p = laid_out[&site.id];
            let lane = site.jurisdiction.lane();
            assert_eq!(p.x, slot_position(lane, 0).x, "{}", site.id);
            assert!(p.y >= FIRST_ROW_Y && p.is_finite());
            per_lane.entry(lane).or_default().push(p.y);
        }
        for ys in per_lane.values_mut() {
            ys.sort_by(f32::total_cmp);
            for pair in ys.windows(2) {
                assert!(pair[1] - pair[0] >= ROW_HEIGHT - 0.01, "{pair:?}");
            }
        }
    }

    #[test]
    fn the_same_map_gets_the_same_layout_whatever_the_insertion_order() {
        let map = crate::generate::synthetic_map(120, 240, 9);
        let mut rebuilt = Map::default();
        let mut sites: Vec<_> = map.sites().cloned().collect();
        sites.reverse();
        for site in sites {
            rebuilt.add_site(site).unwrap();
        }
        let mut flows: Vec<_> = map.flows().map(|view| view.flow.clone()).collect();
        flows.reverse();
        for flow in flows {
            rebuilt.add_flow(flow).unwrap();
        }
        assert_eq!(auto_layout(&map), auto_layout(&rebuilt));
    }

    #[test]
    fn a_site_lines_up_with_its_partner_in_a_longer_lane() {
        let mut map = Map::default();
        for id in ["a1", "a2", "a3", "a4"] {
            add_site(&mut map, id, Jurisdiction::Macau);
        }
        add_site(&mut map, "hk", Jurisdiction::HongKong);
        add_flow(&mut map, "f", "a4", "hk");
        let laid_out = auto_layout(&map);
        let hk = laid_out[&SiteId::new("hk").unwrap()];
        let a4 = laid_out[&SiteId::new("a4").unwrap()];
        assert_eq!(hk.y, a4.y);
    }

    /// The pairwise count the fast one replaced, as the reference.
    fn inversions_by_pairs(edges: &[(f32, f32)]) -> usize {
        let mut crossings = 0;
        for (i, (a1, b1)) in edges.iter().enumerate() {
            for (a2, b2) in edges.iter().skip(i + 1) {
                if (a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2) {
                    crossings += 1;
                }
            }
        }
        crossings
    }

    #[test]
    fn the_fast_crossing_count_agrees_with_counting_every_pair() {
        let mut state: u64 = 7;
        let mut next = |range: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % range) as f32
        };
        for size in [0, 1, 2, 5, 40, 300] {
            for range in [3, 50] {
                let edges: Vec<(f32, f32)> =
                    (0..size).map(|_| (next(range), next(range))).collect();
                assert_eq!(
                    inversions(edges.clone()),
                    inversions_by_pairs(&edges),
                    "{size} edges over {range} rows"
                );
            }
        }
    }

    #[test]
    fn empty_and_unconnected_maps_lay_out() {
        assert!(auto_layout(&Map::default()).is_empty());
        let mut map = Map::default();
        add_site(&mut map, "solo", Jurisdiction::Other);
        apply_auto_layout(&mut map);
        let solo = map.site(&SiteId::new("solo").unwrap()).unwrap();
        assert_eq!(solo.position, Some(slot_position(Lane::Elsewhere, 0)));
    }

    #[test]
    fn a_site_dropped_in_another_lane_takes_that_lane_and_stays_inside_it() {
        let mut map = Map::default();
        add_site(&mut map, "office", Jurisdiction::Macau);
        let mut site = Site::new(
            SiteId::new("new").unwrap(),
            "New",
            SiteKind::Office,
            Jurisdiction::Macau,
        );
        site.city = "Taipa".into();
        // Dropped at the very left edge of the Hong Kong lane.
        let (left, right) = lane_x_range(Lane::HongKong);
        place_new_site(&map, &mut site, Some(Point::new(left + 1.0, 300.0)), 50.0);
        assert_eq!(site.jurisdiction, Jurisdiction::HongKong);
        assert!(
            site.city.is_empty(),
            "a Macau city does not follow the site"
        );
        let placed = site.position.unwrap();
        assert!(
            placed.x - 50.0 > left && placed.x + 50.0 < right,
            "{placed:?}"
        );
        assert_eq!(placed.y, 300.0);
    }

    #[test]
    fn a_site_not_dropped_goes_below_the_lowest_of_its_lane() {
        let mut map = Map::default();
        add_site(&mut map, "office", Jurisdiction::Macau);
        let mut placed = map.site(&SiteId::new("office").unwrap()).unwrap().clone();
        placed.position = Some(Point::new(100.0, 400.0));
        map.replace_site(placed).unwrap();
        let mut site = Site::new(
            SiteId::new("new").unwrap(),
            "New",
            SiteKind::Office,
            Jurisdiction::Macau,
        );
        place_new_site(&map, &mut site, None, 50.0);
        assert_eq!(
            site.position,
            Some(Point::new(LANE_WIDTH / 2.0, 400.0 + ROW_HEIGHT))
        );
    }

    #[test]
    fn a_site_moved_into_a_lane_keeps_its_height_at_the_lanes_centre() {
        let (left, right) = lane_x_range(Lane::Mainland);
        let centre = (left + right) / 2.0;
        let moved = moved_into_lane(Lane::Mainland, Some(Point::new(5.0, 260.0)));
        assert_eq!(moved, Point::new(centre, 260.0));
        let unplaced = moved_into_lane(Lane::Mainland, None);
        assert_eq!(unplaced, Point::new(centre, FIRST_ROW_Y));
    }
}
