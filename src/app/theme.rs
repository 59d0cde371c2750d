//! The editor's colours and sizes: the diagram's theme converted for egui, plus panel sizes.

use egui::Color32;

use crate::model::Severity;
use crate::scene::theme::{self as diagram, Rgba};

/// An egui colour from a diagram colour.
pub fn colour(rgba: Rgba) -> Color32 {
    let [r, g, b, a] = rgba.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// The colour of a severity, for chips in lists.
pub fn severity(severity: Severity) -> Color32 {
    colour(diagram::severity_colour(severity))
}

/// The colour of something that asks for attention (not answered, changed since signed).
pub fn attention() -> Color32 {
    colour(diagram::ATTENTION)
}

/// The colour of a warning about a value being typed.
pub fn warning() -> Color32 {
    colour(diagram::WARNING)
}

/// Width of the palette panel.
pub const PALETTE_WIDTH: f32 = 190.0;
/// Width of the inspector panel.
pub const INSPECTOR_WIDTH: f32 = 340.0;
/// Height of the risk panel.
pub const FINDINGS_HEIGHT: f32 = 300.0;
/// Width of the treatment editor in the risk panel.
pub const TREATMENT_WIDTH: f32 = 380.0;
/// No text on the canvas is drawn smaller than this, in screen pixels: a label that would be
/// smaller is shortened to fit at this size, or hidden where there is no room.
pub const MIN_TEXT_PX: f32 = 11.0;
/// Below this zoom (screen pixels per map unit), labels are not even laid out: no label box
/// has room for text of [`MIN_TEXT_PX`].
pub const LABEL_MIN_ZOOM: f32 = 0.45;
/// Over this much zoom above [`LABEL_MIN_ZOOM`], labels fade from invisible to solid.
pub const LABEL_FADE_ZOOM: f32 = 0.15;
/// Below this zoom (screen pixels per map unit), site cards are plain boxes with no icon.
pub const DETAIL_MIN_ZOOM: f32 = 0.25;
/// The closest zoom; above 2x text turns blurry.
pub const MAX_ZOOM: f32 = 2.0;
/// The farthest zoom.
pub const MIN_ZOOM: f32 = 0.002;
/// How much presentation mode enlarges the whole UI, the map's text with it.
pub const PRESENT_ZOOM: f32 = 1.5;
/// The minimap's size, in points, and its distance from the canvas's corner.
pub const MINIMAP_SIZE: [f32; 2] = [220.0, 160.0];
/// The minimap's distance from the canvas's bottom-right corner, in points.
pub const MINIMAP_MARGIN: f32 = 12.0;
/// Maps with fewer sites than this have no minimap: the whole map fits the canvas anyway.
pub const MINIMAP_MIN_SITES: usize = 25;
/// Zoomed out so far that a site card is under this many pixels tall, the lanes collapse to
/// their counts.
pub const COLLAPSE_CARD_PX: f32 = 4.0;
/// Radius of the connect handle on a site card, in map units.
pub const HANDLE_RADIUS: f32 = 8.0;
/// How close a click must be to a flow to pick it, in screen points.
pub const FLOW_PICK_DISTANCE: f32 = 6.0;
/// Seconds between recovery copies of unsaved work. The copy is written on a thread of its
/// own, so it can be frequent without stalling the window.
pub const AUTOSAVE_SECS: f64 = 5.0;

/// Puts the bundled fonts behind egui's own, so Chinese labels (the editor in 繁體中文, or any
/// Chinese name on a map) are drawn with the glyphs the exports use, whatever the machine has
/// installed: the Hong Kong forms first, then the Simplified forms for the characters they lack.
/// The fonts are in the binary, so this reads no file and scans no system font.
pub fn install_fonts(ctx: &egui::Context) {
    let mut definitions = egui::FontDefinitions::default();
    for face in crate::text::fonts::BUNDLED.iter().filter(|face| !face.bold) {
        definitions.font_data.insert(
            face.family.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(face.data)),
        );
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            definitions
                .families
                .entry(family)
                .or_default()
                .push(face.family.to_owned());
        }
    }
    ctx.set_fonts(definitions);
}
