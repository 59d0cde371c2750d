//! The diagram page holds everything it draws: every point of every path, line, shape and the
//! whole of every text lies on the visible page and inside any clip region around it, for a
//! fresh one-row sketch, each sample and a generated 100-site map.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::layout::slot_position;
use borderflow::model::{
    DataClass, Flow, FlowId, Jurisdiction, Lane, Map, MapMeta, Site, SiteId, SiteKind,
};
use borderflow::scene::text::text_width;

mod common;
use common::{sample, svg_of};

/// A new user's first sketch: four sites side by side in one row, four flows, one of them
/// tagged with data classes. The flow from Macau to DingTalk skips the GBA lane, so it bends
/// below the row of cards.
fn one_row_sketch() -> Map {
    let mut map = Map::new(MapMeta {
        title: "First sketch".to_owned(),
        ..MapMeta::default()
    });
    let sites = [
        (
            "macau-office",
            "Macau head office (Avenida da Praia Grande)",
            SiteKind::Office,
            Jurisdiction::Macau,
            "Macau",
        ),
        (
            "hengqin",
            "Hengqin subsidiary",
            SiteKind::Office,
            Jurisdiction::MainlandGba,
            "Hengqin, Zhuhai",
        ),
        (
            "dingtalk",
            "DingTalk (Hangzhou data centre)",
            SiteKind::Saas,
            Jurisdiction::Mainland,
            "Hangzhou",
        ),
        (
            "hk-dc",
            "Hong Kong data centre",
            SiteKind::Datacentre,
            Jurisdiction::HongKong,
            "Hong Kong",
        ),
    ];
    for (id, name, kind, jurisdiction, city) in sites {
        let mut site = Site::new(SiteId::new(id).unwrap(), name, kind, jurisdiction);
        site.city = city.to_owned();
        site.position = Some(slot_position(jurisdiction.lane(), 0));
        map.add_site(site).unwrap();
    }
    for (id, from, to) in [
        ("to-hengqin", "macau-office", "hengqin"),
        ("to-dingtalk", "macau-office", "dingtalk"),
        ("from-dingtalk", "dingtalk", "macau-office"),
        ("to-hk", "macau-office", "hk-dc"),
    ] {
        let mut flow = Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new(from).unwrap(),
            SiteId::new(to).unwrap(),
        );
        if id == "to-dingtalk" {
            flow.data_classes = [
                DataClass::FinancialAccount,
                DataClass::Payroll,
                DataClass::Location,
            ]
            .into();
        }
        map.add_flow(flow).unwrap();
    }
    assert_eq!(Lane::ALL.len(), 5);
    map
}

/// A 2-D affine transform `[a b c d e f]`, as SVG writes it.
#[derive(Clone, Copy, Debug)]
struct Transform([f32; 6]);

impl Transform {
    const IDENTITY: Transform = Transform([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    fn then(&self, inner: Transform) -> Transform {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = inner.0;
        Transform([
            a * a2 + c * b2,
            b * a2 + d * b2,
            a * c2 + c * d2,
            b * c2 + d * d2,
            a * e2 + c * f2 + e,
            b * e2 + d * f2 + f,
        ])
    }
}

fn numbers(text: &str) -> Vec<f32> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<f32>()
                .unwrap_or_else(|_| panic!("number `{part}`"))
        })
        .collect()
}

/// The `transform` attribute: `translate`, `scale` and `matrix`, in order.
fn parse_transform(text: &str) -> Transform {
    let mut result = Transform::IDENTITY;
    for part in text.split(')').filter(|p| !p.trim().is_empty()) {
        let (name, args) = part.split_once('(').expect("name(args)");
        let args = numbers(args);
        let step = match (name.trim(), args.as_slice()) {
            ("translate", [x]) => Transform([1.0, 0.0, 0.0, 1.0, *x, 0.0]),
            ("translate", [x, y]) => Transform([1.0, 0.0, 0.0, 1.0, *x, *y]),
            ("scale", [s]) => Transform([*s, 0.0, 0.0, *s, 0.0, 0.0]),
            ("scale", [x, y]) => Transform([*x, 0.0, 0.0, *y, 0.0, 0.0]),
            ("matrix", [a, b, c, d, e, f]) => Transform([*a, *b, *c, *d, *e, *f]),
            other => panic!("unexpected transform {other:?}"),
        };
        result = result.then(step);
    }
    result
}

