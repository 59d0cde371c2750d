//! The fixed parts of the Word package: content types, relationships, styles (real headings,
//! so Word's navigation pane and a table of contents find them), fonts named for Latin and
//! Chinese text, the bullet list, the footer with page numbers, and the document properties.

use super::xml::{attr, text};
use crate::model::{Date, Language};

/// The Latin font: on every Windows and macOS machine.
const LATIN_FONT: &str = "Arial";

/// The Chinese font a language asks Word for, and what macOS has in its place.
fn east_asian_font(language: Language) -> (&'static str, &'static str, &'static str) {
    match language {
        Language::SimplifiedChinese => ("Microsoft YaHei", "PingFang SC", "86"),
        // Macau and Hong Kong write Traditional characters, in every report language.
        _ => ("Microsoft JhengHei", "PingFang TC", "88"),
    }
}

/// The language tags Word marks text with: Chinese of Macau (Word knows no Portuguese of Macau).
fn language_tags(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::English => ("en-GB", "zh-MO"),
        Language::TraditionalChinese => ("zh-MO", "zh-MO"),
        Language::Portuguese => ("pt-PT", "zh-MO"),
        Language::SimplifiedChinese => ("zh-CN", "zh-CN"),
    }
}

pub(super) const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="svg" ContentType="image/svg+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

pub(super) const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

/// The document's relationships; the images only when the report has a diagram.
pub(super) fn document_rels(diagram: bool) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
    );
    if diagram {
        out.push_str(r#"<Relationship Id="rIdPng" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/diagram.png"/><Relationship Id="rIdSvg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/diagram.svg"/>"#);
    }
    out.push_str("</Relationships>");
    out
}

pub(super) const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

/// The fonts the document names, with what to use where they are missing.
pub(super) fn font_table(language: Language) -> String {
    let (chinese, mac, charset) = east_asian_font(language);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="{LATIN_FONT}"><w:altName w:val="Helvetica"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="{chinese}"><w:altName w:val="{mac}"/><w:charset w:val="{charset}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>"#
    )
}

/// One paragraph style.
fn style(id: &str, name: &str, paragraph: &str, run: &str) -> String {
    format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>{paragraph}</w:pPr><w:rPr>{run}</w:rPr></w:style>"#
    )
}

/// The styles: fonts and language by default, the title, two heading levels, the warning of
/// something missing, the bullet list and the table look.
pub(super) fn styles(language: Language) -> String {
    let (chinese, _, _) = east_asian_font(language);
    let (lang, east_asia) = language_tags(language);
    let keep = r#"<w:keepNext/><w:keepLines/>"#;
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:cs="{LATIN_FONT}" w:eastAsia="{chinese}"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="{lang}" w:eastAsia="{east_asia}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
    );
    out += &style(
        "Title",
        "Title",
        r#"<w:spacing w:after="200"/>"#,
        r#"<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>"#,
    );
    out += &style(
        "Subtitle",
        "Subtitle",
        r#"<w:spacing w:after="60"/>"#,
        r#"<w:color w:val="5F646E"/>"#,
    );
    out += &style(
        "Heading1",
        "heading 1",
        &format!(
            r#"{keep}<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="CCCCDD"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>"#
        ),
        r#"<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    );
    out += &style(
        "Heading2",
        "heading 2",
        &format!(r#"{keep}<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>"#),
        r#"<w:b/><w:sz w:val="23"/><w:szCs w:val="23"/>"#,
    );
    out += &style(
        "Missing",
        "Missing answer",
        r#"<w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="D55E00"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF4E5"/>"#,
        "",
    );
    out += &style(
        "ListBullet",
        "List Bullet",
        r#"<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>"#,
        "",
    );
    out += &style(
        "Caption",
        "caption",
        "<w:keepNext/>",
        r#"<w:i/><w:color w:val="5F646E"/>"#,
    );
    out += r#"<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/><w:left w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/><w:right w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="CCCCDD"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style></w:styles>"#;
    out
}

pub(super) const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

/// The footer: "Page N of M" in the report's language, N and M as fields Word fills in.
/// `before`, `between` and `after` are the words around the two numbers.
pub(super) fn footer(before: &str, between: &str, after: &str) -> String {
    let run = |words: &str| {
        if words.is_empty() {
            String::new()
        } else {
            format!(
                r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
                text(words)
            )
        }
    };
    let field = |instruction: &str| {
        format!(r#"<w:fldSimple w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#)
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>{}{}{}{}{}</w:p></w:ftr>"#,
        run(before),
        field("PAGE"),
        run(between),
        field("NUMPAGES"),
        run(after)
    )
}

/// The document's title, language and date; the date is the evaluation's, so the same map and
/// day give the same file.
pub(super) fn core_properties(title: &str, language: Language, date: Date) -> String {
    let (lang, _) = language_tags(language);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>borderflow</dc:creator><dc:language>{lang}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified></cp:coreProperties>"#,
        text(title)
    )
}

pub(super) const APP_PROPERTIES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>borderflow</Application></Properties>"#;

/// The section: A4 portrait, 2 cm margins, the footer on every page.
pub(super) fn section() -> String {
    format!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{}" w:h="16838"/><w:pgMar w:top="1134" w:right="{MARGIN}" w:bottom="1134" w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#,
        attr(&PAGE_WIDTH.to_string())
    )
}

/// A4's width in twentieths of a point.
pub(super) const PAGE_WIDTH: u32 = 11_906;
/// The side margins (2 cm).
pub(super) const MARGIN: u32 = 1_134;
/// The width text and tables take.
pub(super) const CONTENT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;
/// The height the diagram may take, below a heading (about 22 cm).
pub(super) const MAX_DIAGRAM_HEIGHT: u32 = 12_500;
