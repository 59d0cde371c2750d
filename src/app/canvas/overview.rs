//! Zoomed far out, where a card would be a few pixels and a thousand sites a smear, the lanes
//! collapse to their counts: a column per lane with its sites, the flows inside it and its
//! sites by worst finding, and a row per pair of lanes with the flows between them each way.
//! Clicking a column shows the top of that lane, close enough to read.
//!
//! The counts are worked out once per revision and filter; the columns are painted in screen
//! points, over the canvas, and take no clicks of their own (the canvas's background does), so
//! scrolling and zooming work over them as over the map.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Align2, FontId, Id, Pos2, Rect, Stroke, Ui, Vec2};

use super::CanvasState;
use super::to_egui;
use crate::app::state::CanvasFilter;
use crate::app::theme::{self, colour};
use crate::app::view::View;
use crate::app::words::{t, tw};
use crate::model::{Date, Lane, Severity, SiteId};
use crate::scene::theme as diagram;
use crate::scene::{Scene, lane_at};

/// Whether, at `px` screen pixels per map unit, the lanes collapse to their counts.
pub(super) fn collapsed(px: f32) -> bool {
    diagram::SITE_HEIGHT * px < theme::COLLAPSE_CARD_PX
}

/// One lane's counts.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneCount {
    /// Which lane.
    pub lane: Option<Lane>,
    /// Its heading, as the canvas writes it.
    pub name: String,
    /// Where the lane is on the map.
    pub rect: Rect,
    /// Its sites.
    pub sites: usize,
    /// Flows with both ends in it.
    pub within: usize,
    /// Its sites by their worst finding, critical first.
    pub by_severity: [usize; 5],
}

/// The flows between two lanes, each way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PairCount {
    /// The left lane's place among the columns.
    pub left: usize,
    /// The right lane's place among the columns.
    pub right: usize,
    /// Flows from left to right.
    pub rightwards: usize,
    /// Flows from right to left.
    pub leftwards: usize,
    /// The worst finding on any of them.
    pub worst: Option<Severity>,
}

/// The counts of a diagram's lanes: the lanes with sites, left to right, and the pairs of lanes
/// with flows between them, the busiest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// The lanes with sites.
    pub lanes: Vec<LaneCount>,
    /// The pairs of lanes with flows between them.
    pub pairs: Vec<PairCount>,
}

