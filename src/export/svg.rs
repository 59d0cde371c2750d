//! The diagram as a self-contained SVG page: the title block, the scene (lanes, flows, sites),
//! the legend and the key, placed by [`super::page`] and written mark by mark by
//! [`super::svg_marks`]. All text is text (searchable, selectable) and every piece of user text is
//! escaped.

use std::fmt::Write as _;

use super::page::{self, DiagramError, Layout, Page, Parts, SvgOptions};
use super::svg_marks::{write_arrow, write_card, write_label, write_lane, write_mark};
use crate::model::{DataClass, Language, Map};
use crate::rules::Evaluated;
use crate::scene::{self, Options};

use crate::text::escape::xml_line as escape;

/// The diagram of the map, coloured by its evaluation, as a one-page SVG document in the
/// input's language, dated as of the evaluation. A map that cannot be drawn readably gives a
/// page that says why instead (the report prints it as its diagram page); [`diagram_page`]
/// returns the reason as an error.
pub fn diagram_svg(input: &Evaluated<'_>, options: &SvgOptions) -> String {
    diagram_page(input, options)
        .unwrap_or_else(|error| notice_page(input.map, &error, input.language))
}

/// The diagram as a one-page SVG document, or why it cannot be put on a readable page.
pub fn diagram_page(input: &Evaluated<'_>, options: &SvgOptions) -> Result<String, DiagramError> {
    let Evaluated {
        map,
        evaluation,
        language,
        ..
    } = *input;
    // A map far too large for any page is told so before any layout work.
    super::density::refuse_before_layout(map)?;
    // Maps without positions are laid out for the export (the map itself is not changed).
    let laid_out = crate::layout::laid_out(map);
    let map = laid_out.as_ref();
    let scene = scene::build_with(
        map,
        Some(evaluation),
        &Options {
            language,
            page: true,
        },
    );
    page::refuse_early(&scene)?;
    let mut classes: Vec<DataClass> = map
        .flows()
        .flat_map(|view| view.flow.data_classes.iter().copied())
        .collect();
    classes.sort();
    classes.dedup();
    let parts = Parts {
        map,
        evaluation,
        scene: &scene,
        classes: &classes,
        facts: page::facts(map, evaluation, input.as_of(), language),
        blocks: std::cell::RefCell::new(Vec::new()),
    };
    let layout = page::lay_out(&parts, options.page)?;
    Ok(write_page(&map.meta.title, &scene, &layout))
}

fn svg_open(out: &mut String, page: Page, size: (f32, f32), title: &str, language: Language) {
    let fonts = crate::text::fonts::css_font_list(language);
    let (mm_w, mm_h) = page.size_mm();
    let (page_w, page_h) = size;
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{mm_w}mm" height="{mm_h}mm" viewBox="0 0 {page_w:.1} {page_h:.1}" font-family="{fonts}">"#
    );
    let _ = write!(out, "<title>{}</title>", escape(title));
    let _ = write!(
        out,
        r#"<rect width="{page_w:.1}" height="{page_h:.1}" fill="white"/>"#
    );
}

fn write_page(title: &str, scene: &scene::Scene, layout: &Layout) -> String {
    let mut out = String::with_capacity(16 * 1024 + scene.flows.len() * 900);
    svg_open(&mut out, layout.page, layout.size, title, scene.language);
    out.push_str(r#"<g id="title-block">"#);
    let origin = crate::model::Point::new(page::MARGIN, page::MARGIN);
    for mark in layout.title.placed(origin) {
        write_mark(&mut out, &mark);
    }
    out.push_str("</g>");

    // Nothing is clipped: the scene's bounds hold every mark, so the diagram is only moved and
    // scaled.
    let (tx, ty) = layout.offset;
    let _ = write!(
        out,
        r#"<g id="diagram" transform="translate({tx:.2} {ty:.2}) scale({:.4})"><g id="lanes">"#,
        layout.scale
    );
    for band in &scene.lanes {
        write_lane(&mut out, band);
    }
    out.push_str(r#"</g><g id="flows">"#);
    for arrow in &scene.flows {
        write_arrow(&mut out, arrow);
    }
    out.push_str(r#"</g><g id="sites">"#);
    for card in &scene.sites {
        write_card(&mut out, card);
    }
    // Labels last: placed off the cards, and on top should they still meet one.
    out.push_str(r#"</g><g id="labels">"#);
    for arrow in &scene.flows {
        write_label(&mut out, arrow);
    }
    out.push_str("</g></g>");

    for (id, (block, at)) in [("legend", &layout.legend), ("key", &layout.key)] {
        if block.marks.is_empty() {
            continue;
        }
        let _ = write!(out, r#"<g id="{id}">"#);
        for mark in block.placed(*at) {
            write_mark(&mut out, &mark);
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>\n");
    out
}

/// An A4 page with the map's title and why its diagram cannot be drawn readably, in
/// `language`.
fn notice_page(map: &Map, error: &DiagramError, language: Language) -> String {
    text_page(
        map,
        Page::A4,
        &[
            (map.meta.title.clone(), 20.0),
            (error.message(language), 13.0),
        ],
        language,
    )
}

/// A page of `paragraphs` (text and font size), each wrapped to the page's width; the page
/// grows taller when they need it, so no line is cut off.
pub(super) fn text_page(
    map: &Map,
    page: Page,
    paragraphs: &[(String, f32)],
    language: Language,
) -> String {
    let width = page.size_units().0 - 2.0 * page::MARGIN;
    let mut lines = Vec::new();
    let mut y = page::MARGIN;
    for (text, font) in paragraphs {
        for line in scene::text::wrap(text, *font, false, width, usize::MAX).lines {
            y += font * 1.4;
            lines.push((line, y, *font));
        }
        y += font * 0.6;
    }
    let (width_mm, height_mm) = page.size_mm();
    let needed_mm = (y + page::MARGIN) * 25.4 / 96.0;
    let page = if needed_mm > height_mm {
        // Whole millimetres, rounded up; far below u32's range for any text a map holds.
        Page::Custom {
            width_mm: width_mm.round() as u32,
            height_mm: needed_mm.ceil() as u32,
        }
    } else {
        page
    };
    let mut out = String::new();
    svg_open(&mut out, page, page.size_units(), &map.meta.title, language);
    for (line, y, font) in lines {
        write_mark(
            &mut out,
            &scene::Mark::Text(scene::TextMark::new(
                line,
                crate::model::Point::new(page::MARGIN, y),
                font,
                scene::theme::SITE_TEXT,
            )),
        );
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_drops_control_characters() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{7}c\nd"), "abc d");
        assert_eq!(escape("澳門 Sede"), "澳門 Sede");
    }
}
