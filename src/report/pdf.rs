//! The report as PDF, written with krilla: A4 portrait pages of wrapped text and tables, the
//! diagram on a landscape page of its own (never split), and subsets of the fonts used embedded
//! so the file reads the same everywhere and its text can be searched and copied.
//!
//! Layout and drawing are separate steps: [`layout`] turns the report into pages of simple
//! drawing operations, measured with the fonts' own glyph advances; [`render`] draws them.

use std::collections::HashMap;
use std::sync::Arc;

use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::DateTime;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::usvg;

use super::{Block, ROWS, Report};
use crate::assessment::{Score, cell_rgb, ink_on};
use crate::model::Likelihood;

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// No usable font on this machine.
    #[error(
        "no font to write the PDF with: install a sans-serif font with Chinese glyphs \
         (on Debian: apt-get install fonts-noto-cjk)"
    )]
    NoFont,
    /// The diagram could not be read (a bug: borderflow writes it).
    #[error("the diagram could not be placed in the PDF: {0}")]
    Svg(String),
    /// krilla refused the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

const PORTRAIT: (f32, f32) = (595.28, 841.89);
const MARGIN: f32 = 48.0;
const BODY: f32 = 10.0;
const SMALL: f32 = 7.5;
const LINE: f32 = 1.35;
const TEXT: [u8; 3] = [26, 30, 40];
const MUTED: [u8; 3] = [95, 100, 110];
const RULE: [u8; 3] = [190, 196, 208];
const HEADER_FILL: [u8; 3] = [236, 240, 246];
const WARN_FILL: [u8; 3] = [255, 244, 229];
const WARN: [u8; 3] = [213, 94, 0];

/// A font: its bytes for measuring, and krilla's handle for drawing.
struct Face {
    bytes: Arc<dyn AsRef<[u8]> + Send + Sync>,
    index: u32,
    font: Font,
    /// Glyph and advance (in em) of each character looked up so far; `None` when the font
    /// lacks it.
    glyphs: std::cell::RefCell<HashMap<char, Option<(u16, f32)>>>,
    /// The same for ASCII, looked up when loaded (most of the report's text).
    ascii: Vec<Option<(u16, f32)>>,
}

impl Face {
    fn load(database: &usvg::fontdb::Database, family: &str, bold: bool) -> Option<Self> {
        let query = usvg::fontdb::Query {
            families: &[usvg::fontdb::Family::Name(family)],
            weight: if bold {
                usvg::fontdb::Weight::BOLD
            } else {
                usvg::fontdb::Weight::NORMAL
            },
            ..usvg::fontdb::Query::default()
        };
        let id = database.query(&query)?;
        let face = database.face(id)?;
        // The fonts are in memory (see `export::font_database`): share their bytes.
        let bytes: Arc<dyn AsRef<[u8]> + Send + Sync> = match &face.source {
            usvg::fontdb::Source::Binary(data) => data.clone(),
            _ => Arc::new(database.with_face_data(id, |data, _| data.to_vec())?),
        };
        let index = face.index;
        let font = Font::new(bytes.clone().into(), index)?;
        let face = ttf_parser::Face::parse((*bytes).as_ref(), index).ok()?;
        let units = f32::from(face.units_per_em());
        let ascii = (0..128u8)
            .map(|byte| {
                let glyph = face
                    .glyph_index(char::from(byte))
                    .filter(|glyph| glyph.0 != 0)?;
                Some((glyph.0, f32::from(face.glyph_hor_advance(glyph)?) / units))
            })
            .collect();
        Some(Self {
            bytes: bytes.clone(),
            index,
            font,
            glyphs: std::cell::RefCell::default(),
            ascii,
        })
    }

    /// The glyph of `c` and its advance in em, if the font has it.
    fn glyph(&self, c: char) -> Option<(u16, f32)> {
        if let Some(known) = self.ascii.get(c as usize) {
            return *known;
        }
        if let Some(known) = self.glyphs.borrow().get(&c) {
            return *known;
        }
        let found = ttf_parser::Face::parse((*self.bytes).as_ref(), self.index)
            .ok()
            .and_then(|face| {
                // Some fonts map characters they cannot draw to glyph 0 (.notdef), which
                // PDF/A refuses: that is the font lacking the character too.
                let glyph = face.glyph_index(c).filter(|glyph| glyph.0 != 0)?;
                let advance = face.glyph_hor_advance(glyph)?;
                Some((glyph.0, f32::from(advance) / f32::from(face.units_per_em())))
            });
        self.glyphs.borrow_mut().insert(c, found);
        found
    }

