//! The frames of the scene's pieces (a lane's band and border, a card's box, a label's box),
//! styled here once as marks, so that the canvas and the exported page draw the same frame.

use super::marks::{Mark, Stroke};
use super::{FlowLabel, LaneBand, SiteCard, theme};
use crate::model::Point;

/// The corner of a label's box, in map units.
const LABEL_CORNER: f32 = 3.0;

impl LaneBand {
    /// The band in its shade, and its left border.
    pub fn frame(&self) -> [Mark; 2] {
        let rect = self.rect;
        [
            Mark::Box {
                rect,
                corner: 0.0,
                fill: Some(self.fill),
                stroke: None,
            },
            Mark::Line {
                from: rect.min,
                to: Point::new(rect.min.x, rect.max.y),
                stroke: Stroke::solid(theme::LANE_BORDER, 1.5),
            },
        ]
    }
}

impl SiteCard {
    /// The card's box, outlined in the colour of its worst finding.
    pub fn frame(&self) -> Mark {
        Mark::Box {
            rect: self.rect,
            corner: theme::SITE_CORNER,
            fill: Some(theme::SITE_FILL),
            stroke: Some(self.outline),
        }
    }
}

impl FlowLabel {
    /// The label's box, on the page's background with a thin border.
    pub fn frame(&self) -> Mark {
        Mark::Box {
            rect: self.rect,
            corner: LABEL_CORNER,
            fill: Some(theme::BACKGROUND),
            stroke: Some(Stroke::solid(theme::LANE_BORDER, 0.5)),
        }
    }
}
