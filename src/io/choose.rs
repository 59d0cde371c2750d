//! Choosing files when the system may have no dialog to show: telling a cancelled dialog from
//! one that could not open, and reading a path typed in a field instead.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// `path`, with `extension` added when the user typed a name without one.
pub fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// What came of asking the user for a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown; the text says why. Offer a path field instead
    /// ([`typed_path`]) and say so: doing nothing would look like a broken button.
    NoDialogService(String),
}

impl Picked {
    /// The chosen file, if any.
    pub fn chosen(self) -> Option<PathBuf> {
        match self {
            Picked::Chosen(path) => Some(path),
            Picked::Cancelled | Picked::NoDialogService(_) => None,
        }
    }
}

/// A dialog answered faster than this was never seen: no person opens and cancels one so fast.
const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(150);

/// Whether the system can show a file dialog, from its environment: on Linux and the BSDs a
/// dialog needs the desktop portal (on the session bus) or `zenity`. Windows and macOS always
/// have one.
pub fn dialog_service() -> Result<(), String> {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return Ok(());
    }
    dialog_service_in(&|name| std::env::var_os(name), &|path| path.exists())
}

/// [`dialog_service`] for a given environment and file system, so it can be tested.
pub fn dialog_service_in(
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
    exists: &dyn Fn(&Path) -> bool,
) -> Result<(), String> {
    let set = |name: &str| env(name).filter(|value| !value.is_empty());
    let bus = set("DBUS_SESSION_BUS_ADDRESS").is_some()
        || set("XDG_RUNTIME_DIR").is_some_and(|dir| exists(&PathBuf::from(dir).join("bus")));
    let zenity = set("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|folder| exists(&folder.join("zenity")))
    });
    if bus || zenity {
        Ok(())
    } else {
        Err(
            "this system has no file-dialog service (no desktop portal on a session bus, \
             and no zenity)"
                .to_owned(),
        )
    }
}

/// Turns what a dialog returned, and how long it was open, into a [`Picked`].
pub fn classify_dialog(result: Option<PathBuf>, open_for: Duration) -> Picked {
    match result {
        Some(path) => Picked::Chosen(path),
        None if open_for < FASTEST_HUMAN_CANCEL => Picked::NoDialogService(
            "the file dialog closed before it could be seen: the system's dialog service \
             failed"
                .to_owned(),
        ),
        None => Picked::Cancelled,
    }
}

/// A path typed in the field offered when no dialog can be shown, checked and completed:
/// `~/` is the home folder, a relative path is taken from `base`, `default_extension` is added
/// when none is given, and the extension must be one of `allowed`. With `must_exist` (to open)
/// the file must exist; otherwise (to save) its folder must.
pub fn typed_path(
    text: &str,
    base: &Path,
    default_extension: &str,
    allowed: &[&str],
    must_exist: bool,
) -> Result<PathBuf, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("type the path of a file".to_owned());
    }
    let expanded = match text.strip_prefix("~/") {
        Some(rest) => match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(rest),
            None => return Err("~ cannot be used: the home folder is not known".to_owned()),
        },
        None => PathBuf::from(text),
    };
    let path = base.join(expanded);
    let path = if must_exist {
        path
    } else {
        with_default_extension(path, default_extension)
    };
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !allowed.iter().any(|allowed| *allowed == extension) {
        let names: Vec<String> = allowed.iter().map(|e| format!(".{e}")).collect();
        return Err(format!(
            "{}: the name must end in {}",
            path.display(),
            names.join(", ")
        ));
    }
    if path.is_dir() {
        return Err(format!("{}: is a folder, not a file", path.display()));
    }
    if must_exist {
        if !path.is_file() {
            return Err(format!("{}: no such file", path.display()));
        }
    } else {
        let folder = path.parent().unwrap_or(base);
        if !folder.is_dir() {
            return Err(format!("{}: no such folder", folder.display()));
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_dialog_service_is_told_apart_from_a_cancel() {
        let nothing = |_: &str| None;
        let no_files = |_: &Path| false;
        assert!(dialog_service_in(&nothing, &no_files).is_err());
        let bus =
            |name: &str| (name == "DBUS_SESSION_BUS_ADDRESS").then(|| "unix:path=/run/bus".into());
        assert!(dialog_service_in(&bus, &no_files).is_ok());
        let path = |name: &str| (name == "PATH").then(|| "/opt/bin:/usr/bin".into());
        let zenity = |file: &Path| file == Path::new("/usr/bin/zenity");
        assert!(dialog_service_in(&path, &zenity).is_ok());
        assert!(dialog_service_in(&path, &no_files).is_err());

        assert!(matches!(
            classify_dialog(None, Duration::from_millis(5)),
            Picked::NoDialogService(_)
        ));
        assert_eq!(
            classify_dialog(None, Duration::from_secs(3)),
            Picked::Cancelled
        );
        assert_eq!(
            classify_dialog(Some(PathBuf::from("a.ron")), Duration::from_millis(1)),
            Picked::Chosen(PathBuf::from("a.ron"))
        );
    }

    #[test]
    fn a_typed_path_is_completed_and_checked() {
        let folder = tempfile::tempdir().unwrap();
        let base = folder.path();
        assert_eq!(
            typed_path("report", base, "pdf", &["pdf", "html", "md"], false).unwrap(),
            base.join("report.pdf")
        );
        assert!(typed_path("  ", base, "ron", &["ron"], false).is_err());
        let wrong = typed_path("map.txt", base, "ron", &["ron"], false).unwrap_err();
        assert!(wrong.contains(".ron"), "{wrong}");
        let missing_folder = typed_path("nowhere/map.ron", base, "ron", &["ron"], false);
        assert!(missing_folder.unwrap_err().contains("no such folder"));
        let missing = typed_path("map.ron", base, "ron", &["ron", "csv"], true);
        assert!(missing.unwrap_err().contains("no such file"));
        std::fs::write(base.join("map.ron"), "()").unwrap();
        assert_eq!(
            typed_path("map.ron", base, "ron", &["ron", "csv"], true).unwrap(),
            base.join("map.ron")
        );
        std::fs::create_dir(base.join("dir.ron")).unwrap();
        assert!(
            typed_path("dir.ron", base, "ron", &["ron"], false)
                .unwrap_err()
                .contains("folder")
        );
    }
}
