//! The diagram as a list of shapes in map coordinates: lanes, site cards, flow arrows.
//!
//! Built from the map and its findings, with no knowledge of egui or SVG. The canvas paints it on
//! screen and the exporters write it out, so what the user sees is what they file.

mod geometry;
pub mod hit;
pub mod icon;
mod route;
pub mod text;
pub mod theme;

pub use geometry::Rect;

pub use crate::layout::{lane_at, lane_x_range};

use std::collections::BTreeMap;

use crate::layout::slot_position;
use crate::model::{FlowId, Lane, Map, Point, Severity, SiteId, SiteKind};
use crate::rules::{Evaluation, Subject};
use route::{Obstacles, ordered_pair, route};

/// A lane: the band of the diagram for one group of jurisdictions.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    /// Which lane.
    pub lane: Lane,
    /// Its band.
    pub rect: Rect,
    /// Its heading.
    pub label: &'static str,
}

/// A site card.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteCard {
    /// The site.
    pub id: SiteId,
    /// The card.
    pub rect: Rect,
    /// What it is (chooses the icon).
    pub kind: SiteKind,
    /// The site's name.
    pub name: String,
    /// City and jurisdiction, e.g. "Hangzhou · CN".
    pub subtitle: String,
    /// The worst severity among the findings about the site and its flows, if any.
    pub worst_severity: Option<Severity>,
}

/// A flow arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowArrow {
    /// The flow.
    pub id: FlowId,
    /// The site it leaves.
    pub from: SiteId,
    /// The site it reaches.
    pub to: SiteId,
    /// Where the arrow starts (on the source card's edge).
    pub start: Point,
    /// A control point for the curve; equal to the midpoint for a straight arrow.
    pub control: Point,
    /// Where the arrow ends (on the target card's edge), the tip of its head.
    pub end: Point,
    /// Its label: the data classes it carries.
    pub label: String,
    /// Where the label sits.
    pub label_at: Point,
    /// The box behind the label, centred on `label_at`.
    pub label_box: Rect,
    /// The worst severity among its findings (informational ones included), if any.
    pub worst_severity: Option<Severity>,
    /// It leaves one legal territory for another.
    pub crosses_border: bool,
    /// The data is viewed from the target rather than moved.
    pub remote_access: bool,
}

impl FlowArrow {
    /// The rectangle holding the whole arrow.
    pub fn bounds(&self) -> Rect {
        let xs = [self.start.x, self.control.x, self.end.x];
        let ys = [self.start.y, self.control.y, self.end.y];
        let fold = |values: [f32; 3], pick: fn(f32, f32) -> f32| {
            values.into_iter().reduce(pick).unwrap_or_default()
        };
        Rect {
            min: Point::new(fold(xs, f32::min), fold(ys, f32::min)),
            max: Point::new(fold(xs, f32::max), fold(ys, f32::max)),
        }
    }

    /// The rectangle holding everything drawn for the arrow: the curve at its widest (not
    /// only its control polygon's corners), the stroke, the head and the label box.
    pub fn drawn_bounds(&self) -> Rect {
        let (xs, ys) = (
            quadratic_extent(self.start.x, self.control.x, self.end.x),
            quadratic_extent(self.start.y, self.control.y, self.end.y),
        );
        let curve = Rect {
            min: Point::new(xs.0, ys.0),
            max: Point::new(xs.1, ys.1),
        };
        let stroke = theme::flow_width(self.worst_severity, self.crosses_border);
        curve
            .expand(stroke / 2.0 + theme::ARROW_HEAD * 0.5)
            .union(&self.label_box)
    }

    /// The arrow with its ends moved by `from_delta` and `to_delta` (sites being dragged).
    pub fn with_ends_moved(&self, from_delta: Point, to_delta: Point) -> FlowArrow {
        let shift = |p: Point, d: Point| Point::new(p.x + d.x, p.y + d.y);
        let middle = Point::new(
            (from_delta.x + to_delta.x) / 2.0,
            (from_delta.y + to_delta.y) / 2.0,
        );
        let mut moved = self.clone();
        moved.start = shift(self.start, from_delta);
        moved.end = shift(self.end, to_delta);
        moved.control = shift(self.control, middle);
        moved.label_at = shift(self.label_at, middle);
        moved.label_box = Rect {
            min: shift(self.label_box.min, middle),
            max: shift(self.label_box.max, middle),
        };
        moved
    }

