//! Hostile input through every output: labels with markup, control characters, right-to-left
//! marks and 10,000-character names survive save and load exactly and come out escaped or
//! drawn in SVG, PNG, PDF, HTML, Markdown and CSV; formula-like cells are neutralised in the
//! CSV the tool writes; files of 100 MB and broken rule packs get a clear message; and arbitrary
//! text given as a rule pack never panics.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::export::{DiagramFormat, SvgOptions, diagram_bytes, diagram_svg};
use borderflow::io::{LoadError, inventory_to_csv, load_inventory, map_to_string, parse_map};
use borderflow::model::{Language, Map};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::{BUILTIN_PACKS, Rulebook};
use proptest::prelude::*;

mod common;
use common::day;

const MARKUP: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;";
const CONTROL: &str = "tab\there\u{7}bell\u{1b}[31mred\u{0}nul\r\nnewline";
const RTL: &str = "\u{202e}gpj.exe\u{202c} \u{200f}مرحبا\u{200f} שלום";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

/// The Lotus sample with every label made hostile.
fn hostile_map() -> Map {
    let mut map = parse_map(include_bytes!("../samples/lotus-trading-dingtalk.ron")).unwrap();
    let long = "澳門".repeat(2_500) + &"x".repeat(5_000);
    let names = [MARKUP, CONTROL, RTL, long.as_str()];
    let sites: Vec<_> = map.sites().cloned().collect();
    for (site, name) in sites.into_iter().zip(names.iter().cycle()) {
        let mut site = site;
        site.name = (*name).to_owned();
        site.city = FORMULA.to_owned();
        map.replace_site(site).unwrap();
    }
    let flows: Vec<_> = map.flows().map(|view| view.flow.clone()).collect();
    for (flow, text) in flows
        .into_iter()
        .zip([FORMULA, MARKUP, CONTROL, RTL].iter().cycle())
    {
        let mut flow = flow;
        flow.purpose = (*text).to_owned();
        flow.notes = "+SUM(A1:A9)".to_owned();
        map.replace_flow(flow).unwrap();
    }
    map.meta.title = format!("{MARKUP} {RTL}");
    map.meta.organisation = CONTROL.to_owned();
    map.assessment.dpia.necessity = MARKUP.to_owned();
    map
}

#[test]
fn hostile_labels_round_trip_through_the_map_file_exactly() {
    let map = hostile_map();
    let text = map_to_string(&map).unwrap();
    assert_eq!(parse_map(text.as_bytes()).unwrap(), map);
}

#[test]
fn hostile_labels_come_out_as_text_in_svg_png_and_pdf() {
    let map = hostile_map();
    let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
    let options = SvgOptions::default();
    let svg = diagram_svg(
        &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
        &options,
    );
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert!(
        !document
            .descendants()
            .any(|node| node.has_tag_name("script") || node.has_tag_name("img")),
        "markup became elements"
    );
    assert!(
        document
            .descendants()
            .filter_map(|node| node.text())
            .any(|text| text.contains("<script>")),
        "the markup label is shown as text"
    );
    for format in [DiagramFormat::Png, DiagramFormat::Pdf] {
        let bytes = diagram_bytes(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &options,
            format,
            1.0,
        )
        .unwrap();
        assert!(bytes.len() > 1_000, "{format:?}");
    }
}

#[test]
fn hostile_labels_are_escaped_in_every_report_format() {
    let map = hostile_map();
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    for language in [
        Language::English,
        Language::TraditionalChinese,
        Language::Portuguese,
    ] {
        let report =
            report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(language));
        let html = report::to_html(&report);
        assert!(!html.contains("<script") && !html.contains("<img"));
        assert!(!html.contains('\u{0}') && !html.contains('\u{1b}'));
        let markdown = report::to_markdown(&report, "d.svg");
        assert!(!markdown.contains("<script") && !markdown.contains('\u{1b}'));
        let pdf = report::to_pdf(&report).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}

#[test]
fn formula_like_cells_are_neutralised_in_the_csv_the_tool_writes() {
    let csv = inventory_to_csv(&hostile_map()).unwrap();
    for line in csv.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !(cell.starts_with(['=', '+', '@']) || cell.starts_with('-') && cell.len() > 1),
                "a cell a spreadsheet would run: {cell}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"));
}

#[test]
fn a_100_mb_file_gets_a_clear_message_not_a_read() {
    let folder = tempfile::tempdir().unwrap();
    for name in ["huge.csv", "huge.ron"] {
        let path = folder.path().join(name);
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(100 * 1024 * 1024).unwrap();
        let error = borderflow::io::load_map_or_inventory(&path).unwrap_err();
        assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
        assert!(error.to_string().contains(name), "{error}");
    }
    // The inventory path reads nothing either.
    let error = load_inventory(&folder.path().join("huge.csv")).unwrap_err();
    assert!(error.to_string().contains("MiB"), "{error}");
}

