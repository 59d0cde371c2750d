//! The DPIA report: the map, its findings and its assessment as one document of ten sections,
//! written as PDF, self-contained HTML or Markdown, in English, Traditional Chinese or
//! Portuguese.
//!
//! [`build`] turns the map into a [`Report`]: a list of plain blocks (headings, paragraphs,
//! tables, the diagram, the heatmaps) holding unescaped text. Each writer escapes for its own
//! format, so no user text reaches a file unescaped. Empty sections say what is missing.

mod cells;
mod html;
mod markdown;
mod pdf;
mod sections;
mod text;
// The vocabulary's translations live below the report so the diagram can name classes too.
use crate::model::terms as vocab;

pub use html::to_html;
pub use markdown::to_markdown;
pub use pdf::{PdfError, to_pdf};

use std::path::{Path, PathBuf};

use crate::assessment::fingerprint_text;
use crate::assessment::{Grid, Heatmap, Register, RiskFilter};
use crate::export::{SvgOptions, diagram_svg_in};
use crate::model::{Date, Language, Map, Severity};
use crate::rules::{Evaluation, Rulebook};
use sections::Sections;
use text::words;

/// One block of the report.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A sub-heading inside a section.
    Subheading(String),
    /// A paragraph; line breaks in it are kept.
    Paragraph(String),
    /// Something the assessment still lacks, shown as a warning.
    Missing(String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A table: header row, then rows of cells.
    Table {
        /// Column titles.
        header: Vec<String>,
        /// Rows; each as long as the header.
        rows: Vec<Vec<String>>,
        /// Relative column widths (for the PDF).
        widths: Vec<f32>,
    },
    /// The data-flow diagram.
    Diagram,
    /// The initial and residual heatmaps.
    Heatmaps,
}

/// The whole report, ready for a writer.
#[derive(Clone, Debug)]
pub struct Report {
    /// The language of its fixed words.
    pub language: Language,
    /// The evaluation date, printed in it and recorded as the PDF's creation date.
    pub as_of: Date,
    /// The title line.
    pub title: String,
    /// Lines under the title: organisation, date, fingerprint.
    pub subtitle: Vec<String>,
    /// The sections.
    pub blocks: Vec<Block>,
    /// The diagram as an SVG page.
    pub diagram_svg: String,
    /// Counts on the initial and residual grids.
    pub heatmaps: [Heatmap; 2],
    /// Labels for the heatmaps: titles, axis names.
    pub heatmap_labels: HeatmapLabels,
}

/// The words around the heatmaps.
#[derive(Clone, Debug)]
pub struct HeatmapLabels {
    /// "Initial risk", "Residual risk".
    pub titles: [String; 2],
    /// "Severity".
    pub severity: String,
    /// "Likelihood".
    pub likelihood: String,
}

/// Builds the report of `map` as evaluated on `as_of`, in `language`.
pub fn build(
    map: &Map,
    evaluation: &Evaluation,
    rulebook: &Rulebook,
    language: Language,
    as_of: Date,
) -> Report {
    let w = words(language);
    let mut sections = Sections {
        map,
        evaluation,
        rulebook,
        register: Register::new(map, evaluation, rulebook),
        words: w,
        language,
        as_of,
        blocks: Vec::new(),
    };
    sections.processing();
    sections.diagram();
    sections.inventory();
    sections.filing_questions();
    sections.mechanisms();
    sections.risk_register();
    sections.heatmaps();
    sections.action_plan();
    sections.sign_off();
    sections.caveats();
    let all = RiskFilter::default();
    let heatmaps = [
        Heatmap::new(&sections.register.risks, Grid::Initial, &all, map),
        Heatmap::new(&sections.register.risks, Grid::Residual, &all, map),
    ];
    let blocks = sections.blocks;

    let title = if map.meta.title.trim().is_empty() {
        w.report.to_owned()
    } else {
        format!("{}: {}", w.report, map.meta.title.trim())
    };
    let mut subtitle = Vec::new();
    if !map.meta.organisation.trim().is_empty() {
        subtitle.push(format!(
            "{}: {}",
            w.organisation,
            map.meta.organisation.trim()
        ));
    }
    subtitle.push(format!(
        "{}: {as_of} · {}: {}",
        w.evaluated_on,
        w.map_fingerprint,
        fingerprint_text(map)
    ));
    let options = SvgOptions {
        date: as_of,
        page: None,
    };
    Report {
        language,
        as_of,
        title,
        subtitle,
        blocks,
        diagram_svg: diagram_svg_in(map, evaluation, &options, language),
        heatmaps,
        heatmap_labels: HeatmapLabels {
            titles: [w.initial_risk.to_owned(), w.residual_risk.to_owned()],
            severity: w.severity.to_owned(),
            likelihood: w.likelihood.to_owned(),
        },
    }
}

/// The formats of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// PDF with embedded fonts (what a DPO files).
    Pdf,
    /// One self-contained HTML page.
    Html,
    /// Markdown, with the diagram as an SVG file beside it.
    Markdown,
}

impl ReportFormat {
    /// The format a file name's extension asks for.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        match extension.as_str() {
            "pdf" => Some(Self::Pdf),
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }
}

/// The files that make up `report` written to `path`: the report itself and, for Markdown,
/// the diagram SVG it links to (`NAME-diagram.svg` beside it).
pub fn report_files(
    report: &Report,
    path: &Path,
    format: ReportFormat,
) -> Result<Vec<(PathBuf, Vec<u8>)>, PdfError> {
    Ok(match format {
        ReportFormat::Pdf => vec![(path.to_owned(), to_pdf(report)?)],
        ReportFormat::Html => vec![(path.to_owned(), to_html(report).into_bytes())],
        ReportFormat::Markdown => {
            let stem = path
                .file_stem()
                .map_or_else(|| "report".into(), |stem| stem.to_string_lossy());
            let diagram = path.with_file_name(format!("{stem}-diagram.svg"));
            let name = diagram
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            vec![
                (path.to_owned(), to_markdown(report, &name).into_bytes()),
                (diagram, report.diagram_svg.clone().into_bytes()),
            ]
        }
    })
}

/// The severities from the top row of a heatmap down.
pub(crate) const ROWS: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];
