//! The diagram as the PDF draws it: its SVG made printable with the report's fonts and read
//! into a tree.

use resvg::usvg;

use super::PdfError;
use super::fonts::Fonts;

/// The width and height of an SVG page, in its user units.
pub(super) fn svg_size(svg: &str) -> Option<(f32, f32)> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).ok()?;
    Some((tree.size().width(), tree.size().height()))
}

/// The diagram's SVG with every character no font has replaced by `?`: its labels go through
/// the same rule as the report's text, or their glyph would be .notdef, which PDF/A refuses.
pub(super) fn printable_svg(fonts: &Fonts, svg: &str) -> String {
    svg.chars()
        .map(|c| {
            if c.is_ascii() || fonts.which(c, false).is_some() {
                c
            } else {
                '?'
            }
        })
        .collect()
}

/// The diagram as a tree to draw; it lays out its own text, so it takes a while on a large map.
pub(super) fn parse_diagram(svg: &str) -> Result<usvg::Tree, PdfError> {
    let options = usvg::Options {
        fontdb: crate::export::font_database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PdfError::Svg(error.to_string()))
}
