//! Loading refuses every kind of bad map with the line, column and what was expected;
//! saving is deterministic and keeps the previous file.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use borderflow::io::{
    FORMAT_VERSION, LoadError, MapError, load_map, map_to_string, parse_map, save_map,
};
use borderflow::model::{
    DataClass, Flow, FlowId, Jurisdiction, Map, MapMeta, Site, SiteId, SiteKind,
};

const GOOD: &str = r#"(
    format: "borderflow-map",
    version: 2,
    meta: (title: "Test"),
    sites: [
        (id: "hq", name: "Macau HQ", kind: "office", jurisdiction: "MO"),
        (id: "dingtalk", name: "DingTalk", kind: "saas", jurisdiction: "CN"),
    ],
    flows: [
        (id: "att", from: "hq", to: "dingtalk", data_classes: ["attendance"]),
    ],
)"#;

fn refusal(text: &str) -> MapError {
    parse_map(text.as_bytes()).expect_err("the map should be refused")
}

fn location(error: &MapError) -> (usize, usize) {
    let location = error
        .location()
        .unwrap_or_else(|| panic!("no location in: {error}"));
    (location.line, location.column)
}

#[test]
fn a_good_map_loads() {
    let map = parse_map(GOOD.as_bytes()).unwrap();
    assert_eq!((map.site_count(), map.flow_count()), (2, 1));
}

#[test]
fn malformed_ron_is_refused_with_line_and_column() {
    let error = refusal(&GOOD.replace("(id: \"att\"", "(id: \"att\" oops"));
    assert_eq!(location(&error).0, 10);
    assert!(error.to_string().starts_with("10:"), "{error}");
}

#[test]
fn an_unknown_field_is_refused_naming_it() {
    let error = refusal(&GOOD.replace("kind: \"saas\"", "knid: \"saas\""));
    assert_eq!(location(&error).0, 7);
    assert!(error.to_string().contains("knid"), "{error}");
}

#[test]
fn an_unknown_id_is_refused_with_the_nearest_valid_one() {
    let error = refusal(&GOOD.replace("[\"attendance\"]", "[\"attendence\"]"));
    assert_eq!(location(&error).0, 10);
    let message = error.to_string();
    assert!(
        message.contains("unknown data class `attendence`"),
        "{message}"
    );
    assert!(message.contains("did you mean `attendance`"), "{message}");

    let error = refusal(&GOOD.replace("\"CN\"", "\"CN_GBA\""));
    assert!(
        error.to_string().contains("did you mean `CN-GBA`"),
        "{error}"
    );
}

#[test]
fn a_flow_to_a_missing_site_is_refused_where_it_points() {
    let error = refusal(&GOOD.replace("to: \"dingtalk\"", "to: \"dingtalk-hz\""));
    let message = error.to_string();
    assert!(
        message.contains("flow `att` points to site `dingtalk-hz`"),
        "{message}"
    );
    // Line 10, at the quoted site id.
    let text = GOOD.replace("to: \"dingtalk\"", "to: \"dingtalk-hz\"");
    let line = text.lines().nth(9).unwrap();
    let column = line.find("\"dingtalk-hz\"").unwrap() + 1;
    assert_eq!(location(&error), (10, column));
}

#[test]
fn duplicate_ids_are_refused_at_the_second_record() {
    let error = refusal(&GOOD.replace("(id: \"dingtalk\"", "(id: \"hq\""));
    assert!(
        error
            .to_string()
            .contains("site with id `hq` already exists"),
        "{error}"
    );
    assert_eq!(location(&error).0, 7);

    let doubled = GOOD.replace(
        "        (id: \"att\"",
        "        (id: \"att\", from: \"hq\", to: \"dingtalk\"),\n        (id: \"att\"",
    );
    let error = refusal(&doubled);
    assert!(
        error
            .to_string()
            .contains("flow with id `att` already exists"),
        "{error}"
    );
    assert_eq!(location(&error).0, 11);
}

#[test]
fn a_newer_format_version_is_refused_even_with_fields_this_build_does_not_know() {
    let newer = GOOD
        .replace("version: 2", &format!("version: {}", FORMAT_VERSION + 1))
        .replace("meta: (", "future_section: (a: 1),\n    meta: (");
    let error = refusal(&newer);
    assert_eq!(
        error,
        MapError::NewerVersion {
            found: FORMAT_VERSION + 1
        }
    );
    assert!(error.to_string().contains("newer borderflow"), "{error}");
}

#[test]
fn another_kind_of_ron_file_is_refused() {
    let error = refusal(&GOOD.replace("borderflow-map", "something-else"));
    assert!(matches!(error, MapError::NotAMap { .. }), "{error}");
    let error = refusal("(name: \"not a map\")");
    assert!(error.to_string().contains("format"), "{error}");
}

