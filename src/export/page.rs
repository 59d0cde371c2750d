//! The diagram's page: which sheet, at what scale, and where the title block, the diagram, the
//! legend and the key go. A map that would print below a readable scale gets a larger sheet,
//! or is refused with the reason; it never gives an unreadable page.

use std::cell::RefCell;
use std::rc::Rc;

use crate::i18n::{Arg, text_with};
use crate::model::{Date, Language, Map, Point, SiteId};
use crate::rules::Evaluation;
use crate::scene::text::wrap;
use crate::scene::words::words;
use crate::scene::{self, Block, Mark, Rect, Scene, Stroke, TextMark, theme};

/// A page size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// 297 × 210 mm, landscape.
    A4,
    /// 420 × 297 mm, landscape.
    A3,
    /// A sheet cut to the diagram (a plotter's roll), in whole millimetres.
    Custom {
        /// Width in millimetres.
        width_mm: u32,
        /// Height in millimetres.
        height_mm: u32,
    },
}

impl Page {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Page::A4 => (297.0, 210.0),
            Page::A3 => (420.0, 297.0),
            // Sheets stay far below f32's exact-integer range.
            Page::Custom {
                width_mm,
                height_mm,
            } => (width_mm as f32, height_mm as f32),
        }
    }

    /// Width and height in SVG user units (CSS pixels, 96 per inch).
    pub(super) fn size_units(self) -> (f32, f32) {
        let (w, h) = self.size_mm();
        (w * UNITS_PER_MM, h * UNITS_PER_MM)
    }
}

/// What goes on the page besides the map (its date is the evaluation's, see
/// [`crate::rules::Evaluated::as_of`]).
#[derive(Clone, Debug, Default)]
pub struct SvgOptions {
    /// The page; `None` picks A4, A3, or a sheet cut to the diagram, whichever is the first to
    /// print the site cards at a readable size.
    pub page: Option<Page>,
}

/// Why the diagram cannot be put on a readable page.
#[derive(Clone, Debug, PartialEq)]
pub enum DiagramError {
    /// Even the largest sheet would print the cards too small to read.
    Unreadable {
        /// The diagram's width in map units.
        width: f32,
        /// The diagram's height in map units.
        height: f32,
        /// The cards' size on the largest sheet, in percent.
        percent: f32,
        /// The sites at the far ends, when they are what makes the diagram so large.
        far: Option<FarSites>,
    },
    /// The chosen page is too small for a readable diagram.
    PageTooSmall {
        /// The cards' size on that page, in percent.
        percent: f32,
    },
}

/// The top and bottom site cards of a diagram too tall to print: their ids and heights.
#[derive(Clone, Debug, PartialEq)]
pub struct FarSites {
    /// The top card's site and its centre's height in map units.
    pub top: (SiteId, f32),
    /// The bottom card's site and its centre's height.
    pub bottom: (SiteId, f32),
}

impl DiagramError {
    /// The reason, in `language`.
    pub fn message(&self, language: Language) -> String {
        let units = |value: f32| Arg::from(format!("{value:.0}"));
        match self {
            DiagramError::Unreadable {
                width,
                height,
                percent,
                far,
            } => {
                let far = far.as_ref().map_or_else(String::new, |far| {
                    text_with(
                        language,
                        "export-far-sites",
                        &[
                            ("top", far.top.0.as_str().into()),
                            ("top-y", units(far.top.1)),
                            ("bottom", far.bottom.0.as_str().into()),
                            ("bottom-y", units(far.bottom.1)),
                        ],
                    )
                });
                text_with(
                    language,
                    "export-unreadable",
                    &[
                        ("width", units(*width)),
                        ("height", units(*height)),
                        ("sheet", MAX_SHEET_MM.into()),
                        ("percent", units(*percent)),
                        ("readable", READABLE_PERCENT.into()),
                        ("far", far.into()),
                    ],
                )
            }
            DiagramError::PageTooSmall { percent } => text_with(
                language,
                "export-page-too-small",
                &[
                    ("percent", units(*percent)),
                    ("readable", READABLE_PERCENT.into()),
                ],
            ),
        }
    }
}

impl std::fmt::Display for DiagramError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for DiagramError {}

/// SVG units per millimetre (96 per inch).
const UNITS_PER_MM: f32 = 96.0 / 25.4;
/// The page margin.
pub(super) const MARGIN: f32 = 28.0;
/// The smallest scale at which site cards read (the "about 60 %").
pub(super) const READABLE: f32 = 0.6;
const READABLE_PERCENT: u32 = 60;
/// The longest side of a sheet: PDF's 200 inches.
const MAX_SHEET_MM: u32 = 5080;
/// The same in SVG units.
pub(super) const MAX_SHEET_UNITS: f32 = 5080.0 * UNITS_PER_MM;
/// Space between the blocks of the page.
const SPACING: f32 = 14.0;

