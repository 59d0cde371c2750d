//! The DPIA report and the diagram exports, read back as a DPO's tools would: golden SVG and
//! Markdown for each sample, the same bytes every time in every format, PDFs whose text
//! (Chinese included) can be extracted and whose fonts are embedded, HTML that shows markup in
//! a label as text, and empty sections that say what is missing.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use borderflow::export::{DiagramFormat, SvgOptions, diagram_bytes, diagram_svg};
use borderflow::model::{Jurisdiction, Language, Map};
use borderflow::report::{self, Block, Report};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{ENGLISH_SAMPLES, day, sample};

fn report_of(map: &Map, language: Language) -> Report {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    report::build(&Evaluated::new(map, &evaluation, &rulebook).in_language(language))
}

/// Runs a poppler tool on a PDF, or `None` where poppler-utils is not installed (CI installs
/// it, so there these checks always run).
fn poppler(tool: &str, pdf: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("out.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = match Command::new(tool).arg(&path).arg("-").output() {
        Ok(output) => output,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("{tool} is not installed: PDF checks skipped");
            return None;
        }
        Err(error) => panic!("{tool} is needed on CI: {error}"),
    };
    assert!(output.status.success(), "{tool} failed: {output:?}");
    Some(String::from_utf8(output.stdout).unwrap())
}

fn pdf_fonts(pdf: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("out.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdffonts").arg(&path).output().ok()?;
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn the_svg_and_markdown_of_each_sample_match_their_golden_files() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
        let svg = diagram_svg(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &SvgOptions::default(),
        );
        insta::assert_snapshot!(format!("{name}.svg"), svg);
        let markdown = report::to_markdown(&report_of(&map, Language::English), "diagram.svg");
        insta::assert_snapshot!(format!("{name}.md"), markdown);
    }
}

#[test]
fn the_same_map_gives_the_same_bytes_in_every_format() {
    let map = sample("pearl-delta-hengqin");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let options = SvgOptions::default();
    for format in [DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf] {
        let first = diagram_bytes(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &options,
            format,
            1.0,
        )
        .unwrap();
        let again = diagram_bytes(
            &Evaluated::new(&map.clone(), &evaluation, &Rulebook::builtin().unwrap()),
            &options,
            format,
            1.0,
        )
        .unwrap();
        assert!(first == again, "{format:?} differs between two runs");
    }
    let report = report_of(&map, Language::TraditionalChinese);
    let again = report_of(&map.clone(), Language::TraditionalChinese);
    assert_eq!(report::to_html(&report), report::to_html(&again));
    assert_eq!(
        report::to_markdown(&report, "d.svg"),
        report::to_markdown(&again, "d.svg")
    );
    let pdf = report::to_pdf(&report).unwrap();
    assert!(pdf == report::to_pdf(&again).unwrap(), "the PDF differs");
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn the_pdf_report_has_extractable_chinese_text_and_embedded_fonts() {
    let mut map = sample("pearl-delta-hengqin");
    let mut site = map
        .sites()
        .find(|site| site.jurisdiction == Jurisdiction::Macau)
        .unwrap()
        .clone();
    site.name = "澳門總部 Sede de Macau".to_owned();
    map.replace_site(site).unwrap();
    let pdf = report::to_pdf(&report_of(&map, Language::TraditionalChinese)).unwrap();
    // Declared PDF/A-2b in its XMP metadata (krilla refuses to write what breaks it).
    let bytes = String::from_utf8_lossy(&pdf);
    assert!(bytes.contains("pdfaid:part>2<") && bytes.contains("pdfaid:conformance>B<"));
    // Marked as Chinese of Macau in Traditional script.
    assert!(bytes.contains("zh-Hant-MO"), "the PDF's language");
    assert!(!bytes.contains("zh-TW"));
    let Some(text) = poppler("pdftotext", &pdf) else {
        return;
    };
    assert!(text.contains("個人資料保護影響評估"), "{text}");
    assert!(text.contains("澳門總部"), "the Chinese site name is text");
    assert!(text.contains("DingTalk (Hangzhou)"));
    for heading in [
        "1. 處理活動說明",
        "7. 風險熱圖",
        "10. 規則版本、日期及注意事項",
    ] {
        assert!(text.contains(heading), "{heading} missing");
    }
    let fonts = pdf_fonts(&pdf).unwrap();
    let faces: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!faces.is_empty(), "{fonts}");
    // Columns: name type encoding emb sub uni: every font embedded.
    for face in faces {
        let columns: Vec<&str> = face.split_whitespace().collect();
        let embedded = columns.iter().rev().nth(4);
        assert_eq!(embedded, Some(&"yes"), "not embedded: {face}");
    }
}

