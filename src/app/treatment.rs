//! The treatment of the chosen finding: the fix that closes it, status, owner, due date,
//! justification and residual score, each change an undoable edit of the map.

use egui::{RichText, Ui};

use super::risk_panel::RiskView;
use super::{PendingEdit, UiState, findings, theme};
use crate::app::Edit;
use crate::model::{Date, TreatmentStatus};
use crate::risk::{Register, closing_safeguards, likelihood_name};
use crate::rules::{Subject, severity_name};

/// The treatment editor, or what to do to get one.
pub fn treatment_ui(
    ui: &mut Ui,
    view: &RiskView<'_>,
    register: &Register<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let Some(id) = state.selected_finding.clone() else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading("Treatment");
        if ui
            .small_button("Close")
            .on_hover_text("Stop treating this finding")
            .clicked()
        {
            state.selected_finding = None;
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
    let finding = risk.finding;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(" {} ", severity_name(finding.severity)))
                .color(egui::Color32::WHITE)
                .background_color(theme::severity(finding.severity)),
        );
        ui.label(RichText::new(finding.rule()).monospace());
        ui.label(RichText::new(finding.title()).strong());
    });
    ui.label(RichText::new(findings::subject_name(view.map, &finding.subject)).weak());

    fixes_ui(ui, view, state, edits, finding);

    ui.separator();
    let original = risk.treatment.cloned().unwrap_or_default();
    let mut treatment = original.clone();
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
                severity_name,
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
                likelihood_name,
            ) {
                field = Some("residual");
            }
            ui.end_row();
        });
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
            theme::severity(5),
            "Without a justification this counts as open.",
        );
    }
    match risk.residual {
        Some(residual) => ui.label(format!(
            "Residual: severity {} ({}), likelihood {} ({}).",
            residual.severity,
            severity_name(residual.severity),
            residual.likelihood,
            likelihood_name(residual.likelihood)
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
            Edit::SetTreatment(finding.id.clone(), Some(treatment)),
            format!("treatment:{}:{field}", finding.id),
        ));
    }
}

/// The safeguards that would close the finding, each a button that adds it to the flow.
fn fixes_ui(
    ui: &mut Ui,
    view: &RiskView<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    finding: &crate::rules::Finding,
) {
    let Subject::Flow(flow_id) = &finding.subject else {
        return;
    };
    let cached = state
        .fixes
        .as_ref()
        .is_some_and(|(revision, id, _)| *revision == view.revision && id == &finding.id);
    if !cached {
        let fixes = closing_safeguards(view.map, view.rulebook, view.today, finding);
        state.fixes = Some((view.revision, finding.id.clone(), fixes));
    }
    let Some((_, _, fixes)) = &state.fixes else {
        return;
    };
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
        for safeguard in fixes {
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

/// A 1-to-5 choice that may be left at the initial value (`None`); true when changed.
fn score_combo(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<u8>,
    initial: u8,
    label: fn(u8) -> &'static str,
) -> bool {
    let before = *value;
    let shown = value.map_or_else(
        || format!("as initial ({initial} {})", label(initial)),
        |v| format!("{v} {}", label(v)),
    );
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, format!("as initial ({initial})"));
            for level in 1..=5u8 {
                ui.selectable_value(value, Some(level), format!("{level} {}", label(level)));
            }
        })
        .response
        .accessible_name(name);
    *value != before
}

/// A date typed as YYYY-MM-DD; an empty field clears it. While the text is not a date the value
/// keeps its last good state and the field says so. True when the value changed.
pub fn date_field(ui: &mut Ui, name: &str, value: &mut Option<Date>) -> bool {
    let id = ui.scope_id().with(("date", name));
    let shown = value.map(|date| date.to_string()).unwrap_or_default();
    let mut text = ui
        .data(|data| data.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let response = ui
        .add_sized(
            [100.0, 20.0],
            egui::TextEdit::singleline(&mut text).hint_text("YYYY-MM-DD"),
        )
        .accessible_name(name);
    let mut changed = false;
    if response.changed() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            changed = value.is_some();
            *value = None;
        } else if let Ok(date) = trimmed.parse::<Date>() {
            changed = *value != Some(date);
            *value = Some(date);
        }
    }
    let valid = text.trim().is_empty() || text.trim().parse::<Date>().is_ok();
    if response.has_focus() || !valid {
        ui.data_mut(|data| data.insert_temp(id, text));
    } else {
        // Not being typed in: follow the value (an undo may have changed it).
        ui.data_mut(|data| data.remove::<String>(id));
    }
    if !valid {
        ui.colored_label(theme::severity(5), "not a date (YYYY-MM-DD)");
    }
    changed
}
