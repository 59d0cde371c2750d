//! What a command may write over: never one of its own inputs, and never a file of another
//! kind than its output's (an inventory, a PDF, a spreadsheet) unless the user says `--force`.

use std::path::{Path, PathBuf};

use anyhow::bail;

use super::{path_arg, say};
use crate::io;

/// The files a command reads: the map or inventory, and the rule packs of `--rules`.
pub(super) fn inputs(map: &Path, rules: Option<&Path>) -> Vec<PathBuf> {
    let mut files = vec![map.to_owned()];
    if let Some(folder) = rules
        && let Ok(entries) = std::fs::read_dir(folder)
    {
        files.extend(entries.flatten().map(|entry| entry.path()));
    }
    files
}

/// Refuses to write `output` over one of `inputs` (under any name or link), or over an existing
/// file whose extension is none of `own` (the extensions this command writes) unless `force`.
pub(super) fn refuse_replacing(
    output: &Path,
    own: &[&str],
    inputs: &[PathBuf],
    force: bool,
) -> anyhow::Result<()> {
    if inputs.iter().any(|input| io::same_file(input, output)) {
        bail!(
            "{}",
            say("cli-output-is-input", &[("path", path_arg(output))])
        );
    }
    let Ok(meta) = std::fs::metadata(output) else {
        return Ok(());
    };
    if force || !meta.is_file() {
        return Ok(());
    }
    let extension = output
        .extension()
        .map(|extension| extension.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if own.contains(&extension.as_str()) {
        return Ok(());
    }
    let found = if extension.is_empty() {
        say("cli-kind-no-extension", &[])
    } else {
        format!(".{extension}")
    };
    let writes = own
        .iter()
        .map(|extension| format!(".{extension}"))
        .collect::<Vec<_>>()
        .join(", ");
    bail!(
        "{}",
        say(
            "cli-other-kind",
            &[
                ("path", path_arg(output)),
                ("found", found.into()),
                ("writes", writes.into()),
            ]
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_another_kind_is_kept_unless_forced() {
        let folder = tempfile::tempdir().unwrap();
        let csv = folder.path().join("inventory.csv");
        std::fs::write(&csv, "a,b\n").unwrap();
        assert!(refuse_replacing(&csv, &["ron"], &[], false).is_err());
        assert!(refuse_replacing(&csv, &["ron"], &[], true).is_ok());
        assert!(refuse_replacing(&csv, &["csv"], &[], false).is_ok());
        let new = folder.path().join("new.pdf");
        assert!(refuse_replacing(&new, &["ron"], &[], false).is_ok());
        assert!(refuse_replacing(&csv, &["csv"], std::slice::from_ref(&csv), true).is_err());
    }
}
