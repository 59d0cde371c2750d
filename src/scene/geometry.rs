//! Rectangles in map coordinates: card and lane bounds, with the few operations the scene, hit
//! testing and the exporters need.

use crate::model::Point;

/// An axis-aligned rectangle in map coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Top-left corner.
    pub min: Point,
    /// Bottom-right corner.
    pub max: Point,
}

impl Rect {
    /// The rectangle of `size` centred on `centre`.
    pub fn centred(centre: Point, width: f32, height: f32) -> Self {
        Self {
            min: Point::new(centre.x - width / 2.0, centre.y - height / 2.0),
            max: Point::new(centre.x + width / 2.0, centre.y + height / 2.0),
        }
    }

    /// The centre.
    pub fn centre(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            min: Point::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: Point::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    /// The two overlap or touch.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    /// The area the two share (0 when they do not overlap).
    pub fn overlap_area(&self, other: &Rect) -> f32 {
        let width = self.max.x.min(other.max.x) - self.min.x.max(other.min.x);
        let height = self.max.y.min(other.max.y) - self.min.y.max(other.min.y);
        if width > 0.0 && height > 0.0 {
            width * height
        } else {
            0.0
        }
    }

    /// The point is inside or on the edge.
    pub fn contains(&self, point: Point) -> bool {
        (self.min.x..=self.max.x).contains(&point.x) && (self.min.y..=self.max.y).contains(&point.y)
    }

    /// The rectangle grown by `margin` on every side.
    pub fn expand(&self, margin: f32) -> Rect {
        Rect {
            min: Point::new(self.min.x - margin, self.min.y - margin),
            max: Point::new(self.max.x + margin, self.max.y + margin),
        }
    }

    /// Where the segment from the centre towards `towards` leaves the rectangle.
    pub fn boundary_towards(&self, towards: Point) -> Point {
        let centre = self.centre();
        let (dx, dy) = (towards.x - centre.x, towards.y - centre.y);
        if dx == 0.0 && dy == 0.0 {
            return centre;
        }
        let half_w = self.width() / 2.0;
        let half_h = self.height() / 2.0;
        let scale_x = if dx == 0.0 {
            f32::INFINITY
        } else {
            half_w / dx.abs()
        };
        let scale_y = if dy == 0.0 {
            f32::INFINITY
        } else {
            half_h / dy.abs()
        };
        let scale = scale_x.min(scale_y);
        Point::new(centre.x + dx * scale, centre.y + dy * scale)
    }
}
