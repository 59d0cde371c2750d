//! The rulebook as a whole: the samples' expected findings, the same findings from a map and
//! from its inventory CSV, user packs that add or replace rules, and malformed packs refused
//! with the pack, the rule and the reason.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use borderflow::io::{load_inventory, load_map};
use borderflow::model::{Date, Language, Map};
use borderflow::rules::Evaluated;
use borderflow::rules::{Evaluation, Rulebook, RulesError, Subject};

const TODAY: &str = "2026-11-22";

fn sample(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}

fn check(map: &Map) -> Evaluation {
    Rulebook::builtin()
        .unwrap()
        .evaluate(map, TODAY.parse::<Date>().unwrap())
}

fn ids(evaluation: &Evaluation) -> Vec<String> {
    evaluation
        .findings
        .iter()
        .map(|f| f.id.to_string())
        .collect()
}

#[test]
fn lotus_trading_gets_what_a_consultant_expects() {
    let evaluation = check(&load_map(&sample("lotus-trading-dingtalk.ron")).unwrap());
    let found = ids(&evaluation);
    for flow in [
        "attendance-coloane",
        "attendance-taipa",
        "contracts-upload",
        "payroll-chat",
    ] {
        for rule in ["MO-01", "MO-07", "MO-09", "GEN-01"] {
            assert!(
                found.contains(&format!("{rule}@{flow}")),
                "{rule}@{flow} in {found:#?}"
            );
        }
    }
    for flow in ["attendance-coloane", "attendance-taipa"] {
        assert!(found.contains(&format!("MO-03@{flow}")));
    }
    let exempt = evaluation
        .findings
        .iter()
        .find(|f| f.id == "CN-04@contracts-delivery")
        .expect("the Hangzhou to Taipa leg is a Mainland re-export");
    assert!(
        exempt
            .detail_in(Language::English)
            .unwrap()
            .starts_with("Order 16 Art 4")
    );
    assert!(
        !found
            .iter()
            .any(|id| id.starts_with("CN-01") || id.starts_with("CN-03"))
    );
}

#[test]
fn pearl_delta_gets_what_a_consultant_expects() {
    let evaluation = check(&load_map(&sample("pearl-delta-hengqin.ron")).unwrap());
    let found = ids(&evaluation);
    // Edition 2027-01: on `hr_management` the sensitive flows need the Art 30 notice and the
    // Art 55 assessment (CN-15), not separate consent (CN-07).
    for expected in [
        "CN-15@face-clock-in",
        "CN-08@face-clock-in",
        "CN-15@id-card-upload",
        "CN-08@id-card-upload",
        "GEN-02@face-clock-in",
        "CN-10@weekly-hr-review",
        "MO-01@macau-staff-dingtalk",
        "MO-07@macau-staff-dingtalk",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected} in {found:#?}"
        );
    }
    for flow in ["weekly-hr-review", "monthly-payroll-summary"] {
        let exempt = evaluation
            .findings
            .iter()
            .find(|f| f.id == format!("CN-04@{flow}"))
            .unwrap_or_else(|| panic!("{flow} is exempt as HR management"));
        assert!(
            exempt
                .detail_in(Language::English)
                .unwrap()
                .starts_with("Order 16 Art 5(2)")
        );
    }
    // Face and ID data stay inside the Mainland: no export findings on them.
    assert!(!found.contains(&"CN-04@face-clock-in".to_owned()));
    for gone in ["CN-07@face-clock-in", "CN-07@id-card-upload"] {
        assert!(!found.contains(&gone.to_owned()), "{gone} in {found:#?}");
    }
}

