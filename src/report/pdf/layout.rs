//! Laying the report out on A4 pages: each block becomes simple drawing operations placed with
//! the fonts' own glyph advances, so drawing needs no measuring.

use super::diagram::fit;
use super::fonts::Fonts;
use super::{
    BODY, DIAGRAM_MARGIN, HEADER_FILL, LANDSCAPE, LINE, MARGIN, MUTED, PORTRAIT, RULE, SMALL, TEXT,
    WARN, WARN_FILL,
};
use crate::assessment::{Score, cell_rgb, ink_on};
use crate::model::Likelihood;
use crate::report::{Block, ROWS, Report};

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
    Diagram {
        rect: [f32; 4],
    },
}

pub(super) struct Page {
    pub(super) size: (f32, f32),
    pub(super) ops: Vec<Op>,
}

/// Lays the report out on pages.
pub(super) struct Layout<'f> {
    fonts: &'f Fonts,
    /// The diagram's page size in its own units.
    diagram_size: (f32, f32),
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
                // The diagram gets a landscape page of its own, scaled to fit.
                self.new_page(LANDSCAPE);
                let (page_w, page_h) = LANDSCAPE;
                let size = self.diagram_size;
                let scale = fit(size, LANDSCAPE, DIAGRAM_MARGIN);
                let (w, h) = (size.0 * scale, size.1 * scale);
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

/// The report laid out on pages.
pub(super) fn layout(fonts: &Fonts, report: &Report, diagram_size: (f32, f32)) -> Vec<Page> {
    let mut layout = Layout {
        fonts,
        diagram_size,
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
    pages
}
