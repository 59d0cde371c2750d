//! Site-kind icons as a few primitive shapes in a unit box (-1..1 on both axes, y down), so the
//! canvas and the exporters draw exactly the same icon.

use crate::model::{Point, SiteKind};

/// One stroke of an icon, in unit coordinates.
#[derive(Clone, Debug, PartialEq)]
pub enum IconShape {
    /// A circle outline.
    Circle {
        /// Centre.
        centre: Point,
        /// Radius.
        radius: f32,
    },
    /// A filled dot.
    Dot {
        /// Centre.
        centre: Point,
        /// Radius.
        radius: f32,
    },
    /// A rectangle outline.
    Frame {
        /// Top-left.
        min: Point,
        /// Bottom-right.
        max: Point,
    },
    /// A filled rectangle.
    Block {
        /// Top-left.
        min: Point,
        /// Bottom-right.
        max: Point,
    },
    /// A straight line.
    Line {
        /// One end.
        from: Point,
        /// The other end.
        to: Point,
    },
    /// A closed outline through the points.
    Outline(Vec<Point>),
    /// A quadratic curve (start, control, end), open.
    Curve([Point; 3]),
}

fn p(x: f32, y: f32) -> Point {
    Point::new(x, y)
}

/// The icon of a site kind.
pub fn icon(kind: SiteKind) -> Vec<IconShape> {
    use IconShape::{Block, Circle, Curve, Dot, Frame, Line, Outline};
    match kind {
        SiteKind::Office => {
            let mut shapes = vec![Frame {
                min: p(-0.6, -0.7),
                max: p(0.6, 0.9),
            }];
            for row in 0..3u8 {
                for col in 0..2u8 {
                    let x = -0.3 + 0.55 * f32::from(col);
                    let y = -0.4 + 0.45 * f32::from(row);
                    shapes.push(Block {
                        min: p(x, y),
                        max: p(x + 0.2, y + 0.2),
                    });
                }
            }
            shapes
        }
        SiteKind::Saas => [(-0.45, 0.15, 0.42), (0.0, -0.15, 0.55), (0.45, 0.15, 0.42)]
            .into_iter()
            .map(|(x, y, radius)| Circle {
                centre: p(x, y),
                radius,
            })
            .collect(),
        SiteKind::Datacentre => (0..3u8)
            .flat_map(|row| {
                let top = -0.8 + f32::from(row) * 0.55;
                [
                    Frame {
                        min: p(-0.8, top),
                        max: p(0.8, top + 0.45),
                    },
                    Dot {
                        centre: p(0.55, top + 0.225),
                        radius: 0.08,
                    },
                ]
            })
            .collect(),
        SiteKind::System => {
            let mut shapes = vec![Circle {
                centre: p(0.0, 0.0),
                radius: 0.35,
            }];
            for i in 0..8u8 {
                let angle = f32::from(i) * std::f32::consts::TAU / 8.0;
                let (sin, cos) = angle.sin_cos();
                shapes.push(Line {
                    from: p(cos * 0.5, sin * 0.5),
                    to: p(cos * 0.85, sin * 0.85),
                });
            }
            shapes
        }
        SiteKind::Party => {
            let mut shapes = vec![Line {
                from: p(-0.9, 0.75),
                to: p(0.9, 0.75),
            }];
            for x in [-0.55, 0.0, 0.55] {
                shapes.push(Line {
                    from: p(x, 0.75),
                    to: p(x, -0.3),
                });
            }
            shapes.push(Outline(vec![p(-0.95, -0.35), p(0.0, -0.9), p(0.95, -0.35)]));
            shapes
        }
        SiteKind::People => [-0.45, 0.45]
            .into_iter()
            .flat_map(|x| {
                [
                    Circle {
                        centre: p(x, -0.35),
                        radius: 0.28,
                    },
                    Curve([p(x - 0.45, 0.8), p(x, -0.25), p(x + 0.45, 0.8)]),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_an_icon_inside_the_unit_box() {
        for kind in SiteKind::ALL {
            let shapes = icon(*kind);
            assert!(!shapes.is_empty(), "{kind:?}");
            let inside = |point: &Point| point.x.abs() <= 1.0 && point.y.abs() <= 1.0;
            for shape in shapes {
                let ok = match &shape {
                    IconShape::Circle { centre, radius } | IconShape::Dot { centre, radius } => {
                        inside(centre) && *radius < 1.0
                    }
                    IconShape::Frame { min, max } | IconShape::Block { min, max } => {
                        inside(min) && inside(max)
                    }
                    IconShape::Line { from, to } => inside(from) && inside(to),
                    IconShape::Outline(points) => points.iter().all(inside),
                    IconShape::Curve(points) => points.iter().all(inside),
                };
                assert!(ok, "{kind:?}: {shape:?}");
            }
        }
    }
}
