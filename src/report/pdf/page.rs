//! The report's page geometry that the diagram page, the page flow and the tables share.

use super::{DIAGRAM_MARGIN, FOOTER, LANDSCAPE};

/// A heatmap cell's side.
pub(super) const CELL: f32 = 26.0;
/// A heatmap's axis label column.
pub(super) const LABEL: f32 = 18.0;
/// The height the heatmaps take, with their titles and axes.
pub(super) const HEATMAP_HEIGHT: f32 = LABEL + 5.0 * CELL + 50.0;

/// The scale the report draws an SVG page of `size` at to fit `page` less `margin`.
pub(super) fn fit(size: (f32, f32), page: (f32, f32), margin: f32) -> f32 {
    ((page.0 - 2.0 * margin) / size.0).min((page.1 - 2.0 * margin) / size.1)
}

/// The page the diagram prints on: A4 landscape, or, for a diagram drawn on a larger sheet (its
/// size in CSS pixels), a page of that sheet's size with the usual margins, so it prints as
/// readably as the diagram export. PDF pages stop at 14,400 points (200 inches) a side.
pub(super) fn diagram_page(size: (f32, f32)) -> (f32, f32) {
    let (width, height) = (size.0 * 72.0 / 96.0, size.1 * 72.0 / 96.0);
    if width > LANDSCAPE.0 + 1.0 || height > LANDSCAPE.1 + 1.0 {
        let margins = 2.0 * DIAGRAM_MARGIN;
        (
            (width + margins).min(14_400.0),
            (height + margins + FOOTER).min(14_400.0),
        )
    } else {
        LANDSCAPE
    }
}
