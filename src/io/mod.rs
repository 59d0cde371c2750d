//! Reading and writing maps (`.ron`) and importing flow inventories (`.csv`).
//!
//! Every error names the file and, where it can, the line and column or the CSV row and column.
//! Nothing is half-loaded: a load either returns a whole, valid map or an error.

mod atomic;
mod inventory;
mod map_file;

use std::path::{Path, PathBuf};

pub use atomic::{ReadError, read_limited, with_suffix, write_atomic};
pub use inventory::{
    COLUMNS, InventoryError, Problem, REQUIRED_COLUMNS, inventory_to_csv, parse_inventory,
};
pub use map_file::{FORMAT_NAME, FORMAT_VERSION, Location, MapError, map_to_string, parse_map};

use crate::model::{Map, MapMeta};

/// Map and inventory files larger than this are refused before they are read (64 MiB).
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
    /// The file system refused.
    #[error("{}: cannot save: {error}; the previous file is unchanged", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
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
    })
}

/// Loads a map file.
pub fn load_map(path: &Path) -> Result<Map, LoadError> {
    let bytes = read_file(path)?;
    parse_map(&bytes).map_err(|error| LoadError::Map {
        path: path.to_owned(),
        error,
    })
}

/// Imports an inventory CSV into a new map titled after the file.
pub fn load_inventory(path: &Path) -> Result<Map, LoadError> {
    let bytes = read_file(path)?;
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = MapMeta {
        title: stem,
        description: format!(
            "Imported from the flow inventory {}.",
            path.file_name().unwrap_or_default().to_string_lossy()
        ),
        ..MapMeta::default()
    };
    parse_inventory(&bytes, meta).map_err(|error| LoadError::Inventory {
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

/// Saves a map atomically, keeping the previous file as `NAME.bak`.
pub fn save_map(path: &Path, map: &Map) -> Result<(), SaveError> {
    let text = map_to_string(map).map_err(|error| SaveError::Serialize {
        path: path.to_owned(),
        error,
    })?;
    write_atomic(path, text.as_bytes()).map_err(|error| SaveError::Write {
        path: path.to_owned(),
        error,
    })
}