/// Where everything goes on the page.
pub(super) struct Layout {
    pub page: Page,
    pub size: (f32, f32),
    pub scale: f32,
    /// Translation of the diagram (after scaling).
    pub offset: (f32, f32),
    pub title: Block,
    pub legend: (Block, Point),
    pub key: (Block, Point),
}

/// The title block's line of facts: what the page is, its date, the map's last change, its
/// content hash and the rules' date.
pub(super) fn facts(map: &Map, evaluation: &Evaluation, date: Date, language: Language) -> String {
    let w = words(language);
    let long = |date: Date| crate::i18n::date(language, date);
    let modified = map
        .meta
        .modified
        .map_or_else(|| w.not_recorded.to_owned(), long);
    format!(
        "{} · {} · {} {modified} · {} {} · {} {}",
        w.diagram,
        long(date),
        w.modified,
        w.content_hash,
        crate::assessment::fingerprint_text(map),
        w.rules_as_of,
        long(evaluation.as_of)
    )
}

/// The title block: title, organisation and the line of facts, each wrapped to `width`.
fn title_block(map: &Map, facts: &str, width: f32) -> Block {
    let meta = &map.meta;
    let mut marks = Vec::new();
    let mut y = 0.0;
    let mut lines = |text: &str, size: f32, bold: bool, ink, gap: f32, y: &mut f32| {
        let mut wrapped = Vec::new();
        for line in wrap(text, size, bold, width, usize::MAX).lines {
            *y += size * 1.3;
            let mut mark = TextMark::new(line, Point::new(0.0, *y), size, ink);
            mark.bold = bold;
            wrapped.push(mark);
        }
        if !wrapped.is_empty() {
            marks.push(Mark::Lines(wrapped));
        }
        *y += gap;
    };
    lines(&meta.title, 20.0, true, theme::SITE_TEXT, 4.0, &mut y);
    lines(
        &meta.organisation,
        13.0,
        false,
        theme::SITE_TEXT,
        2.0,
        &mut y,
    );
    lines(facts, 10.5, false, theme::MUTED_TEXT, 8.0, &mut y);
    marks.push(Mark::Line {
        from: Point::new(0.0, y),
        to: Point::new(width, y),
        stroke: Stroke::solid(theme::LANE_BORDER, 0.8),
    });
    Block {
        marks,
        size: (width, y + 2.0),
    }
}

/// What a page holds, measured before it is placed.
pub(super) struct Parts<'a> {
    pub map: &'a Map,
    pub evaluation: &'a Evaluation,
    pub scene: &'a Scene,
    pub classes: &'a [crate::model::DataClass],
    /// The title block's line of facts (see [`facts`]).
    pub facts: String,
    /// The title block, legend and key already laid out, by width: the sheets tried share
    /// only two or three widths.
    pub blocks: RefCell<Vec<(f32, Rc<[Block; 3]>)>>,
}

/// Refuses at once a diagram that alone, at the least readable scale, is longer than the
/// longest sheet: nothing else needs laying out to know.
pub(super) fn refuse_early(scene: &Scene) -> Result<(), DiagramError> {
    match scene.bounds {
        Some(bounds)
            if bounds.width() * READABLE > MAX_SHEET_UNITS
                || bounds.height() * READABLE > MAX_SHEET_UNITS =>
        {
            Err(unreadable(scene, bounds, MAX_SHEET_UNITS))
        }
        _ => Ok(()),
    }
}

/// The page for `parts`: the asked-for page, or A4, A3 or a cut sheet, whichever first prints the
/// cards at a readable scale.
pub(super) fn lay_out(parts: &Parts<'_>, asked: Option<Page>) -> Result<Layout, DiagramError> {
    let bounds = parts.scene.bounds.unwrap_or(Rect {
        min: Point::new(0.0, 0.0),
        max: Point::new(800.0, 600.0),
    });
    if let Some(page) = asked {
        let layout = layout_on(parts, page, bounds);
        return if layout.scale >= READABLE - 1e-4 {
            Ok(layout)
        } else {
            Err(DiagramError::PageTooSmall {
                percent: layout.scale * 100.0,
            })
        };
    }
    let longest = MAX_SHEET_UNITS;
    for page in [Page::A4, Page::A3] {
        // A page the diagram alone does not fit readably is not worth laying out.
        let (w, h) = page.size_units();
        if bounds.width() * READABLE > w || bounds.height() * READABLE > h {
            continue;
        }
        let layout = layout_on(parts, page, bounds);
        if layout.scale >= READABLE - 1e-4 {
            return Ok(layout);
        }
    }
    // A sheet cut to the diagram at full size, or as large as a sheet goes at a smaller scale.
    for scale in [1.0, 0.8, READABLE] {
        let page = cut_sheet(parts, bounds, scale);
        if let Page::Custom {
            width_mm,
            height_mm,
        } = page
            && width_mm <= MAX_SHEET_MM
            && height_mm <= MAX_SHEET_MM
        {
            return Ok(layout_on(parts, page, bounds));
        }
    }
    Err(unreadable(parts.scene, bounds, longest))
}

