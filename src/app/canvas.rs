//! The canvas: the shared [`Scene`] painted in an `egui::Scene` (pan and zoom), with selection,
//! moving, connecting and dropping new sites.
//!
//! Coordinate spaces: `*_in_map` are map units (the `Scene`'s and the file's), `*_on_screen` are
//! egui points; `screen_from_map` converts. Only what is in view is painted or laid out, and
//! labels are dropped when zoomed far out, so large maps stay fast.

use std::collections::BTreeSet;

use egui::emath::TSTransform;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2};

use super::palette::{PRESETS, Preset};
use super::theme::{self, colour};
use super::{Edit, PendingEdit, Selection, UiState};
use crate::model::{Flow, Map, Point, Site, SiteId, SiteKind};
use crate::scene::icon::{IconShape, icon};
use crate::scene::theme as diagram;
use crate::scene::{self, FlowArrow, Scene, SiteCard, lane_at, lane_x_range};

/// A drag in progress on the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Drag {
    /// Nothing is being dragged.
    #[default]
    None,
    /// Selected sites being moved by `delta_in_map`.
    Move {
        /// The sites.
        sites: Vec<SiteId>,
        /// How far they have moved.
        delta_in_map: Vec2,
    },
    /// A new flow being drawn from a site to the pointer.
    Connect {
        /// The source site.
        from: SiteId,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
    /// A selection rectangle.
    Band {
        /// Where it started.
        start_in_map: Pos2,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
}

/// An egui rectangle from a scene rectangle (both in map units).
pub fn to_egui(rect: scene::Rect) -> Rect {
    Rect::from_min_max(pos(rect.min), pos(rect.max))
}

fn pos(point: Point) -> Pos2 {
    Pos2::new(point.x, point.y)
}

/// Where the first selected site or flow is on the map, to bring it into view.
pub fn selection_rect(scene: &Scene, selection: &Selection) -> Option<Rect> {
    if let Some(id) = selection.sites.first() {
        return scene
            .sites
            .iter()
            .find(|card| &card.id == id)
            .map(|card| to_egui(card.rect));
    }
    let id = selection.flows.first()?;
    scene
        .flows
        .iter()
        .find(|arrow| &arrow.id == id)
        .map(|arrow| to_egui(arrow.bounds()))
}

/// The site under a point, topmost first.
fn card_at(scene: &Scene, pos_in_map: Pos2) -> Option<&SiteCard> {
    scene
        .sites
        .iter()
        .rev()
        .find(|card| to_egui(card.rect).contains(pos_in_map))
}

/// Distance from a point to a flow's curve, sampled.
fn distance_to_arrow(arrow: &FlowArrow, pos_in_map: Pos2) -> f32 {
    const SAMPLES: u16 = 24;
    (0..=SAMPLES)
        .map(|i| pos(arrow.point_at(f32::from(i) / f32::from(SAMPLES))))
        .map(|point| point.distance(pos_in_map))
        .fold(f32::INFINITY, f32::min)
}

/// Keeps a site's x inside its jurisdiction's lane, so the lanes always tell the truth.
fn clamp_to_lane(site: &Site, position: Point) -> Point {
    let (left, right) = lane_x_range(site.jurisdiction.lane());
    let half = diagram::SITE_WIDTH / 2.0 + 8.0;
    Point::new(position.x.clamp(left + half, right - half), position.y)
}

/// A free spot in a lane: below the lowest site already there.
fn free_spot(map: &Map, site: &Site) -> Point {
    let lane = site.jurisdiction.lane();
    let (left, right) = lane_x_range(lane);
    let lowest = map
        .sites()
        .filter(|other| other.jurisdiction.lane() == lane)
        .filter_map(|other| other.position)
        .map(|position| position.y)
        .fold(None, |lowest: Option<f32>, y| {
            Some(lowest.map_or(y, |l| l.max(y)))
        });
    let y = lowest.map_or(crate::layout::FIRST_ROW_Y, |y| {
        y + crate::layout::ROW_HEIGHT
    });
    Point::new((left + right) / 2.0, y)
}

/// A new site from a preset, placed at `at_in_map` (its lane decides the jurisdiction) or at a
/// free spot in the preset's own lane.
pub fn site_from_preset(map: &Map, preset: &Preset, at_in_map: Option<Pos2>) -> Site {
    let mut site = Site::new(
        map.fresh_site_id(preset.name),
        preset.name,
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
            site.position = Some(clamp_to_lane(&site, Point::new(at.x, at.y)));
        }
        None => site.position = Some(free_spot(map, &site)),
    }
    site
}

