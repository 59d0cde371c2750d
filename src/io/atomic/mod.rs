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

/// Writes `bytes` to `path` atomically without a backup: for files that are wholly made again
/// from their sources, such as a filing bundle's, where a `.bak` would be a stale file beside
/// the filing.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(
        path,
        bytes,
        WriteMode {
            private: false,
            backup: false,
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
    refuse_reserved_name(path)?;
    let target = resolve_links(path)?;
    remove_stale_temps(&target);
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    let result = replace(&target, bytes, existing.as_ref(), mode, after);
    // Another program holding the file open stops the backup's read or the replace: said so.
    result.map_err(|error| held_open(error, path))
}

/// The save of [`write_atomic_with`] once `target` (links resolved) and what it holds now are
/// known.
fn replace(
    target: &Path,
    bytes: &[u8],
    existing: Option<&fs::Metadata>,
    mode: WriteMode,
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    if let Some(meta) = existing {
        if !meta.is_file() {
            return Err(io::Error::other(
                "not a regular file (a folder, pipe or device); borderflow writes only files",
            ));
        }
        if hard_link_count(meta) > 1 && !mode.private {
            return write_in_place(target, bytes, after);
        }
    }
    let create_mode = if mode.private || existing.is_some() {
        0o600
    } else {
        // A new file gets what any new file gets: 0666 less the user's umask.
        0o666
    };
    let (temp, file) = create_temp_sibling(target, "saving", create_mode)?;
    let result = write_then_replace(target, &temp, file, existing, bytes, mode, after);
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
    // On Windows this is MoveFileEx with MOVEFILE_REPLACE_EXISTING: it fails, leaving the
    // file as it was, while another program holds the file open.
    fs::rename(temp, path)?;
    sync_folder(path);
    Ok(())
}

/// Refuses a name that Windows keeps for a device (`CON`, `NUL.pdf`, `COM1.svg`…): there a
/// "file" of that name is the device, and what is written is lost.
fn refuse_reserved_name(path: &Path) -> io::Result<()> {
    match super::platform::reserved_file_name(path, super::platform::System::this()) {
        Some(name) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            say("io-reserved-name", &[("name", name.into())]),
        )),
        None => Ok(()),
    }
}

/// The error of a replace that another program prevented (Windows: the file is open in Word,
/// Excel or a viewer), told as such: the file is untouched and the new version was not kept.
fn held_open(error: io::Error, path: &Path) -> io::Error {
    if !super::platform::held_by_another_program(&error, super::platform::System::this()) {
        return error;
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let message = say(
        "io-held-open",
        &[
            ("name", name.into_owned().into()),
            ("error", error.to_string().into()),
        ],
    );
    io::Error::new(error.kind(), message)
}

/// The catalogue's phrase `key` in the system's language.
fn say(key: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> String {
    crate::i18n::text_with(crate::i18n::system_language(), key, args)
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
mod tests;
