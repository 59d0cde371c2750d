//! What clicks and drags on the canvas do: select (click, Shift-click, a band on the
//! background), move cards, draw a flow from a card's handle, drop a preset from the palette.
//! Each card and arrow label in view gets an interaction rectangle with an accessible name.

use std::collections::BTreeSet;

use egui::{Pos2, Rect, Sense, Ui, Vec2};

use super::guides::{self, Landing};
use super::paint::{self, Look};
use super::{CanvasState, Drag};
use super::{point, to_egui};
use crate::app::edit::{Edit, PendingEdit};
use crate::app::frame::FrameContext;
use crate::app::palette::site_from_preset;
use crate::app::requests::{Focus, Request};
use crate::app::state::Selection;
use crate::app::theme::{self, colour};
use crate::app::view::View;
use crate::app::words::{t, tw};
use crate::model::{Flow, Lane, Map, Point, SiteId};
use crate::scene::theme as diagram;
use crate::scene::{FlowArrow, Scene, SiteCard, hit};

/// The connect handle's radius on screen, in points.
const HANDLE_RADIUS_POINTS: f32 = 10.0;
/// The side of the square where a press grabs the connect handle, on screen, in points.
const HANDLE_HIT_POINTS: f32 = 24.0;

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
    /// Screen points per map unit.
    zoom: f32,
    /// Where the sites being dragged will land, so their cards and arrows show it.
    moving: Option<Landing>,
}

impl Frame<'_> {
    fn offset_of(&self, id: &SiteId) -> Vec2 {
        self.moving
            .as_ref()
            .map_or(Vec2::ZERO, |landing| landing.offset_of(id))
    }

    /// Where a drag of `sites` held by `anchor`'s card by `delta_in_map` lands.
    fn landing(&self, sites: &[SiteId], anchor: &SiteId, delta_in_map: Vec2) -> Landing {
        let reach = guides::SNAP_POINTS / self.zoom.max(f32::EPSILON);
        guides::landing(self.map, self.scene, sites, anchor, delta_in_map, reach)
    }
}

/// Paints the scene inside the zoomed layer and handles the clicks and drags on its marks;
/// the lane that holds a dragged card back, if any.
pub(super) fn draw_and_interact(
    ui: &mut Ui,
    view: &View<'_>,
    cx: &mut FrameContext<'_>,
    state: &mut CanvasState,
    zoom: f32,
) -> Option<Lane> {
    let label_alpha = ((zoom - theme::LABEL_MIN_ZOOM) / theme::LABEL_FADE_ZOOM).clamp(0.0, 1.0);
    let mut frame = Frame {
        map: view.map,
        scene: view.scene(),
        painter: ui.painter().clone(),
        visible_in_map: ui.clip_rect(),
        label_alpha,
        detailed: zoom >= theme::DETAIL_MIN_ZOOM,
        zoom,
        moving: None,
    };
    if let Drag::Move {
        sites,
        anchor,
        delta_in_map,
    } = &state.drag
    {
        frame.moving = Some(frame.landing(sites, anchor, *delta_in_map));
    }
    paint::paint_lanes(
        ui,
        &frame.painter,
        frame.scene,
        frame.visible_in_map,
        frame.detailed,
    );
    for arrow in &frame.scene.flows {
        arrow_ui(ui, &frame, arrow, cx, Pass::Line);
    }
    // With a heatmap cell chosen, its flows (and their ends) stand out and the rest fade.
    let highlighted_sites: Option<BTreeSet<SiteId>> = cx.shared.highlight().map(|highlight| {
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
            card_ui(ui, &frame, card, rect, cx, state);
        } else {
            // No widget far out: the background's hit testing still selects it.
            let selected = cx.shared.selection().sites.contains(&card.id);
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
        arrow_ui(ui, &frame, arrow, cx, Pass::Label);
    }
    paint::paint_drag(&frame.painter, frame.scene, &state.drag);
    if let Some(landing) = &frame.moving {
        guides::paint_guides(&frame.painter, landing, zoom);
    }
    frame.moving.and_then(|landing| landing.held_back)
}

/// Which part of an arrow a pass paints: lines go under the cards, labels over them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Line,
    Label,
}

/// One arrow (following cards being dragged), or its clickable label.
fn arrow_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    arrow: &FlowArrow,
    cx: &mut FrameContext<'_>,
    pass: Pass,
) {
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
    let look = if cx.shared.selection().flows.contains(&arrow.id) {
        Look::Selected
    } else {
        match cx.shared.highlight() {
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
            cx.shared.toggle_flow(arrow.id.clone());
        } else {
            cx.shared.select_only(Selection::flow(arrow.id.clone()));
        }
    }
}

/// One card close up: painted, clickable, draggable, with its connect handle.
fn card_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    card: &SiteCard,
    rect: Rect,
    cx: &mut FrameContext<'_>,
    state: &mut CanvasState,
) {
    let selected = cx.shared.selection().sites.contains(&card.id);
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
            cx.shared.toggle_site(card.id.clone());
        } else {
            cx.shared.select_only(Selection::site(card.id.clone()));
        }
    }
    move_ui(&response, frame, card, selected, cx, state);
    let show_handle = selected || response.hovered() || matches!(&state.drag, Drag::Connect { .. });
    connect_ui(ui, frame, card, rect, show_handle, cx, state);
}

