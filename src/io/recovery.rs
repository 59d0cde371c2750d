//! Recovery copies of unsaved work, and the "changed on disk since it was opened" check.
//!
//! Each open document has its own slot in the recovery folder, named after the document's
//! absolute path (or, for an untitled map, after the window's process and a counter):
//!
//! - `KEY.ron`, the map as it was at the last autosave (owner-only, 0600);
//! - `KEY.origin`, the absolute path of the file it belongs to (empty when untitled);
//! - `KEY.lock`, the owner's process id, held locked by the owner while it runs.
//!
//! A slot whose lock nobody holds belongs to an editor that ended without cleaning up (a crash,
//! a kill, a power cut): that is the work to offer back. A running editor never touches a slot
//! another one holds, so two windows on two documents, or even on the same document, never
//! read, overwrite or delete each other's copy. A copy that cannot be loaded any more is not
//! deleted: it is reported with its path, and stays until the user discards it.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use super::atomic::write_private;
use super::{LoadError, load_map, map_to_string};
use crate::model::Map;

/// FNV-1a, 64 bits: a stable hash for slot names and change checks. Not for security: it only
/// tells apart paths and file contents, and stays the same across builds and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The absolute form of `path` without resolving links (a recovered document is saved back to
/// the name the user opened, wherever the editor is started from next time).
pub fn absolute_path(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// The bytes of a path exactly (on Unix a file name need not be UTF-8: a lossy copy would
/// restore the work to another file).
fn path_to_bytes(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

/// The path written by [`path_to_bytes`].
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        PathBuf::from(std::ffi::OsString::from_vec(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Whether the open `file` is still the file at `path`.
fn same_inode(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Counts untitled windows within this process.
static UNTITLED: AtomicU64 = AtomicU64::new(0);

/// The recovery folder: where every window keeps its slot.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    folder: PathBuf,
}

/// Why a recovery copy could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    /// The recovery folder or file could not be written.
    #[error("{}: cannot write the recovery copy: {error}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// The map could not be turned into text.
    #[error("cannot write the map as RON for the recovery copy: {0}")]
    Serialize(ron::Error),
}

impl RecoveryStore {
    /// The store in `folder` (created on first use).
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// The folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    fn create_folder(&self) -> Result<(), RecoveryError> {
        fs::create_dir_all(&self.folder).map_err(|error| RecoveryError::Write {
            path: self.folder.clone(),
            error,
        })?;
        // The folder holds copies of personal-data maps: owner only.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&self.folder, fs::Permissions::from_mode(0o700));
        }
        Ok(())
    }

    /// Takes a slot for a window editing `document` (its file, or `None` when untitled).
    ///
    /// The slot is named after the document's absolute path; when another running window
    /// holds that name (the same file open twice), the next free name `KEY-2`, `KEY-3`… is
    /// used, so the two never share a copy.
    pub fn claim(&self, document: Option<&Path>) -> Result<RecoverySlot, RecoveryError> {
        self.create_folder()?;
        let origin = document.map(absolute_path);
        let base = match &origin {
            Some(path) => format!("doc-{:016x}", fnv1a(path.as_os_str().as_encoded_bytes())),
            None => format!(
                "untitled-{}-{}",
                std::process::id(),
                UNTITLED.fetch_add(1, Ordering::Relaxed)
            ),
        };
        for n in 1..1000u32 {
            let key = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            // A name with an orphaned copy in it is left for the user to restore or discard.
            if self.file(&key, "ron").exists() {
                continue;
            }
            if let Some(lock) = self.try_lock(&key)? {
                let slot = RecoverySlot {
                    store: self.clone(),
                    key,
                    origin,
                    lock: Some(lock),
                };
                slot.write_origin()?;
                return Ok(slot);
            }
        }
        Err(RecoveryError::Write {
            path: self.folder.clone(),
            error: io::Error::other("no free recovery slot"),
        })
    }

    fn file(&self, key: &str, extension: &str) -> PathBuf {
        self.folder.join(format!("{key}.{extension}"))
    }

    /// Opens and locks `KEY.lock`, writing this process's id into it; `None` when another
    /// running process holds it.
    fn try_lock(&self, key: &str) -> Result<Option<File>, RecoveryError> {
        let path = self.file(key, "lock");
        let write_error = |error| RecoveryError::Write {
            path: path.clone(),
            error,
        };
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path).map_err(write_error)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(error)) => return Err(write_error(error)),
        }
        // The owner removes its lock file when it ends with no copy left: a lock taken on the
        // removed file would be no lock at all. Then the name counts as taken.
        if !same_inode(&file, &path) {
            return Ok(None);
        }
        file.set_len(0).map_err(write_error)?;
        file.write_all(std::process::id().to_string().as_bytes())
            .map_err(write_error)?;
        Ok(Some(file))
    }

    /// The copies left by editors that are no longer running, oldest first, each locked for
    /// this window until it is restored, discarded or dropped (then it is offered again next
    /// time). Copies that cannot be loaded are listed too, with why.
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut keys: Vec<String> = entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".ron").map(str::to_owned)
            })
            .filter(|key| !key.starts_with('.'))
            .collect();
        keys.sort();
        let mut orphans: Vec<Orphan> = keys
            .into_iter()
            .filter_map(|key| {
                let lock = self.try_lock(&key).ok().flatten()?;
                let file = self.file(&key, "ron");
                let saved_at = fs::metadata(&file).and_then(|m| m.modified()).ok();
                let origin = fs::read(self.file(&key, "origin"))
                    .ok()
                    .filter(|bytes| !bytes.is_empty())
                    .map(path_from_bytes);
                let content = load_map(&file);
                Some(Orphan {
                    slot: RecoverySlot {
                        store: self.clone(),
                        key,
                        origin,
                        lock: Some(lock),
                    },
                    file,
                    saved_at,
                    content,
                })
            })
            .collect();
        orphans.sort_by_key(|orphan| orphan.saved_at);
        orphans
    }
}

