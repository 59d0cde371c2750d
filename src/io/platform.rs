//! What differs between Windows, macOS and Linux for the files borderflow writes: where the
//! editor keeps its own folder, the device names Windows reserves, and what Windows says when
//! another program holds a file open. Each is a plain function of its inputs (the system is a
//! parameter), so every system's tests check every system's answer.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// The systems whose conventions differ here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum System {
    /// Windows: `%APPDATA%`, drive letters, reserved device names.
    Windows,
    /// macOS: `~/Library/Application Support`.
    MacOs,
    /// Linux and the other Unix systems: the XDG folders.
    Unix,
}

impl System {
    /// The system this program was built for.
    pub const fn this() -> Self {
        if cfg!(windows) {
            System::Windows
        } else if cfg!(target_os = "macos") {
            System::MacOs
        } else {
            System::Unix
        }
    }
}

/// Device names Windows reserves in every folder, whatever the extension (`CON.ron` too).
/// Windows 10 and 11 take the superscript digits as COM and LPT numbers as well.
pub(crate) const RESERVED_ON_WINDOWS: [&str; 30] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "com¹", "com²", "com³", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
    "lpt9", "lpt¹", "lpt²", "lpt³", "conin$", "conout$",
];

/// Whether the file name `name` is one of the devices Windows reserves: its part before the
/// first dot, less trailing spaces, is `CON`, `NUL`, `COM1`… in any letter case. Writing to
/// such a name on Windows goes to the device (or nowhere), not to a file.
pub fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches(' ');
    RESERVED_ON_WINDOWS.contains(&stem.to_lowercase().as_str())
}

/// The reserved device name that `path`'s file name is on `system` (only Windows reserves
/// any), for a refusal to name; `None` when the name is an ordinary file's.
pub fn reserved_file_name(path: &Path, system: System) -> Option<String> {
    if system != System::Windows {
        return None;
    }
    let name = path.file_name()?.to_string_lossy();
    is_reserved_on_windows(&name).then(|| name.into_owned())
}

/// The editor's own folder (recent files, recovery copies, the user's presets) on `system`,
/// from the environment `var` reads: `%APPDATA%\borderflow` on Windows (else the profile's
/// `AppData\Roaming`), `~/Library/Application Support/borderflow` on macOS, and
/// `$XDG_DATA_HOME/borderflow` else `~/.local/share/borderflow` on Linux. A relative value is
/// ignored, as the XDG rules say; `None` when no home is known.
pub fn user_folder(system: System, var: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |name: &str| {
        var(name)
            .map(PathBuf::from)
            .filter(|path| is_absolute_on(path, system))
    };
    let base = match system {
        System::Windows => absolute("APPDATA").or_else(|| {
            absolute("USERPROFILE").map(|profile| profile.join("AppData").join("Roaming"))
        }),
        System::MacOs => {
            absolute("HOME").map(|home| home.join("Library").join("Application Support"))
        }
        System::Unix => absolute("XDG_DATA_HOME")
            .or_else(|| absolute("HOME").map(|home| home.join(".local").join("share"))),
    };
    base.map(|base| base.join("borderflow"))
}

/// Whether `path` is absolute on `system`: on Windows a drive letter and a backslash or slash
/// (`C:\Users`, `D:/maps`) or a share (`\\server\share`), which a Linux test must tell apart
/// from a relative `C:maps` too.
pub fn is_absolute_on(path: &Path, system: System) -> bool {
    let text = path.to_string_lossy();
    if system != System::Windows {
        return text.starts_with('/');
    }
    let bytes = text.as_bytes();
    let drive = bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && matches!(bytes[2], b'\\' | b'/');
    let share = text.starts_with(r"\\") || text.starts_with("//");
    drive || share
}

/// Whether the operating system refused to replace or write a file because another program
/// has it open (Windows: a sharing or lock violation, or access denied, as Word and Excel
/// cause), on `system`. Unix systems let a file be replaced while it is open.
pub fn held_by_another_program(error: &io::Error, system: System) -> bool {
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    system == System::Windows && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn the_editor_keeps_its_folder_where_each_system_expects_it() {
        let windows = env(&[
            ("APPDATA", r"C:\Users\Ana\AppData\Roaming"),
            ("HOME", "/home/ana"),
        ]);
        let folder = user_folder(System::Windows, &windows).unwrap();
        assert_eq!(
            folder,
            Path::new(r"C:\Users\Ana\AppData\Roaming").join("borderflow")
        );
        // No APPDATA: the profile's roaming folder; a relative APPDATA is not trusted.
        let profile = env(&[("APPDATA", "Roaming"), ("USERPROFILE", r"D:\Perfis\ana")]);
        let folder = user_folder(System::Windows, &profile).unwrap();
        assert!(folder.starts_with(r"D:\Perfis\ana"), "{folder:?}");
        assert!(folder.ends_with(Path::new("AppData").join("Roaming").join("borderflow")));
        assert_eq!(user_folder(System::Windows, &env(&[("HOME", "/h")])), None);

        let unix = env(&[("XDG_DATA_HOME", "/data/ana"), ("HOME", "/home/ana")]);
        let folder = user_folder(System::Unix, &unix).unwrap();
        assert_eq!(folder, Path::new("/data/ana/borderflow"));
        let folder = user_folder(System::Unix, &env(&[("HOME", "/home/ana")])).unwrap();
        assert_eq!(folder, Path::new("/home/ana/.local/share/borderflow"));
        let folder = user_folder(System::MacOs, &env(&[("HOME", "/Users/ana")])).unwrap();
        assert_eq!(
            folder,
            Path::new("/Users/ana/Library/Application Support/borderflow")
        );
    }

    #[test]
    fn drive_letters_and_shares_are_absolute_on_windows_only() {
        for absolute in [r"C:\maps\lotus.ron", "d:/maps", r"\\server\share\lotus.ron"] {
            assert!(
                is_absolute_on(Path::new(absolute), System::Windows),
                "{absolute}"
            );
        }
        for relative in [r"C:maps", r"maps\lotus.ron", "lotus.ron", ""] {
            assert!(
                !is_absolute_on(Path::new(relative), System::Windows),
                "{relative}"
            );
        }
        assert!(!is_absolute_on(Path::new(r"C:\maps"), System::Unix));
        assert!(is_absolute_on(Path::new("/home/ana"), System::Unix));
    }

    #[test]
    fn windows_device_names_are_found_in_any_case_and_with_any_extension() {
        for reserved in [
            "CON",
            "con.pdf",
            "Nul.register.xlsx",
            "COM1.svg",
            "lpt9",
            "aux .md",
        ] {
            assert!(is_reserved_on_windows(reserved), "{reserved}");
            let path = Path::new("out").join(reserved);
            assert_eq!(
                reserved_file_name(&path, System::Windows).as_deref(),
                Some(reserved)
            );
            assert_eq!(reserved_file_name(&path, System::Unix), None);
        }
        for ordinary in [
            "console.pdf",
            "com10.svg",
            "nul_report.md",
            "lotus.ron",
            "CONS",
        ] {
            assert!(!is_reserved_on_windows(ordinary), "{ordinary}");
        }
        assert_eq!(
            reserved_file_name(Path::new(r"C:\out\"), System::Windows),
            None
        );
    }

    #[test]
    fn a_file_held_open_is_told_apart_on_windows() {
        let sharing = io::Error::from_raw_os_error(32);
        assert!(held_by_another_program(&sharing, System::Windows));
        assert!(!held_by_another_program(&sharing, System::Unix));
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert!(!held_by_another_program(&missing, System::Windows));
    }
}
