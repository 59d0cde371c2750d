//! The Windows build, run under Wine on the samples, writes every output the same bytes as this
//! build: `check` (table and JSON), `report` (PDF, Word, HTML, Markdown), `export` (SVG, PNG,
//! PDF), `register` (XLSX, CSV) and `bundle` (zip and folder), and prints the same text. It also
//! refuses the device names Windows reserves.
//!
//! CI does not cross-build, so there this test skips, saying why; so it does wherever Wine or
//! the exe is absent. `scripts/release windows` builds the exe (into this build's target folder,
//! or set BORDERFLOW_WINDOWS_EXE), `apt-get install wine wine64` brings Wine, and the test makes
//! the `ProcessPrng` stand-in Wine 8 needs with `scripts/release wine-stub` (MinGW-w64).

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The evaluation date of every command, so the runs agree whatever day they run.
const AS_OF: &str = "2027-03-01";

/// The samples run through every command: English, Traditional Chinese and Portuguese maps, and
/// an inventory CSV.
const SAMPLES: [&str; 4] = [
    "lotus-trading-dingtalk.ron",
    "pearl-delta-hengqin-zh.ron",
    "lotus-trading-dingtalk-pt.ron",
    "banco-estrela-evidence.csv",
];

/// The output names each command writes for one sample (`{}` is the sample's stem), with the
/// command's arguments before `-o`.
const OUTPUTS: [(&str, &str); 11] = [
    ("report", "{}.pdf"),
    ("report", "{}.docx"),
    ("report", "{}.html"),
    ("report", "{}.md"),
    ("export", "{}-diagram.svg"),
    ("export", "{}-diagram.png"),
    ("export", "{}-diagram.pdf"),
    ("register", "{}-register.xlsx"),
    ("register", "{}-register.csv"),
    ("bundle", "{}-bundle.zip"),
    ("bundle", "{}-bundle"),
];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The target folder this test was built in (the Linux binary is in its `debug`).
fn target_dir() -> PathBuf {
    let linux = Path::new(env!("CARGO_BIN_EXE_borderflow"));
    linux.ancestors().nth(2).unwrap().to_owned()
}

fn windows_exe() -> PathBuf {
    std::env::var_os("BORDERFLOW_WINDOWS_EXE").map_or_else(
        || target_dir().join("x86_64-pc-windows-gnu/release/borderflow.exe"),
        PathBuf::from,
    )
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|folder| folder.join(program).is_file())
    })
}

/// The stand-in `bcryptprimitives.dll`, made when missing; `None` when it cannot be.
fn wine_stub() -> Option<PathBuf> {
    let stub = target_dir().join("wine/bcryptprimitives.dll");
    if !stub.is_file() || !holder().is_file() {
        let made = Command::new(manifest_dir().join("scripts/release"))
            .arg("wine-stub")
            .env("CARGO_TARGET_DIR", target_dir())
            .status();
        if !made.is_ok_and(|status| status.success()) {
            return None;
        }
    }
    Some(stub)
}

/// The program that holds a file open as Word or Excel does (made with the stand-in DLL).
fn holder() -> PathBuf {
    target_dir().join("wine/hold.exe")
}

/// What is needed to run the exe, or why the test skips.
struct Windows {
    /// The folder holding `borderflow.exe` and the stand-in DLL beside it.
    bin: tempfile::TempDir,
    prefix: PathBuf,
}

impl Windows {
    fn find() -> Result<Self, String> {
        let exe = windows_exe();
        if !exe.is_file() {
            return Err(format!(
                "no Windows build at {} (scripts/release windows makes it; CI does not \
                 cross-build)",
                exe.display()
            ));
        }
        if !on_path("wine") {
            return Err("Wine is not installed (apt-get install wine wine64)".to_owned());
        }
        let stub = wine_stub().ok_or(
            "the ProcessPrng stand-in for Wine 8 could not be made (apt-get install \
             gcc-mingw-w64-x86-64)",
        )?;
        let bin = tempfile::tempdir().unwrap();
        std::fs::copy(&exe, bin.path().join("borderflow.exe")).unwrap();
        std::fs::copy(&stub, bin.path().join("bcryptprimitives.dll")).unwrap();
        // One Wine prefix for every run, kept beside the build: making one takes a while.
        let prefix = target_dir().join("wine/prefix");
        std::fs::create_dir_all(&prefix).unwrap();
        Ok(Self { bin, prefix })
    }

