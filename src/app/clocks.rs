//! The regulators' clocks in the editor (rules-spec section 7): a flow's clocks in the inspector,
//! each with its state, limit date and reasons, and a date field right where a clock waits for a
//! date the map does not record; the map's own clocks; and the "needs review" mark of the top bar.

use egui::{Color32, RichText, Ui};

use super::fields::FlowField;
use super::theme;
use super::widgets::date_field;
use super::words::{language, t, tw};
use crate::model::{Date, Flow, FlowId, Map, Severity};
use crate::rules::{Clock, ClockReason, ClockStart, ClockState};

/// The colour of a clock's state: past its limit as a high finding, near it as a warning.
fn state_colour(state: ClockState) -> Color32 {
    match state {
        ClockState::Overdue | ClockState::Expired => theme::severity(Severity::High),
        ClockState::Due | ClockState::Unknown => theme::warning(),
        ClockState::Ok => theme::severity(Severity::Low),
    }
}

/// A date in the editor's language.
fn long_date(date: Date) -> String {
    crate::i18n::date(language(), date)
}

/// One clock: its state, title and limit date, then its reasons.
fn clock_row_ui(ui: &mut Ui, clock: &Clock) {
    let language = language();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(clock.state.name(language))
                .strong()
                .color(state_colour(clock.state)),
        );
        ui.label(clock.spec.title.text(language));
        if let Some(due) = clock.due {
            ui.label(RichText::new(long_date(due)).weak());
        }
    })
    .response
    .on_hover_text(clock.spec.citation.text(language));
    ui.indent(("clock", clock.id(), clock.flow.as_ref()), |ui| {
        for reason in clock.reasons_in(language) {
            ui.label(RichText::new(format!("• {reason}")).small());
        }
    });
}

/// Above the fold, under the flow's findings: its clocks that are due, overdue, expired or
/// waiting for a date, one line each (the section below has the details).
pub fn flow_clock_alerts_ui(ui: &mut Ui, clocks: &[Clock], flow: &FlowId) {
    let language = language();
    for clock in clocks
        .iter()
        .filter(|clock| clock.flow.as_ref() == Some(flow) && clock.state != ClockState::Ok)
    {
        let limit = clock
            .due
            .map(|due| format!(" · {}", long_date(due)))
            .unwrap_or_default();
        ui.colored_label(
            state_colour(clock.state),
            format!(
                "{}: {}{limit}",
                clock.spec.title.text(language),
                clock.state.name(language)
            ),
        );
    }
}

/// The flow's start date, then its clocks; where a clock waits for a safeguard's date, a field
/// for that date. The field changed, if any.
pub fn flow_clocks_ui(ui: &mut Ui, clocks: &[Clock], edited: &mut Flow) -> Option<FlowField> {
    let mut field = None;
    ui.add_space(6.0);
    ui.label(RichText::new(t("clock-heading")).strong());
    ui.horizontal(|ui| {
        let label = t("ui-insp-since");
        ui.label(label);
        if date_field(ui, label, &mut edited.since) {
            field = Some(FlowField::Since);
        }
    });
    let mine: Vec<&Clock> = clocks
        .iter()
        .filter(|clock| clock.flow.as_ref() == Some(&edited.id))
        .collect();
    if mine.is_empty() {
        ui.label(RichText::new(t("ui-clock-none-on-flow")).weak());
        return field;
    }
    for clock in mine {
        clock_row_ui(ui, clock);
        for reason in &clock.why {
            let ClockReason::Missing(ClockStart::Safeguard(safeguard)) = reason else {
                continue;
            };
            // The day the safeguard took effect, recorded with its reference.
            let mut reference = edited
                .references
                .get(safeguard)
                .cloned()
                .unwrap_or_default();
            let name = tw(
                "ui-clock-safeguard-date",
                &[(
                    "safeguard",
                    crate::i18n::terms::safeguard(language(), *safeguard).into(),
                )],
            );
            let changed = ui
                .horizontal(|ui| {
                    ui.label(&name);
                    date_field(ui, &name, &mut reference.effective)
                })
                .inner;
            if changed {
                if reference.is_empty() {
                    edited.references.remove(safeguard);
                } else {
                    edited.references.insert(*safeguard, reference);
                }
                field = Some(FlowField::References);
            }
        }
    }
    field
}

/// The map's own clocks (the DPIA's review), in the inspector when nothing is selected.
pub fn map_clocks_ui(ui: &mut Ui, clocks: &[Clock]) {
    let own: Vec<&Clock> = clocks.iter().filter(|clock| clock.flow.is_none()).collect();
    let reviewing = clocks.iter().filter(|clock| clock.needs_review()).count();
    if own.is_empty() && reviewing == 0 {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t("clock-heading")).strong());
    if reviewing > 0 {
        ui.colored_label(
            state_colour(ClockState::Overdue),
            tw("ui-clock-review-count", &[("count", reviewing.into())]),
        );
    }
    for clock in own {
        clock_row_ui(ui, clock);
    }
}

/// The top bar's mark when a clock asks for a review: how many, and which on hover.
pub fn needs_review_ui(ui: &mut Ui, map: &Map, clocks: &[Clock]) {
    let due: Vec<&Clock> = clocks.iter().filter(|clock| clock.needs_review()).collect();
    if due.is_empty() {
        return;
    }
    let language = language();
    let lines: Vec<String> = due
        .iter()
        .map(|clock| {
            let subject = clock
                .flow
                .as_ref()
                .and_then(|id| crate::scene::flow_number(map, id))
                .map_or_else(|| t("ui-clock-the-map").to_owned(), crate::scene::flow_tag);
            let limit = clock.due.map(long_date).unwrap_or_default();
            format!(
                "{subject}: {} · {} {limit}",
                clock.spec.title.text(language),
                clock.state.name(language)
            )
        })
        .collect();
    let chip = RichText::new(format!(" {} ({}) ", t("clock-needs-review"), due.len()))
        .color(Color32::WHITE)
        .background_color(state_colour(ClockState::Overdue));
    ui.label(chip).on_hover_text(lines.join("\n"));
}
