//! The diagram as PNG: the SVG export rasterised by resvg, so both formats show the same page.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

/// The largest image written, in pixels (130 megapixels: an A4 page at 12x, the largest scale,
/// is 128).
const MAX_PIXELS: u64 = 130_000_000;

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// The scale is not a positive number, or gives an image too large.
    #[error("scale {0} is out of range: use a number from 0.1 to 12 (1 = 96 dots per inch)")]
    Scale(f32),
    /// The page is too large for a PNG at this scale.
    #[error(
        "the page is {width} × {height} pixels at scale {scale}, more than the {} megapixels a PNG \
export writes: use a smaller --scale, or export SVG or PDF, which have no pixels to count",
        MAX_PIXELS / 1_000_000
    )]
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
        /// The scale asked for.
        scale: f32,
    },
    /// The SVG could not be read (a bug: borderflow writes it).
    #[error("the diagram could not be rasterised: {0}")]
    Svg(String),
    /// Encoding failed.
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

/// The families borderflow draws text with, in order of preference: the diagram's CSS font
/// list and the report's. Noto Sans CJK covers Latin, Portuguese and Chinese in one face.
pub const FONT_FAMILIES: [&str; 10] = [
    "Noto Sans CJK TC",
    "Noto Sans CJK SC",
    "Source Han Sans TC",
    "Noto Sans",
    "PingFang TC",
    "Microsoft JhengHei",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
    "WenQuanYi Micro Hei",
];

/// The fonts borderflow draws with, loaded once per process: the files of the faces of
/// [`FONT_FAMILIES`] found on the system, read into memory. (resvg maps a memory-mapped font
/// file again for every text run, which made a large diagram spend most of its time in the
/// kernel; loading every system font into memory is far slower still.) Without any of those
/// families, every system font is used as found.
pub fn font_database() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut system = usvg::fontdb::Database::new();
            system.load_system_fonts();
            let mut files: Vec<std::path::PathBuf> = Vec::new();
            for family in FONT_FAMILIES {
                for weight in [usvg::fontdb::Weight::NORMAL, usvg::fontdb::Weight::BOLD] {
                    let query = usvg::fontdb::Query {
                        families: &[usvg::fontdb::Family::Name(family)],
                        weight,
                        ..usvg::fontdb::Query::default()
                    };
                    let path = system
                        .query(&query)
                        .and_then(|id| system.face(id))
                        .and_then(|face| match &face.source {
                            usvg::fontdb::Source::File(path)
                            | usvg::fontdb::Source::SharedFile(path, _) => Some(path.clone()),
                            usvg::fontdb::Source::Binary(_) => None,
                        });
                    if let Some(path) = path
                        && !files.contains(&path)
                    {
                        files.push(path);
                    }
                }
            }
            let mut chosen = usvg::fontdb::Database::new();
            for path in &files {
                if let Ok(data) = std::fs::read(path) {
                    chosen.load_font_data(data);
                }
            }
            if chosen.is_empty() {
                return Arc::new(system);
            }
            if let Some(family) = FONT_FAMILIES.iter().find(|family| {
                chosen
                    .faces()
                    .any(|face| face.families.iter().any(|(name, _)| name == *family))
            }) {
                chosen.set_sans_serif_family(*family);
            }
            Arc::new(chosen)
        })
        .clone()
}

/// How many font faces the PNG export can use (0 means text will not show).
pub fn font_count() -> usize {
    font_database().len()
}

/// Rasterises `svg` at `scale` (1 = 96 dots per inch) to PNG bytes, on a white background.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    if !super::SCALES.contains(&scale) {
        return Err(PngError::Scale(scale));
    }
    let options = usvg::Options {
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|error| PngError::Svg(error.to_string()))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or(PngError::Scale(scale))?;
    if u64::from(size.width()) * u64::from(size.height()) > MAX_PIXELS {
        return Err(PngError::TooLarge {
            width: size.width(),
            height: size.height(),
            scale,
        });
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(PngError::Scale(scale))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|error| PngError::Encode(error.to_string()))
}
