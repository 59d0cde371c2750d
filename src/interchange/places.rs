//! Words that name a place, in English, Chinese (both scripts) and Portuguese, read back into a
//! jurisdiction: a lane's heading, a container's title, a Mermaid subgraph, a hosting column.

use crate::i18n;
use crate::model::{Jurisdiction, Lane, Language};
use crate::scene::words::words;

/// Names the catalogue does not spell out but people write: short forms, the other romanisation,
/// the Hengqin zone. Longer names win over shorter ones they contain.
const ALIASES: &[(&str, &str)] = &[
    ("macau", "MO"),
    ("macao", "MO"),
    ("澳門", "MO"),
    ("澳门", "MO"),
    ("hong kong", "HK"),
    ("hongkong", "HK"),
    ("香港", "HK"),
    ("hengqin", "CN-GBA"),
    ("橫琴", "CN-GBA"),
    ("横琴", "CN-GBA"),
    ("gba", "CN-GBA"),
    ("greater bay area", "CN-GBA"),
    ("grande baía", "CN-GBA"),
    ("grande baia", "CN-GBA"),
    ("大灣區", "CN-GBA"),
    ("大湾区", "CN-GBA"),
    ("mainland gba", "CN-GBA"),
    ("mainland", "CN"),
    ("china", "CN"),
    ("prc", "CN"),
    ("interior da china", "CN"),
    ("china continental", "CN"),
    ("中國內地", "CN"),
    ("中国内地", "CN"),
    ("內地", "CN"),
    ("内地", "CN"),
    ("中國", "CN"),
    ("中国", "CN"),
    ("大陸", "CN"),
    ("大陆", "CN"),
    ("elsewhere", "OTHER"),
    ("overseas", "OTHER"),
    ("其他地方", "OTHER"),
    ("outros locais", "OTHER"),
    // Cities in Chinese and Portuguese (the presets know their English names).
    ("杭州", "CN"),
    ("北京", "CN"),
    ("上海", "CN"),
    ("pequim", "CN"),
    ("xangai", "CN"),
    ("深圳", "CN-GBA"),
    ("廣州", "CN-GBA"),
    ("广州", "CN-GBA"),
    ("cantão", "CN-GBA"),
    ("珠海", "CN-GBA"),
    ("佛山", "CN-GBA"),
    ("東莞", "CN-GBA"),
    ("东莞", "CN-GBA"),
    ("中山", "CN-GBA"),
    ("江門", "CN-GBA"),
    ("江门", "CN-GBA"),
    ("肇慶", "CN-GBA"),
    ("肇庆", "CN-GBA"),
    ("惠州", "CN-GBA"),
    ("氹仔", "MO"),
    ("路環", "MO"),
    ("taipa", "MO"),
    ("coloane", "MO"),
];

/// Every name known for a place, lower-cased, with its jurisdiction.
fn names() -> &'static [(String, Jurisdiction)] {
    static NAMES: std::sync::OnceLock<Vec<(String, Jurisdiction)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<(String, Jurisdiction)> = Vec::new();
        for language in Language::ALL {
            for jurisdiction in Jurisdiction::NAMED {
                let name = i18n::terms::jurisdiction(*language, &jurisdiction);
                names.push((name.to_lowercase(), jurisdiction));
            }
            for lane in Lane::ALL {
                let name = words(*language).lane(lane).to_lowercase();
                names.push((name, lane.default_jurisdiction()));
            }
            for code in COUNTRY_NAMES {
                let key = format!("country-{code}");
                if let (true, Ok(country)) = (i18n::has(*language, &key), code.parse()) {
                    names.push((i18n::text(*language, &key).to_lowercase(), country));
                }
            }
        }
        for (alias, id) in ALIASES {
            if let Ok(jurisdiction) = id.parse() {
                names.push(((*alias).to_owned(), jurisdiction));
            }
        }
        names.retain(|(name, _)| name.chars().count() >= 2);
        // Longest first, so "Mainland GBA" is read before "Mainland".
        names.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        names
    })
}

