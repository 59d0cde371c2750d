//! The filters that narrow the findings list, the heatmaps and the action plan together.

use egui::Ui;

use crate::app::words::{jurisdiction, t, term};

use crate::assessment::RiskFilter;
use crate::model::{DataClass, Jurisdiction, Map, SiteId, TreatmentStatus};

/// The filter drop-downs, and a button to clear them.
pub(super) fn filters_ui(ui: &mut Ui, map: &Map, filter: &mut RiskFilter) {
    ui.label(t("ui-filter-show-only"));
    // The choices are gathered only while a drop-down is open: they read every site or flow.
    optional_combo(
        ui,
        t("ui-filter-jurisdiction"),
        t("ui-filter-any-place"),
        &mut filter.jurisdiction,
        || {
            let mut jurisdictions: Vec<Jurisdiction> =
                map.sites().map(|site| site.jurisdiction).collect();
            jurisdictions.sort_by(|a, b| a.id().cmp(b.id()));
            jurisdictions.dedup();
            jurisdictions
        },
        jurisdiction,
    );
    let name_of = |id: &SiteId| {
        map.site(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    optional_combo(
        ui,
        t("ui-filter-site"),
        t("ui-filter-any-site"),
        &mut filter.site,
        || {
            let mut sites: Vec<&crate::model::Site> = map.sites().collect();
            sites.sort_by(|a, b| a.name.cmp(&b.name));
            sites.into_iter().map(|site| site.id.clone()).collect()
        },
        name_of,
    );
    optional_combo(
        ui,
        t("ui-filter-class"),
        t("ui-filter-any-data"),
        &mut filter.class,
        || {
            let carried: std::collections::BTreeSet<DataClass> = map
                .flows()
                .flat_map(|view| view.flow.data_classes.iter().copied())
                .collect();
            carried.into_iter().collect()
        },
        |class| term("class", class.id()).to_owned(),
    );
    optional_combo(
        ui,
        t("ui-filter-status"),
        t("ui-filter-any-status"),
        &mut filter.status,
        || TreatmentStatus::ALL.to_vec(),
        |status| term("status", status.id()).to_owned(),
    );
    if !filter.is_empty() && ui.button(t("ui-filter-clear")).clicked() {
        *filter = RiskFilter::default();
    }
}

/// A drop-down with a first entry meaning "no filter"; `options` is called only while it is
/// open.
fn optional_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    name: &str,
    none: &str,
    value: &mut Option<T>,
    options: impl FnOnce() -> Vec<T>,
    label: impl Fn(&T) -> String,
) {
    let shown = value.as_ref().map_or_else(|| none.to_owned(), &label);
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(120.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for option in options() {
                let text = label(&option);
                ui.selectable_value(value, Some(option), text);
            }
        })
        .response
        .accessible_name(name);
}
