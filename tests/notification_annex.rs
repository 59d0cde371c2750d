//! Annex A, the Macau notification, filled with what the map knows: the controller from the
//! organisation, the data subjects from the groups of people, the retention period or the
//! assessment's answer offered for reference, the means, the start date with the day the 8 days
//! end, and the documents attached; the controller is never its own recipient.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::model::{Language, Map, MapMeta};
use borderflow::report::{self, Annex};
use borderflow::rules::{Evaluated, Rulebook};

mod common;

/// Staff in Macau clock in at the office, whose records go to DingTalk; the office also sends a
/// monthly summary to the head office of the same company.
const INVENTORY: &str = "\
flow_id,from,from_jurisdiction,from_kind,to,to_jurisdiction,to_kind,purpose,data_classes,subjects_per_year,legal_basis,recipient_role,since,safeguard_dates
badge,Taipa staff,MO,people,Taipa office,MO,office,Staff attendance,attendance,120,contract,controller,,
upload,Taipa office,MO,office,DingTalk (Hangzhou),CN,saas,Staff attendance,attendance;contact,120,explicit_consent,processor,2026-11-02,processor_contract=2026-10-20=PC-2026-17
summary,Taipa office,MO,office,Head office,MO,office,Monthly summary,attendance,120,contract,controller,,
";

fn the_map() -> Map {
    let meta = MapMeta {
        organisation: "Lotus Trading Ltd.".to_owned(),
        title: "Attendance".to_owned(),
        ..MapMeta::default()
    };
    let mut map = borderflow::io::parse_inventory(INVENTORY.as_bytes(), meta).unwrap();
    map.assessment.dpia.retention = "Attendance records are kept for two years.".to_owned();
    map
}

/// The annex as Markdown, and its rows as (item, content).
fn annex_rows(map: &Map) -> Vec<(String, String)> {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, common::day());
    let input = Evaluated::new(map, &evaluation, &rulebook).in_language(Language::English);
    let text = report::to_markdown(&report::build_annex(&input, Annex::Notification), "d.svg");
    text.lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| ---"))
        .filter_map(|line| {
            let (item, content) = line.trim_matches('|').split_once(" | ")?;
            Some((item.trim().to_owned(), content.trim().to_owned()))
        })
        .collect()
}

/// The contents of the rows whose item starts with `item`, one per form.
fn rows<'a>(rows: &'a [(String, String)], item: &str) -> Vec<&'a str> {
    rows.iter()
        .filter(|(name, _)| name.starts_with(item))
        .map(|(_, content)| content.as_str())
        .collect()
}

/// A date as the English report writes it: "2 November 2026".
fn english_date(date: borderflow::model::Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let text = date.to_string();
    let mut parts = text.split('-').map(|part| part.parse::<usize>().unwrap());
    let (year, month, day) = (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    );
    format!("{day} {} {year}", MONTHS[month - 1])
}

fn unescaped(text: &str) -> String {
    text.replace('\\', "")
}

#[test]
fn the_controller_subjects_and_retention_come_from_the_map() {
    let all = annex_rows(&the_map());
    for controller in rows(&all, "(a) Name and address") {
        assert!(
            unescaped(controller).starts_with("Organisation: Lotus Trading Ltd.;"),
            "{controller}"
        );
    }
    let subjects = rows(&all, "(c) Categories of data subjects");
    assert!(
        subjects.iter().all(|row| row.contains("Taipa staff")),
        "{subjects:?}"
    );
    let retention = rows(&all, "(g) Retention period");
    assert!(
        retention.iter().all(|row| unescaped(row).contains(
            "for reference, the map's answer: Attendance records are kept for two years."
        )),
        "{retention:?}"
    );
}

#[test]
fn the_means_the_start_and_the_attachments_are_filled() {
    let map = the_map();
    let all = annex_rows(&map);
    let means = rows(&all, "Means of processing");
    assert!(
        means
            .iter()
            .any(|row| row.contains("automated: on a platform or in a computer system (F2)")),
        "{means:?}"
    );
    // The notification's own clock gives the day to notify by (before the transfer, on
    // explicit consent).
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, common::day());
    let due = rulebook
        .clocks(&map, &evaluation)
        .into_iter()
        .find(|clock| {
            clock.spec.id == "mo-notification"
                && clock
                    .flow
                    .as_ref()
                    .is_some_and(|flow| flow.as_str() == "upload")
        })
        .and_then(|clock| clock.due)
        .expect("the notification clock of the upload");
    let start = rows(&all, "Start of the processing");
    assert!(
        start.iter().any(|row| row.contains(&format!(
            "2 November 2026; notify by {} (F2)",
            english_date(due)
        ))),
        "{start:?}"
    );
    let attached = rows(&all, "Documents attached");
    assert!(
        attached
            .iter()
            .any(|row| row.contains("DPIA-") && row.contains("Processor contract: PC-2026-17")),
        "{attached:?}"
    );
}

#[test]
fn the_controller_is_not_listed_as_the_recipient_of_its_own_data() {
    let all = annex_rows(&the_map());
    let recipients = rows(&all, "(d) Recipients");
    // The monthly summary goes to the company's own head office.
    assert!(
        recipients
            .iter()
            .any(|row| row.starts_with("none outside the controller")),
        "{recipients:?}"
    );
    assert!(
        recipients.iter().all(|row| !row.contains("Head office")),
        "{recipients:?}"
    );
    assert!(
        recipients
            .iter()
            .any(|row| row.contains("DingTalk (Hangzhou)")),
        "{recipients:?}"
    );
}
