//! What a DPO files: the fields the regulators' forms ask beyond the rules (map format version 3,
//! the inventory's optional columns), the filing annexes pre-filled from the map with blanks for
//! what it lacks, the executive summary, and the sign-off's decision with the justification of
//! an approval given while serious findings are open.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use borderflow::io::{COLUMNS, inventory_to_csv, map_to_string, parse_inventory, parse_map};
use borderflow::model::{
    DataClass, Decision, Flow, FlowId, Jurisdiction, Language, LegalBasis, Map, MapMeta, Person,
    Reference, Safeguard, Severity, Site, SiteId, SiteKind,
};
use borderflow::report::{self, Annex, Block};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{ENGLISH_SAMPLES, day, pdf_text, sample, sample_path};

fn person(name: &str) -> Person {
    Person {
        name: name.to_owned(),
        title: format!("{name}'s title"),
        contact: format!("{}@example.mo", name.to_lowercase().replace(' ', ".")),
    }
}

/// `map` with every filing field filled: the controller, each site's address, contact and
/// storage place, each flow's subjects, method, channel, measures, onward recipients and the
/// reference of each filing or contract it records.
fn filled(mut map: Map) -> Map {
    let controller = &mut map.meta.controller;
    controller.name_zh = "蓮花貿易有限公司".into();
    controller.name_pt = "Comércio Lótus, Limitada".into();
    controller.name_en = "Lotus Trading Ltd.".into();
    controller.address = "Rua de Seng Tou 100, Taipa".into();
    controller.registration = "SO 12345".into();
    controller.signatory = person("Lei Man");
    controller.representative = person("Ho Kin");
    controller.dpo = person("Ana Lei");
    controller.security_measures = "ISO 27001 programme; yearly audit".into();
    let sites: Vec<Site> = map.sites().cloned().collect();
    for mut site in sites {
        site.entity = format!("{} Ltd.", site.name);
        site.address = format!("{} street 1", site.name);
        site.contact = person("Contact Person");
        site.storage_location = format!("{} data centre", site.name);
        map.replace_site(site).unwrap();
    }
    let flows: Vec<Flow> = map.flows().map(|view| view.flow.clone()).collect();
    for mut flow in flows {
        flow.subject_categories = "Employees".into();
        flow.processing_method = "Storage and payroll calculation".into();
        flow.channel = "HTTPS API".into();
        flow.security_measures = "TLS 1.3, role-based access".into();
        flow.onward_recipients = "none".into();
        // A processing agreement on every flow, so that every flow has a reference to record.
        flow.safeguards.insert(Safeguard::ProcessorContract);
        let documented: Vec<Safeguard> = flow
            .safeguards
            .iter()
            .copied()
            .filter(|safeguard| safeguard.has_reference())
            .collect();
        for safeguard in documented {
            flow.references.insert(
                safeguard,
                Reference {
                    number: format!("REF-{}", safeguard.id()),
                    dated: Some("2026-01-05".parse().unwrap()),
                    effective: Some("2026-01-20".parse().unwrap()),
                    expires: Some("2029-01-19".parse().unwrap()),
                },
            );
        }
        map.replace_flow(flow).unwrap();
    }
    map
}

fn markdown_of(report: &report::Report) -> String {
    report::to_markdown(report, "d.svg")
}

fn annex_markdown(map: &Map, annex: Annex, language: Language) -> String {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    markdown_of(&report::build_annex(
        &Evaluated::new(map, &evaluation, &rulebook).in_language(language),
        annex,
    ))
}

fn full_markdown(map: &Map, language: Language) -> String {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    markdown_of(&report::build(
        &Evaluated::new(map, &evaluation, &rulebook).in_language(language),
    ))
}

/// The rows of every table in `text` whose first cell starts with `label`.
fn rows_labelled<'t>(text: &'t str, label: &str) -> Vec<&'t str> {
    let escaped = report::escape_markdown(label);
    text.lines()
        .filter(|line| line.starts_with(&format!("| {escaped}")))
        .collect()
}

