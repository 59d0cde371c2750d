//! A signed map tells its state as recorded: the approver's decision (a name and a date alone are
//! an approval), the signed revision it binds to, an approval given with serious findings open
//! flagged on the cover and in the conclusion, a map changed since its approval, a dismissal
//! without a justification shown as what it is, and a due date before the assessment flagged.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::assessment::fingerprint;
use borderflow::assessment::sign_off::sign;
use borderflow::model::{
    Date, Decision, Language, Map, Severity, SignOffStep, Treatment, TreatmentStatus,
};
use borderflow::report;
use borderflow::rules::Finding;

mod common;
use borderflow::rules::{Evaluation, Rulebook};
use common::{day, sample};

fn evaluate(map: &Map) -> (Rulebook, Evaluation) {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    (rulebook, evaluation)
}

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn markdown(map: &Map, language: Language) -> String {
    let (rulebook, evaluation) = evaluate(map);
    let input =
        borderflow::rules::Evaluated::new(map, &evaluation, &rulebook).in_language(language);
    report::to_markdown(&report::build(&input), "d.svg")
}

/// The lines before the executive summary: the cover.
fn cover(markdown: &str) -> &str {
    markdown.split("\n## ").next().unwrap()
}

/// Section 11, the conclusion and decision.
fn conclusion(markdown: &str) -> &str {
    let after = markdown.split("## 11\\.").nth(1).unwrap();
    after.split("\n## ").next().unwrap()
}

/// The Pearl Delta sample approved by its approver on `on`, through the workspace's signing
/// step, with no decision chosen (as files before decisions record an approval).
fn approved_without_a_decision(on: &str) -> Map {
    let mut map = sample("pearl-delta-hengqin");
    assert_eq!(map.assessment.sign_off.approver_decision, None);
    let mut assessment = map.assessment.clone();
    sign(&mut assessment, &map, SignOffStep::Approved, date(on)).unwrap();
    map.assessment = assessment;
    map
}

/// The action plan's row of `owner` for `rule`.
fn plan_row(markdown: &str, owner: &str, rule: &str) -> String {
    let plan = markdown.split("## 8\\.").nth(1).unwrap();
    plan.lines()
        .find(|line| line.starts_with(&format!("| {owner} |")) && line.contains(rule))
        .unwrap_or_else(|| panic!("no row of {owner} for {rule} on the action plan"))
        .to_owned()
}

/// A finding of medium severity or worse that the map has no treatment for.
fn untreated_finding(map: &Map) -> Finding {
    let (_, evaluation) = evaluate(map);
    evaluation
        .findings
        .into_iter()
        .find(|finding| {
            finding.severity >= Severity::Medium
                && !map.assessment.treatments.contains_key(finding.id.as_str())
        })
        .expect("an untreated finding")
}

#[test]
fn an_approver_with_a_date_is_an_approval_bound_to_its_revision() {
    let map = approved_without_a_decision("2026-11-10");
    let text = markdown(&map, Language::English);
    let hash = fingerprint(&map).unwrap();
    // The sample records conditions, so the approval is one with conditions.
    let decision = "Approve with conditions (Leong Kin Fai, 10 November 2026)";
    let cover = cover(&text);
    assert!(
        cover.contains(&format!("Approver's decision: {decision}")),
        "{cover}"
    );
    assert!(!cover.contains("draft"), "{cover}");
    let conclusion = conclusion(&text);
    assert!(!conclusion.contains("not recorded yet"), "{conclusion}");
    assert!(conclusion.contains(decision), "{conclusion}");
    assert!(
        conclusion.contains(&format!(
            "binds to the map as signed on 10 November 2026, fingerprint {hash}"
        )),
        "{conclusion}"
    );
    // The sign-off table gives the approver's decision too.
    let row = text
        .lines()
        .find(|line| line.starts_with("| Approver | Leong Kin Fai · 10 November 2026"))
        .expect("the approver's row");
    assert!(row.ends_with("| Approve with conditions |"), "{row}");
}

