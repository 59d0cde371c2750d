//! The treatment of the chosen finding: the fix that closes it, status, owner, due date,
//! justification and residual score, each change an undoable edit of the map.

use crate::app::words::{language, severity, t, term, tw};
use egui::{RichText, Ui};

use super::state::{RiskState, subject_name};
use crate::app::edit::{Edit, MergeKey, PendingEdit};
use crate::app::fields::TreatmentField;
use crate::app::frame::FrameContext;
use crate::app::theme;
use crate::app::view::View;
use crate::app::widgets::{date_field, score_combo};
use crate::model::{Likelihood, Severity};
use crate::model::{Treatment, TreatmentStatus};
use crate::rules::Subject;

/// The treatment editor, or what to do to get one.
pub fn treatment_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut RiskState) {
    let (view, edits) = (cx.view, &mut *cx.edits);
    let register = view.register();
    let Some(id) = state.selected_finding.clone() else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(t("ui-treat-heading"));
        if ui
            .small_button(t("ui-treat-close"))
            .on_hover_text(t("ui-treat-close-tip"))
            .clicked()
        {
            state.selected_finding = None;
        }
    });
    let Some(risk) = register.risks.iter().find(|risk| risk.finding.id == id) else {
        let resolved = register.resolved.iter().find(|resolved| resolved.id == id);
        ui.label(tw("ui-treat-gone", &[("id", id.as_str().into())]));
        if let Some(resolved) = resolved {
            ui.label(tw(
                "ui-treat-kept",
                &[("status", term("status", resolved.status.id()).into())],
            ));
        }
        return;
    };
    let finding = &risk.finding;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(" {} ", severity(finding.severity)))
                .color(egui::Color32::WHITE)
                .background_color(theme::severity(finding.severity)),
        );
        ui.label(RichText::new(finding.rule()).monospace());
        ui.label(RichText::new(finding.title_in(language())).strong());
    });
    ui.label(RichText::new(subject_name(view.map, &finding.subject)).weak());
    // Why it fired, from the rule's data: the facts found and what was looked for and missing.
    // At the body's size, naming sites and flows as the map shows them.
    for reason in finding.reasons_in(language()) {
        ui.label(format!(
            "• {}",
            super::readable::with_names(view.map, &reason)
        ));
    }

    fixes_ui(ui, &view, edits, finding, risk.treatment.as_ref());

    ui.separator();
    let original = risk.treatment.clone().unwrap_or_default();
    let mut treatment = original.clone();
    let mut field = treatment_form_ui(ui, finding, &mut treatment);
    ui.label(t("ui-treat-justification"));
    if ui
        .add(
            egui::TextEdit::multiline(&mut treatment.justification)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(t("ui-treat-justification-name"))
        .changed()
    {
        field = Some(TreatmentField::Justification);
    }
    if treatment.status.needs_justification() && treatment.justification.trim().is_empty() {
        ui.colored_label(theme::warning(), t("ui-treat-no-justification"));
    }
    match risk.residual {
        Some(residual) => ui.label(tw(
            "ui-treat-residual",
            &[
                ("severity", residual.severity.to_string().into()),
                ("severity_name", severity(residual.severity).into()),
                ("likelihood", residual.likelihood.to_string().into()),
                (
                    "likelihood_name",
                    t(&format!("likelihood-{}", residual.likelihood.level())).into(),
                ),
            ],
        )),
        None => ui.label(t("ui-treat-no-residual")),
    };
    ui.separator();
    ui.label(
        RichText::new(tw(
            "ui-treat-citation",
            &[
                ("citation", finding.citation_in(language()).into()),
                ("verification", finding.verification().as_str().into()),
            ],
        ))
        .weak(),
    );
    // What the marks mean, where they are read.
    ui.label(RichText::new(t("ui-risk-key")).small().weak());
    ui.label(RichText::new(tw(
        "ui-treat-to-close",
        &[("mitigation", finding.mitigation_in(language()).into())],
    )));
    if let Some(field) = field
        && treatment != original
    {
        edits.push(PendingEdit::merging(
            tw("ui-undo-treat", &[("id", finding.id.as_str().into())]),
            Edit::SetTreatment(finding.id.to_string(), Some(treatment)),
            MergeKey::Treatment(finding.id.to_string(), field),
        ));
    }
}

