//! The 5×5 heatmaps of severity × likelihood, initial and residual, and the colours of their
//! cells, shared by the editor and the report.

use super::risk_register::{Risk, RiskFilter, Score};
use crate::model::Map;

/// The colour of a heatmap cell, in the editor and the report: a colour-blind-safe ramp that also
/// darkens steadily (readable in greyscale), by severity × likelihood.
pub fn cell_rgb(score: Score) -> [u8; 3] {
    match score.product() {
        0..=3 => [222, 235, 247],
        4..=6 => [240, 228, 66],
        7..=11 => [230, 159, 0],
        12..=16 => [213, 94, 0],
        _ => [120, 28, 60],
    }
}

/// Black or white, whichever reads on `rgb`.
pub fn ink_on(rgb: [u8; 3]) -> [u8; 3] {
    let [r, g, b] = rgb.map(f32::from);
    if 0.299 * r + 0.587 * g + 0.114 * b > 140.0 {
        [0, 0, 0]
    } else {
        [255, 255, 255]
    }
}

/// Which of the two heatmaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grid {
    /// The rulebook's scores.
    Initial,
    /// The scores once treated.
    Residual,
}

impl Grid {
    /// The score of `risk` on this grid, if it has one.
    pub fn score(self, risk: &Risk) -> Option<Score> {
        match self {
            Grid::Initial => Some(risk.initial),
            Grid::Residual => risk.residual,
        }
    }
}

/// A 5×5 count of risks by severity (rows) and likelihood (columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Heatmap {
    counts: [[usize; 5]; 5],
}

impl Heatmap {
    /// Counts the risks that pass `filter` on `grid`.
    pub fn new<'r>(
        risks: impl IntoIterator<Item = &'r Risk>,
        grid: Grid,
        filter: &RiskFilter,
        map: &Map,
    ) -> Self {
        let mut heatmap = Self::default();
        for risk in risks {
            if let Some(score) = grid.score(risk)
                && filter.matches(map, risk)
                && let Some(cell) = heatmap
                    .counts
                    .get_mut(score.severity.index())
                    .and_then(|row| row.get_mut(score.likelihood.index()))
            {
                *cell += 1;
            }
        }
        heatmap
    }

    /// How many risks are in the cell.
    pub fn count(&self, score: Score) -> usize {
        self.counts
            .get(score.severity.index())
            .and_then(|row| row.get(score.likelihood.index()))
            .copied()
            .unwrap_or(0)
    }

    /// How many risks are on the grid.
    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// Adds the counts of `other` cell by cell (the risks of several maps on one grid).
    pub fn add(&mut self, other: &Heatmap) {
        for (row, other_row) in self.counts.iter_mut().zip(&other.counts) {
            for (cell, other_cell) in row.iter_mut().zip(other_row) {
                *cell += other_cell;
            }
        }
    }
}
