//! The DPIA workspace: the report's sections as a form. Answers can be drafted from the map,
//! then edited; the sign-off block records each step in the revision log with the fingerprint
//! of the map that was signed. Every change is an undoable edit of the map's assessment.

use super::words::{t, tw};
use egui::{RichText, Ui};

use super::edit::{Edit, MergeKey, PendingEdit};
use super::fields::SignOffField;
use super::theme;
use super::view::View;
use super::widgets::{date_field, name_field};
use crate::assessment::sign;
use crate::assessment::sign_off::signer;
use crate::model::Severity;
use crate::model::{Assessment, Date, Decision, DpiaAnswers, Map, SignOff, SignOffStep};

/// The text answers of the form, in the report's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Processing,
    Necessity,
    Information,
    Access,
    Objection,
    Retention,
}

impl Answer {
    const ALL: [Answer; 6] = [
        Answer::Processing,
        Answer::Necessity,
        Answer::Information,
        Answer::Access,
        Answer::Objection,
        Answer::Retention,
    ];

    /// Its title (also the text field's accessible name) and what it asks.
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            Answer::Processing => (t("ui-dpia-processing"), t("ui-dpia-processing-asks")),
            Answer::Necessity => (t("ui-dpia-necessity"), t("ui-dpia-necessity-asks")),
            Answer::Information => (t("ui-dpia-information"), t("ui-dpia-information-asks")),
            Answer::Access => (t("ui-dpia-access"), t("ui-dpia-access-asks")),
            Answer::Objection => (t("ui-dpia-objection"), t("ui-dpia-objection-asks")),
            Answer::Retention => (t("ui-dpia-retention"), t("ui-dpia-retention-asks")),
        }
    }

    fn of(self, dpia: &DpiaAnswers) -> &String {
        match self {
            Answer::Processing => &dpia.processing_description,
            Answer::Necessity => &dpia.necessity,
            Answer::Information => &dpia.rights.information,
            Answer::Access => &dpia.rights.access,
            Answer::Objection => &dpia.rights.objection,
            Answer::Retention => &dpia.retention,
        }
    }

    fn of_mut(self, dpia: &mut DpiaAnswers) -> &mut String {
        match self {
            Answer::Processing => &mut dpia.processing_description,
            Answer::Necessity => &mut dpia.necessity,
            Answer::Information => &mut dpia.rights.information,
            Answer::Access => &mut dpia.rights.access,
            Answer::Objection => &mut dpia.rights.objection,
            Answer::Retention => &mut dpia.retention,
        }
    }
}

/// The edit that replaces the map's DPIA answers with `dpia`.
fn set_dpia(map: &Map, dpia: DpiaAnswers) -> Edit {
    Edit::SetAssessment(Box::new(Assessment {
        dpia,
        ..map.assessment.clone()
    }))
}

/// At most a few hundred characters of `text`, for a hint or tooltip.
fn preview(text: &str) -> String {
    const MOST: usize = 600;
    match text.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The whole workspace, in the central area instead of the canvas.
pub fn workspace_ui(ui: &mut Ui, view: &View<'_>, edits: &mut Vec<PendingEdit>) {
    let (map, today) = (view.map, view.today);
    let drafts = view.drafts();
    egui::ScrollArea::vertical()
        .id_salt("dpia workspace")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.add_space(8.0);
            let title = if map.meta.title.trim().is_empty() {
                t("ui-dpia-untitled")
            } else {
                map.meta.title.trim()
            };
            ui.heading(tw("ui-dpia-heading", &[("title", title.into())]));
            let current = &map.assessment.dpia;
            let answered = Answer::ALL
                .iter()
                .filter(|answer| !answer.of(current).trim().is_empty())
                .count();
            let register = view.register();
            let open = register.risks.iter().filter(|risk| risk.is_open()).count();
            ui.label(tw(
                "ui-dpia-progress",
                &[
                    ("answered", answered.into()),
                    ("answers", Answer::ALL.len().into()),
                    ("findings", register.risks.len().into()),
                    ("open", open.into()),
                    (
                        "date",
                        crate::i18n::date(super::words::language(), today).into(),
                    ),
                ],
            ));
            let fillable = |answer: &Answer| {
                answer.of(current).trim().is_empty() && !answer.of(&drafts.answers).is_empty()
            };
            if ui
                .add_enabled(
                    Answer::ALL.iter().any(fillable),
                    egui::Button::new(t("ui-dpia-fill-all")),
                )
                .on_hover_text(t("ui-dpia-fill-all-tip"))
                .clicked()
            {
                let mut filled = current.clone();
                for answer in Answer::ALL.iter().filter(|answer| fillable(answer)) {
                    answer
                        .of_mut(&mut filled)
                        .clone_from(answer.of(&drafts.answers));
                }
                edits.push(PendingEdit::new(
                    t("ui-dpia-fill-undo"),
                    set_dpia(map, filled),
                ));
            }
            ui.add_space(8.0);
            for answer in Answer::ALL {
                answer_ui(ui, map, answer, answer.of(&drafts.answers), edits);
            }
            ui.separator();
            // Approving while critical or high findings are open needs a written reason.
            let serious = register
                .risks
                .iter()
                .filter(|risk| risk.is_open() && risk.finding.severity >= Severity::High)
                .count();
            sign_off_ui(ui, map, today, serious, edits);
            ui.separator();
            revisions_ui(ui, map, drafts.fingerprint.as_deref().unwrap_or_default());
            ui.add_space(24.0);
        });
}

