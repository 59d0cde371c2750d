//! The inspector: every attribute of the selected site or flow, edited with fitting widgets.
//! Each change becomes an edit; typing in one field merges into one undo step.

use egui::{RichText, Ui};

use super::edit::{Edit, MergeKey, PendingEdit};
use super::fields::{FlowField, MapField, SiteField};
use super::flow_summary::{finding_details, flow_findings_ui, sensitive_question_ui};
use super::frame::FrameContext;
use super::organisation::{flow_filing_ui, organisation_ui, site_filing_ui};
use super::requests::Focus;
use super::state::Selection;
use super::theme;
use super::view::View;
use super::widgets::{
    checkboxes, jurisdiction_picker, notes_ui, optional_combo, optional_number, text_row,
    vocabulary_combo,
};
use super::words::{t, term, tw};
use crate::layout::moved_into_lane;
use crate::model::{
    Access, DataClass, Flag, Flow, LegalBasis, Map, RecipientRole, Safeguard, Sector, Site,
    SiteKind,
};
use crate::rules::{Evaluation, Sensitivity, Subject};

/// Shows the selected item, or a hint when nothing (or several things) is selected.
pub fn inspector_ui(ui: &mut Ui, cx: &mut FrameContext<'_>) {
    let view = cx.view;
    let (map, evaluation) = (view.map, view.evaluation());
    egui::ScrollArea::vertical().show(ui, |ui| {
        let selection = cx.shared.selection().clone();
        match (selection.sites.len(), selection.flows.len()) {
            (1, 0) => {
                if let Some(site) = selection.sites.first().and_then(|id| map.site(id)) {
                    site_ui(ui, map, evaluation, site, cx);
                }
            }
            (0, 1) => {
                if let Some(flow) = selection.flows.first().and_then(|id| map.flow(id)) {
                    flow_ui(ui, &view, flow.flow, cx);
                }
            }
            (0, 0) => {
                map_ui(ui, map, evaluation, cx.edits);
                super::clocks::map_clocks_ui(ui, view.clocks());
            }
            (sites, flows) => {
                ui.heading(t("ui-insp-selection"));
                ui.label(tw(
                    "ui-insp-selected",
                    &[("sites", sites.into()), ("flows", flows.into())],
                ));
                ui.label(t("ui-insp-selection-hint"));
            }
        }
    });
}

/// With nothing selected: the map's own details.
fn map_ui(ui: &mut Ui, map: &Map, evaluation: &Evaluation, edits: &mut Vec<PendingEdit>) {
    ui.heading(t("ui-insp-map"));
    let mut meta = map.meta.clone();
    let mut changed = None;
    egui::Grid::new("map-meta").num_columns(2).show(ui, |ui| {
        if text_row(ui, t("ui-insp-title"), &mut meta.title) {
            changed = Some(MapField::Title);
        }
        if text_row(ui, t("ui-insp-organisation"), &mut meta.organisation) {
            changed = Some(MapField::Organisation);
        }
        if text_row(ui, t("ui-insp-author"), &mut meta.author) {
            changed = Some(MapField::Author);
        }
        ui.label(t("ui-insp-map-sector"));
        if optional_combo(
            ui,
            "map-sector",
            t("ui-insp-map-sector"),
            &mut meta.sector,
            Sector::ALL,
            |sector| term("sector", sector.id()),
            t("ui-insp-not-recorded"),
        ) {
            changed = Some(MapField::Sector);
        }
        ui.end_row();
        // The language of the map's report and diagram (Simplified Chinese is for filings
        // with Mainland authorities, so it is offered here though the editor does not speak it).
        ui.label(t("ui-insp-report-language"));
        egui::ComboBox::from_id_salt("report-language")
            .selected_text(meta.language.label())
            .show_ui(ui, |ui| {
                for language in crate::model::Language::ALL {
                    if ui
                        .selectable_value(&mut meta.language, *language, language.label())
                        .changed()
                    {
                        changed = Some(MapField::Language);
                    }
                }
            })
            .response
            .on_hover_text(t("ui-insp-report-language-tip"))
            .accessible_name(t("ui-insp-report-language"));
        ui.end_row();
    });
    ui.label(t("ui-insp-description"));
    if ui
        .add(egui::TextEdit::multiline(&mut meta.description).desired_rows(4))
        .accessible_name(t("ui-insp-description"))
        .changed()
    {
        changed = Some(MapField::Description);
    }
    if let Some(field) = organisation_ui(ui, &mut meta.controller) {
        changed = Some(field);
    }
    if let Some(field) = changed {
        edits.push(PendingEdit::merging(
            field.undo_label(),
            Edit::SetMeta(meta),
            MergeKey::Meta(field),
        ));
    }
    ui.separator();
    let totals = evaluation.mainland_exports;
    if totals.flows == 0 {
        ui.label(t("ui-insp-no-mainland"));
    } else {
        ui.label(tw(
            "ui-insp-mainland",
            &[
                ("sensitive", totals.sensitive_subjects.into()),
                ("other", totals.non_sensitive_subjects.into()),
                ("flows", totals.flows.into()),
            ],
        ));
    }
    if let Some(mechanism) = &evaluation.mechanism {
        ui.label(
            RichText::new(tw(
                "ui-insp-mechanism",
                &[("mechanism", mechanism.text(super::words::language()).into())],
            ))
            .weak(),
        );
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t("ui-insp-hint")).weak());
}