/// The palette of presets: click to add in the preset's lane, or drag onto the canvas.
pub fn palette_ui(ui: &mut Ui, edits: &mut Vec<PendingEdit>, state: &mut UiState, map: &Map) {
    ui.heading("Add a site");
    ui.label(egui::RichText::new("Click to add, or drag onto a lane").weak());
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (index, preset) in PRESETS.iter().enumerate() {
            let button = egui::Button::new(format!("Add {}", preset.name))
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
                .on_hover_text(format!(
                    "{} in {} ({})",
                    preset.kind.label(),
                    preset.jurisdiction.label(),
                    preset.jurisdiction.id()
                ))
                .clicked()
            {
                let site = site_from_preset(map, preset, None);
                state.selection = Selection::site(site.id.clone());
                state.focus_name = true;
                if let Some(position) = site.position {
                    state.reveal = Some(Rect::from_center_size(pos(position), Vec2::splat(10.0)));
                }
                edits.push(PendingEdit::new(
                    format!("Add {}", preset.name),
                    Edit::AddSite(site),
                ));
            }
        }
        ui.add_space(12.0);
        legend_ui(ui);
    });
}

/// What the colours and lines mean.
fn legend_ui(ui: &mut Ui) {
    ui.heading("Legend");
    for (severity, name) in [
        (5, "critical"),
        (4, "high"),
        (3, "medium"),
        (2, "low"),
        (1, "info only"),
    ] {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 12.0), Sense::hover());
            let width = diagram::flow_width(Some(severity), false);
            ui.painter().line_segment(
                [rect.left_center(), rect.right_center()],
                Stroke::new(width, theme::severity(severity)),
            );
            ui.label(format!("Worst finding: {name}"));
        });
    }
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::new(28.0, 12.0), Sense::hover());
        ui.painter().line_segment(
            [rect.left_center(), rect.right_center()],
            Stroke::new(2.0, colour(diagram::FLOW_OK)),
        );
        ui.label("No finding");
    });
    ui.label("Thicker: crosses a border. Dashed: remote access.");
}

/// Draws the icon of a site kind (the Scene's, shared with the exports) in `rect`.
fn paint_icon(painter: &egui::Painter, kind: SiteKind, rect: Rect, ink: Color32) {
    let stroke = Stroke::new(1.5, ink);
    let centre = rect.center();
    let half = rect.width() / 2.0;
    let at = |point: Point| centre + Vec2::new(point.x * half, point.y * half);
    for shape in icon(kind) {
        match shape {
            IconShape::Circle { centre, radius } => {
                painter.circle_stroke(at(centre), radius * half, stroke);
            }
            IconShape::Dot { centre, radius } => {
                painter.circle_filled(at(centre), radius * half, ink);
            }
            IconShape::Frame { min, max } => {
                painter.rect_stroke(
                    Rect::from_min_max(at(min), at(max)),
                    1.0,
                    stroke,
                    egui::StrokeKind::Inside,
                );
            }
            IconShape::Block { min, max } => {
                painter.rect_filled(Rect::from_min_max(at(min), at(max)), 0.0, ink);
            }
            IconShape::Line { from, to } => {
                painter.line_segment([at(from), at(to)], stroke);
            }
            IconShape::Outline(points) => {
                painter.add(Shape::closed_line(
                    points.into_iter().map(at).collect(),
                    stroke,
                ));
            }
            IconShape::Curve([start, control, end]) => {
                painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
                    [at(start), at(control), at(end)],
                    false,
                    Color32::TRANSPARENT,
                    stroke,
                ));
            }
        }
    }
}

