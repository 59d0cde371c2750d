//! The report speaks one language throughout: a Traditional Chinese report of a Chinese map is
//! Chinese apart from the map's own text, ids and a few abbreviations; a Portuguese report has no
//! English function words; nothing shows a raw placeholder; Simplified Chinese uses the
//! Mainland's terms.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::assessment::fingerprint_text;
use borderflow::model::{
    DataClass, Flag, Language, LegalBasis, Map, RecipientRole, Safeguard, SiteKind,
};
use borderflow::report;
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;

mod common;
use common::{day, sample};

const ABBREVIATIONS: [&str; 5] = ["PDPA", "PIPL", "DSPDP", "CAC", "GBA"];

fn markdown(map: &Map, language: Language) -> String {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    let report = report::build(&Evaluated::new(map, &evaluation, &rulebook).in_language(language));
    report::to_markdown(&report, "diagram.svg")
}

/// The report without the map's own text, the ids of the map, the rulebook and the
/// vocabulary, and the allowed abbreviations: what is left is the program's own words.
fn own_words(map: &Map, text: &str) -> String {
    let rulebook = Rulebook::builtin().unwrap();
    let mut remove: Vec<String> = vec![
        map.meta.title.clone(),
        map.meta.organisation.clone(),
        map.meta.author.clone(),
        map.meta.description.clone(),
        fingerprint_text(map),
        "diagram.svg".to_owned(),
    ];
    for site in map.sites() {
        remove.extend([
            site.id.to_string(),
            site.name.clone(),
            site.city.clone(),
            site.operator.clone(),
            site.notes.clone(),
            site.entity.clone(),
        ]);
    }
    for view in map.flows() {
        remove.extend([
            view.flow.id.to_string(),
            view.flow.purpose.clone(),
            view.flow.notes.clone(),
        ]);
    }
    for rule in rulebook.rules() {
        remove.extend([rule.id.clone(), rule.obligation.clone(), rule.pack.clone()]);
    }
    remove.extend(rulebook.packs().iter().map(|pack| pack.id.clone()));
    remove.extend(DataClass::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(Safeguard::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(Flag::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(LegalBasis::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(RecipientRole::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(SiteKind::ALL.iter().map(|v| v.id().to_owned()));
    remove.extend(
        ["CN-GBA", "MO", "CN", "HK", "OTHER"]
            .iter()
            .map(|id| (*id).to_owned()),
    );
    remove.extend(ABBREVIATIONS.iter().map(|a| (*a).to_owned()));
    // Longest first, so a name is not cut by a shorter id inside it.
    remove.retain(|item| !item.trim().is_empty());
    remove.sort_by_key(|item| std::cmp::Reverse(item.chars().count()));
    let mut left = text.to_owned();
    for item in remove {
        left = left.replace(item.trim(), " ");
    }
    left
}

#[test]
fn a_chinese_report_of_a_chinese_map_is_chinese_but_for_the_maps_own_text_and_ids() {
    let map = sample("pearl-delta-hengqin-zh");
    assert_eq!(map.meta.language, Language::TraditionalChinese);
    let text = markdown(&map, Language::TraditionalChinese);
    let left = own_words(&map, &text);
    let letters = left.chars().filter(|c| c.is_alphabetic()).count();
    let latin: Vec<char> = left
        .chars()
        .filter(|c| {
            c.is_alphabetic() && (c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(c))
        })
        .collect();
    let words: Vec<&str> = left
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1)
        .collect();
    assert!(letters > 3_000, "the report looks empty: {letters} letters");
    assert!(
        latin.len() * 100 < letters * 5,
        "{} Latin letters of {letters}; words left: {words:?}",
        latin.len()
    );
    // The regulator is named in Chinese for the evaluation day.
    assert!(text.contains("個人資料保護局"), "{text}");
    assert!(!text.contains("PDPB"));
}

#[test]
fn a_portuguese_report_has_no_english_function_words() {
    let map = sample("lotus-trading-dingtalk-pt");
    assert_eq!(map.meta.language, Language::Portuguese);
    let text = markdown(&map, Language::Portuguese);
    let left = own_words(&map, &text).to_lowercase();
    let english: Vec<&str> = left
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| ["the", "and", "of", "with", "not", "needs"].contains(word))
        .collect();
    assert!(english.is_empty(), "English words {english:?} in:\n{left}");
    assert!(
        text.contains("DSPDP"),
        "the regulator's Portuguese abbreviation"
    );
    assert!(text.contains("Interior da China"));
}

#[test]
fn no_report_in_any_language_shows_a_placeholder() {
    for name in [
        "lotus-trading-dingtalk",
        "pearl-delta-hengqin-zh",
        "banco-estrela-evidence",
    ] {
        let map = sample(name);
        for language in Language::ALL {
            let text = markdown(&map, *language);
            for raw in ["{$", "{ $", "{macau_regulator", "{csl_"] {
                assert!(!text.contains(raw), "{name} in {}: {raw}", language.id());
            }
            // A key missing from the catalogue would show as the key itself.
            for prefix in ["report-", "reason-", "status-", "class-", "safeguard-"] {
                assert!(
                    !text.contains(prefix),
                    "{name} in {}: a catalogue key `{prefix}…` shows",
                    language.id()
                );
            }
        }
    }
}

#[test]
fn a_simplified_chinese_report_uses_the_mainland_terms() {
    let map = sample("pearl-delta-hengqin-zh");
    let text = markdown(&map, Language::SimplifiedChinese);
    assert!(text.contains("个人信息保护影响评估报告"), "the title");
    assert!(
        text.contains("受托人"),
        "PIPL's entrusted party for a processor"
    );
    assert!(text.contains("澳门特别行政区政府个人资料保护局"));
    assert!(
        !text.contains("個人"),
        "no Traditional characters in the program's words"
    );
}

#[test]
fn the_reports_diagram_is_drawn_in_the_reports_language() {
    let map = sample("lotus-trading-dingtalk");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    for (language, legend, date) in [
        (Language::English, "Legend", "22 November 2026"),
        (Language::Portuguese, "Legenda", "22 de Novembro de 2026"),
        (Language::TraditionalChinese, "圖例", "2026年11月22日"),
        (Language::SimplifiedChinese, "图例", "2026年11月22日"),
    ] {
        let report =
            report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(language));
        assert!(report.diagram_svg.contains(legend), "{}", language.id());
        assert!(report.diagram_svg.contains(date), "{}", language.id());
    }
}