#[test]
fn banco_estrela_has_only_monitoring_the_re_export_exemptions_and_the_pipl_gaps_of_the_re_exports()
{
    let evaluation = check(&load_map(&sample("banco-estrela-evidence.ron")).unwrap());
    // Edition 2026-12: the audit events rest on legitimate interests, which PIPL Art 13 lacks
    // (CN-05), and both re-exports give data to a controller without a notice naming it
    // (CN-12) or an agreement with it (CN-14). Edition 2027-01: the Macau bank processes the
    // re-exported data on its own account in automated systems without notifying it (MO-11).
    assert_eq!(
        ids(&evaluation),
        [
            "MO-11@audit-events",
            "CN-04@audit-events",
            "CN-05@audit-events",
            "CN-12@audit-events",
            "CN-14@audit-events",
            "MO-11@chat-archive",
            "CN-04@chat-archive",
            "CN-12@chat-archive",
            "CN-14@chat-archive",
            "GEN-03@staff-messaging"
        ]
    );
}

/// A finding keyed by rule and subject name (site ids differ between a drawn map and an import).
fn keyed(map: &Map, evaluation: &Evaluation) -> Vec<(String, String)> {
    evaluation
        .findings
        .iter()
        .map(|f| {
            let subject = match &f.subject {
                Subject::Site(id) => format!("site {}", map.site(id).unwrap().name),
                other => other.id().to_owned(),
            };
            (f.rule().to_string(), subject)
        })
        .collect()
}

#[test]
fn a_map_and_its_inventory_give_the_same_findings() {
    for name in [
        "lotus-trading-dingtalk",
        "pearl-delta-hengqin",
        "banco-estrela-evidence",
    ] {
        let drawn = load_map(&sample(&format!("{name}.ron"))).unwrap();
        let imported = load_inventory(&sample(&format!("{name}.csv"))).unwrap();
        assert_eq!(
            keyed(&drawn, &check(&drawn)),
            keyed(&imported, &check(&imported)),
            "{name}"
        );
    }
}

