//! Reading files with a size limit, and writing them so that a crash never leaves a mix.
//!
//! A save writes a temporary file in the same folder, flushes it to disk, copies the previous
//! file to `NAME.bak`, then renames the temporary file over the original. Rename within a folder
//! is atomic, so at every moment the file on disk is either the old or the new version.
//!
//! What the user made is kept: a save through a symbolic link writes the file the link points
//! to (the link stays a link); a file with several hard links is rewritten in place after its
//! backup is taken, so every link sees the new version; the file's permissions are kept.
//! Temporary files are created exclusively and never through a link, so a link planted where
//! one will be written cannot redirect a save; those left by a killed save are removed by the
//! next save of the same file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The steps of a save, so tests can interrupt one at each point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveStep {
    /// The new content is in the temporary file and flushed to disk.
    TempWritten,
    /// The previous version is in `NAME.bak`.
    BackupWritten,
}

/// How a file is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WriteMode {
    /// Readable by its owner only (0600), whatever the file had before: recovery copies.
    pub private: bool,
    /// Keep the previous version as `NAME.bak`.
    pub backup: bool,
}

/// The path with `suffix` appended to its file name (`map.ron` → `map.ron.bak`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Makes temporary names unique within this process, so two saves on two threads never meet.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The prefix of every temporary sibling of `path` for `purpose`: `.NAME.PURPOSE-`.
fn temp_prefix(path: &Path, purpose: &str) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    format!(".{name}.{purpose}-")
}

/// Creates a new hidden sibling of `path` for work in progress, named with this process's id
/// (`.NAME.PURPOSE-PID-N`) so a later save can tell whether its writer is still running.
///
/// The file is created exclusively (`O_EXCL`): when anything already has the name, even a
/// symbolic link, creation fails rather than following it, and the next name is tried.
fn create_temp_sibling(path: &Path, purpose: &str, mode: u32) -> io::Result<(PathBuf, File)> {
    let prefix = temp_prefix(path, purpose);
    let pid = std::process::id();
    let mut last_error = None;
    for _ in 0..64 {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = path.with_file_name(format!("{prefix}{pid}-{n}"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        set_create_mode(&mut options, mode);
        match options.open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last_error = Some(error),
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no free temporary file name")))
}

#[cfg(unix)]
fn set_create_mode(options: &mut OpenOptions, mode: u32) {
    use std::os::unix::fs::OpenOptionsExt;
    options.mode(mode);
}

#[cfg(not(unix))]
fn set_create_mode(_options: &mut OpenOptions, _mode: u32) {}

/// Whether process `pid` is running: `None` where the platform does not say.
pub(crate) fn process_alive(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    let proc_root = Path::new("/proc");
    if proc_root.join("self").exists() {
        Some(proc_root.join(pid.to_string()).exists())
    } else {
        None
    }
}

/// Removes the temporary siblings of `path` left by saves whose process is no longer running.
/// Where the platform cannot tell which processes run, only those older than a day go.
pub(crate) fn remove_stale_temps(path: &Path) -> Vec<PathBuf> {
    let folder = folder_of(path);
    let prefixes = [temp_prefix(path, "saving"), temp_prefix(path, "backup")];
    let mut removed = Vec::new();
    let Ok(entries) = fs::read_dir(folder) else {
        return removed;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = prefixes
            .iter()
            .find_map(|prefix| name.strip_prefix(prefix.as_str()))
        else {
            continue;
        };
        let Some(pid) = rest
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let stale = match process_alive(pid) {
            Some(alive) => !alive,
            None => entry
                .metadata()
                .ok()
                .and_then(|meta| meta.modified().ok())
                .and_then(|modified| modified.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 60 * 60),
        };
        // Removing a planted link removes the link, never what it points to.
        if stale && fs::remove_file(entry.path()).is_ok() {
            removed.push(entry.path());
        }
    }
    removed
}

/// Follows symbolic links from `path` to the file they name (which may not exist yet), so a
/// save replaces that file and the links keep pointing at it.
pub(crate) fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    // The limit the kernel itself applies to a chain of links.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = if target.is_absolute() {
                    target
                } else {
                    folder_of(&current).join(target)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

/// The folder of `path`, `.` for a bare file name.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Reads a whole file, refusing files larger than `limit` bytes before reading them, and
/// anything that is not a regular file (a FIFO or a device would block or never end).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Checked before opening: opening a FIFO for reading waits for a writer, forever.
    let before = fs::metadata(path).map_err(ReadError::Io)?;
    if !before.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = open_for_reading(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    // The name may have been swapped for a FIFO between the check and the open.
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let size = meta.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow while it is read: never take more than the limit allows.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// Opens for reading without waiting: a FIFO swapped in after the check must not block.
#[cfg(unix)]
fn open_for_reading(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused.
    #[error("{0}")]
    Io(io::Error),
    /// The file is over the size limit.
    #[error("the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The path names a pipe, a device or a folder, not a file.
    #[error("not a regular file (a folder, pipe or device); borderflow reads only files")]
    NotAFile,
}

/// Writes `bytes` to `path` atomically, keeping the previous file as `path` + `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(
        path,
        bytes,
        WriteMode {
            private: false,
            backup: true,
        },
        &mut |_| Ok(()),
    )
}

/// Writes `bytes` to `path` atomically, readable by the owner only (0600), without a backup:
/// for the editor's own files, such as recovery copies of unsaved work.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(
        path,
        bytes,
        WriteMode {
            private: true,
            backup: false,
        },
        &mut |_| Ok(()),
    )
}