#[test]
fn the_diagram_pdf_is_one_page_with_its_names_as_text() {
    let map = sample("banco-estrela-evidence");
    let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
    let options = SvgOptions::default();
    let pdf = diagram_bytes(
        &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
        &options,
        DiagramFormat::Pdf,
        1.0,
    )
    .unwrap();
    let Some(text) = poppler("pdftotext", &pdf) else {
        return;
    };
    assert_eq!(text.matches('\u{c}').count(), 1, "one page");
    for site in map.sites() {
        let first_word = site.name.split_whitespace().next().unwrap();
        assert!(text.contains(first_word), "{} not in the PDF", site.name);
    }
}

#[test]
fn markup_in_a_label_is_shown_as_text_in_html_and_markdown() {
    let mut map = sample("lotus-trading-dingtalk");
    let hostile = "<script>alert(1)</script> & \"quotes\"";
    map.meta.title = hostile.to_owned();
    let id = map.sites().next().unwrap().id.clone();
    let mut site = map.site(&id).unwrap().clone();
    site.name = hostile.to_owned();
    map.replace_site(site).unwrap();
    map.assessment.dpia.necessity = "<img src=x onerror=alert(2)>".to_owned();
    let report = report_of(&map, Language::English);
    let html = report::to_html(&report);
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<img"), "an img tag got through");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // The inline diagram is well-formed XML with the label as text.
    let start = html.find("<svg").unwrap();
    let end = html.rfind("</svg>").unwrap() + "</svg>".len();
    let svg = roxmltree::Document::parse(&html[start..end]).unwrap();
    assert!(
        svg.descendants()
            .filter_map(|node| node.text())
            .any(|text| text.contains("<script>"))
    );
    let markdown = report::to_markdown(&report, "d.svg");
    assert!(!markdown.contains("<script"));
    assert!(!markdown.contains("<img"));
}

#[test]
fn an_empty_map_gives_every_section_saying_what_is_missing() {
    let map = Map::default();
    for language in [
        Language::English,
        Language::TraditionalChinese,
        Language::Portuguese,
    ] {
        let report = report_of(&map, language);
        let headings = report
            .blocks
            .iter()
            .filter(|block| matches!(block, Block::Heading(_)))
            .count();
        // The executive summary, sections 1 to 11 and the filing annexes.
        assert_eq!(headings, 12 + report::Annex::ALL.len(), "{language:?}");
        let missing = report
            .blocks
            .iter()
            .filter(|block| matches!(block, Block::Missing(_)))
            .count();
        assert!(missing >= 6, "{language:?}: {missing} missing notes");
        assert!(report.blocks.contains(&Block::Diagram));
        assert!(report.blocks.contains(&Block::Heatmaps));
        // Every format can be written from it.
        assert!(report::to_pdf(&report).unwrap().starts_with(b"%PDF"));
        assert!(report::to_html(&report).contains("</html>"));
    }
    let portuguese = report::to_markdown(&report_of(&map, Language::Portuguese), "d.svg");
    assert!(portuguese.contains("Avaliação de impacto"));
}

#[test]
fn the_report_carries_treatments_sign_off_and_the_plan() {
    let mut map = sample("lotus-trading-dingtalk");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let id = evaluation.findings[0].id.clone();
    map.assessment.treatments.insert(
        id.to_string(),
        borderflow::model::Treatment {
            status: borderflow::model::TreatmentStatus::Accepted,
            owner: "Ana Lei".into(),
            due: Some("2026-10-01".parse().unwrap()),
            justification: "Temporary until the March migration".into(),
            residual_severity: Some(borderflow::model::Severity::Low),
            residual_likelihood: Some(borderflow::model::Likelihood::Unlikely),
        },
    );
    map.assessment.sign_off.assessor = "Ana Lei".into();
    let unsigned = map.clone();
    borderflow::assessment::sign(
        &mut map.assessment,
        &unsigned,
        borderflow::model::SignOffStep::Assessed,
        day(),
    )
    .unwrap();
    let markdown = report::to_markdown(&report_of(&map, Language::English), "d.svg");
    assert!(markdown.contains("Temporary until the March migration"));
    // Dates in the report are written in the language's long form.
    assert!(
        markdown.contains("Ana Lei · 22 November 2026"),
        "{markdown}"
    );
    assert!(markdown.contains("2×2 (low)"));
    // The accepted finding is off the action plan; the open ones are on it.
    let plan = markdown.split("## 8\\.").nth(1).unwrap();
    let plan = plan.split("## 9\\.").next().unwrap();
    let rule = id.rule();
    let subject = id.subject();
    assert!(
        !plan
            .lines()
            .any(|line| line.contains(rule) && line.contains(subject)),
        "{plan}"
    );
    assert!(plan.contains("Unassigned"));
}

