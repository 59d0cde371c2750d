//! The fields the regulators' filings ask for beyond what the rules read: the organisation
//! panel (the controller's legal identity, who signs for it, its representative in Macau, its
//! DPO and its security measures), and the filing fields of a site and of a flow in the
//! inspector. Each returns the field it changed, so the inspector makes one edit of it and
//! typing in one field merges into one undo step. Every word comes from the catalogue.

use egui::{RichText, Ui};

use super::fields::{FlowField, MapField, SiteField};
use super::widgets::date_field;
use super::words::{t, term};
use crate::model::{Controller, Flow, Person, Site};

/// A line of text with its label above, the field as wide as the panel: the labels of the
/// filings are long, and beside their fields they would widen the inspector; true when changed.
fn stacked(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .accessible_name(label)
        .changed()
}

/// A text of several lines with its label above; true when changed.
fn text_area(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .accessible_name(label)
    .changed()
}

/// A person's name, title and contact under a heading; true when changed. The fields are
/// named "heading: Name" and so on for screen readers and tests.
fn person_ui(ui: &mut Ui, heading: &str, person: &mut Person) -> bool {
    ui.label(RichText::new(heading).strong());
    let mut changed = false;
    egui::Grid::new(("person", heading))
        .num_columns(2)
        .show(ui, |ui| {
            for (label, value) in [
                (t("field-name"), &mut person.name),
                (t("field-title"), &mut person.title),
                (t("field-contact"), &mut person.contact),
            ] {
                ui.label(label);
                changed |= ui
                    .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
                    .accessible_name(format!("{heading}: {label}"))
                    .changed();
                ui.end_row();
            }
        });
    changed
}

/// The organisation panel: the controller's identity and people, for the filings.
pub fn organisation_ui(ui: &mut Ui, controller: &mut Controller) -> Option<MapField> {
    let mut field = None;
    egui::CollapsingHeader::new(t("ui-org-heading"))
        .id_salt("organisation")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(RichText::new(t("ui-org-hint")).weak());
            {
                for (key, value, name) in [
                    (
                        "field-controller-name-zh",
                        &mut controller.name_zh,
                        MapField::ControllerNameZh,
                    ),
                    (
                        "field-controller-name-pt",
                        &mut controller.name_pt,
                        MapField::ControllerNamePt,
                    ),
                    (
                        "field-controller-name-en",
                        &mut controller.name_en,
                        MapField::ControllerNameEn,
                    ),
                    (
                        "field-controller-address",
                        &mut controller.address,
                        MapField::ControllerAddress,
                    ),
                    (
                        "field-controller-registration",
                        &mut controller.registration,
                        MapField::ControllerRegistration,
                    ),
                ] {
                    if stacked(ui, t(key), value) {
                        field = Some(name);
                    }
                }
            }
            for (key, person, name) in [
                (
                    "field-signatory",
                    &mut controller.signatory,
                    MapField::Signatory,
                ),
                ("field-dpo", &mut controller.dpo, MapField::Dpo),
                (
                    "field-representative",
                    &mut controller.representative,
                    MapField::Representative,
                ),
            ] {
                if person_ui(ui, t(key), person) {
                    field = Some(name);
                }
            }
            if text_area(
                ui,
                t("field-controller-security"),
                &mut controller.security_measures,
            ) {
                field = Some(MapField::ControllerSecurity);
            }
        });
    field
}

/// A site's fields for the filings: its address, where it stores data and its contact.
pub fn site_filing_ui(ui: &mut Ui, site: &mut Site) -> Option<SiteField> {
    let mut field = None;
    egui::CollapsingHeader::new(t("ui-filing-heading"))
        .id_salt("site-filing")
        .default_open(false)
        .show(ui, |ui| {
            if stacked(ui, t("ui-site-address"), &mut site.address) {
                field = Some(SiteField::Address);
            }
            if stacked(ui, t("ui-site-storage"), &mut site.storage_location) {
                field = Some(SiteField::Storage);
            }
            if person_ui(ui, t("ui-site-contact"), &mut site.contact) {
                field = Some(SiteField::Contact);
            }
        });
    field
}

/// A flow's fields for the filings: its data subjects, processing method, channel, security
/// measures, onward recipients, and the number and dates of each filing or contract it records.
pub fn flow_filing_ui(ui: &mut Ui, flow: &mut Flow) -> Option<FlowField> {
    let mut field = None;
    egui::CollapsingHeader::new(t("ui-filing-heading"))
        .id_salt("flow-filing")
        .default_open(false)
        .show(ui, |ui| {
            {
                for (key, value, name) in [
                    (
                        "field-subject-categories",
                        &mut flow.subject_categories,
                        FlowField::SubjectCategories,
                    ),
                    (
                        "field-processing-method",
                        &mut flow.processing_method,
                        FlowField::ProcessingMethod,
                    ),
                    ("field-channel", &mut flow.channel, FlowField::Channel),
                ] {
                    if stacked(ui, t(key), value) {
                        field = Some(name);
                    }
                }
            }
            if text_area(ui, t("field-flow-security"), &mut flow.security_measures) {
                field = Some(FlowField::SecurityMeasures);
            }
            if text_area(ui, t("field-onward"), &mut flow.onward_recipients) {
                field = Some(FlowField::OnwardRecipients);
            }
            if references_ui(ui, flow) {
                field = Some(FlowField::References);
            }
        });
    field
}

/// The number and dates of each filing, contract or assessment the flow records as a
/// safeguard; true when one changed.
fn references_ui(ui: &mut Ui, flow: &mut Flow) -> bool {
    let documented: Vec<_> = flow
        .safeguards
        .iter()
        .copied()
        .filter(|safeguard| safeguard.has_reference())
        .collect();
    if documented.is_empty() {
        ui.label(RichText::new(t("ui-filing-no-references")).weak());
        return false;
    }
    let mut changed = false;
    for safeguard in documented {
        let name = term("safeguard", safeguard.id());
        let mut reference = flow.references.get(&safeguard).cloned().unwrap_or_default();
        ui.label(RichText::new(name).strong());
        egui::Grid::new(("reference", safeguard.id()))
            .num_columns(2)
            .show(ui, |ui| {
                let label = t("field-number");
                ui.label(label);
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut reference.number)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(format!("{name}: {label}"))
                    .changed();
                ui.end_row();
                for (label, date) in [
                    (t("field-dated"), &mut reference.dated),
                    (t("field-effective"), &mut reference.effective),
                    (t("field-expires"), &mut reference.expires),
                ] {
                    ui.label(label);
                    changed |= date_field(ui, &format!("{name}: {label}"), date);
                    ui.end_row();
                }
            });
        if reference.is_empty() {
            flow.references.remove(&safeguard);
        } else {
            flow.references.insert(safeguard, reference);
        }
    }
    changed
}
