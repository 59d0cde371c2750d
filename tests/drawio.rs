//! draw.io both ways: every sample comes back the same map from `.drawio` (plain and
//! compressed) and `.drawio.svg`; the SVG's `content` is an mxGraphModel with a cell per lane,
//! site and flow; three diagrams drawn by hand (no borderflow data, free-text labels, a lane or
//! heading per place) come back as sites and flows with every guess listed; hostile labels are
//! escaped.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use borderflow::export::SvgOptions;
use borderflow::interchange::{Guess, drawio};
use borderflow::io::load_map;
use borderflow::model::{
    DataClass, Flow, FlowId, Jurisdiction, Language, Map, MapMeta, Site, SiteId, SiteKind,
};
use borderflow::rules::Evaluated;
use common::{SAMPLES, evaluate, sample};

fn options() -> SvgOptions {
    SvgOptions::default()
}

#[test]
fn every_sample_comes_back_the_same_map_from_drawio_and_drawio_svg() {
    for name in SAMPLES {
        let map = sample(name);
        let evaluation = evaluate(&map);
        for compressed in [false, true] {
            let file = drawio::mxfile(&map, &evaluation, map.meta.language, compressed);
            assert_eq!(file.contains("<mxGraphModel"), !compressed, "{name}");
            let back = drawio::read(file.as_bytes(), "x").unwrap();
            assert!(back.guesses.is_empty(), "{name}: {:?}", back.guesses);
            assert_eq!(back.map, map, "{name} (compressed: {compressed})");
        }
        let svg = drawio::drawio_svg(
            &Evaluated::new(
                &map,
                &evaluation,
                &borderflow::rules::Rulebook::builtin().unwrap(),
            ),
            &options(),
        )
        .unwrap();
        let back = drawio::read(svg.as_bytes(), "x").unwrap();
        assert_eq!(back.map, map, "{name} through .drawio.svg");
    }
}

#[test]
fn a_synthetic_map_with_every_field_comes_back_the_same() {
    let map = borderflow::generate::synthetic_map(40, 90, 11);
    let evaluation = evaluate(&map);
    let file = drawio::mxfile(&map, &evaluation, Language::Portuguese, false);
    assert_eq!(drawio::read(file.as_bytes(), "x").unwrap().map, map);
    // A map never laid out keeps having no positions.
    let mut bare = Map::new(MapMeta::default());
    for site in map.sites().take(5) {
        let mut site = site.clone();
        site.position = None;
        bare.add_site(site).unwrap();
    }
    let file = drawio::mxfile(&bare, &evaluate(&bare), Language::English, true);
    assert_eq!(drawio::read(file.as_bytes(), "x").unwrap().map, bare);
}

#[test]
fn the_svg_shows_in_a_browser_and_its_content_is_a_graph_model_with_a_cell_each() {
    let map = sample("pearl-delta-hengqin");
    let evaluation = evaluate(&map);
    let svg = drawio::drawio_svg(
        &Evaluated::new(
            &map,
            &evaluation,
            &borderflow::rules::Rulebook::builtin().unwrap(),
        )
        .in_language(Language::English),
        &options(),
    )
    .unwrap();
    let document = roxmltree::Document::parse(&svg).unwrap();
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    // The page a browser shows is the export's own SVG.
    assert!(document.descendants().any(|node| {
        node.text()
            .is_some_and(|text| text.contains("Hengqin site"))
    }));
    let content = root.attribute("content").expect("a content attribute");
    let file = roxmltree::Document::parse(content).unwrap();
    let page = file
        .descendants()
        .find(|node| node.has_tag_name("diagram"))
        .unwrap();
    // draw.io's compressed form: base64 of the raw-deflated, URL-encoded XML.
    let model = decode(page.text().unwrap());
    let model = roxmltree::Document::parse(&model).unwrap();
    assert_eq!(model.root_element().tag_name().name(), "mxGraphModel");
    let kinds: Vec<&str> = model
        .descendants()
        .filter_map(|node| node.attribute("borderflow"))
        .collect();
    let lanes: BTreeSet<_> = map.sites().map(|site| site.jurisdiction.lane()).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "site").count(),
        map.site_count()
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "flow").count(),
        map.flow_count()
    );
    assert_eq!(kinds.iter().filter(|k| **k == "lane").count(), lanes.len());
    // Every flow is an edge between its two sites' cells, labelled with its number.
    let numbers = borderflow::scene::flow_numbers(&map);
    for view in map.flows() {
        let object = model
            .descendants()
            .find(|node| node.attribute("flow_id") == Some(view.flow.id.as_str()))
            .unwrap();
        let cell = object.first_element_child().unwrap();
        assert_eq!(cell.attribute("edge"), Some("1"));
        assert_eq!(
            cell.attribute("source"),
            Some(format!("site-{}", view.flow.from).as_str())
        );
        let label = object.attribute("label").unwrap();
        assert!(
            label.starts_with(&format!("F{}", numbers[&view.flow.id])),
            "{label}"
        );
    }
}

