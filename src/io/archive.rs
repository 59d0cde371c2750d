//! Zip archives that are the same bytes every time and on every system: entries in the order
//! given, every timestamp fixed at the format's epoch (1980-01-01 00:00), no extra fields, and
//! "made by" Unix whatever system writes them (the zip crate would say MS-DOS on Windows). The
//! Word report, and the filing bundle as one file, are written through here; the register's
//! workbook, which `rust_xlsxwriter` zips itself, is set to "made by" Unix afterwards
//! ([`made_by_unix`]).

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

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

/// Whether `name` can be a file's name on Windows, macOS and Linux alike: not empty, no folder
/// separator, none of the characters Windows refuses (`<>:"|?*`, control
/// characters), no trailing dot or space, not a device name Windows reserves, at most 200
/// characters.
pub fn is_portable_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 200
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
        })
        && !super::platform::is_reserved_on_windows(name)
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
            .system(System::Unix)
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

/// The "made by" system every archive names: Unix (3), as the zip crate writes on Linux and
/// macOS.
const MADE_BY_UNIX: u8 = System::Unix as u8;

/// Sets every central-directory entry of the zip archive `zip` to "made by" Unix, so that an
/// archive a library zipped on Windows (host byte 0, MS-DOS) is the same bytes as on Linux. The
/// byte is in no checksum; nothing else changes. Refuses bytes that are not a whole archive.
pub fn made_by_unix(zip: &mut [u8]) -> Result<(), ArchiveError> {
    let damaged = |what: &str| ArchiveError {
        entry: "(central directory)".to_owned(),
        error: what.to_owned(),
    };
    let (count, mut at) = central_directory(zip).ok_or_else(|| damaged("not found"))?;
    for _ in 0..count {
        let header = zip
            .get(at..at + 46)
            .filter(|header| header[..4] == [0x50, 0x4b, 0x01, 0x02])
            .ok_or_else(|| damaged("an entry is cut short"))?;
        let length =
            |offset: usize| usize::from(u16::from_le_bytes([header[offset], header[offset + 1]]));
        let next = at + 46 + length(28) + length(30) + length(32);
        zip[at + 5] = MADE_BY_UNIX;
        at = next;
    }
    Ok(())
}

/// The number of entries and the offset of the central directory, read from the end of
/// central directory record (the Zip64 one where the plain record says to look there).
fn central_directory(zip: &[u8]) -> Option<(u64, usize)> {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let earliest = zip.len().saturating_sub(22 + usize::from(u16::MAX));
    let end = (earliest..=zip.len().checked_sub(22)?)
        .rev()
        .find(|&at| zip[at..at + 4] == END)?;
    let u16_at = |at: usize| u16::from_le_bytes([zip[at], zip[at + 1]]);
    let u32_at = |at: usize| Some(u32::from_le_bytes(zip.get(at..at + 4)?.try_into().ok()?));
    let u64_at = |at: usize| Some(u64::from_le_bytes(zip.get(at..at + 8)?.try_into().ok()?));
    let (count, offset) = (u16_at(end + 10), u32_at(end + 16)?);
    if count != u16::MAX && offset != u32::MAX {
        return Some((u64::from(count), usize::try_from(offset).ok()?));
    }
    // Zip64: the locator just before the record gives where the Zip64 record is.
    let locator = end.checked_sub(20)?;
    if zip.get(locator..locator + 4)? != [0x50, 0x4b, 0x06, 0x07] {
        return None;
    }
    let record = usize::try_from(u64_at(locator + 8)?).ok()?;
    if zip.get(record..record + 4)? != [0x50, 0x4b, 0x06, 0x06] {
        return None;
    }
    Some((
        u64_at(record + 32)?,
        usize::try_from(u64_at(record + 48)?).ok()?,
    ))
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
        let mut archive = zip::ZipArchive::new(Cursor::new(first.clone())).unwrap();
        assert_eq!(archive.len(), 2);
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.txt").unwrap(), &mut text).unwrap();
        assert_eq!(text, "hello hello hello");
        assert_eq!(archive.by_index(1).unwrap().name().unwrap(), "b/c.bin");
        // Host byte 3 (Unix) in every central-directory entry, whichever system ran this.
        let central = first
            .windows(4)
            .filter(|w| *w == [0x50, 0x4b, 0x01, 0x02])
            .count();
        assert_eq!(central, 2);
        for at in (0..first.len() - 4).filter(|&at| first[at..at + 4] == [0x50, 0x4b, 0x01, 0x02]) {
            assert_eq!(first[at + 5], 3);
        }
    }

    /// An archive as the zip crate writes it on `system`, with a comment after the directory.
    fn zipped_on(system: System, large: bool) -> Vec<u8> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in [
            ("[Content_Types].xml", "<x/>"),
            ("xl/a.xml", "aaaa"),
            ("z", ""),
        ] {
            let options = SimpleFileOptions::default()
                .last_modified_time(DateTime::default())
                .unix_permissions(0o600)
                .large_file(large)
                .system(system);
            writer.start_file(name, options).unwrap();
            writer.write_all(bytes.as_bytes()).unwrap();
        }
        writer.set_comment("made somewhere").unwrap();
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn an_archive_made_on_windows_becomes_the_bytes_made_on_unix() {
        for large in [false, true] {
            let mut windows = zipped_on(System::Dos, large);
            let unix = zipped_on(System::Unix, large);
            assert_ne!(windows, unix, "the host byte differs before");
            made_by_unix(&mut windows).unwrap();
            assert_eq!(windows, unix, "large: {large}");
            // Idempotent, and the result still reads.
            made_by_unix(&mut windows).unwrap();
            assert_eq!(windows, unix);
            assert_eq!(zip::ZipArchive::new(Cursor::new(windows)).unwrap().len(), 3);
        }
    }

    #[test]
    fn bytes_that_are_not_a_whole_archive_are_refused() {
        let whole = zipped_on(System::Dos, false);
        for mut broken in [
            Vec::new(),
            b"PK\x05\x06".to_vec(),
            whole[..whole.len() / 2].to_vec(),
        ] {
            assert!(made_by_unix(&mut broken).is_err());
        }
        // The directory pointing past the end.
        let mut pointing_away = whole.clone();
        let end = pointing_away.len() - 22 - "made somewhere".len();
        pointing_away[end + 16..end + 20].copy_from_slice(&0xFFFF_FFF0_u32.to_le_bytes());
        assert!(made_by_unix(&mut pointing_away).is_err());
    }
}
