//! Laying the report out on A4 pages: each block becomes simple drawing operations placed with
//! the fonts' own glyph advances, so drawing needs no measuring.
//!
//! A heading is kept with the start of what follows it; the diagram, with its section's heading
//! and caption, takes a landscape page of its own right where its section stands (a filed report
//! reads its sections in order, so no later text may come before it); every page gets the document's id, version and issue date, its
//! confidentiality marking and "page N of M".

use super::fonts::Fonts;
use super::page::{HEATMAP_HEIGHT, diagram_page, fit};
use super::{
    BODY, DIAGRAM_MARGIN, FOOTER, LINE, MARGIN, MUTED, PORTRAIT, RULE, TEXT, WARN, WARN_FILL,
};
use crate::report::text::Words;
use crate::report::{Block, Report};

/// One drawing operation, in points from the page's top left.
#[derive(Clone, Debug)]
pub(super) enum Op {
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
    /// Straight lines `[x1, y1, x2, y2]` stroked together (a table's rules).
    Lines {
        segments: Vec<[f32; 4]>,
        colour: [u8; 3],
    },
    Diagram {
        rect: [f32; 4],
    },
}

pub(super) struct Page {
    pub(super) size: (f32, f32),
    pub(super) ops: Vec<Op>,
    /// The sections (and annexes) that start on this page, with the height of their heading:
    /// the PDF's bookmarks.
    pub(super) sections: Vec<(String, f32)>,
}

impl Page {
    fn new(size: (f32, f32)) -> Self {
        Self {
            size,
            ops: Vec::new(),
            sections: Vec::new(),
        }
    }
}

/// The diagram's section, waiting for the next page break.
struct Float {
    heading: String,
    caption: String,
}

/// Lays the report out on pages.
pub(super) struct Layout<'f> {
    pub(super) fonts: &'f Fonts,
    /// The diagram's page size in its own units.
    diagram_size: (f32, f32),
    /// The diagram's page: A4 landscape, or its own sheet's size (see [`diagram_page`]).
    diagram_page: (f32, f32),
    /// The pages finished so far.
    done: Vec<Page>,
    /// The page being filled.
    current: Page,
    pub(super) y: f32,
    /// The diagram, once its place in the text is passed, until the page is full.
    float: Option<Float>,
}