    /// The point at `t` (0 start, 1 end) along the quadratic curve.
    pub fn point_at(&self, t: f32) -> Point {
        quadratic_point(self.start, self.control, self.end, t)
    }
}

/// The whole diagram in map coordinates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Everything drawn, lanes included.
    pub bounds: Option<Rect>,
    /// The lanes, left to right.
    pub lanes: Vec<LaneBand>,
    /// The site cards, by site id.
    pub sites: Vec<SiteCard>,
    /// The flow arrows, by flow id.
    pub flows: Vec<FlowArrow>,
}

impl Scene {
    /// The rectangle holding every card and every arrow with its head and label: what a page
    /// must show for nothing to be cut. `None` for a map without sites.
    pub fn drawn_bounds(&self) -> Option<Rect> {
        self.sites
            .iter()
            .map(|card| card.rect)
            .chain(self.flows.iter().map(FlowArrow::drawn_bounds))
            .reduce(|a, b| a.union(&b))
    }
}

/// The widest a flow label's box grows before the label is shortened.
pub const LABEL_MAX_WIDTH: f32 = 160.0;

/// The box behind a flow label centred on `at`.
fn label_box(label: &str, at: Point) -> Rect {
    let size = theme::FLOW_LABEL_SIZE;
    let width = text::text_width(label, size, false).min(LABEL_MAX_WIDTH) + 8.0;
    Rect::centred(at, width, size * 1.5)
}

/// "attendance, location +2": the first classes of a flow, then how many more.
fn classes_label(view: &crate::model::FlowView<'_>) -> String {
    const SHOWN: usize = 2;
    let classes = &view.flow.data_classes;
    let mut label: Vec<&str> = classes.iter().take(SHOWN).map(|class| class.id()).collect();
    let more = classes.len().saturating_sub(SHOWN);
    let more = (more > 0).then(|| format!("+{more}"));
    if let Some(more) = &more {
        label.push(more);
    }
    if label.is_empty() {
        "(no data classes)".to_owned()
    } else {
        label.join(", ")
    }
}

/// Builds the diagram of `map`, coloured by `evaluation` when given.
pub fn build(map: &Map, evaluation: Option<&Evaluation>) -> Scene {
    let worst = Worst::of(evaluation);
    let centres = site_centres(map);
    let sites = site_cards(map, &centres, &worst);
    let flows = flow_arrows(map, &centres, &sites, &worst);
    let (lanes, bounds) = lanes_around(&sites);
    Scene {
        bounds,
        lanes,
        sites,
        flows,
    }
}

/// The worst severity of the findings about each flow and each site.
struct Worst<'e> {
    flows: BTreeMap<&'e FlowId, Severity>,
    sites: BTreeMap<&'e SiteId, Severity>,
}

impl<'e> Worst<'e> {
    fn of(evaluation: Option<&'e Evaluation>) -> Self {
        let mut worst = Worst {
            flows: BTreeMap::new(),
            sites: BTreeMap::new(),
        };
        for finding in evaluation.into_iter().flat_map(|e| &e.findings) {
            let slot = match &finding.subject {
                Subject::Flow(id) => worst.flows.entry(id).or_insert(Severity::Info),
                Subject::Site(id) => worst.sites.entry(id).or_insert(Severity::Info),
                Subject::Map => continue,
            };
            *slot = (*slot).max(finding.severity);
        }
        worst
    }
}

/// Where each site's card is centred: its saved position, or the next free slot of its lane.
fn site_centres(map: &Map) -> BTreeMap<&SiteId, Point> {
    let mut centres = BTreeMap::new();
    let mut unplaced_rows: BTreeMap<Lane, usize> = BTreeMap::new();
    for site in map.sites() {
        let centre = site.position.unwrap_or_else(|| {
            let lane = site.jurisdiction.lane();
            let row = unplaced_rows.entry(lane).or_insert(0);
            *row += 1;
            slot_position(lane, *row - 1)
        });
        centres.insert(&site.id, centre);
    }
    centres
}

