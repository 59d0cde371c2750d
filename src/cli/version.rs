//! What `borderflow --version` prints: the program's version, the edition of each built-in rule
//! pack and the commit the binary was built from (`unknown` when built outside a git checkout).
//! The commit is in this text only: no output file depends on it.

use std::sync::OnceLock;

use super::say;
use crate::rules::Rulebook;

/// The commit the build script found, or `unknown`.
const COMMIT: &str = env!("BORDERFLOW_COMMIT");

/// The text after the program's name in `borderflow --version`, e.g.
/// `0.1.0`, then `rule packs: general 2027-01, …` and `commit: 3bbb7196f` on their own lines.
pub fn long_version() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let packs = match Rulebook::builtin() {
            Ok(book) => book.version(),
            Err(error) => error.to_string(),
        };
        let commit = if COMMIT == "unknown" {
            say("cli-version-commit-unknown", &[])
        } else {
            COMMIT.to_owned()
        };
        format!(
            "{}\n{}\n{}",
            env!("CARGO_PKG_VERSION"),
            say("cli-version-rules", &[("packs", packs.into())]),
            say("cli-version-commit", &[("commit", commit.into())]),
        )
    })
}
