//! What each [`UiCommand`] does, run once per frame after the panels have queued them.

use std::collections::BTreeSet;

use egui::Context;

use super::BorderflowApp;
use super::choose::Purpose;
use super::dialogs::{AfterPrompt, Dialog};
use crate::app::commands::UiCommand;
use crate::app::edit::{Edit, PendingEdit};
use crate::app::requests::{Focus, Request};
use crate::app::state::{CanvasFilter, RiskTab, Selection};
use crate::deliver::RegisterFormat;
use crate::export::DiagramFormat;
use crate::io::format::{BundleFormat, FileFormat, MapFormat};
use crate::report::ReportFormat;

impl BorderflowApp {
    pub(super) fn run_commands(&mut self, ctx: &Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                UiCommand::New => self.guard_unsaved(AfterPrompt::New),
                UiCommand::Open => self.guard_unsaved(AfterPrompt::Open(None)),
                UiCommand::LoadRules => self.ask_for_rules(),
                UiCommand::BuiltInRules => self.use_builtin_rules(),
                UiCommand::Save => {
                    self.save(None);
                }
                UiCommand::SaveAs => self.save_as(),
                UiCommand::Export
                | UiCommand::ExportReport
                | UiCommand::ExportRegister
                | UiCommand::ExportBundle => self.export_command(command),
                UiCommand::Quit => {
                    if self.document.is_dirty() {
                        self.dialog = Some(Dialog::UnsavedChanges(AfterPrompt::Quit));
                    } else {
                        self.proceed(AfterPrompt::Quit, Some(ctx));
                    }
                }
                UiCommand::Undo => {
                    if self.document.undo() {
                        self.status = self.document.redo_label().map(|step| {
                            crate::app::words::tw("ui-status-undid", &[("step", step.into())])
                        });
                    }
                    self.refresh();
                }
                UiCommand::Redo => {
                    if self.document.redo() {
                        self.status = self.document.undo_label().map(|step| {
                            crate::app::words::tw("ui-status-redid", &[("step", step.into())])
                        });
                    }
                    self.refresh();
                }
                UiCommand::Delete => self.delete_selection(),
                UiCommand::Copy => {
                    self.copy_selection();
                    if let Some(text) = self.clipboard.to_text() {
                        ctx.copy_text(text);
                    }
                }
                UiCommand::Paste => self.paste(),
                UiCommand::Duplicate => {
                    self.copy_selection();
                    self.paste();
                }
                UiCommand::SelectAll => {
                    self.shared.select_only(Selection {
                        sites: self.map().sites().map(|site| site.id.clone()).collect(),
                        flows: BTreeSet::new(),
                    });
                }
                UiCommand::SelectNone => self.shared.clear_selection(),
                UiCommand::Find => self.requests.push(Request::Focus(Focus::FindBox)),
                UiCommand::Tidy => self.tidy(),
                UiCommand::ShowHeatmap => self.show_risk_tab(RiskTab::Heatmap),
                UiCommand::ShowActionPlan => self.show_risk_tab(RiskTab::ActionPlan),
                UiCommand::ToggleDpia => self.shared.toggle_workspace(),
                UiCommand::QuickAdd
                | UiCommand::CommandPalette
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
                | UiCommand::StepDown => self.run_sketch_command(command),
                UiCommand::Present => self.toggle_presentation(ctx),
                UiCommand::FitToMap
                | UiCommand::ToggleFindings
                | UiCommand::MaximiseRisk
                | UiCommand::ToggleMinimap
                | UiCommand::ShowNeighbours
                | UiCommand::ShowWholeMap
                | UiCommand::TogglePalette
                | UiCommand::ToggleInspector
                | UiCommand::ZoomIn
                | UiCommand::ZoomOut
                | UiCommand::ZoomActual => self.run_view_command(command),
            }
        }
    }

    /// Commands that change what the window shows, not the map.
    fn run_view_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::FitToMap => self.panels.canvas.request_fit(),
            UiCommand::ToggleFindings => {
                self.panels.canvas.panels_changing();
                self.shared.toggle_findings();
            }
            UiCommand::MaximiseRisk => {
                self.shared.show_findings();
                self.panels.risk.toggle_maximised();
            }
            UiCommand::ToggleMinimap => self.panels.canvas.toggle_minimap(),
            UiCommand::ShowNeighbours => {
                if let Some(site) = self.shared.selection().sites.first().cloned() {
                    self.panels
                        .canvas
                        .set_filter(Some(CanvasFilter::Neighbours(site)));
                }
            }
            UiCommand::ShowWholeMap => self.panels.canvas.set_filter(None),
            UiCommand::TogglePalette => {
                self.panels.canvas.panels_changing();
                self.panels.palette_hidden = !self.panels.palette_hidden;
            }
            UiCommand::ToggleInspector => {
                self.panels.canvas.panels_changing();
                self.panels.inspector_hidden = !self.panels.inspector_hidden;
            }
            UiCommand::ZoomIn => self.panels.canvas.zoom_by(crate::app::canvas::ZOOM_STEP),
            UiCommand::ZoomOut => {
                self.panels
                    .canvas
                    .zoom_by(1.0 / crate::app::canvas::ZOOM_STEP);
            }
            UiCommand::ZoomActual => self.panels.canvas.zoom_to_actual(),
            _ => {}
        }
    }

    /// Asks where to save the map under a new name, suggesting its current file name.
    fn save_as(&mut self) {
        let suggested = self
            .document
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || MapFormat::file_name(""),
                |n| n.to_string_lossy().into_owned(),
            );
        if let Some(path) = self.pick(Purpose::SaveMap, &suggested) {
            self.save(Some(path));
        }
    }

    /// Asks where to write an export, suggesting a name from the map's title, and starts it.
    fn export_command(&mut self, command: UiCommand) {
        let title = &self.map().meta.title;
        let (purpose, suggested) = match command {
            UiCommand::Export => (Purpose::ExportDiagram, DiagramFormat::file_name(title)),
            UiCommand::ExportReport => (Purpose::ExportReport, ReportFormat::file_name(title)),
            UiCommand::ExportRegister => {
                (Purpose::ExportRegister, RegisterFormat::file_name(title))
            }
            UiCommand::ExportBundle => (Purpose::ExportBundle, BundleFormat::file_name(title)),
            _ => return,
        };
        let Some(path) = self.pick(purpose, &suggested) else {
            return;
        };
        // The chosen path does what a typed one would.
        self.use_typed_path(purpose, path);
    }

    /// Lays the map out again as one undoable step, then shows all of it.
    pub(super) fn tidy(&mut self) {
        let moves: Vec<Edit> = crate::layout::auto_layout(self.map())
            .into_iter()
            .filter_map(|(id, position)| {
                let site = self.map().site(&id)?;
                (site.position != Some(position)).then(|| {
                    let mut moved = site.clone();
                    moved.position = Some(position);
                    Edit::ReplaceSite(moved)
                })
            })
            .collect();
        if !moves.is_empty() {
            self.edits.push(PendingEdit::new(
                crate::app::words::t("ui-cmd-tidy"),
                Edit::Batch(moves),
            ));
        }
        self.panels.canvas.request_fit();
    }

    pub(super) fn delete_selection(&mut self) {
        let selection = self.shared.selection();
        // Flows of deleted sites go with them; list only the others.
        let mut edits: Vec<Edit> = selection
            .flows
            .iter()
            .filter(|id| {
                self.map().flow(id).is_some_and(|view| {
                    !selection.sites.contains(&view.flow.from)
                        && !selection.sites.contains(&view.flow.to)
                })
            })
            .cloned()
            .map(Edit::RemoveFlow)
            .collect();
        edits.extend(selection.sites.iter().cloned().map(Edit::RemoveSite));
        if edits.is_empty() {
            return;
        }
        let count = edits.len();
        self.edits.push(PendingEdit::new(
            crate::app::words::tw("ui-undo-delete-items", &[("count", count.into())]),
            Edit::Batch(edits),
        ));
        self.shared.clear_selection();
    }
}
