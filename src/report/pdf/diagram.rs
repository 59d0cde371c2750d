//! The diagram as the PDF draws it: its SVG made printable with the report's fonts, labels too
//! small to read on paper left out, and read into a tree.

use resvg::usvg;

use super::PdfError;
use super::fonts::Fonts;
use super::page::{diagram_page, fit};

/// Text smaller than this on paper (points) cannot be read. On a map of a thousand sites the
/// diagram's labels print at a tenth of a point, and laying them out took most of the time
/// the PDF took; they are left out, the cards and arrows stay.
const MIN_TEXT_PT: f32 = 1.5;

/// The diagram's SVG as the PDF draws it, and its page size in SVG units.
pub(super) struct PreparedDiagram {
    /// The SVG to draw.
    pub(super) svg: String,
    /// Width and height of its page, in its own units.
    pub(super) size: (f32, f32),
}

/// The first number of an attribute such as `translate(1 2) scale(0.5)` after `function(`.
fn transform_number(transform: &str, function: &str) -> Option<f32> {
    let (_, rest) = transform.split_once(&format!("{function}("))?;
    let end = rest.find([' ', ',', ')'])?;
    rest.get(..end)?.trim().parse().ok()
}

/// The diagram `svg` prepared for its page (see [`diagram_page`]) with `margin`: its size read from its
/// view box, text in the diagram group that would print under [`MIN_TEXT_PT`] dropped (the
/// title block and legend keep theirs), and characters no font has replaced by `?`.
pub(super) fn prepare(fonts: &Fonts, svg: &str, margin: f32) -> PreparedDiagram {
    let Ok(document) = roxmltree::Document::parse(svg) else {
        // Not ours to repair: drawing it reports what is wrong.
        return PreparedDiagram {
            svg: printable_svg(fonts, svg),
            size: (297.0, 210.0),
        };
    };
    let root = document.root_element();
    let size = root
        .attribute("viewBox")
        .map(|view_box| {
            view_box
                .split([' ', ','])
                .filter_map(|number| number.parse::<f32>().ok())
                .collect::<Vec<f32>>()
        })
        .and_then(|numbers| Some((*numbers.get(2)?, *numbers.get(3)?)))
        .filter(|(width, height)| *width > 0.0 && *height > 0.0)
        .unwrap_or((297.0, 210.0));
    let scale = fit(size, diagram_page(size), margin);
    let mut dropped: Vec<std::ops::Range<usize>> = Vec::new();
    let groups = root
        .descendants()
        .filter(|node| node.has_tag_name("g") && node.attribute("id") == Some("diagram"));
    for group in groups {
        let inner = group
            .attribute("transform")
            .and_then(|transform| transform_number(transform, "scale"))
            .unwrap_or(1.0);
        dropped.extend(
            group
                .descendants()
                .filter(|node| node.has_tag_name("text"))
                .filter(|text| {
                    let size = text
                        .attribute("font-size")
                        .and_then(|size| size.parse::<f32>().ok())
                        .unwrap_or(16.0);
                    size * inner * scale < MIN_TEXT_PT
                })
                .map(|text| text.range()),
        );
    }
    let mut kept = String::with_capacity(svg.len());
    let mut at = 0;
    for range in dropped {
        kept.push_str(svg.get(at..range.start).unwrap_or_default());
        at = range.end;
    }
    kept.push_str(svg.get(at..).unwrap_or_default());
    PreparedDiagram {
        svg: printable_svg(fonts, &kept),
        size,
    }
}

/// The diagram's SVG with every character no font has replaced by `?`: its labels go through
/// the same rule as the report's text, or their glyph would be .notdef, which PDF/A refuses.
fn printable_svg(fonts: &Fonts, svg: &str) -> String {
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
    let options = crate::text::fonts::svg_options(svg);
    usvg::Tree::from_str(svg, &options).map_err(|error| PdfError::Svg(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_of_a_transform_is_read() {
        assert_eq!(
            transform_number("translate(780.44 102.03) scale(0.0166)", "scale"),
            Some(0.0166)
        );
        assert_eq!(transform_number("translate(1 2)", "scale"), None);
    }

    #[test]
    fn diagram_labels_too_small_to_print_are_left_out_and_the_title_kept() {
        let fonts = Fonts::load(crate::model::Language::English).expect("the bundled fonts");
        let svg = |scale: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1587.4 1122.5"><text font-size="20">Title</text><g id="diagram" transform="translate(1 2) scale({scale})"><rect width="9" height="9"/><text font-size="11">Site name</text></g></svg>"#
            )
        };
        let small = prepare(&fonts, &svg("0.0166"), 24.0);
        assert_eq!(small.size, (1587.4, 1122.5));
        assert!(small.svg.contains("Title") && small.svg.contains("<rect"));
        assert!(!small.svg.contains("Site name"), "{}", small.svg);
        assert!(roxmltree::Document::parse(&small.svg).is_ok());
        let readable = prepare(&fonts, &svg("1.0"), 24.0);
        assert!(readable.svg.contains("Site name"));
    }
}
