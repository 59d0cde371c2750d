//! A Chinese or Portuguese filing carries no English word of the program's own: the report,
//! both sheets of the register and `check`'s table in a Macau locale. The English words are the
//! English catalogue's and the rule packs' English texts; the words the output's own catalogue
//! and packs use (`Macau`, `GBA`…) and every string of the map are subtracted, so only program
//! text that should have been translated is counted.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use borderflow::deliver::build_register;
use borderflow::model::Language;
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{day, sample, sample_path};

/// The Latin words of `text`, lower-cased, split at anything not a letter.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2)
        .map(str::to_lowercase)
        .collect()
}

/// A catalogue's values, without the variables and placeables between braces.
fn catalogue_values(file: &str) -> String {
    let text = std::fs::read_to_string(format!("assets/i18n/{file}.ftl")).unwrap();
    let mut values = String::new();
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let value = match line.split_once(" = ") {
            Some((_, value)) if !line.starts_with(' ') => value,
            _ => line,
        };
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => values.push(c),
                _ => {}
            }
        }
        values.push('\n');
    }
    values
}

/// The quoted strings of `text` that follow `"TAG":` (a rule pack's texts in one language).
fn pack_texts(tag: &str) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir("assets/rules").unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let marker = format!("\"{tag}\": \"");
        for piece in text.split(&marker).skip(1) {
            out.push_str(piece.split('"').next().unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// Every quoted string of a map file.
fn map_strings(name: &str) -> String {
    let text = std::fs::read_to_string(sample_path(name)).unwrap();
    text.split('"')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The program's English words that `language`'s own texts and the map do not use.
fn foreign(language: &str, map: &str) -> BTreeSet<String> {
    let english: BTreeSet<String> = words(&catalogue_values("en"))
        .into_iter()
        .chain(words(&pack_texts("en")))
        .collect();
    let own: BTreeSet<String> = words(&catalogue_values(language))
        .into_iter()
        .chain(words(&pack_texts(language)))
        .chain(words(&map_strings(map)))
        .collect();
    english.difference(&own).cloned().collect()
}

/// The program English in `text`, with how often each word occurs.
fn english_in(text: &str, foreign: &BTreeSet<String>) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for word in words(text) {
        if foreign.contains(&word) {
            *found.entry(word).or_default() += 1;
        }
    }
    found
}

/// The report, the register's two sheets (their readable columns) and `check`'s table.
fn outputs(map_name: &str, language: Language, locale: &str) -> Vec<(&'static str, String)> {
    let map = sample(map_name);
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let built = report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(language));
    let markdown = report::to_markdown(&built, "d.svg");
    let register =
        build_register(&Evaluated::new(&map, &evaluation, &rulebook).in_language(language));
    let sheet = |table: &borderflow::deliver::Table| {
        let mut text = table.name.clone();
        let readable: Vec<bool> = table.columns.iter().map(|column| !column.machine).collect();
        for (column, shown) in table.columns.iter().zip(&readable) {
            if *shown {
                text.push_str(&format!("\n{}", column.title));
            }
        }
        for row in &table.rows {
            for (cell, shown) in row.iter().zip(&readable) {
                if *shown {
                    text.push_str(&format!("\n{}", cell.plain()));
                }
            }
        }
        text
    };
    let check = Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(["check", "--as-of", "2026-11-22"])
        .arg(sample_path(map_name))
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .unwrap();
    vec![
        ("report", markdown),
        ("transfers", sheet(&register.transfers)),
        ("findings", sheet(&register.findings)),
        // The path is the user's, not the program's words.
        (
            "check",
            String::from_utf8_lossy(&check.stdout)
                .replace(sample_path(map_name).to_string_lossy().as_ref(), ""),
        ),
    ]
}

#[test]
fn a_chinese_and_a_portuguese_filing_have_no_program_english() {
    for (map, language, tag, locale) in [
        (
            "pearl-delta-hengqin",
            Language::TraditionalChinese,
            "zh-Hant",
            "zh_MO.UTF-8",
        ),
        (
            "lotus-trading-dingtalk-pt",
            Language::Portuguese,
            "pt",
            "pt_MO.UTF-8",
        ),
        (
            "lotus-trading-dingtalk",
            Language::TraditionalChinese,
            "zh-Hant",
            "zh_MO.UTF-8",
        ),
    ] {
        let foreign = foreign(tag, map);
        // The counter itself sees English: the English report is full of these words.
        let english = outputs(map, Language::English, "C");
        assert!(english_in(&english[0].1, &foreign).len() > 50, "{map}");
        for (what, text) in outputs(map, language, locale) {
            assert!(text.len() > 100, "{map} {what}: empty output");
            // The document's id (`DPIA-81C7913A`) is a code, like a rule's id.
            let found = english_in(&text.replace("DPIA-", ""), &foreign);
            assert!(found.is_empty(), "{map} {tag} {what}: {found:?}");
        }
    }
}