    /// Runs the exe under Wine in `folder`, in English, without the system's fonts.
    fn run(&self, folder: &Path, args: &[&str]) -> Output {
        self.wine(&self.bin.path().join("borderflow.exe"), folder)
            .args(args)
            .output()
            .unwrap()
    }

    /// The command that runs the Windows program `exe` under Wine in `folder`.
    fn wine(&self, exe: &Path, folder: &Path) -> Command {
        let mut command = Command::new("wine");
        command
            .arg(exe)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // The stand-in DLL beside the exe before Wine's own; no Mono or Gecko installer.
            .env("WINEDLLOVERRIDES", "bcryptprimitives=n,b;mscoree,mshtml=")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        same_conditions(&mut command, folder);
        command
    }
}

/// Runs this build (Linux) in `folder`, in English, without the system's fonts.
fn linux(folder: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_borderflow"));
    command.args(args);
    same_conditions(&mut command, folder).output().unwrap()
}

/// Both runs in the same language, with the bundled fonts only (the relative `no-fonts`
/// folder is empty in both), in a folder holding copies of the samples.
fn same_conditions<'c>(command: &'c mut Command, folder: &Path) -> &'c mut Command {
    command
        .current_dir(folder)
        .env("LC_ALL", "C")
        .env("BORDERFLOW_FONT_DIRS", "no-fonts")
}

/// A folder with copies of the samples and an empty `no-fonts` folder.
fn workspace() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for sample in SAMPLES {
        std::fs::copy(
            manifest_dir().join("samples").join(sample),
            folder.path().join(sample),
        )
        .unwrap();
    }
    std::fs::create_dir(folder.path().join("no-fonts")).unwrap();
    folder
}

/// Every command of the comparison for one sample: (name of the run, arguments).
fn commands(sample: &str) -> Vec<(String, Vec<String>)> {
    let stem = Path::new(sample).file_stem().unwrap().to_string_lossy();
    let mut runs = vec![
        (
            format!("check {sample}"),
            vec!["check", sample, "--as-of", AS_OF],
        ),
        (
            format!("check --json {sample}"),
            vec!["check", sample, "--json", "--as-of", AS_OF],
        ),
    ]
    .into_iter()
    .map(|(name, args)| (name, args.into_iter().map(str::to_owned).collect()))
    .collect::<Vec<_>>();
    for (command, pattern) in OUTPUTS {
        let output = pattern.replace("{}", &stem);
        let args = [command, sample, "-o", &output, "--as-of", AS_OF];
        runs.push((
            format!("{command} -o {output}"),
            args.iter().map(|arg| (*arg).to_owned()).collect(),
        ));
    }
    runs
}

