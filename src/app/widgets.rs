//! Small widgets the panels share: text, number, date and score fields, vocabulary drop-downs,
//! checkbox lists, and the site-kind icons of the canvas and palette. Each takes an accessible name and returns true when the user changed
//! the value, so the panel can turn the change into an edit.

use std::collections::BTreeSet;

use egui::{Color32, Rect, Shape, Stroke, Ui, Vec2};

use super::theme;
use crate::model::{Date, Jurisdiction, Point, SiteKind};
use crate::scene::icon::{IconShape, icon};

/// A single-line text field whose change becomes a merged edit.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    ui.label(label);
    let changed = ui
        .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .accessible_name(label)
        .changed();
    ui.end_row();
    changed
}

/// A jurisdiction: one of the named ones, or any country by its ISO code.
pub fn jurisdiction_picker(ui: &mut Ui, id: &str, value: &mut Jurisdiction) -> bool {
    let mut changed = false;
    egui::ComboBox::from_id_salt(id)
        .selected_text(format!(
            "{} ({})",
            super::words::jurisdiction(value),
            value.id()
        ))
        .show_ui(ui, |ui| {
            for option in Jurisdiction::NAMED {
                changed |= ui
                    .selectable_value(
                        value,
                        option,
                        format!("{} ({})", option.label(), option.id()),
                    )
                    .changed();
            }
        })
        .response
        .accessible_name(super::words::t("ui-insp-jurisdiction"));
    // Any other ISO code can be typed.
    let mut code = match value {
        Jurisdiction::Country(code) => code.as_str().to_owned(),
        _ => String::new(),
    };
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut code)
                .hint_text(super::words::t("ui-iso-hint"))
                .desired_width(90.0),
        )
        .on_hover_text(super::words::t("ui-iso-tip"))
        .accessible_name(super::words::t("ui-iso-name"));
    if response.changed()
        && let Ok(parsed) = code.trim().to_uppercase().parse::<Jurisdiction>()
    {
        *value = parsed;
        changed = true;
    }
    changed
}

/// The free notes of a site or flow; true when changed.
pub fn notes_ui(ui: &mut Ui, notes: &mut String) -> bool {
    ui.label(super::words::t("ui-notes"));
    ui.add(
        egui::TextEdit::multiline(notes)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .accessible_name(super::words::t("ui-notes"))
    .changed()
}

/// A drop-down over a vocabulary, named `name` for screen readers and tests.
pub fn vocabulary_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    name: &str,
    value: &mut T,
    all: &[T],
    label: impl Fn(T) -> &'static str,
) -> bool {
    let mut changed = false;
    egui::ComboBox::from_id_salt(name)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for option in all {
                changed |= ui
                    .selectable_value(value, *option, label(*option))
                    .changed();
            }
        })
        .response
        .accessible_name(name);
    changed
}

/// A combo box over a vocabulary with a first choice for "not recorded" (`None`), named for
/// screen readers and tests by `accessible`.
pub fn optional_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    salt: &str,
    accessible: &str,
    value: &mut Option<T>,
    all: &[T],
    label: impl Fn(T) -> &'static str,
    none: &str,
) -> bool {
    let mut changed = false;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(value.map_or(none.to_owned(), |value| label(value).to_owned()))
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, none).changed();
            for option in all {
                changed |= ui
                    .selectable_value(value, Some(*option), label(*option))
                    .changed();
            }
        })
        .response
        .accessible_name(accessible);
    changed
}

/// A checkbox list over a vocabulary, flowing like tags so it fits any panel width.
pub fn checkboxes<T: Copy + Ord>(
    ui: &mut Ui,
    all: &[T],
    chosen: &mut BTreeSet<T>,
    label: impl Fn(T) -> String,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for value in all {
            let mut on = chosen.contains(value);
            if ui.checkbox(&mut on, label(*value)).changed() {
                changed = true;
                if on {
                    chosen.insert(*value);
                } else {
                    chosen.remove(value);
                }
            }
        }
    });
    changed
}

/// An optional whole number: a checkbox for "known" and a number field.
pub fn optional_number<T>(
    ui: &mut Ui,
    label: &str,
    value: &mut Option<T>,
    default: T,
    suffix: &str,
) -> bool
where
    T: egui::emath::Numeric,
{
    let mut changed = false;
    ui.label(label);
    ui.horizontal(|ui| {
        let mut known = value.is_some();
        if ui
            .checkbox(&mut known, super::words::t("ui-known"))
            .on_hover_text(super::words::t("ui-known-tip"))
            .accessible_name(super::words::tw(
                "ui-known-name",
                &[("label", label.into())],
            ))
            .changed()
        {
            *value = known.then_some(value.unwrap_or(default));
            changed = true;
        }
        if let Some(number) = value {
            changed |= ui
                .add(
                    egui::DragValue::new(number)
                        .range(0.0..=1.0e12)
                        .suffix(suffix),
                )
                .accessible_name(label)
                .changed();
        }
    });
    ui.end_row();
    changed
}

/// A 1-to-5 choice that may be left at the initial value (`None`); true when changed.
pub fn score_combo<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<T>,
    initial: T,
    levels: &[T],
    label: impl Fn(T) -> &'static str,
) -> bool {
    let before = *value;
    let shown = value.map_or_else(
        || {
            super::words::tw(
                "ui-as-initial",
                &[("level", format!("{initial} {}", label(initial)).into())],
            )
        },
        |v| format!("{v} {}", label(v)),
    );
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(
                value,
                None,
                super::words::tw("ui-as-initial", &[("level", initial.to_string().into())]),
            );
            for &level in levels {
                ui.selectable_value(value, Some(level), format!("{level} {}", label(level)));
            }
        })
        .response
        .accessible_name(name);
    *value != before
}

/// A date typed as YYYY-MM-DD; an empty field clears it. While the text is not a date the value
/// keeps its last good state and the field says so. True when the value changed.
pub fn date_field(ui: &mut Ui, name: &str, value: &mut Option<Date>) -> bool {
    let id = ui.scope_id().with(("date", name));
    let shown = value.map(|date| date.to_string()).unwrap_or_default();
    let mut text = ui
        .data(|data| data.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let response = ui
        .add_sized(
            [100.0, 20.0],
            egui::TextEdit::singleline(&mut text).hint_text("YYYY-MM-DD"),
        )
        .accessible_name(name);
    let mut changed = false;
    if response.changed() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            changed = value.is_some();
            *value = None;
        } else if let Ok(date) = trimmed.parse::<Date>() {
            changed = *value != Some(date);
            *value = Some(date);
        }
    }
    let valid = text.trim().is_empty() || text.trim().parse::<Date>().is_ok();
    if response.has_focus() || !valid {
        ui.data_mut(|data| data.insert_temp(id, text));
    } else {
        // Not being typed in: follow the value (an undo may have changed it).
        ui.data_mut(|data| data.remove::<String>(id));
    }
    if !valid {
        ui.colored_label(theme::warning(), super::words::t("ui-not-a-date"));
    }
    changed
}

/// A text field of the sign-off; true when changed.
pub fn name_field(ui: &mut Ui, name: &str, value: &mut String) -> bool {
    // Sized explicitly: inside a grid a text field otherwise takes the column's narrow width.
    ui.add_sized([220.0, 20.0], egui::TextEdit::singleline(value))
        .accessible_name(name)
        .changed()
}

/// Draws the icon of a site kind (the Scene's, shared with the exports) in `rect`.
pub fn paint_icon(painter: &egui::Painter, kind: SiteKind, rect: Rect, ink: Color32) {
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
