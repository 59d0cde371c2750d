//! The DPIA workspace: the report's sections as a form. Answers can be drafted from the map,
//! then edited; the sign-off block records each step in the revision log with the fingerprint
//! of the map that was signed. Every change is an undoable edit of the map's assessment.

use egui::{RichText, Ui};

use super::treatment::date_field;
use super::{Edit, PendingEdit, theme};
use crate::dpia;
use crate::export::diagram_hash;
use crate::model::{Assessment, Date, Map, Revision, SignOffStep};
use crate::risk::Register;
use crate::rules::{Evaluation, Rulebook};

/// One text answer of the form: its title, what it asks, and where it lives in the answers.
struct Question {
    key: &'static str,
    title: &'static str,
    asks: &'static str,
    field: fn(&mut crate::model::DpiaAnswers) -> &mut String,
}

const QUESTIONS: [Question; 6] = [
    Question {
        key: "processing",
        title: "1. Processing description",
        asks: "Who processes what, for which purposes, in which roles, on which platforms and \
               where they store the data.",
        field: |dpia| &mut dpia.processing_description,
    },
    Question {
        key: "necessity",
        title: "2. Necessity and proportionality",
        asks: "Why each flow needs the data it carries, and why less would not do.",
        field: |dpia| &mut dpia.necessity,
    },
    Question {
        key: "information",
        title: "3a. Rights: information",
        asks: "How people are told about the processing, the recipient and the place.",
        field: |dpia| &mut dpia.rights.information,
    },
    Question {
        key: "access",
        title: "3b. Rights: access and correction",
        asks: "How people see and correct their data, and how fast they get an answer.",
        field: |dpia| &mut dpia.rights.access,
    },
    Question {
        key: "objection",
        title: "3c. Rights: objection and withdrawal",
        asks: "How people object, or withdraw consent, and what then happens to the flow.",
        field: |dpia| &mut dpia.rights.objection,
    },
    Question {
        key: "retention",
        title: "4. Retention",
        asks: "How long each flow's data is kept, and how it is deleted.",
        field: |dpia| &mut dpia.retention,
    },
];

/// The whole workspace, in the central area instead of the canvas.
pub fn workspace_ui(
    ui: &mut Ui,
    map: &Map,
    evaluation: &Evaluation,
    rulebook: &Rulebook,
    today: Date,
    edits: &mut Vec<PendingEdit>,
) {
    egui::ScrollArea::vertical()
        .id_salt("dpia workspace")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.add_space(8.0);
            let title = if map.meta.title.trim().is_empty() {
                "Untitled map"
            } else {
                map.meta.title.trim()
            };
            ui.heading(format!("DPIA: {title}"));
            let mut answers = map.assessment.dpia.clone();
            let answered = QUESTIONS
                .iter()
                .filter(|question| !(question.field)(&mut answers).trim().is_empty())
                .count();
            let register = Register::new(map, evaluation, rulebook);
            let open = register.risks.iter().filter(|risk| risk.is_open()).count();
            ui.label(format!(
                "{answered} of {} answers written · {} findings, {open} still open · rules as of \
                 {today}",
                QUESTIONS.len(),
                register.risks.len()
            ));
            let drafts = dpia::draft(map);
            let fillable = QUESTIONS.iter().any(|question| {
                let mut current = map.assessment.dpia.clone();
                let mut draft = drafts.clone();
                (question.field)(&mut current).trim().is_empty()
                    && !(question.field)(&mut draft).is_empty()
            });
            if ui
                .add_enabled(
                    fillable,
                    egui::Button::new("Fill every empty answer from the map"),
                )
                .on_hover_text(
                    "Drafts from the platforms, places, data classes and counts on the map",
                )
                .clicked()
            {
                let mut assessment = map.assessment.clone();
                for question in &QUESTIONS {
                    let mut draft = drafts.clone();
                    let answer = (question.field)(&mut assessment.dpia);
                    if answer.trim().is_empty() {
                        *answer = (question.field)(&mut draft).clone();
                    }
                }
                edits.push(PendingEdit::new(
                    "Fill the DPIA from the map",
                    Edit::SetAssessment(Box::new(assessment)),
                ));
            }
            ui.add_space(8.0);
            for question in &QUESTIONS {
                question_ui(ui, map, question, &drafts, edits);
            }
            ui.separator();
            sign_off_ui(ui, map, today, edits);
            ui.separator();
            revisions_ui(ui, map);
            ui.add_space(24.0);
        });
}

