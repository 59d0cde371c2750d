//! Diagram exports: valid, self-contained SVG with text as text, escaped, deterministic, one page.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use borderflow::export::{SvgOptions, diagram_svg};
use borderflow::model::{Date, SiteId};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{sample, svg_of, svg_texts};

#[test]
fn every_sample_exports_to_one_a4_page_with_its_names_as_text() {
    for name in [
        "lotus-trading-dingtalk.ron",
        "pearl-delta-hengqin.ron",
        "banco-estrela-evidence.ron",
    ] {
        let map = sample(name);
        let svg = svg_of(&map);
        let document = roxmltree::Document::parse(&svg).unwrap();
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("width"), Some("297mm"), "{name}");
        let texts = svg_texts(&svg);
        for site in map.sites() {
            // Whole: a name is never cut, only wrapped onto lines.
            let whole = |t: &String| {
                t.split_whitespace().collect::<String>()
                    == site.name.split_whitespace().collect::<String>()
            };
            assert!(
                texts.iter().any(whole),
                "{name}: {} missing from {texts:?}",
                site.name
            );
        }
        assert!(
            texts.iter().any(|t| t.contains(&map.meta.title)),
            "title block"
        );
        assert!(
            texts.iter().any(|t| t.contains("content hash")),
            "title block"
        );
        assert!(texts.iter().any(|t| t == "Legend"));
    }
}

#[test]
fn chinese_names_stay_text() {
    let texts = svg_texts(&svg_of(&sample("banco-estrela-evidence.ron")));
    assert!(texts.iter().any(|t| t == "Sede / 總行"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("星辰銀行")));
}

#[test]
fn markup_in_a_label_is_shown_as_text() {
    let mut map = sample("lotus-trading-dingtalk.ron");
    let id = SiteId::new("taipa-head-office").unwrap();
    let mut site = map.site(&id).unwrap().clone();
    site.name = "<script>alert(1)</script>".into();
    map.replace_site(site).unwrap();
    map.meta.title = "A & B <b>\"quoted\"</b>".into();
    let svg = svg_of(&map);
    let document = roxmltree::Document::parse(&svg).unwrap();
    assert!(
        !document
            .descendants()
            .any(|node| node.has_tag_name("script") || node.has_tag_name("b"))
    );
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t.starts_with("<script>")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("A & B <b>")), "{texts:?}");
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    let map = sample("pearl-delta-hengqin.ron");
    assert_eq!(svg_of(&map), svg_of(&map.clone()));
}

#[test]
fn a_big_map_gets_a_larger_sheet_and_a_map_without_positions_is_laid_out() {
    let mut map = borderflow::generate::synthetic_map(120, 200, 4);
    let sites: Vec<_> = map.sites().cloned().collect();
    for mut site in sites {
        site.position = None;
        map.replace_site(site).unwrap();
    }
    let svg = svg_of(&map);
    let document = roxmltree::Document::parse(&svg).unwrap();
    // 120 sites do not read on A4: the sheet is at least A3, cut to the diagram.
    let width: f32 = document
        .root_element()
        .attribute("width")
        .unwrap()
        .trim_end_matches("mm")
        .parse()
        .unwrap();
    assert!(width >= 420.0, "{width} mm");
    let paths = document
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .count();
    assert!(paths >= 200, "{paths} paths for 200 flows");
}

#[test]
fn the_export_command_writes_svg_png_and_pdf_and_refuses_other_formats() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("lotus.svg");
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_borderflow"))
            .args(args)
            .output()
            .unwrap()
    };
    let output = run(&[
        "export",
        &map.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
        "--as-of",
        "2026-11-22",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, svg_of(&sample("lotus-trading-dingtalk.ron")));
    let png_path = folder.path().join("lotus.png");
    let png = run(&[
        "export",
        &map.to_string_lossy(),
        "-o",
        &png_path.to_string_lossy(),
        "--scale",
        "1",
    ]);
    assert!(
        png.status.success(),
        "{}",
        String::from_utf8_lossy(&png.stderr)
    );
    assert!(std::fs::read(&png_path).unwrap().starts_with(b"\x89PNG"));
    let pdf_path = folder.path().join("lotus.pdf");
    let pdf = run(&[
        "export",
        &map.to_string_lossy(),
        "-o",
        &pdf_path.to_string_lossy(),
    ]);
    assert!(
        pdf.status.success(),
        "{}",
        String::from_utf8_lossy(&pdf.stderr)
    );
    assert!(std::fs::read(&pdf_path).unwrap().starts_with(b"%PDF-"));
    let other = run(&[
        "export",
        &map.to_string_lossy(),
        "-o",
        &folder.path().join("x.docx").to_string_lossy(),
    ]);
    assert_eq!(other.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&other.stderr).contains("exports write .svg, .png or .pdf"));
}

