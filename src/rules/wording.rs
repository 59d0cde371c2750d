//! The words of a rule pack (titles, citations, mitigations, fact labels, mechanism steps) in
//! each language the pack gives them.
//!
//! A version 2 pack writes a text as a map from language to words,
//! `{"en": "…", "zh-Hant": "…", "pt": "…"}`; a plain string (all a version 1 pack has) is
//! English. A language the pack leaves out falls back: Simplified Chinese to Traditional, then
//! any language to English, then to the first the pack gives. [`Wording::pick`] says which
//! language a text really is in, so the report can say what fell back.

use std::fmt;
use std::sync::Arc;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::Language;

/// A text in one or more languages.
#[derive(Clone, PartialEq, Eq)]
pub struct Wording(Arc<[(Language, Arc<str>)]>);

impl Wording {
    /// An English text (a version 1 pack's strings, or a text made in code).
    pub fn plain(text: &str) -> Self {
        Self(Arc::from([(Language::English, Arc::from(text))]))
    }

    /// A text from (language, words) pairs; the first pair of a language wins. `None` when
    /// there is no pair.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (Language, String)>) -> Option<Self> {
        let mut kept: Vec<(Language, Arc<str>)> = Vec::new();
        for (language, text) in pairs {
            if !kept.iter().any(|(own, _)| *own == language) {
                kept.push((language, Arc::from(text.as_str())));
            }
        }
        (!kept.is_empty()).then(|| Self(Arc::from(kept)))
    }

    /// The words for `language`, and the language they are really in after falling back.
    pub fn pick(&self, language: Language) -> (Language, &str) {
        let find = |wanted: Language| {
            self.0
                .iter()
                .find(|(own, _)| *own == wanted)
                .map(|(own, text)| (*own, text.as_ref()))
        };
        find(language)
            .or_else(|| {
                (language == Language::SimplifiedChinese)
                    .then(|| find(Language::TraditionalChinese))
                    .flatten()
            })
            .or_else(|| find(Language::English))
            .or_else(|| self.0.first().map(|(own, text)| (*own, text.as_ref())))
            .unwrap_or((Language::English, ""))
    }

    /// The words for `language`, falling back as [`Wording::pick`] does.
    pub fn text(&self, language: Language) -> &str {
        self.pick(language).1
    }

    /// The pack gives this text in `language` itself.
    pub fn has(&self, language: Language) -> bool {
        self.0.iter().any(|(own, _)| *own == language)
    }

    /// Each language the text is given in, with its words.
    pub fn each(&self) -> impl Iterator<Item = (Language, &str)> + '_ {
        self.0
            .iter()
            .map(|(language, text)| (*language, text.as_ref()))
    }

    /// The same text with `change` applied to the words of each language.
    pub fn map(&self, mut change: impl FnMut(Language, &str) -> String) -> Self {
        Self(
            self.0
                .iter()
                .map(|(language, text)| (*language, Arc::from(change(*language, text).as_str())))
                .collect(),
        )
    }
}

impl Default for Wording {
    fn default() -> Self {
        Self::plain("")
    }
}

impl fmt::Debug for Wording {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(language, text)| (language.id(), text)))
            .finish()
    }
}

/// Machine output (JSON) keeps one language, English, as it always had.
impl Serialize for Wording {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text(Language::English))
    }
}

impl<'de> Deserialize<'de> for Wording {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WordingVisitor)
    }
}

struct WordingVisitor;

impl<'de> Visitor<'de> for WordingVisitor {
    type Value = Wording;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(
            "a text, or a map from language to text such as {\"en\": \"…\", \"zh-Hant\": \"…\", \
             \"pt\": \"…\"}",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Wording, E> {
        Ok(Wording::plain(text))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Wording, M::Error> {
        let mut pairs = Vec::new();
        while let Some((language, text)) = map.next_entry::<String, String>()? {
            let language: Language = language.parse().map_err(de::Error::custom)?;
            if pairs.iter().any(|(own, _)| *own == language) {
                return Err(de::Error::custom(format!(
                    "language `{}` is given twice",
                    language.id()
                )));
            }
            pairs.push((language, text));
        }
        Wording::from_pairs(pairs)
            .ok_or_else(|| de::Error::custom("a text needs at least one language"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording(pairs: &[(Language, &str)]) -> Wording {
        Wording::from_pairs(pairs.iter().map(|(l, t)| (*l, (*t).to_owned()))).unwrap()
    }

    #[test]
    fn a_missing_language_falls_back_and_says_so() {
        let text = wording(&[
            (Language::English, "No retention period"),
            (Language::TraditionalChinese, "未訂定保存期"),
        ]);
        assert_eq!(
            text.pick(Language::Portuguese),
            (Language::English, "No retention period")
        );
        assert_eq!(
            text.pick(Language::SimplifiedChinese),
            (Language::TraditionalChinese, "未訂定保存期")
        );
        let chinese_only = wording(&[(Language::TraditionalChinese, "未訂定保存期")]);
        assert_eq!(
            chinese_only.pick(Language::English).0,
            Language::TraditionalChinese
        );
    }

    #[test]
    fn packs_write_a_text_as_a_string_or_a_map_of_languages() {
        let plain: Wording = ron::from_str("\"Audit log\"").unwrap();
        assert_eq!(plain, Wording::plain("Audit log"));
        let map: Wording = ron::from_str("{\"en\": \"Audit log\", \"pt\": \"Registo\"}").unwrap();
        assert_eq!(map.text(Language::Portuguese), "Registo");
        let error = ron::from_str::<Wording>("{\"klingon\": \"x\"}").unwrap_err();
        assert!(error.to_string().contains("klingon"), "{error}");
        assert!(ron::from_str::<Wording>("{}").is_err());
    }

    #[test]
    fn json_keeps_the_english_text() {
        let text = wording(&[
            (Language::Portuguese, "Registo"),
            (Language::English, "Audit log"),
        ]);
        assert_eq!(serde_json::to_string(&text).unwrap(), "\"Audit log\"");
    }
}
