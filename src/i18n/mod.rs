//! The words borderflow shows people, in every language it speaks.
//!
//! The catalogue is data: one Fluent file per language under `assets/i18n/` (`en.ftl`,
//! `zh-Hant.ftl`, `pt.ftl`, and `zh-Hans.ftl` for Mainland filings), which a translator edits
//! without touching Rust. The files are embedded in the binary and parsed once, on first use.
//!
//! Every layer above the model asks for its words here by key: [`text`] for a fixed phrase,
//! [`text_with`] for one with `{ $placeholders }`, [`number`] and [`date`] for figures and
//! dates written the way the language writes them.
//!
//! English is one language among the others, not a fallback: a key that a language lacks is
//! shown as the key itself, so a gap is seen rather than hidden, and the catalogue's tests fail
//! on it. The one deliberate exception is Simplified Chinese, which is a report language only:
//! the editor's and the command line's words (keys starting `ui-` and `cli-`) fall back to
//! Traditional Chinese there.

mod format;
mod locale;
pub mod terms;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::Language;

pub use format::{date, decimal, number};
pub use locale::{language_from_locale, system_language};

type Bundle = FluentBundle<FluentResource>;

/// The catalogue's source files, in the order of [`Language::ALL`].
const SOURCES: [(Language, &str, &str); 4] = [
    (
        Language::English,
        "en.ftl",
        include_str!("../../assets/i18n/en.ftl"),
    ),
    (
        Language::TraditionalChinese,
        "zh-Hant.ftl",
        include_str!("../../assets/i18n/zh-Hant.ftl"),
    ),
    (
        Language::Portuguese,
        "pt.ftl",
        include_str!("../../assets/i18n/pt.ftl"),
    ),
    (
        Language::SimplifiedChinese,
        "zh-Hans.ftl",
        include_str!("../../assets/i18n/zh-Hans.ftl"),
    ),
];

/// The parsed catalogue: one bundle per language, and what went wrong reading the files (which
/// the tests insist is nothing).
struct Catalogue {
    bundles: Vec<(Language, Bundle)>,
    problems: Vec<String>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut problems = Vec::new();
        let bundles = SOURCES
            .iter()
            .map(|(language, file, source)| {
                let bundle = load(*language, file, source, &mut problems);
                (*language, bundle)
            })
            .collect();
        Catalogue { bundles, problems }
    })
}

fn load(language: Language, file: &str, source: &str, problems: &mut Vec<String>) -> Bundle {
    // Macau writes European Portuguese, whose plural rules (and so Fluent's `[one]`) differ
    // from Brazil's for zero.
    let tag = match language {
        Language::Portuguese => "pt-PT",
        other => other.id(),
    };
    let locale = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around placeables: the report and the editor are
    // left-to-right, and the marks would show as boxes in fonts that lack them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter(language)));
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                problems.push(format!("assets/i18n/{file}:{line}: {:?}", error.kind));
            }
            partial
        });
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            problems.push(format!("assets/i18n/{file}: {error}"));
        }
    }
    bundle
}

/// Numbers inside messages are grouped the way the message's language groups them; Fluent's
/// own formatting does not group. A plain function per language, since Fluent takes a function
/// pointer.
fn formatter<M>(language: Language) -> fn(&FluentValue, &M) -> Option<String> {
    fn grouped(language: Language, value: &FluentValue) -> Option<String> {
        match value {
            FluentValue::Number(number) => Some(format::fluent_number(language, number)),
            _ => None,
        }
    }
    match language {
        Language::English => |value, _| grouped(Language::English, value),
        Language::TraditionalChinese => |value, _| grouped(Language::TraditionalChinese, value),
        Language::Portuguese => |value, _| grouped(Language::Portuguese, value),
        Language::SimplifiedChinese => |value, _| grouped(Language::SimplifiedChinese, value),
    }
}

fn bundle(language: Language) -> Option<&'static Bundle> {
    catalogue()
        .bundles
        .iter()
        .find(|(own, _)| *own == language)
        .map(|(_, bundle)| bundle)
}

/// The bundle that holds `key` for `language`: its own, or for Simplified Chinese the
/// Traditional one when the key is one of the editor's or the command line's.
fn holder(language: Language, key: &str) -> Option<&'static Bundle> {
    let own = bundle(language).filter(|bundle| bundle.has_message(key));
    if own.is_some() || language != Language::SimplifiedChinese || !report_only_gap(key) {
        return own;
    }
    bundle(Language::TraditionalChinese).filter(|bundle| bundle.has_message(key))
}