/// Counts the sites and flows of `scene` by lane.
pub fn count(scene: &Scene) -> Counts {
    let mut lanes: Vec<LaneCount> = scene
        .lanes
        .iter()
        .map(|band| LaneCount {
            lane: Some(band.lane),
            name: band
                .heading
                .iter()
                .map(|line| line.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            rect: to_egui(band.rect),
            sites: 0,
            within: 0,
            by_severity: [0; 5],
        })
        .collect();
    let column_of = |x: f32| {
        let lane = lane_at(x)?;
        lanes.iter().position(|count| count.lane == Some(lane))
    };
    let mut site_column: HashMap<&SiteId, usize> = HashMap::with_capacity(scene.sites.len());
    let mut tallies = vec![(0usize, [0usize; 5]); lanes.len()];
    for card in &scene.sites {
        let Some(column) = column_of(card.rect.centre().x) else {
            continue;
        };
        site_column.insert(&card.id, column);
        if let Some((sites, by_severity)) = tallies.get_mut(column) {
            *sites += 1;
            if let Some(worst) = card.worst_severity
                && let Some(slot) = by_severity.get_mut(usize::from(5 - worst.level()))
            {
                *slot += 1;
            }
        }
    }
    let mut within = vec![0usize; lanes.len()];
    let mut pairs: HashMap<(usize, usize), PairCount> = HashMap::new();
    for arrow in &scene.flows {
        let (Some(&from), Some(&to)) = (site_column.get(&arrow.from), site_column.get(&arrow.to))
        else {
            continue;
        };
        if from == to {
            if let Some(slot) = within.get_mut(from) {
                *slot += 1;
            }
            continue;
        }
        let (left, right) = (from.min(to), from.max(to));
        let pair = pairs.entry((left, right)).or_insert(PairCount {
            left,
            right,
            ..PairCount::default()
        });
        if from < to {
            pair.rightwards += 1;
        } else {
            pair.leftwards += 1;
        }
        pair.worst = pair.worst.max(arrow.worst_severity);
    }
    for ((lane, (sites, by_severity)), within) in lanes.iter_mut().zip(tallies).zip(within) {
        lane.sites = sites;
        lane.by_severity = by_severity;
        lane.within = within;
    }
    // Only lanes with sites get a column; the pairs are renumbered to match.
    let kept: Vec<usize> = (0..lanes.len())
        .filter(|&index| lanes.get(index).is_some_and(|lane| lane.sites > 0))
        .collect();
    let renumber = |index: usize| kept.iter().position(|&k| k == index);
    let mut pairs: Vec<PairCount> = pairs
        .into_values()
        .filter_map(|pair| {
            Some(PairCount {
                left: renumber(pair.left)?,
                right: renumber(pair.right)?,
                ..pair
            })
        })
        .collect();
    pairs.sort_by(|a, b| {
        (b.rightwards + b.leftwards)
            .cmp(&(a.rightwards + a.leftwards))
            .then((a.left, a.right).cmp(&(b.left, b.right)))
    });
    let lanes = lanes.into_iter().filter(|lane| lane.sites > 0).collect();
    Counts { lanes, pairs }
}

/// The counts of `view`'s diagram, remembered under `memory` for its revision, day and filter.
fn counts(ui: &Ui, memory: Id, view: &View<'_>, filter: Option<&CanvasFilter>) -> Arc<Counts> {
    type Key = (u64, Date, Option<CanvasFilter>);
    let key: Key = (view.revision(), view.today, filter.cloned());
    if let Some((cached, counts)) = ui.data(|data| data.get_temp::<(Key, Arc<Counts>)>(memory))
        && cached == key
    {
        return counts;
    }
    let counts = Arc::new(count(view.scene()));
    ui.data_mut(|data| data.insert_temp(memory, (key, Arc::clone(&counts))));
    counts
}

/// How the columns sit in a canvas at `canvas`: each lane's column, left to right.
fn columns(canvas: Rect, count: usize) -> Vec<Rect> {
    let area = canvas.shrink2(Vec2::new(24.0, 0.0));
    let width = area.width() / count.max(1) as f32;
    (0..count)
        .map(|index| {
            let left = area.left() + width * index as f32;
            Rect::from_min_size(
                Pos2::new(left + 6.0, canvas.top() + 44.0),
                Vec2::new(width - 12.0, 108.0),
            )
        })
        .collect()
}

/// The lane whose column holds `pointer` in a canvas at `canvas`, with where that lane is.
pub(super) fn column_at(
    ui: &Ui,
    view: &View<'_>,
    state: &CanvasState,
    canvas: Rect,
    pointer: Pos2,
) -> Option<Rect> {
    let counts = counts(ui, overview_memory(ui), view, state.filter());
    let columns = columns(canvas, counts.lanes.len());
    let index = columns
        .iter()
        .position(|column| column.x_range().contains(pointer.x) && pointer.y < column.bottom())?;
    counts.lanes.get(index).map(|lane| lane.rect)
}

fn overview_memory(ui: &Ui) -> Id {
    ui.scope_id().with("lane counts")
}

/// Paints the collapsed lanes over the canvas at `canvas`.
pub(super) fn overview_ui(ui: &Ui, canvas: Rect, view: &View<'_>, state: &CanvasState) {
    let bottom = canvas.bottom() - 12.0;
    let counts = counts(ui, overview_memory(ui), view, state.filter());
    let columns = columns(canvas, counts.lanes.len());
    egui::Area::new(ui.scope_id().with("overview"))
        .order(egui::Order::Middle)
        .fixed_pos(canvas.min)
        .constrain(false)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            ui.set_min_size(canvas.size());
            let painter = ui.painter_at(canvas);
            let text = colour(diagram::SITE_TEXT);
            let muted = colour(diagram::MUTED_TEXT);
            let sites: usize = counts.lanes.iter().map(|lane| lane.sites).sum();
            painter.text(
                canvas.left_top() + Vec2::new(24.0, 12.0),
                Align2::LEFT_TOP,
                tw("ui-overview-hint", &[("sites", sites.into())]),
                FontId::proportional(13.0),
                muted,
            );
            for (lane, rect) in counts.lanes.iter().zip(&columns) {
                column_ui(ui, &painter, lane, *rect);
            }
            let mut y = columns.first().map_or(canvas.top(), Rect::bottom) + 22.0;
            let mut left_out = 0;
            for pair in &counts.pairs {
                if y + 12.0 > bottom {
                    left_out += 1;
                    continue;
                }
                let (Some(left), Some(right)) = (columns.get(pair.left), columns.get(pair.right))
                else {
                    continue;
                };
                pair_ui(&painter, pair, left.center().x, right.center().x, y);
                y += 26.0;
            }
            if left_out > 0 {
                painter.text(
                    Pos2::new(canvas.left() + 24.0, y),
                    Align2::LEFT_TOP,
                    tw("ui-overview-more", &[("count", left_out.into())]),
                    FontId::proportional(12.0),
                    text,
                );
            }
        });
}

