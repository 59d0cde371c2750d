//! Mermaid both ways: every sample comes back with the same sites, flows and lanes; a
//! flowchart written by hand is read with its guesses; labels are escaped; and, where Mermaid
//! is installed (`BORDERFLOW_MERMAID_DIR` naming a folder where `npm install mermaid jsdom`
//! ran), its own parser accepts every written chart.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use borderflow::interchange::{Guess, mermaid};
use borderflow::model::{DataClass, Jurisdiction, Language, Map, SiteKind};
use borderflow::rules::Rulebook;
use common::{SAMPLES, day, sample};

fn chart(map: &Map, language: Language) -> String {
    mermaid::write(
        map,
        &Rulebook::builtin().unwrap().evaluate(map, day()),
        language,
    )
}

type SiteFacts = (String, String, SiteKind, Jurisdiction, String);
type FlowFacts = (String, String, String, BTreeSet<DataClass>);

fn facts(
    map: &Map,
) -> (
    Vec<SiteFacts>,
    Vec<FlowFacts>,
    BTreeSet<borderflow::model::Lane>,
) {
    let sites = map
        .sites()
        .map(|s| {
            (
                s.id.to_string(),
                s.name.clone(),
                s.kind,
                s.jurisdiction,
                s.city.clone(),
            )
        })
        .collect();
    let flows = map
        .flows()
        .map(|v| {
            let f = v.flow;
            (
                f.id.to_string(),
                f.from.to_string(),
                f.to.to_string(),
                f.data_classes.clone(),
            )
        })
        .collect();
    let lanes = map.sites().map(|s| s.jurisdiction.lane()).collect();
    (sites, flows, lanes)
}

#[test]
fn every_sample_comes_back_with_the_same_sites_flows_and_lanes_in_every_language() {
    for name in SAMPLES {
        let map = sample(name);
        for language in [
            Language::English,
            Language::TraditionalChinese,
            Language::Portuguese,
        ] {
            let text = chart(&map, language);
            assert!(text.contains("flowchart LR\n"), "{text}");
            let back = mermaid::read(text.as_bytes(), "x").unwrap();
            assert!(back.guesses.is_empty(), "{name}: {:?}", back.guesses);
            assert_eq!(facts(&back.map), facts(&map), "{name} in {language:?}");
            assert_eq!(back.map.meta.title, map.meta.title);
        }
    }
}

#[test]
fn the_chart_has_a_subgraph_per_jurisdiction_shapes_by_kind_and_styles_by_severity() {
    let map = sample("pearl-delta-hengqin");
    let text = chart(&map, Language::English);
    let places: BTreeSet<_> = map.sites().map(|s| s.jurisdiction).collect();
    assert_eq!(text.matches("  subgraph ").count(), places.len());
    assert!(
        text.contains("  subgraph j_CN_GBA[\"Mainland, Greater Bay Area\"]"),
        "{text}"
    );
    assert!(
        text.contains("dingtalk_hangzhou([\"DingTalk #40;Hangzhou#41;")
            || text.contains("dingtalk_hangzhou([\"DingTalk (Hangzhou)"),
        "{text}"
    );
    assert!(
        text.contains("hengqin_site_workers((\""),
        "people are circles: {text}"
    );
    assert!(
        text.contains("|\"F1: Biometric data, Attendance\"|"),
        "{text}"
    );
    assert!(text.contains("classDef critical stroke:#a8002a"), "{text}");
    assert_eq!(text.matches("  linkStyle ").count(), map.flow_count());
    assert!(text.contains("-.->"), "remote access is dotted: {text}");
}

