//! The diagram as PNG: the SVG export rasterised by resvg, so both formats show the same page.

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

/// Rasterises `svg` at `scale` (1 = 96 dots per inch) to PNG bytes, on a white background.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    if !super::SCALES.contains(&scale) {
        return Err(PngError::Scale(scale));
    }
    let options = crate::text::fonts::svg_options(svg);
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