#[test]
fn an_approval_with_serious_findings_open_is_flagged_on_the_cover_and_in_the_conclusion() {
    let map = approved_without_a_decision("2026-11-10");
    let (rulebook, evaluation) = evaluate(&map);
    let register = borderflow::assessment::Register::new(&map, &evaluation, &rulebook);
    let serious = register
        .risks
        .iter()
        .filter(|risk| risk.is_open() && risk.finding.severity >= Severity::High)
        .count();
    assert!(serious > 0);
    let flag = format!("Approved while {serious} critical or high findings are open.");
    let text = markdown(&map, Language::English);
    assert!(cover(&text).contains(&flag), "{}", cover(&text));
    assert!(conclusion(&text).contains(&flag));

    // Rejected, nothing is flagged as approved.
    let mut rejected = map.clone();
    rejected.assessment.sign_off.approver_decision = Some(Decision::Reject);
    let text = markdown(&rejected, Language::English);
    assert!(cover(&text).contains("Approver's decision: Reject (Leong Kin Fai"));
    assert!(!text.contains("Approved while"));
}

#[test]
fn a_map_changed_after_its_approval_says_so_and_is_a_draft_again() {
    let mut map = approved_without_a_decision("2026-11-10");
    let mut site = map.sites().next().unwrap().clone();
    site.name.push_str(" (renamed)");
    map.replace_site(site).unwrap();
    for language in [
        Language::English,
        Language::TraditionalChinese,
        Language::Portuguese,
    ] {
        let text = markdown(&map, language);
        let changed = match language {
            Language::English => "The map has changed since it was approved",
            Language::TraditionalChinese => "批准後地圖已有更改",
            _ => "O mapa mudou desde a aprovação",
        };
        assert!(
            cover(&text).contains(changed),
            "{language:?}: {}",
            cover(&text)
        );
        assert!(conclusion(&text).contains(changed), "{language:?}");
    }
    assert!(cover(&markdown(&map, Language::English)).contains("(draft)"));
}

#[test]
fn without_an_approver_the_decision_is_not_recorded_yet() {
    let mut map = sample("pearl-delta-hengqin");
    map.assessment.sign_off.approver.clear();
    let text = markdown(&map, Language::English);
    assert!(cover(&text).contains("Approver's decision: not recorded yet"));
    assert!(!cover(&text).contains("Approved while"));
    assert!(!conclusion(&text).contains("binds to"));
}

#[test]
fn a_dismissal_without_a_justification_shows_what_was_recorded_and_counts_as_open() {
    let mut map = sample("pearl-delta-hengqin");
    let finding = untreated_finding(&map);
    map.assessment.treatments.insert(
        finding.id.to_string(),
        Treatment {
            status: TreatmentStatus::NotApplicable,
            owner: "Legal".to_owned(),
            ..Treatment::default()
        },
    );
    let text = markdown(&map, Language::English);
    let shown = "Open (recorded as Not applicable without a justification)";
    let register = text.split("## 6\\.").nth(1).unwrap();
    let listed = register
        .split("### Recorded as accepted or not applicable without a justification")
        .nth(1)
        .expect("the list of unjustified decisions");
    assert!(
        listed.contains(&format!("{} · ", finding.rule())) && listed.contains(shown),
        "{listed}"
    );
    let row = plan_row(&text, "Legal", finding.rule());
    assert!(row.ends_with(&format!("| {shown} |")), "{row}");
}

#[test]
fn a_due_date_before_the_assessment_date_is_flagged() {
    let mut map = sample("pearl-delta-hengqin");
    let assessed = map.assessment.sign_off.assessed_on.unwrap();
    let finding = untreated_finding(&map);
    // Due a year before the assessment: a slip of the year, and overdue as well.
    let due = date(&format!("{}", assessed).replacen("2026", "2025", 1));
    assert!(due < assessed && due < day());
    map.assessment.treatments.insert(
        finding.id.to_string(),
        Treatment {
            status: TreatmentStatus::InProgress,
            owner: "IT".to_owned(),
            due: Some(due),
            ..Treatment::default()
        },
    );
    let row = plan_row(&markdown(&map, Language::English), "IT", finding.rule());
    assert!(
        row.contains("(overdue, before the assessment date)"),
        "{row}"
    );
    // A due date after the assessment is not flagged.
    map.assessment
        .treatments
        .get_mut(finding.id.as_str())
        .unwrap()
        .due = Some(assessed);
    let row = plan_row(&markdown(&map, Language::English), "IT", finding.rule());
    assert!(!row.contains("before the assessment date"), "{row}");
}
