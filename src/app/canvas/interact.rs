//! What clicks and drags on the canvas do: select (click, Shift-click, a band on the
//! background), move cards, draw a flow from a card's handle, drop a preset from the palette.
//! Each card and arrow label in view gets an interaction rectangle with an accessible name.

use std::collections::BTreeSet;

use egui::{Pos2, Rect, Sense, Ui, Vec2};

use super::paint::{self, Look};
use super::{point, to_egui};
use crate::app::palette::site_from_preset;
use crate::app::state::{Drag, Selection, UiState};
use crate::app::theme::{self, colour};
use crate::app::view::View;
use crate::app::words::{t, tw};
use crate::app::{Edit, PendingEdit};
use crate::layout::clamp_to_lane;
use crate::model::{Flow, Map, Point, SiteId};
use crate::scene::theme as diagram;
use crate::scene::{FlowArrow, Scene, SiteCard, hit};

/// What every mark of one canvas frame needs to know.
struct Frame<'f> {
    map: &'f Map,
    scene: &'f Scene,
    painter: egui::Painter,
    visible_in_map: Rect,
    /// Labels fade in over a short range of zoom rather than popping in.
    label_alpha: f32,
    /// Close enough to draw curves, icons and handles.
    detailed: bool,
    /// The sites being dragged and by how much, so their arrows follow.
    moving: Option<(Vec<SiteId>, Vec2)>,
}

impl Frame<'_> {
    fn offset_of(&self, id: &SiteId) -> Vec2 {
        self.moving
            .as_ref()
            .filter(|(sites, _)| sites.contains(id))
            .map_or(Vec2::ZERO, |(_, delta)| *delta)
    }
}

/// Paints the scene inside the zoomed layer and handles the clicks and drags on its marks.
pub(super) fn draw_and_interact(
    ui: &mut Ui,
    view: &View<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    zoom: f32,
) {
    let label_alpha = ((zoom - theme::LABEL_MIN_ZOOM) / theme::LABEL_FADE_ZOOM).clamp(0.0, 1.0);
    let frame = Frame {
        map: view.map,
        scene: view.scene(),
        painter: ui.painter().clone(),
        visible_in_map: ui.clip_rect(),
        label_alpha,
        detailed: zoom >= theme::DETAIL_MIN_ZOOM,
        moving: match state.drag() {
            Drag::Move {
                sites,
                delta_in_map,
            } => Some((sites.clone(), *delta_in_map)),
            _ => None,
        },
    };
    paint::paint_lanes(
        ui,
        &frame.painter,
        frame.scene,
        frame.visible_in_map,
        frame.detailed,
    );
    for arrow in &frame.scene.flows {
        arrow_ui(ui, &frame, arrow, state, Pass::Line);
    }
    // With a heatmap cell chosen, its flows (and their ends) stand out and the rest fade.
    let highlighted_sites: Option<BTreeSet<SiteId>> = state.highlight().map(|highlight| {
        frame
            .scene
            .flows
            .iter()
            .filter(|arrow| highlight.flows.contains(&arrow.id))
            .flat_map(|arrow| [&arrow.from, &arrow.to])
            .chain(highlight.sites.iter())
            .cloned()
            .collect()
    });
    for card in &frame.scene.sites {
        let rect = to_egui(card.rect).translate(frame.offset_of(&card.id));
        if !frame
            .visible_in_map
            .intersects(rect.expand(theme::HANDLE_RADIUS))
        {
            continue;
        }
        if frame.detailed {
            card_ui(ui, &frame, card, rect, state, edits);
        } else {
            // No widget far out: the background's hit testing still selects it.
            let selected = state.selection().sites.contains(&card.id);
            paint::paint_far_card(&frame.painter, card, rect, selected);
        }
        let faded = highlighted_sites
            .as_ref()
            .is_some_and(|sites| !sites.contains(&card.id));
        if faded {
            frame.painter.rect_filled(
                rect.expand(1.0),
                diagram::SITE_CORNER,
                colour(diagram::BACKGROUND).gamma_multiply(0.75),
            );
        }
    }
    // Labels over the cards, as on the page: a number is never hidden under a card.
    for arrow in &frame.scene.flows {
        arrow_ui(ui, &frame, arrow, state, Pass::Label);
    }
    paint::paint_drag(&frame.painter, frame.scene, state.drag());
}

/// Which part of an arrow a pass paints: lines go under the cards, labels over them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Line,
    Label,
}