fn decode(packed: &str) -> String {
    use base64::Engine as _;
    use std::io::Read as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(packed.trim())
        .unwrap();
    let mut text = String::new();
    flate2::read::DeflateDecoder::new(bytes.as_slice())
        .read_to_string(&mut text)
        .unwrap();
    percent_encoding::percent_decode_str(&text)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

fn encode(xml: &str) -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let encoded =
        percent_encoding::utf8_percent_encode(xml, percent_encoding::NON_ALPHANUMERIC).to_string();
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(encoded.as_bytes()).unwrap();
    base64::engine::general_purpose::STANDARD.encode(encoder.finish().unwrap())
}

/// A consultant's diagram: a swimlane per place, shapes inside with HTML labels, arrows with
/// free text; one shape outside every lane and one arrow to nowhere.
const SWIMLANES: &str = r#"<mxfile host="app.diagrams.net"><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="l1" value="Macau" style="swimlane;whiteSpace=wrap;html=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="300" height="500" as="geometry"/></mxCell>
<mxCell id="l2" value="Mainland China" style="swimlane;html=1;" vertex="1" parent="1"><mxGeometry x="320" y="0" width="300" height="500" as="geometry"/></mxCell>
<mxCell id="a" value="&lt;b&gt;Head office&lt;/b&gt;&lt;br&gt;Taipa" style="rounded=1;html=1;" vertex="1" parent="l1"><mxGeometry x="40" y="60" width="160" height="60" as="geometry"/></mxCell>
<mxCell id="b" value="Staff" style="shape=umlActor;html=1;" vertex="1" parent="l1"><mxGeometry x="40" y="200" width="30" height="60" as="geometry"/></mxCell>
<mxCell id="c" value="DingTalk" style="ellipse;shape=cloud;html=1;" vertex="1" parent="l2"><mxGeometry x="60" y="60" width="160" height="80" as="geometry"/></mxCell>
<mxCell id="d" value="Old archive box" style="rounded=0;html=1;" vertex="1" parent="1"><mxGeometry x="700" y="60" width="120" height="60" as="geometry"/></mxCell>
<mxCell id="e1" value="salary &amp;amp; attendance" style="endArrow=classic;html=1;" edge="1" parent="1" source="a" target="c"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" style="endArrow=classic;html=1;" edge="1" parent="1" source="b" target="c"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2l" value="clock-in photos" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="e2"><mxGeometry x="-0.1" relative="1" as="geometry"/></mxCell>
<mxCell id="e3" value="backup" style="endArrow=classic;" edge="1" parent="1" source="a" target="d"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e4" value="to nowhere" style="endArrow=classic;" edge="1" parent="1" source="c"><mxGeometry relative="1" as="geometry"><mxPoint x="900" y="300" as="targetPoint"/></mxGeometry></mxCell>
</root></mxGraphModel></diagram></mxfile>"#;

/// A Chinese consultant's diagram, compressed as draw.io saves it: text headings name the
/// places over columns of shapes, nothing is inside a container.
const HEADINGS_MODEL: &str = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="h1" value="澳門" style="text;html=1;align=center;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="200" height="30" as="geometry"/></mxCell>
<mxCell id="h2" value="橫琴" style="text;html=1;" vertex="1" parent="1"><mxGeometry x="300" y="0" width="200" height="30" as="geometry"/></mxCell>
<mxCell id="h3" value="香港" style="text;html=1;" vertex="1" parent="1"><mxGeometry x="600" y="0" width="200" height="30" as="geometry"/></mxCell>
<mxCell id="s1" value="總部人事部" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="20" y="100" width="160" height="60" as="geometry"/></mxCell>
<mxCell id="s2" value="工地考勤機" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="320" y="100" width="160" height="60" as="geometry"/></mxCell>
<mxCell id="s3" value="數據中心" style="shape=cylinder3;" vertex="1" parent="1"><mxGeometry x="620" y="100" width="160" height="80" as="geometry"/></mxCell>
<mxCell id="f1" value="考勤、人臉資料" edge="1" parent="1" source="s2" target="s1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="f2" value="薪酬備份" edge="1" parent="1" source="s1" target="s3"><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel>"#;