fn borderflow(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn check_prints_the_same_json_for_a_map_and_its_csv() {
    let json = |file: &str| {
        let output = borderflow(&[
            "check",
            &sample(file).to_string_lossy(),
            "--json",
            "--as-of",
            TODAY,
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()
    };
    let (map, csv) = (
        json("lotus-trading-dingtalk.ron"),
        json("lotus-trading-dingtalk.csv"),
    );
    assert_eq!(map["findings"], csv["findings"]);
    // Edition 2026-12 adds five: MO-03 on the two other flows to DingTalk (a platform is
    // automated processing), and CN-05, CN-12 and CN-14 on the Hangzhou → Taipa re-export.
    // Edition 2027-01 adds MO-11 on the Hangzhou → Taipa re-export (the head office processes
    // it on its own account).
    assert_eq!(map["totals"]["findings"], 34);
    assert_eq!(map["totals"]["by_severity"]["critical"], 5);
    let first = &map["findings"][0];
    for key in [
        "id",
        "rule",
        "obligation",
        "flow",
        "site",
        "severity",
        "likelihood",
        "title",
        "citation",
        "verification",
        "mitigation",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
}

#[test]
fn fail_on_sets_exit_code_2_at_or_above_the_threshold() {
    let banco = sample("banco-estrela-evidence.ron")
        .to_string_lossy()
        .into_owned();
    let code = |level: &str| {
        borderflow(&["check", &banco, "--as-of", TODAY, "--fail-on", level])
            .status
            .code()
    };
    // Banco's worst finding is high (workplace monitoring).
    assert_eq!(code("high"), Some(2));
    assert_eq!(code("critical"), Some(0));
    let bad_date = borderflow(&["check", &banco, "--as-of", "2026-13-01"]);
    assert_eq!(
        bad_date.status.code(),
        Some(1),
        "a usage error is an error, not a finding"
    );
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("expected YYYY-MM-DD"));
    assert_eq!(
        borderflow(&["check", "/no/such/map.ron"]).status.code(),
        Some(1)
    );
}

/// A client's pack: a rule on every payroll flow that leaves Macau.
const CLIENT_PACK: &str = include_str!("fixtures/packs/client.ron");

#[test]
fn a_user_pack_in_a_folder_adds_a_finding_without_rebuilding() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("client.ron"), CLIENT_PACK).unwrap();
    let lotus = sample("lotus-trading-dingtalk.ron")
        .to_string_lossy()
        .into_owned();
    let output = borderflow(&[
        "check",
        &lotus,
        "--as-of",
        TODAY,
        "--rules",
        &folder.path().to_string_lossy(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(
        table.contains("payroll-chat") && table.contains("payroll-leaves-macau"),
        "{table}"
    );
    let without = borderflow(&["check", &lotus, "--as-of", TODAY]);
    assert!(!String::from_utf8_lossy(&without.stdout).contains("payroll-leaves-macau"));
}

#[test]
fn a_user_pack_with_a_built_in_id_replaces_it() {
    let replacement = CLIENT_PACK.replace("pack: \"client\"", "pack: \"general\"");
    let mut sources: Vec<(String, String)> = borderflow::rules::BUILTIN_PACKS
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    sources.push(("general.ron".to_owned(), replacement));
    let rulebook = Rulebook::from_sources(&sources).unwrap();
    let rules: Vec<&str> = rulebook.rules().iter().map(|r| r.id.as_str()).collect();
    assert!(
        rules.contains(&"CLIENT-01") && !rules.contains(&"GEN-01"),
        "{rules:?}"
    );
}

fn refused(pack: &str) -> RulesError {
    let mut sources: Vec<(String, String)> = borderflow::rules::BUILTIN_PACKS
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    sources.push(("client.ron".to_owned(), pack.to_owned()));
    Rulebook::from_sources(&sources).expect_err("the pack should be refused")
}

#[test]
fn malformed_packs_are_refused_with_pack_rule_and_reason() {
    let cases = [
        (CLIENT_PACK.replace("severity: 4", "severity: 7"), "rule pack client.ron, rule CLIENT-01: severity 7 is out of range; it must be 1 to 5"),
        (CLIENT_PACK.replace("fact(\"mo_export\")", "fact(\"mo_exprot\")"), "rule pack client.ron, rule CLIENT-01: unknown fact `mo_exprot`"),
        (CLIENT_PACK.replace("classes([\"payroll\"])", "site_in([\"MO\"])"), "rule pack client.ron, rule CLIENT-01: `site_in` applies to a site, but this condition is about a flow"),
        (CLIENT_PACK.replace("verification: \"V\"", "verification: \"X\""), "rule pack client.ron, rule CLIENT-01: verification \"X\" must be V, S or U"),
        (CLIENT_PACK.replace("\"CLIENT-01\"", "\"MO-01\""), "rule MO-01: rule id MO-01 is also defined in pack macau"),
        (CLIENT_PACK.replace("Ask the CFO.", "Ask the {cfo}."), "rule pack client.ron, rule CLIENT-01: unknown text `{cfo}`"),
        (CLIENT_PACK.replace("effective_from", "x").replace("mitigation: \"Ask the CFO.\",", "mitigation: \"m\", effective_from: \"2025-01-01\", effective_until: \"2024-01-01\","), "effective_until 2024-01-01 is before effective_from 2025-01-01"),
    ];
    for (pack, expected) in cases {
        let message = refused(&pack).to_string();
        assert!(
            message.contains(expected),
            "expected {expected:?} in:\n{message}"
        );
    }
}

#[test]
fn a_syntax_error_in_a_pack_names_the_line_and_the_rule() {
    let error = refused(&CLIENT_PACK.replace("likelihood: 2,", "likelihood: 2"));
    assert_eq!(error.item.as_deref(), Some("rule CLIENT-01"));
    assert!(error.location.is_some());
    assert!(
        error.to_string().starts_with("rule pack client.ron:"),
        "{error}"
    );
    let error = refused(&CLIENT_PACK.replace("classes([\"payroll\"])", "clases([\"payroll\"])"));
    assert!(error.to_string().contains("clases"), "{error}");
}

#[test]
fn facts_that_depend_on_each_other_in_a_circle_are_refused() {
    let pack = CLIENT_PACK.replace(
        "    rules: [",
        "    facts: [(name: \"a\", when: fact(\"b\")), (name: \"b\", when: not(fact(\"a\")))],\n    rules: [",
    );
    let error = refused(&pack);
    assert!(error.to_string().contains("circle"), "{error}");
}

#[test]
fn a_folder_without_packs_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let error = Rulebook::builtin_with_folder(folder.path()).unwrap_err();
    assert!(error.to_string().contains("no .ron rule packs"), "{error}");
}

/// A pack of `count` facts, each referring to the one before; the first refers to the last when
/// `circle` is set, else it looks at the `automated` flag. One rule looks at the last fact.
fn chained_pack(count: usize, circle: bool) -> String {
    let mut text = String::from(
        "(format: \"borderflow-rules\", version: 1, pack: \"chain\", title: \"Chain\", edition: \"1\", facts: [\n",
    );
    for index in 0..count {
        let when = match index {
            0 if circle => format!("fact(\"f{}\")", count - 1),
            0 => "flags([\"automated\"])".to_owned(),
            _ => format!("fact(\"f{}\")", index - 1),
        };
        text.push_str(&format!("(name: \"f{index}\", when: {when}),\n"));
    }
    text.push_str(&format!(
        "], rules: [(id: \"CHAIN-01\", obligation: \"chain\", title: \"Chained\", severity: 2, likelihood: 2, citation: \"c\", verification: \"U\", mitigation: \"m\", when: fact(\"f{}\"))])",
        count - 1
    ));
    text
}

#[test]
fn a_pack_of_30000_chained_facts_loads_and_evaluates_without_deep_recursion() {
    // Run on a small stack, so recursion proportional to the chain would overflow it.
    let outcome = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let book =
                Rulebook::from_sources(&[("chain.ron".to_owned(), chained_pack(30_000, false))])
                    .map_err(|error| error.to_string())?;
            let map = load_map(&sample("lotus-trading-dingtalk.ron")).unwrap();
            let evaluation = book.evaluate(&map, TODAY.parse::<Date>().unwrap());
            let fired: Vec<String> = ids(&evaluation);
            let reasons: Vec<usize> = evaluation
                .findings
                .iter()
                .map(|f| f.reasons().len())
                .collect();
            let circle =
                Rulebook::from_sources(&[("circle.ron".to_owned(), chained_pack(30_000, true))])
                    .err()
                    .map(|error| error.to_string());
            Ok::<_, String>((fired, reasons, circle))
        })
        .unwrap()
        .join()
        .expect("no stack overflow");
    let (fired, reasons, circle) = outcome.unwrap();
    // The two automated attendance flows reach the end of the chain.
    assert_eq!(
        fired,
        ["CHAIN-01@attendance-coloane", "CHAIN-01@attendance-taipa"]
    );
    assert!(reasons.iter().all(|count| *count > 0));
    let circle = circle.expect("a circle is refused");
    assert!(
        circle.contains("circle") && circle.contains("more"),
        "{circle}"
    );
    assert!(circle.len() < 400, "the message stays short: {circle}");
}

fn folder_with(packs: &[(&str, &str)]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for (name, text) in packs {
        std::fs::write(folder.path().join(name), text).unwrap();
    }
    folder
}

#[test]
fn two_user_packs_with_one_id_are_refused_naming_both_files() {
    let folder = folder_with(&[("a.ron", CLIENT_PACK), ("b.ron", CLIENT_PACK)]);
    let error = Rulebook::builtin_with_folder(folder.path())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("a.ron") && error.contains("b.ron") && error.contains("`client`"),
        "{error}"
    );
}