/// Keys that Simplified Chinese, a report language only, may leave out.
fn report_only_gap(key: &str) -> bool {
    key.starts_with("ui-") || key.starts_with("cli-")
}

/// The language tag a document in `language` is marked with (HTML `lang`, the PDF's language):
/// the script and the place whose law it is written for, so a reader or a screen reader takes
/// Macau's Traditional forms and Portuguese, not Taiwan's or Portugal's.
pub fn document_tag(language: Language) -> &'static str {
    match language {
        Language::English => "en",
        Language::TraditionalChinese => "zh-Hant-MO",
        Language::Portuguese => "pt-MO",
        Language::SimplifiedChinese => "zh-Hans-CN",
    }
}

/// An argument of [`text_with`]: a text, or a number (grouped in the language, and used to
/// choose plural forms).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_arg {
    ($($kind:ty),*) => {
        $(impl From<$kind> for Arg<'_> {
            fn from(number: $kind) -> Self {
                // Counts here stay far below 2^53, where f64 is exact.
                Arg::Number(number as f64)
            }
        })*
    };
}

number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The fixed phrase `key` in `language`; the key itself when the catalogue lacks it.
pub fn text(language: Language, key: &str) -> Cow<'static, str> {
    let Some(bundle) = holder(language, key) else {
        return Cow::Owned(key.to_owned());
    };
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        return Cow::Owned(key.to_owned());
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, None, &mut errors)
}

/// The fixed phrase `key` in `language` as a `&'static str`, for labels that widgets and tables
/// hold. A plain phrase is borrowed from the catalogue; one the catalogue has to build is kept
/// once per language and key, so asking every frame does not grow memory.
pub fn word(language: Language, key: &str) -> &'static str {
    match text(language, key) {
        Cow::Borrowed(text) => text,
        Cow::Owned(built) => {
            static BUILT: std::sync::Mutex<Vec<(Language, String, &'static str)>> =
                std::sync::Mutex::new(Vec::new());
            let mut built_words = BUILT
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((_, _, text)) = built_words
                .iter()
                .find(|(own, own_key, _)| *own == language && own_key == key)
            {
                return text;
            }
            let text: &'static str = Box::leak(built.into_boxed_str());
            built_words.push((language, key.to_owned(), text));
            text
        }
    }
}

/// The language the editor speaks for a wish such as the system's locale: Simplified Chinese,
/// which the editor does not offer, reads as Traditional.
pub fn editor_language(wanted: Language) -> Language {
    match wanted {
        Language::SimplifiedChinese => Language::TraditionalChinese,
        other => other,
    }
}

/// The phrase `key` in `language` with its placeholders filled from `args` (`{ $name }` in the
/// catalogue, `("name", value)` here). A placeholder without an argument is left visible as
/// `{$name}`; [`check_with`] reports it.
pub fn text_with(language: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    match check_with(language, key, args) {
        Ok(text) | Err((text, _)) => text,
    }
}

/// Like [`text_with`], but says what went wrong: a missing key, or placeholders left unfilled.
pub fn check_with(
    language: Language,
    key: &str,
    args: &[(&str, Arg<'_>)],
) -> Result<String, (String, Vec<String>)> {
    let Some(bundle) = holder(language, key) else {
        return Err((
            key.to_owned(),
            vec![format!("no `{key}` in {}", language.id())],
        ));
    };
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        return Err((key.to_owned(), vec![format!("`{key}` has no text")]));
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        let problems = errors
            .iter()
            .map(|error| format!("`{key}` in {}: {error}", language.id()))
            .collect();
        Err((text, problems))
    }
}

/// What went wrong reading the embedded catalogue files, each naming its file and line; empty
/// in any build whose tests passed.
pub fn problems() -> &'static [String] {
    &catalogue().problems
}

/// Whether the catalogue has `key` for `language` (or, for Simplified Chinese, where it falls
/// back).
pub fn has(language: Language, key: &str) -> bool {
    holder(language, key).is_some()
}

/// The languages the editor offers, in the order of its menu. Simplified Chinese is a report
/// language for Mainland filings, not one the editor speaks.
pub const EDITOR_LANGUAGES: [Language; 3] = [
    Language::English,
    Language::TraditionalChinese,
    Language::Portuguese,
];
