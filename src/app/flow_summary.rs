//! What a flow's inspector shows first: the flow's own findings, each with why it fired and the
//! safeguard that closes it one click away, and, once the flow carries sensitive data, the
//! question of how many people's sensitive data crosses.

use egui::{RichText, Ui};

use super::edit::{Edit, PendingEdit};
use super::fields::FlowField;
use super::frame::FrameContext;
use super::requests::Focus;
use super::theme;
use super::view::View;
use super::words::{language, severity, t, term, tw};
use crate::model::{DataClass, Flow};
use crate::rules::{Finding, Sensitivity};

/// The flow's findings, worst first, each with its reasons and its best treatment as a button.
pub fn flow_findings_ui(ui: &mut Ui, view: &View<'_>, flow: &Flow, edits: &mut Vec<PendingEdit>) {
    let mut findings: Vec<&Finding> = view.evaluation().findings_for_flow(&flow.id).collect();
    findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    let heading = tw("ui-insp-findings", &[("count", findings.len().into())]);
    if findings.is_empty() {
        ui.label(RichText::new(heading).strong());
        ui.label(RichText::new(t("ui-insp-no-findings")).weak());
        return;
    }
    egui::CollapsingHeader::new(RichText::new(heading).strong())
        .id_salt("flow findings")
        .default_open(true)
        .show(ui, |ui| {
            for finding in findings {
                finding_ui(ui, view, flow, finding, edits);
            }
        });
}

/// One finding: severity, title (the citation and mitigation on hover), reasons, best fix.
fn finding_ui(
    ui: &mut Ui,
    view: &View<'_>,
    flow: &Flow,
    finding: &Finding,
    edits: &mut Vec<PendingEdit>,
) {
    let language = language();
    ui.horizontal_wrapped(|ui| {
        let chip = RichText::new(format!(" {} ", severity(finding.severity)))
            .color(egui::Color32::WHITE)
            .background_color(theme::severity(finding.severity));
        ui.label(chip);
        let details = finding_details(finding);
        ui.label(RichText::new(finding.title_in(language)).strong())
            .on_hover_text(format!("{}\n{details}", finding.rule()));
    });
    // Why it fired: the facts found and the safeguards looked for and missing.
    for reason in finding.reasons_in(language) {
        ui.label(RichText::new(format!("• {reason}")).small());
    }
    if let Some(best) = view.fixes(finding).first() {
        let name = term("safeguard", best.id());
        let button = ui
            .small_button(tw("ui-treat-add", &[("safeguard", name.into())]))
            .on_hover_text(t("ui-treat-add-tip"));
        if button.clicked() {
            let mut fixed = flow.clone();
            fixed.safeguards.insert(*best);
            edits.push(PendingEdit::new(
                tw("ui-undo-add-safeguard", &[("safeguard", name.into())]),
                Edit::ReplaceFlow(fixed),
            ));
        }
    }
    ui.add_space(4.0);
}

/// The sensitive classes the flow carries, by the rulebook's marks of the evaluation date.
pub fn sensitive_classes(flow: &Flow, sensitivity: Sensitivity) -> Vec<DataClass> {
    flow.data_classes
        .iter()
        .copied()
        .filter(|class| sensitivity.macau(*class) || sensitivity.pipl(*class))
        .collect()
}

/// While the flow carries sensitive data and the number of people whose sensitive data crosses
/// is not recorded, asks for it in a field of its own; the field changed, if any.
pub fn sensitive_question_ui(
    ui: &mut Ui,
    edited: &mut Flow,
    sensitivity: Sensitivity,
    cx: &mut FrameContext<'_>,
) -> Option<FlowField> {
    let sensitive = sensitive_classes(edited, sensitivity);
    let focus = cx.requests.take_focus(Focus::SensitiveCount);
    let id = ui.make_persistent_id(("sensitive question", edited.id.as_str()));
    // The question stays while it is being answered, so a number is typed whole.
    let answering = focus || ui.memory(|memory| memory.has_focus(id));
    if sensitive.is_empty() || (edited.sensitive_subjects_per_year.is_some() && !answering) {
        return None;
    }
    let names: Vec<&str> = sensitive
        .iter()
        .map(|class| term("class", class.id()))
        .collect();
    let mut changed = None;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, theme::attention()))
        .show(ui, |ui| {
            ui.label(
                RichText::new(tw(
                    "ui-insp-sensitive-ask",
                    &[("classes", names.join(t("diagram-separator")).into())],
                ))
                .color(theme::attention()),
            );
            let mut typed = edited
                .sensitive_subjects_per_year
                .map(|count| count.to_string())
                .unwrap_or_default();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut typed)
                        .id(id)
                        .hint_text(t("ui-insp-sensitive-hint"))
                        .desired_width(160.0),
                )
                .accessible_name(t("ui-insp-sensitive-count"));
            if focus {
                field.request_focus();
            }
            if field.changed() {
                let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
                // Never more than the people the flow carries, when that is known.
                let most = edited.subjects_per_year.unwrap_or(u64::MAX);
                edited.sensitive_subjects_per_year =
                    digits.parse::<u64>().ok().map(|count| count.min(most));
                changed = Some(FlowField::Sensitive);
            }
            ui.label(RichText::new(t("ui-insp-sensitive-why")).small().weak());
        });
    changed
}

/// A finding's citation, how well it is verified, what to do, and its detail when it has one,
/// in the editor's language.
pub(super) fn finding_details(finding: &crate::rules::Finding) -> String {
    let language = language();
    let mut details = tw(
        "ui-insp-finding-details",
        &[
            ("citation", finding.citation_in(language).into()),
            ("verification", finding.verification().as_str().into()),
            ("mitigation", finding.mitigation_in(language).into()),
        ],
    );
    if let Some(detail) = finding.detail_in(language) {
        details.push_str(&format!("\n{detail}"));
    }
    details
}