/// Every point of a path's outline and control polygon (absolute or relative commands).
fn path_points(d: &str) -> Vec<(f32, f32)> {
    let mut tokens: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in d.chars() {
        if c.is_ascii_alphabetic() && c != 'e' && c != 'E' {
            if !current.trim().is_empty() {
                tokens.push(current.clone());
            }
            current.clear();
            tokens.push(c.to_string());
        } else if c == '-' && !current.trim().is_empty() && !current.ends_with(['e', 'E']) {
            tokens.push(current.clone());
            current = "-".to_owned();
        } else if c == ',' || c.is_whitespace() {
            if !current.trim().is_empty() {
                tokens.push(current.clone());
            }
            current.clear();
        } else {
            current.push(c);
        }
    }
    if !current.trim().is_empty() {
        tokens.push(current);
    }
    let mut points = Vec::new();
    let (mut x, mut y) = (0.0f32, 0.0f32);
    let mut command = 'M';
    let mut args: Vec<f32> = Vec::new();
    let arity = |c: char| match c.to_ascii_uppercase() {
        'M' | 'L' | 'T' => 2,
        'H' | 'V' => 1,
        'Q' | 'S' => 4,
        'C' => 6,
        'A' => 7,
        _ => 0,
    };
    let mut flush = |command: char, args: &[f32], x: &mut f32, y: &mut f32| {
        let relative = command.is_ascii_lowercase();
        let (ox, oy) = if relative { (*x, *y) } else { (0.0, 0.0) };
        match command.to_ascii_uppercase() {
            'H' => *x = args[0] + if relative { *x } else { 0.0 },
            'V' => *y = args[0] + if relative { *y } else { 0.0 },
            'A' => {
                *x = args[5] + ox;
                *y = args[6] + oy;
            }
            _ => {
                for pair in args.chunks(2) {
                    points.push((pair[0] + ox, pair[1] + oy));
                }
                let last = args.len() - 2;
                *x = args[last] + ox;
                *y = args[last + 1] + oy;
            }
        }
        points.push((*x, *y));
    };
    for token in tokens {
        if token.len() == 1 && token.chars().all(|c| c.is_ascii_alphabetic()) {
            command = token.chars().next().unwrap();
            args.clear();
            continue;
        }
        args.push(token.parse().unwrap());
        if args.len() == arity(command) {
            flush(command, &args, &mut x, &mut y);
            args.clear();
            // Further pairs after a move are lines.
            if command == 'M' {
                command = 'L';
            } else if command == 'm' {
                command = 'l';
            }
        }
    }
    points
}

/// A rectangle `(left, top, right, bottom)`.
type Area = (f32, f32, f32, f32);

fn inside(area: Area, (x, y): (f32, f32)) -> bool {
    const SLACK: f32 = 0.05;
    x >= area.0 - SLACK && x <= area.2 + SLACK && y >= area.1 - SLACK && y <= area.3 + SLACK
}

fn intersect(a: Area, b: Area) -> Area {
    (a.0.max(b.0), a.1.max(b.1), a.2.min(b.2), a.3.min(b.3))
}

fn attr(node: roxmltree::Node<'_, '_>, name: &str) -> f32 {
    node.attribute(name).map_or(0.0, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name}=\"{v}\" on <{}>", node.tag_name().name()))
    })
}

/// What went outside the visible area, described.
fn escapes(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("well-formed SVG");
    let root = document.root_element();
    let view_box = numbers(root.attribute("viewBox").expect("a viewBox"));
    let page = (
        view_box[0],
        view_box[1],
        view_box[0] + view_box[2],
        view_box[1] + view_box[3],
    );
    let mut problems = Vec::new();
    walk(root, Transform::IDENTITY, page, &mut problems);
    problems
}