#[test]
fn a_huge_rule_pack_in_the_rules_folder_is_refused_by_name() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("custom.ron");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let error = Rulebook::builtin_with_folder(folder.path()).unwrap_err();
    assert!(error.to_string().contains("custom.ron"), "{error}");
}

fn builtin_pack(index: usize) -> (String, String) {
    let (name, text) = BUILTIN_PACKS[index % BUILTIN_PACKS.len()];
    (name.to_owned(), text.to_owned())
}

proptest! {
    // 256 cases each (proptest's default); PROPTEST_CASES=N runs longer.
    /// Any text given as a rule pack is refused or accepted, never a panic or a hang.
    #[test]
    fn arbitrary_text_as_a_rule_pack_never_panics(text in ".{0,400}") {
        let _ = Rulebook::from_sources(&[("fuzz.ron".to_owned(), text)]);
    }

    /// A built-in pack cut, with a span deleted or a character replaced, is refused with a
    /// message naming the file, or still builds.
    #[test]
    fn a_damaged_rule_pack_is_refused_with_its_name(
        pack in 0usize..8,
        cut in any::<prop::sample::Index>(),
        span in 0usize..40,
        replacement in prop::char::any(),
    ) {
        let (name, text) = builtin_pack(pack);
        let mut damaged: Vec<char> = text.chars().collect();
        let at = cut.index(damaged.len());
        let end = (at + span).min(damaged.len());
        damaged.splice(at..end, [replacement]);
        let damaged: String = damaged.into_iter().collect();
        if let Err(error) = Rulebook::from_sources(&[(name.clone(), damaged)]) {
            prop_assert!(error.to_string().contains(&name), "{}", error);
        }
    }
}

/// Noncharacters, bidirectional overrides and scripts no bundled font covers, in every label.
const NONCHARACTERS: &str = "Lisboa \u{fffe}\u{ffff}\u{fdd0}\u{1fffe} office";
const SPOOF: &str = "Invoice \u{202e}fdp.exe\u{202c} \u{2066}x\u{2069}\u{061c}\u{200f}";
const SCRIPTS: &str = "ภาษาไทย हिन्दी 🇲🇴 👩‍👩‍👧 𠀀 \u{e000}\u{f8ff} \u{10fffd} \u{50000} \u{0378}";

fn map_with_names(names: &[&str]) -> Map {
    let mut map = parse_map(include_bytes!("../samples/lotus-trading-dingtalk.ron")).unwrap();
    let sites: Vec<_> = map.sites().cloned().collect();
    for (site, name) in sites.into_iter().zip(names.iter().cycle()) {
        let mut site = site;
        site.name = (*name).to_owned();
        map.replace_site(site).unwrap();
    }
    map.meta.title = names.join(" ");
    map.assessment.dpia.necessity = names.join(" ");
    map
}

fn assert_nothing_hidden(format: &str, text: &str) {
    for c in text.chars() {
        assert!(
            !borderflow::text::is_hidden_or_forbidden(c) || matches!(c, '\n' | '\r' | '\t'),
            "{format}: U+{:04X} came out raw",
            u32::from(c)
        );
    }
}

#[test]
fn noncharacters_and_bidi_overrides_never_reach_an_output_raw() {
    let map = map_with_names(&[NONCHARACTERS, SPOOF]);
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let options = SvgOptions::default();
    let svg = diagram_svg(
        &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
        &options,
    );
    roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert_nothing_hidden("SVG", &svg);
    assert!(
        svg.contains("Invoice fdp.exe"),
        "the spoofed name reads as stored"
    );
    for format in [DiagramFormat::Png, DiagramFormat::Pdf] {
        let bytes = diagram_bytes(
            &Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()),
            &options,
            format,
            1.0,
        )
        .unwrap();
        assert!(bytes.len() > 1_000, "{format:?}");
    }
    let report =
        report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English));
    assert_nothing_hidden("HTML", &report::to_html(&report));
    assert_nothing_hidden("Markdown", &report::to_markdown(&report, "d.svg"));
    assert!(report::to_pdf(&report).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn the_report_pdf_shows_uncovered_scripts_as_question_marks_instead_of_failing() {
    for name in SCRIPTS.split(' ') {
        let map = map_with_names(&[name]);
        let rulebook = Rulebook::builtin().unwrap();
        let evaluation = rulebook.evaluate(&map, day());
        let report = report::build(
            &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
        );
        let pdf = report::to_pdf(&report);
        assert!(pdf.is_ok(), "{name:?}: {:?}", pdf.err());
    }
}

/// Text from the whole of Unicode: any scalar value, noncharacters, controls, bidi marks,
/// unassigned and private-use code points included.
fn any_unicode() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 1..24).prop_map(String::from_iter)
}

