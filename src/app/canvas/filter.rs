//! Narrowing the canvas to part of the map: one jurisdiction, one site and its neighbours, or a
//! heatmap cell's findings. The part shown is a diagram of its own, cut from the map's and
//! worked out once per revision and filter, so drawing, hit testing and fitting all see only
//! what is shown.

use std::collections::HashSet;
use std::sync::Arc;

use egui::{Id, Ui};

use super::CanvasState;
use crate::app::state::{CanvasFilter, Selection};
use crate::app::view::View;
use crate::app::words::{jurisdiction, t, tw};
use crate::model::{Date, Jurisdiction, Map, SiteId};
use crate::scene::Scene;

/// The part of the map's diagram that `filter` keeps, remembered under `memory` for the
/// revision and day of `view`.
pub(super) fn shown_scene(
    ui: &Ui,
    memory: Id,
    view: &View<'_>,
    filter: &CanvasFilter,
) -> Arc<Scene> {
    type Cached = (u64, Date, CanvasFilter, Arc<Scene>);
    let key = (view.revision(), view.today);
    if let Some((revision, day, cached_filter, scene)) =
        ui.data(|data| data.get_temp::<Cached>(memory))
        && (revision, day) == key
        && &cached_filter == filter
    {
        return scene;
    }
    let scene = Arc::new(narrowed(view.whole_scene(), view.map, filter));
    ui.data_mut(|data| {
        data.insert_temp::<Cached>(memory, (key.0, key.1, filter.clone(), Arc::clone(&scene)));
    });
    scene
}

/// The diagram with only the sites and flows `filter` keeps: each flow kept brings the cards at
/// both its ends. Lanes stay, so every site is still in its place.
pub(super) fn narrowed(scene: &Scene, map: &Map, filter: &CanvasFilter) -> Scene {
    let mut sites: HashSet<&SiteId> = HashSet::new();
    let flow_kept: Box<dyn Fn(&crate::scene::FlowArrow) -> bool + '_> = match filter {
        CanvasFilter::Jurisdiction(wanted) => {
            sites.extend(
                map.sites()
                    .filter(|site| &site.jurisdiction == wanted)
                    .map(|site| &site.id),
            );
            let inside = sites.clone();
            Box::new(move |arrow| inside.contains(&arrow.from) || inside.contains(&arrow.to))
        }
        CanvasFilter::Neighbours(site) => {
            sites.insert(site);
            Box::new(move |arrow| &arrow.from == site || &arrow.to == site)
        }
        CanvasFilter::Cell { members, .. } => {
            sites.extend(members.sites.iter());
            Box::new(move |arrow| members.flows.contains(&arrow.id))
        }
    };
    let mut flows = Vec::new();
    for arrow in scene.flows.iter().filter(|arrow| flow_kept(arrow)) {
        sites.insert(&arrow.from);
        sites.insert(&arrow.to);
        flows.push(arrow.clone());
    }
    Scene {
        bounds: scene.bounds,
        lanes: scene.lanes.clone(),
        sites: scene
            .sites
            .iter()
            .filter(|card| sites.contains(&card.id))
            .cloned()
            .collect(),
        flows,
        language: scene.language,
        empty_lanes: scene.empty_lanes.clone(),
        key: crate::scene::Key::default(),
    }
}

/// What the canvas is narrowed to, in words.
fn describe(map: &Map, filter: &CanvasFilter) -> String {
    match filter {
        CanvasFilter::Jurisdiction(wanted) => jurisdiction(wanted),
        CanvasFilter::Neighbours(site) => tw(
            "ui-show-neighbours-of",
            &[(
                "name",
                map.site(site)
                    .map_or_else(|| site.to_string(), |site| site.name.clone())
                    .into(),
            )],
        ),
        CanvasFilter::Cell { name, .. } => name.clone(),
    }
}

/// What the canvas shows (the whole map, a jurisdiction, or the selected site and its
/// neighbours), for the toolbar and the presentation bar; while narrowed, how much of the map
/// that is and the way back to all of it.
pub fn filter_bar_ui(ui: &mut Ui, map: &Map, selection: &Selection, state: &mut CanvasState) {
    let current = state.filter().cloned();
    let mut chosen = current.clone();
    let selected_text = current.as_ref().map_or_else(
        || t("ui-show-whole").to_owned(),
        |filter| describe(map, filter),
    );
    egui::ComboBox::from_id_salt("canvas filter")
        .selected_text(selected_text)
        .width(110.0)
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, t("ui-show-whole"));
            // Read from the map only while the list is open.
            let mut places: Vec<Jurisdiction> = map.sites().map(|site| site.jurisdiction).collect();
            places.sort_by(|a, b| a.id().cmp(b.id()));
            places.dedup();
            for place in places {
                let text = jurisdiction(&place);
                ui.selectable_value(&mut chosen, Some(CanvasFilter::Jurisdiction(place)), text);
            }
            if let Some(site) = selection.sites.first() {
                let filter = CanvasFilter::Neighbours(site.clone());
                let text = describe(map, &filter);
                ui.selectable_value(&mut chosen, Some(filter), text);
            }
        })
        .response
        .on_hover_text(t("ui-show-name"))
        .accessible_name(t("ui-show-name"));
    if current.is_some() {
        if let Some((shown, flows)) = state.shown_counts {
            ui.label(tw(
                "ui-show-counts",
                &[
                    ("shown", shown.into()),
                    ("sites", map.site_count().into()),
                    ("flows", flows.into()),
                ],
            ));
        }
        if ui.button(t("ui-cmd-show-whole-map")).clicked() {
            chosen = None;
        }
    }
    if chosen != current {
        state.set_filter(chosen);
    }
}
