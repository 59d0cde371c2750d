//! Presentation mode (F11, View › Present): the map fills the window, the side panels and the
//! menus give way to one bar with the map's title and its findings count, and the whole UI is
//! zoomed so the room can read it. Esc or F11 gives back the zoom and the view as they were.

use egui::{Context, RichText, Ui};

use super::BorderflowApp;
use crate::app::commands::UiCommand;
use crate::app::state::{Presentation, Workspace};
use crate::app::theme;
use crate::model::Severity;

impl BorderflowApp {
    /// Starts presentation mode, or ends it and puts back the zoom and the view.
    pub(super) fn toggle_presentation(&mut self, ctx: &Context) {
        if let Some(before) = self.shared.set_presenting(None) {
            ctx.set_zoom_factor(before.zoom_factor_before);
            self.panels.canvas.look_at(before.scene_rect_before);
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            return;
        }
        let zoom_factor_before = ctx.zoom_factor();
        self.shared.set_presenting(Some(Presentation {
            zoom_factor_before,
            scene_rect_before: self.panels.canvas.scene_rect(),
        }));
        self.shared.set_workspace(Workspace::Map);
        ctx.set_zoom_factor(zoom_factor_before * theme::PRESENT_ZOOM);
        self.panels.canvas.request_fit();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// The bar presentation mode keeps: the map's title, the findings count by severity, and
    /// the way out.
    pub(super) fn presentation_bar_ui(&mut self, ui: &mut Ui) {
        let language = self.shared.language();
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.map().meta.title.trim()).strong());
            ui.separator();
            let evaluation = self.derived.evaluation();
            let counts = evaluation.count_by_severity();
            ui.label(crate::i18n::text_with(
                language,
                "ui-counts",
                &[
                    ("sites", self.map().site_count().into()),
                    ("flows", self.map().flow_count().into()),
                    ("findings", evaluation.findings.len().into()),
                    ("critical", counts.get(Severity::Critical).into()),
                    ("high", counts.get(Severity::High).into()),
                ],
            ));
            ui.separator();
            crate::app::canvas::filter_bar_ui(
                ui,
                self.document.map(),
                self.shared.selection(),
                &mut self.panels.canvas,
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(self.shared.t("ui-present-leave"))
                    .on_hover_text(UiCommand::Present.tooltip(language))
                    .clicked()
                {
                    self.commands.push(UiCommand::Present);
                }
            });
        });
    }
}

/// The severities the legend and the map's lines show, worst first.
const SEVERITIES: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

impl BorderflowApp {
    /// The legend strip under the map in presentation mode: each severity's line colour and
    /// width, a flow with no finding, what dashes and thicker lines say, and the data-class marks,
    /// in the words the printed diagram's legend uses.
    pub(super) fn presentation_legend_ui(&self, ui: &mut Ui) {
        let words = crate::scene::words::words(self.shared.language());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(words.worst_finding).strong());
            let samples = SEVERITIES
                .iter()
                .map(|severity| (Some(*severity), words.severity(*severity)))
                .chain(std::iter::once((None, words.no_finding)));
            for (severity, name) in samples {
                let ink =
                    severity.map_or(theme::colour(crate::scene::theme::FLOW_OK), theme::severity);
                let width = crate::scene::theme::flow_width(severity, false);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(26.0, 14.0), egui::Sense::hover());
                ui.painter().line_segment(
                    [rect.left_center(), rect.right_center()],
                    egui::Stroke::new(width, ink),
                );
                ui.label(name);
            }
            ui.separator();
            ui.label(words.line_styles);
            ui.separator();
            ui.label(words.class_marks);
        });
    }

    /// In presentation mode, a flow clicked on the map shows its findings in a large card,
    /// worst first, each with its reasons, for the room to read; Esc or Close puts it away.
    pub(super) fn presentation_card_ui(&mut self, ctx: &Context) {
        let selection = self.shared.selection();
        let (Some(flow), true) = (selection.flows.first(), selection.sites.is_empty()) else {
            return;
        };
        let Some(view) = self.map().flow(flow) else {
            return;
        };
        let language = self.shared.language();
        let number = crate::scene::flow_number(self.map(), flow)
            .map(crate::scene::flow_tag)
            .unwrap_or_default();
        let heading = format!("{number} · {} → {}", view.source.name, view.target.name);
        let mut findings: Vec<&crate::rules::Finding> = self
            .derived
            .evaluation()
            .findings
            .iter()
            .filter(|finding| finding.subject == crate::rules::Subject::Flow(flow.clone()))
            .collect();
        findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
        let screen = ctx.content_rect();
        let mut open = true;
        let mut closed = false;
        egui::Window::new(RichText::new(heading).size(22.0).strong())
            .id(egui::Id::unique("present-finding-card"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(screen.width() * 0.55)
            .max_height(screen.height() * 0.7)
            .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 56.0))
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if findings.is_empty() {
                        ui.label(RichText::new(self.shared.t("ui-present-card-none")).size(18.0));
                    }
                    for finding in findings {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(crate::app::words::severity(finding.severity))
                                    .size(18.0)
                                    .strong()
                                    .color(egui::Color32::WHITE)
                                    .background_color(theme::severity(finding.severity)),
                            );
                            ui.label(
                                RichText::new(finding.title_in(language))
                                    .size(20.0)
                                    .strong(),
                            );
                        });
                        for reason in finding.reasons_in(language) {
                            ui.label(RichText::new(format!("• {reason}")).size(16.0));
                        }
                        ui.add_space(10.0);
                    }
                    if ui.button(self.shared.t("ui-present-card-close")).clicked() {
                        closed = true;
                    }
                });
            });
        if !open || closed || ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
            self.shared.clear_selection();
        }
    }
}