fn site_ui(
    ui: &mut Ui,
    map: &Map,
    evaluation: &Evaluation,
    site: &Site,
    cx: &mut FrameContext<'_>,
) {
    ui.heading(t("ui-insp-site"));
    ui.label(RichText::new(format!("id {}", site.id)).weak());
    let mut edited = site.clone();
    let mut field = None;
    egui::Grid::new("site-fields")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(t("ui-insp-name"));
            let name = ui
                .add(
                    egui::TextEdit::singleline(&mut edited.name)
                        .desired_width(f32::INFINITY)
                        .id_salt("site-name"),
                )
                .accessible_name(t("ui-insp-name"));
            if cx.requests.take_focus(Focus::SiteName) {
                name.request_focus();
                // Select the whole name so typing replaces the preset's.
                if let Some(mut text_state) = egui::TextEdit::load_state(ui.ctx(), name.id) {
                    let all = egui::text::CCursorRange::two(
                        egui::text::CCursor::new(0),
                        egui::text::CCursor::new(edited.name.chars().count()),
                    );
                    text_state.cursor.set_char_range(Some(all));
                    text_state.store(ui.ctx(), name.id);
                }
            }
            if name.changed() {
                field = Some(SiteField::Name);
            }
            ui.end_row();
            ui.label(t("ui-insp-kind"));
            if vocabulary_combo(ui, "kind", &mut edited.kind, SiteKind::ALL, |kind| {
                term("kind", kind.id())
            }) {
                field = Some(SiteField::Kind);
            }
            ui.end_row();
            ui.label(t("ui-insp-jurisdiction"));
            ui.horizontal(|ui| {
                if jurisdiction_picker(ui, "site-jurisdiction", &mut edited.jurisdiction) {
                    field = Some(SiteField::Jurisdiction);
                }
            });
            ui.end_row();
            if let Some(changed) = site_holder_ui(ui, &mut edited) {
                field = Some(changed);
            }
        });
    if notes_ui(ui, &mut edited.notes) {
        field = Some(SiteField::Notes);
    }
    if let Some(changed) = site_filing_ui(ui, &mut edited) {
        field = Some(changed);
    }
    if let Some(field) = field {
        if field == SiteField::Jurisdiction
            && edited.jurisdiction.lane() != site.jurisdiction.lane()
        {
            edited.position = Some(moved_into_lane(edited.jurisdiction.lane(), site.position));
        }
        cx.edit(PendingEdit::merging(
            field.undo_label(),
            Edit::ReplaceSite(edited),
            MergeKey::Site(site.id.clone(), field),
        ));
    }

    ui.separator();
    ui.label(RichText::new(t("ui-insp-flows")).strong());
    for view in map.flows_of(&site.id) {
        let text = format!(
            "{}: {}",
            view.flow.id,
            crate::text::route(&view.source.name, &view.target.name)
        );
        if ui.link(text).clicked() {
            cx.shared.select_only(Selection::flow(view.flow.id.clone()));
        }
    }
    let own: Vec<_> = evaluation
        .findings
        .iter()
        .filter(|finding| finding.subject == Subject::Site(site.id.clone()))
        .collect();
    if !own.is_empty() {
        ui.separator();
        ui.label(RichText::new(t("ui-insp-site-findings")).strong());
        for finding in own {
            finding_row_ui(ui, finding);
        }
    }
    ui.separator();
    if ui
        .button(t("ui-insp-delete-site"))
        .on_hover_text(t("ui-insp-delete-site-tip"))
        .clicked()
    {
        cx.edit(PendingEdit::new(
            t("ui-insp-delete-site"),
            Edit::RemoveSite(site.id.clone()),
        ));
        cx.shared.clear_selection();
    }
}