fn answer_ui(ui: &mut Ui, map: &Map, answer: Answer, draft: &str, edits: &mut Vec<PendingEdit>) {
    let (title, asks) = answer.describe();
    let current = answer.of(&map.assessment.dpia);
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).strong().size(15.0));
        if current.trim().is_empty() && !draft.is_empty() {
            if ui
                .small_button(t("ui-dpia-fill-one"))
                .on_hover_text(preview(draft))
                .clicked()
            {
                let mut filled = map.assessment.dpia.clone();
                *answer.of_mut(&mut filled) = draft.to_owned();
                edits.push(PendingEdit::new(
                    tw("ui-dpia-fill-one-undo", &[("title", title.into())]),
                    set_dpia(map, filled),
                ));
            }
        } else if current.trim().is_empty() {
            ui.colored_label(theme::attention(), t("ui-dpia-not-answered"));
        }
    });
    ui.label(RichText::new(asks).weak());
    let mut text = current.clone();
    let hint = if draft.is_empty() {
        t("ui-dpia-not-answered-yet").to_owned()
    } else {
        preview(draft)
    };
    if ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .hint_text(hint)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(title)
        .changed()
    {
        let mut edited = map.assessment.dpia.clone();
        *answer.of_mut(&mut edited) = text;
        edits.push(PendingEdit::merging(
            tw("ui-dpia-edit-answer", &[("title", title.into())]),
            set_dpia(map, edited),
            MergeKey::Dpia(answer.describe().0),
        ));
    }
    ui.add_space(6.0);
}

/// The title and decision of the role that signs `step`.
fn role_of(step: SignOffStep, sign: &mut SignOff) -> (&mut String, &mut Option<Decision>) {
    match step {
        SignOffStep::Assessed => (&mut sign.assessor_title, &mut sign.assessor_decision),
        SignOffStep::DpoOpinion => (&mut sign.dpo_title, &mut sign.dpo_decision),
        SignOffStep::Approved => (&mut sign.approver_title, &mut sign.approver_decision),
    }
}

/// A role's decision; true when changed.
fn decision_combo(ui: &mut Ui, role: &str, decision: &mut Option<Decision>) -> bool {
    let before = *decision;
    let name = tw("ui-dpia-decision-of", &[("role", role.into())]);
    egui::ComboBox::from_id_salt(("decision", role))
        .selected_text(decision.map_or(t("ui-dpia-no-decision"), |decision| {
            t(&format!("decision-{}", decision.id()))
        }))
        .show_ui(ui, |ui| {
            ui.selectable_value(decision, None, t("ui-dpia-no-decision"));
            for option in Decision::ALL {
                ui.selectable_value(
                    decision,
                    Some(*option),
                    t(&format!("decision-{}", option.id())),
                );
            }
        })
        .response
        .accessible_name(name);
    *decision != before
}