/// One lane's column: its name, sites, flows inside it and sites by worst finding. Its
/// accessible name says the same, and that clicking it goes there.
fn column_ui(ui: &Ui, painter: &egui::Painter, lane: &LaneCount, rect: Rect) {
    let text = colour(diagram::SITE_TEXT);
    painter.rect(
        rect,
        6.0,
        colour(diagram::SITE_FILL),
        Stroke::new(1.0, colour(diagram::LANE_BORDER)),
        egui::StrokeKind::Inside,
    );
    let left = rect.left() + 10.0;
    let width = rect.width() - 20.0;
    let line = |y: f32, words: String, size: f32, ink| {
        let galley = ui.fonts_mut(|fonts| {
            let mut job =
                egui::text::LayoutJob::simple_singleline(words, FontId::proportional(size), ink);
            job.wrap = egui::text::TextWrapping::truncate_at_width(width);
            fonts.layout_job(job)
        });
        painter.galley(Pos2::new(left, rect.top() + y), galley, ink);
    };
    line(8.0, lane.name.clone(), 14.0, text);
    let sites = tw("ui-overview-sites", &[("count", lane.sites.into())]);
    line(30.0, sites.clone(), 20.0, text);
    let within = tw("ui-overview-within", &[("count", lane.within.into())]);
    line(58.0, within.clone(), 12.0, colour(diagram::MUTED_TEXT));
    // The sites by worst finding: a coloured dot and a count for each severity present.
    let mut x = left;
    let y = rect.top() + 88.0;
    for (index, count) in lane.by_severity.iter().enumerate() {
        let level = u8::try_from(5 - index).unwrap_or(1);
        let (Some(level), true) = (Severity::from_level(level), *count > 0) else {
            continue;
        };
        let ink = colour(diagram::severity_colour(level));
        painter.circle_filled(Pos2::new(x + 5.0, y), 5.0, ink);
        let galley = ui.fonts_mut(|fonts| {
            fonts.layout_no_wrap(count.to_string(), FontId::proportional(12.0), text)
        });
        let advance = galley.size().x;
        painter.galley(Pos2::new(x + 13.0, y - 7.0), galley, text);
        x += 22.0 + advance;
        if x > rect.right() - 24.0 {
            break;
        }
    }
    let name = format!("{}: {sites}, {within}. {}", lane.name, t("ui-overview-go"));
    let response = ui.interact(rect, ui.scope_id().with(&lane.name), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
}

/// One pair of lanes: a line between their columns with a head at each end that flows reach,
/// in the colour of their worst finding, and the counts each way.
fn pair_ui(painter: &egui::Painter, pair: &PairCount, left: f32, right: f32, y: f32) {
    let ink = colour(
        pair.worst
            .map_or(diagram::FLOW_OK, diagram::severity_colour),
    );
    let total = pair.rightwards + pair.leftwards;
    let width = (1.5 + (total as f32).log10() * 1.5).min(6.0);
    painter.line_segment(
        [Pos2::new(left, y), Pos2::new(right, y)],
        Stroke::new(width, ink),
    );
    let head = |tip: f32, towards: f32| {
        let back = tip - 10.0 * towards;
        egui::Shape::convex_polygon(
            vec![
                Pos2::new(tip, y),
                Pos2::new(back, y - 6.0),
                Pos2::new(back, y + 6.0),
            ],
            ink,
            Stroke::NONE,
        )
    };
    if pair.rightwards > 0 {
        painter.add(head(right, 1.0));
    }
    if pair.leftwards > 0 {
        painter.add(head(left, -1.0));
    }
    let words = tw(
        "ui-overview-pair",
        &[
            ("rightwards", pair.rightwards.into()),
            ("leftwards", pair.leftwards.into()),
        ],
    );
    let centre = Pos2::new((left + right) / 2.0, y);
    let galley = painter.layout_no_wrap(
        words,
        FontId::proportional(12.0),
        colour(diagram::SITE_TEXT),
    );
    let boxed = Rect::from_center_size(centre, galley.size() + Vec2::new(10.0, 4.0));
    painter.rect(
        boxed,
        3.0,
        colour(diagram::BACKGROUND),
        Stroke::new(0.5, colour(diagram::LANE_BORDER)),
        egui::StrokeKind::Inside,
    );
    painter.galley(
        boxed.min + Vec2::new(5.0, 2.0),
        galley,
        colour(diagram::SITE_TEXT),
    );
}

/// Goes to the top of the lane at `lane` (map units), at the zoom where flow labels are
/// 12 pixels tall, in a canvas of `viewport` points: centred on the lane, but never showing
/// more than a margin left of `map_left`, where the first lane starts.
pub(super) fn go_to_lane(state: &mut CanvasState, lane: Rect, viewport: Vec2, map_left: f32) {
    let size = viewport / super::readable_zoom();
    let left = (lane.center().x - size.x / 2.0).max(map_left - 20.0);
    state.look_at(Rect::from_min_size(Pos2::new(left, lane.top()), size));
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn the_counts_are_the_map_s_sites_and_flows_by_lane() {
        let map = crate::generate::synthetic_map(400, 900, 3);
        let scene = crate::scene::build(&map, None);
        let counts = count(&scene);
        let mut sites: BTreeMap<Lane, usize> = BTreeMap::new();
        for site in map.sites() {
            *sites.entry(site.jurisdiction.lane()).or_default() += 1;
        }
        let lanes: Vec<(Option<Lane>, usize)> = counts
            .lanes
            .iter()
            .map(|lane| (lane.lane, lane.sites))
            .collect();
        let expected: Vec<(Option<Lane>, usize)> = sites
            .iter()
            .map(|(lane, count)| (Some(*lane), *count))
            .collect();
        assert_eq!(lanes, expected);
        // Every flow is counted once: inside a lane, or between two, in its direction.
        let mut within: BTreeMap<Lane, usize> = BTreeMap::new();
        let mut between: BTreeMap<(Lane, Lane), usize> = BTreeMap::new();
        for view in map.flows() {
            let (from, to) = (
                view.source.jurisdiction.lane(),
                view.target.jurisdiction.lane(),
            );
            if from == to {
                *within.entry(from).or_default() += 1;
            } else {
                *between.entry((from, to)).or_default() += 1;
            }
        }
        for lane in &counts.lanes {
            let expected = lane.lane.and_then(|l| within.get(&l)).copied().unwrap_or(0);
            assert_eq!(lane.within, expected, "{:?}", lane.lane);
        }
        let lane_of = |index: usize| counts.lanes.get(index).and_then(|lane| lane.lane);
        let mut counted: BTreeMap<(Lane, Lane), usize> = BTreeMap::new();
        for pair in &counts.pairs {
            let (Some(left), Some(right)) = (lane_of(pair.left), lane_of(pair.right)) else {
                panic!("a pair of lanes without columns");
            };
            assert!(pair.left < pair.right);
            if pair.rightwards > 0 {
                counted.insert((left, right), pair.rightwards);
            }
            if pair.leftwards > 0 {
                counted.insert((right, left), pair.leftwards);
            }
        }
        assert_eq!(counted, between);
        // The busiest pair comes first.
        let totals: Vec<usize> = counts
            .pairs
            .iter()
            .map(|pair| pair.rightwards + pair.leftwards)
            .collect();
        assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
        // Without findings no site has a worst one; with them, each site is counted once
        // under its worst.
        assert!(counts.lanes.iter().all(|lane| lane.by_severity == [0; 5]));
        let day = crate::model::Date::new(2026, 11, 22).unwrap();
        let evaluation = crate::rules::Rulebook::builtin()
            .unwrap()
            .evaluate(&map, day);
        let scene = crate::scene::build(&map, Some(&evaluation));
        let critical = scene
            .sites
            .iter()
            .filter(|card| card.worst_severity == Some(Severity::Critical))
            .count();
        let with_finding = scene
            .sites
            .iter()
            .filter(|card| card.worst_severity.is_some())
            .count();
        let counts = count(&scene);
        let by_severity = |index: usize| -> usize {
            counts
                .lanes
                .iter()
                .filter_map(|lane| lane.by_severity.get(index))
                .sum()
        };
        assert_eq!(by_severity(0), critical);
        assert_eq!((0..5).map(by_severity).sum::<usize>(), with_finding);
        assert!(critical > 0);
    }

    #[test]
    fn the_lanes_collapse_only_when_a_card_is_a_few_pixels() {
        assert!(collapsed(0.01));
        assert!(!collapsed(0.1));
        let edge = theme::COLLAPSE_CARD_PX / diagram::SITE_HEIGHT;
        assert!(collapsed(edge * 0.99) && !collapsed(edge * 1.01));
    }
}