/// One line of text cut to `width` with an ellipsis.
fn single_line(
    ui: &Ui,
    text: &str,
    size: f32,
    ink: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job =
        egui::text::LayoutJob::simple_singleline(text.to_owned(), FontId::proportional(size), ink);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

fn arrow_colour(arrow: &FlowArrow) -> Color32 {
    match arrow.worst_severity {
        Some(severity) => theme::severity(severity),
        None => colour(diagram::FLOW_OK),
    }
}

/// How an arrow stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Look {
    Normal,
    /// Part of the selection.
    Selected,
    /// In the chosen heatmap cell.
    Highlighted,
    /// Not in the chosen heatmap cell.
    Faded,
}

fn paint_arrow(
    painter: &egui::Painter,
    arrow: &FlowArrow,
    look: Look,
    detailed: bool,
    visible_in_map: Rect,
) {
    let ink = match look {
        Look::Faded => arrow_colour(arrow).gamma_multiply(0.15),
        _ => arrow_colour(arrow),
    };
    let width = diagram::flow_width(arrow.worst_severity, arrow.crosses_border);
    let (start, control, end) = (pos(arrow.start), pos(arrow.control), pos(arrow.end));
    let direction = (end - control).normalized();
    let head = diagram::ARROW_HEAD;
    // The line stops at the base of the head so the tip stays sharp.
    let base = end - direction * head * 0.8;
    let halo = match look {
        Look::Selected => Some(colour(diagram::SELECTION).gamma_multiply(0.35)),
        Look::Highlighted => Some(colour(diagram::HIGHLIGHT)),
        Look::Normal | Look::Faded => None,
    };
    if let Some(halo) = halo {
        painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
            [start, control, base],
            false,
            Color32::TRANSPARENT,
            Stroke::new(width + 7.0, halo),
        ));
    }
    if arrow.remote_access && detailed {
        // Dash only the stretches in view: a long arrow crossing the map would otherwise be
        // cut into thousands of dashes off screen.
        let points: Vec<Pos2> = (0..=16u8)
            .map(|i| pos(arrow.point_at(f32::from(i) / 16.0)))
            .collect();
        for pair in points.windows(2) {
            if let [a, b] = pair
                && visible_in_map.intersects(Rect::from_two_pos(*a, *b))
            {
                painter.extend(Shape::dashed_line(
                    &[*a, *b],
                    Stroke::new(width, ink),
                    8.0,
                    5.0,
                ));
            }
        }
    } else if detailed {
        painter.add(egui::epaint::QuadraticBezierShape::from_points_stroke(
            [start, control, base],
            false,
            Color32::TRANSPARENT,
            Stroke::new(width, ink),
        ));
    } else {
        painter.line_segment([start, base], Stroke::new(width, ink));
    }
    if !detailed {
        return;
    }
    let normal = Vec2::new(-direction.y, direction.x);
    painter.add(Shape::convex_polygon(
        vec![
            end,
            end - direction * head + normal * head * 0.45,
            end - direction * head - normal * head * 0.45,
        ],
        ink,
        Stroke::NONE,
    ));
}

/// The view that shows every site with a margin (the lanes continue beyond it), or the lanes of
/// an empty map.
pub fn fit_rect(scene: &Scene) -> Rect {
    let content = scene
        .sites
        .iter()
        .map(|card| to_egui(card.rect))
        .reduce(|a, b| a.union(b));
    match (content, scene.bounds) {
        // Room above for the lane headings, and never closer than a few sites' worth.
        (Some(content), _) => {
            let top = scene
                .lanes
                .first()
                .map_or(content.top(), |lane| to_egui(lane.rect).top());
            let framed = content.union(Rect::from_min_max(
                Pos2::new(content.left(), top),
                content.center(),
            ));
            let min_size = Vec2::new(diagram::SITE_WIDTH * 3.0, diagram::SITE_HEIGHT * 5.0);
            Rect::from_center_size(framed.center(), framed.size().max(min_size)).expand(40.0)
        }
        (None, Some(bounds)) => to_egui(bounds),
        (None, None) => Rect::from_min_size(Pos2::ZERO, Vec2::new(1200.0, 800.0)),
    }
}

