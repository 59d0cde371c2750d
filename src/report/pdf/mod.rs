//! The report as PDF, written with krilla: A4 portrait pages of text broken by the Unicode
//! line-breaking rules and tables, the diagram on a landscape page of its own (never split),
//! every page numbered "page N of M" under the document's id, version and issue date, and
//! subsets of the fonts used embedded so the file reads the same everywhere and its text can
//! be searched and copied.
//!
//! Layout and drawing are separate steps: [`layout`] turns the report into pages of simple
//! drawing operations, measured with the fonts' own glyph advances; [`render`] draws them.

mod diagram;
mod fonts;
mod layout;
mod lines;
mod page;
mod render;
mod table;

use super::Report;
use diagram::{parse_diagram, prepare};
use fonts::Fonts;
use layout::layout;
use render::render;

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font could not be read (a bug: borderflow carries them).
    #[error("the fonts borderflow carries could not be read (a bug; please report it)")]
    NoFont,
    /// The diagram could not be read (a bug: borderflow writes it).
    #[error("the diagram could not be placed in the PDF: {0}")]
    Svg(String),
    /// krilla refused the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

pub(super) const PORTRAIT: (f32, f32) = (595.28, 841.89);
pub(super) const LANDSCAPE: (f32, f32) = (PORTRAIT.1, PORTRAIT.0);
/// The margin around the diagram on its landscape page.
pub(super) const DIAGRAM_MARGIN: f32 = 24.0;
pub(super) const MARGIN: f32 = 48.0;
pub(super) const BODY: f32 = 10.0;
/// Table text: 9 pt, the least a filed document should print.
pub(super) const SMALL: f32 = 9.0;
/// The running head's and foot's baselines, from the top and from the bottom of the page.
pub(super) const FOOTER: f32 = 26.0;
pub(super) const LINE: f32 = 1.35;
pub(super) const TEXT: [u8; 3] = [26, 30, 40];
pub(super) const MUTED: [u8; 3] = [95, 100, 110];
pub(super) const RULE: [u8; 3] = [190, 196, 208];
pub(super) const HEADER_FILL: [u8; 3] = [236, 240, 246];
pub(super) const WARN_FILL: [u8; 3] = [255, 244, 229];
pub(super) const WARN: [u8; 3] = [213, 94, 0];

/// The report as PDF bytes. The same report gives the same bytes.
pub fn to_pdf(report: &Report) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load(report.language)?;
    let diagram = prepare(&fonts, &report.diagram_svg, DIAGRAM_MARGIN);
    // The diagram's own text layout is the slowest single step on a large map: it runs on a
    // second thread while the pages are laid out.
    std::thread::scope(|scope| {
        let tree = scope.spawn(|| parse_diagram(&diagram.svg));
        let pages = layout(&fonts, report, diagram.size);
        let diagram = tree
            .join()
            .map_err(|_| PdfError::Svg("the diagram could not be read".to_owned()))??;
        render(&fonts, pages, report, &diagram)
    })
}
