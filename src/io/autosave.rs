//! Writing recovery copies on a thread of their own, so that serialising and writing a large
//! map never stalls the window, and writing the last one when the system ends the process.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::{Duration, Instant};

use super::storage::Storage;
use crate::model::Map;

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
    use crate::io::storage::tests::copies;

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
}
