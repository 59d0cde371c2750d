//! Bad input on the diagram page: names of 10,000 characters, empty and blank names, 500 flows
//! between two sites, sites far away, positions that are not numbers. Each gives a readable page
//! or a clear error, never a panic or a silently unreadable page. Also the page in each
//! language, severity readable without colour, and the PDF's text read back whole.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use borderflow::export::{
    DiagramError, DiagramFormat, SvgOptions, diagram_bytes, diagram_page, diagram_svg,
};
use borderflow::io::{load_map, parse_map};
use borderflow::layout::slot_position;
use borderflow::model::{
    DataClass, Flow, FlowId, Jurisdiction, Language, Map, MapMeta, Point, Site, SiteId, SiteKind,
};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{day, pdf_text, svg_texts};

fn options() -> SvgOptions {
    SvgOptions::default()
}

fn page(map: &Map, language: Language) -> Result<String, DiagramError> {
    let evaluation = Rulebook::builtin().unwrap().evaluate(map, day());
    diagram_page(
        &Evaluated::new(map, &evaluation, &Rulebook::builtin().unwrap()).in_language(language),
        &options(),
    )
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

fn site(map: &mut Map, id: &str, name: &str, jurisdiction: Jurisdiction, at: Point) {
    let mut site = Site::new(
        SiteId::new(id).unwrap(),
        name,
        SiteKind::Office,
        jurisdiction,
    );
    site.position = Some(at);
    map.add_site(site).unwrap();
}

fn flow(map: &mut Map, id: &str, from: &str, to: &str) {
    let mut flow = Flow::new(
        FlowId::new(id).unwrap(),
        SiteId::new(from).unwrap(),
        SiteId::new(to).unwrap(),
    );
    flow.data_classes = [DataClass::Payroll].into();
    map.add_flow(flow).unwrap();
}

/// Two sites a row apart in Macau and the Mainland, one flow between them.
fn pair() -> Map {
    let mut map = Map::new(MapMeta {
        title: "Pair".to_owned(),
        ..MapMeta::default()
    });
    site(
        &mut map,
        "a",
        "Head office",
        Jurisdiction::Macau,
        slot_position(Jurisdiction::Macau.lane(), 0),
    );
    site(
        &mut map,
        "b",
        "DingTalk",
        Jurisdiction::Mainland,
        slot_position(Jurisdiction::Mainland.lane(), 0),
    );
    flow(&mut map, "f", "a", "b");
    map
}

fn rename(map: &mut Map, id: &str, name: &str) {
    let mut site = map.site(&SiteId::new(id).unwrap()).unwrap().clone();
    site.name = name.to_owned();
    map.replace_site(site).unwrap();
}

fn move_to(map: &mut Map, id: &str, at: Point) {
    let mut site = map.site(&SiteId::new(id).unwrap()).unwrap().clone();
    site.position = Some(at);
    map.replace_site(site).unwrap();
}

#[test]
fn a_name_of_10000_characters_is_cut_on_its_card_and_printed_whole_in_the_key() {
    let mut map = pair();
    let name = "Sucursal de Macau do Banco Nacional Ultramarino ".repeat(210);
    let name = name.trim();
    assert!(name.chars().count() > 10_000);
    rename(&mut map, "a", name);
    let svg = page(&map, Language::English).unwrap();
    let texts = svg_texts(&svg);
    assert!(
        texts.iter().any(|t| squeeze(t) == squeeze(name) + "·MO"),
        "the key holds the whole name"
    );
    let card = texts
        .iter()
        .find(|t| t.starts_with("Sucursal") && t.ends_with('…'))
        .expect("the card shows the start of the name");
    assert!(card.chars().count() < 200, "{card}");
}

#[test]
fn empty_and_blank_names_show_the_site_id() {
    let mut map = pair();
    rename(&mut map, "a", "");
    rename(&mut map, "b", "   \t ");
    for (language, word) in [
        (Language::English, "unnamed site"),
        (Language::TraditionalChinese, "未命名地點"),
    ] {
        let texts = svg_texts(&page(&map, language).unwrap());
        for id in ["a", "b"] {
            assert!(
                texts.iter().any(|t| t == &format!("({word}: {id})")),
                "{language:?} {id}: {texts:?}"
            );
        }
    }
}

#[test]
fn five_hundred_flows_between_two_sites_are_one_arrow_each_way_with_every_flow_in_the_key() {
    let mut map = pair();
    for i in 0..500 {
        let (from, to) = if i % 5 == 0 { ("b", "a") } else { ("a", "b") };
        flow(&mut map, &format!("g{i:03}"), from, to);
    }
    let svg = page(&map, Language::English).unwrap();
    let document = roxmltree::Document::parse(&svg).unwrap();
    let flows = document
        .descendants()
        .find(|n| n.attribute("id") == Some("flows"))
        .unwrap();
    let arrows = flows.children().filter(roxmltree::Node::is_element).count();
    assert_eq!(arrows, 2, "one arrow each way");
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t.contains("401 flows")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("100 flows")));
    // Every flow is listed by its number under the diagram.
    for number in 1..=501 {
        let tag = format!("F{number}");
        assert!(texts.iter().any(|t| t == &tag), "{tag}");
    }
}

