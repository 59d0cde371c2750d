//! Zip archives that are the same bytes every time: entries in the order given, every
//! timestamp fixed at the format's epoch (1980-01-01 00:00), no extra fields. The Word report,
//! and the filing bundle as one file, are written through here.

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

/// The zip archive of `entries` (name, how stored, bytes), in that order.
pub fn zip_bytes<'a>(
    entries: impl IntoIterator<Item = (&'a str, Stored, &'a [u8])>,
) -> Result<Vec<u8>, ArchiveError> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, stored, bytes) in entries {
        let failed = |error: &dyn std::fmt::Display| ArchiveError {
            entry: name.to_owned(),
            error: error.to_string(),
        };
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