fn question_ui(
    ui: &mut Ui,
    map: &Map,
    question: &Question,
    drafts: &crate::model::DpiaAnswers,
    edits: &mut Vec<PendingEdit>,
) {
    let mut assessment = map.assessment.clone();
    let mut draft = drafts.clone();
    let draft = (question.field)(&mut draft).clone();
    ui.horizontal(|ui| {
        ui.label(RichText::new(question.title).strong().size(15.0));
        let answer = (question.field)(&mut assessment.dpia);
        if answer.trim().is_empty() && !draft.is_empty() {
            if ui
                .small_button("Fill from the map")
                .on_hover_text(&draft)
                .clicked()
            {
                *answer = draft.clone();
                edits.push(PendingEdit::new(
                    format!("Fill “{}” from the map", question.title),
                    Edit::SetAssessment(Box::new(assessment.clone())),
                ));
            }
        } else if answer.trim().is_empty() {
            ui.colored_label(theme::severity(4), "not answered");
        }
    });
    ui.label(RichText::new(question.asks).weak());
    let mut edited = map.assessment.clone();
    let answer = (question.field)(&mut edited.dpia);
    let hint = if draft.is_empty() {
        "Not answered yet".to_owned()
    } else {
        draft
    };
    if ui
        .add(
            egui::TextEdit::multiline(answer)
                .hint_text(hint)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(question.title)
        .changed()
    {
        edits.push(PendingEdit::merging(
            format!("Edit “{}”", question.title),
            Edit::SetAssessment(Box::new(edited)),
            format!("dpia:{}", question.key),
        ));
    }
    ui.add_space(6.0);
}

/// A text field of the sign-off; true when changed.
fn name_field(ui: &mut Ui, name: &str, value: &mut String) -> bool {
    ui.add(egui::TextEdit::singleline(value).desired_width(220.0))
        .accessible_name(name)
        .changed()
}

fn sign_off_ui(ui: &mut Ui, map: &Map, today: Date, edits: &mut Vec<PendingEdit>) {
    ui.label(RichText::new("5. Sign-off").strong().size(15.0));
    ui.label(
        RichText::new(
            "Each signature records the date and the map's fingerprint in the revision log.",
        )
        .weak(),
    );
    let mut edited = map.assessment.clone();
    let mut field = None;
    let mut signed = None;
    egui::Grid::new("sign-off")
        .num_columns(4)
        .spacing([10.0, 8.0])
        .show(ui, |ui| {
            let sign = &mut edited.sign_off;
            ui.label("Assessor");
            if name_field(ui, "Assessor", &mut sign.assessor) {
                field = Some("assessor");
            }
            if date_field(ui, "Assessed on", &mut sign.assessed_on) {
                field = Some("assessed_on");
            }
            if sign_button(ui, "Sign as assessor", &sign.assessor) {
                signed = Some(SignOffStep::Assessed);
            }
            ui.end_row();

            ui.label("DPO");
            if name_field(ui, "DPO", &mut sign.dpo) {
                field = Some("dpo");
            }
            if date_field(ui, "DPO opinion on", &mut sign.dpo_on) {
                field = Some("dpo_on");
            }
            if sign_button(ui, "Record the DPO's opinion", &sign.dpo) {
                signed = Some(SignOffStep::DpoOpinion);
            }
            ui.end_row();

            ui.label("Approver");
            if name_field(ui, "Approver", &mut sign.approver) {
                field = Some("approver");
            }
            if date_field(ui, "Approved on", &mut sign.approved_on) {
                field = Some("approved_on");
            }
            if sign_button(ui, "Approve", &sign.approver) {
                signed = Some(SignOffStep::Approved);
            }
            ui.end_row();
        });
    ui.label("DPO opinion");
    if ui
        .add(
            egui::TextEdit::multiline(&mut edited.sign_off.dpo_opinion)
                .hint_text("The DPO's opinion on the assessment and its residual risks")
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .accessible_name("DPO opinion")
        .changed()
    {
        field = Some("dpo_opinion");
    }
    if let Some(step) = signed {
        sign(&mut edited, map, step, today);
        edits.push(PendingEdit::new(
            step.label().to_owned(),
            Edit::SetAssessment(Box::new(edited)),
        ));
    } else if let Some(field) = field {
        edits.push(PendingEdit::merging(
            "Edit the sign-off",
            Edit::SetAssessment(Box::new(edited)),
            format!("sign-off:{field}"),
        ));
    }
}

fn sign_button(ui: &mut Ui, label: &str, name: &str) -> bool {
    ui.add_enabled(!name.trim().is_empty(), egui::Button::new(label))
        .on_disabled_hover_text("Write the name first")
        .clicked()
}

/// Signs `step` today: sets its date and adds a revision-log entry with the map's fingerprint.
pub fn sign(assessment: &mut Assessment, map: &Map, step: SignOffStep, today: Date) {
    let sign = &mut assessment.sign_off;
    let by = match step {
        SignOffStep::Assessed => {
            sign.assessed_on = Some(today);
            sign.assessor.trim().to_owned()
        }
        SignOffStep::DpoOpinion => {
            sign.dpo_on = Some(today);
            sign.dpo.trim().to_owned()
        }
        SignOffStep::Approved => {
            sign.approved_on = Some(today);
            sign.approver.trim().to_owned()
        }
    };
    assessment.revisions.push(Revision {
        date: today,
        by,
        step: Some(step),
        note: String::new(),
        map_hash: diagram_hash(map),
    });
}

fn revisions_ui(ui: &mut Ui, map: &Map) {
    ui.label(RichText::new("Revision log").strong().size(15.0));
    let revisions = &map.assessment.revisions;
    if revisions.is_empty() {
        ui.label(RichText::new("Nothing signed yet.").weak());
        return;
    }
    let current = diagram_hash(map);
    egui::Grid::new("revisions")
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for heading in ["Date", "By", "Step", "Map fingerprint"] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for revision in revisions {
                ui.label(revision.date.to_string());
                ui.label(&revision.by);
                ui.label(
                    revision
                        .step
                        .map_or_else(|| revision.note.clone(), |step| step.label().to_owned()),
                );
                if revision.map_hash.is_empty() {
                    ui.label(RichText::new("not recorded").weak());
                } else if revision.map_hash == current {
                    ui.label(format!("{} (this map)", revision.map_hash));
                } else {
                    ui.colored_label(
                        theme::severity(4),
                        format!("{} (the map has changed since)", revision.map_hash),
                    );
                }
                ui.end_row();
            }
        });
}
