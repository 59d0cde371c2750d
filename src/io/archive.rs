//! Zip archives that are the same bytes every time: entries in the order given, every
//! timestamp fixed at the format's epoch (1980-01-01 00:00), no extra fields. The Word report,
//! and the filing bundle as one file, are written through here.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Why an archive could not be written.
#[derive(Debug, thiserror::Error)]
#[error("the zip archive could not be written at `{entry}`: {error}")]
pub struct ArchiveError {
    /// The entry being written.
    pub entry: String,
    /// What failed.
    pub error: String,
}

/// How an entry is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Deflated: text and XML.
    Compressed,
    /// As is: data that is compressed already (PNG, PDF, XLSX).
    AsIs,
}

/// Device names Windows reserves in every folder, whatever the extension (`CON.ron` too).
const RESERVED_ON_WINDOWS: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Whether `name` can be a file's name on Windows, macOS and Linux alike: not empty, no folder
/// separator, none of the characters Windows refuses (`<>:"|?*`, control
/// characters), no trailing dot or space, not a device name Windows reserves, at most 200
/// characters.
pub fn is_portable_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default().trim_end();
    !name.is_empty()
        && name.chars().count() <= 200
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
        })
        && !RESERVED_ON_WINDOWS.contains(&stem.to_lowercase().as_str())
}

/// Refuses an entry that would not unpack as itself everywhere: a part of its path that is not
/// a portable name, or a path that only letter case tells from an earlier entry's (Windows and
/// macOS would write one over the other).
fn check_entry_name(name: &str, seen: &mut BTreeSet<String>) -> Result<(), String> {
    if let Some(part) = name.split('/').find(|part| !is_portable_name(part)) {
        return Err(format!(
            "`{part}` is not a name every system can create (reserved or forbidden characters)"
        ));
    }
    if !seen.insert(name.to_lowercase()) {
        return Err("another entry has the same name but for letter case".to_owned());
    }
    Ok(())
}

/// The zip archive of `entries` (name, how stored, bytes), in that order. Every name must be
/// portable and unique whatever its letter case.
pub fn zip_bytes<'a>(
    entries: impl IntoIterator<Item = (&'a str, Stored, &'a [u8])>,
) -> Result<Vec<u8>, ArchiveError> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let mut seen = BTreeSet::new();
    for (name, stored, bytes) in entries {
        let failed = |error: &dyn std::fmt::Display| ArchiveError {
            entry: name.to_owned(),
            error: error.to_string(),
        };
        check_entry_name(name, &mut seen).map_err(|error| failed(&error))?;
        let options = SimpleFileOptions::default()
            .compression_method(match stored {
                Stored::Compressed => CompressionMethod::Deflated,
                Stored::AsIs => CompressionMethod::Stored,
            })
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644)
            // Large files get 64-bit sizes; deciding by size keeps small archives plain.
            .large_file(bytes.len() as u64 >= u64::from(u32::MAX));
        writer
            .start_file(name, options)
            .map_err(|error| failed(&error))?;
        writer.write_all(bytes).map_err(|error| failed(&error))?;
    }
    let cursor = writer.finish().map_err(|error| ArchiveError {
        entry: "(end of archive)".to_owned(),
        error: error.to_string(),
    })?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_windows_or_macos_would_mangle_are_refused() {
        for bad in [
            "CON.ron", "con", "Lpt9.txt", "a:b.ron", "a?.ron", "x.", "x ", "", "..",
        ] {
            assert!(!is_portable_name(bad), "{bad:?}");
        }
        for good in ["lotus.ron", "console.ron", "澳門.ron", ".rels"] {
            assert!(is_portable_name(good), "{good:?}");
        }
        let twice = [
            ("Map.ron", Stored::AsIs, b"1".as_slice()),
            ("map.RON", Stored::AsIs, b"2".as_slice()),
        ];
        let error = zip_bytes(twice).unwrap_err();
        assert_eq!(error.entry, "map.RON");
    }

    #[test]
    fn the_same_entries_give_the_same_bytes_and_read_back() {
        let entries = || {
            [
                ("a.txt", Stored::Compressed, b"hello hello hello".as_slice()),
                ("b/c.bin", Stored::AsIs, b"\x89PNG".as_slice()),
            ]
        };
        let first = zip_bytes(entries()).unwrap();
        assert_eq!(first, zip_bytes(entries()).unwrap());
        let mut archive = zip::ZipArchive::new(Cursor::new(first)).unwrap();
        assert_eq!(archive.len(), 2);
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.txt").unwrap(), &mut text).unwrap();
        assert_eq!(text, "hello hello hello");
        assert_eq!(archive.by_index(1).unwrap().name().unwrap(), "b/c.bin");
    }
}