/// [`write_atomic`], calling `after` at each step; an error from it aborts the save there.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    mode: WriteMode,
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve_links(path)?;
    remove_stale_temps(&target);
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    if let Some(meta) = &existing {
        if !meta.is_file() {
            return Err(io::Error::other(
                "not a regular file (a folder, pipe or device); borderflow writes only files",
            ));
        }
        if hard_link_count(meta) > 1 && !mode.private {
            return write_in_place(&target, bytes, after);
        }
    }
    let create_mode = if mode.private || existing.is_some() {
        0o600
    } else {
        // A new file gets what any new file gets: 0666 less the user's umask.
        0o666
    };
    let (temp, file) = create_temp_sibling(&target, "saving", create_mode)?;
    let result = write_then_replace(&target, &temp, file, existing.as_ref(), bytes, mode, after);
    if result.is_err() {
        // Best effort: the temporary file holds nothing the user needs.
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(unix)]
fn hard_link_count(meta: &fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.nlink()
}

#[cfg(not(unix))]
fn hard_link_count(_meta: &fs::Metadata) -> u64 {
    1
}

/// Gives `file` the permissions (and, where allowed, the owner) of the file it replaces.
fn copy_attributes(file: &File, from: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(from.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only the superuser may give a file away; for anyone else the owner is already theirs.
        let _ = std::os::unix::fs::fchown(file, Some(from.uid()), Some(from.gid()));
    }
    Ok(())
}

fn write_then_replace(
    path: &Path,
    temp: &Path,
    mut file: File,
    existing: Option<&fs::Metadata>,
    bytes: &[u8],
    mode: WriteMode,
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    file.write_all(bytes)?;
    if !mode.private
        && let Some(meta) = existing
    {
        copy_attributes(&file, meta)?;
    }
    file.sync_all()?;
    drop(file);
    after(SaveStep::TempWritten)?;
    if mode.backup && existing.is_some() {
        backup(path)?;
        after(SaveStep::BackupWritten)?;
    }
    fs::rename(temp, path)?;
    sync_folder(path);
    Ok(())
}

