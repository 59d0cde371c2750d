//! Reading files with a size limit, and writing them so that a crash never leaves a mix.
//!
//! A save writes a temporary file in the same folder, flushes it to disk, copies the previous
//! file to `NAME.bak`, then renames the temporary file over the original. Rename within a folder
//! is atomic, so at every moment the file on disk is either the old or the new version.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The steps of a save, so tests can interrupt one at each point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveStep {
    /// The new content is in the temporary file and flushed to disk.
    TempWritten,
    /// The previous version is in `NAME.bak`.
    BackupWritten,
}

/// The path with `suffix` appended to its file name (`map.ron` → `map.ron.bak`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// A hidden sibling of `path` for work in progress, unique to this process.
fn temp_sibling(path: &Path, purpose: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{purpose}-{}", std::process::id()))
}

/// Reads a whole file, refusing files larger than `limit` bytes before reading them.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
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
}

/// Writes `bytes` to `path` atomically, keeping the previous file as `path` + `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_atomic`], calling `after` at each step; an error from it aborts the save there.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    let temp = temp_sibling(path, "saving");
    let result = write_then_replace(path, &temp, bytes, after);
    if result.is_err() {
        // Best effort: the temporary file holds nothing the user needs.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_then_replace(
    path: &Path,
    temp: &Path,
    bytes: &[u8],
    after: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    write_synced(temp, bytes)?;
    after(SaveStep::TempWritten)?;
    if path.exists() {
        backup(path)?;
        after(SaveStep::BackupWritten)?;
    }
    fs::rename(temp, path)?;
    sync_folder(path);
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Copies the current file to `NAME.bak`, itself through a temporary file and a rename, so a
/// crash never leaves a half-written backup either.
fn backup(path: &Path) -> io::Result<()> {
    let backup_temp = temp_sibling(path, "backup");
    let result = fs::copy(path, &backup_temp)
        .and_then(|_| File::open(&backup_temp)?.sync_all())
        .and_then(|()| fs::rename(&backup_temp, with_suffix(path, ".bak")));
    if result.is_err() {
        let _ = fs::remove_file(&backup_temp);
    }
    result
}

/// Flushes the folder entry so the rename itself survives a power cut. Not every platform
/// allows opening a folder; there the rename is as durable as the platform makes it.
fn sync_folder(path: &Path) {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let result = write_atomic_with(&path, b"new version", &mut |step| {
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
}
