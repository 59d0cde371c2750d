//! Keeping unsaved work safe: recovery copies handed to the autosave worker while the user
//! edits, written once more when the window closes, and when the system ends the process.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use egui::Context;

use super::BorderflowApp;
use crate::app::theme;

/// How long the window waits for the worker to write the last copy as it closes.
const FLUSH_ON_EXIT: Duration = Duration::from_secs(10);

/// How long the termination handler waits for the window to hand over its newest work before
/// it writes the last copy the worker was given.
const WAIT_FOR_WINDOW: Duration = Duration::from_millis(1500);

/// What the termination handler (on its own thread) and the window tell each other.
#[derive(Debug, Default)]
pub(super) struct Termination {
    /// The system asked the process to end.
    asked: AtomicBool,
    /// The window has handed its newest work to the worker.
    answered: AtomicBool,
}

impl BorderflowApp {
    /// Hands a recovery copy to the worker when there are changes it has not seen and the
    /// last copy is old enough, and answers a termination request at once.
    pub(super) fn autosave(&mut self, ctx: &Context) {
        if self.termination.asked.load(Ordering::Acquire) {
            if self.has_unprotected_work() {
                self.submit_recovery_copy();
            }
            self.termination.answered.store(true, Ordering::Release);
            return;
        }
        if self.recovery_copy_outlived() {
            // Saved, undone back to saved or replaced by a clean file: no copy may outlive
            // the work it protected (the next start would offer to restore a clean file).
            self.autosaver.clear();
            self.autosaved_revision = self.document.revision();
        }
        let now = ctx.input(|input| input.time);
        if self.has_unprotected_work() && now - self.last_autosave >= theme::AUTOSAVE_SECS {
            self.submit_recovery_copy();
            self.last_autosave = now;
        }
        ctx.request_repaint_after(Duration::from_secs_f64(theme::AUTOSAVE_SECS));
    }

    /// Changes the worker has not been given yet (and that the user has not chosen to drop).
    fn has_unprotected_work(&self) -> bool {
        self.document.is_dirty()
            && !self.allowed_to_close
            && self.autosaved_revision != self.document.revision()
    }

    /// The document is clean at a revision the worker has not seen: any recovery copy is of
    /// work that is no longer unsaved. Never while the start's recovery question waits.
    fn recovery_copy_outlived(&self) -> bool {
        !self.document.is_dirty()
            && self.autosaved_revision != self.document.revision()
            && !self.recovery_question_open()
    }

    fn submit_recovery_copy(&mut self) {
        self.autosaver
            .submit(self.map().clone(), self.document.path.clone());
        self.autosaved_revision = self.document.revision();
    }

    /// Why unsaved work is not protected, while the last autosave failed.
    pub(super) fn autosave_failure(&self) -> Option<String> {
        self.autosaver.state().failure
    }

    /// On a clean close: unsaved work the user did not drop is written once more; otherwise
    /// the recovery copy goes. Waits for the worker either way.
    pub(super) fn write_or_clear_recovery_before_exit(&mut self) {
        if self.recovery_question_open() {
            // The copy belongs to the question nobody answered yet: it waits for the next
            // start, untouched.
            self.autosaver.flush(FLUSH_ON_EXIT);
            return;
        }
        if self.document.is_dirty() && !self.allowed_to_close {
            if self.autosaved_revision != self.document.revision() {
                self.submit_recovery_copy();
            }
        } else {
            self.autosaver.clear();
        }
        self.autosaver.flush(FLUSH_ON_EXIT);
    }

    /// Makes SIGTERM, SIGHUP (logout) and Ctrl+C write the unsaved work before the process
    /// ends: the handler asks the window for its newest work, waits briefly for it, and then
    /// waits for the worker to write it. Once per process: the window's own run calls it.
    pub fn write_unsaved_work_on_termination(&mut self, ctx: Context) {
        let termination = Arc::clone(&self.termination);
        let autosaver = Arc::clone(&self.autosaver);
        let registered = crate::io::autosave::on_termination(move || {
            termination.asked.store(true, Ordering::Release);
            ctx.request_repaint();
            let started = Instant::now();
            while !termination.answered.load(Ordering::Acquire)
                && started.elapsed() < WAIT_FOR_WINDOW
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            autosaver.flush(FLUSH_ON_EXIT);
        });
        if let Err(error) = registered {
            self.status = Some(crate::app::words::tw(
                "ui-termination-unprotected",
                &[("reason", error.to_string().into())],
            ));
        }
    }
}