#[test]
fn the_report_command_writes_each_format_and_language() {
    let folder = tempfile::tempdir().unwrap();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pearl-delta-hengqin.ron");
    for (file, lang, expected) in [
        ("r.md", "pt", "Avaliação de impacto"),
        ("r.html", "zh-Hant", "個人資料保護影響評估"),
        ("r.pdf", "en", "%PDF-"),
    ] {
        let out = folder.path().join(file);
        let output = Command::new(env!("CARGO_BIN_EXE_borderflow"))
            .args([
                "report",
                &map.to_string_lossy(),
                "-o",
                &out.to_string_lossy(),
            ])
            .args(["--lang", lang, "--as-of", "2026-11-22"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains(expected), "{file}");
    }
    assert!(folder.path().join("r-diagram.svg").exists());
    let wrong = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args([
            "report",
            &map.to_string_lossy(),
            "-o",
            "r.pdf",
            "--lang",
            "fr",
        ])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
}

#[test]
fn png_is_the_svg_page_rasterised_at_the_chosen_scale() {
    let svg = svg_of(&sample("lotus-trading-dingtalk.ron"));
    let png = borderflow::export::svg_to_png(&svg, 1.0).unwrap();
    let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
    // A4 landscape at 96 dots per inch.
    assert_eq!((image.width(), image.height()), (1123, 794));
    let twice =
        resvg::tiny_skia::Pixmap::decode_png(&borderflow::export::svg_to_png(&svg, 2.0).unwrap())
            .unwrap();
    assert_eq!((twice.width(), twice.height()), (2246, 1588));
    assert_eq!(
        png,
        borderflow::export::svg_to_png(&svg, 1.0).unwrap(),
        "same map, same bytes"
    );
    // Dark pixels: the arrows, the cards and the title text, drawn with the bundled fonts.
    let dark = |x0: u32, y0: u32, x1: u32, y1: u32| {
        let mut count = 0;
        for y in y0..y1 {
            for x in x0..x1 {
                if image
                    .pixel(x, y)
                    .is_some_and(|p| p.red() < 120 && p.green() < 120)
                {
                    count += 1;
                }
            }
        }
        count
    };
    assert!(dark(0, 120, 1123, 700) > 1000, "the diagram is drawn");
    assert!(dark(28, 28, 600, 60) > 200, "the title is drawn");
    assert!(borderflow::export::svg_to_png(&svg, 0.0).is_err());
    assert!(borderflow::export::svg_to_png(&svg, 40.0).is_err());
}

#[test]
fn the_legend_marks_follow_the_rulebook_on_the_evaluation_date() {
    let mut map = sample("pearl-delta-hengqin.ron");
    let flow_id = map.flows().next().unwrap().flow.id.clone();
    let mut flow = map.flow(&flow_id).unwrap().flow.clone();
    flow.data_classes
        .insert(borderflow::model::DataClass::IdentityNumber);
    map.replace_flow(flow).unwrap();
    let legend_on = |as_of: &str| {
        let as_of: Date = as_of.parse().unwrap();
        let evaluation = Rulebook::builtin().unwrap().evaluate(&map, as_of);
        let svg = diagram_svg(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &SvgOptions::default(),
        );
        svg_texts(&svg)
    };
    // GB/T 45574-2025: an ID number alone stops being PIPL-sensitive on 2025-11-01. The legend
    // names the classes in the map's language.
    assert!(legend_on("2025-10-31").contains(&"Identity numbers [P]".to_owned()));
    let after = legend_on("2025-11-01");
    assert!(after.contains(&"Identity numbers".to_owned()), "{after:?}");
    assert!(after.contains(&"Identity documents [P]".to_owned()));
}