/// Who holds the data at a site, as rows of the site's grid: city, operator, legal entity and
/// its sector (the map's when none is chosen). The field changed, if any.
fn site_holder_ui(ui: &mut Ui, edited: &mut Site) -> Option<SiteField> {
    let mut field = None;
    if text_row(ui, t("ui-insp-city"), &mut edited.city) {
        field = Some(SiteField::City);
    }
    if text_row(ui, t("ui-insp-operator"), &mut edited.operator) {
        field = Some(SiteField::Operator);
    }
    if text_row(ui, t("ui-insp-entity"), &mut edited.entity) {
        field = Some(SiteField::Entity);
    }
    ui.label(t("ui-insp-sector"));
    if optional_combo(
        ui,
        "site-sector",
        t("ui-insp-sector"),
        &mut edited.sector,
        Sector::ALL,
        |sector| term("sector", sector.id()),
        t("ui-insp-sector-map"),
    ) {
        field = Some(SiteField::Sector);
    }
    ui.end_row();
    field
}

/// A finding in a list: severity chip, title, and the details on hover.
pub fn finding_row_ui(ui: &mut Ui, finding: &crate::rules::Finding) {
    ui.horizontal_wrapped(|ui| {
        let language = super::words::language();
        let chip = RichText::new(format!(" {} ", super::words::severity(finding.severity)))
            .color(egui::Color32::WHITE)
            .background_color(theme::severity(finding.severity));
        ui.label(chip);
        ui.label(RichText::new(finding.rule()).monospace());
        ui.label(finding.title_in(language));
    });
    let language = super::words::language();
    let details = finding_details(finding);
    ui.indent(("finding", finding.id.as_str()), |ui| {
        ui.label(RichText::new(details).small().weak());
        // Why it fired: the facts found and the safeguards looked for and missing.
        for reason in finding.reasons_in(language) {
            ui.label(RichText::new(format!("• {reason}")).small());
        }
    });
}

