//! The editor's own files: the recent-files list, and the recovery copies of unsaved work, one
//! per window (see [`super::recovery`]), written by a worker thread so that saving a large
//! map never stalls the window. Nothing here draws: the editor calls it, and tests can too.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::{Duration, Instant};

use super::recovery::{Orphan, RecoverySlot, RecoveryStore};
use crate::io;
use crate::model::Map;

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

/// One request to the autosave worker.
enum Job {
    Save {
        revision: u64,
        map: Box<Map>,
        origin: Option<PathBuf>,
    },
    Clear {
        revision: u64,
    },
}

impl Job {
    fn revision(&self) -> u64 {
        match self {
            Job::Save { revision, .. } | Job::Clear { revision } => *revision,
        }
    }
}

/// Where the autosave worker is, for the window to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AutosaveState {
    /// The last job handed to the worker (a count of submissions).
    pub requested: u64,
    /// The last job the worker finished, well or not.
    pub done: u64,
    /// Why the last autosave failed; stays until one succeeds, so the window can keep showing
    /// it (unsaved work is then not protected).
    pub failure: Option<String>,
}

type Shared = Arc<(Mutex<AutosaveState>, Condvar)>;

/// Writes recovery copies on a thread of its own, so serialising and writing a large map never
/// stalls the window. Only the newest of several waiting copies is written.
#[derive(Debug)]
pub struct Autosaver {
    storage: Arc<Storage>,
    jobs: Option<mpsc::Sender<Job>>,
    shared: Shared,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl Autosaver {
    /// Starts the worker for `storage` (one window's session).
    pub fn new(storage: Storage) -> Self {
        let storage = Arc::new(storage);
        let shared: Shared = Arc::default();
        let (sender, receiver) = mpsc::channel::<Job>();
        let worker_storage = Arc::clone(&storage);
        let worker_shared = Arc::clone(&shared);
        let worker = std::thread::Builder::new()
            .name("borderflow-autosave".to_owned())
            .spawn(move || autosave_worker(&worker_storage, &worker_shared, &receiver))
            .ok();
        Self {
            storage,
            jobs: worker.as_ref().map(|_| sender),
            shared,
            worker,
        }
    }

    /// The storage (recent files, the recovery offered at start).
    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    fn state_lock(&self) -> MutexGuard<'_, AutosaveState> {
        self.shared.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn send(&self, make: impl FnOnce(u64) -> Job) {
        let job = {
            let mut state = self.state_lock();
            state.requested += 1;
            make(state.requested)
        };
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => return,
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        // No worker (it could not start, or stopped): do the job here rather than lose it.
        let revision = job.revision();
        let result = match job {
            Job::Save { map, origin, .. } => Some(self.storage.autosave(&map, origin.as_deref())),
            Job::Clear { .. } => {
                self.storage.clear_recovery();
                None
            }
        };
        let mut state = self.state_lock();
        state.done = state.done.max(revision);
        if let Some(result) = result {
            state.failure = result.err();
        }
    }

    /// Hands a copy of the map to the worker and returns at once.
    pub fn submit(&self, map: Map, origin: Option<PathBuf>) {
        self.send(|revision| Job::Save {
            revision,
            map: Box::new(map),
            origin,
        });
    }

    /// Removes the recovery copy, after any copy still waiting (after a save or a clean quit).
    pub fn clear(&self) {
        self.send(|revision| Job::Clear { revision });
    }

    /// Where the worker is.
    pub fn state(&self) -> AutosaveState {
        self.state_lock().clone()
    }

    /// Waits until every job handed over so far is done, at most `timeout` (on close or on a
    /// termination signal). `true` when all are done.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let (lock, ready) = &*self.shared;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while state.done < state.requested {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            state = ready
                .wait_timeout(state, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        // Closing the channel ends the worker once it has written what it was given.
        drop(self.jobs.take());
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn autosave_worker(storage: &Storage, shared: &Shared, receiver: &mpsc::Receiver<Job>) {
    while let Ok(first) = receiver.recv() {
        let mut batch = vec![first];
        batch.extend(receiver.try_iter());
        let last_save = batch
            .iter()
            .rposition(|job| matches!(job, Job::Save { .. }));
        let last_revision = batch.last().map_or(0, Job::revision);
        let mut outcome: Option<Result<(), String>> = None;
        for (index, job) in batch.into_iter().enumerate() {
            match job {
                // A newer copy is waiting: this one would be overwritten at once.
                Job::Save { .. } if Some(index) != last_save => {}
                Job::Save { map, origin, .. } => {
                    outcome = Some(storage.autosave(&map, origin.as_deref()));
                }
                Job::Clear { .. } => storage.clear_recovery(),
            }
        }
        let (lock, ready) = &**shared;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        state.done = state.done.max(last_revision);
        match outcome {
            Some(Ok(())) => state.failure = None,
            Some(Err(error)) => state.failure = Some(error),
            None => {}
        }
        ready.notify_all();
    }
}

/// Runs `handler` on a thread of its own when the system asks the process to end: SIGTERM (a
/// shutdown, `kill`), SIGHUP (logout, a closed terminal) or SIGINT (Ctrl+C), then exits with
/// the usual code (128 + the signal). The editor passes a handler that writes the recovery copy
/// ([`Autosaver::submit`] then [`Autosaver::flush`]), so ending the session loses nothing.
#[cfg(unix)]
pub fn on_termination(handler: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    use async_signal::{Signal, Signals};
    use futures_lite::StreamExt;
    let mut signals = Signals::new([Signal::Term, Signal::Hup, Signal::Int])?;
    std::thread::Builder::new()
        .name("borderflow-termination".to_owned())
        .spawn(move || {
            let signal = futures_lite::future::block_on(signals.next());
            handler();
            let code = match signal {
                Some(Ok(Signal::Hup)) => 129,
                Some(Ok(Signal::Int)) => 130,
                _ => 143,
            };
            std::process::exit(code);
        })?;
    Ok(())
}

/// Elsewhere the window system reports the end of the session as a close, handled there.
#[cfg(not(unix))]
pub fn on_termination(_handler: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    Ok(())
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

    fn copies(folder: &Path) -> Vec<String> {
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
    fn the_autosaver_writes_the_newest_copy_off_the_calling_thread() {
        let folder = tempfile::tempdir().unwrap();
        let autosaver = Autosaver::new(Storage::in_folder(folder.path().to_owned()));
        let origin = folder.path().join("a.ron");
        let mut last = Map::default();
        for n in 0..20 {
            last = crate::generate::synthetic_map(3 + n, 2, 1);
            autosaver.submit(last.clone(), Some(origin.clone()));
        }
        assert!(autosaver.flush(Duration::from_secs(30)));
        let state = autosaver.state();
        assert_eq!((state.requested, state.done, state.failure), (20, 20, None));
        drop(autosaver); // The window is killed: the copy stays.
        let (restored, restored_origin) = Storage::in_folder(folder.path().to_owned())
            .recovery()
            .unwrap();
        assert_eq!(restored, last);
        assert_eq!(restored_origin, Some(origin));
    }

    #[test]
    fn a_clear_after_a_save_leaves_no_copy() {
        let folder = tempfile::tempdir().unwrap();
        let autosaver = Autosaver::new(Storage::in_folder(folder.path().to_owned()));
        autosaver.submit(crate::generate::synthetic_map(3, 2, 1), None);
        autosaver.clear();
        assert!(autosaver.flush(Duration::from_secs(30)));
        drop(autosaver);
        assert!(copies(folder.path()).is_empty());
    }

    #[test]
    fn a_failed_autosave_stays_reported_until_one_succeeds() {
        let folder = tempfile::tempdir().unwrap();
        // A file where the storage folder should be: nothing can be written under it.
        let blocked = folder.path().join("state");
        std::fs::write(&blocked, "not a folder").unwrap();
        let autosaver = Autosaver::new(Storage::in_folder(blocked.clone()));
        autosaver.submit(crate::generate::synthetic_map(3, 2, 1), None);
        assert!(autosaver.flush(Duration::from_secs(30)));
        let failure = autosaver.state().failure.unwrap();
        assert!(failure.contains("state"), "{failure}");
        // Still there later, whatever else happens in between.
        autosaver.clear();
        assert!(autosaver.flush(Duration::from_secs(30)));
        assert!(autosaver.state().failure.is_some());
        std::fs::remove_file(&blocked).unwrap();
        autosaver.submit(crate::generate::synthetic_map(3, 2, 1), None);
        assert!(autosaver.flush(Duration::from_secs(30)));
        assert_eq!(autosaver.state().failure, None);
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
