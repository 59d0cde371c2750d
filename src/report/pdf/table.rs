//! Tables and heatmaps on the page. Table text is set at [`SMALL`] (9 pt); the header row is
//! repeated on each page a table runs onto, and a row taller than what is left of a page is
//! split between pages rather than drawn past the foot.

use super::layout::{Layout, Op};
use super::page::{CELL, HEATMAP_HEIGHT, LABEL};
use super::{HEADER_FILL, LINE, MARGIN, MUTED, RULE, SMALL, TEXT};
use crate::assessment::{Score, cell_rgb, ink_on};
use crate::model::Likelihood;
use crate::report::{ROWS, Report};

/// Padding inside a table cell.
const PAD: f32 = 3.0;

/// A row's cells broken into lines, and its height.
struct Laid {
    cells: Vec<Vec<String>>,
    lines: usize,
}

impl Layout<'_> {
    /// The widths of a table's columns on this page: in proportion to `widths`, but each at
    /// least as wide as the widest word, id or date in it (up to a third of the page), taken
    /// from the columns with room to spare, so nothing is cut inside a word that could fit.
    fn columns(&self, widths: &[f32], rows: &[&[String]]) -> Vec<f32> {
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        let full = self.width();
        let mut columns: Vec<f32> = widths.iter().map(|w| w / total * full).collect();
        let least: Vec<f32> = (0..columns.len())
            .map(|column| {
                rows.iter()
                    .enumerate()
                    .filter_map(|(index, row)| {
                        let bold = index == 0;
                        let cell = row.get(column)?;
                        Some(self.fonts.widest_piece(cell, SMALL, bold) + 2.0 * PAD + 0.5)
                    })
                    .fold(0.0, f32::max)
                    .min(full / 3.0)
            })
            .collect();
        if least.iter().sum::<f32>() > full {
            return columns;
        }
        for _ in 0..4 {
            let deficit: f32 = columns
                .iter()
                .zip(&least)
                .map(|(width, least)| (least - width).max(0.0))
                .sum();
            if deficit <= 0.01 {
                break;
            }
            let slack: f32 = columns
                .iter()
                .zip(&least)
                .map(|(width, least)| (width - least).max(0.0))
                .sum();
            if slack <= 0.0 {
                break;
            }
            for (width, least) in columns.iter_mut().zip(&least) {
                if *width < *least {
                    *width = *least;
                } else {
                    *width -= deficit * (*width - least) / slack;
                }
            }
        }
        columns
    }

    fn lay(&self, cells: &[String], columns: &[f32], bold: bool) -> Laid {
        let cells: Vec<Vec<String>> = cells
            .iter()
            .zip(columns)
            .map(|(cell, width)| self.fonts.wrap(cell, SMALL, bold, width - 2.0 * PAD))
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        Laid { cells, lines }
    }

    /// The height of a row of `cells` in a table of `widths`.
    pub(super) fn row_height(&self, cells: &[String], widths: &[f32], bold: bool) -> f32 {
        let laid = self.lay(cells, &self.columns(widths, &[cells]), bold);
        laid.lines as f32 * SMALL * LINE + 2.0 * PAD
    }

    /// Draws lines `from..to` of a laid row at the current height.
    fn draw_row(&mut self, laid: &Laid, columns: &[f32], range: (usize, usize), header: bool) {
        let (from, to) = range;
        let height = (to - from) as f32 * SMALL * LINE + 2.0 * PAD;
        let y = self.y;
        let width: f32 = columns.iter().sum();
        if header {
            self.page().ops.push(Op::Rect {
                rect: [MARGIN, y, width, height],
                fill: Some(HEADER_FILL),
                stroke: None,
            });
        }
        // The row's rules as one path: top, bottom and each column's sides.
        let mut segments = vec![
            [MARGIN, y, MARGIN + width, y],
            [MARGIN, y + height, MARGIN + width, y + height],
        ];
        let mut x = MARGIN;
        segments.push([x, y, x, y + height]);
        for (lines, column) in laid.cells.iter().zip(columns) {
            for (n, line) in lines.iter().enumerate().take(to).skip(from) {
                self.page().ops.push(Op::Text {
                    x: x + PAD,
                    baseline: y + PAD + SMALL + (n - from) as f32 * SMALL * LINE,
                    size: SMALL,
                    bold: header,
                    colour: TEXT,
                    text: line.clone(),
                });
            }
            x += column;
            segments.push([x, y, x, y + height]);
        }
        self.page().ops.push(Op::Lines {
            segments,
            colour: RULE,
        });
        self.y += height;
    }

    /// How many lines of a row fit above the foot of the page.
    fn lines_that_fit(&self) -> usize {
        let room = self.bottom() - self.y - 2.0 * PAD;
        (room / (SMALL * LINE)).floor().max(0.0) as usize
    }

    pub(super) fn table(&mut self, header: &[String], rows: &[Vec<String>], widths: &[f32]) {
        let all: Vec<&[String]> = std::iter::once(header)
            .chain(rows.iter().map(Vec::as_slice))
            .collect();
        let columns = self.columns(widths, &all);
        let head = self.lay(header, &columns, true);
        let head_height = head.lines as f32 * SMALL * LINE + 2.0 * PAD;
        let first = rows
            .first()
            .map_or(0, |row| self.lay(row, &columns, false).lines);
        self.ensure(head_height + first.min(4) as f32 * SMALL * LINE + 2.0 * PAD);
        self.draw_row(&head, &columns, (0, head.lines), true);
        for row in rows {
            let laid = self.lay(row, &columns, false);
            let mut from = 0;
            while from < laid.lines {
                let fit = self.lines_that_fit();
                // A short row moves whole to a new page under the repeated header; a tall one
                // is split, at least two lines on each side.
                let left = laid.lines - from;
                let need = if left <= 6 { left } else { 2 };
                if fit < need {
                    self.page_break();
                    self.draw_row(&head, &columns, (0, head.lines), true);
                    continue;
                }
                let to = laid.lines.min(from + fit.max(1));
                self.draw_row(&laid, &columns, (from, to), false);
                from = to;
            }
        }
        self.y += 8.0;
    }

    pub(super) fn heatmaps(&mut self, report: &Report) {
        let grid = LABEL + 5.0 * CELL;
        self.ensure(HEATMAP_HEIGHT);
        let top = self.y + 16.0;
        let labels = &report.heatmap_labels;
        for (n, (heatmap, title)) in report.heatmaps.iter().zip(&labels.titles).enumerate() {
            let left = MARGIN + n as f32 * (grid + 40.0);
            let ops = &mut self.page().ops;
            let text = |x: f32, baseline: f32, size: f32, colour: [u8; 3], text: String| Op::Text {
                x,
                baseline,
                size,
                bold: false,
                colour,
                text,
            };
            ops.push(Op::Text {
                x: left,
                baseline: top - 4.0,
                size: 10.0,
                bold: true,
                colour: TEXT,
                text: format!("{title} ({})", heatmap.total()),
            });
            for (row, severity) in ROWS.into_iter().enumerate() {
                let y = top + row as f32 * CELL;
                let label = severity.to_string();
                ops.push(text(left + 4.0, y + CELL / 2.0 + 3.0, 8.0, MUTED, label));
                for likelihood in Likelihood::ALL {
                    let score = Score::new(severity, likelihood);
                    let fill = cell_rgb(score);
                    let x = left + LABEL + f32::from(likelihood.level() - 1) * CELL;
                    ops.push(Op::Rect {
                        rect: [x, y, CELL - 1.0, CELL - 1.0],
                        fill: Some(fill),
                        stroke: None,
                    });
                    let count = heatmap.count(score).to_string();
                    ops.push(Op::Text {
                        x: x + CELL / 2.0 - 2.8 * count.len() as f32,
                        baseline: y + CELL / 2.0 + 3.5,
                        size: 10.0,
                        bold: true,
                        colour: ink_on(fill),
                        text: count,
                    });
                }
            }
            let axis = top + 5.0 * CELL + 10.0;
            for likelihood in 1..=5u8 {
                let x = left + LABEL + (f32::from(likelihood) - 0.5) * CELL - 2.0;
                ops.push(text(x, axis, 8.0, MUTED, likelihood.to_string()));
            }
            let axes = format!("{} ↑ · {} →", labels.severity, labels.likelihood);
            ops.push(text(left + LABEL, axis + 11.0, 8.0, MUTED, axes));
        }
        self.y = top + grid + 32.0;
    }
}
