//! The report as a Word document (`.docx`) a DPO can edit before filing: the same blocks as
//! the other formats, as real Word headings (the navigation pane and a table of contents find
//! them), real tables, the diagram embedded as SVG for Word versions that show it with a PNG
//! at 192 dpi for the others, fonts named for Latin and Chinese text, and "Page N of M" in the
//! footer.
//!
//! The writer knows blocks, not sections, so it follows whatever the report contains. The
//! package is written through [`crate::io::zip_bytes`]: same report, same bytes.

mod parts;
mod xml;

use crate::assessment::{Score, cell_rgb, ink_on};
use crate::i18n;
use crate::io::{ArchiveError, Stored, zip_bytes};
use crate::model::Likelihood;
use parts::{CONTENT_WIDTH, MAX_DIAGRAM_HEIGHT};
use xml::{attr, text};

use super::{Block, ROWS, Report};

/// Why a Word document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The diagram could not be drawn as PNG.
    #[error("the diagram could not be put in the Word document: {0}")]
    Diagram(#[from] crate::export::PngError),
    /// The package could not be assembled.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
}

/// Raster images of the diagram are kept under this many pixels (a 5,000-site map's diagram
/// at 192 dpi would need gigabytes); smaller diagrams get the full 192 dpi.
const MAX_DIAGRAM_PIXELS: f64 = 24_000_000.0;

/// English Metric Units per twentieth of a point.
const EMU_PER_TWIP: u64 = 635;

const DOCUMENT_START: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>"#;

/// The report as a Word document.
pub fn to_docx(report: &Report) -> Result<Vec<u8>, DocxError> {
    let has_diagram = report.blocks.contains(&Block::Diagram);
    let diagram = if has_diagram {
        Some(Diagram::of(&report.diagram_svg)?)
    } else {
        None
    };
    let mut body = String::from(DOCUMENT_START);
    paragraph(&mut body, Some("Title"), &report.title);
    for line in &report.subtitle {
        paragraph(&mut body, Some("Subtitle"), line);
    }
    for (index, block) in report.blocks.iter().enumerate() {
        match block {
            Block::Heading(words) => paragraph(&mut body, Some("Heading1"), words),
            Block::Subheading(words) => paragraph(&mut body, Some("Heading2"), words),
            // A caption stays on the page of the diagram it introduces.
            Block::Paragraph(words)
                if matches!(report.blocks.get(index + 1), Some(Block::Diagram)) =>
            {
                paragraph(&mut body, Some("Caption"), words);
            }
            Block::Paragraph(words) => paragraph(&mut body, None, words),
            Block::Missing(words) => paragraph(&mut body, Some("Missing"), words),
            Block::Bullets(items) => {
                for item in items {
                    paragraph(&mut body, Some("ListBullet"), item);
                }
            }
            Block::Table {
                header,
                rows,
                widths,
            } => table(&mut body, header, rows, widths),
            Block::Diagram => {
                if let Some(diagram) = &diagram {
                    diagram.drawing(&mut body, &report.title);
                }
            }
            Block::Heatmaps => heatmaps(&mut body, report),
            Block::PageBreak => body.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#),
        }
    }
    body += &parts::section();
    body += "</w:body></w:document>";

    let (before, between, after) = page_words(report);
    let footer = parts::footer(&before, &between, &after);
    let styles = parts::styles(report.language);
    let fonts = parts::font_table(report.language);
    let core = parts::core_properties(&report.title, report.language, report.as_of);
    let rels = parts::document_rels(diagram.is_some());
    let mut entries: Vec<(&str, Stored, &[u8])> = vec![
        (
            "[Content_Types].xml",
            Stored::Compressed,
            parts::CONTENT_TYPES.as_bytes(),
        ),
        (
            "_rels/.rels",
            Stored::Compressed,
            parts::PACKAGE_RELS.as_bytes(),
        ),
        ("docProps/core.xml", Stored::Compressed, core.as_bytes()),
        (
            "docProps/app.xml",
            Stored::Compressed,
            parts::APP_PROPERTIES.as_bytes(),
        ),
        ("word/document.xml", Stored::Compressed, body.as_bytes()),
        ("word/styles.xml", Stored::Compressed, styles.as_bytes()),
        (
            "word/settings.xml",
            Stored::Compressed,
            parts::SETTINGS.as_bytes(),
        ),
        ("word/fontTable.xml", Stored::Compressed, fonts.as_bytes()),
        (
            "word/numbering.xml",
            Stored::Compressed,
            parts::NUMBERING.as_bytes(),
        ),
        ("word/footer1.xml", Stored::Compressed, footer.as_bytes()),
        (
            "word/_rels/document.xml.rels",
            Stored::Compressed,
            rels.as_bytes(),
        ),
    ];
    if let Some(diagram) = &diagram {
        entries.push(("word/media/diagram.png", Stored::AsIs, &diagram.png));
        entries.push((
            "word/media/diagram.svg",
            Stored::Compressed,
            report.diagram_svg.as_bytes(),
        ));
    }
    Ok(zip_bytes(entries)?)
}