fn walk(node: roxmltree::Node<'_, '_>, outer: Transform, clip: Area, problems: &mut Vec<String>) {
    for child in node.children().filter(roxmltree::Node::is_element) {
        let name = child.tag_name().name();
        let mut transform = outer;
        let mut clip = clip;
        if child.attribute("clip-path").is_some() || name == "clipPath" {
            problems.push(format!(
                "a clip path on <{name}>: the diagram is never clipped"
            ));
        }
        if name == "svg" {
            // A nested viewport clips to its own box (unless overflow is visible).
            let (x, y, w, h) = (
                attr(child, "x"),
                attr(child, "y"),
                attr(child, "width"),
                attr(child, "height"),
            );
            let (x0, y0) = outer.apply(x, y);
            let (x1, y1) = outer.apply(x + w, y + h);
            if child.attribute("overflow") != Some("visible") {
                clip = intersect(clip, (x0, y0, x1, y1));
            }
            if let Some(view_box) = child.attribute("viewBox") {
                let v = numbers(view_box);
                let (sx, sy) = (w / v[2], h / v[3]);
                transform = outer.then(Transform([sx, 0.0, 0.0, sy, x - v[0] * sx, y - v[1] * sy]));
            }
        }
        if let Some(text) = child.attribute("transform") {
            transform = transform.then(parse_transform(text));
        }
        let local: Vec<(f32, f32)> = match name {
            "path" => path_points(child.attribute("d").unwrap_or_default()),
            "line" => vec![
                (attr(child, "x1"), attr(child, "y1")),
                (attr(child, "x2"), attr(child, "y2")),
            ],
            "polygon" | "polyline" => numbers(child.attribute("points").unwrap_or_default())
                .chunks(2)
                .map(|p| (p[0], p[1]))
                .collect(),
            "rect" => {
                let (x, y) = (attr(child, "x"), attr(child, "y"));
                let (w, h) = (attr(child, "width"), attr(child, "height"));
                vec![(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
            }
            "circle" => {
                let (x, y, r) = (attr(child, "cx"), attr(child, "cy"), attr(child, "r"));
                vec![(x - r, y - r), (x + r, y + r)]
            }
            "text" | "tspan" if child.attribute("x").is_some() => text_extent(child),
            _ => Vec::new(),
        };
        for (x, y) in local {
            let on_page = transform.apply(x, y);
            if !inside(clip, on_page) {
                problems.push(format!(
                    "<{name}> point ({x:.1}, {y:.1}) is at ({:.1}, {:.1}) outside {clip:?}: {}",
                    on_page.0,
                    on_page.1,
                    node_text(child)
                ));
            }
        }
        walk(child, transform, clip, problems);
    }
}

/// The anchor of a text or tspan and the far ends of its line, measured as the scene measures.
fn text_extent(node: roxmltree::Node<'_, '_>) -> Vec<(f32, f32)> {
    let (x, y) = (attr(node, "x"), attr(node, "y"));
    let size = node
        .ancestors()
        .find_map(|n| n.attribute("font-size"))
        .map_or(12.0, |v| v.parse().unwrap());
    let bold = node
        .ancestors()
        .find_map(|n| n.attribute("font-weight"))
        .is_some_and(|w| w != "normal" && w != "400");
    let own: String = node
        .children()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect();
    let width = text_width(&own, size, bold);
    let anchor = node
        .ancestors()
        .find_map(|n| n.attribute("text-anchor"))
        .unwrap_or("start");
    let (left, right) = match anchor {
        "middle" => (x - width / 2.0, x + width / 2.0),
        "end" => (x - width, x),
        _ => (x, x + width),
    };
    // The top of the tallest glyphs is about one font size above the baseline.
    vec![(x, y), (left, y), (right, y), (left, y - size * 0.9)]
}

fn node_text(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_contained(what: &str, map: &Map) {
    let svg = svg_of(map);
    let problems = escapes(&svg);
    assert!(
        problems.is_empty(),
        "{what}: {} marks outside the page, first: {:#?}",
        problems.len(),
        problems.iter().take(8).collect::<Vec<_>>()
    );
    // The checker itself sees the diagram: its arrows and cards are there to check.
    let document = roxmltree::Document::parse(&svg).unwrap();
    // Every site's name is on the page whole: on its card, wrapped but not cut, or (when too
    // long for three lines) in full in the key under the diagram.
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let texts: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| squeeze(&node_text(n)))
        .collect();
    for site in map.sites() {
        let name = squeeze(&site.name);
        assert!(
            texts
                .iter()
                .any(|t| t == &name || t.starts_with(&format!("{name}·"))),
            "{what}: the name {:?} is not whole on the page",
            site.name
        );
    }
    // Every flow's number is on its arrow.
    for number in 1..=map.flow_count() {
        let tag = format!("F{number}");
        assert!(
            texts.iter().any(|t| t == &tag
                || t.starts_with(&format!("{tag}·"))
                || t.starts_with(&format!("{tag}["))),
            "{what}: {tag} is on no arrow"
        );
    }
    let paths = document
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .count();
    assert!(paths >= map.flow_count(), "{what}: {paths} paths");
}

#[test]
fn the_one_row_sketch_fits_its_page_with_the_bent_arrow_and_its_label() {
    let map = one_row_sketch();
    assert_contained("one-row sketch", &map);
    let svg = svg_of(&map);
    let scene = borderflow::scene::build(&map, None);
    let bent = scene
        .flows
        .iter()
        .find(|arrow| arrow.id.as_str() == "to-dingtalk")
        .unwrap();
    let row = scene
        .sites
        .iter()
        .map(|card| card.rect)
        .reduce(|a, b| a.union(&b))
        .unwrap();
    // The arrow really does leave the row of cards: the page has to grow to hold it.
    let drawn = bent.drawn_bounds();
    assert!(
        drawn.max.y > row.max.y || drawn.min.y < row.min.y,
        "{bent:?}"
    );
    assert!(svg.contains("Payroll") || svg.contains("payroll"), "{svg}");
}

#[test]
fn every_sample_fits_its_page() {
    for name in [
        "lotus-trading-dingtalk.ron",
        "pearl-delta-hengqin.ron",
        "banco-estrela-evidence.ron",
    ] {
        assert_contained(name, &sample(name));
    }
}

#[test]
fn a_generated_100_site_map_fits_its_page() {
    let map = borderflow::generate::synthetic_map(100, 200, 11);
    assert_contained("100 sites", &map);
}

#[test]
fn the_checker_catches_a_mark_outside_the_page_or_its_clip() {
    let outside = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g transform="translate(10 0) scale(2)"><path d="M0 0Q45 10 50 20"/></g></svg>"#;
    assert!(!escapes(outside).is_empty());
    let shifted = outside.replace("translate(10 0)", "translate(0 0)");
    assert!(escapes(&shifted).is_empty(), "{:?}", escapes(&shifted));
    let clipped = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><svg x="0" y="0" width="50" height="50" viewBox="0 0 50 50"><line x1="0" y1="0" x2="60" y2="10"/></svg></svg>"#;
    assert!(!escapes(clipped).is_empty());
    let text = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text x="90" y="50" font-size="10">long words</text></svg>"#;
    assert!(!escapes(text).is_empty());
    let fine = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M10 10l20 20h5v-5z"/></svg>"#;
    assert!(escapes(fine).is_empty(), "{:?}", escapes(fine));
}

#[test]
fn bad_input_still_fits_its_page() {
    // The sketch with a name of 10,000 characters, a blank name and 500 flows between two sites.
    let mut map = one_row_sketch();
    let rename = |map: &mut Map, id: &str, name: &str| {
        let mut site = map.site(&SiteId::new(id).unwrap()).unwrap().clone();
        site.name = name.to_owned();
        map.replace_site(site).unwrap();
    };
    rename(
        &mut map,
        "hengqin",
        &"Zona de Cooperação Aprofundada ".repeat(330),
    );
    rename(&mut map, "hk-dc", "   ");
    for i in 0..500 {
        let flow = Flow::new(
            FlowId::new(format!("bulk-{i:03}")).unwrap(),
            SiteId::new("macau-office").unwrap(),
            SiteId::new("dingtalk").unwrap(),
        );
        map.add_flow(flow).unwrap();
    }
    let svg = svg_of(&map);
    let problems = escapes(&svg);
    assert!(
        problems.is_empty(),
        "{:#?}",
        problems.iter().take(5).collect::<Vec<_>>()
    );
}
