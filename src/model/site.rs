//! Sites: the places and parties data flows between.

use serde::{Deserialize, Serialize};

use super::filing::Person;
use super::ids::SiteId;
use super::jurisdiction::Jurisdiction;
use super::vocab::{Sector, SiteKind};

/// A point in map coordinates (the diagram's own units, not screen pixels).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(f32, f32)", into = "(f32, f32)")]
pub struct Point {
    /// Left to right.
    pub x: f32,
    /// Top to bottom.
    pub y: f32,
}

// In files a point is the pair `(x, y)`: short, and one line per position.
impl From<(f32, f32)> for Point {
    fn from((x, y): (f32, f32)) -> Self {
        Self { x, y }
    }
}

impl From<Point> for (f32, f32) {
    fn from(point: Point) -> Self {
        (point.x, point.y)
    }
}

impl Point {
    /// A point.
    pub fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// Both coordinates are finite numbers.
    pub fn is_finite(&self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

/// A place or party: an office, a platform, a data centre, a system, a party or a group of people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Stable id.
    pub id: SiteId,
    /// Display name, e.g. "DingTalk (Hangzhou)".
    pub name: String,
    /// What it is.
    #[serde(default)]
    pub kind: SiteKind,
    /// Where it is, for the law.
    pub jurisdiction: Jurisdiction,
    /// City or district, free text (e.g. "Taipa", "Hangzhou").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// Who runs it (e.g. "Alibaba Cloud").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub operator: String,
    /// The legal entity that holds the data here (e.g. `Pearl Delta Hengqin Co.`); empty means
    /// the map's organisation. Mainland export totals are counted per exporting entity.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub entity: String,
    /// The sector of the entity here (edition 2027-01); `None` takes the map's sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The registered address of the entity here, as a recipient's identity in a filing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// Who answers for the data here: the recipient's contact person, title and contact.
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    pub contact: Person,
    /// Where the data is stored here: the data centre or cloud region.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub storage_location: String,
    /// Where the user placed it on the diagram; `None` until placed or laid out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Point>,
}

impl Site {
    /// A site with no city, operator, notes or position.
    pub fn new(
        id: SiteId,
        name: impl Into<String>,
        kind: SiteKind,
        jurisdiction: Jurisdiction,
    ) -> Self {
        Self {
            id,
            name: name.into(),
            kind,
            jurisdiction,
            city: String::new(),
            operator: String::new(),
            entity: String::new(),
            sector: None,
            notes: String::new(),
            address: String::new(),
            contact: Person::default(),
            storage_location: String::new(),
            position: None,
        }
    }
}
