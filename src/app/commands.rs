//! Every user action in one table: label, tooltip, shortcut, menu and when it can run, side by
//! side, read by the menus, the toolbar, the shortcut handler and the tests.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Declares [`UiCommand`] and [`UiCommand::ALL`] from one list, so no command can be left out
/// of the list that menus, shortcuts and tests walk.
macro_rules! commands {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A menu or keyboard action (as opposed to a document edit).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum UiCommand {
            $($(#[$doc])* $name,)*
        }

        impl UiCommand {
            /// Every command, in menu order.
            pub const ALL: &[UiCommand] = &[$(UiCommand::$name,)*];
        }
    };
}

commands! {
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
    /// Quit (asks about unsaved work).
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Copy the selection.
    Copy,
    /// Paste copied sites and flows.
    Paste,
    /// Duplicate the selection.
    Duplicate,
    /// Delete the selection.
    Delete,
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
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// Files, exports and quitting.
    File,
    /// Undo, clipboard, selection and find.
    Edit,
    /// What the window shows.
    View,
}

impl Menu {
    /// Every menu, left to right.
    pub const ALL: [Menu; 3] = [Menu::File, Menu::Edit, Menu::View];

    /// The menu's title.
    pub fn title(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
        }
    }
}

/// When a command can run: greyed out in menus and ignored as a shortcut otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Always.
    Nothing,
    /// Something selected.
    Selection,
    /// Something copied.
    Clipboard,
    /// An edit to undo.
    Undo,
    /// An undone edit to redo.
    Redo,
}

impl UiCommand {
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
    pub fn menu(self) -> Menu {
        match self {
            UiCommand::New
            | UiCommand::Open
            | UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::Export
            | UiCommand::ExportReport
            | UiCommand::Quit => Menu::File,
            UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::Copy
            | UiCommand::Paste
            | UiCommand::Duplicate
            | UiCommand::Delete
            | UiCommand::SelectAll
            | UiCommand::SelectNone
            | UiCommand::Find => Menu::Edit,
            UiCommand::FitToMap
            | UiCommand::Tidy
            | UiCommand::ToggleFindings
            | UiCommand::ShowHeatmap
            | UiCommand::ShowActionPlan
            | UiCommand::ToggleDpia => Menu::View,
        }
    }

    /// What must be there for the command to run.
    pub fn needs(self) -> Needs {
        match self {
            UiCommand::Undo => Needs::Undo,
            UiCommand::Redo => Needs::Redo,
            UiCommand::Delete | UiCommand::Copy | UiCommand::Duplicate => Needs::Selection,
            UiCommand::Paste => Needs::Clipboard,
            _ => Needs::Nothing,
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
        for &command in UiCommand::ALL {
            assert!(!command.label().is_empty() && !command.tooltip().is_empty());
            if let Some(shortcut) = command.shortcut() {
                assert!(
                    !shortcuts.contains(&shortcut),
                    "{command:?} reuses a shortcut"
                );
                shortcuts.push(shortcut);
            }
        }
        for (index, command) in UiCommand::ALL.iter().enumerate() {
            assert!(
                !UiCommand::ALL[..index].contains(command),
                "{command:?} is listed twice"
            );
        }
    }
}
