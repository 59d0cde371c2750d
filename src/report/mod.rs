//! The DPIA report: the map, its findings and its assessment as one document of ten sections,
//! written as PDF, self-contained HTML or Markdown, in English, Traditional Chinese or
//! Portuguese.
//!
//! [`build`] turns the map into a [`Report`]: a list of plain blocks (headings, paragraphs,
//! tables, the diagram, the heatmaps) holding unescaped text. Each writer escapes for its own
//! format, so no user text reaches a file unescaped. Empty sections say what is missing.

mod annex;
mod caveats;
mod cells;
mod clocks;
mod docx;
mod gaps;
mod html;
mod markdown;
mod mechanisms;
mod pdf;
mod risks;
mod sections;
mod standing;
mod summary;
mod text;
// The vocabulary's translations live below the report so the diagram can name classes too.
use crate::i18n::terms as vocab;

pub use annex::Annex;
pub use docx::{DocxError, to_docx};
pub use html::to_html;
pub use markdown::{escape as escape_markdown, to_markdown};
pub use pdf::{PdfError, to_pdf};

use std::path::{Path, PathBuf};

use crate::assessment::fingerprint_text;
use crate::assessment::{Grid, Heatmap, Register, RiskFilter};
use crate::export::{SvgOptions, diagram_svg};
use crate::io::format::{Facts, FileFormat};
use crate::model::{Date, Language, Map, Severity};
use crate::rules::Evaluated;
use sections::Sections;
use text::Words;

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
    /// What follows starts on a new page (an annex, filed on its own).
    PageBreak,
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
    /// Lines under the title: organisation, document id, version and issue date, fingerprint.
    pub subtitle: Vec<String>,
    /// The document's id, version, issue date and marking.
    pub document: DocumentInfo,
    /// The sections.
    pub blocks: Vec<Block>,
    /// The diagram as an SVG page.
    pub diagram_svg: String,
    /// Counts on the initial and residual grids.
    pub heatmaps: [Heatmap; 2],
    /// Labels for the heatmaps: titles, axis names.
    pub heatmap_labels: HeatmapLabels,
}