#[test]
fn a_user_pack_with_a_built_in_id_is_reported_and_its_errors_name_the_user_file() {
    let general = CLIENT_PACK.replace("pack: \"client\"", "pack: \"general\"");
    let folder = folder_with(&[("general.ron", &general)]);
    let book = Rulebook::builtin_with_folder(folder.path()).unwrap();
    let replaced = book.packs().iter().find(|p| p.id == "general").unwrap();
    assert_eq!(replaced.replaces.as_deref(), Some("(built-in) general.ron"));
    assert!(replaced.file.ends_with("general.ron") && !replaced.file.starts_with("(built-in)"));
    assert!(
        book.packs()
            .iter()
            .filter(|p| p.id != "general")
            .all(|p| p.replaces.is_none())
    );
    // The command line says so.
    let lotus = sample("lotus-trading-dingtalk.ron");
    let output = borderflow(&[
        "check",
        &lotus.to_string_lossy(),
        "--as-of",
        TODAY,
        "--rules",
        &folder.path().to_string_lossy(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("replaces the built-in pack (built-in) general.ron"),
        "{stderr}"
    );
    // A broken replacement is blamed on the user's file, not on the built-in pack.
    let broken = general.replace("severity: 4", "severity: 9");
    let folder = folder_with(&[("general.ron", &broken)]);
    let error = Rulebook::builtin_with_folder(folder.path()).unwrap_err();
    assert!(
        error.file.ends_with("general.ron") && !error.file.starts_with("(built-in)"),
        "{error}"
    );
    // A rule id clash names both files.
    let clash = CLIENT_PACK.replace("\"CLIENT-01\"", "\"MO-01\"");
    let folder = folder_with(&[("clash.ron", &clash)]);
    let error = Rulebook::builtin_with_folder(folder.path())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("clash.ron") && error.contains("(built-in) macau.ron"),
        "{error}"
    );
}

/// Words that name something concrete on the map or in the vocabulary.
fn concrete_words(map: &Map) -> Vec<String> {
    use borderflow::model::{DataClass, Flag, LegalBasis, RecipientRole, Safeguard};
    let mut words: Vec<String> = Vec::new();
    for site in map.sites() {
        words.push(site.name.clone());
        words.push(site.id.to_string());
    }
    for view in map.flows() {
        words.push(view.flow.id.to_string());
    }
    words.extend(DataClass::ALL.iter().map(|c| c.label().to_owned()));
    words.extend(Safeguard::ALL.iter().map(|s| s.label().to_owned()));
    words.extend(LegalBasis::ALL.iter().map(|b| b.label().to_owned()));
    words.extend(Flag::ALL.iter().map(|f| f.label().to_owned()));
    words.extend(RecipientRole::ALL.iter().map(|r| r.label().to_owned()));
    words
}

#[test]
fn every_reason_of_every_sample_finding_names_a_concrete_fact() {
    for name in [
        "lotus-trading-dingtalk",
        "pearl-delta-hengqin",
        "banco-estrela-evidence",
    ] {
        let path = sample(&format!("{name}.ron"));
        let map = load_map(&path).unwrap();
        let words = concrete_words(&map);
        let output = borderflow(&["check", &path.to_string_lossy(), "--json", "--as-of", TODAY]);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let findings = json["findings"].as_array().unwrap();
        assert!(!findings.is_empty(), "{name}");
        for finding in findings {
            let reasons = finding["reasons"].as_array().unwrap_or_else(|| {
                panic!("{name}: no reasons in {finding}");
            });
            assert!(!reasons.is_empty(), "{name}: {}", finding["id"]);
            for reason in reasons {
                let text = reason.as_str().unwrap();
                let concrete = text.replace(TODAY, "").chars().any(|c| c.is_ascii_digit())
                    || words.iter().any(|word| text.contains(word.as_str()));
                assert!(
                    concrete,
                    "{name} {}: {text:?} names nothing concrete",
                    finding["id"]
                );
            }
        }
    }
}

#[test]
fn the_readme_lists_every_rule_whose_citation_is_s_or_u() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("### Edition 2026-12")
        .nth(1)
        .expect("the README has the edition section");
    let listed: Vec<(String, String)> = section
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            match cells.as_slice() {
                ["", rule, verification, _, ""]
                    if rule.starts_with(|c: char| c.is_ascii_uppercase()) =>
                {
                    Some(((*rule).to_owned(), (*verification).to_owned()))
                }
                _ => None,
            }
        })
        .collect();
    let expected: Vec<(String, String)> = Rulebook::builtin()
        .unwrap()
        .rules()
        .iter()
        .filter(|rule| rule.verification.as_str().contains(['S', 'U']))
        .map(|rule| (rule.id.clone(), rule.verification.as_str().to_owned()))
        .collect();
    let mut sorted_listed = listed.clone();
    sorted_listed.sort();
    let mut sorted_expected = expected.clone();
    sorted_expected.sort();
    assert_eq!(sorted_listed, sorted_expected);
    assert!(readme.contains("edition `2027-01`"));
    for pack in Rulebook::builtin().unwrap().packs() {
        assert_eq!(pack.edition, "2027-01", "{}", pack.id);
    }
}