/// The safeguards that would close the finding, each a button that adds it to the flow and,
/// in the same undo step, marks a treatment in progress as mitigated (the finding stops firing,
/// so nothing else would ever move it on).
fn fixes_ui(
    ui: &mut Ui,
    view: &View<'_>,
    edits: &mut Vec<PendingEdit>,
    finding: &crate::rules::Finding,
    treatment: Option<&Treatment>,
) {
    let Subject::Flow(flow_id) = &finding.subject else {
        return;
    };
    let fixes = view.fixes(finding);
    if fixes.is_empty() {
        ui.label(RichText::new(t("ui-treat-no-fix")).small().weak());
        return;
    }
    ui.label(RichText::new(t("ui-treat-best")).strong());
    ui.horizontal_wrapped(|ui| {
        for safeguard in fixes.iter() {
            let button = ui
                .button(tw(
                    "ui-treat-add",
                    &[("safeguard", term("safeguard", safeguard.id()).into())],
                ))
                .on_hover_text(t("ui-treat-add-tip"));
            if button.clicked()
                && let Some(flow) = view.map.flow(flow_id)
            {
                let mut flow = flow.flow.clone();
                flow.safeguards.insert(*safeguard);
                let name = term("safeguard", safeguard.id());
                let mut edit = Edit::ReplaceFlow(flow);
                if let Some(done) = treatment.and_then(|treatment| mitigated(treatment, name)) {
                    edit = Edit::Batch(vec![
                        edit,
                        Edit::SetTreatment(finding.id.to_string(), Some(done)),
                    ]);
                }
                edits.push(PendingEdit::new(
                    tw("ui-undo-add-safeguard", &[("safeguard", name.into())]),
                    edit,
                ));
            }
        }
    });
}

/// The treatment once `safeguard` closed its finding: mitigated, saying what was done when it
/// said nothing; `None` when it is already closed (an acceptance stays an acceptance).
fn mitigated(treatment: &Treatment, safeguard: &str) -> Option<Treatment> {
    if treatment.is_blank() || treatment.effective_status().is_closed() {
        return None;
    }
    let mut done = treatment.clone();
    done.status = TreatmentStatus::Mitigated;
    if done.justification.trim().is_empty() {
        done.justification = tw("ui-treat-added-note", &[("safeguard", safeguard.into())]);
    }
    Some(done)
}

/// Status, owner, due date and residual score; the field changed, if any.
fn treatment_form_ui(
    ui: &mut Ui,
    finding: &crate::rules::Finding,
    treatment: &mut crate::model::Treatment,
) -> Option<TreatmentField> {
    let mut field = None;
    egui::Grid::new("treatment form")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label(t("ui-treat-status"));
            let justified = !treatment.justification.trim().is_empty();
            egui::ComboBox::from_id_salt(t("ui-treat-status-name"))
                .selected_text(term("status", treatment.status.id()))
                .show_ui(ui, |ui| {
                    for status in TreatmentStatus::ALL.iter().copied() {
                        let allowed = justified || !status.needs_justification();
                        let option = ui
                            .add_enabled(
                                allowed,
                                egui::Button::selectable(
                                    treatment.status == status,
                                    term("status", status.id()),
                                ),
                            )
                            .on_disabled_hover_text(t("ui-treat-justify-first"));
                        if option.clicked() {
                            treatment.status = status;
                            field = Some(TreatmentField::Status);
                        }
                    }
                })
                .response
                .accessible_name(t("ui-treat-status-name"));
            ui.end_row();

            ui.label(t("ui-treat-owner"));
            if ui
                .add(egui::TextEdit::singleline(&mut treatment.owner).desired_width(180.0))
                .accessible_name(t("ui-treat-owner-name"))
                .changed()
            {
                field = Some(TreatmentField::Owner);
            }
            ui.end_row();

            ui.label(t("ui-treat-due"));
            if date_field(ui, t("ui-treat-due-name"), &mut treatment.due) {
                field = Some(TreatmentField::Due);
            }
            ui.end_row();

            ui.label(t("ui-treat-residual-severity"));
            if score_combo(
                ui,
                t("ui-treat-residual-severity"),
                &mut treatment.residual_severity,
                finding.severity,
                &Severity::ALL,
                severity,
            ) {
                field = Some(TreatmentField::Residual);
            }
            ui.end_row();
            ui.label(t("ui-treat-residual-likelihood"));
            if score_combo(
                ui,
                t("ui-treat-residual-likelihood"),
                &mut treatment.residual_likelihood,
                finding.likelihood,
                &Likelihood::ALL,
                |likelihood: Likelihood| t(&format!("likelihood-{}", likelihood.level())),
            ) {
                field = Some(TreatmentField::Residual);
            }
            ui.end_row();
        });
    field
}
