//! The palette: the preset library for the sites a consultant adds most (each fixes a kind, a
//! jurisdiction, a name and a city, all editable once placed), searchable by name, and the
//! legend of the canvas.

use super::words::{jurisdiction, t, term, tw};
use egui::{Rect, Sense, Stroke, Ui, Vec2};

use super::edit::{Edit, PendingEdit};
use super::frame::FrameContext;
use super::requests::{Focus, Request};
use super::state::Selection;
use super::theme::{self, colour};
use super::view::View;
use super::widgets::paint_icon;
use crate::layout::place_new_site;
use crate::model::{Map, Point, Severity, Site};
use crate::presets::Preset;
use crate::scene::theme as diagram;

/// A new site from `preset`, named in the editor's language, placed at `at_in_map` (its lane
/// decides the jurisdiction) or at a free spot in the preset's own lane.
pub fn site_from_preset(map: &Map, preset: &Preset, at_in_map: Option<Point>) -> Site {
    let mut site = preset.site(map, super::words::language());
    place_new_site(map, &mut site, at_in_map, diagram::SITE_WIDTH / 2.0);
    site
}

/// Adds a new site from `preset` in its own lane, selects it, shows it and puts the keyboard in
/// its name.
pub fn add_preset(map: &Map, preset: &Preset, cx: &mut FrameContext<'_>) {
    let site = site_from_preset(map, preset, None);
    let at = site.position.map(|position| {
        Rect::from_center_size(egui::pos2(position.x, position.y), Vec2::splat(10.0))
    });
    cx.select_and_reveal(Selection::site(site.id.clone()), at);
    cx.request(Request::Focus(Focus::SiteName));
    let label = tw(
        "ui-palette-add",
        &[("name", preset.name.get(super::words::language()).into())],
    );
    cx.edit(PendingEdit::new(label, Edit::AddSite(site)));
}

/// The palette's own state: the text of its search field.
#[derive(Debug, Default)]
pub struct PaletteState {
    query: String,
}

impl PaletteState {
    /// The palette: a search field over the preset library, then the presets (all of them by
    /// group, or those that match); click one to add it in its lane, or drag it onto the
    /// canvas.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut FrameContext<'_>) {
        palette_ui(ui, cx, &mut self.query);
    }
}

fn palette_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, query_text: &mut String) {
    let (view, presets) = (cx.view, cx.presets);
    ui.heading(t("ui-palette-heading"));
    let search = ui
        .add(
            egui::TextEdit::singleline(query_text)
                .hint_text(t("ui-palette-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(t("ui-palette-search"));
    let entered = search.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    let query = query_text.trim().to_owned();
    let language = super::words::language();
    egui::ScrollArea::vertical().show(ui, |ui| {
        if query.is_empty() {
            ui.label(egui::RichText::new(t("ui-palette-hint")).weak());
            for group in presets.groups() {
                ui.add_space(4.0);
                ui.label(egui::RichText::new(group.title.get(language)).strong());
                for preset in &group.presets {
                    preset_ui(ui, &view, preset, cx);
                }
            }
        } else {
            let found = presets.search(&query, language);
            if found.is_empty() {
                ui.label(egui::RichText::new(t("ui-palette-nothing")).weak());
            }
            for preset in &found {
                preset_ui(ui, &view, preset, cx);
            }
            // Enter in the search field adds the best match, as the quick-add does.
            if entered && let Some(best) = found.first() {
                add_preset(view.map, best, cx);
                query_text.clear();
            }
        }
        ui.add_space(12.0);
        legend_ui(ui);
    });
}

/// One preset's button: click to add, drag onto the canvas to place.
fn preset_ui(ui: &mut Ui, view: &View<'_>, preset: &Preset, cx: &mut FrameContext<'_>) {
    let language = super::words::language();
    let add = tw(
        "ui-palette-add",
        &[("name", preset.name.get(language).into())],
    );
    // The same vector icon as on the canvas, in a place of its own right of the label.
    let icon_id = egui::IdSalt::new(("preset icon", preset.id.as_str()));
    let button = egui::Button::new((
        add.as_str(),
        egui::Atom::grow(),
        egui::Atom::custom(icon_id, Vec2::splat(16.0)),
    ))
    .min_size(Vec2::new(ui.available_width(), 24.0))
    .sense(Sense::click_and_drag());
    let shown = button.atom_ui(ui);
    if let Some(icon) = shown.rect(icon_id) {
        paint_icon(
            ui.painter(),
            preset.kind,
            icon,
            ui.visuals().weak_text_color(),
        );
    }
    let response = shown.response;
    if response.drag_started() {
        // Dropped on the canvas, the preset lands where it is released.
        egui::DragAndDrop::set_payload(ui.ctx(), preset.clone());
    }
    if response.dragged() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    }
    if response.on_hover_text(preset_tip(preset)).clicked() {
        add_preset(view.map, preset, cx);
    }
}

/// What a preset is: kind, place, operator and the data it usually carries.
pub fn preset_tip(preset: &Preset) -> String {
    let language = super::words::language();
    let city = preset.city.get(language);
    let place = if city.is_empty() {
        jurisdiction(&preset.jurisdiction)
    } else {
        format!("{city}, {}", jurisdiction(&preset.jurisdiction))
    };
    let mut tip = tw(
        "ui-palette-tip",
        &[
            ("kind", term("kind", preset.kind.id()).into()),
            ("place", place.into()),
            ("id", preset.jurisdiction.id().into()),
        ],
    );
    if !preset.operator.is_empty() {
        tip.push('\n');
        tip.push_str(&preset.operator);
    }
    if !preset.classes.is_empty() {
        let classes: Vec<&str> = preset
            .classes
            .iter()
            .map(|class| term("class", class.id()))
            .collect();
        tip.push('\n');
        tip.push_str(&tw(
            "ui-palette-carries",
            &[("classes", classes.join(t("diagram-separator")).into())],
        ));
    }
    tip
}

/// What the colours and lines mean.
fn legend_ui(ui: &mut Ui) {
    ui.heading(t("ui-legend"));
    for severity in Severity::ALL.into_iter().rev() {
        let name = match severity {
            Severity::Info => t("ui-legend-info-only"),
            other => super::words::severity(other),
        };
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 12.0), Sense::hover());
            let width = diagram::flow_width(Some(severity), false);
            ui.painter().line_segment(
                [rect.left_center(), rect.right_center()],
                Stroke::new(width, theme::severity(severity)),
            );
            ui.label(tw("ui-legend-worst", &[("severity", name.into())]));
        });
    }
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 12.0), Sense::hover());
        ui.painter().line_segment(
            [rect.left_center(), rect.right_center()],
            Stroke::new(2.0, colour(diagram::FLOW_OK)),
        );
        ui.label(t("ui-legend-no-finding"));
    });
    ui.label(t("ui-legend-lines"));
}