/// The refusal of a diagram of `bounds` whose longest side, with the page around it, would
/// have to be drawn on `longest` units.
fn unreadable(scene: &Scene, bounds: Rect, longest: f32) -> DiagramError {
    let scale = (longest / bounds.width().max(bounds.height()).max(1.0)).min(1.0);
    DiagramError::Unreadable {
        width: bounds.width(),
        height: bounds.height(),
        percent: scale * 100.0,
        far: far_sites(scene),
    }
}

/// The top and bottom cards, when they are far apart.
fn far_sites(scene: &Scene) -> Option<FarSites> {
    let by_y = |pick: fn(f32, f32) -> bool| {
        scene.sites.iter().reduce(|a, b| {
            if pick(b.rect.centre().y, a.rect.centre().y) {
                b
            } else {
                a
            }
        })
    };
    let (top, bottom) = (by_y(|b, a| b < a)?, by_y(|b, a| b > a)?);
    Some(FarSites {
        top: (top.id.clone(), top.rect.centre().y),
        bottom: (bottom.id.clone(), bottom.rect.centre().y),
    })
}

/// A sheet holding the diagram at `scale` with its title block, legend and key, at least as
/// wide as A3.
fn cut_sheet(parts: &Parts<'_>, bounds: Rect, scale: f32) -> Page {
    let (a3_width, _) = Page::A3.size_units();
    let width = (bounds.width() * scale + 2.0 * MARGIN).max(a3_width);
    let blocks = blocks(parts, width - 2.0 * MARGIN);
    let [title, legend, key] = &*blocks;
    let height = 2.0 * MARGIN
        + title.size.1
        + bounds.height() * scale
        + 3.0 * SPACING
        + legend.size.1
        + key.size.1;
    // Sheets are whole millimetres, rounded up; far below u32's range or saturated.
    let mm = |units: f32| (units / UNITS_PER_MM).ceil().min(1e9) as u32;
    Page::Custom {
        width_mm: mm(width),
        height_mm: mm(height),
    }
}

/// The title block, legend and key `width` wide, laid out once per width.
fn blocks(parts: &Parts<'_>, width: f32) -> Rc<[Block; 3]> {
    if let Some((_, blocks)) = parts
        .blocks
        .borrow()
        .iter()
        .find(|(w, _)| (w - width).abs() < 0.01)
    {
        return Rc::clone(blocks);
    }
    let title = title_block(parts.map, &parts.facts, width);
    let legend = scene::legend::legend(
        parts.scene,
        parts.classes,
        Some(&parts.evaluation.sensitivity),
        width,
    );
    let key = scene::legend::key(parts.scene, width);
    let blocks: Rc<[Block; 3]> = Rc::new([title, legend, key]);
    parts.blocks.borrow_mut().push((width, Rc::clone(&blocks)));
    blocks
}

/// The diagram on `page`: as large as fits between the title block and the legend and key, at
/// most full size, centred.
fn layout_on(parts: &Parts<'_>, page: Page, bounds: Rect) -> Layout {
    let (page_w, page_h) = page.size_units();
    let inner = page_w - 2.0 * MARGIN;
    let blocks = blocks(parts, inner);
    let [title, legend, key] = &*blocks;
    let area_top = MARGIN + title.size.1 + SPACING;
    let area_h = page_h - area_top - MARGIN - legend.size.1 - key.size.1 - 2.0 * SPACING;
    let scale = (inner / bounds.width().max(1.0))
        .min(area_h.max(0.0) / bounds.height().max(1.0))
        .min(1.0);
    let offset = (
        MARGIN + (inner - bounds.width() * scale) / 2.0 - bounds.min.x * scale,
        area_top + (area_h - bounds.height() * scale) / 2.0 - bounds.min.y * scale,
    );
    let legend_top = page_h - MARGIN - key.size.1 - legend.size.1 - SPACING;
    let key_top = page_h - MARGIN - key.size.1;
    Layout {
        page,
        size: (page_w, page_h),
        scale,
        offset,
        title: title.clone(),
        legend: (legend.clone(), Point::new(MARGIN, legend_top)),
        key: (key.clone(), Point::new(MARGIN, key_top)),
    }
}