#[test]
fn every_built_in_pack_text_is_given_in_every_language() {
    let rulebook = Rulebook::builtin().unwrap();
    for language in Language::ALL {
        assert_eq!(
            rulebook.fallbacks(*language),
            Vec::new(),
            "built-in texts missing in {}",
            language.id()
        );
    }
    // And they really differ: a rule's title is not English in the other languages.
    let rule = &rulebook.rules()[0];
    assert_ne!(
        rule.title.text(Language::TraditionalChinese),
        rule.title.text(Language::English)
    );
}

#[test]
fn a_version_1_pack_loads_and_the_report_names_the_texts_that_fall_back() {
    let pack = r#"(
        format: "borderflow-rules",
        version: 1,
        pack: "house",
        title: "House rules",
        edition: "1",
        rules: [(
            id: "HOUSE-01",
            obligation: "house-retention",
            title: "Retention is not written down",
            severity: 2,
            likelihood: 2,
            citation: "House policy 4",
            verification: "U",
            mitigation: "Write it down.",
            when: retention_unknown,
        )],
    )"#;
    let mut sources: Vec<(String, String)> = borderflow::rules::BUILTIN_PACKS
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    sources.push(("house.ron".to_owned(), pack.to_owned()));
    let rulebook = Rulebook::from_sources(&sources).unwrap();
    let fallbacks = rulebook.fallbacks(Language::Portuguese);
    assert!(
        fallbacks.contains(&("HOUSE-01 mitigation".to_owned(), Language::English)),
        "{fallbacks:?}"
    );
    assert_eq!(
        fallbacks.len(),
        4,
        "pack title, rule title, citation and mitigation"
    );
    let map = load_map(&sample("lotus-trading-dingtalk.ron")).unwrap();
    let day = Date::new(2026, 11, 22).unwrap();
    let evaluation = rulebook.evaluate(&map, day);
    let report = borderflow::report::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::Portuguese),
    );
    let markdown = borderflow::report::to_markdown(&report, "d.svg");
    assert!(
        markdown.contains("HOUSE-01 mitigation: apresentado em English"),
        "{markdown}"
    );
}

#[test]
fn a_pack_text_in_an_unknown_language_is_refused_with_its_place() {
    let pack = r#"(
        format: "borderflow-rules",
        version: 2,
        pack: "house",
        title: {"en": "House rules", "xx": "?"},
        edition: "1",
    )"#;
    let error = Rulebook::from_sources(&[("house.ron".to_owned(), pack.to_owned())]).unwrap_err();
    assert_eq!(error.file, "house.ron");
    assert!(error.location.is_some(), "{error}");
    assert!(error.to_string().contains("`xx`"), "{error}");
}
