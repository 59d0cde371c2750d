//! The modal questions and messages the editor can show, as data: what `dialogs` draws and
//! what the other parts of the editor ask it to show.

use std::path::PathBuf;

use super::purpose::PathField;
use crate::io::recovery::DiskChange;
use crate::model::Map;

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug)]
pub(super) enum AfterPrompt {
    New,
    Open(Option<PathBuf>),
    Quit,
}

/// A modal question or message.
#[derive(Debug)]
pub(super) enum Dialog {
    /// Unsaved changes would be lost.
    UnsavedChanges(AfterPrompt),
    /// A previous session left unsaved work.
    Recovery(Box<Map>, Option<PathBuf>),
    /// "Discard" was pressed on the recovery question: asked once more, since it deletes.
    ConfirmDiscard(Box<Map>, Option<PathBuf>),
    /// The document's file was changed or removed by another program since it was read.
    ChangedOnDisk(PathBuf, DiskChange),
    /// No file dialog could be shown: a path is typed instead.
    TypePath(PathField),
    /// Something went wrong; the message names the file and the problem.
    Error(String, String),
    /// Something to read and acknowledge, such as what an import had to guess.
    Notice(String, String),
}
