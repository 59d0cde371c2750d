//! The DPIA report read as a DPO about to file would read it: the risk register has one row per
//! rule and names its flows by number, informational findings are not listed as open risks,
//! the action plan leaves out what is closed, the caveats list exactly the citations that are
//! not verified in the official text, and nothing prints an empty subject or advertises a tool.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use borderflow::model::{Language, Map, Severity, Treatment, TreatmentStatus};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::{Evaluation, Rulebook, Subject};

mod common;
use common::{ENGLISH_SAMPLES, day, sample};

fn evaluate(map: &Map) -> (Rulebook, Evaluation) {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    (rulebook, evaluation)
}

fn markdown(map: &Map, language: Language) -> String {
    let (rulebook, evaluation) = evaluate(map);
    let report = report::build(&Evaluated::new(map, &evaluation, &rulebook).in_language(language));
    report::to_markdown(&report, "d.svg")
}

/// The text of the section whose heading starts `## {number}\.`, up to the next section.
fn section(markdown: &str, number: usize) -> String {
    let start = format!("## {number}\\.");
    let after = markdown.split(&start).nth(1).unwrap_or_default();
    after.split("\n## ").next().unwrap_or_default().to_owned()
}

/// The body rows of the first table in `text`, as cells.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// Flow numbers written as `F1–F3, F5` (ranges expanded).
fn flow_numbers(text: &str) -> BTreeSet<usize> {
    let mut numbers = BTreeSet::new();
    for part in text.split(", ") {
        let bounds: Vec<usize> = part
            .split('–')
            .filter_map(|bound| bound.trim().strip_prefix('F')?.parse().ok())
            .collect();
        match bounds[..] {
            [one] => {
                numbers.insert(one);
            }
            [first, last] => numbers.extend(first..=last),
            _ => {}
        }
    }
    numbers
}

/// The number readers see for `flow`: its position in the map's flow order.
fn number_of(map: &Map, flow: &str) -> usize {
    map.flows()
        .position(|view| view.flow.id.as_str() == flow)
        .unwrap()
        + 1
}

#[test]
fn the_register_has_one_row_per_rule_with_its_flows_by_number() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let (_, evaluation) = evaluate(&map);
        let register = section(&markdown(&map, Language::English), 6);
        let rows = table_rows(&register);
        let rules: Vec<String> = rows
            .iter()
            .map(|row| row[0].split(" · ").next().unwrap().to_owned())
            .collect();
        let expected: BTreeSet<String> = evaluation
            .findings
            .iter()
            .filter(|finding| finding.severity > Severity::Info)
            .map(|finding| finding.rule().to_owned())
            .collect();
        assert_eq!(rules.len(), expected.len(), "{name}: one row per rule");
        assert_eq!(
            rules.iter().cloned().collect::<BTreeSet<_>>(),
            expected,
            "{name}"
        );
        // Each row names exactly the flows its rule fired on.
        for (row, rule) in rows.iter().zip(&rules) {
            let fired: BTreeSet<usize> = evaluation
                .findings
                .iter()
                .filter(|finding| finding.rule() == rule)
                .filter_map(|finding| match &finding.subject {
                    Subject::Flow(id) => Some(number_of(&map, id.as_str())),
                    _ => None,
                })
                .collect();
            assert_eq!(flow_numbers(&row[1]), fired, "{name} {rule}: {row:?}");
        }
    }
}

#[test]
fn informational_findings_are_listed_apart_not_as_open_risks() {
    // Banco's audit events and chat archive are exempt Mainland exports (CN-04, informational).
    let map = sample("banco-estrela-evidence");
    let (_, evaluation) = evaluate(&map);
    let info: BTreeSet<&str> = evaluation
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Info)
        .map(|finding| finding.rule())
        .collect();
    assert!(!info.is_empty(), "the sample has informational findings");
    let text = markdown(&map, Language::English);
    let register = section(&text, 6);
    let plan = section(&text, 8);
    for rule in &info {
        assert!(
            !table_rows(&register)
                .iter()
                .any(|row| row[0].starts_with(rule)),
            "{rule} is not a row of the register"
        );
        assert!(
            !table_rows(&plan).iter().any(|row| row[2].starts_with(rule)),
            "{rule} is not on the action plan"
        );
        let list = register.split("### Informational findings").nth(1).unwrap();
        assert!(list.contains(&format!("- {rule} · ")), "{list}");
    }
}

