//! The editor's own files: the recent-files list, and the recovery copies of unsaved work, one
//! per window (see [`super::recovery`]; [`super::autosave`] writes them on a thread of its
//! own). Nothing here draws: the editor calls it, and tests can too.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::recovery::{Orphan, RecoverySlot, RecoveryStore};
use crate::io;
use crate::model::{Language, Map};

/// How many recent files are remembered.
const RECENT_LIMIT: usize = 10;

/// The editor's own folder for settings and recovery, or `None` to keep nothing on disk (tests).
///
/// Each `Storage` value is one window's session: the recovery slot it autosaves to and the
/// copy it offered back at start. A clone shares the folder but not the session, so two
/// windows started from one `Storage` never touch each other's recovery copy.
#[derive(Debug, Default)]
pub struct Storage {
    folder: Option<PathBuf>,
    session: Mutex<Session>,
}

/// What one window holds in the recovery folder.
#[derive(Debug, Default)]
struct Session {
    /// Where this window's unsaved work is autosaved.
    slot: Option<RecoverySlot>,
    /// The copy offered by [`Storage::recovery`], until restored (then autosaved into) or
    /// discarded.
    offered: Option<Orphan>,
    /// Copies that could not be loaded: kept on disk, reported, never deleted by a quit.
    unloadable: Vec<Orphan>,
}

impl Clone for Storage {
    fn clone(&self) -> Self {
        Self {
            folder: self.folder.clone(),
            session: Mutex::new(Session::default()),
        }
    }
}

impl Storage {
    /// Storage in `folder`.
    pub fn in_folder(folder: PathBuf) -> Self {
        Self {
            folder: Some(folder),
            session: Mutex::default(),
        }
    }

    /// No storage: nothing is remembered or autosaved.
    pub fn none() -> Self {
        Self::default()
    }

    /// The user's usual folder: `%APPDATA%\borderflow` on Windows,
    /// `~/Library/Application Support/borderflow` on macOS, `$XDG_DATA_HOME/borderflow` else
    /// `~/.local/share/borderflow` on Linux (see [`io::platform::user_folder`]).
    pub fn user_default() -> Self {
        let system = io::platform::System::this();
        Self {
            folder: io::platform::user_folder(system, &|name| std::env::var_os(name)),
            session: Mutex::default(),
        }
    }

    fn file(&self, name: &str) -> Option<PathBuf> {
        self.folder.as_ref().map(|folder| folder.join(name))
    }

    fn session(&self) -> MutexGuard<'_, Session> {
        // A panic elsewhere while holding the lock leaves plain data: keep using it.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The recovery folder, where every window keeps its own slot; `None` without storage.
    pub fn recovery_store(&self) -> Option<RecoveryStore> {
        self.file("recovery").map(RecoveryStore::new)
    }