#[test]
fn the_vocabulary_is_in_the_report_s_language() {
    let map = sample("lotus-trading-dingtalk");
    let chinese = report::to_markdown(&report_of(&map, Language::TraditionalChinese), "d.svg");
    // The terms of the Macau government's own lists (glossary section 17).
    assert!(
        chinese.contains("報酬、給付及福利資料"),
        "payroll in Chinese"
    );
    assert!(chinese.contains("澳門特別行政區"));
    assert!(!chinese.contains("| Payroll"));
    let portuguese = report::to_markdown(&report_of(&map, Language::Portuguese), "d.svg");
    assert!(portuguese.contains("Remunerações, prestações e regalias"));
    assert!(
        portuguese.contains("Não registado"),
        "the missing legal basis"
    );
}

#[test]
fn the_report_shows_the_mainland_totals_of_each_exporting_entity_and_why_findings_fired() {
    let csv = "flow_id,from,from_jurisdiction,from_entity,to,to_jurisdiction,data_classes,subjects_per_year,legal_basis\n\
               sz,Shenzhen office,CN-GBA,Pearl Delta Shenzhen Co.,HK office,HK,health,6000,consent\n\
               sh,Shanghai office,CN,,HK office,HK,health,7000,consent\n";
    let mut map = borderflow::io::parse_inventory(csv.as_bytes(), Default::default()).unwrap();
    map.meta.organisation = "Pearl Delta Group".into();
    let markdown = report::to_markdown(&report_of(&map, Language::English), "d.svg");
    assert!(markdown.contains("Per exporting entity"), "{markdown}");
    assert!(
        // Counts are grouped as the language writes them.
        markdown.contains("Pearl Delta Shenzhen Co.: 6,000")
            && markdown.contains("the map's organisation: 7,000"),
        "{markdown}"
    );
    assert!(markdown.contains("Why each finding fired"), "{markdown}");
    // Reasons are grouped by rule like the register: each reason once, with its flows by number.
    let sh = map
        .flows()
        .position(|view| view.flow.id.as_str() == "sh")
        .unwrap()
        + 1;
    let why = markdown.split("Why each finding fired").nth(1).unwrap();
    assert!(
        why.lines()
            .any(|line| line.starts_with("- CN-06: ") && line.contains(&format!("F{sh}"))),
        "{why}"
    );
}

/// Whether `c` is written in Chinese: a CJK ideograph or CJK or full-width punctuation.
fn is_chinese(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff5e}')
}

#[test]
fn chinese_reports_use_chinese_brackets_and_colons_after_chinese_text() {
    let rulebook = Rulebook::builtin().unwrap();
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let evaluation = rulebook.evaluate(&map, day());
        for language in [Language::TraditionalChinese, Language::SimplifiedChinese] {
            let built =
                report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(language));
            let text = report::to_markdown(&built, "diagram.svg");
            let chars: Vec<char> = text.chars().collect();
            for (at, window) in chars.windows(3).enumerate() {
                let after = if window[1] == ' ' {
                    window[2]
                } else {
                    window[1]
                };
                if is_chinese(window[0]) && matches!(after, '(' | ':') {
                    let from = at.saturating_sub(30);
                    let context: String = chars[from..(at + 30).min(chars.len())].iter().collect();
                    panic!("{name} ({language:?}): an ASCII {after:?} after Chinese: {context}");
                }
            }
        }
    }
}

