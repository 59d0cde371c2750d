//! Every user action in one table: label, tooltip, shortcut, menu and when it can run, side by
//! side, read by the menus, the toolbar, the shortcut handler and the tests.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::Language;

/// How far an arrow key moves the selected sites, in map units.
pub const NUDGE: f32 = 4.0;
/// How far Shift and an arrow key move them: one step of the grid, in map units.
pub const GRID_STEP: f32 = 20.0;

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
    /// Add the rule packs of a folder to the built-in ones (as `--rules` does).
    LoadRules,
    /// Go back to the built-in rule packs alone.
    BuiltInRules,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the diagram as SVG, PNG or PDF.
    Export,
    /// Write the DPIA report as PDF, Word, HTML or Markdown.
    ExportReport,
    /// Write the transfer register as XLSX or CSV.
    ExportRegister,
    /// Write the filing bundle as one zip.
    ExportBundle,
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
    /// Run any command by typing its name.
    CommandPalette,
    /// Add a site: type a preset's name.
    QuickAdd,
    /// Draw a flow from the selected site: type the other site's name.
    Connect,
    /// Tick or untick a data class, safeguard or fact of the selected flow: type its name.
    Tag,
    /// Select the next site in reading order.
    NextSite,
    /// Select the previous site in reading order.
    PreviousSite,
    /// Move the selected sites a little to the left.
    NudgeLeft,
    /// Move the selected sites a little to the right.
    NudgeRight,
    /// Move the selected sites a little up.
    NudgeUp,
    /// Move the selected sites a little down.
    NudgeDown,
    /// Move the selected sites one grid step to the left.
    StepLeft,
    /// Move the selected sites one grid step to the right.
    StepRight,
    /// Move the selected sites one grid step up.
    StepUp,
    /// Move the selected sites one grid step down.
    StepDown,
    /// Fit the whole map in view.
    FitToMap,
    /// Lay the map out again: lanes by jurisdiction, few crossings.
    Tidy,
    /// Show or hide the findings panel.
    ToggleFindings,
    /// Fill the window with the risk view, or give the map its room back.
    MaximiseRisk,
    /// Show the risk heatmaps.
    ShowHeatmap,
    /// Show the action plan.
    ShowActionPlan,
    /// Switch between the map and the DPIA workspace.
    ToggleDpia,
    /// Presentation mode: side panels hidden, text enlarged, the findings count kept.
    Present,
    /// Show or hide the overview minimap.
    ToggleMinimap,
    /// Show only the selected site, its flows and the sites they reach.
    ShowNeighbours,
    /// Show the whole map again after narrowing the canvas.
    ShowWholeMap,
    /// Show or hide the palette of sites on the left.
    TogglePalette,
    /// Show or hide the inspector on the right.
    ToggleInspector,
    /// Zoom the map in one step.
    ZoomIn,
    /// Zoom the map out one step.
    ZoomOut,
    /// Show the map at its actual size (100 %).
    ZoomActual,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// Files, exports and quitting.
    File,
    /// Undo, clipboard, selection and find.
    Edit,
    /// Adding, connecting, tagging and moving from the keyboard.
    Sketch,
    /// What the window shows.
    View,
}

impl Menu {
    /// Every menu, left to right.
    pub const ALL: [Menu; 4] = [Menu::File, Menu::Edit, Menu::Sketch, Menu::View];

    /// The menu's title in `language`.
    pub fn title(self, language: Language) -> &'static str {
        let key = match self {
            Menu::File => "ui-menu-file",
            Menu::Edit => "ui-menu-edit",
            Menu::Sketch => "ui-menu-sketch",
            Menu::View => "ui-menu-view",
        };
        crate::i18n::word(language, key)
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
    /// One or more sites selected.
    Sites,
    /// Exactly one site selected, and nothing else.
    OneSite,
    /// Exactly one flow selected, and nothing else.
    OneFlow,
    /// Rule packs of a folder in use besides the built-in ones.
    RuleFolder,
}