/// The sign-off: each role's name, title, decision and date with its signing button, the DPO's
/// opinion, the conditions of an approval, and the justification an approval needs while
/// `serious` critical or high findings are open.
fn sign_off_ui(ui: &mut Ui, map: &Map, today: Date, serious: usize, edits: &mut Vec<PendingEdit>) {
    ui.label(RichText::new(t("ui-dpia-sign-off")).strong().size(15.0));
    ui.label(RichText::new(t("ui-dpia-sign-off-hint")).weak());
    let mut sign_off = map.assessment.sign_off.clone();
    let mut field = None;
    let mut signed;
    let mut confirming = None;
    let mut typed = true;
    // An approval with serious findings open is not signed until its reason is written.
    let unjustified = serious > 0 && sign_off.justification.trim().is_empty();
    egui::Grid::new("sign-off")
        .num_columns(6)
        .spacing([10.0, 8.0])
        .show(ui, |ui| {
            for step in SignOffStep::ALL.iter().copied() {
                let (role, date_name, button) = step_words(step);
                let approving = role_of(step, &mut sign_off)
                    .1
                    .is_some_and(Decision::approves);
                ui.label(role);
                let (name, date) = signer(step, &mut sign_off);
                if name_field(ui, role, name) {
                    field = Some((step, SignOffField::Name));
                }
                let ready = !name.trim().is_empty();
                if date_field(ui, date_name, date) {
                    field = Some((step, SignOffField::Date));
                }
                let (title, decision) = role_of(step, &mut sign_off);
                let title_name = tw("ui-dpia-title-of", &[("role", role.into())]);
                if ui
                    .add_sized(
                        [140.0, 20.0],
                        egui::TextEdit::singleline(title).hint_text(t("field-title")),
                    )
                    .accessible_name(title_name)
                    .changed()
                {
                    field = Some((step, SignOffField::Title));
                }
                if decision_combo(ui, role, decision) {
                    field = Some((step, SignOffField::Decision));
                    typed = false;
                }
                let decided = decision.is_some();
                let blocked = approving && unjustified;
                let clicked = ui
                    .add_enabled(ready && decided && !blocked, egui::Button::new(button))
                    .on_disabled_hover_text(if !ready {
                        t("ui-dpia-name-first")
                    } else if !decided {
                        t("ui-dpia-decide-first")
                    } else {
                        t("ui-dpia-justify-first")
                    })
                    .clicked();
                if clicked {
                    // A signature is asked for once more before it is made.
                    confirming = Some(step);
                }
                ui.end_row();
            }
        });
    signed = confirmation_ui(ui, map, &mut sign_off, confirming);
    if signed.is_some() && field.is_some() {
        // A field changed in the frame of the confirmation: sign the next frame.
        signed = None;
    }
    if let Some(changed) = approval_ui(ui, &mut sign_off, serious) {
        field = Some((SignOffStep::Approved, changed));
    }
    ui.label(t("ui-dpia-dpo-opinion"));
    if ui
        .add(
            egui::TextEdit::multiline(&mut sign_off.dpo_opinion)
                .hint_text(t("ui-dpia-dpo-opinion-hint"))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(t("ui-dpia-dpo-opinion"))
        .changed()
    {
        field = Some((SignOffStep::DpoOpinion, SignOffField::Opinion));
    }
    if signed.is_none() && field.is_none() {
        return;
    }
    let mut edited = Assessment {
        sign_off,
        ..map.assessment.clone()
    };
    if let Some(step) = signed {
        match sign(&mut edited, map, step, today) {
            Ok(()) => edits.push(PendingEdit::new(
                t(&format!("step-{}", step.id())).to_owned(),
                Edit::SetAssessment(Box::new(edited)),
            )),
            Err(error) => {
                ui.colored_label(theme::warning(), error.to_string());
            }
        }
    } else if let Some(field) = field {
        let edit = Edit::SetAssessment(Box::new(edited));
        edits.push(if typed {
            PendingEdit::merging(
                t("ui-dpia-edit-sign-off"),
                edit,
                MergeKey::SignOff(field.0, field.1),
            )
        } else {
            PendingEdit::new(t("ui-dpia-edit-sign-off"), edit)
        });
    }
}

/// The signature asked for (`asked`, this frame) or waiting for its confirmation; the step to
/// sign once confirmed.
fn confirmation_ui(
    ui: &mut Ui,
    map: &Map,
    sign_off: &mut SignOff,
    asked: Option<SignOffStep>,
) -> Option<SignOffStep> {
    let confirm_id = egui::Id::unique("sign-off confirmation");
    if let Some(step) = asked {
        ui.data_mut(|data| data.insert_temp(confirm_id, step));
    }
    let step = ui.data(|data| data.get_temp::<SignOffStep>(confirm_id))?;
    let sign = confirm_ui(ui, map, sign_off, step)?;
    ui.data_mut(|data| data.remove::<SignOffStep>(confirm_id));
    sign.then_some(step)
}

/// Asks to confirm `step`'s signature: who signs, what they decide and which revision of the
/// map (its fingerprint) they sign. `Some(true)` to sign, `Some(false)` to cancel, `None`
/// while the question waits. A step that can no longer be signed (its decision cleared) is
/// cancelled.
fn confirm_ui(ui: &mut Ui, map: &Map, sign_off: &mut SignOff, step: SignOffStep) -> Option<bool> {
    let Some(decision) = *role_of(step, sign_off).1 else {
        return Some(false);
    };
    let name = signer(step, sign_off).0.trim().to_owned();
    if name.is_empty() {
        return Some(false);
    }
    let revision = crate::assessment::fingerprint(map).unwrap_or_default();
    let mut answer = None;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, theme::attention()))
        .show(ui, |ui| {
            ui.label(
                RichText::new(tw(
                    "ui-dpia-confirm-signature",
                    &[
                        ("name", name.as_str().into()),
                        ("role", step_words(step).0.into()),
                        ("decision", t(&format!("decision-{}", decision.id())).into()),
                        ("revision", revision.as_str().into()),
                    ],
                ))
                .strong(),
            );
            ui.horizontal(|ui| {
                if ui.button(t("ui-dpia-confirm-sign")).clicked() {
                    answer = Some(true);
                }
                if ui.button(t("ui-dpia-confirm-cancel")).clicked() {
                    answer = Some(false);
                }
            });
        });
    answer
}

