//! Flow numbers are stable: given once in the order flows are made, kept through adding,
//! deleting, renaming and reopening, never given again; older files keep the numbers they showed.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::io::{inventory_to_csv, map_to_string, parse_inventory, parse_map};
use borderflow::model::{Flow, FlowId, Jurisdiction, Map, MapMeta, Site, SiteId, SiteKind};
use borderflow::scene::flow_number;

fn id(text: &str) -> FlowId {
    FlowId::new(text).unwrap()
}

fn three_sites() -> Map {
    let mut map = Map::default();
    for (site, place) in [
        ("hq", Jurisdiction::Macau),
        ("dingtalk", Jurisdiction::Mainland),
        ("hk", Jurisdiction::HongKong),
    ] {
        let site_id = SiteId::new(site).unwrap();
        map.add_site(Site::new(site_id, site, SiteKind::Office, place))
            .unwrap();
    }
    map
}

fn flow(name: &str, from: &str, to: &str) -> Flow {
    Flow::new(
        id(name),
        SiteId::new(from).unwrap(),
        SiteId::new(to).unwrap(),
    )
}

fn reopen(map: &Map) -> Map {
    parse_map(map_to_string(map).unwrap().as_bytes()).unwrap()
}

#[test]
fn numbers_follow_creation_and_survive_delete_rename_and_reopen() {
    let mut map = three_sites();
    // Made in this order, against the alphabet: zeta is F1, alpha F2, mid F3.
    map.add_flow(flow("zeta", "hq", "dingtalk")).unwrap();
    map.add_flow(flow("alpha", "hq", "hk")).unwrap();
    map.add_flow(flow("mid", "dingtalk", "hk")).unwrap();
    assert_eq!(flow_number(&map, &id("zeta")), Some(1));
    assert_eq!(flow_number(&map, &id("alpha")), Some(2));
    assert_eq!(flow_number(&map, &id("mid")), Some(3));

    map.remove_flow(&id("mid")).unwrap();
    map.add_flow(flow("new", "hk", "hq")).unwrap();
    assert_eq!(
        flow_number(&map, &id("new")),
        Some(4),
        "3 is never given again"
    );

    // A rename is a removal and an addition of the same record: the number goes with it.
    let mut renamed = map.remove_flow(&id("alpha")).unwrap();
    renamed.id = id("beta");
    map.add_flow(renamed).unwrap();
    assert_eq!(flow_number(&map, &id("beta")), Some(2));

    let text = map_to_string(&map).unwrap();
    assert!(text.contains("version: 5"), "{text}");
    let reopened = reopen(&map);
    assert_eq!(reopened, map);
    for name in ["zeta", "beta", "new"] {
        assert_eq!(
            flow_number(&reopened, &id(name)),
            flow_number(&map, &id(name))
        );
    }
    // The counter is in the file: after reopening, the deleted number 3 is still not reused.
    let mut reopened = reopened;
    reopened.add_flow(flow("later", "hq", "hk")).unwrap();
    assert_eq!(flow_number(&reopened, &id("later")), Some(5));
    assert_eq!(
        map_to_string(&reopen(&reopened)).unwrap(),
        map_to_string(&reopened).unwrap()
    );
}

#[test]
fn a_number_already_in_use_is_replaced_and_an_edit_keeps_the_number() {
    let mut map = three_sites();
    map.add_flow(flow("a", "hq", "dingtalk")).unwrap();
    let mut copy = map.flow(&id("a")).unwrap().flow.clone();
    copy.id = id("a-2");
    map.add_flow(copy).unwrap();
    assert_eq!(
        flow_number(&map, &id("a-2")),
        Some(2),
        "a pasted copy gets its own"
    );
    let mut edited = map.flow(&id("a")).unwrap().flow.clone();
    edited.purpose = "payroll".into();
    edited.number = Some(9);
    map.replace_flow(edited).unwrap();
    assert_eq!(flow_number(&map, &id("a")), Some(1));
}