    /// The advance of `c` in em, if the font has it.
    fn advance(&self, c: char) -> Option<f32> {
        self.glyph(c).map(|(_, advance)| advance)
    }

    /// `run` as positioned glyphs, one per character (report text needs no ligatures; Chinese
    /// and Portuguese need no shaping beyond this), and its width in em.
    fn place(&self, run: &str) -> (Vec<KrillaGlyph>, f32) {
        let mut width = 0.0;
        let glyphs = run
            .char_indices()
            .map(|(offset, c)| {
                let (glyph, advance) = self.glyph(c).unwrap_or((0, 0.5));
                width += advance;
                KrillaGlyph {
                    glyph_id: GlyphId::new(u32::from(glyph)),
                    text_range: offset..offset + c.len_utf8(),
                    x_advance: advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect();
        (glyphs, width)
    }
}

/// The fonts of one report: regular and bold body faces, and fallbacks (the other families
/// found) for what they lack.
struct Fonts {
    regular: Face,
    bold: Option<Face>,
    fallbacks: Vec<Face>,
}

/// Which face draws a character: the body face (regular or bold), or a fallback by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    Body,
    Fallback(usize),
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        let database = crate::export::font_database();
        let mut faces = crate::export::FONT_FAMILIES
            .iter()
            .filter_map(|family| Face::load(&database, family, false).map(|face| (*family, face)));
        let (family, regular) = faces.next().ok_or(PdfError::NoFont)?;
        // Several families may resolve to the same file; one face each is enough.
        let mut fallbacks: Vec<Face> = Vec::new();
        for (_, face) in faces {
            let seen = std::iter::once(&regular)
                .chain(&fallbacks)
                .any(|other| Arc::ptr_eq(&other.bytes, &face.bytes) && other.index == face.index);
            if !seen {
                fallbacks.push(face);
            }
        }
        Ok(Self {
            bold: Face::load(&database, family, true),
            regular,
            fallbacks,
        })
    }

    fn face(&self, bold: bool) -> &Face {
        match (&self.bold, bold) {
            (Some(bold), true) => bold,
            _ => &self.regular,
        }
    }

    /// The face that has `c`, if any does.
    fn which(&self, c: char, bold: bool) -> Option<Which> {
        if self.face(bold).advance(c).is_some() {
            return Some(Which::Body);
        }
        self.fallbacks
            .iter()
            .position(|face| face.advance(c).is_some())
            .map(Which::Fallback)
    }

    /// `text` as the PDF can show it: control and bidirectional formatting characters dropped
    /// (a tab becomes a space), and a character no font has replaced by `?`, so no glyph is
    /// missing (which PDF/A forbids, and readers show as an empty box anyway).
    fn printable(&self, text: &str, bold: bool) -> String {
        text.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                '\n' => Some('\n'),
                c if crate::export::is_hidden_or_forbidden(c) => None,
                c if self.which(c, bold).is_none() => Some('?'),
                c => Some(c),
            })
            .collect()
    }

    /// Splits `text` into runs, each drawn with one face.
    fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(Which, &'t str)> {
        let mut runs: Vec<(Which, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current = None;
        for (offset, c) in text.char_indices() {
            let which = self.which(c, bold).unwrap_or(Which::Body);
            if let Some(was) = current
                && was != which
            {
                runs.push((was, &text[start..offset]));
                start = offset;
            }
            current = Some(which);
        }
        if let Some(which) = current {
            runs.push((which, &text[start..]));
        }
        runs
    }

    fn run_face(&self, which: Which, bold: bool) -> &Face {
        match which {
            Which::Fallback(index) => self.fallbacks.get(index).unwrap_or(&self.regular),
            Which::Body => self.face(bold),
        }
    }

    /// The advance of `c` in em, in the face that draws it.
    fn char_width(&self, c: char, bold: bool) -> f32 {
        self.which(c, bold)
            .and_then(|which| self.run_face(which, bold).advance(c))
            .unwrap_or(0.5)
    }

    /// The width of `text` in em.
    fn measure(&self, text: &str, bold: bool) -> f32 {
        text.chars().map(|c| self.char_width(c, bold)).sum()
    }

    /// `text` broken into lines no wider than `width` at `size`: between words, and between
    /// any two Chinese characters; a word longer than a line is cut. Linear in the text.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let text = self.printable(text, bold);
        let limit = width / size;
        let space = self.char_width(' ', bold);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for token in tokens(paragraph) {
                let token_width = self.measure(&token, bold);
                let trailing = if token.ends_with(' ') { space } else { 0.0 };
                if line.is_empty() || line_width + token_width - trailing <= limit {
                    line.push_str(&token);
                    line_width += token_width;
                } else {
                    lines.push(line.trim_end().to_owned());
                    line = token.trim_start().to_owned();
                    line_width = self.measure(&line, bold);
                }
                // A single token wider than the line is cut character by character.
                while line_width - trailing > limit && line.chars().count() > 1 {
                    let mut head_width = 0.0;
                    let mut cut = line.len();
                    for (offset, c) in line.char_indices() {
                        let next = head_width + self.char_width(c, bold);
                        if next > limit && offset > 0 {
                            cut = offset;
                            break;
                        }
                        head_width = next;
                    }
                    if cut == line.len() {
                        break;
                    }
                    let rest = line.split_off(cut);
                    lines.push(line);
                    line = rest;
                    line_width -= head_width;
                }
            }
            lines.push(line.trim_end().to_owned());
        }
        lines
    }
}