/// What identifies the document, printed under its title and on every page of the PDF.
#[derive(Clone, Debug, Default)]
pub struct DocumentInfo {
    /// The document id, derived from the organisation and the map's title: `DPIA-` and eight
    /// hex digits, the same for every version of the assessment of one map.
    pub id: String,
    /// The version, counted from the signatures in the revision log: each signed state of the
    /// map is a version; a map changed since its last signature (or never signed) is the next
    /// version, in draft.
    pub version: String,
    /// "Issued" and the evaluation date.
    pub issued: String,
    /// The map's confidentiality marking; empty for none.
    pub marking: String,
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

/// Builds the report of the map as evaluated, in the input's language.
pub fn build(input: &Evaluated<'_>) -> Report {
    let options = SvgOptions::default();
    // The diagram is drawn on a second thread while the sections are written: on a large map
    // each takes about as long as the other.
    std::thread::scope(|scope| {
        let diagram = scope.spawn(|| diagram_svg(input, &options));
        let mut report = sections_of(input, None);
        // A panic on the drawing thread is a bug; it goes on as one here.
        report.diagram_svg = match diagram.join() {
            Ok(svg) => svg,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        report
    })
}

/// One filing annex of the report, alone: its title, the document's id and fingerprint, and
/// its forms, with no diagram.
pub fn build_annex(input: &Evaluated<'_>, annex: Annex) -> Report {
    let mut report = sections_of(input, Some(annex));
    // An empty page the writers can read; no block draws it.
    report.diagram_svg =
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 297 210"></svg>"#.to_owned();
    report
}

/// The report without its diagram; only one annex when `only` names one.
fn sections_of(input: &Evaluated<'_>, only: Option<Annex>) -> Report {
    let Evaluated {
        map,
        evaluation,
        rulebook,
        language,
    } = *input;
    let as_of = input.as_of();
    let w = Words { language };
    // Serialising a large map to hash it takes a while: once for the whole report.
    let fingerprint = fingerprint_text(map);
    let mut sections = Sections {
        fingerprint: &fingerprint,
        numbers: cells::FlowNumbers::of(map),
        mechanisms: crate::assessment::transfer_mechanisms(map, evaluation, rulebook),
        clocks: rulebook.clocks(map, evaluation),
        map,
        evaluation,
        rulebook,
        register: Register::new(map, evaluation, rulebook),
        words: w,
        language,
        as_of,
        blocks: Vec::new(),
    };
    match only {
        Some(annex) => sections.annex(annex),
        None => sections.all(),
    }
    let all = RiskFilter::default();
    let heatmaps = [
        Heatmap::new(&sections.register.risks, Grid::Initial, &all, map),
        Heatmap::new(&sections.register.risks, Grid::Residual, &all, map),
    ];
    let kind = only.map_or_else(|| w.t("report-report"), |annex| sections.annex_title(annex));
    // The full report says on its cover where the sign-off stands; a lone annex is a form.
    let standing = only
        .is_none()
        .then(|| standing::Standing::of(map, &fingerprint, &sections.register.risks).cover_line(w));
    let blocks = sections.blocks;

    let title = if map.meta.title.trim().is_empty() {
        kind
    } else {
        w.labelled(&kind, map.meta.title.trim())
    };
    let mut subtitle = Vec::new();
    // A blank to complete rather than nothing: the cover of a filing names its organisation.
    let organisation = match map.meta.organisation.trim() {
        "" => w.t("annex-blank"),
        organisation => organisation.to_owned(),
    };
    subtitle.push(w.labelled(&w.t("report-organisation"), &organisation));
    let document = document_info(map, w, as_of, &fingerprint);
    subtitle.push(
        [&document.id, &document.version, &document.issued]
            .map(String::as_str)
            .join(" · "),
    );
    subtitle.extend(standing);
    if !document.marking.is_empty() {
        subtitle.push(document.marking.clone());
    }
    subtitle.push(format!(
        "{} · {}",
        w.labelled(&w.t("report-evaluated-on"), &w.date(as_of)),
        w.labelled(&w.t("report-map-fingerprint"), &fingerprint)
    ));
    // The one fingerprint, said once what it covers.
    subtitle.push(w.t("report-fingerprint-defined"));
    Report {
        language,
        as_of,
        title,
        subtitle,
        document,
        blocks,
        diagram_svg: String::new(),
        heatmaps,
        heatmap_labels: HeatmapLabels {
            titles: [w.t("report-initial-risk"), w.t("report-residual-risk")],
            severity: w.t("report-severity"),
            likelihood: w.t("report-likelihood"),
        },
    }
}

/// The document's id, version and issue date from the map (see [`DocumentInfo`]).
fn document_info(map: &Map, w: Words, as_of: Date, fingerprint: &str) -> DocumentInfo {
    let name = format!(
        "{}\n{}",
        map.meta.organisation.trim(),
        map.meta.title.trim()
    );
    let id = crate::assessment::fingerprint::fnv_hex(&name);
    let id = format!("DPIA-{}", id.get(..8).unwrap_or(&id).to_uppercase());
    let mut signed: Vec<&str> = Vec::new();
    for revision in &map.assessment.revisions {
        let hash = revision.map_hash.as_str();
        if !hash.is_empty() && signed.last() != Some(&hash) {
            signed.push(hash);
        }
    }
    let version = if signed.last() == Some(&fingerprint) {
        w.with("report-version", &[("version", signed.len().into())])
    } else {
        w.with(
            "report-version-draft",
            &[("version", (signed.len() + 1).into())],
        )
    };
    DocumentInfo {
        id,
        version,
        issued: w.with("report-issued", &[("date", w.date(as_of).into())]),
        marking: map.meta.confidentiality.trim().to_owned(),
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
    /// A Word document a DPO can edit.
    Docx,
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF failed.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The Word document failed.
    #[error(transparent)]
    Docx(#[from] DocxError),
}

impl FileFormat for ReportFormat {
    const ALL: &'static [Self] = &[Self::Pdf, Self::Docx, Self::Html, Self::Markdown];
    const SUFFIX: &'static str = "-dpia";
    const REFUSAL: &'static str = "format-refused-report";

    fn facts(self) -> Facts {
        let (extension, aliases, filter): (_, &'static [&'static str], _) = match self {
            Self::Pdf => ("pdf", &[], "ui-filter-pdf"),
            Self::Docx => ("docx", &[], "ui-filter-docx"),
            Self::Html => ("html", &["htm"], "ui-filter-html"),
            Self::Markdown => ("md", &["markdown"], "ui-filter-markdown"),
        };
        Facts {
            extension,
            aliases,
            filter,
        }
    }
}

/// The files that make up `report` written to `path`: the report itself and, for Markdown,
/// the diagram SVG it links to (`NAME-diagram.svg` beside it).
pub fn report_files(
    report: &Report,
    path: &Path,
    format: ReportFormat,
) -> Result<Vec<(PathBuf, Vec<u8>)>, ReportError> {
    Ok(match format {
        ReportFormat::Pdf => vec![(path.to_owned(), to_pdf(report)?)],
        ReportFormat::Docx => vec![(path.to_owned(), to_docx(report)?)],
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