/// The conditions of an approval with conditions, and, when some role approves while
/// `serious` critical or high findings are open, the warning and the justification it needs;
/// the field changed, if any.
fn approval_ui(ui: &mut Ui, sign_off: &mut SignOff, serious: usize) -> Option<SignOffField> {
    let mut field = None;
    let conditional = [
        sign_off.assessor_decision,
        sign_off.dpo_decision,
        sign_off.approver_decision,
    ]
    .contains(&Some(Decision::ApproveWithConditions));
    if conditional || !sign_off.conditions.is_empty() {
        ui.label(t("ui-dpia-conditions"));
        if ui
            .add(
                egui::TextEdit::multiline(&mut sign_off.conditions)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(t("ui-dpia-conditions"))
            .changed()
        {
            field = Some(SignOffField::Conditions);
        }
    }
    if (sign_off.approves() && serious > 0) || !sign_off.justification.is_empty() {
        if sign_off.approves() && serious > 0 {
            ui.colored_label(
                theme::warning(),
                tw("ui-dpia-open-serious", &[("count", serious.into())]),
            );
        }
        ui.label(t("ui-dpia-justification"));
        if ui
            .add(
                egui::TextEdit::multiline(&mut sign_off.justification)
                    .hint_text(t("ui-dpia-justification-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(t("ui-dpia-justification"))
            .changed()
        {
            field = Some(SignOffField::Justification);
        }
    }
    field
}

/// The words of a step's row: the role (also the name field's accessible name), the date
/// field's name and the button.
fn step_words(step: SignOffStep) -> (&'static str, &'static str, &'static str) {
    match step {
        SignOffStep::Assessed => (
            t("ui-dpia-assessor"),
            t("ui-dpia-assessed-on"),
            t("ui-dpia-sign-assessor"),
        ),
        SignOffStep::DpoOpinion => (
            t("ui-dpia-dpo"),
            t("ui-dpia-dpo-on"),
            t("ui-dpia-record-opinion"),
        ),
        SignOffStep::Approved => (
            t("ui-dpia-approver"),
            t("ui-dpia-approved-on"),
            t("ui-dpia-approve"),
        ),
    }
}

fn revisions_ui(ui: &mut Ui, map: &Map, current: &str) {
    ui.label(RichText::new(t("ui-dpia-revisions")).strong().size(15.0));
    let revisions = &map.assessment.revisions;
    if revisions.is_empty() {
        ui.label(RichText::new(t("ui-dpia-nothing-signed")).weak());
        return;
    }
    egui::Grid::new("revisions")
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for heading in [
                t("ui-dpia-date"),
                t("ui-dpia-by"),
                t("ui-dpia-step"),
                t("ui-dpia-fingerprint"),
            ] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for revision in revisions {
                ui.label(crate::i18n::date(super::words::language(), revision.date));
                ui.label(&revision.by);
                ui.label(revision.step.map_or_else(
                    || revision.note.clone(),
                    |step| t(&format!("step-{}", step.id())).to_owned(),
                ));
                if revision.map_hash.is_empty() {
                    ui.label(RichText::new(t("ui-dpia-not-recorded")).weak());
                } else if revision.map_hash == current {
                    ui.label(tw(
                        "ui-dpia-this-map",
                        &[("hash", revision.map_hash.as_str().into())],
                    ));
                } else {
                    ui.colored_label(
                        theme::attention(),
                        tw(
                            "ui-dpia-changed-since",
                            &[("hash", revision.map_hash.as_str().into())],
                        ),
                    );
                }
                ui.end_row();
            }
        });
}
