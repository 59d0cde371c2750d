//! Why a bundle was not written into a folder, in the user's language.

use std::path::PathBuf;

use crate::i18n::{Arg, text_with};
use crate::model::Language;

/// How many names a refusal lists before it says "and N more".
const NAMES_LISTED: usize = 12;

/// Why a bundle was not written into a folder; nothing in it was changed.
#[derive(Debug, PartialEq, Eq)]
pub struct FolderRefusal {
    /// The folder.
    pub folder: PathBuf,
    /// What is wrong with it.
    pub reason: FolderReason,
    /// A sibling folder that does not exist yet, to write the bundle into instead.
    pub fresh: Option<PathBuf>,
}

/// What a folder holds that a bundle must not replace.
#[derive(Debug, PartialEq, Eq)]
pub enum FolderReason {
    /// Files that are no bundle's (no manifest lists them), by name.
    OtherFiles(Vec<String>),
    /// The folder is the bundle of another map, kept under this name.
    OtherMap(String),
    /// Files of the earlier bundle changed since it was sealed, by name.
    Changed(Vec<String>),
}

impl FolderRefusal {
    /// The refusal in `language`.
    pub fn message(&self, language: Language) -> String {
        let folder = Arg::from(self.folder.display().to_string());
        let (key, detail) = match &self.reason {
            FolderReason::OtherFiles(names) => {
                ("bundle-folder-other-files", listed(names, language))
            }
            FolderReason::OtherMap(name) => ("bundle-folder-other-map", name.clone()),
            FolderReason::Changed(names) => ("bundle-folder-changed", listed(names, language)),
        };
        let mut text = text_with(
            language,
            key,
            &[("folder", folder), ("names", detail.into())],
        );
        if let Some(fresh) = &self.fresh {
            text.push(' ');
            text.push_str(&text_with(
                language,
                "bundle-folder-fresh",
                &[("fresh", fresh.display().to_string().into())],
            ));
        }
        text
    }
}

impl std::fmt::Display for FolderRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for FolderRefusal {}

/// `names` joined, the first [`NAMES_LISTED`] of them, then how many more.
fn listed(names: &[String], language: Language) -> String {
    let mut text = names
        .iter()
        .take(NAMES_LISTED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > NAMES_LISTED {
        text.push_str(&text_with(
            language,
            "bundle-folder-more",
            &[("count", (names.len() - NAMES_LISTED).into())],
        ));
    }
    text
}
