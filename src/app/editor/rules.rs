//! The rule packs the editor evaluates with: the built-in ones, and those of a folder the user
//! adds as the command line's `--rules` does, so that the editor's findings, diagram and report
//! agree with a report made with that folder.

use std::path::Path;

use super::BorderflowApp;
use super::choose::Purpose;
use super::modal::Dialog;
use crate::app::words::{t, tw};
use crate::rules::Rulebook;

impl BorderflowApp {
    /// Asks for a folder of rule packs (its answer goes to [`Self::load_rules`]).
    pub(super) fn ask_for_rules(&mut self) {
        let suggested = self
            .rules_folder
            .as_ref()
            .map(|folder| folder.display().to_string())
            .unwrap_or_default();
        if let Some(folder) = self.pick(Purpose::RulesFolder, &suggested) {
            self.load_rules(&folder);
        }
    }

    /// Adds the packs of `folder` to the built-in ones and evaluates the map with them. A folder
    /// whose packs cannot be read is refused with the reason, and the rules in use stay.
    pub fn load_rules(&mut self, folder: &Path) {
        match Rulebook::builtin_with_folder(folder) {
            Ok(book) => {
                let added: Vec<String> = book
                    .packs()
                    .iter()
                    .filter(|pack| !pack.file.starts_with("(built-in)"))
                    .map(|pack| {
                        let replaced = pack.replaces.as_ref().map_or_else(String::new, |file| {
                            tw("ui-rules-replaces", &[("file", file.as_str().into())])
                        });
                        format!("{} {}{replaced}", pack.id, pack.edition)
                    })
                    .collect();
                self.rulebook = book;
                self.rules_folder = Some(folder.to_owned());
                self.rederive();
                self.status = Some(tw(
                    "ui-rules-loaded",
                    &[
                        ("folder", folder.display().to_string().into()),
                        ("count", added.len().into()),
                        ("packs", added.join(", ").into()),
                    ],
                ));
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(
                    tw(
                        "ui-rules-failed",
                        &[("folder", folder.display().to_string().into())],
                    ),
                    error.to_string(),
                ));
            }
        }
    }

    /// Goes back to the built-in rule packs alone.
    pub(super) fn use_builtin_rules(&mut self) {
        match Rulebook::builtin() {
            Ok(book) => {
                self.rulebook = book;
                self.rules_folder = None;
                self.rederive();
                self.status = Some(t("ui-rules-built-in").to_owned());
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(
                    t("ui-rules-built-in-failed").to_owned(),
                    error.to_string(),
                ));
            }
        }
    }

    /// The rule packs in use, each with its edition, and the folder they were added from.
    pub(super) fn rules_summary(&self) -> String {
        match &self.rules_folder {
            Some(folder) => tw(
                "ui-rules-in-use-folder",
                &[
                    ("packs", self.rulebook.version().into()),
                    ("folder", folder.display().to_string().into()),
                ],
            ),
            None => self.rulebook.version(),
        }
    }

    /// The folder whose rule packs are in use besides the built-in ones, if any.
    pub fn rules_folder(&self) -> Option<&Path> {
        self.rules_folder.as_deref()
    }
}