/// The countries the catalogue names (`country-PT`…).
const COUNTRY_NAMES: [&str; 24] = [
    "PT", "SG", "US", "GB", "TW", "JP", "KR", "DE", "FR", "AU", "CA", "MY", "TH", "PH", "VN", "ID",
    "IN", "CH", "NL", "IE", "BR", "AO", "MZ", "CV",
];

/// The jurisdiction `text` names as a whole: an id (`MO`, `CN-GBA`, `PT`), a place's name in
/// any of the languages, or a city the presets know.
pub fn jurisdiction_named(text: &str) -> Option<Jurisdiction> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    if let Ok(jurisdiction) = trimmed.parse() {
        return Some(jurisdiction);
    }
    if let Ok(jurisdiction) = trimmed.replace('_', "-").parse() {
        return Some(jurisdiction);
    }
    let lower = trimmed.to_lowercase();
    names()
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, jurisdiction)| *jurisdiction)
        .or_else(|| crate::presets::city_jurisdiction(trimmed))
}

/// The jurisdiction a longer text mentions ("Shenzhen data centre", "澳門總部", "Sede em
/// Macau"): the longest place name in it, else a city the presets know. Codes are not looked
/// for inside a text (too many words are two letters).
pub fn jurisdiction_mentioned(text: &str) -> Option<Jurisdiction> {
    if let Some(whole) = jurisdiction_named(text) {
        return Some(whole);
    }
    let lower = text.to_lowercase();
    names()
        .iter()
        .find(|(name, _)| mentions(&lower, name))
        .map(|(_, jurisdiction)| *jurisdiction)
        .or_else(|| {
            crate::presets::cities_named(text)
                .first()
                .and_then(|city| crate::presets::city_jurisdiction(city))
        })
}

/// `text` holds `name`, as a whole word for Latin names (so "China" is not found in
/// "Chinatown"'s middle, nor "gba" inside a word).
fn mentions(text: &str, name: &str) -> bool {
    let latin = name
        .chars()
        .all(|c| c.is_ascii() || c.is_alphabetic() && !is_cjk(c));
    if !latin {
        return text.contains(name);
    }
    text.match_indices(name).any(|(start, found)| {
        let before = text[..start].chars().next_back();
        let after = text[start + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_read_in_every_language() {
        let cases = [
            ("Macau", "MO"),
            ("澳門", "MO"),
            ("Hong Kong SAR", "HK"),
            ("香港特別行政區", "HK"),
            ("Mainland GBA (incl. Hengqin)", "CN-GBA"),
            ("大灣區內地九市", "CN-GBA"),
            ("Mainland (rest)", "CN"),
            ("中國內地", "CN"),
            ("Interior da China", "CN"),
            ("CN_GBA", "CN-GBA"),
            ("Portugal", "PT"),
            ("葡萄牙", "PT"),
            ("Shenzhen", "CN-GBA"),
        ];
        for (text, id) in cases {
            assert_eq!(
                jurisdiction_named(text).map(|j| j.id().to_owned()),
                Some(id.to_owned()),
                "{text}"
            );
        }
        assert_eq!(jurisdiction_named("Marketing"), None);
    }

    #[test]
    fn a_label_that_mentions_a_place_is_read_but_not_a_word_inside_another() {
        assert_eq!(
            jurisdiction_mentioned("澳門總部").map(|j| j.id().to_owned()),
            Some("MO".to_owned())
        );
        assert_eq!(
            jurisdiction_mentioned("Hengqin site office").map(|j| j.id().to_owned()),
            Some("CN-GBA".to_owned())
        );
        assert_eq!(jurisdiction_mentioned("Chinatown bakery"), None);
        assert_eq!(jurisdiction_mentioned("HR system"), None);
    }
}
