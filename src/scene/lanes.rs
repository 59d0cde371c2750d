//! The lanes' columns and bands. On the canvas every lane keeps its fixed column, so a site
//! dropped in a lane lands there; on a page only the lanes with sites are drawn, each as wide as
//! its cards and heading, side by side.

use super::marks::TextMark;
use super::text::{text_width, wrap};
use super::{FlowArrow, LaneBand, Rect, SiteCard, theme};
use crate::layout::{clamp_to_lane, lane_x_range};
use crate::model::{Lane, Point};

/// Space between a lane's edge and its widest card, on a page.
const LANE_PAD: f32 = 24.0;
/// The narrowest a lane is drawn on a page: as on the canvas, which leaves room between the
/// cards of neighbouring lanes for the labels of the arrows that join them.
const MIN_LANE: f32 = crate::layout::LANE_WIDTH;
/// Lines of a lane heading, at most.
const HEADING_LINES: usize = 2;

/// Where a lane is drawn, and how far its sites move from their place on the map to get there.
#[derive(Clone, Debug)]
pub(super) struct Column {
    pub lane: Lane,
    pub left: f32,
    pub right: f32,
    /// Added to the x of every site of the lane (0 on the canvas).
    pub shift: f32,
    /// The heading's lines.
    pub heading: Vec<String>,
}

fn heading_lines(title: &str, width: f32) -> Vec<String> {
    wrap(
        title,
        theme::LANE_LABEL_SIZE,
        false,
        width - 16.0,
        HEADING_LINES,
    )
    .lines
}

/// Every lane at its fixed place, as the canvas draws them.
pub(super) fn canvas_columns(titles: impl Fn(Lane) -> &'static str) -> Vec<Column> {
    Lane::ALL
        .into_iter()
        .map(|lane| {
            let (left, right) = lane_x_range(lane);
            Column {
                lane,
                left,
                right,
                shift: 0.0,
                heading: heading_lines(titles(lane), right - left),
            }
        })
        .collect()
}

/// The lanes that have sites, side by side, each sized to its cards (`(lane, centre, width)`,
/// centres already kept inside their lanes) and its heading.
pub(super) fn page_columns(
    cards: &[(Lane, Point, f32)],
    titles: impl Fn(Lane) -> &'static str,
) -> Vec<Column> {
    let mut columns = Vec::new();
    let mut next_left = 0.0;
    for lane in Lane::ALL {
        let Some((low, high)) = cards
            .iter()
            .filter(|(l, _, _)| *l == lane)
            .map(|(_, centre, width)| (centre.x - width / 2.0, centre.x + width / 2.0))
            .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
        else {
            continue;
        };
        let content = high - low;
        let room = (content + 2.0 * LANE_PAD).max(MIN_LANE);
        let heading = heading_lines(titles(lane), room);
        let widest = heading
            .iter()
            .map(|line| text_width(line, theme::LANE_LABEL_SIZE, false))
            .fold(0.0, f32::max);
        let width = room.max(widest + 24.0);
        columns.push(Column {
            lane,
            left: next_left,
            right: next_left + width,
            shift: next_left + (width - content) / 2.0 - low,
            heading,
        });
        next_left += width;
    }
    columns
}

/// Where a card centred at `centre` in `lane` is drawn: kept inside its lane (on a page), then
/// moved with its column.
pub(super) fn place(
    columns: &[Column],
    lane: Lane,
    centre: Point,
    half_width: f32,
    page: bool,
) -> Point {
    let kept = if page {
        clamp_to_lane(lane, centre, half_width)
    } else {
        centre
    };
    let shift = columns
        .iter()
        .find(|column| column.lane == lane)
        .map_or(0.0, |column| column.shift);
    Point::new(kept.x + shift, kept.y)
}

/// How tall the heading area of a lane is.
fn heading_height(lines: usize) -> f32 {
    let lines = lines.max(1) as f32;
    lines * theme::LANE_LABEL_SIZE * 1.2 + 20.0
}

/// The lane bands around the cards and arrows, and the bounds of everything drawn. On the
/// canvas the lanes are at least [`theme::LANE_MIN_HEIGHT`] tall and reach up to 0, so there is
/// room to drop sites; on a page they hold exactly what is drawn.
pub(super) fn bands(
    columns: &[Column],
    sites: &[SiteCard],
    flows: &[FlowArrow],
    page: bool,
) -> (Vec<LaneBand>, Option<Rect>) {
    let drawn = sites
        .iter()
        .map(|card| card.rect)
        .chain(flows.iter().map(FlowArrow::drawn_bounds))
        .reduce(|a, b| a.union(&b));
    let heading = heading_height(
        columns
            .iter()
            .map(|column| column.heading.len())
            .max()
            .unwrap_or(1),
    );
    let (top, bottom) = if page {
        let drawn = drawn.unwrap_or(Rect::centred(Point::new(0.0, 0.0), 0.0, 0.0));
        (
            drawn.min.y - theme::LANE_MARGIN / 2.0 - heading,
            drawn.max.y + theme::LANE_MARGIN / 2.0,
        )
    } else {
        let content = sites
            .iter()
            .map(|card| card.rect)
            .reduce(|a, b| a.union(&b));
        let top = content.map_or(0.0, |rect| rect.min.y - theme::LANE_MARGIN - heading);
        let bottom = content
            .map_or(0.0, |rect| rect.max.y + theme::LANE_MARGIN)
            .max(top + theme::LANE_MIN_HEIGHT);
        (top.min(0.0), bottom)
    };
    let lanes: Vec<LaneBand> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let centre = (column.left + column.right) / 2.0;
            let heading = column
                .heading
                .iter()
                .enumerate()
                .map(|(row, line)| {
                    let row = row as f32;
                    let baseline = top + 10.0 + theme::LANE_LABEL_SIZE * (1.0 + 1.2 * row);
                    TextMark::new(
                        line.clone(),
                        Point::new(centre, baseline),
                        theme::LANE_LABEL_SIZE,
                        theme::LANE_TEXT,
                    )
                    .centred()
                })
                .collect();
            LaneBand {
                lane: column.lane,
                rect: Rect {
                    min: Point::new(column.left, top),
                    max: Point::new(column.right, bottom),
                },
                heading,
                fill: theme::LANE_FILLS[index % theme::LANE_FILLS.len()],
            }
        })
        .collect();
    let lane_bounds = lanes
        .iter()
        .map(|band| band.rect)
        .reduce(|a, b| a.union(&b));
    let margin = if page {
        theme::LANE_MARGIN / 2.0
    } else {
        theme::LANE_MARGIN
    };
    let bounds = match (lane_bounds, drawn) {
        (Some(lanes), Some(drawn)) => Some(lanes.union(&drawn.expand(margin))),
        (lanes, drawn) => lanes.or(drawn),
    };
    (lanes, bounds)
}