#[test]
fn a_site_far_away_is_refused_naming_it_not_drawn_at_one_percent() {
    for far in [Point::new(160.0, 100_000.0), Point::new(1e9, -1e9)] {
        let mut map = pair();
        move_to(&mut map, "b", far);
        let error = page(&map, Language::English).unwrap_err();
        let message = error.to_string();
        assert!(
            matches!(error, DiagramError::Unreadable { .. }),
            "{message}"
        );
        assert!(message.contains("`b`"), "{message}");
        assert!(message.contains("Tidy layout"), "{message}");
        // The other writers refuse too, and the report prints the reason as its diagram page.
        let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
        for format in [DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf] {
            assert!(
                diagram_bytes(
                    &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
                    &options(),
                    format,
                    1.0
                )
                .is_err()
            );
        }
        let notice = svg_texts(&diagram_svg(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &options(),
        ))
        .join(" ");
        assert!(notice.contains("cannot be printed readably"), "{notice}");
        // A Chinese report gives the reason in Chinese, naming the same site.
        let chinese = diagram_svg(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap())
                .in_language(Language::TraditionalChinese),
            &options(),
        );
        let notice = svg_texts(&chinese).join("");
        assert!(notice.contains("無法以可閱讀的大小列印"), "{notice}");
        assert!(notice.contains("「b」"), "{notice}");
        assert!(!notice.contains("cannot"), "{notice}");
    }
}

#[test]
fn the_export_command_exits_1_with_the_reason_for_an_unreadable_map() {
    let folder = tempfile::tempdir().unwrap();
    let mut map = pair();
    move_to(&mut map, "b", Point::new(800.0, 100_000.0));
    let input = folder.path().join("far.ron");
    borderflow::io::save_map(&input, &map).unwrap();
    let out = folder.path().join("far.svg");
    let output = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args([
            "export",
            &input.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("far.ron"), "{stderr}");
    assert!(stderr.contains("cannot be printed readably"), "{stderr}");
    assert!(!out.exists(), "no unreadable page is written");
}

#[test]
fn positions_that_are_not_numbers_are_refused_when_the_file_is_read() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron"),
    )
    .unwrap();
    for bad in ["NaN", "inf"] {
        let broken = text.replacen(
            "position: (160.0, 380.0)",
            &format!("position: ({bad}, 380.0)"),
            1,
        );
        assert_ne!(broken, text);
        let error = parse_map(broken.as_bytes()).unwrap_err().to_string();
        assert!(error.contains("coloane-showroom"), "{error}");
    }
}

#[test]
fn each_severity_has_its_own_marker_shape_and_width_so_grey_prints_keep_it() {
    use borderflow::model::Severity;
    use borderflow::scene::{Mark, severity_marker, theme};
    let shapes: Vec<String> = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ]
    .into_iter()
    .map(
        |severity| match severity_marker(severity, Point::new(0.0, 0.0)) {
            Mark::Shape { points, fill, .. } => {
                format!("shape {} {}", points.len(), fill.is_some())
            }
            Mark::Box { fill, .. } => format!("box {}", fill.is_some()),
            Mark::Circle { fill, .. } => format!("circle {}", fill.is_some()),
            other => format!("{other:?}"),
        },
    )
    .collect();
    let mut distinct = shapes.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 5, "{shapes:?}");
    assert!(
        theme::flow_width(Some(Severity::Critical), false)
            > theme::flow_width(Some(Severity::Medium), false)
    );
    // On the page, the Lotus sample's critical flows carry the critical marker in their label.
    let map =
        load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron"))
            .unwrap();
    let svg = page(&map, Language::English).unwrap();
    let document = roxmltree::Document::parse(&svg).unwrap();
    let labels = document
        .descendants()
        .find(|n| n.attribute("id") == Some("labels"))
        .unwrap();
    let diamonds = labels
        .descendants()
        .filter(|n| {
            n.has_tag_name("polygon")
                && n.attribute("points")
                    .is_some_and(|p| p.split(' ').count() == 4)
        })
        .count();
    assert!(diamonds >= 1, "a critical flow's label has its diamond");
}

