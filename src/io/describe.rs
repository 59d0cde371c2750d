//! The errors a person meets in the editor, in their language: a file that cannot be opened
//! or saved, a map that is not valid, an edit that is refused. The `Display` texts stay
//! English for the command line's errors and logs; what the operating system or the RON parser
//! says inside them is quoted as they say it.

use crate::i18n::{self, Arg};
use crate::model::{EditError, FlowError, Language};

use super::{LoadError, MapError, SaveError};

fn say(language: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    i18n::text_with(language, key, args)
}

fn path(path: &std::path::Path) -> Arg<'static> {
    Arg::Text(path.display().to_string().into())
}

impl LoadError {
    /// What went wrong, in `language`, naming the file and the place in it.
    pub fn describe(&self, language: Language) -> String {
        match self {
            LoadError::Read { path: file, error } => say(
                language,
                "error-read",
                &[("path", path(file)), ("reason", error.to_string().into())],
            ),
            LoadError::TooLarge {
                path: file,
                size,
                limit,
            } => say(
                language,
                "error-too-large",
                &[
                    ("path", path(file)),
                    ("size", (*size).into()),
                    ("limit", (*limit).into()),
                ],
            ),
            LoadError::NotAFile { path: file } => {
                say(language, "error-not-a-file", &[("path", path(file))])
            }
            LoadError::Map { path: file, error } => say(
                language,
                "error-in-map",
                &[
                    ("path", path(file)),
                    ("problem", error.describe(language).into()),
                ],
            ),
            LoadError::Inventory { path: file, error } => error
                .to_string()
                .lines()
                .map(|line| {
                    say(
                        language,
                        "error-in-file",
                        &[("path", path(file)), ("problem", line.into())],
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

impl SaveError {
    /// What went wrong, in `language`; the file on disk is unchanged.
    pub fn describe(&self, language: Language) -> String {
        match self {
            SaveError::Serialize { path: file, error } => say(
                language,
                "error-serialize",
                &[("path", path(file)), ("reason", error.to_string().into())],
            ),
            SaveError::TooLarge {
                path: file,
                size,
                limit,
            } => say(
                language,
                "error-save-too-large",
                &[
                    ("path", path(file)),
                    ("size", (*size).into()),
                    ("limit", (*limit).into()),
                ],
            ),
            SaveError::Write { path: file, error } => say(
                language,
                "error-write",
                &[("path", path(file)), ("reason", error.to_string().into())],
            ),
        }
    }
}

impl MapError {
    /// What is wrong with the map text, in `language`, with its line and column.
    pub fn describe(&self, language: Language) -> String {
        let at = |location: Option<super::Location>, problem: String| match location {
            Some(location) => say(
                language,
                "error-at",
                &[
                    ("place", location.to_string().into()),
                    ("problem", problem.into()),
                ],
            ),
            None => problem,
        };
        match self {
            MapError::NotUtf8 { location } => {
                at(Some(*location), say(language, "error-not-utf8", &[]))
            }
            MapError::Syntax { location, message } => at(Some(*location), message.clone()),
            MapError::NotAMap { found } => say(
                language,
                "error-not-a-map",
                &[("found", format!("{found:?}").into())],
            ),
            MapError::NewerVersion { found } => say(
                language,
                "error-newer-version",
                &[
                    ("found", found.to_string().into()),
                    ("newest", super::FORMAT_VERSION.to_string().into()),
                ],
            ),
            MapError::UnknownVersion { found } => say(
                language,
                "error-unknown-version",
                &[("found", found.to_string().into())],
            ),
            MapError::Invalid { location, error } => at(*location, edit_error(language, error)),
        }
    }
}

/// Why an edit was refused, in `language`.
pub fn edit_error(language: Language, error: &EditError) -> String {
    let id = |id: &str| Arg::Text(id.to_owned().into());
    match error {
        EditError::DuplicateSite(site) => say(
            language,
            "error-duplicate-site",
            &[("id", id(site.as_str()))],
        ),
        EditError::DuplicateFlow(flow) => say(
            language,
            "error-duplicate-flow",
            &[("id", id(flow.as_str()))],
        ),
        EditError::MissingSite(site) => {
            say(language, "error-missing-site", &[("id", id(site.as_str()))])
        }
        EditError::FlowToMissingSite { flow, site } => say(
            language,
            "error-flow-to-missing-site",
            &[("flow", id(flow.as_str())), ("site", id(site.as_str()))],
        ),
        EditError::MissingFlow(flow) => {
            say(language, "error-missing-flow", &[("id", id(flow.as_str()))])
        }
        EditError::Flow(FlowError::SensitiveExceedsTotal {
            flow,
            sensitive,
            total,
        }) => say(
            language,
            "error-sensitive-exceeds-total",
            &[
                ("flow", id(flow.as_str())),
                ("sensitive", (*sensitive).into()),
                ("total", (*total).into()),
            ],
        ),
        EditError::Flow(FlowError::SameEnds { flow, site }) => say(
            language,
            "error-same-ends",
            &[("flow", id(flow.as_str())), ("site", id(site.as_str()))],
        ),
        EditError::BadPosition(site) => {
            say(language, "error-bad-position", &[("id", id(site.as_str()))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_as_the_error_text_and_other_languages_translate_it() {
        let error = crate::io::parse_map(b"(format: \"borderflow-map\", version: 9)").unwrap_err();
        let loaded = LoadError::Map {
            path: "m.ron".into(),
            error,
        };
        assert_eq!(loaded.describe(Language::English), loaded.to_string());
        let chinese = loaded.describe(Language::TraditionalChinese);
        assert!(
            chinese.starts_with("m.ron：") && chinese.contains("第 9 版"),
            "{chinese}"
        );
        let refused = EditError::DuplicateFlow("payroll".parse().unwrap());
        assert_eq!(edit_error(Language::English, &refused), refused.to_string());
        assert!(edit_error(Language::Portuguese, &refused).contains("já existe um fluxo"));
    }
}