/// Every file under `folder`, as paths relative to it with `/`, sorted.
fn files_under(folder: &Path) -> Vec<String> {
    fn walk(root: &Path, folder: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, found);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                let parts: Vec<_> = relative.iter().map(|part| part.to_string_lossy()).collect();
                found.push(parts.join("/"));
            }
        }
    }
    let mut found = Vec::new();
    walk(folder, folder, &mut found);
    found.sort();
    found
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_windows_build_under_wine_writes_the_same_bytes_as_the_linux_build() {
    let windows = match Windows::find() {
        Ok(windows) => windows,
        Err(why) => {
            eprintln!("skipped: {why}");
            return;
        }
    };
    let here = manifest_dir();
    let linux_version = linux(here, &["--version"]);
    let windows_version = windows.run(here, &["--version"]);
    assert!(
        windows_version.status.success(),
        "{}",
        text(&windows_version.stderr)
    );
    if linux_version.stdout != windows_version.stdout {
        let (ours, theirs) = (text(&linux_version.stdout), text(&windows_version.stdout));
        // A Windows build of another commit is stale, not wrong: build it again to compare.
        let commit = |version: &str| version.lines().last().unwrap_or_default().to_owned();
        assert_ne!(
            commit(&ours),
            commit(&theirs),
            "--version differs:\n{ours}\n{theirs}"
        );
        eprintln!(
            "skipped: the Windows build is of another commit ({}; this build {}): run \
             scripts/release windows again",
            commit(&theirs),
            commit(&ours)
        );
        return;
    }

    let (on_linux, on_windows) = (workspace(), workspace());
    let mut compared = 0;
    for sample in SAMPLES {
        for (name, args) in commands(sample) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let ours = linux(on_linux.path(), &args);
            let theirs = windows.run(on_windows.path(), &args);
            assert!(
                ours.status.success(),
                "{name} on Linux: {}",
                text(&ours.stderr)
            );
            assert_eq!(
                ours.status.code(),
                theirs.status.code(),
                "{name}: {}",
                text(&theirs.stderr)
            );
            assert!(
                ours.stdout == theirs.stdout,
                "{name}: the printed text differs:\n{}\n---\n{}",
                text(&ours.stdout),
                text(&theirs.stdout)
            );
            assert!(
                ours.stderr == theirs.stderr,
                "{name}: the notes differ:\n{}\n---\n{}",
                text(&ours.stderr),
                text(&theirs.stderr)
            );
            compared += 1;
        }
    }
    let ours = files_under(on_linux.path());
    assert_eq!(
        ours,
        files_under(on_windows.path()),
        "the two runs wrote different files"
    );
    for name in &ours {
        let a = std::fs::read(on_linux.path().join(name)).unwrap();
        let b = std::fs::read(on_windows.path().join(name)).unwrap();
        assert!(
            a == b,
            "{name}: {} bytes on Linux, {} on Windows, not the same",
            a.len(),
            b.len()
        );
    }
    // Every kind of output was there to compare: PDF, Word, HTML, Markdown and its SVG, PNG,
    // XLSX, CSV, the bundle's zip and its folder's manifest.
    for ending in [
        ".pdf",
        ".docx",
        ".html",
        ".md",
        ".svg",
        ".png",
        ".xlsx",
        ".csv",
        ".zip",
        "MANIFEST.txt",
    ] {
        assert!(
            ours.iter().any(|name| name.ends_with(ending)),
            "no {ending} among {ours:?}"
        );
    }
    eprintln!(
        "{compared} runs and {} files the same on Linux and under Wine",
        ours.len()
    );

    held_open_is_refused_and_kept(&windows, on_windows.path());

    // A device name is refused on Windows, with nothing written.
    let refused = windows.run(on_windows.path(), &["export", SAMPLES[0], "-o", "CON.svg"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("a name Windows keeps for a device"),
        "{}",
        text(&refused.stderr)
    );
}

/// A register written over a file another program holds open (as Excel holds a workbook): the
/// save fails saying so, the file is as it was, and no temporary file is left.
fn held_open_is_refused_and_kept(windows: &Windows, folder: &Path) {
    use std::io::{BufRead as _, BufReader};
    let stem = Path::new(SAMPLES[0]).file_stem().unwrap().to_string_lossy();
    let held = format!("{stem}-register.csv");
    let before = std::fs::read(folder.join(&held)).unwrap();
    let mut holder = windows
        .wine(&holder(), folder)
        .arg(&held)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "held");
    let refused = windows.run(
        folder,
        &["register", "pearl-delta-hengqin-zh.ron", "-o", &held],
    );
    drop(holder.stdin.take());
    assert!(holder.wait().unwrap().success());
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("is open in another program"),
        "{}",
        text(&refused.stderr)
    );
    assert_eq!(
        std::fs::read(folder.join(&held)).unwrap(),
        before,
        "the held file changed"
    );
    let left: Vec<String> = files_under(folder)
        .into_iter()
        .filter(|name| name.contains(".saving-"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}