/// One window's place in the recovery folder, held (locked) while the window runs.
#[derive(Debug)]
pub struct RecoverySlot {
    store: RecoveryStore,
    key: String,
    origin: Option<PathBuf>,
    lock: Option<File>,
}

impl RecoverySlot {
    /// The absolute path of the document the copy belongs to; `None` when untitled.
    pub fn origin(&self) -> Option<&Path> {
        self.origin.as_deref()
    }

    /// The recovery copy's file.
    pub fn file(&self) -> PathBuf {
        self.store.file(&self.key, "ron")
    }

    /// The name of the slot (stable for a document's absolute path).
    pub fn key(&self) -> &str {
        &self.key
    }

    fn write_origin(&self) -> Result<(), RecoveryError> {
        let path = self.store.file(&self.key, "origin");
        let bytes = self
            .origin
            .as_ref()
            .map(|origin| path_to_bytes(origin))
            .unwrap_or_default();
        write_private(&path, &bytes).map_err(|error| RecoveryError::Write { path, error })
    }

    /// Writes the recovery copy of `map` (owner-only, atomically).
    pub fn save(&self, map: &Map) -> Result<(), RecoveryError> {
        let text = map_to_string(map).map_err(RecoveryError::Serialize)?;
        self.save_text(&text)
    }

    /// Writes already-serialised map text as the recovery copy.
    pub fn save_text(&self, text: &str) -> Result<(), RecoveryError> {
        self.store.create_folder()?;
        self.write_origin()?;
        let path = self.file();
        write_private(&path, text.as_bytes()).map_err(|error| RecoveryError::Write { path, error })
    }

    /// Whether a recovery copy is on disk.
    pub fn has_copy(&self) -> bool {
        self.file().exists()
    }

    /// Removes the recovery copy (after a save, or when the user discards it). The slot stays
    /// held.
    pub fn clear(&self) {
        let _ = fs::remove_file(self.file());
    }

