//! Keyboard shortcuts and clipboard events, turned into commands, and text typed on the empty
//! canvas, which opens the quick-add with it.

use egui::{Context, Key};

use super::BorderflowApp;
use super::clipboard::Clipboard;
use crate::app::commands::{Menu, UiCommand};
use crate::app::prompt::{Ask, Prompt};
use crate::app::state::Workspace;

impl BorderflowApp {
    pub(super) fn handle_shortcuts(&mut self, ctx: &Context) {
        // A letter taken as a command may bring its typed text a frame late: drop it then too,
        // or it would land in the prompt the command opened.
        if let Some((letter, frame)) = self.typed_letter.take()
            && ctx.cumulative_frame_nr() <= frame + 1
        {
            ctx.input_mut(|input| {
                let late = input.events.iter().position(|event| {
                    matches!(event, egui::Event::Text(text) if text.eq_ignore_ascii_case(&letter))
                });
                if let Some(index) = late {
                    input.events.remove(index);
                }
            });
        }
        // An open prompt has the keyboard: Enter, Escape and the arrows are its own.
        if self.panels.sketch.prompt().is_some() {
            return;
        }
        // Escape in a text field leaves the field (egui has already let go of it this frame):
        // it is the field's key, not Select none.
        let left_a_field = self.was_typing && ctx.input(|input| input.key_pressed(Key::Escape));
        let typing = ctx.egui_wants_keyboard_input() || left_a_field;
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
        if self.shared.presenting().is_some()
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
        let mut letter_taken = false;
        for command in commands {
            // A command that cannot run leaves its key to others (C with no site selected
            // is a letter typed on the canvas).
            if typing && !command.works_while_typing() || !self.can_run(command) {
                continue;
            }
            // Sketching keys act on the map; in the DPIA form, Tab and the arrows are egui's.
            if command.menu() == Menu::Sketch && self.shared.workspace() != Workspace::Map {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|input| input.consume_shortcut(&shortcut))
            {
                self.commands.push(command);
                let key = shortcut.logical_key;
                if matches!(
                    key,
                    Key::Tab | Key::ArrowLeft | Key::ArrowRight | Key::ArrowUp | Key::ArrowDown
                ) {
                    // egui would also move the keyboard to another widget with it.
                    ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
                }
                // A plain letter also arrives as typed text, which must not type again.
                let name = key.name();
                if !shortcut.modifiers.command
                    && name.len() == 1
                    && name.bytes().all(|byte| byte.is_ascii_alphabetic())
                {
                    letter_taken = true;
                    self.typed_letter = Some((name.to_owned(), ctx.cumulative_frame_nr()));
                }
            }
        }
        let text = take_typed_text(ctx);
        if letter_taken || typing {
            return;
        }
        // Typing on the canvas with nothing selected starts the quick-add with what was typed.
        let canvas_free =
            self.shared.workspace() == Workspace::Map && self.shared.selection().is_empty();
        if canvas_free && let Some(text) = text {
            self.open_prompt(Prompt::new(Ask::AddSite, text));
        }
    }
}

/// The text typed this frame outside any text field, taken out of the input so no widget
/// types it again; `None` when nothing printable was typed.
fn take_typed_text(ctx: &Context) -> Option<String> {
    if ctx.egui_wants_keyboard_input() {
        return None;
    }
    let mut typed = String::new();
    ctx.input_mut(|input| {
        input.events.retain(|event| match event {
            egui::Event::Text(text) => {
                typed.push_str(text);
                false
            }
            _ => true,
        });
    });
    let typed = typed.trim().to_owned();
    (!typed.is_empty()).then_some(typed)
}
