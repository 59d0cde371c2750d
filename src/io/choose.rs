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
    /// No dialog could be shown, for this reason. Offer a path field instead ([`typed_path`])
    /// and say so: doing nothing would look like a broken button.
    NoDialogService(NoDialog),
}

/// Why no file dialog could be shown. The editor words each reason in its own language; the
/// English text here is for logs and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoDialog {
    /// Neither a desktop portal on a session bus nor `zenity` is there.
    NoService,
    /// A dialog answered faster than anyone could see it: the service failed.
    ClosedUnseen,
    /// The program was started with dialogs turned off.
    TurnedOff,
}

impl std::fmt::Display for NoDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NoDialog::NoService => {
                "this system has no file-dialog service (no desktop portal on a session bus, \
                 and no zenity)"
            }
            NoDialog::ClosedUnseen => {
                "the file dialog closed before it could be seen: the system's dialog service \
                 failed"
            }
            NoDialog::TurnedOff => "the editor was started without file dialogs",
        })
    }
}

/// Why a typed path cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathProblem {
    /// Nothing was typed.
    Empty,
    /// The path starts with `~/` but the home folder is not known.
    HomeUnknown,
    /// The file's extension is not one of these (without their dots).
    WrongExtension {
        /// The path as completed.
        path: PathBuf,
        /// The extensions allowed.
        allowed: Vec<String>,
    },
    /// The path names a folder.
    IsFolder(PathBuf),
    /// The file to open does not exist.
    NoSuchFile(PathBuf),
    /// The folder to save into does not exist.
    NoSuchFolder(PathBuf),
}

impl PathProblem {
    /// The allowed extensions as a reader sees them: `.ron, .csv`.
    pub fn extensions(allowed: &[String]) -> String {
        let names: Vec<String> = allowed.iter().map(|e| format!(".{e}")).collect();
        names.join(", ")
    }
}

impl std::fmt::Display for PathProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathProblem::Empty => f.write_str("type the path of a file"),
            PathProblem::HomeUnknown => {
                f.write_str("~ cannot be used: the home folder is not known")
            }
            PathProblem::WrongExtension { path, allowed } => write!(
                f,
                "{}: the name must end in {}",
                path.display(),
                Self::extensions(allowed)
            ),
            PathProblem::IsFolder(path) => write!(f, "{}: is a folder, not a file", path.display()),
            PathProblem::NoSuchFile(path) => write!(f, "{}: no such file", path.display()),
            PathProblem::NoSuchFolder(path) => write!(f, "{}: no such folder", path.display()),
        }
    }
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
pub fn dialog_service() -> Result<(), NoDialog> {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return Ok(());
    }
    dialog_service_in(&|name| std::env::var_os(name), &|path| path.exists())
}

/// [`dialog_service`] for a given environment and file system, so it can be tested.
pub fn dialog_service_in(
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
    exists: &dyn Fn(&Path) -> bool,
) -> Result<(), NoDialog> {
    let set = |name: &str| env(name).filter(|value| !value.is_empty());
    let bus = set("DBUS_SESSION_BUS_ADDRESS").is_some()
        || set("XDG_RUNTIME_DIR").is_some_and(|dir| exists(&PathBuf::from(dir).join("bus")));
    let zenity = set("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|folder| exists(&folder.join("zenity")))
    });
    if bus || zenity {
        Ok(())
    } else {
        Err(NoDialog::NoService)
    }
}

/// Turns what a dialog returned, and how long it was open, into a [`Picked`].
pub fn classify_dialog(result: Option<PathBuf>, open_for: Duration) -> Picked {
    match result {
        Some(path) => Picked::Chosen(path),
        None if open_for < FASTEST_HUMAN_CANCEL => Picked::NoDialogService(NoDialog::ClosedUnseen),
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
) -> Result<PathBuf, PathProblem> {
    let path = expanded(text, base)?;
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
        return Err(PathProblem::WrongExtension {
            path,
            allowed: allowed.iter().map(|&e| e.to_owned()).collect(),
        });
    }
    if path.is_dir() {
        return Err(PathProblem::IsFolder(path));
    }
    if must_exist {
        if !path.is_file() {
            return Err(PathProblem::NoSuchFile(path));
        }
    } else {
        let folder = path.parent().unwrap_or(base);
        if !folder.is_dir() {
            return Err(PathProblem::NoSuchFolder(folder.to_owned()));
        }
    }
    Ok(path)
}

/// A folder typed in the field offered when no dialog can be shown (as [`typed_path`] reads
/// `~/` and relative paths); it must exist.
pub fn typed_folder(text: &str, base: &Path) -> Result<PathBuf, PathProblem> {
    let path = expanded(text, base)?;
    if path.is_dir() {
        Ok(path)
    } else {
        Err(PathProblem::NoSuchFolder(path))
    }
}

/// `text` trimmed, with `~/` (and `~\` on Windows) read as the home folder and a relative path
/// taken from `base`.
fn expanded(text: &str, base: &Path) -> Result<PathBuf, PathProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PathProblem::Empty);
    }
    // `~\` too on Windows, where the home folder is the profile's.
    let home_relative = text
        .strip_prefix("~/")
        .or_else(|| text.strip_prefix("~\\").filter(|_| cfg!(windows)));
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    let expanded = match home_relative {
        Some(rest) => match home() {
            Some(home) => PathBuf::from(home).join(rest),
            None => return Err(PathProblem::HomeUnknown),
        },
        None => PathBuf::from(text),
    };
    Ok(base.join(expanded))
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
        assert_eq!(
            typed_path("  ", base, "ron", &["ron"], false),
            Err(PathProblem::Empty)
        );
        let wrong = typed_path("map.txt", base, "ron", &["ron"], false).unwrap_err();
        assert_eq!(
            wrong,
            PathProblem::WrongExtension {
                path: base.join("map.txt"),
                allowed: vec!["ron".to_owned()]
            }
        );
        assert!(wrong.to_string().ends_with("must end in .ron"), "{wrong}");
        let missing_folder = typed_path("nowhere/map.ron", base, "ron", &["ron"], false);
        assert_eq!(
            missing_folder,
            Err(PathProblem::NoSuchFolder(base.join("nowhere")))
        );
        let missing = typed_path("map.ron", base, "ron", &["ron", "csv"], true);
        assert_eq!(missing, Err(PathProblem::NoSuchFile(base.join("map.ron"))));
        std::fs::write(base.join("map.ron"), "()").unwrap();
        assert_eq!(
            typed_path("map.ron", base, "ron", &["ron", "csv"], true).unwrap(),
            base.join("map.ron")
        );
        std::fs::create_dir(base.join("dir.ron")).unwrap();
        assert_eq!(
            typed_path("dir.ron", base, "ron", &["ron"], false),
            Err(PathProblem::IsFolder(base.join("dir.ron")))
        );
    }

    #[test]
    fn a_typed_folder_must_be_a_folder_that_exists() {
        let base = tempfile::tempdir().unwrap();
        std::fs::create_dir(base.path().join("packs")).unwrap();
        std::fs::write(base.path().join("file.ron"), "").unwrap();
        assert_eq!(
            typed_folder(" packs ", base.path()).unwrap(),
            base.path().join("packs")
        );
        assert_eq!(
            typed_folder("file.ron", base.path()),
            Err(PathProblem::NoSuchFolder(base.path().join("file.ron")))
        );
        assert_eq!(typed_folder("  ", base.path()), Err(PathProblem::Empty));
    }
}
