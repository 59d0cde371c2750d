//! The portfolio as a table in one language, and that table as HTML and PDF (through the
//! report's writers, its fonts and its heatmaps) and as XLSX (through the register's workbook,
//! with its fixed dates and "made by"): the same folder gives the same bytes on every machine.

use super::{HORIZON_DAYS, Portfolio, Summary};
use crate::deliver::{Cell, Column, Table};
use crate::i18n::{self, Arg};
use crate::io::format::{Facts, FileFormat};
use crate::model::{Language, Severity};
use crate::report::{Block, DocumentInfo, HeatmapLabels, Report};

/// The formats a portfolio is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortfolioFormat {
    /// One self-contained HTML page.
    Html,
    /// A workbook: the table, and the heatmap across the maps.
    Xlsx,
    /// PDF with embedded fonts.
    Pdf,
}

impl FileFormat for PortfolioFormat {
    const ALL: &'static [Self] = &[Self::Html, Self::Xlsx, Self::Pdf];
    const SUFFIX: &'static str = "-portfolio";
    const REFUSAL: &'static str = "format-refused-portfolio";

    fn facts(self) -> Facts {
        let (extension, aliases, filter): (_, &'static [&'static str], _) = match self {
            Self::Html => ("html", &["htm"], "ui-filter-html"),
            Self::Xlsx => ("xlsx", &[], "ui-filter-xlsx"),
            Self::Pdf => ("pdf", &[], "ui-filter-pdf"),
        };
        Facts {
            extension,
            aliases,
            filter,
        }
    }
}

/// Why a portfolio could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PortfolioError {
    /// The workbook failed.
    #[error(transparent)]
    Xlsx(#[from] crate::deliver::XlsxError),
    /// The PDF failed.
    #[error(transparent)]
    Pdf(#[from] crate::report::PdfError),
}

/// The severities, most severe first, as the table's columns list them.
const SEVERITIES: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// The columns: catalogue key suffix and width.
const COLUMNS: [(&str, f64); 18] = [
    ("path", 30.0),
    ("organisation", 24.0),
    ("title", 28.0),
    ("language", 10.0),
    ("sites", 7.0),
    ("crossing", 10.0),
    ("severity-5", 8.0),
    ("severity-4", 8.0),
    ("severity-3", 8.0),
    ("severity-2", 8.0),
    ("severity-1", 8.0),
    ("residual", 12.0),
    ("clocks", 12.0),
    ("overdue", 9.0),
    ("review", 10.0),
    ("sign-off", 18.0),
    ("signed-on", 12.0),
    ("changed", 12.0),
];

fn t(language: Language, key: &str) -> String {
    i18n::text(language, key).into_owned()
}

/// The portfolio as one table in `language`; an unreadable map's error is in the title column.
pub fn to_table(portfolio: &Portfolio, language: Language) -> Table {
    let columns = COLUMNS
        .iter()
        .map(|(key, width)| Column {
            title: t(language, &format!("portfolio-col-{key}")),
            width: *width,
            machine: false,
        })
        .collect();
    let rows = portfolio
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::Text(row.path.clone())];
            match &row.entry {
                Ok(summary) => cells.extend(summary_cells(summary, language)),
                Err(error) => {
                    cells.push(Cell::Empty);
                    cells.push(Cell::Text(error.clone()));
                    cells.resize(COLUMNS.len(), Cell::Empty);
                }
            }
            cells
        })
        .collect();
    Table {
        name: t(language, "portfolio-title"),
        columns,
        rows,
    }
}

fn summary_cells(summary: &Summary, language: Language) -> Vec<Cell> {
    let count = |value: usize| Cell::Number(value as u64);
    let text = |value: String| {
        if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value)
        }
    };
    let yes_no = |value: bool| {
        t(
            language,
            if value {
                "portfolio-yes"
            } else {
                "portfolio-no"
            },
        )
    };
    let mut cells = vec![
        text(summary.organisation.clone()),
        text(summary.title.clone()),
        Cell::Text(t(language, &format!("language-{}", summary.language.id()))),
        count(summary.sites),
        count(summary.crossing),
    ];
    cells.extend(
        SEVERITIES
            .iter()
            .map(|severity| count(summary.count(*severity))),
    );
    cells.push(summary.worst_residual.map_or(Cell::Empty, |score| {
        Cell::Text(format!(
            "{} × {} = {}",
            score.severity.level(),
            score.likelihood.level(),
            score.product()
        ))
    }));
    cells.push(count(summary.clocks_due));
    cells.push(count(summary.clocks_overdue));
    cells.push(if summary.needs_review {
        Cell::Text(t(language, "clock-needs-review"))
    } else {
        Cell::Empty
    });
    match summary.sign_off {
        Some((step, date)) => {
            cells.push(Cell::Text(t(language, &format!("step-{}", step.id()))));
            cells.push(Cell::Date(date));
        }
        None => {
            cells.push(Cell::Text(t(language, "portfolio-not-signed")));
            cells.push(Cell::Empty);
        }
    }
    cells.push(
        summary
            .changed_since_sign_off
            .map_or(Cell::Empty, |changed| Cell::Text(yes_no(changed))),
    );
    cells
}