#[test]
fn the_page_speaks_the_chosen_language() {
    let map =
        load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron"))
            .unwrap();
    for (language, lane, legend, class) in [
        (Language::English, "Macau", "Legend", "Attendance"),
        (Language::TraditionalChinese, "澳門", "圖例", "考勤"),
        (Language::Portuguese, "Macau", "Legenda", "Assiduidade"),
    ] {
        let texts = svg_texts(&page(&map, language).unwrap());
        assert!(texts.iter().any(|t| t == lane), "{language:?}");
        assert!(texts.iter().any(|t| t == legend), "{language:?}");
        assert!(
            texts.iter().any(|t| t.contains(class)),
            "{language:?}: {texts:?}"
        );
    }
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("pd.svg");
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron");
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_borderflow"))
            .args([
                "export",
                &input.to_string_lossy(),
                "-o",
                &out.to_string_lossy(),
            ])
            .args(["--as-of", "2026-11-22", "--lang", lang])
            .output()
            .unwrap()
    };
    assert!(run("zh-Hant").status.success());
    assert!(std::fs::read_to_string(&out).unwrap().contains("圖例"));
    assert_eq!(run("fr").status.code(), Some(1));
}

#[test]
fn the_pdf_text_has_every_name_whole_and_no_cut_lane_title() {
    for name in [
        "lotus-trading-dingtalk.ron",
        "pearl-delta-hengqin.ron",
        "banco-estrela-evidence.ron",
    ] {
        let map = load_map(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("samples")
                .join(name),
        )
        .unwrap();
        let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
        let pdf = diagram_bytes(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &options(),
            DiagramFormat::Pdf,
            1.0,
        )
        .unwrap();
        let Some(text) = pdf_text(&pdf) else {
            return;
        };
        let all = squeeze(&text);
        for site in map.sites() {
            assert!(all.contains(&squeeze(&site.name)), "{name}: {}", site.name);
        }
        // Lane titles are whole lines, never fragments such as "Ho" or "Hon".
        for line in text.lines().map(str::trim) {
            assert!(
                !matches!(line, "Ho" | "Hon" | "Hong" | "Ma" | "Mac" | "Maca"),
                "{name}: fragment {line:?}"
            );
        }
    }
}

#[test]
fn the_report_draws_the_diagram_in_its_language_on_a_page_the_size_of_its_sheet() {
    let rulebook = Rulebook::builtin().unwrap();
    let map =
        load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron"))
            .unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let chinese = borderflow::report::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::TraditionalChinese),
    );
    assert!(
        chinese.diagram_svg.contains("圖例"),
        "the legend in Chinese"
    );
    // A map too large for A4 keeps its larger sheet on the report's diagram page.
    let big = borderflow::generate::synthetic_map(60, 90, 3);
    let evaluation = rulebook.evaluate(&big, day());
    let report = borderflow::report::build(
        &Evaluated::new(&big, &evaluation, &rulebook).in_language(Language::English),
    );
    let pdf = borderflow::report::to_pdf(&report).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let Ok(output) = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "8"])
        .arg(&path)
        .output()
    else {
        assert!(std::env::var_os("CI").is_none(), "pdfinfo is needed on CI");
        return;
    };
    let info = String::from_utf8(output.stdout).unwrap();
    let widest = info
        .lines()
        .filter(|line| line.starts_with("Page") && line.contains("size:"))
        .filter_map(|line| {
            line.split("size:")
                .nth(1)?
                .split_whitespace()
                .next()?
                .parse::<f32>()
                .ok()
        })
        .fold(0.0, f32::max);
    assert!(widest > 842.0, "the diagram page is wider than A4: {info}");
}