/// Words with their trailing space, and each CJK character on its own (a line may break
/// between any two).
fn tokens(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let wide = matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
        if wide {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            tokens.push(c.to_string());
        } else {
            word.push(c);
            if c == ' ' {
                tokens.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    tokens
}

/// One drawing operation, in points from the page's top left.
#[derive(Clone, Debug)]
enum Op {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        colour: [u8; 3],
        text: String,
    },
    Rect {
        rect: [f32; 4],
        fill: Option<[u8; 3]>,
        stroke: Option<[u8; 3]>,
    },
    Diagram {
        rect: [f32; 4],
    },
}

struct Page {
    size: (f32, f32),
    ops: Vec<Op>,
}

/// Lays the report out on pages.
struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Page>,
    y: f32,
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page(PORTRAIT);
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self, size: (f32, f32)) {
        self.pages.push(Page {
            size,
            ops: Vec::new(),
        });
        self.y = MARGIN;
    }

    fn bottom(&mut self) -> f32 {
        self.page().size.1 - MARGIN
    }

    fn width(&mut self) -> f32 {
        self.page().size.0 - 2.0 * MARGIN
    }

    /// Room for `height` more points, else a new portrait page.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() {
            self.new_page(PORTRAIT);
        }
    }

    fn text_lines(&mut self, text: &str, size: f32, bold: bool, colour: [u8; 3], indent: f32) {
        let width = self.width() - indent;
        for line in self.fonts.wrap(text, size, bold, width) {
            self.ensure(size * LINE);
            let baseline = self.y + size;
            self.page().ops.push(Op::Text {
                x: MARGIN + indent,
                baseline,
                size,
                bold,
                colour,
                text: line,
            });
            self.y += size * LINE;
        }
    }

    fn block(&mut self, report: &Report, block: &Block) {
        match block {
            Block::Heading(text) => {
                self.ensure(60.0);
                self.y += 10.0;
                self.text_lines(text, 15.0, true, TEXT, 0.0);
                let y = self.y + 1.0;
                let width = self.width();
                self.page().ops.push(Op::Rect {
                    rect: [MARGIN, y, width, 0.6],
                    fill: Some(RULE),
                    stroke: None,
                });
                self.y += 8.0;
            }
            Block::Subheading(text) => {
                self.ensure(40.0);
                self.y += 4.0;
                self.text_lines(text, 11.5, true, TEXT, 0.0);
                self.y += 2.0;
            }
            Block::Paragraph(text) => {
                self.text_lines(text, BODY, false, TEXT, 0.0);
                self.y += 5.0;
            }
            Block::Missing(text) => {
                let lines = self.fonts.wrap(text, BODY, false, self.width() - 16.0);
                let height = lines.len() as f32 * BODY * LINE + 8.0;
                self.ensure(height);
                let (y, width) = (self.y, self.width());
                self.page().ops.push(Op::Rect {
                    rect: [MARGIN, y, width, height],
                    fill: Some(WARN_FILL),
                    stroke: None,
                });
                self.page().ops.push(Op::Rect {
                    rect: [MARGIN, y, 3.0, height],
                    fill: Some(WARN),
                    stroke: None,
                });
                self.y += 4.0;
                self.text_lines(text, BODY, false, TEXT, 10.0);
                self.y += 9.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    self.ensure(BODY * LINE);
                    let y = self.y + BODY;
                    self.page().ops.push(Op::Text {
                        x: MARGIN + 2.0,
                        baseline: y,
                        size: BODY,
                        bold: false,
                        colour: TEXT,
                        text: "•".to_owned(),
                    });
                    self.text_lines(item, BODY, false, TEXT, 12.0);
                }
                self.y += 5.0;
            }
            Block::Table {
                header,
                rows,
                widths,
            } => self.table(header, rows, widths),
            Block::Diagram => {
                // The diagram gets a landscape page of its own, scaled to fit; a diagram on a
                // larger sheet gets a page of that sheet's size, so it prints as readably.
                let svg_size = svg_size(&report.diagram_svg).unwrap_or((297.0, 210.0));
                let (w, h) = (svg_size.0 * 72.0 / 96.0, svg_size.1 * 72.0 / 96.0);
                // PDF pages stop at 200 inches (14,400 points) a side.
                let landscape = if w > PORTRAIT.1 + 1.0 || h > PORTRAIT.0 + 1.0 {
                    ((w + 48.0).min(14_400.0), (h + 48.0).min(14_400.0))
                } else {
                    (PORTRAIT.1, PORTRAIT.0)
                };
                self.new_page(landscape);
                let (page_w, page_h) = landscape;
                let scale =
                    ((page_w - 2.0 * 24.0) / svg_size.0).min((page_h - 2.0 * 24.0) / svg_size.1);
                let (w, h) = (svg_size.0 * scale, svg_size.1 * scale);
                self.page().ops.push(Op::Diagram {
                    rect: [(page_w - w) / 2.0, (page_h - h) / 2.0, w, h],
                });
                self.new_page(PORTRAIT);
            }
            Block::Heatmaps => self.heatmaps(report),
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<String>], widths: &[f32]) {
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        let full = self.width();
        let columns: Vec<f32> = widths.iter().map(|w| w / total * full).collect();
        let pad = 3.0;
        let lay = |fonts: &Fonts, cells: &[String], bold: bool| -> (Vec<Vec<String>>, f32) {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .zip(&columns)
                .map(|(cell, width)| fonts.wrap(cell, SMALL, bold, width - 2.0 * pad))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (wrapped, lines as f32 * SMALL * LINE + 2.0 * pad)
        };
        let head = lay(self.fonts, header, true);
        let draw_row = |layout: &mut Self, (cells, height): &(Vec<Vec<String>>, f32), fill| {
            let mut x = MARGIN;
            let y = layout.y;
            for (lines, width) in cells.iter().zip(&columns) {
                layout.page().ops.push(Op::Rect {
                    rect: [x, y, *width, *height],
                    fill,
                    stroke: Some(RULE),
                });
                for (n, line) in lines.iter().enumerate() {
                    layout.page().ops.push(Op::Text {
                        x: x + pad,
                        baseline: y + pad + SMALL + n as f32 * SMALL * LINE,
                        size: SMALL,
                        bold: fill.is_some(),
                        colour: TEXT,
                        text: line.clone(),
                    });
                }
                x += width;
            }
            layout.y += height;
        };
        self.ensure(head.1 + 20.0);
        draw_row(self, &head, Some(HEADER_FILL));
        for row in rows {
            let laid = lay(self.fonts, row, false);
            if self.y + laid.1 > self.bottom() {
                // A new page repeats the header.
                self.new_page(PORTRAIT);
                draw_row(self, &head, Some(HEADER_FILL));
            }
            draw_row(self, &laid, None);
        }
        self.y += 8.0;
    }

    fn heatmaps(&mut self, report: &Report) {
        let cell = 26.0;
        let label = 18.0;
        let grid = label + 5.0 * cell;
        self.ensure(grid + 50.0);
        let top = self.y + 16.0;
        let labels = &report.heatmap_labels;
        for (n, (heatmap, title)) in report.heatmaps.iter().zip(&labels.titles).enumerate() {
            let left = MARGIN + n as f32 * (grid + 40.0);
            let ops = &mut self.page().ops;
            ops.push(Op::Text {
                x: left,
                baseline: top - 4.0,
                size: 10.0,
                bold: true,
                colour: TEXT,
                text: format!("{title} ({})", heatmap.total()),
            });
            for (row, severity) in ROWS.into_iter().enumerate() {
                let y = top + row as f32 * cell;
                ops.push(Op::Text {
                    x: left + 4.0,
                    baseline: y + cell / 2.0 + 3.0,
                    size: 8.0,
                    bold: false,
                    colour: MUTED,
                    text: severity.to_string(),
                });
                for likelihood in Likelihood::ALL {
                    let score = Score::new(severity, likelihood);
                    let fill = cell_rgb(score);
                    let x = left + label + f32::from(likelihood.level() - 1) * cell;
                    ops.push(Op::Rect {
                        rect: [x, y, cell - 1.0, cell - 1.0],
                        fill: Some(fill),
                        stroke: None,
                    });
                    let count = heatmap.count(score).to_string();
                    ops.push(Op::Text {
                        x: x + cell / 2.0 - 2.8 * count.len() as f32,
                        baseline: y + cell / 2.0 + 3.5,
                        size: 10.0,
                        bold: true,
                        colour: ink_on(fill),
                        text: count,
                    });
                }
            }
            let axis = top + 5.0 * cell + 10.0;
            for likelihood in 1..=5u8 {
                ops.push(Op::Text {
                    x: left + label + (f32::from(likelihood) - 0.5) * cell - 2.0,
                    baseline: axis,
                    size: 8.0,
                    bold: false,
                    colour: MUTED,
                    text: likelihood.to_string(),
                });
            }
            ops.push(Op::Text {
                x: left + label,
                baseline: axis + 11.0,
                size: 8.0,
                bold: false,
                colour: MUTED,
                text: format!("{} ↑ · {} →", labels.severity, labels.likelihood),
            });
        }
        self.y = top + grid + 32.0;
    }
}