/// Dragging a card moves the selection with it, snapping to the other cards; the move is one
/// undo step, and each card stays in its lane.
fn move_ui(
    response: &egui::Response,
    frame: &Frame<'_>,
    card: &SiteCard,
    selected: bool,
    cx: &mut FrameContext<'_>,
    state: &mut CanvasState,
) {
    if response.drag_started() {
        if !selected {
            cx.shared.select_only(Selection::site(card.id.clone()));
        }
        state.start_drag(Drag::Move {
            sites: cx.shared.selection().sites.iter().cloned().collect(),
            anchor: card.id.clone(),
            delta_in_map: Vec2::ZERO,
        });
    }
    if response.dragged()
        && let Drag::Move { delta_in_map, .. } = &mut state.drag
    {
        *delta_in_map += response.drag_delta();
    }
    if !response.drag_stopped() {
        return;
    }
    let Drag::Move {
        sites,
        anchor,
        delta_in_map,
    } = std::mem::take(&mut state.drag)
    else {
        return;
    };
    if delta_in_map == Vec2::ZERO {
        return;
    }
    let landing = frame.landing(&sites, &anchor, delta_in_map);
    let moves: Vec<Edit> = landing
        .offsets
        .iter()
        .filter(|(_, offset)| *offset != Vec2::ZERO)
        .filter_map(|(id, offset)| {
            let mut moved = frame.map.site(id)?.clone();
            let from = moved.position?;
            moved.position = Some(Point::new(from.x + offset.x, from.y + offset.y));
            Some(Edit::ReplaceSite(moved))
        })
        .collect();
    if moves.is_empty() {
        return;
    }
    let label = tw("ui-undo-move-sites", &[("count", moves.len().into())]);
    cx.edit(PendingEdit::new(label, Edit::Batch(moves)));
}

/// The connect handle: drag from it to another card to draw a flow.
fn connect_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    card: &SiteCard,
    rect: Rect,
    show_handle: bool,
    cx: &mut FrameContext<'_>,
    state: &mut CanvasState,
) {
    let handle_centre = rect.right_center();
    // Sized on screen, so the handle is as easy to hit at any zoom.
    let zoom = frame.zoom.max(f32::EPSILON);
    let radius = theme::HANDLE_RADIUS.max(HANDLE_RADIUS_POINTS / zoom);
    let hit = (HANDLE_HIT_POINTS / zoom).max(radius * 2.0 + 4.0);
    let handle_rect = Rect::from_center_size(handle_centre, Vec2::splat(hit));
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
        paint::paint_handle(&frame.painter, handle_centre, radius);
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
        } = &mut state.drag
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
    } = std::mem::take(&mut state.drag)
    else {
        return;
    };
    let target = hit::card_at(frame.scene, point(at))
        .map(|card| card.id.clone())
        .filter(|to| *to != from);
    if let Some(to) = target {
        let stem = format!("{}-to-{}", from.as_str(), to.as_str());
        let flow = Flow::new(frame.map.fresh_flow_id(&stem), from, to);
        cx.shared.select_only(Selection::flow(flow.id.clone()));
        cx.edit(PendingEdit::new(t("ui-undo-add-flow"), Edit::AddFlow(flow)));
    }
}

/// Clicks and drags on the background: pick the card or the nearest arrow, clear, fit, or draw
/// a selection band.
pub(super) fn background_interaction(
    ui: &Ui,
    response: &egui::Response,
    scene: &Scene,
    cx: &mut FrameContext<'_>,
    state: &mut CanvasState,
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
        click_at(scene, cx, point(at), reach, shift);
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
    } = &mut state.drag
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
            cx.shared.clear_selection();
        }
        cx.shared.add_sites(picked);
        std::mem::take(&mut state.drag);
    }
}

/// A click on the background picks the card under it, else the nearest flow within reach, else
/// clears the selection (Shift adds or removes instead).
fn click_at(scene: &Scene, cx: &mut FrameContext<'_>, at: Point, reach: f32, shift: bool) {
    if let Some(card) = hit::card_at(scene, at) {
        if shift {
            cx.shared.toggle_site(card.id.clone());
        } else {
            cx.shared.select_only(Selection::site(card.id.clone()));
        }
        return;
    }
    match hit::arrow_near(scene, at, reach) {
        Some(arrow) if shift => cx.shared.toggle_flow(arrow.id.clone()),
        Some(arrow) => cx.shared.select_only(Selection::flow(arrow.id.clone())),
        None if !shift => cx.shared.clear_selection(),
        None => {}
    }
}

/// A preset dragged from the palette and released on the canvas lands where it was released.
pub(super) fn drop_preset(
    response: &egui::Response,
    view: &View<'_>,
    cx: &mut FrameContext<'_>,
    pointer_in_map: Option<Pos2>,
) {
    if let Some(preset) = response.dnd_release_payload::<crate::presets::Preset>()
        && let Some(at) = pointer_in_map
    {
        let site = site_from_preset(view.map, &preset, Some(point(at)));
        cx.shared.select_only(Selection::site(site.id.clone()));
        cx.request(Request::Focus(Focus::SiteName));
        let name = preset.name.get(crate::app::words::language());
        cx.edit(PendingEdit::new(
            tw("ui-palette-add", &[("name", name.into())]),
            Edit::AddSite(site),
        ));
    }
}