#[test]
fn the_caveats_list_exactly_the_citations_not_verified_in_the_official_text() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let (_, evaluation) = evaluate(&map);
        let expected: BTreeSet<String> = evaluation
            .findings
            .iter()
            .filter(|finding| {
                finding
                    .verification()
                    .as_str()
                    .split('/')
                    .any(|level| level != "V")
            })
            .map(|finding| finding.rule().to_owned())
            .collect();
        let whole = section(&markdown(&map, Language::English), 10);
        // The questions still open follow the caveats under their own heading (edition 2027-01).
        let (caveats, open) = whole
            .split_once("### Still open, not modelled")
            .unwrap_or_else(|| panic!("{name}: no open questions in {whole}"));
        let questions: usize = Rulebook::builtin()
            .unwrap()
            .packs()
            .iter()
            .map(|pack| pack.open_questions.len())
            .sum();
        assert_eq!(
            open.lines().filter(|line| line.starts_with("- ")).count(),
            questions
        );
        assert_eq!(questions, 5, "four questions and the reading of Art 5(1)");
        let listed: BTreeSet<String> = caveats
            .lines()
            .filter_map(|line| line.strip_prefix("- "))
            .map(|line| line.split(" · ").next().unwrap().to_owned())
            .collect();
        assert_eq!(listed, expected, "{name}: {caveats}");
        // Each carries its level from the rulebook.
        for finding in &evaluation.findings {
            if expected.contains(finding.rule()) {
                let line = caveats
                    .lines()
                    .find(|line| line.starts_with(&format!("- {} · ", finding.rule())))
                    .unwrap();
                assert!(
                    line.ends_with(&format!("({})", finding.verification().as_str())),
                    "{line}"
                );
            }
        }
        assert_eq!(
            caveats.contains("Every citation used is verified"),
            expected.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn no_empty_subject_and_no_mitigation_advertises_a_tool() {
    let rulebook = Rulebook::builtin().unwrap();
    for rule in rulebook.rules() {
        // In every language: the tool's name, or "this tool" / "this program".
        for (language, mitigation) in rule.mitigation.each() {
            let lower = mitigation.to_lowercase();
            assert!(
                !["borderflow", "本工具", "deste programa"]
                    .iter()
                    .any(|advert| lower.contains(advert)),
                "{} ({language:?}): {mitigation}",
                rule.id,
            );
        }
    }
    for name in ENGLISH_SAMPLES {
        for language in [
            Language::English,
            Language::TraditionalChinese,
            Language::Portuguese,
        ] {
            let text = markdown(&sample(name), language);
            assert!(!text.contains("· —"), "{name} {language:?}");
            assert!(!text.contains("—:"), "{name} {language:?}");
        }
    }
    // A finding about the whole map (Pearl's GEN-04) names the map.
    let register = section(
        &markdown(&sample("pearl-delta-hengqin"), Language::English),
        6,
    );
    let row = table_rows(&register)
        .into_iter()
        .find(|row| row[0].starts_with("GEN-04"))
        .unwrap();
    assert_eq!(row[1], "the whole map");
}

#[test]
fn a_treated_flow_leaves_its_rule_s_row_on_the_action_plan() {
    let mut map = sample("pearl-delta-hengqin");
    let (_, evaluation) = evaluate(&map);
    // A rule that fires on several flows: treat one of them.
    let finding = evaluation
        .findings
        .iter()
        .find(|finding| {
            finding.severity > Severity::Info
                && evaluation
                    .findings
                    .iter()
                    .filter(|other| other.rule() == finding.rule())
                    .count()
                    > 1
        })
        .unwrap();
    let Subject::Flow(flow) = &finding.subject else {
        panic!("a flow finding");
    };
    let treated = number_of(&map, flow.as_str());
    map.assessment.treatments.insert(
        finding.id.to_string(),
        Treatment {
            status: TreatmentStatus::Mitigated,
            owner: "Ana Lei".into(),
            justification: "Contract signed".into(),
            ..Treatment::default()
        },
    );
    let plan = section(&markdown(&map, Language::English), 8);
    let rows: Vec<Vec<String>> = table_rows(&plan)
        .into_iter()
        .filter(|row| row[2].starts_with(&format!("{} (", finding.rule())))
        .collect();
    assert!(!rows.is_empty(), "the rule's other flows stay on the plan");
    for row in rows {
        let flows = row[2]
            .split(" (")
            .nth(1)
            .unwrap()
            .split("):")
            .next()
            .unwrap();
        assert!(!flow_numbers(flows).contains(&treated), "{row:?}");
    }
}

/// The text of a PDF, page by page, or `None` where poppler-utils is not installed (CI installs
/// it, so there these checks always run).
fn pdf_pages(pdf: &[u8]) -> Option<Vec<String>> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("out.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) => output,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftotext is not installed: PDF checks skipped");
            return None;
        }
        Err(error) => panic!("pdftotext is needed on CI: {error}"),
    };
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|page| page.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