impl UiCommand {
    /// The command's key in the catalogue (`ui-cmd-KEY` is its label, `ui-cmd-KEY-tip` its
    /// tooltip) and its shortcut.
    pub fn describe(self) -> (&'static str, Option<KeyboardShortcut>) {
        let command = Modifiers::COMMAND;
        let shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        // Sketching keys work without Ctrl, as in drawing programs; never while typing.
        let plain = Modifiers::NONE;
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            UiCommand::New => ("new", key(command, Key::N)),
            UiCommand::Open => ("open", key(command, Key::O)),
            UiCommand::LoadRules => ("load-rules", None),
            UiCommand::BuiltInRules => ("built-in-rules", None),
            UiCommand::Save => ("save", key(command, Key::S)),
            UiCommand::SaveAs => ("save-as", key(shift, Key::S)),
            UiCommand::Export => ("export", key(command, Key::E)),
            UiCommand::ExportReport => ("export-report", key(command, Key::R)),
            UiCommand::ExportRegister => ("export-register", None),
            UiCommand::ExportBundle => ("export-bundle", None),
            UiCommand::Quit => ("quit", key(command, Key::Q)),
            UiCommand::Undo => ("undo", key(command, Key::Z)),
            UiCommand::Redo => ("redo", key(shift, Key::Z)),
            UiCommand::Copy => ("copy", key(command, Key::C)),
            UiCommand::Paste => ("paste", key(command, Key::V)),
            UiCommand::Duplicate => ("duplicate", key(command, Key::D)),
            UiCommand::Delete => ("delete", key(Modifiers::NONE, Key::Delete)),
            UiCommand::SelectAll => ("select-all", key(command, Key::A)),
            UiCommand::SelectNone => ("select-none", key(Modifiers::NONE, Key::Escape)),
            UiCommand::Find => ("find", key(command, Key::F)),
            UiCommand::CommandPalette => ("command-palette", key(command, Key::K)),
            UiCommand::QuickAdd => ("quick-add", key(plain, Key::N)),
            UiCommand::Connect => ("connect", key(plain, Key::C)),
            UiCommand::Tag => ("tag", key(plain, Key::T)),
            UiCommand::NextSite => ("next-site", key(plain, Key::Tab)),
            UiCommand::PreviousSite => ("previous-site", key(Modifiers::SHIFT, Key::Tab)),
            UiCommand::NudgeLeft => ("nudge-left", key(plain, Key::ArrowLeft)),
            UiCommand::NudgeRight => ("nudge-right", key(plain, Key::ArrowRight)),
            UiCommand::NudgeUp => ("nudge-up", key(plain, Key::ArrowUp)),
            UiCommand::NudgeDown => ("nudge-down", key(plain, Key::ArrowDown)),
            UiCommand::StepLeft => ("step-left", key(Modifiers::SHIFT, Key::ArrowLeft)),
            UiCommand::StepRight => ("step-right", key(Modifiers::SHIFT, Key::ArrowRight)),
            UiCommand::StepUp => ("step-up", key(Modifiers::SHIFT, Key::ArrowUp)),
            UiCommand::StepDown => ("step-down", key(Modifiers::SHIFT, Key::ArrowDown)),
            UiCommand::FitToMap => ("fit-to-map", key(Modifiers::NONE, Key::Home)),
            UiCommand::Tidy => ("tidy", key(command, Key::L)),
            UiCommand::ToggleFindings => ("toggle-findings", key(command, Key::J)),
            UiCommand::MaximiseRisk => ("maximise-risk", key(shift, Key::M)),
            UiCommand::ShowHeatmap => ("show-heatmap", key(command, Key::H)),
            UiCommand::ShowActionPlan => ("show-action-plan", key(shift, Key::P)),
            UiCommand::ToggleDpia => ("toggle-dpia", key(shift, Key::D)),
            UiCommand::Present => ("present", key(Modifiers::NONE, Key::F11)),
            UiCommand::ToggleMinimap => ("toggle-minimap", None),
            UiCommand::ShowNeighbours => ("show-neighbours", None),
            UiCommand::ShowWholeMap => ("show-whole-map", None),
            UiCommand::TogglePalette => ("toggle-palette", key(command, Key::B)),
            UiCommand::ToggleInspector => ("toggle-inspector", key(command, Key::I)),
            UiCommand::ZoomIn => ("zoom-in", key(plain, Key::Equals)),
            UiCommand::ZoomOut => ("zoom-out", key(plain, Key::Minus)),
            UiCommand::ZoomActual => ("zoom-actual", key(plain, Key::Num0)),
        }
    }

    /// The menu label in `language`.
    pub fn label(self, language: Language) -> &'static str {
        crate::i18n::word(language, &format!("ui-cmd-{}", self.describe().0))
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.describe().1
    }

    /// What the command does, for tooltips, in `language`.
    pub fn tooltip(self, language: Language) -> &'static str {
        crate::i18n::word(language, &format!("ui-cmd-{}-tip", self.describe().0))
    }

    /// For a command that moves sites: which way and how far, in map units.
    pub fn nudge(self) -> Option<(f32, f32)> {
        let (small, grid) = (NUDGE, GRID_STEP);
        match self {
            UiCommand::NudgeLeft => Some((-small, 0.0)),
            UiCommand::NudgeRight => Some((small, 0.0)),
            UiCommand::NudgeUp => Some((0.0, -small)),
            UiCommand::NudgeDown => Some((0.0, small)),
            UiCommand::StepLeft => Some((-grid, 0.0)),
            UiCommand::StepRight => Some((grid, 0.0)),
            UiCommand::StepUp => Some((0.0, -grid)),
            UiCommand::StepDown => Some((0.0, grid)),
            _ => None,
        }
    }

    /// The menu this command belongs to.
    pub fn menu(self) -> Menu {
        match self {
            UiCommand::New
            | UiCommand::Open
            | UiCommand::LoadRules
            | UiCommand::BuiltInRules
            | UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::Export
            | UiCommand::ExportReport
            | UiCommand::ExportRegister
            | UiCommand::ExportBundle
            | UiCommand::Quit => Menu::File,
            UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::Copy
            | UiCommand::Paste
            | UiCommand::Duplicate
            | UiCommand::Delete
            | UiCommand::SelectAll
            | UiCommand::SelectNone
            | UiCommand::Find
            | UiCommand::CommandPalette => Menu::Edit,
            UiCommand::QuickAdd
            | UiCommand::Connect
            | UiCommand::Tag
            | UiCommand::NextSite
            | UiCommand::PreviousSite
            | UiCommand::NudgeLeft
            | UiCommand::NudgeRight
            | UiCommand::NudgeUp
            | UiCommand::NudgeDown
            | UiCommand::StepLeft
            | UiCommand::StepRight
            | UiCommand::StepUp
            | UiCommand::StepDown => Menu::Sketch,
            UiCommand::FitToMap
            | UiCommand::Tidy
            | UiCommand::ToggleFindings
            | UiCommand::MaximiseRisk
            | UiCommand::ShowHeatmap
            | UiCommand::ShowActionPlan
            | UiCommand::ToggleDpia
            | UiCommand::Present
            | UiCommand::ToggleMinimap
            | UiCommand::ShowNeighbours
            | UiCommand::ShowWholeMap
            | UiCommand::TogglePalette
            | UiCommand::ToggleInspector
            | UiCommand::ZoomIn
            | UiCommand::ZoomOut
            | UiCommand::ZoomActual => Menu::View,
        }
    }

    /// What must be there for the command to run.
    pub fn needs(self) -> Needs {
        match self {
            UiCommand::Undo => Needs::Undo,
            UiCommand::Redo => Needs::Redo,
            UiCommand::Delete
            | UiCommand::Copy
            | UiCommand::Duplicate
            | UiCommand::ShowNeighbours => Needs::Selection,
            UiCommand::Paste => Needs::Clipboard,
            UiCommand::BuiltInRules => Needs::RuleFolder,
            UiCommand::Connect => Needs::OneSite,
            UiCommand::Tag => Needs::OneFlow,
            UiCommand::NudgeLeft
            | UiCommand::NudgeRight
            | UiCommand::NudgeUp
            | UiCommand::NudgeDown
            | UiCommand::StepLeft
            | UiCommand::StepRight
            | UiCommand::StepUp
            | UiCommand::StepDown => Needs::Sites,
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
                | UiCommand::ExportRegister
                | UiCommand::ExportBundle
                | UiCommand::Quit
                | UiCommand::Find
                | UiCommand::ToggleFindings
                | UiCommand::MaximiseRisk
                | UiCommand::ShowHeatmap
                | UiCommand::ShowActionPlan
                | UiCommand::ToggleDpia
                | UiCommand::Present
                | UiCommand::TogglePalette
                | UiCommand::ToggleInspector
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
            for language in crate::i18n::EDITOR_LANGUAGES {
                let label = command.label(language);
                assert!(
                    !label.is_empty() && !label.starts_with("ui-cmd-"),
                    "{command:?}"
                );
                assert!(
                    !command.tooltip(language).starts_with("ui-cmd-"),
                    "{command:?}"
                );
            }
            if let Some(shortcut) = command.shortcut() {
                assert!(
                    !shortcuts.contains(&shortcut),
                    "{command:?} reuses a shortcut"
                );
                shortcuts.push(shortcut);
            }
        }
        // Two commands of one menu never read alike, in any language ("Fit to map" and "Show
        // the whole map" once did in Chinese).
        for language in crate::i18n::EDITOR_LANGUAGES {
            let mut labels: Vec<&str> = UiCommand::ALL
                .iter()
                .map(|command| command.label(language))
                .collect();
            labels.sort_unstable();
            let before = labels.len();
            labels.dedup();
            assert_eq!(
                labels.len(),
                before,
                "{language:?}: two commands read alike"
            );
        }
        for (index, command) in UiCommand::ALL.iter().enumerate() {
            assert!(
                !UiCommand::ALL[..index].contains(command),
                "{command:?} is listed twice"
            );
        }
    }
}
