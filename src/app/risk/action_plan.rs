//! The action-plan tab: the open treatments by owner, then due date, overdue ones marked.

use egui::{Color32, RichText, Ui};

use super::state::RiskState;
use crate::app::frame::FrameContext;
use crate::app::theme;
use crate::app::words::{language, severity, t, term, tw};
use crate::assessment::Risk;

/// The open treatments that pass the filter.
pub(super) fn action_plan_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut RiskState) {
    let view = cx.view;
    let register = view.register();
    let filter = state.filter.clone();
    let plan: Vec<&Risk> = register
        .action_plan()
        .into_iter()
        .filter(|risk| filter.matches(view.map, risk))
        .collect();
    let overdue = plan
        .iter()
        .filter(|risk| risk.is_overdue(view.today))
        .count();
    ui.label(tw(
        "ui-plan-summary",
        &[
            ("open", plan.len().into()),
            ("overdue", overdue.into()),
            ("date", crate::i18n::date(language(), view.today).into()),
        ],
    ));
    if plan.is_empty() {
        ui.label(t("ui-plan-empty"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("action plan")
        .auto_shrink(false)
        .show_rows(ui, 20.0, plan.len(), |ui, rows| {
            for index in rows {
                let Some(risk) = plan.get(index) else {
                    continue;
                };
                let owner = risk.owner().unwrap_or(t("ui-plan-unassigned"));
                let first_of_owner = index == 0
                    || plan
                        .get(index - 1)
                        .is_some_and(|previous| previous.owner() != risk.owner());
                ui.horizontal(|ui| {
                    ui.style_mut().interaction.selectable_labels = false;
                    let owner_text = if first_of_owner {
                        RichText::new(owner).strong()
                    } else {
                        RichText::new(owner).weak()
                    };
                    ui.add_sized([120.0, 18.0], egui::Label::new(owner_text).truncate());
                    let due = match risk.due() {
                        Some(due) if risk.is_overdue(view.today) => RichText::new(tw(
                            "ui-plan-overdue",
                            &[("date", crate::i18n::date(language(), due).into())],
                        ))
                        .color(theme::warning())
                        .strong(),
                        Some(due) => RichText::new(crate::i18n::date(language(), due)),
                        None => RichText::new(t("ui-plan-no-due")).weak(),
                    };
                    ui.add_sized([130.0, 18.0], egui::Label::new(due));
                    let status = RichText::new(term("status", risk.status.id())).small();
                    ui.add_sized([80.0, 18.0], egui::Label::new(status));
                    let chip = RichText::new(format!(" {} ", severity(risk.initial.severity)))
                        .monospace()
                        .color(Color32::WHITE)
                        .background_color(theme::severity(risk.initial.severity));
                    ui.add_sized([92.0, 18.0], egui::Label::new(chip));
                    state.finding_link_ui(ui, risk, cx);
                });
            }
        });
}
