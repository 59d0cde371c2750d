//! The `borderflow` binary: parse the command line and hand over to the library.
//!
//! Exit codes: 0 success, 1 any error (usage errors included), 2 `check --fail-on` found a
//! finding at or above the threshold (or `diff --fail-on-resign` a re-sign verdict); `merge`
//! exits 1 when it left conflicts, as git expects of a merge driver.

use std::io::Write as _;
use std::process::ExitCode;

use borderflow::cli::{Cli, Exit, long_version, run};
use clap::{CommandFactory as _, FromArgMatches as _};

fn main() -> ExitCode {
    // `--version` adds the rule packs' editions and the build's commit to the version (`-V`
    // prints the version alone); the packs are read for it only when it is asked for.
    let mut command = Cli::command();
    if std::env::args_os().any(|arg| arg == "--version") {
        command = command.long_version(long_version());
    }
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to stdout with 0; a usage error is an error like any other,
            // so it exits with 1 and leaves 2 to mean "findings at or above --fail-on".
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(Exit::Success) => ExitCode::SUCCESS,
        Ok(Exit::FindingsAtOrAbove) => ExitCode::from(2),
        Ok(Exit::Conflicts) => ExitCode::FAILURE,
        Err(error) => {
            // A closed standard error loses the message, never the exit code.
            let _ = writeln!(std::io::stderr(), "error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
