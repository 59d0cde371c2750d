//! Colours and sizes of the diagram, in one place, shared by the canvas and the exporters.
//!
//! Severity colours follow the Okabe-Ito palette, which stays distinct for the common forms of
//! colour blindness; severity is also shown by stroke width, so colour is never the only cue.

use crate::model::Severity;

/// An sRGB colour with alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b, 255])
    }

    /// `#rrggbb`, for SVG.
    pub fn hex(&self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// The width of a site card, in map units; cards with long names grow up to
/// [`SITE_MAX_WIDTH`].
pub const SITE_WIDTH: f32 = 190.0;
/// The widest a site card grows to fit its name (inside a lane, with a margin).
pub const SITE_MAX_WIDTH: f32 = 288.0;
/// The height of a site card with a one-line name, in map units; cards grow to fit.
pub const SITE_HEIGHT: f32 = 64.0;
/// The tallest a site card grows: three lines of name and two of place.
pub const SITE_MAX_HEIGHT: f32 = 124.0;
/// Rounding of site card corners.
pub const SITE_CORNER: f32 = 8.0;
/// Space above the first site for the lane heading.
pub const LANE_HEADING: f32 = 48.0;
/// Space around the sites inside a lane.
pub const LANE_MARGIN: f32 = 40.0;
/// The smallest height of a lane, so an empty map still has room to drop sites.
pub const LANE_MIN_HEIGHT: f32 = 640.0;
/// Arrow head length.
pub const ARROW_HEAD: f32 = 12.0;
/// Distance between parallel flows joining the same two sites.
pub const PARALLEL_GAP: f32 = 26.0;

/// Text sizes.
pub const SITE_NAME_SIZE: f32 = 15.0;
/// The city line of a site card.
pub const SITE_CITY_SIZE: f32 = 12.0;
/// Flow labels: large enough to be 12 pixels tall at the canvas's default zoom.
pub const FLOW_LABEL_SIZE: f32 = 13.0;
/// Lane headings.
pub const LANE_LABEL_SIZE: f32 = 17.0;

/// Page and lane colours.
pub const BACKGROUND: Rgba = Rgba::rgb(250, 250, 248);
/// Alternate lane fills, so neighbouring lanes read as separate bands.
pub const LANE_FILLS: [Rgba; 2] = [Rgba::rgb(241, 244, 248), Rgba::rgb(247, 245, 240)];
/// Lane borders: the borders data crosses.
pub const LANE_BORDER: Rgba = Rgba::rgb(150, 160, 175);
/// Lane heading text.
pub const LANE_TEXT: Rgba = Rgba::rgb(70, 80, 95);
/// Site card fill.
pub const SITE_FILL: Rgba = Rgba::rgb(255, 255, 255);
/// Site card outline.
pub const SITE_STROKE: Rgba = Rgba::rgb(90, 100, 115);
/// Site name text.
pub const SITE_TEXT: Rgba = Rgba::rgb(25, 30, 40);
/// Secondary text (city, flow labels).
pub const MUTED_TEXT: Rgba = Rgba::rgb(95, 100, 110);
/// Selection highlight.
pub const SELECTION: Rgba = Rgba::rgb(0, 114, 178);
/// The halo of flows that stand out (a heatmap cell's): yellow, unlike any severity colour.
pub const HIGHLIGHT: Rgba = Rgba::rgb(240, 228, 66);
/// A flow with no finding.
pub const FLOW_OK: Rgba = Rgba::rgb(0, 158, 115);

/// Text and marks that warn (a value that is not valid yet): the critical red, named for what
/// it means here.
pub const WARNING: Rgba = Rgba::rgb(168, 0, 42);

/// Text and marks that ask for attention without being a finding (an unanswered question, a map
/// changed since it was signed): orange, named for what it means here.
pub const ATTENTION: Rgba = Rgba::rgb(213, 94, 0);

/// The colour of a severity.
pub fn severity_colour(severity: Severity) -> Rgba {
    match severity {
        Severity::Info => Rgba::rgb(140, 140, 140),
        Severity::Low => Rgba::rgb(86, 180, 233),
        Severity::Medium => Rgba::rgb(230, 159, 0),
        Severity::High => Rgba::rgb(213, 94, 0),
        Severity::Critical => Rgba::rgb(168, 0, 42),
    }
}

/// The stroke width of a flow arrow: wider for worse findings, and wider again across a border.
pub fn flow_width(worst_severity: Option<Severity>, crosses_border: bool) -> f32 {
    let base = match worst_severity {
        None | Some(Severity::Info | Severity::Low) => 1.5,
        Some(Severity::Medium) => 2.0,
        Some(Severity::High) => 2.5,
        Some(Severity::Critical) => 3.0,
    };
    if crosses_border { base + 1.0 } else { base }
}