#[test]
fn older_files_keep_the_id_order_numbers_and_are_written_unchanged() {
    for sample in ["lotus-trading-dingtalk.ron", "pearl-delta-hengqin.ron"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(sample);
        let old = std::fs::read_to_string(path).unwrap();
        assert!(!old.contains("number"), "{sample} is an older file");
        let map = parse_map(old.as_bytes()).unwrap();
        let alphabetical: Vec<u32> = (1..=map.flow_count() as u32).collect();
        let numbers: Vec<u32> = map.flows().map(|view| view.flow.number.unwrap()).collect();
        assert_eq!(numbers, alphabetical, "{sample}");
        assert_eq!(
            map_to_string(&map).unwrap(),
            old,
            "{sample} is written byte for byte"
        );
    }
    let old = r#"(format: "borderflow-map", version: 2, meta: (title: "Old"),
        sites: [(id: "dingtalk", name: "DingTalk", kind: "saas", jurisdiction: "CN"),
                (id: "hq", name: "HQ", kind: "office", jurisdiction: "MO")],
        flows: [(id: "b-payroll", from: "hq", to: "dingtalk"),
                (id: "a-attendance", from: "hq", to: "dingtalk")])"#;
    let map = parse_map(old.as_bytes()).unwrap();
    assert_eq!(flow_number(&map, &id("a-attendance")), Some(1));
    assert_eq!(flow_number(&map, &id("b-payroll")), Some(2));
    let written = map_to_string(&map).unwrap();
    assert!(
        written.contains("version: 2") && !written.contains("number"),
        "{written}"
    );
    // Deleting the last flow records the counter: its number stays spent.
    let mut map = map;
    map.remove_flow(&id("b-payroll")).unwrap();
    let written = map_to_string(&map).unwrap();
    assert!(written.contains("version: 5") && written.contains("next_flow_number: 3"));
    assert_eq!(reopen(&map).next_flow_number(), 3);
}

#[test]
fn an_inventory_numbers_its_flows_in_row_order_and_exports_them_so() {
    let csv = "flow_id,from,from_jurisdiction,from_kind,to,to_jurisdiction,to_kind,data_classes\n\
        zz,Macau HQ,MO,office,DingTalk,CN,saas,attendance\n\
        aa,Macau HQ,MO,office,HK DC,HK,datacentre,contact\n";
    let map = parse_inventory(csv.as_bytes(), MapMeta::default()).unwrap();
    assert_eq!(flow_number(&map, &id("zz")), Some(1));
    assert_eq!(flow_number(&map, &id("aa")), Some(2));
    let exported = inventory_to_csv(&map).unwrap();
    let again = parse_inventory(exported.as_bytes(), MapMeta::default()).unwrap();
    assert_eq!(flow_number(&again, &id("zz")), Some(1));
    assert_eq!(reopen(&map), map);
}

#[test]
fn an_undone_addition_gives_its_number_back_but_a_deletion_does_not() {
    let mut map = three_sites();
    map.add_flow(flow("a", "hq", "dingtalk")).unwrap();
    let before = map.next_flow_number();
    map.add_flow(flow("b", "hq", "hk")).unwrap();
    map.unmake_flow(&id("b"), before).unwrap();
    assert_eq!(map.next_flow_number(), 2, "the addition is undone whole");
    // Deleting the highest-numbered flow, then taking back its restoration, keeps it spent.
    map.add_flow(flow("c", "hq", "hk")).unwrap();
    let deleted = map.remove_flow(&id("c")).unwrap();
    let before = map.next_flow_number();
    map.add_flow(deleted).unwrap();
    map.unmake_flow(&id("c"), before).unwrap();
    assert_eq!(map.next_flow_number(), 3);
    map.add_flow(flow("d", "hq", "hk")).unwrap();
    assert_eq!(flow_number(&map, &id("d")), Some(3));
}