/// The line under the title: how many maps, how many unreadable, the day and the horizon.
fn summary_line(portfolio: &Portfolio, language: Language) -> String {
    let args: [(&str, Arg<'_>); 4] = [
        ("maps", portfolio.rows.len().into()),
        ("unreadable", portfolio.unreadable().into()),
        ("date", i18n::date(language, portfolio.as_of).into()),
        ("days", HORIZON_DAYS.into()),
    ];
    i18n::text_with(language, "portfolio-summary", &args)
}

/// The portfolio as a report document (the table and the heatmaps across the maps), for the
/// report's HTML and PDF writers.
pub fn to_report(portfolio: &Portfolio, language: Language) -> Report {
    let table = to_table(portfolio, language);
    let header = table.columns.iter().map(|c| c.title.clone()).collect();
    #[allow(clippy::cast_possible_truncation)]
    let widths = table.columns.iter().map(|c| c.width as f32).collect();
    let rows = table
        .rows
        .iter()
        .map(|row| row.iter().map(|cell| display(cell, language)).collect())
        .collect();
    let title = if portfolio.name.is_empty() {
        table.name.clone()
    } else {
        format!("{}: {}", table.name, portfolio.name)
    };
    Report {
        language,
        as_of: portfolio.as_of,
        title,
        subtitle: vec![summary_line(portfolio, language)],
        document: DocumentInfo {
            issued: i18n::text_with(
                language,
                "report-issued",
                &[("date", i18n::date(language, portfolio.as_of).into())],
            ),
            ..DocumentInfo::default()
        },
        blocks: vec![
            Block::Heading(t(language, "portfolio-maps")),
            Block::Table {
                header,
                rows,
                widths,
            },
            Block::Heading(t(language, "portfolio-heatmap")),
            Block::Heatmaps,
        ],
        diagram_svg: r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 297 210"></svg>"#
            .to_owned(),
        heatmaps: portfolio.heatmaps(),
        heatmap_labels: HeatmapLabels {
            titles: [
                t(language, "report-initial-risk"),
                t(language, "report-residual-risk"),
            ],
            severity: t(language, "report-severity"),
            likelihood: t(language, "report-likelihood"),
        },
    }
}

/// A cell as the reader sees it: numbers and dates in the language's own forms.
fn display(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Number(number) => i18n::number(language, *number),
        Cell::Date(date) => i18n::date(language, *date),
        other => other.plain(),
    }
}

/// The heatmap across the maps as a table: one row per grid and severity, one column per
/// likelihood.
fn heatmap_table(portfolio: &Portfolio, language: Language) -> Table {
    use crate::assessment::Score;
    use crate::model::Likelihood;
    let mut columns = vec![
        Column {
            title: t(language, "portfolio-col-grid"),
            width: 16.0,
            machine: false,
        },
        Column {
            title: t(language, "report-severity"),
            width: 10.0,
            machine: false,
        },
    ];
    let likelihood = t(language, "report-likelihood");
    columns.extend(Likelihood::ALL.iter().map(|level| Column {
        title: format!("{likelihood} {}", level.level()),
        width: 10.0,
        machine: false,
    }));
    let grids = ["report-initial-risk", "report-residual-risk"];
    let mut rows = Vec::new();
    for (heatmap, grid) in portfolio.heatmaps().iter().zip(grids) {
        for severity in SEVERITIES {
            let mut row = vec![
                Cell::Text(t(language, grid)),
                Cell::Number(severity.level().into()),
            ];
            row.extend(
                Likelihood::ALL
                    .iter()
                    .map(|level| Cell::Number(heatmap.count(Score::new(severity, *level)) as u64)),
            );
            rows.push(row);
        }
    }
    Table {
        name: t(language, "portfolio-heatmap-sheet"),
        columns,
        rows,
    }
}

/// The portfolio's bytes in `format` and `language`.
pub fn portfolio_bytes(
    portfolio: &Portfolio,
    format: PortfolioFormat,
    language: Language,
) -> Result<Vec<u8>, PortfolioError> {
    Ok(match format {
        PortfolioFormat::Html => {
            crate::report::to_html(&to_report(portfolio, language)).into_bytes()
        }
        PortfolioFormat::Pdf => crate::report::to_pdf(&to_report(portfolio, language))?,
        PortfolioFormat::Xlsx => {
            let table = to_table(portfolio, language);
            let heatmap = heatmap_table(portfolio, language);
            crate::deliver::tables_to_xlsx(&table.name, &[&table, &heatmap])?
        }
    })
}