/// The width and height of an SVG page, in its user units.
fn svg_size(svg: &str) -> Option<(f32, f32)> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).ok()?;
    Some((tree.size().width(), tree.size().height()))
}

fn colour(rgb: [u8; 3]) -> rgb::Color {
    rgb::Color::new(rgb[0], rgb[1], rgb[2])
}

fn render(fonts: &Fonts, pages: &[Page], report: &Report) -> Result<Vec<u8>, PdfError> {
    let options = usvg::Options {
        fontdb: crate::export::font_database(),
        ..usvg::Options::default()
    };
    // The diagram's labels go through the same rule as the report's text: a character no
    // font has becomes `?`, or its glyph would be .notdef, which PDF/A refuses outright.
    let diagram_svg: String = report
        .diagram_svg
        .chars()
        .map(|c| {
            if c.is_ascii() || fonts.which(c, false).is_some() {
                c
            } else {
                '?'
            }
        })
        .collect();
    let diagram = usvg::Tree::from_str(&diagram_svg, &options)
        .map_err(|error| PdfError::Svg(error.to_string()))?;
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
            .language(report.language.id().to_owned())
            .creator("borderflow".to_owned())
            // The evaluation date, not the clock: the same report gives the same bytes.
            .creation_date(DateTime::new(day.year()).month(day.month()).day(day.day())),
    );
    for page in pages {
        let settings = PageSettings::from_wh(page.size.0, page.size.1)
            .ok_or_else(|| PdfError::Pdf("bad page size".to_owned()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            match op {
                Op::Rect { rect, fill, stroke } => {
                    let [x, y, w, h] = *rect;
                    let Some(rect) = Rect::from_xywh(x, y, w.max(0.1), h.max(0.1)) else {
                        continue;
                    };
                    let mut builder = PathBuilder::new();
                    builder.push_rect(rect);
                    let Some(path) = builder.finish() else {
                        continue;
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
                        continue;
                    };
                    surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
                    surface.draw_svg(&diagram, size, SvgSettings::default());
                    surface.pop();
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| PdfError::Pdf(format!("{error:?}")))
}

/// The report as PDF bytes. The same report gives the same bytes.
pub fn to_pdf(report: &Report) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let mut layout = Layout {
        fonts: &fonts,
        pages: Vec::new(),
        y: MARGIN,
    };
    layout.text_lines(&report.title, 18.0, true, TEXT, 0.0);
    layout.y += 4.0;
    for line in &report.subtitle {
        layout.text_lines(line, 9.0, false, MUTED, 0.0);
    }
    layout.y += 6.0;
    for block in &report.blocks {
        layout.block(report, block);
    }
    // A portrait page left empty after the diagram is dropped.
    let mut pages = layout.pages;
    if pages.last().is_some_and(|page| page.ops.is_empty()) {
        pages.pop();
    }
    render(&fonts, &pages, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_breaks_between_characters_and_words_at_spaces() {
        assert_eq!(tokens("ab cd"), ["ab ", "cd"]);
        assert_eq!(tokens("中文 ok"), ["中", "文", " ", "ok"]);
    }
}