#[test]
fn text_that_is_not_utf8_is_refused_at_the_bad_byte() {
    let mut bytes = GOOD.as_bytes().to_vec();
    let at = GOOD.find("Macau HQ").unwrap();
    bytes[at] = 0xFF;
    let error = parse_map(&bytes).unwrap_err();
    assert_eq!(location(&error).0, 6);
    assert!(error.to_string().contains("UTF-8"));
}

#[test]
fn a_residual_score_out_of_range_is_refused() {
    let text = GOOD.replace(
        "    flows:",
        "    assessment: (treatments: {\"MO-01@att\": (residual_severity: 7)}),\n    flows:",
    );
    let error = refusal(&text);
    assert!(error.to_string().contains("must be 1 to 5"), "{error}");
    assert_eq!(location(&error).0, 9);
}

#[test]
fn deeply_nested_input_is_refused_not_a_stack_overflow() {
    let nesting = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep = format!("(format: \"borderflow-map\", version: 1, extra: {nesting})");
    assert!(matches!(refusal(&deep), MapError::Syntax { .. }));
    assert!(matches!(refusal(&nesting), MapError::Syntax { .. }));
}

#[test]
fn a_file_over_64_mib_is_refused_before_reading() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let error = load_map(&path).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("huge.ron"), "{error}");
}

#[test]
fn load_errors_name_the_file() {
    let error = load_map(Path::new("/nonexistent/folder/map.ron")).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("/nonexistent/folder/map.ron: cannot read"),
        "{error}"
    );
}

fn built_map() -> Map {
    let mut map = Map::new(MapMeta {
        title: "Built in a different order".into(),
        ..MapMeta::default()
    });
    for (id, jurisdiction) in [
        ("z-site", Jurisdiction::HongKong),
        ("a-site", Jurisdiction::Macau),
    ] {
        map.add_site(Site::new(
            SiteId::new(id).unwrap(),
            id,
            SiteKind::System,
            jurisdiction,
        ))
        .unwrap();
    }
    for id in ["f-2", "f-1"] {
        let mut flow = Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new("a-site").unwrap(),
            SiteId::new("z-site").unwrap(),
        );
        flow.data_classes = [DataClass::Payroll, DataClass::Contact].into();
        map.add_flow(flow).unwrap();
    }
    map
}

#[test]
fn output_is_sorted_so_insertion_order_does_not_matter() {
    let text = map_to_string(&built_map()).unwrap();
    assert!(text.find("\"a-site\"").unwrap() < text.find("\"z-site\"").unwrap());
    assert!(text.find("id: \"f-1\"").unwrap() < text.find("id: \"f-2\"").unwrap());
    assert!(text.find("\"contact\"").unwrap() < text.find("\"payroll\"").unwrap());
    let reloaded = parse_map(text.as_bytes()).unwrap();
    assert_eq!(reloaded, built_map());
    assert_eq!(map_to_string(&reloaded).unwrap(), text);
}

#[test]
fn hostile_text_round_trips_exactly() {
    let mut map = built_map();
    let mut site = map.site(&SiteId::new("a-site").unwrap()).unwrap().clone();
    site.name =
        "<script>alert(1)</script> \"quoted\" \\ r#\"raw\"# \u{200F}שלום 澳門\n第二行".into();
    site.notes = "=HYPERLINK(\"http://x\")\t\u{0}".into();
    map.replace_site(site.clone()).unwrap();
    let text = map_to_string(&map).unwrap();
    let reloaded = parse_map(text.as_bytes()).unwrap();
    assert_eq!(reloaded.site(&site.id).unwrap(), &site);
}

#[test]
fn saving_twice_keeps_the_previous_version_as_bak() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("client.ron");
    let first = built_map();
    save_map(&path, &first).unwrap();
    let mut second = first.clone();
    second.meta.title = "Second".into();
    save_map(&path, &second).unwrap();
    assert_eq!(load_map(&path).unwrap().meta.title, "Second");
    let backup = folder.path().join("client.ron.bak");
    assert_eq!(load_map(&backup).unwrap(), first);
}