/// One arrow (following cards being dragged), or its clickable label.
fn arrow_ui(ui: &mut Ui, frame: &Frame<'_>, arrow: &FlowArrow, state: &mut UiState, pass: Pass) {
    let (from_delta, to_delta) = (frame.offset_of(&arrow.from), frame.offset_of(&arrow.to));
    let moved;
    let arrow = if from_delta == Vec2::ZERO && to_delta == Vec2::ZERO {
        arrow
    } else {
        moved = arrow.with_ends_moved(point(from_delta.to_pos2()), point(to_delta.to_pos2()));
        &moved
    };
    let bounds = to_egui(arrow.drawn_bounds());
    if !frame.visible_in_map.intersects(bounds) {
        return;
    }
    let look = if state.selection().flows.contains(&arrow.id) {
        Look::Selected
    } else {
        match state.highlight() {
            Some(highlight) if highlight.flows.contains(&arrow.id) => Look::Highlighted,
            Some(_) => Look::Faded,
            None => Look::Normal,
        }
    };
    if pass == Pass::Line {
        paint::paint_arrow(
            &frame.painter,
            arrow,
            look,
            frame.detailed,
            frame.visible_in_map,
        );
        return;
    }
    if frame.label_alpha <= 0.0 {
        return;
    }
    let rect = paint::paint_arrow_label(ui, &frame.painter, arrow, frame.label_alpha);
    let label = frame.map.flow(&arrow.id).map_or_else(
        || arrow.id.to_string(),
        |view| {
            tw(
                "ui-canvas-flow",
                &[
                    ("id", arrow.id.as_str().into()),
                    ("from", view.source.name.as_str().into()),
                    ("to", view.target.name.as_str().into()),
                    ("tag", crate::scene::flow_tag(arrow.number).into()),
                ],
            )
        },
    );
    let response = ui
        .interact(
            rect,
            ui.scope_id().with(("flow", arrow.id.as_str())),
            Sense::click(),
        )
        .on_hover_text(&label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        if ui.input(|input| input.modifiers.shift) {
            state.toggle_flow(arrow.id.clone());
        } else {
            state.select_only(Selection::flow(arrow.id.clone()));
        }
    }
}

/// One card close up: painted, clickable, draggable, with its connect handle.
fn card_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    card: &SiteCard,
    rect: Rect,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let selected = state.selection().sites.contains(&card.id);
    paint::paint_card(ui, &frame.painter, card, rect, selected, frame.label_alpha);
    let name = frame
        .map
        .site(&card.id)
        .map_or(card.name.as_str(), |site| site.name.as_str());
    let label = tw("ui-canvas-site", &[("name", name.into())]);
    let response = ui
        .interact(
            rect,
            ui.scope_id().with(("site", card.id.as_str())),
            Sense::click_and_drag(),
        )
        .on_hover_text(format!("{name}\n{}", card.subtitle));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        if ui.input(|input| input.modifiers.shift) {
            state.toggle_site(card.id.clone());
        } else {
            state.select_only(Selection::site(card.id.clone()));
        }
    }
    move_ui(&response, frame.map, card, rect, selected, state, edits);
    let show_handle =
        selected || response.hovered() || matches!(state.drag(), Drag::Connect { .. });
    connect_ui(ui, frame, card, rect, show_handle, state, edits);
}

/// Dragging a card moves the selection with it; the move is one undo step, and each card stays
/// in its lane.
fn move_ui(
    response: &egui::Response,
    map: &Map,
    card: &SiteCard,
    rect: Rect,
    selected: bool,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    if response.drag_started() {
        if !selected {
            state.select_only(Selection::site(card.id.clone()));
        }
        state.start_drag(Drag::Move {
            sites: state.selection().sites.iter().cloned().collect(),
            delta_in_map: Vec2::ZERO,
        });
    }
    if response.dragged()
        && let Drag::Move { delta_in_map, .. } = state.drag_mut()
    {
        *delta_in_map += response.drag_delta();
    }
    if !response.drag_stopped() {
        return;
    }
    let Drag::Move {
        sites,
        delta_in_map,
    } = state.end_drag()
    else {
        return;
    };
    if delta_in_map == Vec2::ZERO {
        return;
    }
    let moves: Vec<Edit> = sites
        .iter()
        .filter_map(|id| map.site(id))
        .map(|site| {
            let mut moved = site.clone();
            let from = site.position.unwrap_or_else(|| point(rect.center()));
            moved.position = Some(clamp_to_lane(
                site.jurisdiction.lane(),
                Point::new(from.x + delta_in_map.x, from.y + delta_in_map.y),
                diagram::SITE_WIDTH / 2.0,
            ));
            Edit::ReplaceSite(moved)
        })
        .collect();
    let label = tw("ui-undo-move-sites", &[("count", moves.len().into())]);
    edits.push(PendingEdit::new(label, Edit::Batch(moves)));
}