/// A Portuguese diagram as a .drawio.svg: plain boxes drawn behind the shapes (not
/// containers) name the places, cells carry draw.io's own custom data (UserObject), and one
/// shape names its place in its own label.
fn boxes_svg() -> String {
    let model = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="z1" value="Macau" style="rounded=0;fillColor=#eeeeee;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="400" height="400" as="geometry"/></mxCell>
<mxCell id="z2" value="Interior da China" style="rounded=0;fillColor=#eeeeee;" vertex="1" parent="1"><mxGeometry x="450" y="0" width="400" height="400" as="geometry"/></mxCell>
<UserObject label="Sede" owner="TI" id="p1"><mxCell style="rounded=1;" vertex="1" parent="1"><mxGeometry x="50" y="100" width="120" height="60" as="geometry"/></mxCell></UserObject>
<mxCell id="p2" value="Plataforma de RH" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="500" y="100" width="120" height="60" as="geometry"/></mxCell>
<mxCell id="p3" value="Banco em Hong Kong" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="950" y="100" width="120" height="60" as="geometry"/></mxCell>
<mxCell id="g1" value="dados de contacto, salário" edge="1" parent="1" source="p1" target="p2"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="g2" value="contas bancárias" edge="1" parent="1" source="p1" target="p3"><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel>"#;
    let file =
        format!("<mxfile host=\"drawio\"><diagram id=\"x\" name=\"P\">{model}</diagram></mxfile>");
    let content = file
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" content=\"{content}\"><rect width=\"10\" height=\"10\"/></svg>"
    )
}

fn site_named<'a>(map: &'a Map, name: &str) -> &'a Site {
    map.sites()
        .find(|site| site.name == name)
        .unwrap_or_else(|| panic!("no site {name}"))
}

fn flow_between<'a>(map: &'a Map, from: &str, to: &str) -> &'a Flow {
    let (from, to) = (
        site_named(map, from).id.clone(),
        site_named(map, to).id.clone(),
    );
    map.flows()
        .map(|view| view.flow)
        .find(|flow| flow.from == from && flow.to == to)
        .unwrap()
}

#[test]
fn a_diagram_of_swimlanes_comes_back_with_its_guesses() {
    let imported = drawio::read(SWIMLANES.as_bytes(), "workshop").unwrap();
    let map = &imported.map;
    assert_eq!(map.meta.title, "workshop");
    assert_eq!(map.site_count(), 4);
    assert_eq!(map.flow_count(), 3);
    let office = site_named(map, "Head office");
    assert_eq!(
        (office.jurisdiction, office.city.as_str()),
        (Jurisdiction::Macau, "Taipa")
    );
    assert_eq!(site_named(map, "Staff").kind, SiteKind::People);
    assert_eq!(
        site_named(map, "DingTalk").jurisdiction,
        Jurisdiction::Mainland
    );
    assert_eq!(
        site_named(map, "Old archive box").jurisdiction,
        Jurisdiction::Other
    );
    let payroll = flow_between(map, "Head office", "DingTalk");
    assert_eq!(
        payroll.data_classes,
        BTreeSet::from([DataClass::Payroll, DataClass::Attendance])
    );
    // The label of the second arrow is a cell of its own.
    assert!(
        flow_between(map, "Staff", "DingTalk")
            .notes
            .contains("clock-in photos")
    );
    let guesses = &imported.guesses;
    assert!(guesses.contains(&Guess::FromContainer {
        site: "Head office".into(),
        container: "Macau".into(),
        jurisdiction: Jurisdiction::Macau
    }));
    assert!(guesses.contains(&Guess::UnknownJurisdiction {
        site: "Old archive box".into()
    }));
    assert!(guesses.contains(&Guess::EdgeLeftOut {
        label: "to nowhere".into()
    }));
    assert!(
        guesses
            .iter()
            .any(|guess| matches!(guess, Guess::NoClasses { label, .. } if label == "backup"))
    );
    // Every site and flow drawn by hand has its guesses: place, kind, classes.
    assert_eq!(guesses.len(), 4 * 2 + 3 + 1);
    // The map is laid out and evaluates.
    assert!(map.sites().all(|site| site.position.is_some()));
    assert!(!evaluate(map).findings.is_empty());
}

