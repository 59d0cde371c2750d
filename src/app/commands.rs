//! Every user action in one table: label, tooltip and shortcut side by side, used by the menus,
//! the shortcut handler and the tests.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A menu or keyboard action (as opposed to a document edit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Start an empty map.
    New,
    /// Open a map or import an inventory.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the diagram as SVG, PNG or PDF.
    Export,
    /// Write the DPIA report as PDF, HTML or Markdown.
    ExportReport,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Delete the selection.
    Delete,
    /// Duplicate the selection.
    Duplicate,
    /// Copy the selection.
    Copy,
    /// Paste copied sites and flows.
    Paste,
    /// Select every site.
    SelectAll,
    /// Clear the selection.
    SelectNone,
    /// Find a site or flow by name.
    Find,
    /// Fit the whole map in view.
    FitToMap,
    /// Lay the map out again: lanes by jurisdiction, few crossings.
    Tidy,
    /// Show or hide the findings panel.
    ToggleFindings,
    /// Show the risk heatmaps.
    ShowHeatmap,
    /// Show the action plan.
    ShowActionPlan,
    /// Switch between the map and the DPIA workspace.
    ToggleDpia,
    /// Quit (asks about unsaved work).
    Quit,
}

impl UiCommand {
    /// Every command, in menu order.
    pub const ALL: [UiCommand; 22] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::Export,
        UiCommand::ExportReport,
        UiCommand::Quit,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::Copy,
        UiCommand::Paste,
        UiCommand::Duplicate,
        UiCommand::Delete,
        UiCommand::SelectAll,
        UiCommand::SelectNone,
        UiCommand::Find,
        UiCommand::FitToMap,
        UiCommand::Tidy,
        UiCommand::ToggleFindings,
        UiCommand::ShowHeatmap,
        UiCommand::ShowActionPlan,
        UiCommand::ToggleDpia,
    ];

    /// The label, shortcut and tooltip of the command.
    pub fn describe(self) -> (&'static str, Option<KeyboardShortcut>, &'static str) {
        let command = Modifiers::COMMAND;
        let shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            UiCommand::New => ("New map", key(command, Key::N), "Start an empty map"),
            UiCommand::Open => (
                "Open…",
                key(command, Key::O),
                "Open a map (.ron) or import a flow inventory (.csv)",
            ),
            UiCommand::Save => ("Save", key(command, Key::S), "Save the map"),
            UiCommand::SaveAs => ("Save as…", key(shift, Key::S), "Save the map to a new file"),
            UiCommand::Export => (
                "Export diagram…",
                key(command, Key::E),
                "Write the diagram as an SVG, PNG or PDF page with its title block and legend",
            ),
            UiCommand::ExportReport => (
                "Export DPIA report…",
                key(command, Key::R),
                "Write the DPIA report (PDF, HTML or Markdown) in the map's language",
            ),
            UiCommand::Quit => ("Quit", key(command, Key::Q), "Close borderflow"),
            UiCommand::Undo => ("Undo", key(command, Key::Z), "Undo the last change"),
            UiCommand::Redo => ("Redo", key(shift, Key::Z), "Redo the last undone change"),
            UiCommand::Copy => (
                "Copy",
                key(command, Key::C),
                "Copy the selected sites and flows",
            ),
            UiCommand::Paste => (
                "Paste",
                key(command, Key::V),
                "Paste copied sites and flows",
            ),
            UiCommand::Duplicate => (
                "Duplicate",
                key(command, Key::D),
                "Duplicate the selected sites and flows",
            ),
            UiCommand::Delete => (
                "Delete",
                key(Modifiers::NONE, Key::Delete),
                "Delete the selection (a site's flows go with it)",
            ),
            UiCommand::SelectAll => ("Select all", key(command, Key::A), "Select every site"),
            UiCommand::SelectNone => (
                "Select none",
                key(Modifiers::NONE, Key::Escape),
                "Clear the selection",
            ),
            UiCommand::Find => (
                "Find…",
                key(command, Key::F),
                "Find a site or flow by name or id",
            ),
            UiCommand::FitToMap => (
                "Fit to map",
                key(Modifiers::NONE, Key::Home),
                "Show the whole map (or double-click the background)",
            ),
            UiCommand::Tidy => (
                "Tidy layout",
                key(command, Key::L),
                "Arrange the sites in their lanes so arrows are short and cross little",
            ),
            UiCommand::ToggleFindings => (
                "Findings panel",
                key(command, Key::J),
                "Show or hide the findings of the map",
            ),
            UiCommand::ShowHeatmap => (
                "Risk heatmap",
                key(command, Key::H),
                "Findings by severity and likelihood, before and after treatment",
            ),
            UiCommand::ShowActionPlan => (
                "Action plan",
                key(shift, Key::P),
                "The open treatments by owner and due date",
            ),
            UiCommand::ToggleDpia => (
                "DPIA workspace",
                key(shift, Key::D),
                "Switch between the map and the DPIA form with its sign-off",
            ),
        }
    }

    /// The menu label.
    pub fn label(self) -> &'static str {
        self.describe().0
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.describe().1
    }

    /// What the command does, for tooltips.
    pub fn tooltip(self) -> &'static str {
        self.describe().2
    }

    /// The menu this command belongs to.
    pub fn menu(self) -> &'static str {
        match self {
            UiCommand::New
            | UiCommand::Open
            | UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::Export
            | UiCommand::ExportReport
            | UiCommand::Quit => "File",
            UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::Copy
            | UiCommand::Paste
            | UiCommand::Duplicate
            | UiCommand::Delete
            | UiCommand::SelectAll
            | UiCommand::SelectNone
            | UiCommand::Find => "Edit",
            UiCommand::FitToMap
            | UiCommand::Tidy
            | UiCommand::ToggleFindings
            | UiCommand::ShowHeatmap
            | UiCommand::ShowActionPlan
            | UiCommand::ToggleDpia => "View",
        }
    }

    /// Whether the command's shortcut should fire while a text field has the keyboard: text
    /// editing keys (copy, paste, undo, select all, delete) belong to the field.
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            UiCommand::New
                | UiCommand::Open
                | UiCommand::Save
                | UiCommand::SaveAs
                | UiCommand::Export
                | UiCommand::ExportReport
                | UiCommand::Quit
                | UiCommand::Find
                | UiCommand::ToggleFindings
                | UiCommand::ShowHeatmap
                | UiCommand::ShowActionPlan
                | UiCommand::ToggleDpia
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_listed_once_with_a_unique_shortcut() {
        let mut shortcuts: Vec<KeyboardShortcut> = Vec::new();
        for command in UiCommand::ALL {
            assert!(!command.label().is_empty() && !command.tooltip().is_empty());
            if let Some(shortcut) = command.shortcut() {
                assert!(
                    !shortcuts.contains(&shortcut),
                    "{command:?} reuses a shortcut"
                );
                shortcuts.push(shortcut);
            }
        }
        let mut unique = UiCommand::ALL.to_vec();
        unique.dedup();
        assert_eq!(unique.len(), UiCommand::ALL.len());
    }
}