fn pdf_of(map: &Map, language: Language) -> Vec<u8> {
    let (rulebook, evaluation) = evaluate(map);
    report::to_pdf(&report::build(
        &Evaluated::new(map, &evaluation, &rulebook).in_language(language),
    ))
    .unwrap()
}

#[test]
fn every_pdf_page_says_page_n_of_m_with_the_document_id() {
    for (name, language, words) in [
        ("pearl-delta-hengqin", Language::English, ("Page", "of")),
        (
            "lotus-trading-dingtalk",
            Language::TraditionalChinese,
            ("第", "頁，共"),
        ),
        (
            "banco-estrela-evidence",
            Language::Portuguese,
            ("Página", "de"),
        ),
    ] {
        let mut map = sample(name);
        map.meta.confidentiality = "Internal use only".into();
        let Some(pages) = pdf_pages(&pdf_of(&map, language)) else {
            return;
        };
        let total = pages.len();
        assert!(total > 2, "{name}: {total} pages");
        let id = pages[0]
            .split_whitespace()
            .find(|word| word.starts_with("DPIA-"))
            .unwrap()
            .to_owned();
        for (index, page) in pages.iter().enumerate() {
            let number = match language {
                Language::TraditionalChinese => {
                    format!("{} {} {} {total} 頁", words.0, index + 1, words.1)
                }
                _ => format!("{} {} {} {total}", words.0, index + 1, words.1),
            };
            assert!(page.contains(&number), "{name} page {}: {page}", index + 1);
            assert!(page.contains(&id), "{name} page {}", index + 1);
            assert!(
                page.contains("Internal use only"),
                "{name} page {}",
                index + 1
            );
        }
    }
}

