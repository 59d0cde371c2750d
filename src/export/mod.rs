//! Exports: the diagram as SVG, PNG and PDF, written from the same [`Scene`](crate::scene::Scene) the canvas
//! paints, so what the user sees is what they file.

mod density;
mod overview;
mod page;
mod pdf;
mod png;
mod svg;
mod svg_marks;

pub use density::refuse_before_layout;
pub use overview::overview_page;
pub use page::{DiagramError, FarSites, Page, SvgOptions};
pub use pdf::{DiagramPdfError, svg_to_pdf};
pub use png::{PngError, svg_to_png};
pub use svg::{diagram_page, diagram_svg};

use crate::io::format::{Facts, FileFormat};
use crate::model::Language;
use crate::rules::Evaluated;

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
    /// The scale an export in this format gets when none is asked for: PNG at 192 dots per
    /// inch, SVG and PDF at their page's own size.
    pub fn default_scale(self) -> f32 {
        match self {
            Self::Png => 2.0,
            Self::Svg | Self::Pdf => 1.0,
        }
    }
}

impl FileFormat for DiagramFormat {
    const ALL: &'static [Self] = &[Self::Svg, Self::Png, Self::Pdf];
    const UNTITLED: &'static str = "diagram";
    const SUFFIX: &'static str = "";
    const REFUSAL: &'static str = "format-refused-diagram";

    fn facts(self) -> Facts {
        let (extension, filter) = match self {
            Self::Svg => ("svg", "ui-filter-svg"),
            Self::Png => ("png", "ui-filter-png"),
            Self::Pdf => ("pdf", "ui-filter-pdf"),
        };
        Facts {
            extension,
            aliases: &[],
            filter,
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

/// The diagram page in `format`, in the input's language and dated as of its evaluation,
/// `scale` times its size (1 = 96 dots per inch): a PNG's pixels, an SVG's and a PDF's page
/// (the drawing is scaled with it). Refused, with the reason, when the diagram cannot be drawn
/// readably.
pub fn diagram_bytes(
    input: &Evaluated<'_>,
    options: &SvgOptions,
    format: DiagramFormat,
    scale: f32,
) -> Result<Vec<u8>, ExportError> {
    if !SCALES.contains(&scale) {
        return Err(PngError::Scale(scale).into());
    }
    let svg = diagram_page(input, options)?;
    Ok(match format {
        DiagramFormat::Svg => scale_page(svg, scale).into_bytes(),
        DiagramFormat::Png => svg_to_png(&svg, scale)?,
        DiagramFormat::Pdf => svg_to_pdf(&scale_page(svg, scale), &input.map.meta.title)?,
    })
}

/// The scales an export takes: 0.1 to 12 times 96 dots per inch.
pub const SCALES: std::ops::RangeInclusive<f32> = 0.1..=12.0;

/// `svg` (a page from [`diagram_page`]) with its page `scale` times as large: the root's width
/// and height in millimetres are multiplied, the view box is kept, so everything grows alike.
pub fn scale_page(svg: String, scale: f32) -> String {
    #[expect(clippy::float_cmp, reason = "1 exactly is the page as drawn")]
    if scale == 1.0 {
        return svg;
    }
    let Some(start) = svg.find("<svg ") else {
        return svg;
    };
    let end = svg[start..].find('>').map_or(svg.len(), |end| start + end);
    let mut root = svg[start..end].to_owned();
    for attribute in [" width=\"", " height=\""] {
        let Some(at) = root.find(attribute) else {
            continue;
        };
        let from = at + attribute.len();
        let Some(length) = root[from..].find("mm\"") else {
            continue;
        };
        if let Ok(millimetres) = root[from..from + length].parse::<f32>() {
            root.replace_range(from..from + length, &format!("{:.2}", millimetres * scale));
        }
    }
    format!("{}{root}{}", &svg[..start], &svg[end..])
}