/// A Mainland export that needs the CAC standard contract: sensitive data of 50 people a year
/// from Shenzhen to Singapore.
fn mainland_export() -> Map {
    let mut map = Map::new(MapMeta {
        title: "Clinic records".into(),
        organisation: "Pearl Clinics".into(),
        ..MapMeta::default()
    });
    let clinic = SiteId::new("clinic").unwrap();
    let lab = SiteId::new("lab").unwrap();
    map.add_site(Site::new(
        clinic.clone(),
        "Shenzhen clinic",
        SiteKind::Office,
        Jurisdiction::Mainland,
    ))
    .unwrap();
    map.add_site(Site::new(
        lab.clone(),
        "Singapore lab",
        SiteKind::Party,
        "SG".parse().unwrap(),
    ))
    .unwrap();
    let mut flow = Flow::new(FlowId::new("lab-results").unwrap(), clinic, lab);
    flow.purpose = "Laboratory analysis".into();
    flow.legal_basis = LegalBasis::Consent;
    flow.subjects_per_year = Some(50);
    flow.data_classes.insert(DataClass::Health);
    flow.retention_days = Some(90);
    map.add_flow(flow).unwrap();
    map
}

#[test]
fn a_map_that_uses_no_filing_field_saves_byte_for_byte_as_before() {
    for name in ENGLISH_SAMPLES {
        let text = std::fs::read_to_string(sample_path(name)).unwrap();
        let map = parse_map(text.as_bytes()).unwrap();
        let saved = map_to_string(&map).unwrap();
        // The Hengqin sample is mid-assessment: its sign-off records decisions, a version 3
        // field; the filing fields are empty in every sample.
        let version = if map.assessment.sign_off.uses_decisions() {
            3
        } else {
            2
        };
        assert_eq!(version == 3, name == "pearl-delta-hengqin", "{name}");
        assert!(saved.contains(&format!("version: {version},")), "{name}");
        assert_eq!(saved, text, "{name} is saved unchanged");
    }
}

#[test]
fn every_filing_field_is_saved_as_version_3_and_read_back() {
    let map = filled(sample("lotus-trading-dingtalk"));
    let text = map_to_string(&map).unwrap();
    assert!(text.contains("version: 3,"));
    for field in [
        "controller:",
        "name_zh:",
        "signatory:",
        "storage_location:",
        "subject_categories:",
        "onward_recipients:",
        "references:",
    ] {
        assert!(text.contains(field), "{field}");
    }
    let back = parse_map(text.as_bytes()).unwrap();
    assert_eq!(back, map);
    assert_eq!(map_to_string(&back).unwrap(), text);

    // Any one of them alone asks for version 3; none of them, version 2.
    let base = sample("lotus-trading-dingtalk");
    type MapEdit = Box<dyn Fn(&mut Map)>;
    let mut edits: Vec<MapEdit> = vec![
        Box::new(|map| map.meta.controller.address = "Taipa".into()),
        Box::new(|map| map.assessment.sign_off.approver_title = "Director".into()),
        Box::new(|map| map.assessment.sign_off.dpo_decision = Some(Decision::Reject)),
        Box::new(|map| map.assessment.sign_off.justification = "Pilot only".into()),
    ];
    edits.push(Box::new(|map| {
        let mut site = map.sites().next().unwrap().clone();
        site.contact.name = "Ana".into();
        map.replace_site(site).unwrap();
    }));
    edits.push(Box::new(|map| {
        let mut flow = map.flows().next().unwrap().flow.clone();
        flow.channel = "SFTP".into();
        map.replace_flow(flow).unwrap();
    }));
    edits.push(Box::new(|map| {
        let mut flow = map.flows().next().unwrap().flow.clone();
        flow.references
            .insert(Safeguard::PiaDone, Reference::default());
        flow.references.get_mut(&Safeguard::PiaDone).unwrap().number = "PIA-1".into();
        map.replace_flow(flow).unwrap();
    }));
    for (index, edit) in edits.iter().enumerate() {
        let mut map = base.clone();
        edit(&mut map);
        let text = map_to_string(&map).unwrap();
        assert!(text.contains("version: 3,"), "edit {index}");
        assert_eq!(parse_map(text.as_bytes()).unwrap(), map, "edit {index}");
    }
}

#[test]
fn filing_fields_go_through_the_inventory_and_come_back() {
    let map = filled(sample("pearl-delta-hengqin"));
    let csv = inventory_to_csv(&map).unwrap();
    let header = csv.lines().next().unwrap();
    for column in [
        "subject_categories",
        "references",
        "to_storage_location",
        "from_address",
    ] {
        assert!(header.split(',').any(|name| name == column), "{column}");
    }
    let back = parse_inventory(csv.as_bytes(), MapMeta::default()).unwrap();
    for view in map.flows() {
        let again = back.flow(&view.flow.id).unwrap();
        let (flow, other) = (view.flow, again.flow);
        assert_eq!(flow.subject_categories, other.subject_categories);
        assert_eq!(flow.processing_method, other.processing_method);
        assert_eq!(flow.channel, other.channel);
        assert_eq!(flow.security_measures, other.security_measures);
        assert_eq!(flow.onward_recipients, other.onward_recipients);
        assert_eq!(flow.references, other.references, "{}", flow.id);
        for (site, site_back) in [(view.source, again.source), (view.target, again.target)] {
            assert_eq!(site.address, site_back.address);
            assert_eq!(site.contact, site_back.contact);
            assert_eq!(site.storage_location, site_back.storage_location);
        }
    }
    // A map without them writes the inventory's columns only, and (edition 2027-01) the
    // operators its sites record.
    let plain = inventory_to_csv(&sample("pearl-delta-hengqin")).unwrap();
    assert_eq!(
        plain.lines().next().unwrap(),
        format!("{},from_operator,to_operator", COLUMNS.join(","))
    );
}

