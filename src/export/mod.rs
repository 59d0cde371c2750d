//! Exports: the diagram as SVG, PNG and PDF, written from the same [`Scene`](crate::scene::Scene) the canvas
//! paints, so what the user sees is what they file.

mod page;
mod pdf;
mod png;
mod svg;
mod svg_marks;

pub use page::{DiagramError, FarSites, Page, SvgOptions};
pub use pdf::{DiagramPdfError, svg_to_pdf};
pub use png::{PngError, svg_to_png};
pub(crate) use svg::escape;
pub use svg::{diagram_page, diagram_svg, diagram_svg_in};

use crate::model::{Language, Map};

/// The formats of a diagram export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagramFormat {
    /// Vector, text as text.
    Svg,
    /// Raster at a chosen scale.
    Png,
    /// Vector with embedded fonts.
    Pdf,
}

impl DiagramFormat {
    /// The format a file name's extension asks for.
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "svg" => Some(Self::Svg),
            "png" => Some(Self::Png),
            "pdf" => Some(Self::Pdf),
            _ => None,
        }
    }
}

/// Why a diagram export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Rasterising failed.
    #[error(transparent)]
    Png(#[from] PngError),
    /// Writing the PDF failed.
    #[error(transparent)]
    Pdf(#[from] DiagramPdfError),
    /// The diagram cannot be put on a readable page.
    #[error(transparent)]
    Diagram(#[from] DiagramError),
}

impl ExportError {
    /// The reason, in `language` where it is the diagram's (the writers' own failures are
    /// technical, and stay in English).
    pub fn message(&self, language: Language) -> String {
        match self {
            ExportError::Diagram(error) => error.message(language),
            other => other.to_string(),
        }
    }
}

/// The diagram page of `map` in `format` in the map's language, dated `options.date`; `scale`
/// is for PNG only.
pub fn diagram_bytes(
    map: &Map,
    evaluation: &crate::rules::Evaluation,
    options: &SvgOptions,
    format: DiagramFormat,
    scale: f32,
) -> Result<Vec<u8>, ExportError> {
    diagram_bytes_in(map, evaluation, options, format, scale, map.meta.language)
}

/// The diagram page of `map` in `format` and `language`, dated `options.date`; `scale` is for
/// PNG only. Refused, with the reason, when the diagram cannot be drawn readably.
pub fn diagram_bytes_in(
    map: &Map,
    evaluation: &crate::rules::Evaluation,
    options: &SvgOptions,
    format: DiagramFormat,
    scale: f32,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let svg = diagram_page(map, evaluation, options, language)?;
    Ok(match format {
        DiagramFormat::Svg => svg.into_bytes(),
        DiagramFormat::Png => svg_to_png(&svg, scale)?,
        DiagramFormat::Pdf => svg_to_pdf(&svg, &map.meta.title)?,
    })
}
