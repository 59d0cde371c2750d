//! The palette: presets for the sites a consultant adds most (each fixes a kind, a jurisdiction,
//! a name and a city, all editable once placed) and the legend of the canvas.

use super::words::{jurisdiction, t, term, tw};
use egui::{Rect, Sense, Stroke, Ui, Vec2};

use super::state::{Selection, UiState};
use super::theme::{self, colour};
use super::view::View;
use super::widgets::paint_icon;
use super::{Edit, PendingEdit};
use crate::layout::{clamp_to_lane, free_spot, lane_at};
use crate::model::{Jurisdiction, Map, Point, Severity, Site, SiteKind};
use crate::scene::theme as diagram;

/// A kind of site offered in the palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The palette label, also the new site's name.
    pub name: &'static str,
    /// Its kind.
    pub kind: SiteKind,
    /// Where it usually is; a site dropped in another lane takes that lane's jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// Its usual city.
    pub city: &'static str,
    /// Who usually runs it.
    pub operator: &'static str,
}

/// The palette, in display order.
pub const PRESETS: [Preset; 12] = [
    Preset {
        name: "Macau office",
        kind: SiteKind::Office,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "Hengqin site",
        kind: SiteKind::Office,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Hengqin, Zhuhai",
        operator: "",
    },
    Preset {
        name: "DingTalk",
        kind: SiteKind::Saas,
        jurisdiction: Jurisdiction::Mainland,
        city: "Hangzhou",
        operator: "DingTalk / Alibaba Cloud",
    },
    Preset {
        name: "WeCom",
        kind: SiteKind::Saas,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Shenzhen",
        operator: "Tencent",
    },
    Preset {
        name: "Alibaba Cloud region",
        kind: SiteKind::Datacentre,
        jurisdiction: Jurisdiction::Mainland,
        city: "Hangzhou",
        operator: "Alibaba Cloud",
    },
    Preset {
        name: "Hong Kong data centre",
        kind: SiteKind::Datacentre,
        jurisdiction: Jurisdiction::HongKong,
        city: "Hong Kong",
        operator: "",
    },
    Preset {
        name: "HR system",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "SIEM",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "WORM archive",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "Parent company",
        kind: SiteKind::Party,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Zhuhai",
        operator: "",
    },
    Preset {
        name: "Regulator",
        kind: SiteKind::Party,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "PDPB",
    },
    Preset {
        name: "Group of people",
        kind: SiteKind::People,
        jurisdiction: Jurisdiction::Macau,
        city: "",
        operator: "",
    },
];

/// A new site from a preset, placed at `at_in_map` (its lane decides the jurisdiction) or at a
/// free spot in the preset's own lane.
pub fn site_from_preset(map: &Map, preset: &Preset, at_in_map: Option<Point>) -> Site {
    let mut site = Site::new(
        // The id stays in the preset's English words: ids are ASCII and stable.
        map.fresh_site_id(preset.name),
        local_name(preset),
        preset.kind,
        preset.jurisdiction,
    );
    site.city = preset.city.to_owned();
    site.operator = preset.operator.to_owned();
    match at_in_map {
        Some(at) => {
            if let Some(lane) = lane_at(at.x)
                && lane != preset.jurisdiction.lane()
            {
                site.jurisdiction = lane.default_jurisdiction();
                site.city.clear();
            }
            site.position = Some(clamp_to_lane(
                site.jurisdiction.lane(),
                at,
                diagram::SITE_WIDTH / 2.0,
            ));
        }
        None => site.position = Some(free_spot(map, site.jurisdiction.lane())),
    }
    site
}

/// A preset's name in the editor's language (the new site's name, which the user may change).
pub fn local_name(preset: &Preset) -> &'static str {
    PRESETS
        .iter()
        .position(|known| known.name == preset.name)
        .map_or(preset.name, |index| t(&format!("ui-preset-{index}")))
}

/// The palette of presets: click to add in the preset's lane, or drag onto the canvas.
pub fn palette_ui(ui: &mut Ui, view: &View<'_>, state: &mut UiState, edits: &mut Vec<PendingEdit>) {
    ui.heading(t("ui-palette-heading"));
    ui.label(egui::RichText::new(t("ui-palette-hint")).weak());
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (index, preset) in PRESETS.iter().enumerate() {
            let add = tw("ui-palette-add", &[("name", local_name(preset).into())]);
            let button = egui::Button::new(add.as_str())
                .min_size(Vec2::new(ui.available_width(), 24.0))
                .sense(Sense::click_and_drag());
            let response = ui.add(button);
            // The same vector icon as on the canvas, right of the label.
            let icon = Rect::from_center_size(
                response.rect.right_center() - Vec2::new(14.0, 0.0),
                Vec2::splat(16.0),
            );
            paint_icon(
                ui.painter(),
                preset.kind,
                icon,
                ui.visuals().weak_text_color(),
            );
            if response.drag_started() {
                // Dropped on the canvas, the preset lands where it is released.
                egui::DragAndDrop::set_payload(ui.ctx(), index);
            }
            if response.dragged() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
            }
            if response
                .on_hover_text(tw(
                    "ui-palette-tip",
                    &[
                        ("kind", term("kind", preset.kind.id()).into()),
                        ("place", jurisdiction(&preset.jurisdiction).into()),
                        ("id", preset.jurisdiction.id().into()),
                    ],
                ))
                .clicked()
            {
                let site = site_from_preset(view.map, preset, None);
                let at = site.position.map(|position| {
                    Rect::from_center_size(egui::pos2(position.x, position.y), Vec2::splat(10.0))
                });
                state.select_and_reveal(Selection::site(site.id.clone()), at);
                state.focus_name();
                edits.push(PendingEdit::new(add, Edit::AddSite(site)));
            }
        }
        ui.add_space(12.0);
        legend_ui(ui);
    });
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
