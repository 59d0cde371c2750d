//! Opening, saving and closing: the document's own file, unsaved-changes questions, the
//! autosave copy, dropped files and the window title.

use std::path::{Path, PathBuf};

use egui::Context;

use super::BorderflowApp;
use super::dialogs::{AfterPrompt, Dialog};
use crate::app::{Document, files, theme};
use crate::io;
use crate::model::Map;

impl BorderflowApp {
    pub(super) fn open_path(&mut self, path: &Path) {
        match open_document(path) {
            Ok(document) => {
                let _ = self.storage.remember(path);
                self.replace_document(document);
                self.status = Some(format!("Opened {}", path.display()));
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error("Could not open the file".to_owned(), message));
            }
        }
    }

    /// Saves to `path`, or to the document's own path, or asks where.
    pub(super) fn save(&mut self, path: Option<PathBuf>) -> bool {
        let path = match path.or_else(|| self.document.path.clone()) {
            Some(path) => path,
            None => {
                let suggested =
                    format!("{}.ron", crate::model::slug(&self.map().meta.title, "map"));
                match files::pick_file_to_save(&suggested) {
                    Some(path) => path,
                    None => return false,
                }
            }
        };
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
                let _ = self.storage.remember(&path);
                self.storage.clear_recovery();
                self.status = Some(format!("Saved {}", path.display()));
                self.refresh();
                true
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(
                    "Could not save".to_owned(),
                    error.to_string(),
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
                    title: "Untitled map".to_owned(),
                    created: Some(self.today),
                    ..crate::model::MapMeta::default()
                });
                self.replace_document(Document::new(map, None));
                self.document.mark_unsaved();
            }
            AfterPrompt::Open(Some(path)) => self.open_path(&path),
            AfterPrompt::Open(None) => {
                if let Some(path) = files::pick_file_to_open() {
                    self.open_path(&path);
                }
            }
            AfterPrompt::Quit => {
                self.storage.clear_recovery();
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

    pub(super) fn autosave(&mut self, ctx: &Context) {
        let now = ctx.input(|input| input.time);
        if self.document.is_dirty()
            && self.autosaved_revision != self.document.revision()
            && now - self.last_autosave >= theme::AUTOSAVE_SECS
        {
            match self
                .storage
                .autosave(self.map(), self.document.path.as_deref())
            {
                Ok(()) => self.autosaved_revision = self.document.revision(),
                Err(error) => self.status = Some(format!("Autosave failed: {error}")),
            }
            self.last_autosave = now;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(theme::AUTOSAVE_SECS));
    }

    pub(super) fn update_title(&mut self, ctx: &Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// Opens a map, or imports an inventory CSV as a new unsaved map.
pub(super) fn open_document(path: &Path) -> Result<Document, String> {
    if io::is_inventory_path(path) {
        let map = io::load_inventory(path).map_err(|error| error.to_string())?;
        let mut document = Document::new(map, None);
        document.mark_unsaved();
        Ok(document)
    } else {
        let map = io::load_map(path).map_err(|error| error.to_string())?;
        Ok(Document::new(map, Some(path.to_owned())))
    }
}