    /// The folder of the user's own presets (`presets` in the editor's folder), if any.
    pub fn presets_folder(&self) -> Option<PathBuf> {
        self.file("presets")
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

    /// The editor's language as last chosen; without a choice, the system's (English when
    /// there is no storage, so tests do not depend on the machine's locale).
    pub fn language(&self) -> Language {
        let Some(file) = self.file("language.txt") else {
            return Language::English;
        };
        let wanted = std::fs::read_to_string(file)
            .ok()
            .and_then(|text| text.trim().parse::<Language>().ok())
            .unwrap_or_else(crate::i18n::system_language);
        crate::i18n::editor_language(wanted)
    }

    /// Remembers the editor's language for the next start.
    pub fn set_language(&self, language: Language) -> std::io::Result<()> {
        let Some(file) = self.file("language.txt") else {
            return Ok(());
        };
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        io::write_private(&file, format!("{}\n", language.id()).as_bytes())
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
        io::write_private(&file, text.as_bytes())
    }

    /// Writes this window's recovery copy of unsaved work, with the file it belongs to (made
    /// absolute, so a restore in another folder saves back to the same file).
    pub fn autosave(&self, map: &Map, original: Option<&Path>) -> Result<(), String> {
        let Some(store) = self.recovery_store() else {
            return Ok(());
        };
        let wanted = original.map(io::recovery::absolute_path);
        let mut session = self.session();
        if session.slot.is_none() {
            // Work restored from the offered copy goes on in that copy's slot.
            let restored = session
                .offered
                .as_ref()
                .is_some_and(|offered| offered.origin() == wanted.as_deref());
            if restored && let Some(offered) = session.offered.take() {
                match offered.restore() {
                    Ok((_, slot)) => session.slot = Some(slot),
                    Err(offered) => session.offered = Some(*offered),
                }
            }
        }
        let mut slot = match session.slot.take() {
            Some(slot) => slot,
            None => store
                .claim(wanted.as_deref())
                .map_err(|error| error.to_string())?,
        };
        // The slot is put back whatever happens: dropping it would hand the copy to others.
        let result = slot
            .retarget(wanted.as_deref())
            .and_then(|()| slot.save(map))
            .map_err(|error| error.to_string());
        session.slot = Some(slot);
        result
    }

    /// The recovery copy left by a window that did not close cleanly, if any, with the absolute
    /// path of its file. Other such copies are offered at the next start; copies that cannot
    /// be loaded are kept and listed by [`Storage::unloadable_recoveries`].
    pub fn recovery(&self) -> Option<(Map, Option<PathBuf>)> {
        let store = self.recovery_store()?;
        let mut session = self.session();
        if let Some(offered) = &session.offered {
            let map = offered.content().ok()?.clone();
            return Some((map, offered.origin().map(Path::to_owned)));
        }
        adopt_legacy_copy(self.folder.as_deref(), &store);
        for orphan in store.orphans() {
            if orphan.content().is_err() {
                session.unloadable.push(orphan);
            } else if session.offered.is_none() {
                session.offered = Some(orphan);
            }
            // Further copies are released, for the next start (or the next window) to offer.
        }
        let offered = session.offered.as_ref()?;
        let map = offered.content().ok()?.clone();
        Some((map, offered.origin().map(Path::to_owned)))
    }

    /// Every recovery copy found by [`Storage::recovery`] that cannot be loaded: the file, and
    /// why. They are kept on disk until the user deals with them.
    pub fn unloadable_recoveries(&self) -> Vec<(PathBuf, String)> {
        self.session()
            .unloadable
            .iter()
            .filter_map(|orphan| {
                let error = orphan.content().err()?;
                Some((orphan.file().to_owned(), error.to_string()))
            })
            .collect()
    }

    /// Removes this window's recovery copy (after a save, a clean exit or a discard), and the
    /// copy it offered at start. Other windows' copies, and copies that cannot be loaded, stay.
    pub fn clear_recovery(&self) {
        let mut session = self.session();
        if let Some(slot) = &session.slot {
            slot.clear();
        }
        if let Some(offered) = session.offered.take() {
            offered.discard();
        }
    }
}

/// Moves the single recovery copy that earlier versions kept (`recovery.ron` and
/// `recovery.origin` beside the recent files) into the recovery folder, so it is offered like
/// any copy left by a crash instead of lying there unseen.
fn adopt_legacy_copy(folder: Option<&Path>, store: &RecoveryStore) {
    let Some(folder) = folder else {
        return;
    };
    let legacy = folder.join("recovery.ron");
    if !legacy.is_file() || std::fs::create_dir_all(store.folder()).is_err() {
        return;
    }
    let origin = folder.join("recovery.origin");
    if origin.is_file() {
        let _ = std::fs::rename(&origin, store.folder().join("legacy.origin"));
    }
    let _ = std::fs::rename(&legacy, store.folder().join("legacy.ron"));
    for leftover in ["recovery.ron.bak", "recovery.origin.bak"] {
        let _ = std::fs::remove_file(folder.join(leftover));
    }
}

#[cfg(test)]
pub(crate) mod tests {
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
        // The window that wrote it is running: its copy is not anyone's to restore.
        assert!(storage.clone().recovery().is_none());
        drop(storage); // The window ends without a clean exit.
        let storage = Storage::in_folder(folder.path().join("nested"));
        let (restored, origin) = storage.recovery().unwrap();
        assert_eq!(restored, map);
        assert_eq!(origin, Some(PathBuf::from("/work/client.ron")));
        storage.clear_recovery();
        drop(storage);
        assert!(
            Storage::in_folder(folder.path().join("nested"))
                .recovery()
                .is_none()
        );
    }

    /// The recovery copies in a storage folder, by name.
    pub(crate) fn copies(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder.join("recovery"))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.ends_with(".ron"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn two_windows_never_touch_each_others_recovery_copy() {
        let folder = tempfile::tempdir().unwrap();
        let first = Storage::in_folder(folder.path().to_owned());
        let second = first.clone();
        let first_map = crate::generate::synthetic_map(4, 3, 1);
        let second_map = crate::generate::synthetic_map(6, 5, 2);
        first
            .autosave(&first_map, Some(&folder.path().join("a.ron")))
            .unwrap();
        assert!(
            second.recovery().is_none(),
            "the first window still runs: nothing to restore"
        );
        second
            .autosave(&second_map, Some(&folder.path().join("b.ron")))
            .unwrap();
        // The second window quits cleanly; the first window's copy must survive it.
        second.clear_recovery();
        drop(second);
        assert_eq!(copies(folder.path()).len(), 1);
        drop(first); // Then the first one crashes.
        let next = Storage::in_folder(folder.path().to_owned());
        let (restored, origin) = next.recovery().unwrap();
        assert_eq!(restored, first_map);
        assert_eq!(origin, Some(folder.path().join("a.ron")));
    }

    #[test]
    fn the_same_file_in_two_windows_gets_two_copies() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("a.ron");
        let first = Storage::in_folder(folder.path().to_owned());
        let second = first.clone();
        first
            .autosave(&crate::generate::synthetic_map(3, 2, 1), Some(&path))
            .unwrap();
        second
            .autosave(&crate::generate::synthetic_map(5, 4, 2), Some(&path))
            .unwrap();
        assert_eq!(copies(folder.path()).len(), 2);
        drop(first);
        drop(second);
        let next = Storage::in_folder(folder.path().to_owned());
        let store = next.recovery_store().unwrap();
        let orphans = store.orphans();
        assert_eq!(orphans.len(), 2);
        assert!(orphans.iter().all(|orphan| orphan.origin() == Some(&*path)));
    }

