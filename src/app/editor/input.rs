//! Keyboard shortcuts and clipboard events, turned into commands.

use egui::Context;

use super::BorderflowApp;
use super::clipboard::Clipboard;
use crate::app::UiCommand;

impl BorderflowApp {
    pub(super) fn handle_shortcuts(&mut self, ctx: &Context) {
        let typing = ctx.egui_wants_keyboard_input();
        if !typing {
            // The platform turns Ctrl+C, X and V into clipboard events rather than key presses.
            let clipboard_events: Vec<egui::Event> = ctx.input(|input| {
                input
                    .events
                    .iter()
                    .filter(|event| {
                        matches!(
                            event,
                            egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                        )
                    })
                    .cloned()
                    .collect()
            });
            for event in clipboard_events {
                match event {
                    egui::Event::Copy => self.commands.push(UiCommand::Copy),
                    egui::Event::Cut => self.commands.extend([UiCommand::Copy, UiCommand::Delete]),
                    egui::Event::Paste(text) => {
                        if let Some(clipboard) = Clipboard::from_text(&text) {
                            self.clipboard = clipboard;
                            self.commands.push(UiCommand::Paste);
                        }
                    }
                    _ => {}
                }
            }
        }
        // Esc ends presentation mode before it clears the selection.
        if self.ui.presenting().is_some()
            && ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.commands.push(UiCommand::Present);
        }
        // egui matches Ctrl+D when Ctrl+Shift+D is pressed, so shortcuts with Shift go first.
        let mut commands = UiCommand::ALL.to_vec();
        commands.sort_by_key(|command| {
            !command
                .shortcut()
                .is_some_and(|shortcut| shortcut.modifiers.shift)
        });
        for command in commands {
            if typing && !command.works_while_typing() {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|input| input.consume_shortcut(&shortcut))
            {
                self.commands.push(command);
            }
        }
    }
}
