//! Painting the scene's marks with egui's painter: lanes, arrows with their heads and labels,
//! cards with icon, name and place, and the drag in progress.

use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, Ui, Vec2};

use super::{pos, to_egui};
use crate::app::state::Drag;
use crate::app::theme::{self, colour};
use crate::app::widgets::paint_icon;
use crate::model::Severity;
use crate::scene::theme as diagram;
use crate::scene::{FlowArrow, Scene, SiteCard};

/// One line of text cut to `width` with an ellipsis.
pub(super) fn single_line(
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

/// The colour of an arrow: its worst finding's, or the no-finding colour.
fn arrow_colour(arrow: &FlowArrow) -> Color32 {
    match arrow.worst_severity {
        Some(severity) => theme::severity(severity),
        None => colour(diagram::FLOW_OK),
    }
}

/// How an arrow stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Look {
    /// As it is.
    Normal,
    /// Part of the selection.
    Selected,
    /// In the chosen heatmap cell.
    Highlighted,
    /// Not in the chosen heatmap cell.
    Faded,
}

/// Paints an arrow: halo, line (dashed for remote access), head.
pub(super) fn paint_arrow(
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

/// Paints the lane bands and, close enough in, their headings.
pub(super) fn paint_lanes(
    ui: &Ui,
    painter: &egui::Painter,
    scene: &Scene,
    visible_in_map: Rect,
    detailed: bool,
) {
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
}

/// Paints an arrow's label box and returns where it is (the label is also its click target).
pub(super) fn paint_arrow_label(
    ui: &Ui,
    painter: &egui::Painter,
    arrow: &FlowArrow,
    alpha: f32,
) -> Rect {
    let galley = single_line(
        ui,
        &arrow.label,
        diagram::FLOW_LABEL_SIZE,
        colour(diagram::MUTED_TEXT).gamma_multiply(alpha),
        160.0,
    );
    let rect = Rect::from_center_size(pos(arrow.label_at), galley.size() + Vec2::new(8.0, 4.0));
    painter.rect_filled(rect, 3.0, colour(diagram::BACKGROUND).gamma_multiply(0.9));
    painter.galley(
        rect.min + Vec2::new(4.0, 2.0),
        galley,
        colour(diagram::MUTED_TEXT).gamma_multiply(alpha),
    );
    rect
}

/// The outline colour of a card: its worst finding's, or the plain stroke.
fn card_outline(card: &SiteCard) -> Color32 {
    match card.worst_severity {
        Some(severity) if severity >= Severity::Low => theme::severity(severity),
        _ => colour(diagram::SITE_STROKE),
    }
}

/// Far out, a card is a few pixels: a plain box.
pub(super) fn paint_far_card(painter: &egui::Painter, card: &SiteCard, rect: Rect, selected: bool) {
    let fill = if selected {
        colour(diagram::SELECTION)
    } else {
        card_outline(card)
    };
    painter.rect_filled(rect, 0.0, fill);
}

/// A card close up: box, selection glow, icon, name and place.
pub(super) fn paint_card(
    ui: &Ui,
    painter: &egui::Painter,
    card: &SiteCard,
    rect: Rect,
    selected: bool,
    label_alpha: f32,
) {
    if selected {
        painter.rect_filled(
            rect.expand(5.0),
            diagram::SITE_CORNER + 4.0,
            colour(diagram::SELECTION).gamma_multiply(0.25),
        );
    }
    let (width, ink) = if selected {
        (2.5, colour(diagram::SELECTION))
    } else {
        (1.5, card_outline(card))
    };
    painter.rect(
        rect,
        diagram::SITE_CORNER,
        colour(diagram::SITE_FILL),
        Stroke::new(width, ink),
        egui::StrokeKind::Inside,
    );
    let icon = Rect::from_center_size(rect.left_center() + Vec2::new(26.0, 0.0), Vec2::splat(28.0));
    paint_icon(painter, card.kind, icon, colour(diagram::SITE_STROKE));
    if label_alpha <= 0.0 {
        return;
    }
    let text_left = rect.left() + 50.0;
    let width = rect.right() - text_left - 10.0;
    for (text, size, ink, top) in [
        (
            &card.name,
            diagram::SITE_NAME_SIZE,
            diagram::SITE_TEXT,
            12.0,
        ),
        (
            &card.subtitle,
            diagram::SITE_CITY_SIZE,
            diagram::MUTED_TEXT,
            36.0,
        ),
    ] {
        let ink = colour(ink).gamma_multiply(label_alpha);
        let galley = single_line(ui, text, size, ink, width);
        painter.galley(Pos2::new(text_left, rect.top() + top), galley, ink);
    }
}

/// The connect handle on a card's right edge.
pub(super) fn paint_handle(painter: &egui::Painter, centre: Pos2) {
    painter.circle(
        centre,
        theme::HANDLE_RADIUS,
        colour(diagram::SITE_FILL),
        Stroke::new(2.0, colour(diagram::SELECTION)),
    );
    painter.text(
        centre,
        egui::Align2::CENTER_CENTER,
        "+",
        FontId::proportional(14.0),
        colour(diagram::SELECTION),
    );
}

/// The flow being drawn, or the selection band.
pub(super) fn paint_drag(painter: &egui::Painter, scene: &Scene, drag: &Drag) {
    match drag {
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
