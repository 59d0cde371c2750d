//! The primitives every mark of the diagram is made of: placed text, strokes, boxes, shapes and
//! icons, in map coordinates. The canvas and the exporters translate these and add nothing.

use super::geometry::Rect;
use super::text::text_width;
use super::theme::Rgba;
use crate::model::{Point, SiteKind};

/// Which point of a line of text its `at` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The left end of the baseline.
    Start,
    /// The middle of the baseline.
    Middle,
}

/// One line of text placed on the diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct TextMark {
    /// What it says (user text unescaped; each writer escapes for its format).
    pub text: String,
    /// The anchor point on the baseline.
    pub at: Point,
    /// Font size in map units.
    pub size: f32,
    /// Semi-bold.
    pub bold: bool,
    /// Which point `at` is.
    pub anchor: Anchor,
    /// Its colour.
    pub ink: Rgba,
}

impl TextMark {
    /// A line of regular text starting at `at`.
    pub fn new(text: impl Into<String>, at: Point, size: f32, ink: Rgba) -> Self {
        Self {
            text: text.into(),
            at,
            size,
            bold: false,
            anchor: Anchor::Start,
            ink,
        }
    }

    /// The same, semi-bold.
    #[must_use]
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    /// The same, centred on `at`.
    #[must_use]
    pub fn centred(mut self) -> Self {
        self.anchor = Anchor::Middle;
        self
    }

    /// How wide it is, as measured by [`text_width`].
    pub fn width(&self) -> f32 {
        text_width(&self.text, self.size, self.bold)
    }

    /// The box it takes: from a size above the baseline to a quarter below.
    pub fn bounds(&self) -> Rect {
        let width = self.width();
        let left = match self.anchor {
            Anchor::Start => self.at.x,
            Anchor::Middle => self.at.x - width / 2.0,
        };
        Rect {
            min: Point::new(left, self.at.y - self.size),
            max: Point::new(left + width, self.at.y + self.size * 0.25),
        }
    }

    /// The top-left corner of its box, where a painter that lays text out from the top starts.
    pub fn top_left(&self) -> Point {
        self.bounds().min
    }
}

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub ink: Rgba,
    /// Width in map units.
    pub width: f32,
    /// Dash and gap lengths, for a dashed line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(ink: Rgba, width: f32) -> Self {
        Self {
            ink,
            width,
            dash: None,
        }
    }
}

/// One primitive of the diagram.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line of text.
    Text(TextMark),
    /// Lines of one text wrapped (a name, a key entry): written as one piece of text, so a
    /// reader or a search finds it whole.
    Lines(Vec<TextMark>),
    /// A straight line.
    Line {
        /// One end.
        from: Point,
        /// The other end.
        to: Point,
        /// How it is drawn.
        stroke: Stroke,
    },
    /// A rectangle, filled, outlined or both, with rounded corners.
    Box {
        /// Where.
        rect: Rect,
        /// Corner radius.
        corner: f32,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A closed shape through the points, filled, outlined or both.
    Shape {
        /// The corners, in order.
        points: Vec<Point>,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A circle, filled, outlined or both.
    Circle {
        /// Centre.
        centre: Point,
        /// Radius.
        radius: f32,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A site kind's icon (see [`super::icon`]) in the square of half-side `half` at `centre`.
    Icon {
        /// Which icon.
        kind: SiteKind,
        /// Centre.
        centre: Point,
        /// Half the side of its square.
        half: f32,
        /// Colour.
        ink: Rgba,
    },
}

impl Mark {
    /// The rectangle holding the mark, strokes included.
    pub fn bounds(&self) -> Rect {
        let half_stroke = |stroke: &Option<Stroke>| stroke.map_or(0.0, |s| s.width / 2.0);
        match self {
            Mark::Text(text) => text.bounds(),
            Mark::Lines(lines) => lines
                .iter()
                .map(TextMark::bounds)
                .reduce(|a, b| a.union(&b))
                .unwrap_or(Rect {
                    min: Point::new(0.0, 0.0),
                    max: Point::new(0.0, 0.0),
                }),
            Mark::Line { from, to, stroke } => Rect {
                min: Point::new(from.x.min(to.x), from.y.min(to.y)),
                max: Point::new(from.x.max(to.x), from.y.max(to.y)),
            }
            .expand(stroke.width / 2.0),
            Mark::Box { rect, stroke, .. } => rect.expand(half_stroke(stroke)),
            Mark::Shape { points, stroke, .. } => points
                .iter()
                .map(|p| Rect { min: *p, max: *p })
                .reduce(|a, b| a.union(&b))
                .unwrap_or(Rect {
                    min: Point::new(0.0, 0.0),
                    max: Point::new(0.0, 0.0),
                })
                .expand(half_stroke(stroke)),
            Mark::Circle {
                centre,
                radius,
                stroke,
                ..
            } => Rect::centred(*centre, radius * 2.0, radius * 2.0).expand(half_stroke(stroke)),
            Mark::Icon { centre, half, .. } => Rect::centred(*centre, half * 2.0, half * 2.0),
        }
    }

    /// The mark moved by `by`.
    #[must_use]
    pub fn moved(&self, by: Point) -> Mark {
        let shift = |p: Point| Point::new(p.x + by.x, p.y + by.y);
        let shift_rect = |r: Rect| Rect {
            min: shift(r.min),
            max: shift(r.max),
        };
        let mut moved = self.clone();
        match &mut moved {
            Mark::Text(text) => text.at = shift(text.at),
            Mark::Lines(lines) => {
                for line in lines {
                    line.at = shift(line.at);
                }
            }
            Mark::Line { from, to, .. } => {
                *from = shift(*from);
                *to = shift(*to);
            }
            Mark::Box { rect, .. } => *rect = shift_rect(*rect),
            Mark::Shape { points, .. } => {
                for point in points {
                    *point = shift(*point);
                }
            }
            Mark::Circle { centre, .. } | Mark::Icon { centre, .. } => *centre = shift(*centre),
        }
        moved
    }
}

/// Marks laid out from a top-left corner at (0, 0), with the size they take: a legend or a
/// table the page places where it has room.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// The marks, relative to the block's top-left corner.
    pub marks: Vec<Mark>,
    /// Width and height.
    pub size: (f32, f32),
}

impl Block {
    /// The marks moved so the block's top-left corner is at `top_left`.
    pub fn placed(&self, top_left: Point) -> impl Iterator<Item = Mark> + '_ {
        self.marks.iter().map(move |mark| mark.moved(top_left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_bounds_follow_the_anchor_and_moving_a_mark_moves_its_bounds() {
        let ink = Rgba::rgb(0, 0, 0);
        let start = TextMark::new("Taipa", Point::new(10.0, 20.0), 10.0, ink);
        let middle = start.clone().centred();
        assert!((start.bounds().min.x - 10.0).abs() < 1e-3);
        assert!((middle.bounds().centre().x - 10.0).abs() < 1e-3);
        assert!(start.bounds().min.y < 20.0 && start.bounds().max.y > 20.0);
        let mark = Mark::Text(start);
        let moved = mark.moved(Point::new(5.0, -5.0));
        assert!((moved.bounds().min.x - mark.bounds().min.x - 5.0).abs() < 1e-3);
        let block = Block {
            marks: vec![mark],
            size: (30.0, 12.0),
        };
        let placed: Vec<Mark> = block.placed(Point::new(100.0, 0.0)).collect();
        assert!(placed[0].bounds().min.x >= 100.0);
    }
}
