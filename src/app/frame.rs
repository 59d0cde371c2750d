//! The frame context every panel is given: the view of the document's current revision, the
//! state the panels share, and the two queues a panel writes to: edits of the document (applied
//! as undoable steps at the end of the frame) and requests to other panels.
//!
//! A panel is a struct holding its own state with a `ui(&mut self, ui, &mut FrameContext)`
//! method, so a test can build a context from a sample and drive one panel alone.

use egui::Rect;

use super::edit::PendingEdit;
use super::requests::{Request, Requests};
use super::state::{Selection, SharedState, Workspace};
use super::view::View;
use crate::presets::Library;

/// What a panel reads and writes in one frame.
pub struct FrameContext<'f> {
    /// The view of the current revision (a narrowed canvas shows part of it).
    pub view: View<'f>,
    /// What the panels share.
    pub shared: &'f mut SharedState,
    /// Document changes, applied at the end of the frame.
    pub edits: &'f mut Vec<PendingEdit>,
    /// Requests to other panels.
    pub requests: &'f mut Requests,
    /// The presets new sites are made from.
    pub presets: &'f Library,
}

impl<'f> FrameContext<'f> {
    /// A context over `view` and the rest.
    pub fn new(
        view: View<'f>,
        shared: &'f mut SharedState,
        edits: &'f mut Vec<PendingEdit>,
        requests: &'f mut Requests,
        presets: &'f Library,
    ) -> Self {
        Self {
            view,
            shared,
            edits,
            requests,
            presets,
        }
    }

    /// The same context over another view (the part of the map a narrowed canvas shows).
    pub fn showing<'s>(&'s mut self, view: View<'s>) -> FrameContext<'s> {
        FrameContext {
            view,
            shared: self.shared,
            edits: self.edits,
            requests: self.requests,
            presets: self.presets,
        }
    }

    /// Queues a document change.
    pub fn edit(&mut self, edit: PendingEdit) {
        self.edits.push(edit);
    }

    /// Asks another panel for something.
    pub fn request(&mut self, request: Request) {
        self.requests.push(request);
    }

    /// Selects `selection`, shows the map and asks the canvas to bring `rect_in_map` (where
    /// the selection is) into view.
    pub fn select_and_reveal(&mut self, selection: Selection, rect_in_map: Option<Rect>) {
        self.shared.select_only(selection);
        self.shared.set_workspace(Workspace::Map);
        if let Some(rect) = rect_in_map {
            self.requests.push(Request::Reveal(rect));
        }
    }
}
