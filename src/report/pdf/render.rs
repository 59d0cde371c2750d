//! Drawing the laid-out pages with krilla: PDF/A-2b, fonts embedded as subsets, text kept as
//! text, the diagram as vectors.

use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::DateTime;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::usvg;

use super::PdfError;
use super::fonts::Fonts;
use super::layout::{Op, Page};
use crate::report::Report;

fn colour(rgb: [u8; 3]) -> rgb::Color {
    rgb::Color::new(rgb[0], rgb[1], rgb[2])
}

pub(super) fn render(
    fonts: &Fonts,
    pages: Vec<Page>,
    report: &Report,
    diagram: &usvg::Tree,
) -> Result<Vec<u8>, PdfError> {
    // PDF/A-2b, the archival form a filing can be kept in; krilla refuses what breaks it.
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|error| PdfError::Pdf(format!("{error:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let day = report.as_of;
    document.set_metadata(
        Metadata::new()
            .title(report.title.clone())
            .language(crate::i18n::document_tag(report.language).to_owned())
            .creator("borderflow".to_owned())
            // The evaluation date, not the clock: the same report gives the same bytes.
            .creation_date(DateTime::new(day.year()).month(day.month()).day(day.day())),
    );
    // Each section and annex is a bookmark, for a reader (and a regulator's portal) to go to.
    let mut outline = Outline::new();
    for (index, page) in pages.iter().enumerate() {
        for (heading, y) in &page.sections {
            let destination = XyzDestination::new(index, Point::from_xy(0.0, *y));
            outline.push_child(OutlineNode::new(heading.clone(), destination));
        }
    }
    document.set_outline(outline);
    // Each page's operations are dropped once drawn, so they are not held twice.
    for page in pages {
        let settings = PageSettings::from_wh(page.size.0, page.size.1)
            .ok_or_else(|| PdfError::Pdf("bad page size".to_owned()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            draw(&mut surface, fonts, op, diagram);
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| PdfError::Pdf(format!("{error:?}")))
}

/// Draws one operation on a page.
fn draw(surface: &mut Surface<'_>, fonts: &Fonts, op: &Op, diagram: &usvg::Tree) {
    match op {
        Op::Rect { rect, fill, stroke } => {
            let [x, y, w, h] = *rect;
            let Some(rect) = Rect::from_xywh(x, y, w.max(0.1), h.max(0.1)) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            let Some(path) = builder.finish() else {
                return;
            };
            surface.set_fill(fill.map(|rgb| Fill {
                paint: colour(rgb).into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            surface.set_stroke(stroke.map(|rgb| Stroke {
                paint: colour(rgb).into(),
                width: 0.5,
                ..Stroke::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        Op::Lines {
            segments,
            colour: rgb,
        } => {
            let mut builder = PathBuilder::new();
            for [x1, y1, x2, y2] in segments {
                builder.move_to(*x1, *y1);
                builder.line_to(*x2, *y2);
            }
            let Some(path) = builder.finish() else {
                return;
            };
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                paint: colour(*rgb).into(),
                width: 0.5,
                ..Stroke::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        Op::Text {
            x,
            baseline,
            size,
            bold,
            colour: rgb,
            text,
        } => {
            surface.set_fill(Some(Fill {
                paint: colour(*rgb).into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            let mut x = *x;
            let text = fonts.printable(text, *bold);
            for (which, run) in fonts.runs(&text, *bold) {
                let face = fonts.run_face(which, *bold);
                let (glyphs, width) = face.place(run);
                surface.draw_glyphs(
                    Point::from_xy(x, *baseline),
                    &glyphs,
                    face.font.clone(),
                    run,
                    *size,
                    false,
                );
                x += width * size;
            }
        }
        Op::Diagram { rect } => {
            let [x, y, w, h] = *rect;
            let Some(size) = Size::from_wh(w, h) else {
                return;
            };
            surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
            surface.draw_svg(diagram, size, SvgSettings::default());
            surface.pop();
        }
    }
}