/// The selected flow: its ends and purpose, data, numbers, basis, safeguards and facts, then its
/// findings. Every change is one edit of the whole flow.
fn flow_ui(ui: &mut Ui, view: &View<'_>, flow: &Flow, cx: &mut FrameContext<'_>) {
    let (map, evaluation) = (view.map, view.evaluation());
    // The number the diagram, the inventory and the register print (the scene's flows are in
    // id order, so it is found by halving).
    let flows = &view.scene().flows;
    let number = flows
        .binary_search_by(|arrow| arrow.id.cmp(&flow.id))
        .ok()
        .and_then(|index| flows.get(index))
        .map(|arrow| arrow.number)
        .or_else(|| crate::scene::flow_number(map, &flow.id));
    match number {
        Some(number) => ui.heading(tw(
            "ui-insp-flow-number",
            &[("tag", crate::scene::flow_tag(number).into())],
        )),
        None => ui.heading(t("ui-insp-flow")),
    };
    ui.label(RichText::new(format!("id {}", flow.id)).weak());
    // What the law still asks of this flow comes first, above the fold.
    flow_findings_ui(ui, view, flow, cx.edits);
    super::clocks::flow_clock_alerts_ui(ui, view.clocks(), &flow.id);
    ui.separator();
    let mut edited = flow.clone();
    let mut field = flow_ends_ui(ui, map, &mut edited);
    if edited.from == edited.to {
        ui.colored_label(theme::warning(), t("ui-insp-same-ends"));
        field = None;
        edited = flow.clone();
    }
    // The sensitivity marks follow the rulebook on the evaluation date, as the evaluation
    // recorded them once per revision.
    let sensitivity = evaluation.sensitivity;
    if let Some(changed) = flow_classes_ui(ui, &mut edited, sensitivity) {
        field = Some(changed);
    }
    if let Some(changed) = sensitive_question_ui(ui, &mut edited, sensitivity, cx) {
        field = Some(changed);
    }
    for part in [flow_numbers_ui, flow_basis_ui, flow_facts_ui] {
        if let Some(changed) = part(ui, &mut edited) {
            field = Some(changed);
        }
    }
    // The dates the law counts from, beside the clocks they start.
    if let Some(changed) = super::clocks::flow_clocks_ui(ui, view.clocks(), &mut edited) {
        field = Some(changed);
    }
    if let Some(changed) = flow_filing_ui(ui, &mut edited) {
        field = Some(changed);
    }
    if let Some(field) = field {
        let edit = Edit::ReplaceFlow(edited);
        cx.edit(if field.is_typed() {
            PendingEdit::merging(
                field.undo_label(),
                edit,
                MergeKey::Flow(flow.id.clone(), field),
            )
        } else {
            PendingEdit::new(field.undo_label(), edit)
        });
    }

    ui.separator();
    if ui.button(t("ui-insp-delete-flow")).clicked() {
        cx.edit(PendingEdit::new(
            t("ui-insp-delete-flow"),
            Edit::RemoveFlow(flow.id.clone()),
        ));
        cx.shared.clear_selection();
    }
}

/// Where the flow goes from and to, and its purpose; the field changed, if any.
fn flow_ends_ui(ui: &mut Ui, map: &Map, edited: &mut Flow) -> Option<FlowField> {
    let mut field = None;
    egui::Grid::new("flow-ends").num_columns(2).show(ui, |ui| {
        for (label, end) in [
            (t("ui-insp-from"), &mut edited.from),
            (t("ui-insp-to"), &mut edited.to),
        ] {
            ui.label(label);
            let current = map
                .site(end)
                .map_or_else(|| end.to_string(), |site| site.name.clone());
            egui::ComboBox::from_id_salt(label)
                .selected_text(current)
                .width(180.0)
                .show_ui(ui, |ui| {
                    for site in map.sites() {
                        let text = format!("{} ({})", site.name, site.jurisdiction.id());
                        if ui.selectable_value(end, site.id.clone(), text).changed() {
                            field = Some(FlowField::Ends);
                        }
                    }
                })
                .response
                .accessible_name(label);
            ui.end_row();
        }
        if text_row(ui, t("ui-insp-purpose"), &mut edited.purpose) {
            field = Some(FlowField::Purpose);
        }
    });
    field
}

/// The data classes, marked by their sensitivity.
fn flow_classes_ui(ui: &mut Ui, edited: &mut Flow, sensitivity: Sensitivity) -> Option<FlowField> {
    section(ui, t("ui-insp-classes"), t("ui-insp-classes-tip"));
    let class_label = |class: DataClass| {
        let mut marks = String::new();
        if sensitivity.macau(class) {
            marks.push('M');
        }
        if sensitivity.pipl(class) {
            marks.push('P');
        }
        let name = term("class", class.id());
        if marks.is_empty() {
            name.to_owned()
        } else {
            format!("{name} [{marks}]")
        }
    };
    checkboxes(ui, DataClass::ALL, &mut edited.data_classes, class_label)
        .then_some(FlowField::Classes)
}

