//! The diagram as a one-page PDF: the SVG export drawn by krilla as vectors, its text kept as
//! text in subsets of the fonts, which are embedded.

use krilla::Document;
use krilla::geom::Size;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::usvg;

/// Why the diagram PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DiagramPdfError {
    /// The SVG could not be read (a bug: borderflow writes it).
    #[error("the diagram could not be read: {0}")]
    Svg(String),
    /// krilla refused the page.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// `svg` (a page from [`super::diagram_svg`]) as a PDF page of the same size; 96 SVG units
/// make an inch, so an A4 SVG gives an A4 PDF.
pub fn svg_to_pdf(svg: &str, title: &str) -> Result<Vec<u8>, DiagramPdfError> {
    let options = crate::text::fonts::svg_options(svg);
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|error| DiagramPdfError::Svg(error.to_string()))?;
    // SVG units are CSS pixels (1/96 in); PDF points are 1/72 in.
    let points = 72.0 / 96.0;
    let (width, height) = (tree.size().width() * points, tree.size().height() * points);
    let size = Size::from_wh(width, height)
        .ok_or_else(|| DiagramPdfError::Pdf("the page has no size".to_owned()))?;
    let settings = PageSettings::from_wh(width, height)
        .ok_or_else(|| DiagramPdfError::Pdf("the page has no size".to_owned()))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .creator("borderflow".to_owned()),
    );
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.draw_svg(&tree, size, SvgSettings::default());
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|error| DiagramPdfError::Pdf(format!("{error:?}")))
}