#[test]
fn bad_filing_cells_are_refused_by_row_and_column() {
    let header = "flow_id,from,from_jurisdiction,to,to_jurisdiction,references,to_address";
    let cases = [
        (
            "f1,HQ,MO,Cloud,CN,macau_notification=R/1/GPDP@2026-13-01,",
            "column `references`",
            "2026-13-01",
        ),
        (
            "f1,HQ,MO,Cloud,CN,encryption_in_transit=X,",
            "column `references`",
            "no reference",
        ),
        (
            "f1,HQ,MO,Cloud,CN,R/1/GPDP,",
            "column `references`",
            "safeguard=number@date",
        ),
    ];
    for (row, place, words) in cases {
        let text = format!("{header}\n{row}\n");
        let error = parse_inventory(text.as_bytes(), MapMeta::default())
            .unwrap_err()
            .to_string();
        assert!(error.contains("row 2") && error.contains(place), "{error}");
        assert!(error.contains(words), "{error}");
    }
    // One name is one site: its address must agree on every row.
    let text = format!("{header}\nf1,HQ,MO,Cloud,CN,,Road 1\nf2,HQ,MO,Cloud,CN,,Road 2\n");
    let error = parse_inventory(text.as_bytes(), MapMeta::default())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("row 3") && error.contains("to_address") && error.contains("row 2"),
        "{error}"
    );
}

#[test]
fn the_notification_carries_every_article_23_item_and_marks_what_is_missing() {
    let items = [
        "(a) Name and address of the controller",
        "(a) Its representative",
        "(b) Purposes of the processing",
        "(c) Categories of data subjects",
        "(c) Data or categories of personal data",
        "(d) Recipients",
        "(e) Entity entrusted with the processing",
        "(f) Combinations",
        "(g) Retention period",
        "(h) How data subjects are informed",
        "(i) Transfers planned",
        "(j) General description of the security measures",
        "Declaration, signature and seal",
    ];
    let map = sample("lotus-trading-dingtalk");
    let bare = annex_markdown(&map, Annex::Notification, Language::English);
    // Lotus's flows all start in Macau: one form per purpose.
    let purposes: std::collections::BTreeSet<&str> = map
        .flows()
        .filter(|view| view.source.jurisdiction == Jurisdiction::Macau)
        .map(|view| view.flow.purpose.trim())
        .collect();
    assert_eq!(bare.matches("### Form ").count(), purposes.len(), "{bare}");
    for item in items {
        assert_eq!(
            rows_labelled(&bare, item).len(),
            purposes.len(),
            "{item} once per form"
        );
    }
    // Nothing of the controller is recorded: each part is a blank to complete, never a guess.
    let controller = rows_labelled(&bare, items[0])[0];
    assert_eq!(
        controller.matches("(to complete)").count(),
        4,
        "{controller}"
    );
    for item in ["(c) Categories of data subjects", "(j) General description"] {
        assert!(rows_labelled(&bare, item)[0].contains("(to complete)"));
    }

    let full = filled(map.clone());
    let text = annex_markdown(&full, Annex::Notification, Language::English);
    let controller = rows_labelled(&text, items[0])[0];
    assert!(!controller.contains("(to complete)"), "{controller}");
    assert!(controller.contains("蓮花貿易有限公司") && controller.contains("SO 12345"));
    for item in ["(c) Categories of data subjects", "(j) General description"] {
        assert!(!rows_labelled(&text, item)[0].contains("(to complete)"));
    }
    assert!(text.contains("REF-macau_notification") || !text.contains("Macau notification"));

    // In Traditional Chinese, with the statute's terms.
    let chinese = annex_markdown(&map, Annex::Notification, Language::TraditionalChinese);
    assert!(chinese.contains("(a) 負責處理個人資料的實體的名稱及地址"));
    assert!(chinese.contains("(j) 安全措施的概括說明"));
    assert!(chinese.contains("（待填）"));
}

