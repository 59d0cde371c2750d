//! The treatment of the chosen finding: the fix that closes it, status, owner, due date,
//! justification and residual score, each change an undoable edit of the map.

use egui::{RichText, Ui};

use super::findings;
use crate::app::state::UiState;
use crate::app::theme;
use crate::app::view::View;
use crate::app::widgets::{date_field, score_combo};
use crate::app::{Edit, MergeKey, PendingEdit};
use crate::model::TreatmentStatus;
use crate::model::{Likelihood, Severity};
use crate::rules::Subject;

/// The treatment editor, or what to do to get one.
pub fn treatment_ui(
    ui: &mut Ui,
    view: &View<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let register = view.register();
    let Some(id) = state.selected_finding().cloned() else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading("Treatment");
        if ui
            .small_button("Close")
            .on_hover_text("Stop treating this finding")
            .clicked()
        {
            state.clear_finding();
        }
    });
    let Some(risk) = register.risks.iter().find(|risk| risk.finding.id == id) else {
        let resolved = register.resolved.iter().find(|resolved| resolved.id == id);
        ui.label(format!("{id} no longer fires: the gap is closed."));
        if let Some(resolved) = resolved {
            ui.label(format!(
                "Its treatment is kept ({}), and shown as resolved.",
                resolved.treatment.status.label()
            ));
        }
        return;
    };
    let finding = &risk.finding;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(" {} ", finding.severity.name()))
                .color(egui::Color32::WHITE)
                .background_color(theme::severity(finding.severity)),
        );
        ui.label(RichText::new(finding.rule()).monospace());
        ui.label(RichText::new(finding.title()).strong());
    });
    ui.label(RichText::new(findings::subject_name(view.map, &finding.subject)).weak());
    // Why it fired, from the rule's data: the facts found and what was looked for and missing.
    for reason in finding.reasons() {
        ui.label(RichText::new(format!("• {reason}")).small());
    }

    fixes_ui(ui, view, edits, finding);

    ui.separator();
    let original = risk.treatment.clone().unwrap_or_default();
    let mut treatment = original.clone();
    let mut field = treatment_form_ui(ui, finding, &mut treatment);
    ui.label("Justification (required to accept the risk or mark it not applicable)");
    if ui
        .add(
            egui::TextEdit::multiline(&mut treatment.justification)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .accessible_name("Treatment justification")
        .changed()
    {
        field = Some("justification");
    }
    if treatment.status.needs_justification() && treatment.justification.trim().is_empty() {
        ui.colored_label(
            theme::warning(),
            "Without a justification this counts as open.",
        );
    }
    match risk.residual {
        Some(residual) => ui.label(format!(
            "Residual: severity {} ({}), likelihood {} ({}).",
            residual.severity,
            residual.severity.name(),
            residual.likelihood,
            residual.likelihood.name()
        )),
        None => ui.label("Residual: none (mitigated or not applicable)."),
    };
    ui.separator();
    ui.label(
        RichText::new(format!(
            "{} · verification {}",
            finding.citation(),
            finding.verification().as_str()
        ))
        .small()
        .weak(),
    );
    ui.label(RichText::new(format!("To close it: {}", finding.mitigation())).small());
    if let Some(field) = field
        && treatment != original
    {
        edits.push(PendingEdit::merging(
            format!("Treat {}", finding.id),
            Edit::SetTreatment(finding.id.to_string(), Some(treatment)),
            MergeKey::Treatment(finding.id.to_string(), field),
        ));
    }
}

/// The safeguards that would close the finding, each a button that adds it to the flow.
fn fixes_ui(
    ui: &mut Ui,
    view: &View<'_>,
    edits: &mut Vec<PendingEdit>,
    finding: &crate::rules::Finding,
) {
    let Subject::Flow(flow_id) = &finding.subject else {
        return;
    };
    let fixes = view.fixes(finding);
    if fixes.is_empty() {
        ui.label(
            RichText::new("No single safeguard closes this finding: treat it below.")
                .small()
                .weak(),
        );
        return;
    }
    ui.label(RichText::new("Best treatment: add the safeguard, and the finding closes").strong());
    ui.horizontal_wrapped(|ui| {
        for safeguard in fixes.iter() {
            let button = ui
                .button(format!("Add “{}”", safeguard.label()))
                .on_hover_text("Adds this safeguard to the flow; the finding then no longer fires");
            if button.clicked()
                && let Some(flow) = view.map.flow(flow_id)
            {
                let mut flow = flow.flow.clone();
                flow.safeguards.insert(*safeguard);
                edits.push(PendingEdit::new(
                    format!("Add safeguard {}", safeguard.label()),
                    Edit::ReplaceFlow(flow),
                ));
            }
        }
    });
}

/// Status, owner, due date and residual score; the field changed, if any.
fn treatment_form_ui(
    ui: &mut Ui,
    finding: &crate::rules::Finding,
    treatment: &mut crate::model::Treatment,
) -> Option<&'static str> {
    let mut field = None;
    egui::Grid::new("treatment form")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label("Status");
            let justified = !treatment.justification.trim().is_empty();
            egui::ComboBox::from_id_salt("Treatment status")
                .selected_text(treatment.status.label())
                .show_ui(ui, |ui| {
                    for status in TreatmentStatus::ALL.iter().copied() {
                        let allowed = justified || !status.needs_justification();
                        let option = ui
                            .add_enabled(
                                allowed,
                                egui::Button::selectable(
                                    treatment.status == status,
                                    status.label(),
                                ),
                            )
                            .on_disabled_hover_text("Write the justification first");
                        if option.clicked() {
                            treatment.status = status;
                            field = Some("status");
                        }
                    }
                })
                .response
                .accessible_name("Treatment status");
            ui.end_row();

            ui.label("Owner");
            if ui
                .add(egui::TextEdit::singleline(&mut treatment.owner).desired_width(180.0))
                .accessible_name("Treatment owner")
                .changed()
            {
                field = Some("owner");
            }
            ui.end_row();

            ui.label("Due");
            if date_field(ui, "Treatment due date", &mut treatment.due) {
                field = Some("due");
            }
            ui.end_row();

            ui.label("Residual severity");
            if score_combo(
                ui,
                "Residual severity",
                &mut treatment.residual_severity,
                finding.severity,
                &Severity::ALL,
                Severity::name,
            ) {
                field = Some("residual");
            }
            ui.end_row();
            ui.label("Residual likelihood");
            if score_combo(
                ui,
                "Residual likelihood",
                &mut treatment.residual_likelihood,
                finding.likelihood,
                &Likelihood::ALL,
                Likelihood::name,
            ) {
                field = Some("residual");
            }
            ui.end_row();
        });
    field
}
