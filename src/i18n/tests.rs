//! The catalogue's promises: every language has every key, the same placeholders, and every
//! placeholder is filled when its argument is given.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;
use crate::model::Date;

/// Each language's keys, with the placeholders (`$name`) each message uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut names = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut names);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut names);
                }
                Some((message.id.name.to_owned(), names))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                pattern_variables(&variant.value, names);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, names);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, names);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, names),
        _ => {}
    }
}

fn all_messages() -> Vec<(Language, BTreeMap<String, BTreeSet<String>>)> {
    SOURCES
        .iter()
        .map(|(language, _, source)| (*language, messages(source)))
        .collect()
}

#[test]
fn every_catalogue_file_parses_without_a_problem() {
    assert!(problems().is_empty(), "{:#?}", problems());
    assert_eq!(catalogue().bundles.len(), Language::ALL.len());
}

#[test]
fn every_language_has_every_key() {
    let all = all_messages();
    let english = &all[0].1;
    assert!(english.len() > 100, "the catalogue looks truncated");
    for (language, keys) in &all {
        let missing: Vec<&String> = english
            .keys()
            .filter(|key| !keys.contains_key(*key))
            .filter(|key| !(*language == Language::SimplifiedChinese && report_only_gap(key)))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.id());
        let extra: Vec<&String> = keys
            .keys()
            .filter(|key| !english.contains_key(*key))
            .collect();
        assert!(
            extra.is_empty(),
            "{} has keys English lacks: {extra:?}",
            language.id()
        );
    }
}

#[test]
fn every_language_uses_the_same_placeholders() {
    let all = all_messages();
    let english = &all[0].1;
    for (language, keys) in &all[1..] {
        for (key, names) in keys {
            assert_eq!(
                Some(names),
                english.get(key),
                "`{key}` in {} has other placeholders than in English",
                language.id()
            );
        }
    }
}

#[test]
fn every_placeholder_is_filled_when_its_argument_is_given() {
    for (language, keys) in all_messages() {
        for (key, names) in keys {
            let args: Vec<(&str, Arg)> = names
                .iter()
                .map(|name| (name.as_str(), Arg::Number(2.0)))
                .collect();
            let text = check_with(language, &key, &args)
                .unwrap_or_else(|(_, problems)| panic!("{problems:?}"));
            assert!(!text.contains("{$"), "{key} in {}: {text}", language.id());
        }
    }
}

#[test]
fn an_unfilled_placeholder_is_reported_and_left_visible() {
    let (text, problems) = check_with(Language::English, "date", &[("day", "1".into())])
        .expect_err("month and year are missing");
    assert!(text.contains("{$month}"), "{text}");
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn a_missing_key_shows_itself_rather_than_another_language() {
    assert_eq!(text(Language::Portuguese, "no-such-key"), "no-such-key");
    assert!(!has(Language::Portuguese, "no-such-key"));
    assert!(check_with(Language::Portuguese, "no-such-key", &[]).is_err());
}

#[test]
fn the_same_key_reads_differently_in_each_language() {
    let words: BTreeSet<String> = Language::ALL
        .iter()
        .map(|language| text(*language, "report-s6").into_owned())
        .collect();
    assert_eq!(words.len(), Language::ALL.len(), "{words:?}");
    assert_eq!(
        text(Language::TraditionalChinese, "report-s6"),
        "6. 風險登記冊"
    );
}

#[test]
fn numbers_are_grouped_the_way_each_language_groups_them() {
    assert_eq!(number(Language::English, 18_686_515), "18,686,515");
    assert_eq!(number(Language::TraditionalChinese, 1_000), "1,000");
    assert_eq!(
        number(Language::Portuguese, 18_686_515),
        "18\u{a0}686\u{a0}515"
    );
    assert_eq!(number(Language::English, 999), "999");
    assert_eq!(number(Language::English, 0), "0");
    assert_eq!(decimal(Language::Portuguese, 1234.5, 2), "1\u{a0}234,50");
    assert_eq!(decimal(Language::English, -1234.567, 1), "-1,234.6");
    assert_eq!(decimal(Language::English, -0.001, 2), "0.00");
}

#[test]
fn numbers_inside_messages_are_grouped_too() {
    let text = text_with(
        Language::Portuguese,
        "date",
        &[
            ("day", 10u32.into()),
            ("month", "x".into()),
            ("year", 12_345u32.into()),
        ],
    );
    assert_eq!(text, "10 de x de 12\u{a0}345");
}

#[test]
fn dates_are_written_in_each_languages_long_form() {
    let Some(day) = Date::new(2024, 9, 10) else {
        panic!("a real date")
    };
    assert_eq!(date(Language::English, day), "10 September 2024");
    assert_eq!(date(Language::Portuguese, day), "10 de Setembro de 2024");
    assert_eq!(date(Language::TraditionalChinese, day), "2024年9月10日");
    assert_eq!(date(Language::SimplifiedChinese, day), "2024年9月10日");
}

#[test]
fn the_editor_offers_three_languages_and_every_one_has_its_own_name() {
    assert_eq!(EDITOR_LANGUAGES.len(), 3);
    assert!(!EDITOR_LANGUAGES.contains(&Language::SimplifiedChinese));
    for language in Language::ALL {
        assert_eq!(
            text(Language::English, &format!("language-{}", language.id())),
            language.label()
        );
    }
}

#[test]
fn plural_forms_follow_each_languages_rules() {
    let days = |language, days: u32| {
        text_with(language, "report-retention-days", &[("days", days.into())])
    };
    assert_eq!(days(Language::English, 1), "1 day");
    assert_eq!(days(Language::English, 1_500), "1,500 days");
    assert_eq!(days(Language::Portuguese, 0), "0 dias");
    assert_eq!(days(Language::Portuguese, 1), "1 dia");
    assert_eq!(days(Language::TraditionalChinese, 30), "30 日");
}