    /// Moves the slot to the document now at `document` (after Save As, or an untitled map
    /// saved for the first time), taking the copy along.
    pub fn retarget(&mut self, document: Option<&Path>) -> Result<(), RecoveryError> {
        let wanted = document.map(absolute_path);
        if wanted == self.origin {
            return Ok(());
        }
        let new = self.store.claim(wanted.as_deref())?;
        if self.has_copy() {
            let from = self.file();
            let to = new.file();
            fs::rename(&from, &to).map_err(|error| RecoveryError::Write { path: to, error })?;
        }
        let old = std::mem::replace(self, new);
        drop(old);
        Ok(())
    }
}

impl Drop for RecoverySlot {
    fn drop(&mut self) {
        // With no copy left, the slot's files go; a copy stays for the next start to offer.
        if !self.has_copy() {
            let _ = fs::remove_file(self.store.file(&self.key, "origin"));
            let _ = fs::remove_file(self.store.file(&self.key, "lock"));
        }
        // Closing the file releases the lock.
        drop(self.lock.take());
    }
}

/// A recovery copy left by an editor that is no longer running.
#[derive(Debug)]
pub struct Orphan {
    slot: RecoverySlot,
    file: PathBuf,
    saved_at: Option<SystemTime>,
    content: Result<Map, LoadError>,
}

impl Orphan {
    /// The absolute path of the document it belongs to; `None` for an untitled map.
    pub fn origin(&self) -> Option<&Path> {
        self.slot.origin()
    }

    /// The recovery copy's file, to name it when it cannot be loaded.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// When the copy was written.
    pub fn saved_at(&self) -> Option<SystemTime> {
        self.saved_at
    }

    /// The map, or why it cannot be loaded (the copy is kept either way).
    pub fn content(&self) -> Result<&Map, &LoadError> {
        self.content.as_ref()
    }

    /// Restores the copy: the map and the slot, which this window now owns and keeps
    /// autosaving to. The copy stays on disk until the work is saved or discarded. A copy that
    /// cannot be loaded comes back unchanged.
    pub fn restore(self) -> Result<(Map, RecoverySlot), Box<Orphan>> {
        let Orphan {
            slot,
            file,
            saved_at,
            content,
        } = self;
        match content {
            Ok(map) => Ok((map, slot)),
            Err(error) => Err(Box::new(Orphan {
                slot,
                file,
                saved_at,
                content: Err(error),
            })),
        }
    }

    /// Deletes the copy, for good (the user said so, after being asked).
    pub fn discard(self) {
        self.slot.clear();
    }
}

/// What a file on disk was when it was loaded or saved, to tell whether someone else has
/// changed it since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    size: u64,
    hash: u64,
}

/// Whether a file changed since its [`DiskStamp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskChange {
    /// Same content (perhaps touched, but not changed).
    Unchanged,
    /// Another program wrote a different content.
    Changed,
    /// The file is gone (moved or deleted).
    Missing,
}

impl DiskStamp {
    /// The stamp of `bytes`, just read from or written to `path`.
    pub fn of_bytes(path: &Path, bytes: &[u8]) -> io::Result<Self> {
        let meta = fs::metadata(path)?;
        Ok(Self {
            modified: meta.modified().ok(),
            size: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            hash: fnv1a(bytes),
        })
    }

    /// The stamp of the file as it is now.
    pub fn of_file(path: &Path) -> io::Result<Self> {
        let (meta, bytes) = read_with_meta(path)?;
        Ok(Self {
            modified: meta.modified().ok(),
            size: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            hash: fnv1a(&bytes),
        })
    }

    /// Whether `path` changed since this stamp. Time and size alike are taken as unchanged
    /// without reading; otherwise the content decides, so a mere touch is not a change.
    pub fn check(&self, path: &Path) -> io::Result<DiskChange> {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(DiskChange::Missing);
            }
            Err(error) => return Err(error),
        };
        if meta.len() != self.size {
            return Ok(DiskChange::Changed);
        }
        if meta.modified().ok() == self.modified && self.modified.is_some() {
            return Ok(DiskChange::Unchanged);
        }
        let (_, bytes) = read_with_meta(path)?;
        Ok(if fnv1a(&bytes) == self.hash {
            DiskChange::Unchanged
        } else {
            DiskChange::Changed
        })
    }
}