#[test]
fn each_annex_is_a_section_of_the_report_and_can_be_written_alone() {
    let maps = [
        sample("lotus-trading-dingtalk"),
        sample("pearl-delta-hengqin"),
        mainland_export(),
    ];
    for map in &maps {
        let full = full_markdown(map, Language::English);
        for (annex, letter) in Annex::ALL.into_iter().zip('A'..) {
            assert!(full.contains(&format!("\n## Annex {letter}. ")), "{annex}");
            let alone = annex_markdown(map, annex, Language::English);
            assert_eq!(alone.matches("\n## ").count(), 1, "{annex}: one section");
            assert!(alone.contains(&format!("## Annex {letter}. ")));
            assert!(!alone.contains("## 1\\."), "{annex}: no other section");
            assert!(!alone.contains("{$") && !alone.contains("{ $"));
        }
    }
    let rulebook = Rulebook::builtin().unwrap();
    let map = mainland_export();
    let evaluation = rulebook.evaluate(&map, day());
    for annex in Annex::ALL {
        for language in Language::ALL {
            let built = report::build_annex(
                &Evaluated::new(&map, &evaluation, &rulebook).in_language(*language),
                annex,
            );
            assert!(report::to_pdf(&built).unwrap().starts_with(b"%PDF"));
            assert!(!built.blocks.contains(&Block::Diagram));
        }
    }
}

#[test]
fn the_cac_contract_annex_has_its_ten_items_and_blanks_for_what_the_map_lacks() {
    let map = mainland_export();
    let text = annex_markdown(&map, Annex::CacContract, Language::English);
    let items = [
        "Purpose of processing",
        "Method of processing",
        "Scale (people a year)",
        "Categories of personal information",
        "Categories of sensitive personal information",
        "Third parties the recipient provides it to",
        "Transmission method",
        "Storage period after transfer",
        "Storage location after transfer",
        "Other matters",
    ];
    for item in items {
        assert_eq!(rows_labelled(&text, item).len(), 1, "{item}\n{text}");
    }
    assert!(rows_labelled(&text, "Purpose of processing")[0].contains("Laboratory analysis"));
    assert!(rows_labelled(&text, "Scale")[0].contains("50"));
    assert!(rows_labelled(&text, "Categories of sensitive")[0].contains("Health"));
    for blank in ["Method of processing", "Storage location after transfer"] {
        assert!(
            rows_labelled(&text, blank)[0].contains("(to complete)"),
            "{blank}"
        );
    }
    // The 90 days are kept; the dates they run between are not invented.
    let period = rows_labelled(&text, "Storage period after transfer")[0];
    assert!(
        period.contains("90 days") && period.contains("(to complete)"),
        "{period}"
    );

    let pipia = annex_markdown(&map, Annex::Pipia, Language::SimplifiedChinese);
    for heading in [
        "一（一）1",
        "一（一）4",
        "一（二）3",
        "第五条第（五）项",
        "评估结论",
    ] {
        assert!(pipia.contains(heading), "{heading}");
    }
    // The Macau annexes say there is nothing to file from this map.
    let notification = annex_markdown(&map, Annex::Notification, Language::English);
    assert!(notification.contains("No flow starts in Macau"));
}

#[test]
fn the_report_lists_what_the_filings_need_that_the_map_lacks() {
    let map = sample("lotus-trading-dingtalk");
    let text = full_markdown(&map, Language::English);
    let gaps = text
        .split("### What the filings ask that the map does not record")
        .nth(1)
        .unwrap()
        .split("\n## ")
        .next()
        .unwrap();
    for field in [
        "Controller's legal name in Chinese",
        "Registration number",
        "Categories of data subjects: F",
        "Storage location after transfer: F",
    ] {
        assert!(gaps.contains(field), "{field}\n{gaps}");
    }
    let text = full_markdown(&filled(map), Language::English);
    assert!(text.contains("The map records every field the filings ask for."));
}