/// A card for each site, outlined by the worst finding about it or its flows.
fn site_cards(map: &Map, centres: &BTreeMap<&SiteId, Point>, worst: &Worst<'_>) -> Vec<SiteCard> {
    let mut sites = Vec::with_capacity(map.site_count());
    for site in map.sites() {
        let Some(centre) = centres.get(&site.id).copied() else {
            continue;
        };
        let own = worst.sites.get(&site.id).copied();
        let flows = map
            .flows_of(&site.id)
            .into_iter()
            .filter_map(|view| worst.flows.get(&view.flow.id).copied())
            .max();
        let subtitle = if site.city.is_empty() {
            site.jurisdiction.id().to_owned()
        } else {
            format!("{} · {}", site.city, site.jurisdiction.id())
        };
        sites.push(SiteCard {
            id: site.id.clone(),
            rect: Rect::centred(centre, theme::SITE_WIDTH, theme::SITE_HEIGHT),
            kind: site.kind,
            name: site.name.clone(),
            subtitle,
            worst_severity: own.max(flows),
        });
    }
    sites
}

/// An arrow for each flow. Flows joining the same two sites (either way) are fanned out so
/// they do not overlap, and an arrow that would run through another card bends around it.
fn flow_arrows(
    map: &Map,
    centres: &BTreeMap<&SiteId, Point>,
    sites: &[SiteCard],
    worst: &Worst<'_>,
) -> Vec<FlowArrow> {
    let mut pair_count: BTreeMap<(&SiteId, &SiteId), usize> = BTreeMap::new();
    for view in map.flows() {
        let key = ordered_pair(&view.flow.from, &view.flow.to);
        *pair_count.entry(key).or_insert(0) += 1;
    }
    let mut pair_seen: BTreeMap<(&SiteId, &SiteId), usize> = BTreeMap::new();
    let obstacles = Obstacles::new(sites);
    let mut flows = Vec::with_capacity(map.flow_count());
    for view in map.flows() {
        let (Some(from), Some(to)) = (centres.get(&view.flow.from), centres.get(&view.flow.to))
        else {
            continue;
        };
        let key = ordered_pair(&view.flow.from, &view.flow.to);
        let total = pair_count.get(&key).copied().unwrap_or(1);
        let seen = pair_seen.entry(key).or_insert(0);
        let index = *seen;
        *seen += 1;
        let control = route(&obstacles, &view, (*from, *to), (index, total), key.0);
        let source_rect = Rect::centred(*from, theme::SITE_WIDTH, theme::SITE_HEIGHT);
        let target_rect = Rect::centred(*to, theme::SITE_WIDTH, theme::SITE_HEIGHT);
        let mut arrow = FlowArrow {
            id: view.flow.id.clone(),
            from: view.flow.from.clone(),
            to: view.flow.to.clone(),
            start: source_rect.boundary_towards(control),
            control,
            end: target_rect.boundary_towards(control),
            label: classes_label(&view),
            label_at: control,
            label_box: Rect::centred(control, 0.0, 0.0),
            worst_severity: worst.flows.get(&view.flow.id).copied(),
            crosses_border: view.crosses_border(),
            remote_access: view.flow.access == crate::model::Access::RemoteAccess,
        };
        arrow.label_at = arrow.point_at(0.5);
        arrow.label_box = label_box(&arrow.label, arrow.label_at);
        flows.push(arrow);
    }
    flows
}

/// The lanes, tall enough for every card, and the bounds of everything drawn.
fn lanes_around(sites: &[SiteCard]) -> (Vec<LaneBand>, Option<Rect>) {
    let content = sites
        .iter()
        .map(|card| card.rect)
        .reduce(|a, b| a.union(&b));
    let top = content.map_or(0.0, |rect| {
        rect.min.y - theme::LANE_MARGIN - theme::LANE_HEADING
    });
    let bottom = content
        .map_or(0.0, |rect| rect.max.y + theme::LANE_MARGIN)
        .max(top + theme::LANE_MIN_HEIGHT);
    let top = top.min(0.0);
    let lanes: Vec<LaneBand> = Lane::ALL
        .into_iter()
        .map(|lane| {
            let (left, right) = lane_x_range(lane);
            LaneBand {
                lane,
                rect: Rect {
                    min: Point::new(left, top),
                    max: Point::new(right, bottom),
                },
                label: lane.label(),
            }
        })
        .collect();
    let lane_bounds = lanes
        .iter()
        .map(|band| band.rect)
        .reduce(|a, b| a.union(&b));
    let bounds = match (lane_bounds, content) {
        (Some(lanes), Some(content)) => Some(lanes.union(&content.expand(theme::LANE_MARGIN))),
        (lanes, content) => lanes.or(content),
    };
    (lanes, bounds)
}

