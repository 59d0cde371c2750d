//! Which characters of a map no font can draw, and where they are, so that no output prints a
//! `?` or an empty box without the user being told which character, of which script, in which
//! site, flow or field.

use std::collections::BTreeMap;

use serde::Serialize;
use unicode_script::{Script, UnicodeScript};

use super::fonts;
use crate::i18n::{self, Arg};
use crate::model::{Language, Map};

/// Where a piece of the map's text is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// A field of the map's own description (title, organisation, controller…).
    Map {
        /// The field, as the map file names it (`title`, `controller.name`).
        field: String,
    },
    /// A field of a site.
    Site {
        /// The site's name.
        name: String,
        /// The field, as the map file names it (`name`, `city`, `contact.name`).
        field: String,
    },
    /// A field of a flow.
    Flow {
        /// The flow's id.
        id: String,
        /// The field, as the map file names it (`purpose`, `notes`).
        field: String,
    },
    /// A field of the assessment (treatments, answers, sign-off).
    Assessment {
        /// The field, as the map file names it.
        field: String,
    },
}

/// A character no font draws, with every place it appears.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undrawable {
    /// The character.
    pub character: char,
    /// Its Unicode script.
    pub script: Script,
    /// Where it appears, in the order of the map.
    pub places: Vec<Place>,
}

/// The characters of `map`'s text that no font, bundled or of the system, draws, each with the
/// places it appears; empty for almost every map, and then found without reading the system's
/// fonts.
pub fn undrawable_in(map: &Map) -> Vec<Undrawable> {
    let mut found: BTreeMap<char, Vec<Place>> = BTreeMap::new();
    let mut note = |value: serde_json::Value, place: &dyn Fn(String) -> Place| {
        walk(&value, String::new(), &mut |field, text| {
            for character in fonts::undrawable(text) {
                found
                    .entry(character)
                    .or_default()
                    .push(place(field.to_owned()));
            }
        });
    };
    note(to_value(&map.meta), &|field| Place::Map { field });
    for site in map.sites() {
        note(to_value(site), &|field| Place::Site {
            name: site.name.clone(),
            field,
        });
    }
    for view in map.flows() {
        note(to_value(view.flow), &|field| Place::Flow {
            id: view.flow.id.to_string(),
            field,
        });
    }
    note(to_value(&map.assessment), &|field| Place::Assessment {
        field,
    });
    found
        .into_iter()
        .map(|(character, mut places)| {
            places.dedup();
            Undrawable {
                character,
                script: character.script(),
                places,
            }
        })
        .collect()
}

fn to_value(value: &impl Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// Calls `visit` with every string in `value` that the bundled fonts do not wholly draw, and
/// its path (`contact.name`, `answers.necessity`).
fn walk(value: &serde_json::Value, path: String, visit: &mut dyn FnMut(&str, &str)) {
    match value {
        serde_json::Value::String(text) if !fonts::bundled_has_all(text) => visit(&path, text),
        serde_json::Value::Array(items) => {
            for item in items {
                walk(item, path.clone(), visit);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, field) in fields {
                // Ids are checked where they are used as names; the map file's own keys are
                // ASCII.
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(field, path, visit);
            }
        }
        _ => {}
    }
}

/// The script a document in `language` is written in: a character of it that cannot be drawn
/// makes the document unfit to file.
pub fn script_of(language: Language) -> Script {
    match language {
        Language::TraditionalChinese | Language::SimplifiedChinese => Script::Han,
        Language::English | Language::Portuguese => Script::Latin,
    }
}

/// Whether any of `missing` is of the script of a document in `language`.
pub fn blocks(missing: &[Undrawable], language: Language) -> bool {
    missing
        .iter()
        .any(|undrawable| undrawable.script == script_of(language))
}

/// `missing` as lines to print, in `language`: a heading, then one line per character with its
/// code point, script and places.
pub fn describe(missing: &[Undrawable], language: Language) -> Vec<String> {
    if missing.is_empty() {
        return Vec::new();
    }
    let separator = match script_of(language) {
        Script::Han => "；",
        _ => "; ",
    };
    let mut lines = vec![i18n::text_with(
        language,
        "font-missing-heading",
        &[("count", missing.len().into())],
    )];
    for undrawable in missing {
        let places: Vec<String> = undrawable
            .places
            .iter()
            .map(|place| describe_place(place, language))
            .collect();
        lines.push(i18n::text_with(
            language,
            "font-missing-character",
            &[
                ("character", undrawable.character.to_string().into()),
                (
                    "code",
                    format!("U+{:04X}", u32::from(undrawable.character)).into(),
                ),
                ("script", undrawable.script.full_name().into()),
                ("places", places.join(separator).into()),
            ],
        ));
    }
    lines
}

fn describe_place(place: &Place, language: Language) -> String {
    let (key, args): (&str, Vec<(&str, Arg<'_>)>) = match place {
        Place::Map { field } => ("font-place-map", vec![("field", field.as_str().into())]),
        Place::Site { name, field } => (
            "font-place-site",
            vec![
                ("name", name.as_str().into()),
                ("field", field.as_str().into()),
            ],
        ),
        Place::Flow { id, field } => (
            "font-place-flow",
            vec![
                ("flow", id.as_str().into()),
                ("field", field.as_str().into()),
            ],
        ),
        Place::Assessment { field } => (
            "font-place-assessment",
            vec![("field", field.as_str().into())],
        ),
    };
    i18n::text_with(language, key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jurisdiction, Site, SiteId, SiteKind};

    fn map_with_site_named(name: &str) -> Map {
        let mut map = Map::default();
        map.meta.title = "蓮花貿易 DingTalk".to_owned();
        map.add_site(Site::new(
            SiteId::new("office").expect("a valid id"),
            name,
            SiteKind::Office,
            Jurisdiction::Macau,
        ))
        .expect("a new site");
        map
    }

    #[test]
    fn a_map_the_bundled_fonts_draw_has_nothing_undrawable() {
        assert!(undrawable_in(&map_with_site_named("澳門總部（氹仔）")).is_empty());
    }

    #[test]
    fn a_character_no_font_has_is_named_with_its_script_and_place() {
        // A private-use character: no font of any machine is expected to draw it.
        let map = map_with_site_named("總部 \u{f8ff}\u{10fffd}");
        let missing = undrawable_in(&map);
        let private: Vec<&Undrawable> = missing
            .iter()
            .filter(|undrawable| undrawable.character == '\u{10fffd}')
            .collect();
        assert_eq!(private.len(), 1, "{missing:?}");
        assert_eq!(
            private[0].places,
            vec![Place::Site {
                name: "總部 \u{f8ff}\u{10fffd}".to_owned(),
                field: "name".to_owned()
            }]
        );
        let lines = describe(&missing, Language::English);
        assert!(
            lines.iter().any(|line| line.contains("U+10FFFD")),
            "{lines:?}"
        );
        assert!(!blocks(&missing, Language::TraditionalChinese));
    }

    #[test]
    fn a_character_of_the_documents_own_script_blocks_it() {
        let missing = vec![Undrawable {
            character: '\u{2a6d6}',
            script: '\u{2a6d6}'.script(),
            places: Vec::new(),
        }];
        assert_eq!(missing[0].script, Script::Han);
        assert!(blocks(&missing, Language::TraditionalChinese));
        assert!(blocks(&missing, Language::SimplifiedChinese));
        assert!(!blocks(&missing, Language::Portuguese));
    }
}