    #[test]
    fn the_origin_is_kept_as_an_absolute_path() {
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        let map = crate::generate::synthetic_map(3, 2, 1);
        storage.autosave(&map, Some(Path::new("a.ron"))).unwrap();
        drop(storage);
        let next = Storage::in_folder(folder.path().to_owned());
        let (_, origin) = next.recovery().unwrap();
        let expected = std::env::current_dir().unwrap().join("a.ron");
        assert_eq!(origin, Some(expected));
    }

    #[test]
    fn a_copy_that_cannot_be_loaded_is_reported_and_kept() {
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        storage
            .autosave(&crate::generate::synthetic_map(3, 2, 1), None)
            .unwrap();
        let name = copies(folder.path()).remove(0);
        let file = folder.path().join("recovery").join(name);
        drop(storage);
        std::fs::write(&file, "(damaged").unwrap();
        for _ in 0..2 {
            let next = Storage::in_folder(folder.path().to_owned());
            assert!(next.recovery().is_none());
            let reported = next.unloadable_recoveries();
            assert_eq!(reported.len(), 1);
            assert_eq!(reported[0].0, file);
            assert!(!reported[0].1.is_empty());
            // A clean quit of this window keeps it.
            next.clear_recovery();
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "(damaged");
    }

    #[test]
    fn restored_work_is_autosaved_into_the_copy_it_came_from() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("a.ron");
        let storage = Storage::in_folder(folder.path().to_owned());
        storage
            .autosave(&crate::generate::synthetic_map(3, 2, 1), Some(&path))
            .unwrap();
        drop(storage);
        let next = Storage::in_folder(folder.path().to_owned());
        let (mut map, origin) = next.recovery().unwrap();
        map.meta.title = "edited after the restore".to_owned();
        next.autosave(&map, origin.as_deref()).unwrap();
        assert_eq!(copies(folder.path()).len(), 1);
        drop(next);
        let (again, _) = Storage::in_folder(folder.path().to_owned())
            .recovery()
            .unwrap();
        assert_eq!(again.meta.title, "edited after the restore");
    }

    #[test]
    fn save_as_moves_the_copy_to_the_new_files_slot() {
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        let map = crate::generate::synthetic_map(3, 2, 1);
        storage.autosave(&map, None).unwrap();
        let renamed = folder.path().join("named.ron");
        storage.autosave(&map, Some(&renamed)).unwrap();
        assert_eq!(copies(folder.path()).len(), 1);
        drop(storage);
        let (_, origin) = Storage::in_folder(folder.path().to_owned())
            .recovery()
            .unwrap();
        assert_eq!(origin, Some(renamed));
    }

    #[cfg(unix)]
    #[test]
    fn recovery_files_are_readable_by_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        storage
            .autosave(&crate::generate::synthetic_map(3, 2, 1), None)
            .unwrap();
        storage.remember(&folder.path().join("a.ron")).unwrap();
        let recovery = folder.path().join("recovery");
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&recovery), 0o700);
        for entry in std::fs::read_dir(&recovery).unwrap() {
            let path = entry.unwrap().path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
        assert_eq!(mode(&folder.path().join("recent.txt")), 0o600);
    }

    #[test]
    fn the_copy_an_earlier_version_left_is_offered() {
        let folder = tempfile::tempdir().unwrap();
        let map = crate::generate::synthetic_map(3, 2, 1);
        io::save_map(&folder.path().join("recovery.ron"), &map).unwrap();
        std::fs::write(folder.path().join("recovery.origin"), "/work/old.ron").unwrap();
        let storage = Storage::in_folder(folder.path().to_owned());
        let (restored, origin) = storage.recovery().unwrap();
        assert_eq!(restored, map);
        assert_eq!(origin, Some(PathBuf::from("/work/old.ron")));
        assert!(!folder.path().join("recovery.ron").exists());
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
