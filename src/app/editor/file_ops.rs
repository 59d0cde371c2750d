//! Opening, saving and closing: the document's own file, unsaved-changes questions, the
//! autosave copy, dropped files and the window title.

use std::path::{Path, PathBuf};

use egui::Context;

use super::BorderflowApp;
use super::choose;
use super::dialogs::{AfterPrompt, Dialog};
use crate::app::document::Document;
use crate::app::words::{language, t, tw};
use crate::io;
use crate::io::format::{FileFormat, MapFormat, OpenFormat};
use crate::io::recovery::{DiskChange, DiskStamp, load_map_stamped};
use crate::io::storage::Storage;
use crate::model::Map;

impl BorderflowApp {
    pub(super) fn open_path(&mut self, path: &Path) {
        match open_document(path) {
            Ok(opened) => {
                let recent = self.remember_recent(path);
                self.replace_document(opened.document, opened.stamp);
                self.status = Some(with_note(
                    undrawable_warning(self.map()).unwrap_or_else(|| {
                        tw("ui-opened", &[("path", path.display().to_string().into())])
                    }),
                    recent,
                ));
                self.review_guesses(path, &opened.guesses);
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error(t("ui-open-failed").to_owned(), message));
            }
        }
    }

    /// Saves to `path`, or to the document's own path, or asks where. Before overwriting the
    /// document's own file, checks that no other program changed it since it was read.
    pub(super) fn save(&mut self, path: Option<PathBuf>) -> bool {
        let path = match path.or_else(|| self.document.path.clone()) {
            Some(path) => path,
            None => {
                let suggested = MapFormat::file_name(&self.map().meta.title);
                match self.pick(choose::Purpose::SaveMap, &suggested) {
                    Some(path) => path,
                    None => return false,
                }
            }
        };
        if let Some(change) = self.changed_on_disk(&path) {
            self.dialog = Some(Dialog::ChangedOnDisk(path, change));
            return false;
        }
        self.save_unchecked(path)
    }

    /// How the document's own file at `path` changed since it was read or saved, if it did.
    fn changed_on_disk(&self, path: &Path) -> Option<DiskChange> {
        if self.document.path.as_deref() != Some(path) {
            return None;
        }
        let stamp = self.disk_stamp.as_ref()?;
        match stamp.check(path) {
            Ok(DiskChange::Unchanged) => None,
            Ok(change) => Some(change),
            // Unreadable now: the save itself will say why, if it fails.
            Err(_) => None,
        }
    }

    /// Saves to `path` without asking (the user chose to overwrite).
    pub(super) fn save_unchecked(&mut self, path: PathBuf) -> bool {
        let mut map = self.map().clone();
        map.meta.modified = Some(self.today);
        match io::save_map(&path, &map) {
            Ok(()) => {
                self.document.seal();
                // The modified date is part of the saved file; keep the document in step,
                // outside the undo history (the user did not make that change).
                let modified = map.meta.modified;
                self.document
                    .amend_without_history(|document_map| document_map.meta.modified = modified);
                self.document.mark_saved(path.clone());
                self.disk_stamp = DiskStamp::of_file(&path).ok();
                let recent = self.remember_recent(&path);
                self.autosaver.clear();
                self.status = Some(with_note(
                    tw("ui-saved", &[("path", path.display().to_string().into())]),
                    recent,
                ));
                self.refresh();
                true
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(
                    t("ui-save-failed").to_owned(),
                    error.describe(language()),
                ));
                false
            }
        }
    }

    /// Runs `after` now, or first asks about unsaved changes.
    pub(super) fn guard_unsaved(&mut self, after: AfterPrompt) {
        if self.document.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(after));
        } else {
            self.proceed(after, None);
        }
    }

    pub(super) fn proceed(&mut self, after: AfterPrompt, ctx: Option<&Context>) {
        match after {
            AfterPrompt::New => {
                let map = Map::new(crate::model::MapMeta {
                    title: t("ui-dpia-untitled").to_owned(),
                    created: Some(self.today),
                    ..crate::model::MapMeta::default()
                });
                // Empty, it has nothing unsaved: no mark, no question on quitting.
                self.replace_document(Document::new(map, None), None);
            }
            AfterPrompt::Open(Some(path)) => self.open_path(&path),
            AfterPrompt::Open(None) => {
                if let Some(path) = self.pick(choose::Purpose::Open, "") {
                    self.open_path(&path);
                }
            }
            AfterPrompt::Quit => {
                self.autosaver.clear();
                self.allowed_to_close = true;
                if let Some(ctx) = ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    pub(super) fn handle_dropped_files(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.guard_unsaved(AfterPrompt::Open(Some(path)));
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &Context) {
        if ctx.input(|input| input.viewport().close_requested())
            && !self.allowed_to_close
            && self.document.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::UnsavedChanges(AfterPrompt::Quit));
        }
    }

    /// Puts `path` first in the recent files; when that list cannot be written, the note the
    /// status bar adds (the file itself was opened or saved).
    fn remember_recent(&self, path: &Path) -> Option<String> {
        self.storage().remember(path).err().map(|error| {
            tw(
                "ui-recent-not-kept",
                &[("reason", error.to_string().into())],
            )
        })
    }

    /// The window's storage: recent files and recovery copies.
    pub(super) fn storage(&self) -> &Storage {
        self.autosaver.storage()
    }

    pub(super) fn update_title(&mut self, ctx: &Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// What opening a file gave: the document, the stamp of its file when it is the document's own,
/// and what had to be guessed to read another tool's diagram.
pub(super) struct Opened {
    pub(super) document: Document,
    pub(super) stamp: Option<DiskStamp>,
    pub(super) guesses: Vec<String>,
}

/// Opens a map with the stamp of its file as read; imports an inventory CSV or another tool's
/// diagram as a new unsaved map (saving it never writes over what was imported).
pub(super) fn open_document(path: &Path) -> Result<Opened, String> {
    let imported = |map: Map, guesses: Vec<String>| {
        let mut document = Document::new(map, None);
        document.mark_unsaved();
        Opened {
            document,
            stamp: None,
            guesses,
        }
    };
    match OpenFormat::from_path(path) {
        Some(OpenFormat::Inventory) => {
            let map = io::load_inventory(path).map_err(|error| error.describe(language()))?;
            Ok(imported(map, Vec::new()))
        }
        Some(format @ (OpenFormat::Diagram | OpenFormat::Mermaid)) => {
            // Any `.svg` is tried as a draw.io picture: one without a diagram in it is refused.
            let kind = crate::interchange::Format::from_path(path).unwrap_or(
                if format == OpenFormat::Mermaid {
                    crate::interchange::Format::Mermaid
                } else {
                    crate::interchange::Format::DrawioSvg
                },
            );
            let read = crate::interchange::open::read_path(path, kind)
                .map_err(|error| error.describe(language()))?;
            let guesses = read
                .guesses
                .iter()
                .map(|guess| guess.describe(language()))
                .collect();
            Ok(imported(read.map, guesses))
        }
        Some(OpenFormat::Map) | None => {
            let (map, stamp) =
                load_map_stamped(path).map_err(|error| error.describe(language()))?;
            Ok(Opened {
                document: Document::new(map, Some(path.to_owned())),
                stamp: Some(stamp),
                guesses: Vec::new(),
            })
        }
    }
}

impl BorderflowApp {
    /// After another tool's diagram is read: what was guessed, for the user to check.
    fn review_guesses(&mut self, path: &Path, guesses: &[String]) {
        if let Some(dialog) = guesses_dialog(path, guesses) {
            self.dialog = Some(dialog);
        }
    }
}

/// The list of what reading another tool's diagram had to guess, if anything was.
pub(super) fn guesses_dialog(path: &Path, guesses: &[String]) -> Option<Dialog> {
    if guesses.is_empty() {
        return None;
    }
    let listed: Vec<String> = guesses.iter().map(|guess| format!("• {guess}")).collect();
    Some(Dialog::Notice(
        t("ui-guesses-title").to_owned(),
        format!(
            "{}\n\n{}",
            tw(
                "ui-guesses-body",
                &[
                    ("path", path.display().to_string().into()),
                    ("count", guesses.len().into()),
                ]
            ),
            listed.join("\n")
        ),
    ))
}

/// `status`, followed by `note` when there is one.
fn with_note(status: String, note: Option<String>) -> String {
    match note {
        Some(note) => format!("{status} · {note}"),
        None => status,
    }
}

/// The status bar's warning when characters of `map` cannot be drawn by any font (they would
/// print as `?` or a box), naming them; `None` when every character can be drawn.
pub(super) fn undrawable_warning(map: &Map) -> Option<String> {
    let missing = crate::text::coverage::undrawable_in(map);
    if missing.is_empty() {
        return None;
    }
    let characters: Vec<String> = missing
        .iter()
        .map(|undrawable| {
            format!(
                "{} (U+{:04X})",
                undrawable.character,
                u32::from(undrawable.character)
            )
        })
        .collect();
    Some(tw(
        "font-missing-status",
        &[
            ("count", missing.len().into()),
            ("characters", characters.join(", ").into()),
        ],
    ))
}
