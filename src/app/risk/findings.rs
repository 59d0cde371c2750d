//! The findings panel: every finding of the map, worst first or sorted by any column, one row
//! each (only the rows in view are laid out, so a map with thousands of findings stays fast).
//! Clicking a row chooses the finding for treatment, selects its flow or site and brings it
//! into view.

use crate::app::words::{language, severity, t, term, tw};
use egui::{RichText, Sense, Ui};

use super::order::Column;
use super::state::{RiskState, subject_name};
use crate::app::frame::FrameContext;
use crate::app::theme;
use crate::assessment::Risk;
use crate::model::Map;
use crate::model::Severity;

/// The height of one finding row: a line for the finding, a line for its citation and fix.
const ROW_HEIGHT: f32 = 36.0;

/// Lists the findings that pass the filters in the chosen order (worst first unless sorted by
/// another column), after the treatments whose finding no longer fires.
pub fn findings_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut RiskState) {
    let view = cx.view;
    let register = view.register();
    let evaluation = view.evaluation();
    let counts = evaluation.count_by_severity();
    ui.label(tw(
        "ui-risk-counts",
        &[
            ("all", evaluation.findings.len().into()),
            ("critical", counts.get(Severity::Critical).into()),
            ("high", counts.get(Severity::High).into()),
            ("medium", counts.get(Severity::Medium).into()),
            ("low", counts.get(Severity::Low).into()),
            ("info", counts.get(Severity::Info).into()),
        ],
    ));
    if !register.resolved.is_empty() {
        egui::CollapsingHeader::new(tw(
            "ui-risk-resolved",
            &[("count", register.resolved.len().into())],
        ))
        .id_salt("resolved")
        .show(ui, |ui| {
            for resolved in &register.resolved {
                ui.label(tw(
                    "ui-risk-resolved-row",
                    &[
                        ("id", resolved.id.as_str().into()),
                        (
                            "title",
                            resolved
                                .title
                                .as_ref()
                                .map_or(t("ui-risk-rule-gone"), |title| title.text(language()))
                                .into(),
                        ),
                        ("status", term("status", resolved.status.id()).into()),
                    ],
                ));
            }
        });
    }
    if evaluation.findings.is_empty() {
        ui.label(t("ui-risk-no-findings"));
        return;
    }
    let filter = &state.filter;
    let mut risks: Vec<&Risk> = if filter.is_empty() {
        register.risks.iter().collect()
    } else {
        register
            .risks
            .iter()
            .filter(|risk| filter.matches(view.map, risk))
            .collect()
    };
    if risks.is_empty() {
        ui.label(t("ui-risk-none-pass"));
        return;
    }
    state.order.sort(view.map, &mut risks);
    state.order.header_ui(ui);
    let grouped = state.order.column == Column::Subject;
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(
        ui,
        ROW_HEIGHT,
        risks.len(),
        |ui, rows| {
            for index in rows {
                let Some(risk) = risks.get(index).copied() else {
                    continue;
                };
                let first_of_group = grouped
                    && (index == 0
                        || risks.get(index - 1).is_some_and(|previous| {
                            previous.finding.subject != risk.finding.subject
                        }));
                if row_ui(ui, view.map, risk, first_of_group, state) {
                    state.choose(risk, cx);
                }
            }
        },
    );
}

/// One finding; returns true when clicked.
fn row_ui(ui: &mut Ui, map: &Map, risk: &Risk, first_of_group: bool, state: &RiskState) -> bool {
    let finding = &risk.finding;
    let selected = state.selected_finding.as_ref() == Some(&finding.id);
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    let subject = subject_name(map, &finding.subject);
    let language = language();
    let status_name = term("status", risk.status.id());
    let label = tw(
        "ui-risk-row",
        &[
            ("severity", severity(finding.severity).into()),
            ("rule", finding.rule().into()),
            ("subject", subject.as_str().into()),
            ("title", finding.title_in(language).into()),
            ("status", status_name.into()),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if !ui.is_rect_visible(rect) {
        return response.clicked();
    }
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, 2.0, visuals.selection.bg_fill.gamma_multiply(0.4));
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if first_of_group {
        ui.painter().hline(
            rect.x_range(),
            rect.top(),
            visuals.widgets.noninteractive.bg_stroke,
        );
    }
    let mut child =
        ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink2(egui::vec2(4.0, 1.0))));
    // The row takes the click: its texts must not catch it for text selection.
    child.style_mut().interaction.selectable_labels = false;
    child.horizontal(|ui| {
        let chip = RichText::new(format!(" {} ", severity(finding.severity)))
            .monospace()
            .color(egui::Color32::WHITE)
            .background_color(theme::severity(finding.severity));
        let cell = |column: Column| [column.width(), 16.0];
        ui.add_sized(cell(Column::Severity), egui::Label::new(chip));
        let name = if first_of_group {
            RichText::new(&subject).strong()
        } else {
            RichText::new(&subject)
        };
        ui.add_sized(cell(Column::Subject), egui::Label::new(name).truncate())
            .on_hover_text(&subject);
        ui.add_sized(
            cell(Column::Rule),
            egui::Label::new(RichText::new(finding.rule()).monospace()),
        );
        let status = RichText::new(status_name);
        ui.add_sized(
            cell(Column::Status),
            egui::Label::new(if risk.status.is_closed() {
                status.weak()
            } else {
                status
            })
            .truncate(),
        );
        ui.add(egui::Label::new(finding.title_in(language)).truncate())
            .on_hover_text(finding.title_in(language));
    });
    let mut details = format!(
        "{} ({}) · {}",
        finding.citation_in(language),
        finding.verification().as_str(),
        finding.mitigation_in(language)
    );
    if let Some(detail) = finding.detail_in(language) {
        let detail = super::readable::with_names(map, detail);
        details = format!("{detail} · {details}");
    }
    child.add(egui::Label::new(RichText::new(details).small().weak()).truncate());
    response
        .on_hover_text(tw(
            "ui-risk-row-tip",
            &[
                ("id", finding.id.as_str().into()),
                ("title", finding.title_in(language).into()),
                ("citation", finding.citation_in(language).into()),
                ("verification", finding.verification().as_str().into()),
                ("mitigation", finding.mitigation_in(language).into()),
            ],
        ))
        .clicked()
}
