//! What the keyboard sketching commands do: open the quick-add, connect and tag prompts, move
//! the selected sites, and step the selection through the sites.

use super::BorderflowApp;
use crate::app::commands::UiCommand;
use crate::app::prompt::{Ask, Prompt};
use crate::app::state::Selection;
use crate::app::{canvas, sketch};

impl BorderflowApp {
    /// Runs a sketching command (one of the Sketch menu's) or opens the command palette.
    pub(super) fn run_sketch_command(&mut self, command: UiCommand) {
        let selection = self.shared.selection().clone();
        match command {
            UiCommand::QuickAdd => self.open_prompt(Prompt::new(Ask::AddSite, "")),
            UiCommand::CommandPalette => self.open_prompt(Prompt::new(Ask::Command, "")),
            UiCommand::Connect => {
                if let (Some(from), 1, 0) = (
                    selection.sites.first(),
                    selection.sites.len(),
                    selection.flows.len(),
                ) {
                    let ask = Ask::Connect { from: from.clone() };
                    self.open_prompt(Prompt::new(ask, ""));
                }
            }
            UiCommand::Tag => {
                if let (Some(flow), 0, 1) = (
                    selection.flows.first(),
                    selection.sites.len(),
                    selection.flows.len(),
                ) {
                    let ask = Ask::Tag { flow: flow.clone() };
                    self.open_prompt(Prompt::new(ask, ""));
                }
            }
            UiCommand::NextSite | UiCommand::PreviousSite => {
                let forward = command == UiCommand::NextSite;
                if let Some(id) = sketch::next_site(self.map(), &selection, forward) {
                    let next = Selection::site(id);
                    let at = canvas::selection_rect(self.derived.scene(), &next);
                    self.select_and_reveal(next, at);
                }
            }
            _ => {
                if let Some((x, y)) = command.nudge() {
                    let sites: Vec<_> = selection.sites.iter().cloned().collect();
                    let delta = egui::Vec2::new(x, y);
                    if let Some(edit) = sketch::nudge(self.map(), &sites, delta) {
                        self.edits.push(edit);
                    }
                }
            }
        }
    }
}