#[test]
fn a_compressed_chinese_diagram_with_headings_comes_back_with_its_guesses() {
    let file = format!(
        "<mxfile><diagram id=\"z\" name=\"圖\">{}</diagram></mxfile>",
        encode(HEADINGS_MODEL)
    );
    let imported = drawio::read(file.as_bytes(), "圖").unwrap();
    let map = &imported.map;
    assert_eq!(map.site_count(), 3, "headings are not sites");
    assert_eq!(
        site_named(map, "總部人事部").jurisdiction,
        Jurisdiction::Macau
    );
    assert_eq!(
        site_named(map, "工地考勤機").jurisdiction,
        Jurisdiction::MainlandGba
    );
    let centre = site_named(map, "數據中心");
    assert_eq!(
        (centre.jurisdiction, centre.kind),
        (Jurisdiction::HongKong, SiteKind::System)
    );
    assert_eq!(
        flow_between(map, "工地考勤機", "總部人事部").data_classes,
        BTreeSet::from([DataClass::Attendance, DataClass::Face])
    );
    assert_eq!(
        flow_between(map, "總部人事部", "數據中心").data_classes,
        BTreeSet::from([DataClass::Payroll])
    );
    assert!(imported.guesses.contains(&Guess::FromContainer {
        site: "工地考勤機".into(),
        container: "橫琴".into(),
        jurisdiction: Jurisdiction::MainlandGba
    }));
}

#[test]
fn a_portuguese_drawio_svg_with_boxes_comes_back_with_its_guesses() {
    let imported = drawio::read(boxes_svg().as_bytes(), "pt").unwrap();
    let map = &imported.map;
    assert_eq!(
        map.site_count(),
        3,
        "the boxes behind are places, not sites"
    );
    assert_eq!(site_named(map, "Sede").jurisdiction, Jurisdiction::Macau);
    assert_eq!(
        site_named(map, "Plataforma de RH").jurisdiction,
        Jurisdiction::Mainland
    );
    let bank = site_named(map, "Banco em Hong Kong");
    assert_eq!(
        (bank.jurisdiction, bank.kind),
        (Jurisdiction::HongKong, SiteKind::Party)
    );
    assert!(imported.guesses.contains(&Guess::FromLabel {
        site: "Banco em Hong Kong".into(),
        jurisdiction: Jurisdiction::HongKong
    }));
    assert_eq!(
        flow_between(map, "Sede", "Plataforma de RH").data_classes,
        BTreeSet::from([DataClass::Contact, DataClass::Payroll])
    );
}