#[test]
fn no_pdf_line_ends_inside_a_date_or_an_id() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        for language in [Language::English, Language::TraditionalChinese] {
            let Some(pages) = pdf_pages(&pdf_of(&map, language)) else {
                return;
            };
            let text = pages.join("\n");
            let ids: Vec<String> = map
                .flows()
                .map(|view| view.flow.id.to_string())
                .chain(map.sites().map(|site| site.id.to_string()))
                .filter(|id| id.contains('-'))
                .collect();
            for line in text.lines().map(str::trim_end) {
                // An ISO date cut after its year or month.
                let cut_date = line.len() >= 5 && line.is_char_boundary(line.len() - 5) && {
                    let tail = &line[line.len() - 5..];
                    tail.starts_with(|c: char| c.is_ascii_digit())
                        && tail.chars().take(4).all(|c| c.is_ascii_digit())
                        && tail.ends_with('-')
                };
                assert!(!cut_date, "{name} {language:?}: {line}");
                for id in &ids {
                    // A line ending with the start of an id that goes on.
                    for (at, _) in id.match_indices('-') {
                        let head = &id[..=at];
                        let ends_inside = line.ends_with(head)
                            && !line.ends_with(id.as_str())
                            && line[..line.len() - head.len()]
                                .chars()
                                .last()
                                .is_none_or(|c| !c.is_alphanumeric());
                        assert!(!ends_inside, "{name} {language:?}: {line} cuts {id}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_signed_unchanged_map_shows_one_fingerprint_throughout() {
    let mut map = sample("banco-estrela-evidence");
    map.assessment.sign_off.assessor = "Ana Lei".into();
    let unsigned = map.clone();
    borderflow::assessment::sign(
        &mut map.assessment,
        &unsigned,
        borderflow::model::SignOffStep::Assessed,
        day(),
    )
    .unwrap();
    let print = borderflow::assessment::fingerprint(&map).unwrap();
    let text = markdown(&map, Language::English);
    // Every 16-hex-digit value in the report is that one fingerprint.
    let hashes: BTreeSet<&str> = text
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|word| word.len() == 16)
        .collect();
    assert_eq!(hashes, BTreeSet::from([print.as_str()]), "{text}");
    assert!(!text.contains("The map has changed since this signature"));
    assert!(
        text.contains("Version 1 ·") && !text.contains("(draft)"),
        "{text}"
    );
    if let Some(pages) = pdf_pages(&pdf_of(&map, Language::English)) {
        let all = pages.join("\n");
        let hashes: BTreeSet<&str> = all
            .split(|c: char| !c.is_ascii_hexdigit())
            .filter(|word| word.len() == 16)
            .collect();
        assert_eq!(hashes, BTreeSet::from([print.as_str()]));
    }
    // Redrawn after signing: a new draft version, and the log says so.
    let mut site = map.sites().next().unwrap().clone();
    site.name.push_str(" (moved)");
    map.replace_site(site).unwrap();
    let text = markdown(&map, Language::English);
    assert!(text.contains("Version 2 (draft)"), "{text}");
    assert!(text.contains("The map has changed since this signature"));
}

#[test]
fn the_mechanism_table_has_a_row_for_every_border_crossing_flow_and_regime() {
    use borderflow::model::Jurisdiction;
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let rows = table_rows(&section(&markdown(&map, Language::English), 5));
        let mainland =
            |j: &Jurisdiction| matches!(j, Jurisdiction::Mainland | Jurisdiction::MainlandGba);
        for view in map.flows().filter(|view| view.crosses_border()) {
            let number = format!("F{}", number_of(&map, view.flow.id.as_str()));
            let regimes: Vec<&str> = rows
                .iter()
                .filter(|row| row[0] == number)
                .map(|row| row[2].as_str())
                .collect();
            let mut expected = Vec::new();
            if view.source.jurisdiction == Jurisdiction::Macau {
                expected.push("Macau (PDPA)");
            }
            if mainland(&view.source.jurisdiction) && !mainland(&view.target.jurisdiction) {
                expected.push("Mainland (PIPL)");
            }
            if expected.is_empty() {
                assert_eq!(regimes.len(), 1, "{name} {number}");
            } else {
                assert_eq!(regimes, expected, "{name} {number}");
            }
        }
        assert!(
            rows.iter().all(|row| row[1].contains('→')),
            "{name}: routes"
        );
    }
    // Banco's staff messaging rests on explicit consent plus a filed notification: a Macau row,
    // satisfied; its two exempt Mainland exports show as exempt with the article.
    let map = sample("banco-estrela-evidence");
    let rows = table_rows(&section(&markdown(&map, Language::English), 5));
    let messaging = format!("F{}", number_of(&map, "staff-messaging"));
    let macau = rows.iter().find(|row| row[0] == messaging).unwrap();
    assert!(
        macau[3].contains("Art 20(1)") && macau[5] == "—",
        "{macau:?}"
    );
    let exempt = rows
        .iter()
        .filter(|row| row[3].starts_with("Exempt: "))
        .count();
    assert_eq!(exempt, 2);
}

#[test]
fn every_flow_s_purpose_and_notes_appear() {
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        for language in [
            Language::English,
            Language::TraditionalChinese,
            Language::Portuguese,
        ] {
            let text = markdown(&map, language);
            for view in map.flows() {
                let purpose = borderflow::report::escape_markdown(view.flow.purpose.trim());
                assert!(text.contains(&purpose), "{name} {language:?}: {purpose}");
            }
            for site in map.sites().filter(|site| !site.notes.is_empty()) {
                let used = map
                    .flows()
                    .any(|view| view.source.id == site.id || view.target.id == site.id);
                let note = borderflow::report::escape_markdown(site.notes.trim());
                assert!(!used || text.contains(&note), "{name}: {note}");
            }
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{name}: a placeholder left"
            );
        }
    }
}

/// A Mainland shop sending its members' orders to Macau on the basis of their contract: exempt
/// under Order 16 Art 5(1) only if the export is necessary for that contract, which the reasons
/// and the report's limits both say.
#[test]
fn a_contract_exemption_says_it_needs_the_export_to_be_necessary_for_the_contract() {
    let csv = "flow_id,from,from_jurisdiction,from_kind,to,to_jurisdiction,to_kind,purpose,data_classes,subjects_per_year,legal_basis,recipient_role\n\
               orders,Shenzhen shop,CN,office,Macau member desk,MO,office,Members' orders,contact,5000,contract,controller\n";
    let map =
        borderflow::io::parse_inventory(csv.as_bytes(), borderflow::model::MapMeta::default())
            .unwrap();
    let (_, evaluation) = evaluate(&map);
    let exempt = evaluation
        .findings
        .iter()
        .find_map(|finding| {
            finding
                .detail_in(Language::English)
                .filter(|d| d.contains("Art 5(1)"))
        })
        .expect("the Art 5(1) exemption");
    assert!(
        exempt.contains("only if the export itself is necessary"),
        "{exempt}"
    );
    let text = markdown(&map, Language::English);
    let limits = section(&text, 10);
    assert!(
        limits
            .contains("pooling members' or customers' data for the group's own use is not exempt"),
        "{limits}"
    );
}