/// Paints the canvas and handles its interaction.
pub fn canvas_ui(
    ui: &mut Ui,
    map: &Map,
    scene: &Scene,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) -> Option<TSTransform> {
    let mut scene_rect = state.scene_rect;
    if state.fit_requested {
        scene_rect = fit_rect(scene);
        state.fit_requested = false;
    }
    if let Some(target) = state.reveal.take() {
        // Frame the whole cards at the ends of a flow, not just the arrow between them, and
        // move only when something of it is out of view.
        let target = target.expand2(Vec2::new(diagram::SITE_WIDTH * 0.6, diagram::SITE_HEIGHT));
        if !scene_rect.contains_rect(target) {
            let size = scene_rect.size().max(target.size() * 1.2);
            scene_rect = Rect::from_center_size(target.center(), size);
        }
    }
    let background = ui.painter().clone();
    background.rect_filled(ui.max_rect(), 0.0, colour(diagram::BACKGROUND));

    let mut screen_from_map = None;
    let mut from_global = TSTransform::IDENTITY;
    let response = egui::Scene::new()
        .zoom_range(theme::MIN_ZOOM..=theme::MAX_ZOOM)
        .drag_pan_buttons(egui::DragPanButtons::SECONDARY | egui::DragPanButtons::MIDDLE)
        .show(ui, &mut scene_rect, |ui| {
            let transform = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or(TSTransform::IDENTITY);
            screen_from_map = Some(transform);
            from_global = transform.inverse();
            draw_and_interact(ui, map, scene, state, edits, transform.scaling);
        })
        .response;
    state.scene_rect = scene_rect;

    let pointer_in_map = ui
        .input(|input| input.pointer.interact_pos())
        .map(|pointer| from_global * pointer);
    background_interaction(ui, &response, scene, state, pointer_in_map);
    drop_preset(&response, map, state, edits, pointer_in_map);
    screen_from_map
}

fn background_interaction(
    ui: &Ui,
    response: &egui::Response,
    scene: &Scene,
    state: &mut UiState,
    pointer_in_map: Option<Pos2>,
) {
    let shift = ui.input(|input| input.modifiers.shift);
    if response.double_clicked() {
        state.fit_requested = true;
    } else if response.clicked()
        && let Some(at) = pointer_in_map
    {
        // A click on the background picks the nearest flow within reach, else clears.
        let zoom = (response.rect.width() / state.scene_rect.width()).max(f32::EPSILON);
        let reach = theme::FLOW_PICK_DISTANCE / zoom;
        if let Some(card) = card_at(scene, at) {
            if shift {
                toggle(&mut state.selection.sites, card.id.clone());
            } else {
                state.selection = Selection::site(card.id.clone());
            }
            return;
        }
        let nearest = scene
            .flows
            .iter()
            .map(|arrow| (distance_to_arrow(arrow, at), arrow))
            .filter(|(distance, _)| *distance <= reach)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        match nearest {
            Some((_, arrow)) if shift => {
                toggle(&mut state.selection.flows, arrow.id.clone());
            }
            Some((_, arrow)) => state.selection = Selection::flow(arrow.id.clone()),
            None if !shift => state.selection = Selection::default(),
            None => {}
        }
    }
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(at) = pointer_in_map
    {
        state.drag = Drag::Band {
            start_in_map: at,
            pointer_in_map: at,
        };
    }
    if let (
        Drag::Band {
            pointer_in_map: current,
            start_in_map,
        },
        Some(at),
    ) = (&mut state.drag, pointer_in_map)
    {
        *current = at;
        if response.drag_stopped() {
            let band = Rect::from_two_pos(*start_in_map, at);
            let picked: Vec<SiteId> = scene
                .sites
                .iter()
                .filter(|card| band.intersects(to_egui(card.rect)))
                .map(|card| card.id.clone())
                .collect();
            if !shift {
                state.selection = Selection::default();
            }
            state.selection.sites.extend(picked);
            state.drag = Drag::None;
        }
    }
}

