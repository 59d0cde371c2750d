//! Reading and writing maps (`.ron`) and importing flow inventories (`.csv`).
//!
//! Every error names the file and, where it can, the line and column or the CSV row and column.
//! Nothing is half-loaded: a load either returns a whole, valid map or an error.

pub mod archive;
mod atomic;
pub mod autosave;
pub mod choose;
mod describe;
pub mod format;
mod inventory;
mod map_file;
pub mod platform;
pub mod recovery;
pub mod storage;

use std::path::{Path, PathBuf};

pub use archive::{ArchiveError, Stored, is_portable_name, made_by_unix, zip_bytes};
pub use atomic::{
    ReadError, read_limited, with_suffix, write_atomic, write_private, write_replacing,
};
pub use describe::edit_error;
pub use inventory::{
    COLUMNS, InventoryError, Problem, REQUIRED_COLUMNS, inventory_to_csv, is_transfer_register,
    neutralise_formula, parse_inventory,
};
pub use map_file::{FORMAT_NAME, FORMAT_VERSION, Location, MapError, map_to_string, parse_map};

use crate::model::{Map, MapMeta};

/// Map and inventory files larger than this are refused before they are read (64 MiB), and a
/// map whose text would be larger is refused before it is written: every map borderflow
/// writes, it can open again.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be opened as a map.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}: cannot read the file: {error}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The file is over [`MAX_FILE_BYTES`].
    #[error(
        "{}: the file is {size} bytes; borderflow opens files up to {limit} bytes (64 MiB)",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The path names a folder, a pipe or a device.
    #[error(
        "{}: not a regular file (a folder, pipe or device); borderflow opens only files",
        path.display()
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The map file is not valid.
    #[error("{}:{error}", path.display())]
    Map {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        error: MapError,
    },
    /// The inventory is not valid.
    #[error("{}", prefix_lines(path, error))]
    Inventory {
        /// The file.
        path: PathBuf,
        /// Every problem, by row and column.
        error: InventoryError,
    },
}

fn prefix_lines(path: &Path, error: &InventoryError) -> String {
    let lines: Vec<String> = error
        .to_string()
        .lines()
        .map(|line| format!("{}: {line}", path.display()))
        .collect();
    lines.join("\n")
}

/// Why a map could not be saved. The file on disk is unchanged when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The map could not be turned into text.
    #[error("{}: cannot write the map as RON: {error}", path.display())]
    Serialize {
        /// The file.
        path: PathBuf,
        /// Why.
        error: ron::Error,
    },
    /// The map's text is over [`MAX_FILE_BYTES`]: borderflow could not open the file again.
    #[error(
        "{}: the map would be {size} bytes, over the {limit}-byte (64 MiB) limit borderflow \
         opens; nothing was written. Split the map into smaller maps",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The size the file would have.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file system refused.
    #[error("{}: cannot save: {error}; the previous file is unchanged", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

/// Reads a file to import (at most [`MAX_FILE_BYTES`], a regular file), with the errors a map
/// load gives.
pub fn read_input(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_limited(path, MAX_FILE_BYTES).map_err(|error| match error {
        ReadError::Io(error) => LoadError::Read {
            path: path.to_owned(),
            error,
        },
        ReadError::TooLarge { size, limit } => LoadError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
        },
        ReadError::NotAFile => LoadError::NotAFile {
            path: path.to_owned(),
        },
    })
}

/// Loads a map file.
pub fn load_map(path: &Path) -> Result<Map, LoadError> {
    let bytes = read_input(path)?;
    parse_map(&bytes).map_err(|error| LoadError::Map {
        path: path.to_owned(),
        error,
    })
}

/// Imports an inventory CSV into a new map. The title, the organisation and the processing
/// description are left for the user to give: a file name on a report's cover, or a sentence of
/// the program's in section 1 and the filing annexes, would be filed as if someone wrote it.
pub fn load_inventory(path: &Path) -> Result<Map, LoadError> {
    let bytes = read_input(path)?;
    parse_inventory(&bytes, MapMeta::default()).map_err(|error| LoadError::Inventory {
        path: path.to_owned(),
        error,
    })
}

/// Whether a path names an inventory CSV rather than a map, by its extension.
pub fn is_inventory_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"))
}

/// Loads a map, or imports an inventory when the path ends in `.csv`.
pub fn load_map_or_inventory(path: &Path) -> Result<Map, LoadError> {
    if is_inventory_path(path) {
        load_inventory(path)
    } else {
        load_map(path)
    }
}

/// Saves a map atomically, keeping the previous file as `NAME.bak`. A map whose text would be
/// over [`MAX_FILE_BYTES`] is refused before anything is written.
pub fn save_map(path: &Path, map: &Map) -> Result<(), SaveError> {
    save_map_within(path, map, MAX_FILE_BYTES)
}

/// [`save_map`] with the size limit given (tests use a small one).
fn save_map_within(path: &Path, map: &Map, limit: u64) -> Result<(), SaveError> {
    let text = map_to_string(map).map_err(|error| SaveError::Serialize {
        path: path.to_owned(),
        error,
    })?;
    let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
    if size > limit {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
        });
    }
    write_atomic(path, text.as_bytes()).map_err(|error| SaveError::Write {
        path: path.to_owned(),
        error,
    })
}

/// Whether `a` and `b` name the same file on disk (through links, `..` or another spelling).
/// `false` when either does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_over_the_size_limit_is_refused_before_it_is_written() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("big.ron");
        let mut map = crate::generate::synthetic_map(3, 2, 1);
        map.meta.description = "x".repeat(5_000);
        let error = save_map_within(&path, &map, 4_096).unwrap_err();
        assert!(matches!(error, SaveError::TooLarge { .. }), "{error}");
        assert!(error.to_string().contains("big.ron"), "{error}");
        assert!(!path.exists());
        // Under the limit, it is written and opens again.
        map.meta.description = "x".repeat(1_000);
        save_map_within(&path, &map, 4_096).unwrap();
        assert_eq!(load_map(&path).unwrap(), map);
    }

    #[test]
    fn same_file_sees_through_other_spellings() {
        let folder = tempfile::tempdir().unwrap();
        let a = folder.path().join("a.csv");
        std::fs::write(&a, "x").unwrap();
        std::fs::create_dir(folder.path().join("sub")).unwrap();
        assert!(same_file(&a, &folder.path().join("sub/../a.csv")));
        assert!(!same_file(&a, &folder.path().join("b.csv")));
        std::fs::write(folder.path().join("b.csv"), "x").unwrap();
        assert!(!same_file(&a, &folder.path().join("b.csv")));
    }
}
