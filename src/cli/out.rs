//! What the command line prints: standard output that a closed pipe ends quietly and a full
//! disk turns into an error naming it, and notes on standard error that never stop a run.

use std::fmt::Display;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

use super::say;

/// Set once standard output's reader has gone (`borderflow check MAP | head -1`): what is
/// left to print is dropped, and the command ends as it would have.
static READER_GONE: AtomicBool = AtomicBool::new(false);

/// Why standard output could not take what was printed.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct OutputError {
    message: String,
}

/// Prints `text` and a line break on standard output.
pub(super) fn line(text: impl Display) -> Result<(), OutputError> {
    text_only(format_args!("{text}\n"))
}

/// Prints `text` on standard output as it is.
pub(super) fn text_only(text: impl Display) -> Result<(), OutputError> {
    if READER_GONE.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    match write!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            READER_GONE.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(error) => Err(OutputError {
            message: say("cli-stdout-failed", &[("error", error.to_string().into())]),
        }),
    }
}

/// Prints a note on standard error; a closed or full standard error loses the note, never the
/// run.
pub(super) fn note(text: impl Display) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
