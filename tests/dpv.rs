//! DPV JSON-LD: the document is JSON-LD that rdflib reads (where it is installed), every flow
//! is a `dpv:PersonalDataHandling` with its classes as `dpv-pd:` categories, its place as
//! `dpv-loc:`, its legal basis and its transfer mechanisms; the same map gives the same bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use borderflow::interchange::dpv;
use borderflow::model::{DataClass, Safeguard};
use common::sample;
use serde_json::Value;

fn node<'a>(document: &'a Value, id_end: &str) -> &'a Value {
    document["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["@id"].as_str().unwrap().ends_with(id_end))
        .unwrap_or_else(|| panic!("no node {id_end}"))
}

fn ids(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item["@id"].as_str())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_flow_is_a_handling_with_categories_places_bases_and_mechanisms() {
    let mut map = sample("lotus-trading-dingtalk");
    let first = map.flows().next().unwrap().flow.clone();
    let mut contracted = first.clone();
    contracted.safeguards.insert(Safeguard::CnStandardContract);
    contracted.safeguards.insert(Safeguard::CnCertification);
    contracted.safeguards.insert(Safeguard::EncryptionInTransit);
    map.replace_flow(contracted).unwrap();
    let text = dpv::write(&map);
    assert_eq!(text, dpv::write(&map), "the same map gives the same bytes");
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document["@context"]["dpv-pd"], "https://w3id.org/dpv/pd#");
    assert_eq!(document["@context"]["dpv-loc"], "https://w3id.org/dpv/loc#");
    for view in map.flows() {
        let flow = node(&document, &format!("/flow/{}", view.flow.id));
        assert_eq!(flow["@type"], "dpv:PersonalDataHandling");
        let categories = ids(&flow["dpv:hasPersonalData"]);
        assert_eq!(categories.len(), view.flow.data_classes.len());
        assert!(categories.iter().all(|c| c.starts_with("dpv-pd:")));
        let place = dpv::location(&view.target.jurisdiction).unwrap();
        assert_eq!(flow["dpv:hasLocation"]["@id"], place.as_str());
        assert!(place.starts_with("dpv-loc:"));
        if !view.flow.purpose.is_empty() {
            assert_eq!(
                flow["dpv:hasPurpose"]["dct:description"],
                view.flow.purpose.as_str()
            );
        }
    }
    let handled = node(&document, &format!("/flow/{}", first.id));
    let bases = ids(&handled["dpv:hasLegalBasis"]);
    assert!(
        bases.contains(&"dpv:StandardContractualClauses"),
        "{bases:?}"
    );
    assert!(bases.contains(&"dpv:Certification"), "{bases:?}");
    assert!(
        ids(&handled["dpv:hasTechnicalOrganisationalMeasure"])
            .contains(&"dpv:EncryptionInTransfer")
    );
    assert_eq!(dpv::category(DataClass::Payroll), "dpv-pd:Salary");
    let macau = node(&document, "/site/taipa-head-office");
    assert_eq!(macau["dpv:hasLocation"]["@id"], "dpv-loc:MO");
}

#[test]
fn rdflib_reads_the_document_as_json_ld_where_it_is_installed() {
    let has_rdflib = std::process::Command::new("python3")
        .args(["-c", "import rdflib"])
        .output()
        .is_ok_and(|output| output.status.success());
    if !has_rdflib {
        eprintln!("JSON-LD check skipped: rdflib is not installed (pip install rdflib)");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    for name in [
        "lotus-trading-dingtalk",
        "pearl-delta-hengqin-zh",
        "banco-estrela-evidence",
    ] {
        let map = sample(name);
        let path = folder.path().join(format!("{name}.jsonld"));
        std::fs::write(&path, dpv::write(&map)).unwrap();
        let script = "import sys, rdflib\n\
            g = rdflib.Graph(); g.parse(sys.argv[1], format='json-ld')\n\
            DPV = rdflib.Namespace('https://w3id.org/dpv#')\n\
            flows = set(g.subjects(rdflib.RDF.type, DPV.PersonalDataHandling))\n\
            pd = [o for o in g.objects(None, DPV.hasPersonalData) if str(o).startswith('https://w3id.org/dpv/pd#')]\n\
            print(len(flows), len(pd))\n";
        let output = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let counts = String::from_utf8_lossy(&output.stdout);
        let mut numbers = counts
            .split_whitespace()
            .map(|n| n.parse::<usize>().unwrap());
        assert_eq!(numbers.next(), Some(map.flow_count()), "{name}");
        assert!(numbers.next().unwrap() > 0, "{name}");
    }
}