fn read_with_meta(path: &Path) -> io::Result<(fs::Metadata, Vec<u8>)> {
    let bytes = super::read_limited(path, super::MAX_FILE_BYTES).map_err(|error| match error {
        super::ReadError::Io(error) => error,
        other => io::Error::other(other.to_string()),
    })?;
    let meta = fs::metadata(path)?;
    Ok((meta, bytes))
}

/// Loads a map and stamps the file as it was read, for [`DiskStamp::check`] at save time.
pub fn load_map_stamped(path: &Path) -> Result<(Map, DiskStamp), LoadError> {
    let bytes = super::read_input(path)?;
    let map = super::parse_map(&bytes).map_err(|error| LoadError::Map {
        path: path.to_owned(),
        error,
    })?;
    let stamp = DiskStamp::of_bytes(path, &bytes).map_err(|error| LoadError::Read {
        path: path.to_owned(),
        error,
    })?;
    Ok((map, stamp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_on_disk_since_loading_is_seen_and_a_touch_is_not() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        let map = crate::generate::synthetic_map(4, 3, 1);
        crate::io::save_map(&path, &map).unwrap();
        let (loaded, stamp) = load_map_stamped(&path).unwrap();
        assert_eq!(loaded, map);
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Unchanged);

        // Rewritten with the same bytes (a touch, or a sync tool): not a change.
        let bytes = fs::read(&path).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, &bytes).unwrap();
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Unchanged);

        // Another program saves a different map, even of the same size.
        let mut other = bytes.clone();
        if let Some(byte) = other.iter_mut().rev().find(|b| b.is_ascii_digit()) {
            *byte = if *byte == b'1' { b'2' } else { b'1' };
        }
        fs::write(&path, &other).unwrap();
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Changed);
        fs::write(&path, b"()").unwrap();
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Changed);

        fs::remove_file(&path).unwrap();
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Missing);
        // After our own save, a new stamp sees the file as unchanged.
        crate::io::save_map(&path, &map).unwrap();
        let stamp = DiskStamp::of_file(&path).unwrap();
        assert_eq!(stamp.check(&path).unwrap(), DiskChange::Unchanged);
    }

    #[test]
    fn a_slot_keeps_its_name_for_the_same_absolute_path() {
        let folder = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(folder.path().join("recovery"));
        let document = folder.path().join("a.ron");
        let key = store.claim(Some(&document)).unwrap().key().to_owned();
        // Released: the same document gets the same slot next time.
        assert_eq!(store.claim(Some(&document)).unwrap().key(), key);
        let held = store.claim(Some(&document)).unwrap();
        let second = store.claim(Some(&document)).unwrap();
        assert_ne!(held.key(), second.key());
        let untitled = store.claim(None).unwrap();
        assert!(untitled.key().starts_with("untitled-"));
        assert_eq!(untitled.origin(), None);
    }

    #[cfg(unix)]
    #[test]
    fn an_origin_that_is_not_utf8_comes_back_exactly() {
        use std::os::unix::ffi::OsStrExt;
        let folder = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(folder.path().join("recovery"));
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.ron");
        let document = folder.path().join(name);
        let slot = store.claim(Some(&document)).unwrap();
        slot.save(&crate::generate::synthetic_map(3, 2, 1)).unwrap();
        drop(slot);
        let orphans = store.orphans();
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].origin(), Some(document.as_path()));
    }

    #[test]
    fn an_orphan_can_be_discarded_and_is_then_gone() {
        let folder = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(folder.path().join("recovery"));
        let slot = store.claim(None).unwrap();
        slot.save(&crate::generate::synthetic_map(3, 2, 1)).unwrap();
        assert!(store.orphans().is_empty(), "held by a running window");
        drop(slot);
        let mut orphans = store.orphans();
        assert_eq!(orphans.len(), 1);
        // While one window holds it, another is not offered it.
        assert!(store.orphans().is_empty());
        orphans.remove(0).discard();
        assert!(store.orphans().is_empty());
    }
}
