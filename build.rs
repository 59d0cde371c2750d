//! The build script: the commit the binary is built from, which only `borderflow --version`
//! prints (no output file depends on it), and for the Windows exe its icon and version resource.

use std::path::Path;
use std::process::Command;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    let root = std::env::var("CARGO_MANIFEST_DIR")?;
    let commit = commit(Path::new(&root)).unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=BORDERFLOW_COMMIT={commit}");
    #[cfg(feature = "windows-resources")]
    windows_resources()?;
    Ok(())
}

/// The short hash of `HEAD`, where the sources are a git checkout and git runs; `None`
/// otherwise (a source archive, a machine without git). The script runs again only when `HEAD`,
/// the branch it names or the packed refs change, so a build that changes none of them does
/// not rebuild for it.
fn commit(root: &Path) -> Option<String> {
    if !root.join(".git").exists() {
        return None;
    }
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()?;
        let text = String::from_utf8(output.stdout).ok()?;
        (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
    };
    let branch = git(&["symbolic-ref", "-q", "HEAD"]);
    let mut watched = vec![git(&["rev-parse", "--git-path", "HEAD"])];
    watched.push(branch.and_then(|branch| git(&["rev-parse", "--git-path", &branch])));
    watched.push(git(&["rev-parse", "--git-path", "packed-refs"]));
    for path in watched.into_iter().flatten() {
        let path = root.join(path);
        // A path that does not exist would make cargo run the script on every build.
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    git(&["rev-parse", "--short=9", "HEAD"])
}

/// The icon and the version resource (product, version, description) of the Windows exe,
/// compiled with MinGW's `windres` when the target is Windows.
#[cfg(feature = "windows-resources")]
fn windows_resources() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    println!("cargo:rerun-if-changed=assets/icons/borderflow.ico");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/borderflow.ico")
        .set("ProductName", "borderflow")
        .set(
            "FileDescription",
            "borderflow: personal-data flows, the law and the DPIA",
        )
        .set("OriginalFilename", "borderflow.exe")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    resource.compile()?;
    Ok(())
}