fn drop_preset(
    response: &egui::Response,
    map: &Map,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    pointer_in_map: Option<Pos2>,
) {
    if let Some(index) = response.dnd_release_payload::<usize>()
        && let (Some(preset), Some(at)) = (PRESETS.get(*index), pointer_in_map)
    {
        let site = site_from_preset(map, preset, Some(at));
        state.selection = Selection::site(site.id.clone());
        state.focus_name = true;
        edits.push(PendingEdit::new(
            format!("Add {}", preset.name),
            Edit::AddSite(site),
        ));
    }
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

fn draw_and_interact(
    ui: &mut Ui,
    map: &Map,
    scene: &Scene,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    zoom: f32,
) {
    let visible_in_map = ui.clip_rect();
    let painter = ui.painter().clone();
    // Labels fade in over a short range of zoom rather than popping in.
    let label_alpha = ((zoom - theme::LABEL_MIN_ZOOM) / theme::LABEL_FADE_ZOOM).clamp(0.0, 1.0);
    let labels = label_alpha > 0.0;
    let detailed = zoom >= theme::DETAIL_MIN_ZOOM;

    for (index, band) in scene.lanes.iter().enumerate() {
        let rect = to_egui(band.rect);
        if !visible_in_map.intersects(rect) {
            continue;
        }
        painter.rect_filled(rect, 0.0, colour(diagram::LANE_FILLS[index % 2]));
        painter.line_segment(
            [rect.left_top(), rect.left_bottom()],
            Stroke::new(1.5, colour(diagram::LANE_BORDER)),
        );
        if detailed {
            let heading = single_line(
                ui,
                band.label,
                diagram::LANE_LABEL_SIZE,
                colour(diagram::LANE_TEXT),
                rect.width() - 16.0,
            );
            let at = Pos2::new(rect.center().x - heading.size().x / 2.0, rect.top() + 10.0);
            painter.galley(at, heading, colour(diagram::LANE_TEXT));
        }
    }

    let moving = match &state.drag {
        Drag::Move {
            sites,
            delta_in_map,
        } => Some((sites.clone(), *delta_in_map)),
        _ => None,
    };
    let offset_of = |id: &SiteId| {
        moving
            .as_ref()
            .filter(|(sites, _)| sites.contains(id))
            .map_or(Vec2::ZERO, |(_, delta)| *delta)
    };

    // With a heatmap cell chosen, its flows (and their ends) stand out and the rest fade.
    let highlighted_sites: Option<BTreeSet<SiteId>> = state.highlight.as_ref().map(|highlight| {
        scene
            .flows
            .iter()
            .filter(|arrow| highlight.flows.contains(&arrow.id))
            .flat_map(|arrow| [&arrow.from, &arrow.to])
            .chain(highlight.sites.iter())
            .cloned()
            .collect()
    });

    for arrow in &scene.flows {
        // Arrows follow the cards being dragged.
        let (from_delta, to_delta) = (offset_of(&arrow.from), offset_of(&arrow.to));
        let moved;
        let arrow = if from_delta == Vec2::ZERO && to_delta == Vec2::ZERO {
            arrow
        } else {
            moved = arrow.with_ends_moved(
                Point::new(from_delta.x, from_delta.y),
                Point::new(to_delta.x, to_delta.y),
            );
            &moved
        };
        let bounds = to_egui(arrow.bounds()).expand(diagram::ARROW_HEAD);
        if !visible_in_map.intersects(bounds) {
            continue;
        }
        let look = if state.selection.flows.contains(&arrow.id) {
            Look::Selected
        } else {
            match &state.highlight {
                Some(highlight) if highlight.flows.contains(&arrow.id) => Look::Highlighted,
                Some(_) => Look::Faded,
                None => Look::Normal,
            }
        };
        paint_arrow(&painter, arrow, look, detailed, visible_in_map);
        if labels {
            let at = pos(arrow.label_at);
            let galley = single_line(
                ui,
                &arrow.label,
                diagram::FLOW_LABEL_SIZE,
                colour(diagram::MUTED_TEXT).gamma_multiply(label_alpha),
                160.0,
            );
            let rect = Rect::from_center_size(at, galley.size() + Vec2::new(8.0, 4.0));
            painter.rect_filled(rect, 3.0, colour(diagram::BACKGROUND).gamma_multiply(0.9));
            painter.galley(
                rect.min + Vec2::new(4.0, 2.0),
                galley,
                colour(diagram::MUTED_TEXT).gamma_multiply(label_alpha),
            );
            let label = map.flow(&arrow.id).map_or_else(
                || arrow.id.to_string(),
                |view| {
                    format!(
                        "Flow {}: {} → {}",
                        arrow.id, view.source.name, view.target.name
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
                    toggle(&mut state.selection.flows, arrow.id.clone());
                } else {
                    state.selection = Selection::flow(arrow.id.clone());
                }
            }
        }
    }

    for card in &scene.sites {
        let rect = to_egui(card.rect).translate(offset_of(&card.id));
        if !visible_in_map.intersects(rect.expand(theme::HANDLE_RADIUS)) {
            continue;
        }
        let faded = highlighted_sites
            .as_ref()
            .is_some_and(|sites| !sites.contains(&card.id));
        if detailed {
            site_ui(
                ui,
                &painter,
                map,
                scene,
                card,
                rect,
                state,
                edits,
                label_alpha,
                detailed,
            );
        } else {
            // Far out, a card is a few pixels: a plain box, no widget (the background's
            // hit-testing still selects it).
            let fill = match card.worst_severity {
                Some(severity) if severity >= 2 => theme::severity(severity),
                _ => colour(diagram::SITE_STROKE),
            };
            let selected = state.selection.sites.contains(&card.id);
            painter.rect_filled(
                rect,
                0.0,
                if selected {
                    colour(diagram::SELECTION)
                } else {
                    fill
                },
            );
        }
        if faded {
            painter.rect_filled(
                rect.expand(1.0),
                diagram::SITE_CORNER,
                colour(diagram::BACKGROUND).gamma_multiply(0.75),
            );
        }
    }

    match &state.drag {
        Drag::Connect {
            from,
            pointer_in_map,
        } => {
            if let Some(card) = scene.sites.iter().find(|card| &card.id == from) {
                let start = to_egui(card.rect).right_center();
                painter.line_segment(
                    [start, *pointer_in_map],
                    Stroke::new(2.0, colour(diagram::SELECTION)),
                );
                painter.circle_filled(*pointer_in_map, 4.0, colour(diagram::SELECTION));
            }
        }
        Drag::Band {
            start_in_map,
            pointer_in_map,
        } => {
            let band = Rect::from_two_pos(*start_in_map, *pointer_in_map);
            painter.rect(
                band,
                0.0,
                colour(diagram::SELECTION).gamma_multiply(0.08),
                Stroke::new(1.0, colour(diagram::SELECTION)),
                egui::StrokeKind::Inside,
            );
        }
        Drag::Move { .. } | Drag::None => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn site_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    map: &Map,
    scene: &Scene,
    card: &SiteCard,
    rect: Rect,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
    label_alpha: f32,
    detailed: bool,
) {
    let selected = state.selection.sites.contains(&card.id);
    let outline = match card.worst_severity {
        Some(severity) if severity >= 2 => theme::severity(severity),
        _ => colour(diagram::SITE_STROKE),
    };
    if selected {
        painter.rect_filled(
            rect.expand(5.0),
            diagram::SITE_CORNER + 4.0,
            colour(diagram::SELECTION).gamma_multiply(0.25),
        );
    }
    painter.rect(
        rect,
        diagram::SITE_CORNER,
        colour(diagram::SITE_FILL),
        Stroke::new(
            if selected { 2.5 } else { 1.5 },
            if selected {
                colour(diagram::SELECTION)
            } else {
                outline
            },
        ),
        egui::StrokeKind::Inside,
    );
    if detailed {
        let icon =
            Rect::from_center_size(rect.left_center() + Vec2::new(26.0, 0.0), Vec2::splat(28.0));
        paint_icon(painter, card.kind, icon, colour(diagram::SITE_STROKE));
    }
    if label_alpha > 0.0 {
        let text_left = rect.left() + 50.0;
        let width = rect.right() - text_left - 10.0;
        let name = single_line(
            ui,
            &card.name,
            diagram::SITE_NAME_SIZE,
            colour(diagram::SITE_TEXT).gamma_multiply(label_alpha),
            width,
        );
        painter.galley(
            Pos2::new(text_left, rect.top() + 12.0),
            name,
            colour(diagram::SITE_TEXT).gamma_multiply(label_alpha),
        );
        let subtitle = single_line(
            ui,
            &card.subtitle,
            diagram::SITE_CITY_SIZE,
            colour(diagram::MUTED_TEXT).gamma_multiply(label_alpha),
            width,
        );
        painter.galley(
            Pos2::new(text_left, rect.top() + 36.0),
            subtitle,
            colour(diagram::MUTED_TEXT).gamma_multiply(label_alpha),
        );
    }

    let name = map
        .site(&card.id)
        .map_or(card.name.as_str(), |site| site.name.as_str());
    let label = format!("Site {name}");
    let response = ui
        .interact(
            rect,
            ui.scope_id().with(("site", card.id.as_str())),
            Sense::click_and_drag(),
        )
        .on_hover_text(format!("{name}\n{}", card.subtitle));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let shift = ui.input(|input| input.modifiers.shift);
    if response.clicked() {
        if shift {
            toggle(&mut state.selection.sites, card.id.clone());
        } else {
            state.selection = Selection::site(card.id.clone());
        }
    }
    if response.drag_started() {
        if !selected {
            state.selection = Selection::site(card.id.clone());
        }
        state.drag = Drag::Move {
            sites: state.selection.sites.iter().cloned().collect(),
            delta_in_map: Vec2::ZERO,
        };
    }
    if response.dragged()
        && let Drag::Move { delta_in_map, .. } = &mut state.drag
    {
        *delta_in_map += response.drag_delta();
    }
    if response.drag_stopped()
        && let Drag::Move {
            sites,
            delta_in_map,
        } = std::mem::take(&mut state.drag)
        && delta_in_map != Vec2::ZERO
    {
        let moves: Vec<Edit> = sites
            .iter()
            .filter_map(|id| map.site(id))
            .map(|site| {
                let mut moved = site.clone();
                let from = site
                    .position
                    .unwrap_or_else(|| Point::new(rect.center().x, rect.center().y));
                moved.position = Some(clamp_to_lane(
                    site,
                    Point::new(from.x + delta_in_map.x, from.y + delta_in_map.y),
                ));
                Edit::ReplaceSite(moved)
            })
            .collect();
        let label = if moves.len() == 1 {
            "Move site".to_owned()
        } else {
            format!("Move {} sites", moves.len())
        };
        edits.push(PendingEdit::new(label, Edit::Batch(moves)));
    }

    // The connect handle: drag from it to another site to draw a flow.
    let show_handle = selected || response.hovered() || matches!(state.drag, Drag::Connect { .. });
    let handle_centre = rect.right_center();
    let handle_rect =
        Rect::from_center_size(handle_centre, Vec2::splat(theme::HANDLE_RADIUS * 2.0 + 4.0));
    let handle = ui.interact(
        handle_rect,
        ui.scope_id().with(("connect", card.id.as_str())),
        Sense::drag(),
    );
    let handle_label = format!("Connect from {name}");
    handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &handle_label));
    if show_handle || handle.hovered() {
        painter.circle(
            handle_centre,
            theme::HANDLE_RADIUS,
            colour(diagram::SITE_FILL),
            Stroke::new(2.0, colour(diagram::SELECTION)),
        );
        painter.text(
            handle_centre,
            Align2::CENTER_CENTER,
            "+",
            FontId::proportional(14.0),
            colour(diagram::SELECTION),
        );
    }
    let handle = handle.on_hover_text("Drag to another site to draw a flow");
    let pointer_in_map = handle.interact_pointer_pos();
    if handle.drag_started() {
        state.drag = Drag::Connect {
            from: card.id.clone(),
            pointer_in_map: pointer_in_map.unwrap_or(handle_centre),
        };
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
    if handle.drag_stopped()
        && let Drag::Connect {
            from,
            pointer_in_map: at,
        } = std::mem::take(&mut state.drag)
    {
        let target = card_at(scene, at)
            .map(|card| card.id.clone())
            .filter(|to| *to != from);
        if let Some(to) = target {
            let stem = format!("{}-to-{}", from.as_str(), to.as_str());
            let flow = Flow::new(map.fresh_flow_id(&stem), from, to);
            state.selection = Selection::flow(flow.id.clone());
            edits.push(PendingEdit::new("Add flow", Edit::AddFlow(flow)));
        }
    }
}
