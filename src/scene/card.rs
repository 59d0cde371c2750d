//! A site card's interior: the icon, the name wrapped onto up to three lines, the city and
//! jurisdiction line, and a severity marker; the card grows to fit them.

use super::marks::{Mark, Stroke, TextMark};
use super::text::wrap;
use super::{Rect, theme};
use crate::model::{Point, Severity, SiteKind};

/// Room on the left of a card for its icon.
const ICON_ROOM: f32 = 50.0;
/// Room on the right of a card's text (the severity marker sits there).
const RIGHT_ROOM: f32 = 16.0;
/// Space above and below a card's text.
const PAD: f32 = 11.0;
/// Lines of a name, at most.
pub const NAME_LINES: usize = 3;
/// Lines of the city and jurisdiction, at most.
const PLACE_LINES: usize = 2;

/// A card's size and text, before it is placed.
pub(super) struct CardText {
    /// Width and height of the card.
    pub size: (f32, f32),
    /// The name's lines and the place's lines.
    pub name: Vec<String>,
    /// The city and jurisdiction lines.
    pub place: Vec<String>,
    /// Every character of the name and the place is on the card.
    pub complete: bool,
}

fn name_line_height() -> f32 {
    theme::SITE_NAME_SIZE * 1.25
}

fn place_line_height() -> f32 {
    theme::SITE_CITY_SIZE * 1.3
}

/// Wraps `name` and `place` at the narrowest card width that keeps the name to two lines (or,
/// failing that, the widest card), and sizes the card around them.
pub(super) fn card_text(name: &str, place: &str) -> CardText {
    let room = |card_width: f32| card_width - ICON_ROOM - RIGHT_ROOM;
    let size = theme::SITE_NAME_SIZE;
    let mut width = theme::SITE_WIDTH;
    let mut wrapped = wrap(name, size, true, room(width), NAME_LINES);
    if wrapped.lines.len() > 2 || !wrapped.complete {
        width = theme::SITE_MAX_WIDTH;
        wrapped = wrap(name, size, true, room(width), NAME_LINES);
        // Narrow the card back to its longest line.
        let widest = wrapped
            .lines
            .iter()
            .map(|line| super::text::text_width(line, size, true))
            .fold(0.0, f32::max);
        width = (widest + ICON_ROOM + RIGHT_ROOM).clamp(theme::SITE_WIDTH, theme::SITE_MAX_WIDTH);
    }
    let place_wrapped = wrap(
        place,
        theme::SITE_CITY_SIZE,
        false,
        room(width),
        PLACE_LINES,
    );
    let text_height = wrapped.lines.len() as f32 * name_line_height()
        + place_wrapped.lines.len() as f32 * place_line_height();
    CardText {
        size: (width, (text_height + 2.0 * PAD).max(theme::SITE_HEIGHT)),
        complete: wrapped.complete && place_wrapped.complete,
        name: wrapped.lines,
        place: place_wrapped.lines,
    }
}

/// The icon, the text lines and the marker of a card at `rect`.
pub(super) fn card_marks(
    text: &CardText,
    rect: Rect,
    kind: SiteKind,
    worst: Option<Severity>,
) -> (Mark, Vec<TextMark>, Option<Mark>) {
    let icon = Mark::Icon {
        kind,
        centre: Point::new(rect.min.x + 26.0, rect.centre().y),
        half: 14.0,
        ink: theme::SITE_STROKE,
    };
    let text_height =
        text.name.len() as f32 * name_line_height() + text.place.len() as f32 * place_line_height();
    let left = rect.min.x + ICON_ROOM;
    let mut top = rect.centre().y - text_height / 2.0;
    let mut lines = Vec::with_capacity(text.name.len() + text.place.len());
    for line in &text.name {
        let baseline = top + theme::SITE_NAME_SIZE;
        lines.push(
            TextMark::new(
                line.clone(),
                Point::new(left, baseline),
                theme::SITE_NAME_SIZE,
                theme::SITE_TEXT,
            )
            .bold(),
        );
        top += name_line_height();
    }
    for line in &text.place {
        let baseline = top + theme::SITE_CITY_SIZE;
        lines.push(TextMark::new(
            line.clone(),
            Point::new(left, baseline),
            theme::SITE_CITY_SIZE,
            theme::MUTED_TEXT,
        ));
        top += place_line_height();
    }
    let marker = worst
        .filter(|severity| *severity >= Severity::Low)
        .map(|severity| severity_marker(severity, Point::new(rect.max.x - 9.0, rect.min.y + 9.0)));
    (icon, lines, marker)
}

/// The shape that shows a severity without colour: a diamond for critical, a triangle for
/// high, a square for medium, a ring for low and a small hollow square for info. Drawn in the
/// severity's colour, about 10 units across, centred on `centre`.
pub fn severity_marker(severity: Severity, centre: Point) -> Mark {
    let r = 5.0;
    let at = |dx: f32, dy: f32| Point::new(centre.x + dx, centre.y + dy);
    let ink = theme::severity_colour(severity);
    match severity {
        Severity::Critical => Mark::Shape {
            points: vec![at(0.0, -r * 1.2), at(r, 0.0), at(0.0, r * 1.2), at(-r, 0.0)],
            fill: Some(ink),
            stroke: None,
        },
        Severity::High => Mark::Shape {
            points: vec![at(0.0, -r), at(r, r * 0.8), at(-r, r * 0.8)],
            fill: Some(ink),
            stroke: None,
        },
        Severity::Medium => Mark::Box {
            rect: Rect::centred(centre, r * 1.6, r * 1.6),
            corner: 0.0,
            fill: Some(ink),
            stroke: None,
        },
        Severity::Low => Mark::Circle {
            centre,
            radius: r * 0.8,
            fill: None,
            stroke: Some(Stroke::solid(ink, 2.0)),
        },
        Severity::Info => Mark::Box {
            rect: Rect::centred(centre, r * 1.2, r * 1.2),
            corner: 0.0,
            fill: None,
            stroke: Some(Stroke::solid(ink, 1.5)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_widens_the_card_and_wraps_whole() {
        let short = card_text("Taipa", "Taipa · MO");
        assert_eq!(short.size.0, theme::SITE_WIDTH);
        assert_eq!(short.name, vec!["Taipa"]);
        let long = card_text(
            "Macau head office (Avenida da Praia Grande)",
            "Hengqin, Zhuhai · CN-GBA",
        );
        assert!(long.complete);
        assert!(long.size.0 > theme::SITE_WIDTH && long.size.0 <= theme::SITE_MAX_WIDTH);
        assert_eq!(
            long.name.join(" "),
            "Macau head office (Avenida da Praia Grande)"
        );
        let huge = card_text(&"Sede ".repeat(2_000), "");
        assert!(!huge.complete);
        assert_eq!(huge.name.len(), NAME_LINES);
        assert!(huge.size.1 > theme::SITE_HEIGHT);
    }

    #[test]
    fn lines_sit_inside_the_card() {
        let text = card_text("DingTalk (Hangzhou data centre)", "Hangzhou · CN");
        let rect = Rect::centred(Point::new(0.0, 0.0), text.size.0, text.size.1);
        let (_, lines, marker) = card_marks(&text, rect, SiteKind::Saas, Some(Severity::High));
        for line in &lines {
            let bounds = line.bounds();
            assert!(
                rect.contains(bounds.min) && rect.contains(bounds.max),
                "{line:?}"
            );
        }
        assert!(marker.is_some());
    }
}