#[test]
fn the_command_line_lists_the_guesses_in_the_users_language() {
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("oficina.drawio");
    std::fs::write(&input, SWIMLANES).unwrap();
    let output = folder.path().join("oficina.ron");
    let run = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "pt_PT.UTF-8")
        .args([
            "import",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("12 suposições da importação a rever"),
        "{stderr}"
    );
    assert!(
        stderr.contains("“Old archive box”: jurisdição desconhecida"),
        "{stderr}"
    );
    assert!(stderr.contains("uma seta “to nowhere”"), "{stderr}");
    assert_eq!(load_map(&output).unwrap().site_count(), 4);
    // A damaged file is refused in the user's language and nothing is written.
    std::fs::write(&input, "<mxfile><diagram>@@@</diagram></mxfile>").unwrap();
    let other = folder.path().join("other.ron");
    let run = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", "zh_MO.UTF-8")
        .args([
            "import",
            input.to_str().unwrap(),
            "-o",
            other.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("壓縮內容無法解壓"));
    assert!(!other.exists());
}

fn hostile_map() -> Map {
    let mut map = Map::new(MapMeta {
        title: "<script>alert(\"x\")</script> & 'co'".into(),
        ..MapMeta::default()
    });
    let names = [
        ("a", "<script>alert('x')</script>", Jurisdiction::Macau),
        (
            "b",
            "Tom & Jerry \"quoted\" 'single' | pipe # hash",
            Jurisdiction::Mainland,
        ),
        ("c", "澳門總部\u{202E}fdp.exe", Jurisdiction::HongKong),
    ];
    for (id, name, place) in names {
        let mut site = Site::new(SiteId::new(id).unwrap(), name, SiteKind::Office, place);
        site.city = "<b>城</b> & \"x\"".into();
        site.notes = "line one\nline two\ttab".into();
        map.add_site(site).unwrap();
    }
    let mut flow = Flow::new(
        FlowId::new("f").unwrap(),
        SiteId::new("a").unwrap(),
        SiteId::new("b").unwrap(),
    );
    flow.purpose = "</mxCell><script>x</script>".into();
    flow.data_classes.insert(DataClass::Payroll);
    map.add_flow(flow).unwrap();
    let mut back = Flow::new(
        FlowId::new("g").unwrap(),
        SiteId::new("c").unwrap(),
        SiteId::new("a").unwrap(),
    );
    back.data_classes.insert(DataClass::Contact);
    map.add_flow(back).unwrap();
    borderflow::layout::apply_auto_layout(&mut map);
    map
}

#[test]
fn labels_with_markup_quotes_ampersands_and_chinese_are_escaped_and_come_back() {
    let map = hostile_map();
    let evaluation = evaluate(&map);
    for compressed in [false, true] {
        let file = drawio::mxfile(&map, &evaluation, Language::TraditionalChinese, compressed);
        assert!(!file.contains("<script"), "{file}");
        let document = roxmltree::Document::parse(&file).unwrap();
        assert_eq!(document.root_element().tag_name().name(), "mxfile");
        assert_eq!(drawio::read(file.as_bytes(), "x").unwrap().map, map);
    }
    let file = drawio::mxfile(&map, &evaluation, Language::English, false);
    let document = roxmltree::Document::parse(&file).unwrap();
    // The label is HTML for draw.io: the markup of a name is text there, not a tag.
    let label = document
        .descendants()
        .find(|node| node.attribute("site_id") == Some("a"))
        .and_then(|node| node.attribute("label"))
        .unwrap();
    assert!(
        label.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"),
        "{label}"
    );
    let chinese = document
        .descendants()
        .find(|node| node.attribute("site_id") == Some("c"))
        .and_then(|node| node.attribute("label"))
        .unwrap();
    assert!(
        chinese.contains("澳門總部fdp.exe") && !chinese.contains('\u{202E}'),
        "{chinese}"
    );
    let svg = drawio::drawio_svg(
        &Evaluated::new(
            &map,
            &evaluation,
            &borderflow::rules::Rulebook::builtin().unwrap(),
        )
        .in_language(Language::English),
        &options(),
    )
    .unwrap();
    let page = roxmltree::Document::parse(&svg).unwrap();
    assert!(!page.descendants().any(|node| node.has_tag_name("script")));
    assert_eq!(drawio::read(svg.as_bytes(), "x").unwrap().map, map);
}

#[test]
fn not_a_diagram_is_refused_with_a_reason() {
    for bytes in [
        &b"<html><body/></html>"[..],
        b"<mxfile><diagram>",
        b"\xff\xfe",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ] {
        assert!(drawio::read(bytes, "x").is_err(), "{bytes:?}");
    }
    let damaged = SWIMLANES.replace(
        "<mxCell id=\"a\"",
        "<object borderflow=\"site\" borderflow-record=\"(id: \" id=\"zz\"><mxCell vertex=\"1\" parent=\"1\"/></object><mxCell id=\"a\"",
    );
    let error = drawio::read(damaged.as_bytes(), "x").unwrap_err();
    assert!(
        error.describe(Language::English).contains("damaged"),
        "{error}"
    );
}

#[test]
fn a_site_renamed_in_draw_io_takes_its_new_name_and_keeps_the_rest() {
    let map = sample("lotus-trading-dingtalk");
    let file = drawio::mxfile(&map, &evaluate(&map), Language::English, false);
    let edited = file.replacen(
        "&lt;b&gt;Taipa head office&lt;/b&gt;",
        "&lt;b&gt;Taipa HQ&lt;/b&gt;",
        1,
    );
    assert_ne!(edited, file);
    let back = drawio::read(edited.as_bytes(), "x").unwrap().map;
    let site = back
        .site(&SiteId::new("taipa-head-office").unwrap())
        .unwrap();
    assert_eq!(site.name, "Taipa HQ");
    let before = map.site(&site.id).unwrap();
    assert_eq!(
        (site.jurisdiction, &site.city, site.position),
        (before.jurisdiction, &before.city, before.position)
    );
}