impl Layout<'_> {
    pub(super) fn page(&mut self) -> &mut Page {
        &mut self.current
    }

    /// Starts a page of `size`.
    fn start(&mut self, size: (f32, f32)) {
        let full = std::mem::replace(&mut self.current, Page::new(size));
        self.done.push(full);
        self.y = MARGIN;
    }

    /// The text page is full: the diagram waiting for a break comes first, then a new page.
    pub(super) fn page_break(&mut self) {
        if let Some(float) = self.float.take() {
            self.start(self.diagram_page);
            self.diagram_page(&float);
        }
        self.start(PORTRAIT);
    }

    pub(super) fn bottom(&self) -> f32 {
        self.current.size.1 - MARGIN
    }

    pub(super) fn width(&self) -> f32 {
        self.current.size.0 - 2.0 * MARGIN
    }

    /// Room for `height` more points, else a new page.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.page_break();
        }
    }

    fn text_lines(&mut self, text: &str, size: f32, bold: bool, colour: [u8; 3], indent: f32) {
        let width = self.width() - indent;
        for line in self.fonts.wrap(text, size, bold, width) {
            self.ensure(size * LINE);
            let baseline = self.y + size;
            self.current.ops.push(Op::Text {
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

    /// The least height of `block` that must follow a heading on its page: its first lines, or
    /// a table's header and first row.
    fn start_height(&self, block: Option<&Block>) -> f32 {
        let width = self.width();
        let lines = |text: &str, indent: f32| {
            let count = self.fonts.wrap(text, BODY, false, width - indent).len();
            count.clamp(1, 2) as f32 * BODY * LINE
        };
        match block {
            Some(Block::Paragraph(text)) => lines(text, 0.0),
            Some(Block::Missing(text)) => lines(text, 16.0) + 8.0,
            Some(Block::Bullets(items)) => items.first().map_or(0.0, |item| lines(item, 12.0)),
            Some(Block::Table {
                header,
                rows,
                widths,
            }) => {
                let head = self.row_height(header, widths, true);
                let first = rows
                    .first()
                    .map_or(0.0, |row| self.row_height(row, widths, false));
                head + first.min(4.0 * super::SMALL * LINE)
            }
            Some(Block::Subheading(_)) => 11.5 * LINE + 6.0 + BODY * LINE,
            Some(Block::Heatmaps) => HEATMAP_HEIGHT,
            Some(Block::Heading(_) | Block::Diagram | Block::PageBreak) | None => 0.0,
        }
    }

    fn heading(&mut self, text: &str, size: f32, next: Option<&Block>) {
        let height = self.fonts.wrap(text, size, true, self.width()).len() as f32 * size * LINE;
        let before = if size > 12.0 { 10.0 } else { 4.0 };
        let need = before + height + 10.0 + self.start_height(next);
        self.ensure(need);
        self.y += before;
        if size > 12.0 {
            self.current.sections.push((text.to_owned(), self.y));
        }
        self.text_lines(text, size, true, TEXT, 0.0);
        if size > 12.0 {
            let y = self.y + 1.0;
            let width = self.width();
            self.current.ops.push(Op::Rect {
                rect: [MARGIN, y, width, 0.6],
                fill: Some(RULE),
                stroke: None,
            });
            self.y += 8.0;
        } else {
            self.y += 2.0;
        }
    }

    fn block(&mut self, report: &Report, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading(text) => self.heading(text, 15.0, next),
            Block::Subheading(text) => self.heading(text, 11.5, next),
            Block::Paragraph(text) => {
                self.text_lines(text, BODY, false, TEXT, 0.0);
                self.y += 5.0;
            }
            Block::Missing(text) => {
                let lines = self.fonts.wrap(text, BODY, false, self.width() - 16.0);
                let height = lines.len() as f32 * BODY * LINE + 8.0;
                self.ensure(height);
                let (y, width) = (self.y, self.width());
                self.current.ops.push(Op::Rect {
                    rect: [MARGIN, y, width, height],
                    fill: Some(WARN_FILL),
                    stroke: None,
                });
                self.current.ops.push(Op::Rect {
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
                    self.current.ops.push(Op::Text {
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
                // Reached without its heading (not how the report is built): a page of its own.
                self.float = Some(Float {
                    heading: String::new(),
                    caption: String::new(),
                });
            }
            Block::Heatmaps => self.heatmaps(report),
            Block::PageBreak => {
                if self.y > MARGIN {
                    self.page_break();
                }
            }
        }
    }

    /// The diagram on a landscape page of its own, under its section's heading and caption,
    /// scaled to fit.
    fn diagram_page(&mut self, float: &Float) {
        if !float.heading.is_empty() {
            self.current.sections.push((float.heading.clone(), self.y));
            self.text_lines(&float.heading, 15.0, true, TEXT, 0.0);
        }
        if !float.caption.is_empty() {
            self.text_lines(&float.caption, 9.0, false, MUTED, 0.0);
        }
        let top = self.y + 4.0;
        let (page_w, page_h) = self.diagram_page;
        let area = (page_w, page_h - top + DIAGRAM_MARGIN - FOOTER);
        let size = self.diagram_size;
        let scale = fit(size, area, DIAGRAM_MARGIN);
        let (w, h) = (size.0 * scale, size.1 * scale);
        self.current.ops.push(Op::Diagram {
            rect: [(page_w - w) / 2.0, top, w, h],
        });
    }
}

/// The report laid out on pages, each with its running header and footer.
pub(super) fn layout(fonts: &Fonts, report: &Report, diagram_size: (f32, f32)) -> Vec<Page> {
    let mut layout = Layout {
        fonts,
        diagram_size,
        diagram_page: diagram_page(diagram_size),
        done: Vec::new(),
        current: Page::new(PORTRAIT),
        y: MARGIN,
        float: None,
    };
    layout.text_lines(&report.title, 18.0, true, TEXT, 0.0);
    layout.y += 4.0;
    for line in &report.subtitle {
        layout.text_lines(line, 9.0, false, MUTED, 0.0);
    }
    layout.y += 6.0;
    let mut blocks = report.blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        // A heading and caption followed by the diagram go with it onto its own page, which
        // follows the current page at once.
        if let Block::Heading(heading) = block {
            let mut ahead = blocks.clone();
            if let (Some(Block::Paragraph(caption)), Some(Block::Diagram)) =
                (ahead.next(), ahead.next())
            {
                layout.float = Some(Float {
                    heading: heading.clone(),
                    caption: caption.clone(),
                });
                layout.page_break();
                blocks = ahead;
                continue;
            }
        }
        layout.block(report, block, blocks.peek().copied());
    }
    if let Some(float) = layout.float.take() {
        layout.start(layout.diagram_page);
        layout.diagram_page(&float);
    }
    let Layout {
        mut done, current, ..
    } = layout;
    done.push(current);
    // The first "page" pushed is the empty one the layout started from.
    let mut pages: Vec<Page> = done
        .into_iter()
        .enumerate()
        .filter(|(index, page)| *index > 0 || !page.ops.is_empty())
        .map(|(_, page)| page)
        .filter(|page| !page.ops.is_empty())
        .collect();
    running_heads(&mut pages, fonts, report);
    pages
}

/// The document's id, version and issue date and the page number at the foot of every page,
/// and the confidentiality marking at the head.
fn running_heads(pages: &mut [Page], fonts: &Fonts, report: &Report) {
    let words = Words {
        language: report.language,
    };
    let total = pages.len();
    let document = &report.document;
    let left = [
        document.id.as_str(),
        document.version.as_str(),
        document.issued.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    for (index, page) in pages.iter_mut().enumerate() {
        let (width, height) = page.size;
        let baseline = height - FOOTER;
        let number = words.with(
            "report-page-of",
            &[("page", (index + 1).into()), ("pages", total.into())],
        );
        let size = 8.0;
        let number_width = fonts.width(&number, size, false);
        page.ops.push(Op::Text {
            x: MARGIN,
            baseline,
            size,
            bold: false,
            colour: MUTED,
            text: fonts.fit(&left, size, width - 2.0 * MARGIN - number_width - 12.0),
        });
        page.ops.push(Op::Text {
            x: width - MARGIN - number_width,
            baseline,
            size,
            bold: false,
            colour: MUTED,
            text: number,
        });
        if !document.marking.is_empty() {
            let marking = fonts.fit(&document.marking, size, width - 2.0 * MARGIN);
            let marking_width = fonts.width(&marking, size, true);
            page.ops.push(Op::Text {
                x: width - MARGIN - marking_width,
                baseline: FOOTER,
                size,
                bold: true,
                colour: super::WARN,
                text: marking,
            });
        }
    }
}
