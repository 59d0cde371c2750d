//! Stable string ids for sites and flows: they appear in files, findings (`RULE@id`) and the
//! CLI, and survive deletions, unlike petgraph's indices.

use std::fmt;

/// The longest id accepted, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Why a text is not a valid id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The id is empty.
    #[error("an id may not be empty")]
    Empty,
    /// The id is longer than [`MAX_ID_CHARS`].
    #[error("id `{0}…` is longer than {MAX_ID_CHARS} characters")]
    TooLong(String),
    /// The id holds a character other than letters, digits, `-`, `_` and `.`.
    #[error("id `{id}` contains {found:?}; ids use letters, digits, `-`, `_` and `.` only")]
    BadCharacter {
        /// The id as given.
        id: String,
        /// The first character that is not allowed.
        found: char,
    },
}

fn check_id(text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if text.chars().count() > MAX_ID_CHARS {
        return Err(IdError::TooLong(text.chars().take(MAX_ID_CHARS).collect()));
    }
    // `@` separates rule and subject in finding ids, so it is not allowed here.
    if let Some(found) = text
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(IdError::BadCharacter {
            id: text.to_owned(),
            found,
        });
    }
    Ok(())
}

/// Turns a display name into an id stem: lower-case ASCII letters and digits joined by `-`.
///
/// Names with no ASCII letters or digits (e.g. Chinese names) give `fallback`.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(40).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug.to_owned()
    }
}

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        ///
        /// Shared text: cloning an id (for a finding, an undo step) does not copy it.
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(std::sync::Arc<str>);

        impl $name {
            /// Checks `text` and wraps it.
            pub fn new(text: impl Into<String>) -> Result<Self, IdError> {
                let text = text.into();
                check_id(&text)?;
                Ok(Self(std::sync::Arc::from(text)))
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::new(text)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::new(text).map_err(serde::de::Error::custom)
            }
        }
    };
}

string_id! {
    /// The stable id of a site.
    SiteId
}

string_id! {
    /// The stable id of a flow.
    FlowId
}

/// A finding's stable id, `RULE@subject`: the rule that fired and the flow, site or `map` it is
/// about. Treatments attach to it, so it survives re-evaluation; ids never contain `@`, so the
/// two halves are unambiguous.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FindingId(String);

impl FindingId {
    /// The id of `rule` firing on `subject` (a flow or site id, or `map`).
    pub fn new(rule: &str, subject: &str) -> Self {
        let mut id = String::with_capacity(rule.len() + 1 + subject.len());
        id.push_str(rule);
        id.push('@');
        id.push_str(subject);
        Self(id)
    }

    /// The id as written in files and on the command line.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The rule, e.g. `MO-01` (the whole text when it has no `@`, as in a hand-edited file).
    pub fn rule(&self) -> &str {
        self.0.split_once('@').map_or(&self.0, |(rule, _)| rule)
    }

    /// The flow or site id, or `map`; empty when the text has no `@`.
    pub fn subject(&self) -> &str {
        self.0.split_once('@').map_or("", |(_, subject)| subject)
    }
}

impl From<String> for FindingId {
    /// Reads an id kept as text (a treatment's key in a map file).
    fn from(id: String) -> Self {
        Self(id)
    }
}

impl From<FindingId> for String {
    fn from(id: FindingId) -> Self {
        id.0
    }
}

impl fmt::Display for FindingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for FindingId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for FindingId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for FindingId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for FindingId {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_id_splits_into_its_rule_and_subject() {
        let id = FindingId::new("MO-01", "payroll-chat");
        assert_eq!(id.as_str(), "MO-01@payroll-chat");
        assert_eq!((id.rule(), id.subject()), ("MO-01", "payroll-chat"));
        let hand_written = FindingId::from("MO-01".to_owned());
        assert_eq!((hand_written.rule(), hand_written.subject()), ("MO-01", ""));
    }

    #[test]
    fn ids_accept_letters_digits_and_separators_in_any_script() {
        assert!(SiteId::new("macau-hq_2.a").is_ok());
        assert!(SiteId::new("澳門總部").is_ok());
    }

    #[test]
    fn ids_refuse_empty_long_and_odd_characters() {
        assert_eq!(FlowId::new(""), Err(IdError::Empty));
        assert!(matches!(
            FlowId::new("a".repeat(65)),
            Err(IdError::TooLong(_))
        ));
        assert!(matches!(
            FlowId::new("MO-01@att"),
            Err(IdError::BadCharacter { found: '@', .. })
        ));
        assert!(FlowId::new("has space").is_err());
    }

    #[test]
    fn slugs_are_ascii_and_fall_back_for_other_scripts() {
        assert_eq!(slug("DingTalk (Hangzhou)", "site"), "dingtalk-hangzhou");
        assert_eq!(slug("  Macau HQ  ", "site"), "macau-hq");
        assert_eq!(slug("澳門總部", "site"), "site");
        assert_eq!(slug("Sede — Taipa", "site"), "sede-taipa");
    }
}
