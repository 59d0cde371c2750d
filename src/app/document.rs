//! The open document: the map, where it lives on disk, and its undo history.

use std::path::PathBuf;

use super::edit::{Edit, MergeKey};
use crate::model::{EditError, Map};

/// One undoable step.
#[derive(Clone, Debug)]
struct Step {
    label: String,
    forward: Edit,
    inverse: Edit,
    /// Consecutive steps with the same key (typing in one field, one drag) merge into one.
    merge_key: Option<MergeKey>,
    /// Identifies the map state this step leads to, for the unsaved-changes mark.
    state: u64,
}

/// A map being edited.
#[derive(Debug)]
pub struct Document {
    map: Map,
    /// The file it was opened from or last saved to; `None` until saved.
    pub path: Option<PathBuf>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_state: u64,
    saved_state: u64,
    /// Bumped on every change, so views know when to rebuild.
    revision: u64,
}

/// The last revision handed out: revisions are unique across every document of the process,
/// so nothing remembered for one file's revision (the overview's counts, the minimap) is taken
/// for another's.
static LAST_REVISION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_revision() -> u64 {
    LAST_REVISION.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

/// How many steps are kept.
const HISTORY_LIMIT: usize = 500;

impl Document {
    /// A document for `map`, unchanged since it was loaded from `path`.
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        Self {
            map,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            next_state: 1,
            saved_state: 0,
            revision: next_revision(),
        }
    }

    /// The map.
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// Changes whenever the map changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn current_state(&self) -> u64 {
        self.undo.last().map_or(0, |step| step.state)
    }

    /// The map differs from the file on disk (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.current_state() != self.saved_state
    }

    /// Marks the current state as saved at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.saved_state = self.current_state();
        self.path = Some(path);
    }

    /// Marks the document as never saved (e.g. a restored recovery file, an import).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// Applies an edit as one undoable step. With a `merge_key` equal to the previous step's,
    /// the two become one step (its undo goes back to before the first).
    pub fn apply(
        &mut self,
        label: impl Into<String>,
        edit: Edit,
        merge_key: Option<MergeKey>,
    ) -> Result<(), EditError> {
        let forward = edit.clone();
        let inverse = edit.apply(&mut self.map)?;
        self.revision = next_revision();
        self.redo.clear();
        let state = self.next_state;
        self.next_state += 1;
        if let (Some(key), Some(top)) = (&merge_key, self.undo.last_mut())
            && top.merge_key.as_ref() == Some(key)
        {
            top.forward = forward;
            top.state = state;
            return Ok(());
        }
        self.undo.push(Step {
            label: label.into(),
            forward,
            inverse,
            merge_key,
            state,
        });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Changes the map outside the undo history, for bookkeeping the user did not do (the
    /// modified date stamped on save). Undo never walks back over it.
    pub fn amend_without_history(&mut self, amend: impl FnOnce(&mut Map)) {
        amend(&mut self.map);
        self.revision = next_revision();
    }

    /// Ends merging: the next edit starts a new step even with the same key.
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge_key = None;
        }
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Undoes the last step. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(mut step) = self.undo.pop() else {
            return false;
        };
        match step.inverse.clone().apply(&mut self.map) {
            Ok(_) => {
                step.merge_key = None;
                self.revision = next_revision();
                self.redo.push(step);
                true
            }
            Err(_) => {
                // The history no longer fits the map (it never should): drop it rather than
                // corrupt the map further.
                self.undo.clear();
                self.redo.clear();
                false
            }
        }
    }

    /// Redoes the last undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        match step.forward.clone().apply(&mut self.map) {
            Ok(_) => {
                self.revision = next_revision();
                self.undo.push(step);
                true
            }
            Err(_) => {
                self.redo.clear();
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_map;
    use crate::model::{FlowId, SiteId};

    fn document() -> Document {
        let map = parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap();
        Document::new(map, None)
    }

    fn retention(document: &Document) -> Option<u32> {
        document
            .map()
            .flow(&FlowId::new("payroll-chat").unwrap())
            .unwrap()
            .flow
            .retention_days
    }

    fn set_retention(
        document: &mut Document,
        days: u32,
        key: Option<crate::app::fields::FlowField>,
    ) {
        let mut flow = document
            .map()
            .flow(&FlowId::new("payroll-chat").unwrap())
            .unwrap()
            .flow
            .clone();
        flow.retention_days = Some(days);
        document
            .apply(
                "Set retention",
                Edit::ReplaceFlow(flow),
                key.map(|field| MergeKey::Flow(FlowId::new("payroll-chat").unwrap(), field)),
            )
            .unwrap();
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let mut document = document();
        let original = document.map().clone();
        set_retention(&mut document, 30, None);
        set_retention(&mut document, 60, None);
        assert!(document.undo());
        assert_eq!(retention(&document), Some(30));
        assert!(document.undo());
        assert_eq!(document.map(), &original);
        assert!(!document.undo());
        assert!(document.redo() && document.redo());
        assert_eq!(retention(&document), Some(60));
        assert!(!document.redo());
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut document = document();
        for days in [3, 36, 365] {
            set_retention(
                &mut document,
                days,
                Some(crate::app::fields::FlowField::Retention),
            );
        }
        assert_eq!(retention(&document), Some(365));
        assert!(document.undo());
        assert_eq!(retention(&document), None);
        assert!(!document.undo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut document = document();
        set_retention(&mut document, 30, None);
        document.undo();
        set_retention(&mut document, 90, None);
        assert!(!document.redo());
    }

    #[test]
    fn the_dirty_mark_follows_undo_back_to_the_saved_state() {
        let mut document = document();
        assert!(!document.is_dirty());
        set_retention(&mut document, 30, None);
        assert!(document.is_dirty());
        document.undo();
        assert!(!document.is_dirty());
        set_retention(&mut document, 30, None);
        document.mark_saved("x.ron".into());
        assert!(!document.is_dirty());
        document.undo();
        assert!(document.is_dirty());
        document.redo();
        assert!(!document.is_dirty());
    }

    #[test]
    fn an_amendment_is_not_an_undo_step() {
        let mut document = document();
        set_retention(&mut document, 30, None);
        let date = crate::model::Date::new(2026, 11, 22);
        document.amend_without_history(|map| map.meta.modified = date);
        assert_eq!(document.undo_label(), Some("Set retention"));
        assert!(document.undo());
        assert_eq!(
            document.map().meta.modified,
            date,
            "undo leaves the amendment alone"
        );
        assert_eq!(retention(&document), None);
    }

    #[test]
    fn a_refused_edit_leaves_no_step() {
        let mut document = document();
        let missing = Edit::RemoveSite(SiteId::new("nowhere").unwrap());
        assert!(document.apply("Delete", missing, None).is_err());
        assert_eq!(document.undo_label(), None);
        assert!(!document.is_dirty());
    }
}
