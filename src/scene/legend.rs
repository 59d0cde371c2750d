//! The legend and the key a page prints under its diagram, as blocks of marks: site kinds,
//! severities (colour, width and marker), line styles, the map's data classes with their
//! sensitivity, the lanes left out; then every flow whose label shows only its number and
//! every name too long for its card, in full.

use super::marks::{Block, Mark, Stroke, TextMark};
use super::text::{text_width, wrap};
use super::words::words;
use super::{KeyEntry, Scene, severity_marker, theme};
use crate::i18n::terms;
use crate::model::{DataClass, Point, Severity, SiteKind};
use crate::rules::Sensitivity;

/// The size of the legend's and key's text.
pub const TEXT: f32 = 10.5;
/// The distance between two rows.
const ROW: f32 = 15.0;
/// Space between columns.
const GAP: f32 = 22.0;

fn row_y(row: usize) -> f32 {
    let row = row as f32;
    30.0 + row * ROW
}

fn text(content: impl Into<String>, x: f32, y: f32) -> Mark {
    Mark::Text(TextMark::new(
        content,
        Point::new(x, y),
        TEXT,
        theme::SITE_TEXT,
    ))
}

/// The legend of `scene` for the data classes `classes`, `width` wide.
pub fn legend(
    scene: &Scene,
    classes: &[DataClass],
    sensitivity: Option<&Sensitivity>,
    width: f32,
) -> Block {
    let w = words(scene.language);
    let mut marks = vec![Mark::Text(
        TextMark::new(w.legend, Point::new(0.0, 12.0), 12.0, theme::SITE_TEXT).bold(),
    )];
    // Site kinds.
    let mut x = 0.0;
    let mut column_width: f32 = 0.0;
    for (row, kind) in SiteKind::ALL.iter().enumerate() {
        let y = row_y(row + 1);
        marks.push(Mark::Icon {
            kind: *kind,
            centre: Point::new(x + 6.0, y - 4.0),
            half: 6.0,
            ink: theme::SITE_STROKE,
        });
        marks.push(text(w.kind(*kind), x + 18.0, y));
        column_width = column_width.max(18.0 + text_width(w.kind(*kind), TEXT, false));
    }
    // Severities: colour, width and marker.
    x += column_width + GAP;
    x += severity_samples(&mut marks, w, x) + GAP;
    // The map's data classes, in as many columns as fit.
    let labels: Vec<String> = classes
        .iter()
        .map(|class| {
            let name = terms::class(scene.language, *class);
            match sensitivity.map_or("", |s| s.marks(*class)) {
                "" => name.to_owned(),
                marks => format!("{name} [{marks}]"),
            }
        })
        .collect();
    let rows = class_rows(&labels, width - x);
    let class_column = labels
        .iter()
        .map(|label| text_width(label, TEXT, false))
        .fold(0.0, f32::max)
        + GAP;
    if labels.is_empty() {
        marks.push(Mark::Text(TextMark::new(
            w.no_classes_recorded,
            Point::new(x, row_y(1)),
            TEXT,
            theme::MUTED_TEXT,
        )));
    }
    for (index, label) in labels.iter().enumerate() {
        let column = (index / rows) as f32;
        marks.push(text(
            label.clone(),
            x + column * class_column,
            row_y(index % rows + 1),
        ));
    }
    // Notes under the columns, wrapped to the width.
    let mut notes = vec![w.line_styles.to_owned()];
    if !labels.is_empty() {
        notes.push(w.class_marks.to_owned());
    }
    if !scene.empty_lanes.is_empty() {
        let lanes: Vec<&str> = scene.empty_lanes.iter().map(|lane| w.lane(*lane)).collect();
        notes.push(format!("{}: {}", w.empty_lanes, lanes.join(", ")));
    }
    let mut y = row_y(rows.max(6) + 1) + 4.0;
    for note in notes {
        for line in wrap(&note, TEXT - 0.5, false, width, usize::MAX).lines {
            marks.push(Mark::Text(TextMark::new(
                line,
                Point::new(0.0, y),
                TEXT - 0.5,
                theme::MUTED_TEXT,
            )));
            y += ROW;
        }
    }
    Block {
        marks,
        size: (width, y - ROW + 6.0),
    }
}