#[test]
fn the_executive_summary_comes_first_with_a_verdict_per_regime() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let rulebook = Rulebook::builtin().unwrap();
        let evaluation = rulebook.evaluate(&map, day());
        let built = report::build(
            &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
        );
        let first = built
            .blocks
            .iter()
            .find_map(|block| match block {
                Block::Heading(text) => Some(text.as_str()),
                _ => None,
            })
            .unwrap();
        assert_eq!(first, "Executive summary", "{name}");
        let text = markdown_of(&built);
        let summary = text.split("## 1\\.").next().unwrap();
        if map
            .flows()
            .any(|view| view.crosses_border() && view.source.jurisdiction == Jurisdiction::Macau)
        {
            assert!(summary.contains("- Macau (PDPA): "), "{name}\n{summary}");
        }
        // Every open critical or high rule is named with what it needs.
        let before = summary
            .split("### What must happen before the processing may continue")
            .nth(1)
            .unwrap();
        for finding in &evaluation.findings {
            if finding.severity >= Severity::High {
                assert!(
                    before.contains(&format!("- {} (", finding.rule())),
                    "{name}: {}",
                    finding.rule()
                );
            }
        }
        // The conclusion and decision close the report, before the annexes.
        let end = text
            .split("## 11\\. Conclusion and decision")
            .nth(1)
            .unwrap();
        assert!(end.contains("### Signatures"), "{name}");
    }
}

#[test]
fn an_approval_with_serious_findings_open_prints_its_justification_or_a_warning() {
    let mut map = sample("lotus-trading-dingtalk");
    let sign = &mut map.assessment.sign_off;
    sign.approver = "Mei Ho".into();
    sign.approver_title = "Managing director".into();
    sign.approver_decision = Some(Decision::ApproveWithConditions);
    sign.conditions = "Sign the processor contract by March".into();
    let text = full_markdown(&map, Language::English);
    let end = text.split("## 11\\.").nth(1).unwrap();
    assert!(
        end.contains("Approver's decision: Approve with conditions (Mei Ho)"),
        "{end}"
    );
    assert!(end.contains("Sign the processor contract by March"));
    assert!(end.contains("critical or high findings are open."), "{end}");
    assert!(end.contains("No justification is recorded"), "{end}");
    assert!(end.contains("Managing director"));

    map.assessment.sign_off.justification = "Pilot with 5 staff until the contract".into();
    let text = full_markdown(&map, Language::English);
    let end = text.split("## 11\\.").nth(1).unwrap();
    assert!(end.contains("Justification: Pilot with 5 staff until the contract"));
    assert!(!end.contains("No justification is recorded"));
    // The sign-off in section 9 names each role's title and decision.
    let sign_off = text
        .split("## 9\\.")
        .nth(1)
        .unwrap()
        .split("## 10\\.")
        .next()
        .unwrap();
    assert!(
        sign_off.contains(
            "| Approver | Mei Ho · not signed | Managing director | Approve with conditions |"
        ),
        "{sign_off}"
    );
}

#[test]
fn report_writes_one_annex_alone_and_refuses_an_unknown_one() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("notification.md");
    let map = sample_path("lotus-trading-dingtalk");
    let run = |annex: &str, out: &Path| {
        Command::new(env!("CARGO_BIN_EXE_borderflow"))
            .args([
                "report",
                &map.to_string_lossy(),
                "-o",
                &out.to_string_lossy(),
            ])
            .args(["--annex", annex, "--as-of", "2026-11-22", "--lang", "pt"])
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    let done = run("notification", &out);
    assert!(done.status.success(), "{done:?}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("## Anexo A. Notificação à DSPDP"), "{text}");
    assert!(text.contains("a) Nome e endereço do responsável pelo tratamento"));

    let refused = run("notice", &folder.path().join("x.md"));
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains("notification, authorisation, gba-contract, cac-contract, pipia"),
        "{message}"
    );
    assert!(!folder.path().join("x.md").exists());
}

#[test]
fn each_annex_starts_on_a_page_of_its_own() {
    let map = sample("pearl-delta-hengqin");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let built =
        report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English));
    let headings: Vec<&str> = built
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading(text) if text.starts_with("Annex ") => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), Annex::ALL.len());
    let Some(text) = pdf_text(&report::to_pdf(&built).unwrap()) else {
        return;
    };
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for heading in &headings {
        let page = pages
            .iter()
            .position(|page| page.lines().any(|line| line.trim() == *heading))
            .unwrap_or_else(|| panic!("no page has {heading}"));
        let annexes_there = headings
            .iter()
            .filter(|other| pages[page].lines().any(|line| line.trim() == **other))
            .count();
        assert_eq!(annexes_there, 1, "{heading} shares page {page}");
        // Nothing of the section before it is on its page: the heading is the page's first
        // line below the running header.
        let body: Vec<&str> = pages[page]
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        let at = body.iter().position(|line| line == heading).unwrap();
        assert!(at <= 2, "{heading} is line {at} of page {page}: {body:?}");
    }
}