/// Rewrites a file that has other hard links in place, so every link sees the new version.
/// A rename would give this name a new file and leave the other links on the old one. The
/// backup is taken first (always), so a crash mid-write leaves the
/// previous version whole in `NAME.bak`.
fn write_in_place(
    path: &Path,
    bytes: &[u8],
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    after(SaveStep::TempWritten)?;
    backup(path)?;
    after(SaveStep::BackupWritten)?;
    let mut file = OpenOptions::new().write(true).open(path)?;
    file.set_len(0)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Copies the current file to `NAME.bak`, itself through a temporary file and a rename, so a
/// crash never leaves a half-written backup either. The backup keeps the file's permissions.
fn backup(path: &Path) -> io::Result<()> {
    let (backup_temp, mut copy) = create_temp_sibling(path, "backup", 0o600)?;
    let result = (|| {
        let mut source = File::open(path)?;
        let meta = source.metadata()?;
        io::copy(&mut source, &mut copy)?;
        copy_attributes(&copy, &meta)?;
        copy.sync_all()?;
        fs::rename(&backup_temp, with_suffix(path, ".bak"))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&backup_temp);
    }
    result
}

/// Flushes the folder entry so the rename itself survives a power cut. Not every platform
/// allows opening a folder; there the rename is as durable as the platform makes it.
fn sync_folder(path: &Path) {
    if let Ok(handle) = File::open(folder_of(path)) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BACKUP: WriteMode = WriteMode {
        private: false,
        backup: true,
    };

    fn leftovers(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_save_replaces_the_file_and_keeps_the_previous_one_as_bak() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.ron");
        write_atomic(&path, b"first").unwrap();
        assert!(
            !with_suffix(&path, ".bak").exists(),
            "nothing to back up on the first save"
        );
        write_atomic(&path, b"second").unwrap();
        write_atomic(&path, b"third").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"third");
        assert_eq!(fs::read(with_suffix(&path, ".bak")).unwrap(), b"second");
        assert_eq!(leftovers(folder.path()), ["map.ron", "map.ron.bak"]);
    }

    #[test]
    fn an_interrupted_save_leaves_the_previous_file_intact() {
        for failing_step in [SaveStep::TempWritten, SaveStep::BackupWritten] {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("map.ron");
            write_atomic(&path, b"old version").unwrap();
            let result = write_atomic_with(&path, b"new version", BACKUP, &mut |step| {
                if step == failing_step {
                    Err(io::Error::other("simulated crash"))
                } else {
                    Ok(())
                }
            });
            assert!(result.is_err());
            assert_eq!(fs::read(&path).unwrap(), b"old version", "{failing_step:?}");
            if failing_step == SaveStep::BackupWritten {
                assert_eq!(
                    fs::read(with_suffix(&path, ".bak")).unwrap(),
                    b"old version"
                );
            }
            let names = leftovers(folder.path());
            assert!(names.iter().all(|n| !n.contains("saving")), "{names:?}");
        }
    }

    #[test]
    fn a_save_into_a_missing_folder_fails_without_creating_anything() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("missing").join("map.ron");
        assert!(write_atomic(&path, b"x").is_err());
        assert!(leftovers(folder.path()).is_empty());
    }

    #[test]
    fn reading_refuses_files_over_the_limit() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("big.ron");
        fs::write(&path, vec![b' '; 2048]).unwrap();
        assert!(matches!(
            read_limited(&path, 1024),
            Err(ReadError::TooLarge {
                size: 2048,
                limit: 1024
            })
        ));
        assert_eq!(read_limited(&path, 4096).unwrap().len(), 2048);
    }

    #[test]
    fn reading_a_folder_is_refused_as_not_a_file() {
        let folder = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_limited(folder.path(), 1024),
            Err(ReadError::NotAFile)
        ));
    }

    #[cfg(unix)]
    mod unix {
        use super::*;
        use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

        fn mode_of(path: &Path) -> u32 {
            fs::metadata(path).unwrap().permissions().mode() & 0o777
        }

        #[test]
        fn reading_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer() {
            let folder = tempfile::tempdir().unwrap();
            let fifo = folder.path().join("pipe.ron");
            let made = std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap();
            assert!(made.success());
            let (sender, receiver) = std::sync::mpsc::channel();
            let reader = fifo.clone();
            std::thread::spawn(move || {
                let _ = sender.send(read_limited(&reader, 1024));
            });
            let result = receiver
                .recv_timeout(std::time::Duration::from_secs(5))
                .expect("reading a FIFO returned within 5 s");
            assert!(matches!(result, Err(ReadError::NotAFile)), "{result:?}");
        }

        #[test]
        fn a_save_through_a_symlink_writes_the_target_and_keeps_the_link() {
            let folder = tempfile::tempdir().unwrap();
            let real_folder = folder.path().join("real");
            fs::create_dir(&real_folder).unwrap();
            let real = real_folder.join("map.ron");
            fs::write(&real, b"old").unwrap();
            let link = folder.path().join("link.ron");
            symlink("real/map.ron", &link).unwrap();
            write_atomic(&link, b"new").unwrap();
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(fs::read(&real).unwrap(), b"new");
            assert_eq!(fs::read(real_folder.join("map.ron.bak")).unwrap(), b"old");
            assert_eq!(leftovers(folder.path()), ["link.ron", "real"]);
        }

        #[test]
        fn a_save_through_a_dangling_symlink_creates_the_target() {
            let folder = tempfile::tempdir().unwrap();
            let link = folder.path().join("link.ron");
            symlink("target.ron", &link).unwrap();
            write_atomic(&link, b"new").unwrap();
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(fs::read(folder.path().join("target.ron")).unwrap(), b"new");
        }

        #[test]
        fn a_save_of_a_hard_linked_file_updates_every_link() {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("map.ron");
            let other = folder.path().join("shared.ron");
            fs::write(&path, b"old").unwrap();
            fs::hard_link(&path, &other).unwrap();
            write_atomic(&path, b"new version").unwrap();
            assert_eq!(fs::read(&other).unwrap(), b"new version");
            assert_eq!(fs::read(&path).unwrap(), b"new version");
            assert_eq!(
                fs::metadata(&path).unwrap().ino(),
                fs::metadata(&other).unwrap().ino()
            );
            assert_eq!(fs::read(with_suffix(&path, ".bak")).unwrap(), b"old");
        }

        #[test]
        fn a_save_keeps_the_files_permissions_and_its_backup_too() {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("map.ron");
            for mode in [0o600, 0o640, 0o604] {
                fs::write(&path, b"old").unwrap();
                fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
                write_atomic(&path, b"new").unwrap();
                assert_eq!(mode_of(&path), mode);
                assert_eq!(mode_of(&with_suffix(&path, ".bak")), mode);
            }
        }

        #[test]
        fn private_files_are_owner_only_even_over_a_readable_one() {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("recovery.ron");
            write_private(&path, b"first").unwrap();
            assert_eq!(mode_of(&path), 0o600);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
            write_private(&path, b"second").unwrap();
            assert_eq!(mode_of(&path), 0o600);
            assert_eq!(leftovers(folder.path()), ["recovery.ron"]);
        }

        #[test]
        fn a_symlink_planted_at_the_temporary_name_is_never_followed() {
            let folder = tempfile::tempdir().unwrap();
            let victim = folder.path().join("victim.txt");
            fs::write(&victim, b"precious").unwrap();
            let path = folder.path().join("map.ron");
            let pid = std::process::id();
            let next = TEMP_COUNTER.load(Ordering::Relaxed);
            for n in next..next + 8 {
                let planted = folder.path().join(format!(".map.ron.saving-{pid}-{n}"));
                symlink(&victim, planted).unwrap();
            }
            write_atomic(&path, b"the map").unwrap();
            assert_eq!(fs::read(&victim).unwrap(), b"precious");
            assert_eq!(fs::read(&path).unwrap(), b"the map");
        }

        #[test]
        fn temporary_files_of_dead_processes_are_removed_by_the_next_save() {
            let folder = tempfile::tempdir().unwrap();
            let path = folder.path().join("map.ron");
            // Above the kernel's largest process id, so never a running process.
            let dead = folder.path().join(".map.ron.saving-99999999-0");
            let dead_backup = folder.path().join(".map.ron.backup-99999999-3");
            let ours = folder
                .path()
                .join(format!(".map.ron.saving-{}-999999", std::process::id()));
            let unrelated = folder.path().join(".other.ron.saving-99999999-0");
            for file in [&dead, &dead_backup, &ours, &unrelated] {
                fs::write(file, b"partial").unwrap();
            }
            write_atomic(&path, b"map").unwrap();
            assert!(!dead.exists() && !dead_backup.exists());
            assert!(ours.exists(), "a running process's temporary file stays");
            assert!(unrelated.exists(), "another file's temporary files stay");
        }
    }
}
