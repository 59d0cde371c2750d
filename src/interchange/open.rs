//! Reading another tool's diagram from a file: the format by the file's name, the title from it
//! when the diagram names none, and the errors said in the user's language.

use std::path::Path;

use super::{Format, FormatError, Imported, drawio, mermaid};
use crate::i18n;
use crate::model::Language;

/// Why a diagram file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] crate::io::LoadError),
    /// It is not a diagram this reads.
    #[error("{}: {error}", path.display())]
    Format {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        error: FormatError,
    },
    /// DPV JSON-LD is written, never read back.
    #[error("{}: DPV JSON-LD is written, not read back", path.display())]
    WriteOnly {
        /// The file.
        path: std::path::PathBuf,
    },
}

impl ImportError {
    /// The problem as a sentence in `language`, naming the file.
    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Read(error) => error.describe(language),
            Self::Format { path, error } => {
                format!("{}: {}", path.display(), error.describe(language))
            }
            Self::WriteOnly { path } => i18n::text_with(
                language,
                "interchange-dpv-write-only",
                &[("path", path.display().to_string().into())],
            ),
        }
    }
}

/// Reads a diagram file of `format` into a map, titled after the file where the diagram names
/// no title, with every guess made.
pub fn read_path(path: &Path, format: Format) -> Result<Imported, ImportError> {
    let bytes = crate::io::read_input(path)?;
    let title = title_of(path);
    let read = match format {
        Format::Drawio | Format::DrawioSvg => drawio::read(&bytes, &title),
        Format::Mermaid => mermaid::read(&bytes, &title),
        Format::DpvJsonLd => {
            return Err(ImportError::WriteOnly {
                path: path.to_owned(),
            });
        }
    };
    read.map_err(|error| ImportError::Format {
        path: path.to_owned(),
        error,
    })
}

/// The file's name without its extensions ("flows" for `flows.drawio.svg`).
pub fn title_of(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lower = name.to_lowercase();
    for ending in [".drawio.svg", ".drawio", ".mmd", ".mermaid"] {
        if lower.ends_with(ending) {
            return name[..name.len() - ending.len()].to_owned();
        }
    }
    name
}