#[test]
fn the_pdf_reads_its_sections_in_order_with_the_diagram_page_at_section_2() {
    for name in ENGLISH_SAMPLES {
        let pdf = report::to_pdf(&report_of(&sample(name), Language::English)).unwrap();
        let Some(text) = poppler("pdftotext", &pdf) else {
            return;
        };
        let at = |heading: &str| {
            text.lines()
                .position(|line| line.trim() == heading)
                .unwrap_or_else(|| panic!("{name}: no heading {heading}"))
        };
        let order = [
            "1. Processing description",
            "2. Data-flow diagram",
            "3. Flow inventory",
            "4. Filing questions",
        ]
        .map(at);
        assert!(order.is_sorted(), "{name}: sections at lines {order:?}");
        // The diagram's page holds section 2 alone: section 3 starts on the next page.
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let page_of = |heading: &str| pages.iter().position(|page| page.contains(heading));
        assert_eq!(
            page_of("3. Flow inventory"),
            page_of("2. Data-flow diagram").map(|page| page + 1),
            "{name}"
        );
    }
}

#[test]
fn the_worst_open_risks_come_worst_inherent_severity_first() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
        let markdown = report::to_markdown(&report_of(&map, Language::English), "d.svg");
        let listed: Vec<&str> = markdown
            .split("### The worst open risks")
            .nth(1)
            .unwrap()
            .lines()
            .skip_while(|line| line.is_empty())
            .take_while(|line| line.starts_with("- "))
            .map(|line| line[2..].split(" · ").next().unwrap())
            .collect();
        assert!(!listed.is_empty(), "{name}");
        let severities: Vec<_> = listed
            .iter()
            .map(|rule| {
                evaluation
                    .findings
                    .iter()
                    .filter(|finding| finding.rule() == *rule)
                    .map(|finding| finding.severity)
                    .max()
                    .unwrap()
            })
            .collect();
        assert!(
            severities.is_sorted_by(|a, b| a >= b),
            "{name}: {listed:?} have severities {severities:?}"
        );
    }
}

#[test]
fn the_pdf_has_a_bookmark_for_each_section_and_annex_on_its_page() {
    let pdf = report::to_pdf(&report_of(
        &sample("pearl-delta-hengqin"),
        Language::English,
    ))
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("r.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let output = match Command::new("pdftohtml")
        .args(["-xml", "-stdout", "-i"])
        .arg(&path)
        .output()
    {
        Ok(output) => output,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftohtml is not installed: bookmark check skipped");
            return;
        }
        Err(error) => panic!("pdftohtml is needed on CI: {error}"),
    };
    let xml = String::from_utf8(output.stdout).unwrap();
    let bookmarks: Vec<(usize, String)> = xml
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("<item page=\"")?;
            let (page, rest) = rest.split_once("\">")?;
            let title = rest.strip_suffix("</item>")?;
            Some((page.parse().ok()?, title.to_owned()))
        })
        .collect();
    let titles: Vec<&str> = bookmarks.iter().map(|(_, title)| title.as_str()).collect();
    for wanted in [
        "1. Processing description",
        "2. Data-flow diagram",
        "11. Conclusion and decision",
        "Annex A. Notification to the PDPB",
        "Annex E. PIPIA outline",
    ] {
        assert!(titles.contains(&wanted), "no bookmark {wanted}: {titles:?}");
    }
    // Each bookmark leads to the page its heading is printed on.
    let Some(text) = poppler("pdftotext", &pdf) else {
        return;
    };
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for (page, title) in &bookmarks {
        assert!(
            pages[page - 1].lines().any(|line| line.trim() == title),
            "{title} is not on page {page}"
        );
    }
}

#[test]
fn the_report_and_the_diagram_say_their_rules_date_is_macaus() {
    let map = sample("pearl-delta-hengqin");
    for (language, words) in [
        (Language::English, "Macau time"),
        (Language::TraditionalChinese, "澳門時間"),
        (Language::Portuguese, "hora de Macau"),
        (Language::SimplifiedChinese, "澳门时间"),
    ] {
        let markdown = report::to_markdown(&report_of(&map, language), "d.svg");
        assert!(markdown.contains(words), "{language:?}");
    }
    let svg = common::svg_of(&map);
    assert!(
        common::svg_texts(&svg)
            .iter()
            .any(|text| text.contains("rules as of (Macau time)")),
        "the diagram's title block"
    );
}