/// The footer's words around the page number and the page count, from the catalogue's
/// "Page { $page } of { $pages }" in the report's language.
fn page_words(report: &Report) -> (String, String, String) {
    const PAGE: &str = "\u{e000}";
    const PAGES: &str = "\u{e001}";
    let line = i18n::text_with(
        report.language,
        "docx-page-of",
        &[("page", PAGE.into()), ("pages", PAGES.into())],
    );
    let Some((before, rest)) = line.split_once(PAGE) else {
        return (String::new(), " / ".to_owned(), String::new());
    };
    let Some((between, after)) = rest.split_once(PAGES) else {
        return (before.to_owned(), " / ".to_owned(), String::new());
    };
    (before.to_owned(), between.to_owned(), after.to_owned())
}

/// A paragraph in `style` (Normal when `None`); its line breaks kept as `<w:br/>`.
fn paragraph(out: &mut String, style: Option<&str>, words: &str) {
    out.push_str("<w:p>");
    if let Some(style) = style {
        out.push_str(&format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#));
    }
    runs(out, words, false);
    out.push_str("</w:p>");
}

/// The runs of `words`, one per line, with breaks between; bold when asked.
fn runs(out: &mut String, words: &str, bold: bool) {
    let properties = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    for (index, line) in words.lines().enumerate() {
        out.push_str("<w:r>");
        out.push_str(properties);
        if index > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str(&format!(
            r#"<w:t xml:space="preserve">{}</w:t></w:r>"#,
            text(line)
        ));
    }
}

/// A table across the text width, its header row repeated on every page.
fn table(out: &mut String, header: &[String], rows: &[Vec<String>], widths: &[f32]) {
    let columns = header.len().max(1);
    let relative: Vec<f32> = if widths.len() == header.len() && widths.iter().all(|w| *w > 0.0) {
        widths.to_vec()
    } else {
        vec![1.0; columns]
    };
    let total: f32 = relative.iter().sum();
    // Widths in twips, rounded down; a table a few twips narrow than the text is invisible.
    let twips: Vec<u32> = relative
        .iter()
        .map(|width| (width / total * CONTENT_WIDTH as f32) as u32)
        .collect();
    out.push_str(&format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="{CONTENT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
    ));
    for width in &twips {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    out.push_str("</w:tblGrid>");
    out.push_str(r#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#);
    for (cell, width) in header.iter().zip(&twips) {
        table_cell(out, cell, *width, Some("EEF1F6"), None, true);
    }
    out.push_str("</w:tr>");
    for row in rows {
        out.push_str(r#"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#);
        for (cell, width) in row.iter().zip(&twips) {
            table_cell(out, cell, *width, None, None, false);
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between two tables, and after a table that ends the body.
    out.push_str("<w:p/>");
}

fn table_cell(
    out: &mut String,
    words: &str,
    width: u32,
    fill: Option<&str>,
    ink: Option<&str>,
    bold: bool,
) {
    out.push_str(&format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#
    ));
    if let Some(fill) = fill {
        out.push_str(&format!(
            r#"<w:shd w:val="clear" w:color="auto" w:fill="{}"/>"#,
            attr(fill)
        ));
    }
    out.push_str("</w:tcPr><w:p>");
    match ink {
        Some(ink) => {
            out.push_str(&format!(
                r#"<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="{}"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                attr(ink),
                text(words)
            ));
        }
        None => runs(out, words, bold),
    }
    out.push_str("</w:p></w:tc>");
}

/// The initial and residual heatmaps, as coloured 5×5 tables with their axes.
fn heatmaps(out: &mut String, report: &Report) {
    let labels = &report.heatmap_labels;
    for (heatmap, title) in report.heatmaps.iter().zip(&labels.titles) {
        paragraph(
            out,
            Some("Caption"),
            &format!("{title} ({} ↓, {} →)", labels.severity, labels.likelihood),
        );
        let width = 700;
        out.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#);
        for _ in 0..6 {
            out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
        }
        out.push_str("</w:tblGrid>");
        for severity in ROWS {
            out.push_str("<w:tr>");
            table_cell(
                out,
                &severity.to_string(),
                width,
                Some("EEF1F6"),
                None,
                true,
            );
            for likelihood in Likelihood::ALL {
                let score = Score::new(severity, likelihood);
                let fill = cell_rgb(score);
                let ink = ink_on(fill);
                table_cell(
                    out,
                    &heatmap.count(score).to_string(),
                    width,
                    Some(&hex(fill)),
                    Some(&hex(ink)),
                    true,
                );
            }
            out.push_str("</w:tr>");
        }
        out.push_str("<w:tr>");
        table_cell(out, "", width, None, None, false);
        for likelihood in Likelihood::ALL {
            table_cell(
                out,
                &likelihood.to_string(),
                width,
                Some("EEF1F6"),
                None,
                true,
            );
        }
        out.push_str("</w:tr></w:tbl><w:p/>");
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

/// The diagram's raster copy and its size on the page.
struct Diagram {
    png: Vec<u8>,
    width_emu: u64,
    height_emu: u64,
}

impl Diagram {
    fn of(svg: &str) -> Result<Self, DocxError> {
        let (width_mm, height_mm) = svg_size_mm(svg).unwrap_or((297.0, 210.0));
        // 192 dpi, unless that makes too many pixels.
        let pixels_at_96 = f64::from(width_mm) * f64::from(height_mm) * (96.0_f64 / 25.4).powi(2);
        let scale = (MAX_DIAGRAM_PIXELS / pixels_at_96.max(1.0)).sqrt().min(2.0);
        let png = crate::export::svg_to_png(svg, (scale as f32).max(0.1))?;
        let width_twips = u64::from(CONTENT_WIDTH);
        let ratio = f64::from(height_mm) / f64::from(width_mm.max(1.0));
        let mut height_twips = (width_twips as f64 * ratio) as u64;
        let mut width = width_twips;
        if height_twips > u64::from(MAX_DIAGRAM_HEIGHT) {
            let shrink = f64::from(MAX_DIAGRAM_HEIGHT) / height_twips as f64;
            {
                width = (width as f64 * shrink) as u64;
            }
            height_twips = u64::from(MAX_DIAGRAM_HEIGHT);
        }
        Ok(Self {
            png,
            width_emu: width * EMU_PER_TWIP,
            height_emu: height_twips * EMU_PER_TWIP,
        })
    }

    /// The picture, inline and centred: the PNG, with the SVG beside it for Word 2016 and
    /// later (Office's `svgBlip` extension).
    fn drawing(&self, out: &mut String, title: &str) {
        let (cx, cy) = (self.width_emu, self.height_emu);
        out.push_str(&format!(
            r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Diagram" descr="{}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="diagram.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdPng"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rIdSvg"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#,
            attr(title)
        ));
    }
}

/// The page size the diagram SVG declares (`width="…mm" height="…mm"` on its root).
fn svg_size_mm(svg: &str) -> Option<(f32, f32)> {
    let start = svg.find("<svg")?;
    let root = svg.get(start..)?.split('>').next()?;
    let value = |name: &str| -> Option<f32> {
        let after = root.split(&format!(" {name}=\"")).nth(1)?;
        let number = after.split('"').next()?.strip_suffix("mm")?;
        number.parse().ok().filter(|value: &f32| *value > 0.0)
    };
    Some((value("width")?, value("height")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_svg_page_size_is_read_from_its_root() {
        let svg = r#"<?xml version="1.0"?><svg xmlns="x" width="420.5mm" height="297mm" viewBox="0 0 1 1">"#;
        assert_eq!(svg_size_mm(svg), Some((420.5, 297.0)));
        assert_eq!(svg_size_mm("<svg width=\"10px\">"), None);
    }
}