proptest! {
    // Each case draws the diagram three ways and writes the report in three formats: a few
    // dozen cases keep this to seconds; PROPTEST_CASES=N runs longer.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(24)
    ))]

    /// Whatever the names, every output is well formed and nothing hidden comes out raw.
    #[test]
    fn any_unicode_name_gives_valid_output_in_every_format(
        names in proptest::collection::vec(any_unicode(), 1..4)
    ) {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let map = map_with_names(&names);
        let text = map_to_string(&map).unwrap();
        prop_assert_eq!(&parse_map(text.as_bytes()).unwrap(), &map);
        let rulebook = Rulebook::builtin().unwrap();
        let evaluation = rulebook.evaluate(&map, day());
        let options = SvgOptions::default();
        let svg = diagram_svg(&Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()), &options);
        prop_assert!(roxmltree::Document::parse(&svg).is_ok(), "SVG does not parse");
        assert_nothing_hidden("SVG", &svg);
        for format in [DiagramFormat::Png, DiagramFormat::Pdf] {
            let bytes = diagram_bytes(&Evaluated::new(&map, &evaluation, &Rulebook::builtin().unwrap()), &options, format, 0.5);
            prop_assert!(bytes.is_ok(), "{:?}: {:?}", format, bytes.err());
        }
        let report = report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English));
        let html = report::to_html(&report);
        assert_nothing_hidden("HTML", &html);
        prop_assert!(!html.contains("<script"));
        assert_nothing_hidden("Markdown", &report::to_markdown(&report, "d.svg"));
        let pdf = report::to_pdf(&report);
        prop_assert!(pdf.is_ok(), "PDF report: {:?}", pdf.err());
        let pdf = pdf.unwrap();
        prop_assert!(pdf.starts_with(b"%PDF-") && pdf.trim_ascii_end().ends_with(b"%%EOF"));
    }
}

#[test]
fn a_semicolon_inventory_is_told_its_problem_in_semicolons() {
    let folder = tempfile::tempdir().unwrap();
    let csv = std::fs::read_to_string(common::sample_path("lotus-trading-dingtalk.csv")).unwrap();
    let path = folder.path().join("semi.csv");
    std::fs::write(&path, csv.replace(',', ";")).unwrap();
    let output = common::run_cli(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let said = common::stderr_of(&output);
    assert!(said.contains("separated by semicolons"), "{said}");
    assert!(!said.contains("comma"), "{said}");
}

#[test]
fn a_word_for_word_copy_of_a_built_in_pack_is_named_as_the_users_file() {
    let folder = tempfile::tempdir().unwrap();
    let (_, gba) = BUILTIN_PACKS
        .iter()
        .find(|(name, _)| *name == "gba.ron")
        .unwrap();
    std::fs::write(folder.path().join("my-gba.ron"), gba).unwrap();
    let map = common::sample_path("lotus-trading-dingtalk");
    let rules = folder.path().to_str().unwrap();
    let accepted = common::run_cli(&["check", map.to_str().unwrap(), "--rules", rules]);
    assert!(
        accepted.status.success(),
        "{}",
        common::stderr_of(&accepted)
    );
    assert!(common::stderr_of(&accepted).contains("my-gba.ron (id `gba`) replaces"));
    // Two copies clash: the message names the user's two files, not the built-in pack.
    std::fs::write(folder.path().join("second-gba.ron"), gba).unwrap();
    let clash = common::run_cli(&["check", map.to_str().unwrap(), "--rules", rules]);
    assert_eq!(clash.status.code(), Some(1));
    let said = common::stderr_of(&clash);
    assert!(
        said.contains("my-gba.ron") && said.contains("second-gba.ron"),
        "{said}"
    );
}

#[test]
fn a_deeply_nested_pack_gets_a_plain_message() {
    let when = "all([".repeat(200) + "source([\"MO\"])" + &"])".repeat(200);
    let pack = format!(
        "(format: \"borderflow-rules\", version: 2, pack: \"deep\", title: {{\"en\": \"x\"}}, \
         edition: \"1\", facts: [(name: \"f\", label: {{\"en\": \"x\"}}, note: \"\", \
         when: {when})], rules: [])"
    );
    let error = Rulebook::from_sources(&[("deep.ron".to_owned(), pack)]).unwrap_err();
    let said = error.to_string();
    assert!(
        said.contains("deep.ron") && said.contains("64 levels deep"),
        "{said}"
    );
    assert!(!said.contains("ron::Options"), "{said}");
}