#[test]
fn a_flowchart_written_by_hand_is_read_with_its_guesses() {
    let text = "graph TD\n\
        subgraph 澳門\n  hq[總部]\n  staff((Staff))\n end\n\
        subgraph Interior da China\n  dt([DingTalk])\n end\n\
        subgraph \"Hong Kong\"\n  bank{{HSBC}}\n end\n\
        hq -- salary and contact details --> dt\n\
        hq & staff -->|attendance| dt;\n\
        hq ==> bank\n\
        stray[Loose note]\n";
    let imported = mermaid::read(text.as_bytes(), "wiki").unwrap();
    let map = &imported.map;
    assert_eq!(map.meta.title, "wiki");
    assert_eq!(map.site_count(), 5);
    assert_eq!(map.flow_count(), 4);
    let by_name = |name: &str| map.sites().find(|s| s.name == name).unwrap();
    assert_eq!(by_name("總部").jurisdiction, Jurisdiction::Macau);
    assert_eq!(by_name("Staff").kind, SiteKind::People);
    assert_eq!(by_name("DingTalk").jurisdiction, Jurisdiction::Mainland);
    assert_eq!(
        (by_name("HSBC").jurisdiction, by_name("HSBC").kind),
        (Jurisdiction::HongKong, SiteKind::Party)
    );
    assert_eq!(by_name("Loose note").jurisdiction, Jurisdiction::Other);
    let salary = map
        .flows()
        .find(|v| v.flow.notes.contains("salary"))
        .unwrap();
    assert_eq!(
        salary.flow.data_classes,
        BTreeSet::from([DataClass::Payroll, DataClass::Contact])
    );
    assert!(imported.guesses.contains(&Guess::UnknownJurisdiction {
        site: "Loose note".into()
    }));
    assert!(imported.guesses.contains(&Guess::FromContainer {
        site: "DingTalk".into(),
        container: "Interior da China".into(),
        jurisdiction: Jurisdiction::Mainland,
    }));
    assert!(
        imported
            .guesses
            .iter()
            .any(|g| matches!(g, Guess::NoClasses { .. }))
    );
    assert!(mermaid::read(b"sequenceDiagram\n a->>b: hi\n", "x").is_err());
    assert!(mermaid::read(b"flowchart LR\n  a[x --> b\n", "x").is_err());
}

#[test]
fn hostile_labels_are_escaped_and_come_back() {
    let mut map = sample("lotus-trading-dingtalk");
    let mut site = map.sites().next().unwrap().clone();
    site.name = "<script>alert(\"x\")</script> & 'co' | #1 `tick` 澳門".into();
    site.city = "end".into();
    map.replace_site(site.clone()).unwrap();
    let text = chart(&map, Language::English);
    assert!(!text.contains("<script"), "{text}");
    for line in text.lines().filter(|l| l.contains("alert")) {
        // Inside a label every double quote is the label's own.
        assert_eq!(line.matches('"').count(), 2, "{line}");
    }
    let back = mermaid::read(text.as_bytes(), "x").unwrap();
    assert_eq!(back.map.site(&site.id).unwrap().name, site.name);
    assert_eq!(back.map.site(&site.id).unwrap().city, "end");
}

#[test]
fn mermaids_own_parser_accepts_every_chart_where_it_is_installed() {
    let Some(folder) = std::env::var_os("BORDERFLOW_MERMAID_DIR") else {
        eprintln!(
            "Mermaid parser check skipped: set BORDERFLOW_MERMAID_DIR to a folder where \
             `npm install mermaid jsdom` ran"
        );
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let script = work.path().join("check.mjs");
    std::fs::write(
        &script,
        "import { createRequire } from 'node:module';\n\
         import { readFileSync } from 'node:fs';\n\
         import { pathToFileURL } from 'node:url';\n\
         const require = createRequire(process.argv[2] + '/');\n\
         const { JSDOM } = require('jsdom');\n\
         const dom = new JSDOM('<!doctype html><html><body></body></html>');\n\
         globalThis.window = dom.window; globalThis.document = dom.window.document;\n\
         const mermaid = (await import(pathToFileURL(require.resolve('mermaid')))).default;\n\
         for (const file of process.argv.slice(3)) {\n\
           try { await mermaid.parse(readFileSync(file, 'utf8')); }\n\
           catch (e) { console.error(file + ': ' + e.message); process.exit(1); }\n\
         }\n",
    )
    .unwrap();
    let mut files = Vec::new();
    for name in SAMPLES {
        let path = work.path().join(format!("{name}.mmd"));
        std::fs::write(&path, chart(&sample(name), Language::TraditionalChinese)).unwrap();
        files.push(path);
    }
    let mut hostile = sample("lotus-trading-dingtalk");
    let mut site = hostile.sites().next().unwrap().clone();
    site.name = "<script>x</script> \"q\" & | # ` ; [a] {b} (c) end".into();
    hostile.replace_site(site).unwrap();
    let path = work.path().join("hostile.mmd");
    std::fs::write(&path, chart(&hostile, Language::English)).unwrap();
    files.push(path);
    let output = std::process::Command::new("node")
        .arg(&script)
        .arg(&folder)
        .args(&files)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