/// The smallest and largest value a quadratic Bézier takes on one axis between its ends: the
/// ends, or the curve's turning point where it has one inside.
fn quadratic_extent(start: f32, control: f32, end: f32) -> (f32, f32) {
    let (mut low, mut high) = (start.min(end), start.max(end));
    let denominator = start - 2.0 * control + end;
    if denominator.abs() > f32::EPSILON {
        let t = (start - control) / denominator;
        if t > 0.0 && t < 1.0 {
            let u = 1.0 - t;
            let turn = u * u * start + 2.0 * u * t * control + t * t * end;
            low = low.min(turn);
            high = high.max(turn);
        }
    }
    (low, high)
}

/// The point at `t` (0 start, 1 end) along the quadratic curve through `control`.
fn quadratic_point(start: Point, control: Point, end: Point, t: f32) -> Point {
    let u = 1.0 - t;
    Point::new(
        u * u * start.x + 2.0 * u * t * control.x + t * t * end.x,
        u * u * start.y + 2.0 * u * t * control.y + t * t * end.y,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::synthetic_map;
    use crate::layout::LANE_WIDTH;

    fn lotus() -> Map {
        crate::io::parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap()
    }

    #[test]
    fn every_site_and_flow_is_drawn_once_in_id_order() {
        let map = lotus();
        let scene = build(&map, None);
        assert_eq!(scene.sites.len(), map.site_count());
        assert_eq!(scene.flows.len(), map.flow_count());
        assert_eq!(scene.lanes.len(), 5);
        let ids: Vec<&str> = scene.flows.iter().map(|f| f.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn arrows_start_and_end_on_the_card_edges() {
        let map = lotus();
        let scene = build(&map, None);
        for arrow in &scene.flows {
            let view = map.flow(&arrow.id).unwrap();
            let source = scene
                .sites
                .iter()
                .find(|card| card.id == view.source.id)
                .unwrap();
            let target = scene
                .sites
                .iter()
                .find(|card| card.id == view.target.id)
                .unwrap();
            assert!(source.rect.expand(0.01).contains(arrow.start));
            assert!(target.rect.expand(0.01).contains(arrow.end));
            assert!(
                !target.rect.expand(-0.5).contains(arrow.end),
                "the tip is on the edge"
            );
        }
    }

    #[test]
    fn parallel_flows_fan_out() {
        let map = lotus();
        let scene = build(&map, None);
        // Taipa → DingTalk carries two flows (attendance and payroll chat) plus one back.
        let taipa: Vec<&FlowArrow> = scene
            .flows
            .iter()
            .filter(|arrow| {
                let view = map.flow(&arrow.id).unwrap();
                let ends = [view.source.id.as_str(), view.target.id.as_str()];
                ends.contains(&"taipa-head-office") && ends.contains(&"dingtalk-hangzhou")
            })
            .collect();
        assert_eq!(taipa.len(), 3);
        for (i, a) in taipa.iter().enumerate() {
            for b in taipa.iter().skip(i + 1) {
                let (pa, pb) = (a.point_at(0.5), b.point_at(0.5));
                let distance = ((pa.x - pb.x).powi(2) + (pa.y - pb.y).powi(2)).sqrt();
                assert!(distance > 10.0, "{} and {} overlap", a.id, b.id);
            }
        }
    }

    #[test]
    fn findings_colour_flows_and_sites_by_their_worst_severity() {
        let map = lotus();
        let evaluation = crate::rules::Rulebook::builtin()
            .unwrap()
            .evaluate(&map, "2026-11-22".parse().unwrap());
        let scene = build(&map, Some(&evaluation));
        let arrow = |id: &str| scene.flows.iter().find(|a| a.id.as_str() == id).unwrap();
        assert_eq!(
            arrow("attendance-taipa").worst_severity,
            Some(Severity::Critical)
        );
        // The re-export is exempt (informational) but carries sensitive-consent findings.
        assert_eq!(
            arrow("contracts-delivery").worst_severity,
            Some(Severity::Critical)
        );
        assert!(arrow("contracts-delivery").crosses_border);
        let dingtalk = scene
            .sites
            .iter()
            .find(|s| s.id.as_str() == "dingtalk-hangzhou")
            .unwrap();
        assert_eq!(dingtalk.worst_severity, Some(Severity::Critical));
        assert_eq!(dingtalk.subtitle, "Hangzhou · CN");
    }

    #[test]
    fn lanes_cover_every_site_and_sites_sit_in_their_lane() {
        let map = synthetic_map(200, 300, 3);
        let scene = build(&map, None);
        let bounds = scene.bounds.unwrap();
        for card in &scene.sites {
            assert!(bounds.contains(card.rect.min) && bounds.contains(card.rect.max));
            let site = map.site(&card.id).unwrap();
            let (left, right) = lane_x_range(site.jurisdiction.lane());
            assert!((left..right).contains(&card.rect.centre().x), "{}", card.id);
        }
    }

    /// Whether any arrow's curve runs through a card other than its ends.
    fn arrows_through_cards(scene: &Scene) -> Vec<String> {
        let mut hits = Vec::new();
        for arrow in &scene.flows {
            for card in &scene.sites {
                if card.id == arrow.from || card.id == arrow.to {
                    continue;
                }
                if (1..20u16).any(|i| card.rect.contains(arrow.point_at(f32::from(i) / 20.0))) {
                    hits.push(format!("{} through {}", arrow.id, card.id));
                }
            }
        }
        hits
    }

    #[test]
    fn arrows_skipping_a_lane_bend_around_the_cards_in_it() {
        let samples: [(&[u8], &[u8]); 3] = [
            (
                include_bytes!("../../samples/pearl-delta-hengqin.ron"),
                include_bytes!("../../samples/pearl-delta-hengqin.csv"),
            ),
            (
                include_bytes!("../../samples/lotus-trading-dingtalk.ron"),
                include_bytes!("../../samples/lotus-trading-dingtalk.csv"),
            ),
            (
                include_bytes!("../../samples/banco-estrela-evidence.ron"),
                include_bytes!("../../samples/banco-estrela-evidence.csv"),
            ),
        ];
        for (drawn, inventory) in samples {
            let drawn = crate::io::parse_map(drawn).unwrap();
            let imported =
                crate::io::parse_inventory(inventory, crate::model::MapMeta::default()).unwrap();
            for map in [drawn, imported] {
                let scene = build(&map, None);
                assert_eq!(
                    arrows_through_cards(&scene),
                    Vec::<String>::new(),
                    "{}",
                    map.meta.title
                );
            }
        }
    }

    #[test]
    fn an_arrow_follows_its_dragged_ends() {
        let scene = build(&lotus(), None);
        let arrow = &scene.flows[0];
        let moved = arrow.with_ends_moved(Point::new(10.0, 20.0), Point::new(0.0, 0.0));
        assert_eq!(
            moved.start,
            Point::new(arrow.start.x + 10.0, arrow.start.y + 20.0)
        );
        assert_eq!(moved.end, arrow.end);
        assert_eq!(
            moved.control,
            Point::new(arrow.control.x + 5.0, arrow.control.y + 10.0)
        );
    }

    #[test]
    fn an_empty_map_still_has_lanes_to_drop_sites_in() {
        let scene = build(&Map::default(), None);
        assert_eq!(scene.lanes.len(), 5);
        assert!(scene.bounds.unwrap().height() >= theme::LANE_MIN_HEIGHT);
        assert_eq!(lane_at(LANE_WIDTH * 1.5), Some(Lane::MainlandGba));
        assert_eq!(lane_at(-1.0), None);
    }

    #[test]
    fn unplaced_sites_get_distinct_slots() {
        let mut map = lotus();
        for id in ["taipa-head-office", "coloane-showroom"] {
            let mut site = map.site(&SiteId::new(id).unwrap()).unwrap().clone();
            site.position = None;
            map.replace_site(site).unwrap();
        }
        let scene = build(&map, None);
        let a = scene
            .sites
            .iter()
            .find(|s| s.id.as_str() == "taipa-head-office")
            .unwrap();
        let b = scene
            .sites
            .iter()
            .find(|s| s.id.as_str() == "coloane-showroom")
            .unwrap();
        assert!(!a.rect.intersects(&b.rect));
    }
}