/// The connect handle: drag from it to another card to draw a flow.
fn connect_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    card: &SiteCard,
    rect: Rect,
    show_handle: bool,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let handle_centre = rect.right_center();
    let handle_rect =
        Rect::from_center_size(handle_centre, Vec2::splat(theme::HANDLE_RADIUS * 2.0 + 4.0));
    let handle = ui.interact(
        handle_rect,
        ui.scope_id().with(("connect", card.id.as_str())),
        Sense::drag(),
    );
    let name = frame
        .map
        .site(&card.id)
        .map_or(card.name.as_str(), |site| site.name.as_str());
    let handle_label = tw("ui-canvas-connect", &[("name", name.into())]);
    handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &handle_label));
    if show_handle || handle.hovered() {
        paint::paint_handle(&frame.painter, handle_centre);
    }
    let handle = handle.on_hover_text(t("ui-canvas-connect-tip"));
    let pointer_in_map = handle.interact_pointer_pos();
    if handle.drag_started() {
        state.start_drag(Drag::Connect {
            from: card.id.clone(),
            pointer_in_map: pointer_in_map.unwrap_or(handle_centre),
        });
    }
    if handle.dragged()
        && let Drag::Connect {
            pointer_in_map: current,
            ..
        } = state.drag_mut()
        && let Some(at) = pointer_in_map
    {
        *current = at;
    }
    if !handle.drag_stopped() {
        return;
    }
    let Drag::Connect {
        from,
        pointer_in_map: at,
    } = state.end_drag()
    else {
        return;
    };
    let target = hit::card_at(frame.scene, point(at))
        .map(|card| card.id.clone())
        .filter(|to| *to != from);
    if let Some(to) = target {
        let stem = format!("{}-to-{}", from.as_str(), to.as_str());
        let flow = Flow::new(frame.map.fresh_flow_id(&stem), from, to);
        state.select_only(Selection::flow(flow.id.clone()));
        edits.push(PendingEdit::new(t("ui-undo-add-flow"), Edit::AddFlow(flow)));
    }
}

/// Clicks and drags on the background: pick the card or the nearest arrow, clear, fit, or draw
/// a selection band.
pub(super) fn background_interaction(
    ui: &Ui,
    response: &egui::Response,
    scene: &Scene,
    state: &mut UiState,
    pointer_in_map: Option<Pos2>,
) {
    let shift = ui.input(|input| input.modifiers.shift);
    if response.double_clicked() {
        state.request_fit();
    } else if response.clicked()
        && let Some(at) = pointer_in_map
    {
        let zoom = (response.rect.width() / state.scene_rect().width()).max(f32::EPSILON);
        let reach = theme::FLOW_PICK_DISTANCE / zoom;
        click_at(scene, state, point(at), reach, shift);
    }
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(at) = pointer_in_map
    {
        state.start_drag(Drag::Band {
            start_in_map: at,
            pointer_in_map: at,
        });
    }
    let Some(at) = pointer_in_map else {
        return;
    };
    let Drag::Band {
        pointer_in_map: current,
        start_in_map,
    } = state.drag_mut()
    else {
        return;
    };
    *current = at;
    let start = *start_in_map;
    if response.drag_stopped() {
        let band = Rect::from_two_pos(start, at);
        let band = crate::scene::Rect {
            min: point(band.min),
            max: point(band.max),
        };
        let picked: Vec<SiteId> = hit::cards_in(scene, band)
            .map(|card| card.id.clone())
            .collect();
        if !shift {
            state.clear_selection();
        }
        state.add_sites(picked);
        state.end_drag();
    }
}

/// A click on the background picks the card under it, else the nearest flow within reach, else
/// clears the selection (Shift adds or removes instead).
fn click_at(scene: &Scene, state: &mut UiState, at: Point, reach: f32, shift: bool) {
    if let Some(card) = hit::card_at(scene, at) {
        if shift {
            state.toggle_site(card.id.clone());
        } else {
            state.select_only(Selection::site(card.id.clone()));
        }
        return;
    }
    match hit::arrow_near(scene, at, reach) {
        Some(arrow) if shift => state.toggle_flow(arrow.id.clone()),
        Some(arrow) => state.select_only(Selection::flow(arrow.id.clone())),
        None if !shift => state.clear_selection(),
        None => {}
    }
}

/// A preset dragged from the palette and released on the canvas lands where it was released.
pub(super) fn drop_preset(
    response: &egui::Response,
    view: &View<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    pointer_in_map: Option<Pos2>,
) {
    if let Some(preset) = response.dnd_release_payload::<crate::presets::Preset>()
        && let Some(at) = pointer_in_map
    {
        let site = site_from_preset(view.map, &preset, Some(point(at)));
        state.select_only(Selection::site(site.id.clone()));
        state.focus_name();
        let name = preset.name.get(crate::app::words::language());
        edits.push(PendingEdit::new(
            tw("ui-palette-add", &[("name", name.into())]),
            Edit::AddSite(site),
        ));
    }
}
