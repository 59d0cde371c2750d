//! Where the editor keeps its own files: the recent-files list and the autosave (recovery)
//! copy of unsaved work. Dialogs for choosing files are here too.

use std::path::{Path, PathBuf};

use crate::io;
use crate::model::Map;

/// How many recent files are remembered.
const RECENT_LIMIT: usize = 10;

/// The editor's own folder for settings and recovery, or `None` to keep nothing on disk (tests).
#[derive(Clone, Debug, Default)]
pub struct Storage {
    folder: Option<PathBuf>,
}

impl Storage {
    /// Storage in `folder`.
    pub fn in_folder(folder: PathBuf) -> Self {
        Self {
            folder: Some(folder),
        }
    }

    /// No storage: nothing is remembered or autosaved.
    pub fn none() -> Self {
        Self { folder: None }
    }

    /// The user's usual folder: `$XDG_DATA_HOME/borderflow`, else `~/.local/share/borderflow`.
    pub fn user_default() -> Self {
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|path| path.is_absolute())
            .or_else(|| {
                std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
            });
        Self {
            folder: base.map(|base| base.join("borderflow")),
        }
    }

    fn file(&self, name: &str) -> Option<PathBuf> {
        self.folder.as_ref().map(|folder| folder.join(name))
    }

    /// The recent files, most recent first (missing files are kept: a drive may be unplugged).
    pub fn recent(&self) -> Vec<PathBuf> {
        let Some(path) = self.file("recent.txt") else {
            return Vec::new();
        };
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(PathBuf::from)
            .take(RECENT_LIMIT)
            .collect()
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&self, path: &Path) -> std::io::Result<()> {
        let Some(file) = self.file("recent.txt") else {
            return Ok(());
        };
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let mut recent = self.recent();
        recent.retain(|known| known != &absolute);
        recent.insert(0, absolute);
        recent.truncate(RECENT_LIMIT);
        let text: String = recent
            .iter()
            .map(|path| format!("{}\n", path.display()))
            .collect();
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        io::write_atomic(&file, text.as_bytes())
    }

    /// Writes the recovery copy of unsaved work, with the file it belongs to.
    pub fn autosave(&self, map: &Map, original: Option<&Path>) -> Result<(), String> {
        let (Some(file), Some(origin)) = (self.file("recovery.ron"), self.file("recovery.origin"))
        else {
            return Ok(());
        };
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(|error| error.to_string())?;
        }
        io::save_map(&file, map).map_err(|error| error.to_string())?;
        let origin_text = original
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        io::write_atomic(&origin, origin_text.as_bytes()).map_err(|error| error.to_string())
    }

    /// The recovery copy left by a session that did not close cleanly, if any.
    pub fn recovery(&self) -> Option<(Map, Option<PathBuf>)> {
        let file = self.file("recovery.ron")?;
        if !file.exists() {
            return None;
        }
        let map = io::load_map(&file).ok()?;
        let origin = self
            .file("recovery.origin")
            .and_then(|path| std::fs::read_to_string(path).ok())
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty())
            .map(PathBuf::from);
        Some((map, origin))
    }

    /// Removes the recovery copy (after a save, a clean exit or a discard).
    pub fn clear_recovery(&self) {
        for name in [
            "recovery.ron",
            "recovery.ron.bak",
            "recovery.origin",
            "recovery.origin.bak",
        ] {
            if let Some(file) = self.file(name) {
                let _ = std::fs::remove_file(file);
            }
        }
    }
}

/// `path`, with `extension` added when the user typed a name without one.
fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// Asks for a map or inventory to open. `None` if cancelled.
pub fn pick_file_to_open() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Open a map or import a flow inventory")
        .add_filter("borderflow map or flow inventory", &["ron", "csv"])
        .add_filter("borderflow map", &["ron"])
        .add_filter("flow inventory (CSV)", &["csv"])
        .pick_file()
}

/// Asks where to save a map. `None` if cancelled.
pub fn pick_file_to_save(suggested: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Save the map")
        .add_filter("borderflow map", &["ron"])
        .set_file_name(suggested)
        .save_file()
        .map(|path| with_default_extension(path, "ron"))
}

/// Asks where to export the diagram (SVG, PNG or PDF). `None` if cancelled.
pub fn pick_export_file(suggested: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Export the diagram")
        .add_filter("SVG drawing", &["svg"])
        .add_filter("PNG image", &["png"])
        .add_filter("PDF document", &["pdf"])
        .set_file_name(suggested)
        .save_file()
        .map(|path| with_default_extension(path, "svg"))
}

/// Asks where to write the DPIA report (PDF, HTML or Markdown). `None` if cancelled.
pub fn pick_report_file(suggested: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Export the DPIA report")
        .add_filter("PDF document", &["pdf"])
        .add_filter("Web page (one file)", &["html"])
        .add_filter("Markdown", &["md"])
        .set_file_name(suggested)
        .save_file()
        .map(|path| with_default_extension(path, "pdf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_most_recent_first_without_repeats() {
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        let a = folder.path().join("a.ron");
        let b = folder.path().join("b.ron");
        storage.remember(&a).unwrap();
        storage.remember(&b).unwrap();
        storage.remember(&a).unwrap();
        assert_eq!(storage.recent(), [a, b]);
    }

    #[test]
    fn the_recovery_copy_round_trips_and_clears() {
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().join("nested"));
        assert!(storage.recovery().is_none());
        let map = crate::generate::synthetic_map(5, 5, 1);
        storage
            .autosave(&map, Some(Path::new("/work/client.ron")))
            .unwrap();
        let (restored, origin) = storage.recovery().unwrap();
        assert_eq!(restored, map);
        assert_eq!(origin, Some(PathBuf::from("/work/client.ron")));
        storage.clear_recovery();
        assert!(storage.recovery().is_none());
    }

    #[test]
    fn no_storage_keeps_nothing() {
        let storage = Storage::none();
        storage.remember(Path::new("x.ron")).unwrap();
        assert!(storage.recent().is_empty());
        storage.autosave(&Map::default(), None).unwrap();
        assert!(storage.recovery().is_none());
    }
}