/// The severity samples from `x`: line colour and width, marker, name. Returns their width.
fn severity_samples(marks: &mut Vec<Mark>, w: &super::words::Words, x: f32) -> f32 {
    marks.push(Mark::Text(
        TextMark::new(
            w.worst_finding,
            Point::new(x, row_y(0)),
            TEXT,
            theme::SITE_TEXT,
        )
        .bold(),
    ));
    let mut column_width = text_width(w.worst_finding, TEXT, true);
    let severities = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];
    let samples = severities
        .iter()
        .map(|severity| (Some(*severity), w.severity(*severity)))
        .chain(std::iter::once((None, w.no_finding)));
    for (row, (severity, name)) in samples.enumerate() {
        let y = row_y(row + 1) - 4.0;
        marks.push(Mark::Line {
            from: Point::new(x, y),
            to: Point::new(x + 24.0, y),
            stroke: Stroke::solid(
                severity.map_or(theme::FLOW_OK, theme::severity_colour),
                theme::flow_width(severity, false),
            ),
        });
        if let Some(severity) = severity {
            marks.push(severity_marker(severity, Point::new(x + 34.0, y)));
        }
        marks.push(text(name, x + 46.0, y + 4.0));
        column_width = column_width.max(46.0 + text_width(name, TEXT, false));
    }
    column_width
}

/// How many rows the data classes take in `room`: at least six, more when their columns would
/// not fit side by side.
fn class_rows(labels: &[String], room: f32) -> usize {
    let column = labels
        .iter()
        .map(|label| text_width(label, TEXT, false))
        .fold(0.0, f32::max)
        + GAP;
    // Page widths and label counts are small: the casts cannot lose anything that matters.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let columns = ((room / column).floor() as usize).max(1);
    labels.len().div_ceil(columns).max(6)
}

/// The key of `scene`, `width` wide: the flows whose label shows only their number, then the
/// names too long for their card. Empty when the diagram shows everything whole.
pub fn key(scene: &Scene, width: f32) -> Block {
    let w = words(scene.language);
    let mut marks = Vec::new();
    let mut y = 0.0;
    for (heading, entries) in [
        (w.flows_key, &scene.key.flows),
        (w.names_key, &scene.key.names),
    ] {
        if entries.is_empty() {
            continue;
        }
        y += 14.0;
        marks.push(Mark::Text(
            TextMark::new(heading, Point::new(0.0, y), 11.0, theme::SITE_TEXT).bold(),
        ));
        y += 4.0;
        y = entries_in_columns(&mut marks, entries, width, y);
        y += 6.0;
    }
    Block {
        marks,
        size: (width, y),
    }
}

/// Lays `entries` out in columns of about 520 units from `top`, each entry's tag in bold and its
/// text wrapped beside it; returns the y under the tallest column.
fn entries_in_columns(marks: &mut Vec<Mark>, entries: &[KeyEntry], width: f32, top: f32) -> f32 {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let columns = ((width / 520.0).floor() as usize).clamp(1, 4);
    let column_width = (width - GAP * (columns - 1) as f32) / columns as f32;
    let tag_width = entries
        .iter()
        .map(|entry| text_width(&entry.tag, TEXT, true))
        .fold(0.0, f32::max);
    let indent = if tag_width > 0.0 {
        tag_width + 8.0
    } else {
        0.0
    };
    let laid: Vec<(&KeyEntry, Vec<String>)> = entries
        .iter()
        .map(|entry| {
            let lines = wrap(&entry.text, TEXT, false, column_width - indent, usize::MAX).lines;
            (entry, lines)
        })
        .collect();
    let total: usize = laid.iter().map(|(_, lines)| lines.len().max(1)).sum();
    let per_column = total.div_ceil(columns);
    let (mut column, mut used, mut bottom) = (0usize, 0usize, top);
    let mut y = top;
    for (entry, lines) in laid {
        if used > 0 && used + lines.len() > per_column && column + 1 < columns {
            column += 1;
            used = 0;
            y = top;
        }
        let x = column as f32 * (column_width + GAP);
        y += ROW;
        if !entry.tag.is_empty() {
            marks.push(Mark::Text(
                TextMark::new(entry.tag.clone(), Point::new(x, y), TEXT, theme::SITE_TEXT).bold(),
            ));
        }
        let mut wrapped = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            if index > 0 {
                y += ROW;
            }
            wrapped.push(TextMark::new(
                line.clone(),
                Point::new(x + indent, y),
                TEXT,
                theme::SITE_TEXT,
            ));
        }
        marks.push(Mark::Lines(wrapped));
        used += lines.len().max(1);
        bottom = bottom.max(y);
    }
    bottom + 4.0
}
