//! Writing a filing bundle into a folder without touching anyone else's work: only into an
//! empty folder or into a bundle of the same map (its own manifest says so and every file in it
//! is one the manifest lists, unchanged), replacing exactly that bundle's files, none kept as
//! `.bak`, none left stale, so the manifest lists every file in the folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::bundle::{Bundle, BundleError, MANIFEST, MANIFEST_HEADING, MAP_FILE_LINE};
use super::refusal::{FolderReason, FolderRefusal};
use crate::io;

/// What an earlier bundle's `MANIFEST.txt` says: the map file it holds and each file's digest.
struct Sealed {
    map_file: Option<String>,
    digests: BTreeMap<String, String>,
}

/// Reads the manifest of the bundle in `folder`, if the folder holds one.
fn read_manifest(folder: &Path) -> Option<Sealed> {
    let bytes = io::read_limited(&folder.join(MANIFEST), 1024 * 1024).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut lines = text.lines();
    if lines.next() != Some(MANIFEST_HEADING) {
        return None;
    }
    let mut sealed = Sealed {
        map_file: None,
        digests: BTreeMap::new(),
    };
    for line in lines {
        if let Some(name) = line.strip_prefix(MAP_FILE_LINE) {
            sealed.map_file = Some(name.to_owned());
        } else if let Some((digest, name)) = line.split_once("  ")
            && !line.starts_with('#')
        {
            sealed.digests.insert(name.to_owned(), digest.to_owned());
        }
    }
    Some(sealed)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The names in `folder`, sorted; hidden files a killed save of a listed file left
/// (`.NAME.saving-…`) are the bundle's own and not counted.
fn names_in(folder: &Path) -> Result<Vec<String>, std::io::Error> {
    let mut names: Vec<String> = std::fs::read_dir(folder)?
        .map(|entry| entry.map(|entry| entry.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    names.sort();
    Ok(names)
}

/// A sibling of `folder` that does not exist yet: `NAME-2`, `NAME-3`…
fn fresh_sibling(folder: &Path) -> Option<PathBuf> {
    let name = folder.file_name()?.to_string_lossy().into_owned();
    (2..1000)
        .map(|n| folder.with_file_name(format!("{name}-{n}")))
        .find(|candidate| std::fs::symlink_metadata(candidate).is_err())
}

/// Which files of `folder` the new bundle replaces or removes, or why it must not be written
/// there.
fn files_to_replace(
    folder: &Path,
    bundle: &Bundle,
    map_file: &str,
) -> Result<Vec<String>, BundleError> {
    let refuse = |reason| {
        BundleError::Folder(FolderRefusal {
            folder: folder.to_owned(),
            reason,
            fresh: fresh_sibling(folder),
        })
    };
    let names = names_in(folder).map_err(|error| BundleError::Write {
        path: folder.to_owned(),
        error,
    })?;
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let Some(sealed) = read_manifest(folder) else {
        return Err(refuse(FolderReason::OtherFiles(names)));
    };
    let is_own_temp = |name: &str| {
        sealed
            .digests
            .keys()
            .any(|listed| name.starts_with(&format!(".{listed}.saving-")))
    };
    let others: Vec<String> = names
        .iter()
        .filter(|name| {
            name.as_str() != MANIFEST && !sealed.digests.contains_key(*name) && !is_own_temp(name)
        })
        .cloned()
        .collect();
    if !others.is_empty() {
        return Err(refuse(FolderReason::OtherFiles(others)));
    }
    if sealed.map_file.as_deref() != Some(map_file) {
        let theirs = sealed.map_file.unwrap_or_else(|| "?".to_owned());
        return Err(refuse(FolderReason::OtherMap(theirs)));
    }
    let new: BTreeMap<&str, &[u8]> = bundle
        .files
        .iter()
        .map(|file| (file.name.as_str(), file.bytes.as_slice()))
        .collect();
    let mut changed = Vec::new();
    for (name, digest) in &sealed.digests {
        let path = folder.join(name);
        // A link would have the new bytes written where it points, outside the folder.
        if std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink()) {
            changed.push(name.clone());
            continue;
        }
        let Ok(bytes) = io::read_limited(&path, io::MAX_FILE_BYTES * 4) else {
            // A listed file that is gone, or is no longer a file, is not replaced blindly.
            if std::fs::symlink_metadata(&path).is_ok() {
                changed.push(name.clone());
            }
            continue;
        };
        let actual = sha256_hex(&bytes);
        // A file an interrupted re-bundle already wrote matches the new bundle instead.
        let rewritten = new
            .get(name.as_str())
            .is_some_and(|new| sha256_hex(new) == actual);
        if &actual != digest && !rewritten {
            changed.push(name.clone());
        }
    }
    if !changed.is_empty() {
        return Err(refuse(FolderReason::Changed(changed)));
    }
    Ok(sealed.digests.into_keys().collect())
}

/// Writes `bundle` into `folder` (created if needed), as the module says.
impl Bundle {
    /// Writes the files into `folder` (created if needed), each atomically: only into an
    /// empty folder or this map's earlier bundle, whose files it replaces exactly, keeping no
    /// `.bak` and leaving no stale file; anything else is refused and left as it was.
    pub fn write_to_folder(&self, folder: &Path) -> Result<(), BundleError> {
        write_bundle_folder(self, folder, &self.map_file)
    }
}

fn write_bundle_folder(bundle: &Bundle, folder: &Path, map_file: &str) -> Result<(), BundleError> {
    let failed = |path: PathBuf| move |error| BundleError::Write { path, error };
    match std::fs::symlink_metadata(folder) {
        Ok(meta) if !meta.is_dir() => {
            return Err(BundleError::NotAFolder(folder.to_owned()));
        }
        Ok(_) => {}
        Err(_) => std::fs::create_dir_all(folder).map_err(failed(folder.to_owned()))?,
    }
    let previous = files_to_replace(folder, bundle, map_file)?;
    // The manifest goes last: until it is written, the folder's manifest is the old one.
    let (manifest, files): (Vec<_>, Vec<_>) =
        bundle.files.iter().partition(|file| file.name == MANIFEST);
    for file in files.iter().chain(&manifest) {
        if file.name == MANIFEST {
            for stale in previous.iter().filter(|name| !bundle.has(name)) {
                let path = folder.join(stale);
                std::fs::remove_file(&path).map_err(failed(path))?;
            }
        }
        let path = folder.join(&file.name);
        io::write_replacing(&path, &file.bytes).map_err(failed(path))?;
    }
    Ok(())
}