/// How many people a year, how many of them with sensitive data, and the retention.
fn flow_numbers_ui(ui: &mut Ui, edited: &mut Flow) -> Option<FlowField> {
    section(ui, t("ui-insp-numbers"), t("ui-insp-numbers-tip"));
    let mut field = None;
    egui::Grid::new("flow-numbers")
        .num_columns(2)
        .show(ui, |ui| {
            if optional_number(
                ui,
                t("ui-insp-people"),
                &mut edited.subjects_per_year,
                0,
                "",
            ) {
                field = Some(FlowField::Subjects);
            }
            if optional_number(
                ui,
                t("ui-insp-sensitive"),
                &mut edited.sensitive_subjects_per_year,
                0,
                "",
            ) {
                field = Some(FlowField::Sensitive);
            }
            if optional_number(
                ui,
                t("ui-insp-retention"),
                &mut edited.retention_days,
                365,
                t("ui-insp-days"),
            ) {
                field = Some(FlowField::Retention);
            }
        });
    if let (Some(sensitive), Some(total)) =
        (edited.sensitive_subjects_per_year, edited.subjects_per_year)
        && sensitive > total
    {
        edited.sensitive_subjects_per_year = Some(total);
    }
    field
}

/// The legal basis, the recipient's role and how the data is reached.
fn flow_basis_ui(ui: &mut Ui, edited: &mut Flow) -> Option<FlowField> {
    section(ui, t("ui-insp-basis-section"), "");
    let mut field = None;
    egui::Grid::new("flow-basis").num_columns(2).show(ui, |ui| {
        ui.label(t("ui-insp-basis"));
        let basis = &mut edited.legal_basis;
        if vocabulary_combo(ui, "basis", basis, LegalBasis::ALL, |basis| {
            term("basis", basis.id())
        }) {
            field = Some(FlowField::Basis);
        }
        ui.end_row();
        ui.label(t("ui-insp-role"));
        if optional_combo(
            ui,
            "role",
            t("ui-insp-role"),
            &mut edited.recipient_role,
            RecipientRole::ALL,
            |role| term("role", role.id()),
            t("ui-insp-not-recorded"),
        ) {
            field = Some(FlowField::Role);
        }
        ui.end_row();
        ui.label(t("ui-insp-access"));
        ui.horizontal(|ui| {
            for access in Access::ALL {
                if ui
                    .radio_value(&mut edited.access, *access, term("access", access.id()))
                    .changed()
                {
                    field = Some(FlowField::Access);
                }
            }
        });
        ui.end_row();
    });
    field
}

/// The safeguards in place, the facts about the flow and its notes.
fn flow_facts_ui(ui: &mut Ui, edited: &mut Flow) -> Option<FlowField> {
    let mut field = None;
    section(ui, t("ui-insp-safeguards"), "");
    if checkboxes(ui, Safeguard::ALL, &mut edited.safeguards, |s| {
        term("safeguard", s.id()).to_owned()
    }) {
        field = Some(FlowField::Safeguards);
    }
    section(ui, t("ui-insp-facts"), "");
    if checkboxes(ui, Flag::ALL, &mut edited.flags, |f| {
        term("flag", f.id()).to_owned()
    }) {
        field = Some(FlowField::Flags);
    }
    if notes_ui(ui, &mut edited.notes) {
        field = Some(FlowField::Notes);
    }
    field
}

fn section(ui: &mut Ui, title: &str, hint: &str) {
    ui.add_space(6.0);
    let heading = ui.label(RichText::new(title).strong());
    if !hint.is_empty() {
        heading.on_hover_text(hint);
    }
}