#[test]
fn a_version_1_map_opens_and_saves_as_the_current_version() {
    let bytes = std::fs::read("tests/fixtures/lotus-v1.ron").unwrap();
    let map = parse_map(&bytes).unwrap();
    let assessment = &map.assessment;
    // The one rights answer of version 1 becomes the information answer.
    assert_eq!(
        assessment.dpia.rights.information,
        "Staff are told in the staff handbook and may write to hr@lotus.example."
    );
    assert!(assessment.dpia.rights.access.is_empty());
    assert_eq!(
        assessment.dpia.processing_description,
        "Attendance and payroll chat on DingTalk."
    );
    assert_eq!(assessment.sign_off.assessor, "Ana Lei");
    assert_eq!(assessment.revisions.len(), 1);
    assert_eq!(assessment.revisions[0].note, "First assessment");
    assert_eq!(assessment.revisions[0].step, None);
    assert_eq!(assessment.treatments["MO-03@payroll-chat"].owner, "Ana Lei");
    assert_eq!(map.site_count(), 3);

    let text = map_to_string(&map).unwrap();
    // Saved in the newest version that changes nothing for it: version 3 only adds fields this
    // map does not use, so it is written as version 2, which older builds still open.
    const { assert!(FORMAT_VERSION > 2) };
    assert!(text.contains("version: 2,"));
    assert!(text.contains("information: \"Staff are told"));
    assert_eq!(parse_map(text.as_bytes()).unwrap(), map);
}

#[test]
fn a_version_2_map_with_a_version_1_rights_answer_is_refused_with_its_place() {
    let text = GOOD.replace(
        "meta: (title: \"Test\"),",
        "meta: (title: \"Test\"),\n    assessment: (dpia: (rights: \"by email\")),",
    );
    let error = refusal(&text);
    assert_eq!(location(&error).0, 5, "{error}");
}

#[test]
fn a_treatment_given_twice_is_refused_where_the_second_one_is() {
    let text = GOOD.replace(
        "    flows:",
        "    assessment: (treatments: {\n        \"MO-01@att\": (owner: \"Ana\"),\n        \
         \"MO-01@att\": (owner: \"Rui\"),\n    }),\n    flows:",
    );
    let error = refusal(&text);
    assert!(
        error.to_string().contains("`MO-01@att` is given twice"),
        "{error}"
    );
    assert_eq!(location(&error).0, 11, "{error}");
    // In a version 1 file too.
    let version_1 = text.replace("version: 2", "version: 1");
    let error = refusal(&version_1);
    assert!(error.to_string().contains("given twice"), "{error}");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let with_bom = format!("\u{feff}{GOOD}");
    assert_eq!(
        parse_map(with_bom.as_bytes()).unwrap(),
        parse_map(GOOD.as_bytes()).unwrap()
    );
}

#[test]
fn numbers_out_of_range_or_with_decimals_name_the_field() {
    for bad in ["18446744073709551616", "-5", "90.5"] {
        let text = GOOD.replace(
            "data_classes: [\"attendance\"]",
            &format!("data_classes: [\"attendance\"], retention_days: {bad}"),
        );
        let error = refusal(&text);
        let message = error.to_string();
        assert!(message.contains("`retention_days`"), "{bad}: {message}");
        assert!(message.contains("whole number"), "{bad}: {message}");
        assert_eq!(location(&error).0, 10, "{bad}: {message}");
    }
}

#[test]
fn too_deep_nesting_says_so_in_plain_words() {
    let nesting = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let deep = format!("(format: \"borderflow-map\", version: 2, meta: (title: {nesting}))");
    let message = refusal(&deep).to_string();
    assert!(message.contains("nested more than 64 deep"), "{message}");
    assert!(!message.contains("serde_stacker"), "{message}");
}

#[test]
fn a_site_entity_round_trips_and_old_maps_are_unchanged() {
    // A map without entities saves exactly as before: the field is left out when empty.
    let old = map_to_string(&parse_map(GOOD.as_bytes()).unwrap()).unwrap();
    assert!(!old.contains("entity"), "{old}");
    let mut map = built_map();
    let mut site = map.site(&SiteId::new("a-site").unwrap()).unwrap().clone();
    site.entity = "Pearl Delta Hengqin Co.".into();
    map.replace_site(site.clone()).unwrap();
    let text = map_to_string(&map).unwrap();
    assert!(
        text.contains("entity: \"Pearl Delta Hengqin Co.\""),
        "{text}"
    );
    let reloaded = parse_map(text.as_bytes()).unwrap();
    assert_eq!(reloaded.site(&site.id).unwrap().entity, site.entity);
    assert_eq!(map_to_string(&reloaded).unwrap(), text);
    // The new class and safeguard ids load; an old map keeps `identity_document`.
    let with_new_ids = GOOD.replace(
        "data_classes: [\"attendance\"]",
        "data_classes: [\"identity_number\", \"identity_document\"], safeguards: [\"sharing_agreement\"]",
    );
    let map = parse_map(with_new_ids.as_bytes()).unwrap();
    let flow = map.flows().next().unwrap().flow;
    assert!(flow.data_classes.contains(&DataClass::IdentityNumber));
    assert!(flow.data_classes.contains(&DataClass::IdentityDocument));
}
