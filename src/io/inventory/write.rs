//! Writing a map's flows as an inventory.

use super::references::format_references;
use super::{COLUMNS, FILING_COLUMNS};
use crate::model::{FlowView, Map};

/// Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return first) gets a leading `'`, so opening an exported inventory never executes anything.
pub fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// `text` without the `'` that [`neutralise_formula`] (or any spreadsheet-safe CSV writer, the
/// transfer register's included) put before a formula-like start: "'+853 2888 1234" reads back
/// as "+853 2888 1234".
pub(crate) fn without_formula_guard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

fn join_ids<T: std::fmt::Display>(values: impl IntoIterator<Item = T>) -> String {
    values
        .into_iter()
        .map(|value| value.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// The cell of a column of [`FILING_COLUMNS`] for one flow.
fn filing_cell(view: &FlowView<'_>, column: &str) -> String {
    let flow = view.flow;
    let (site, field) = match column.split_once('_') {
        Some(("from", field)) => (Some(view.source), field),
        Some(("to", field)) => (Some(view.target), field),
        _ => (None, column),
    };
    let text = match (site, field) {
        (Some(site), "operator") => &site.operator,
        (Some(site), "sector") => return site.sector.map(|s| s.to_string()).unwrap_or_default(),
        (Some(site), "address") => &site.address,
        (Some(site), "storage_location") => &site.storage_location,
        (Some(site), "contact_name") => &site.contact.name,
        (Some(site), "contact_title") => &site.contact.title,
        (Some(site), "contact") => &site.contact.contact,
        (_, "subject_categories") => &flow.subject_categories,
        (_, "processing_method") => &flow.processing_method,
        (_, "channel") => &flow.channel,
        (_, "security_measures") => &flow.security_measures,
        (_, "onward_recipients") => &flow.onward_recipients,
        (_, "references") => return neutralise_formula(&format_references(&flow.references)),
        (_, "since") => return flow.since.map(|day| day.to_string()).unwrap_or_default(),
        _ => return String::new(),
    };
    neutralise_formula(text)
}

/// Writes a map's flows as an inventory CSV, one row per flow in the order of their numbers
/// (F1, F2…, which an import gives again from the row order): every column of
/// [`COLUMNS`], then those of [`FILING_COLUMNS`] that some flow fills.
pub fn inventory_to_csv(map: &Map) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let filing: Vec<&str> = FILING_COLUMNS
        .into_iter()
        .filter(|column| {
            map.flows()
                .any(|view| !filing_cell(&view, column).is_empty())
        })
        .collect();
    writer.write_record(COLUMNS.into_iter().chain(filing.iter().copied()))?;
    let number = |value: Option<u64>| value.map(|n| n.to_string()).unwrap_or_default();
    let mut views: Vec<_> = map.flows().collect();
    views.sort_by_key(|view| view.flow.number);
    for view in views {
        let flow = view.flow;
        writer.write_record(
            [
                flow.id.to_string(),
                neutralise_formula(&view.source.name),
                view.source.jurisdiction.to_string(),
                view.source.kind.to_string(),
                neutralise_formula(&view.target.name),
                view.target.jurisdiction.to_string(),
                view.target.kind.to_string(),
                neutralise_formula(&flow.purpose),
                join_ids(&flow.data_classes),
                number(flow.subjects_per_year),
                number(flow.sensitive_subjects_per_year),
                flow.legal_basis.to_string(),
                flow.recipient_role
                    .map(|role| role.to_string())
                    .unwrap_or_default(),
                join_ids(&flow.safeguards),
                join_ids(&flow.flags),
                number(flow.retention_days.map(u64::from)),
                flow.access.to_string(),
                neutralise_formula(&view.source.entity),
                neutralise_formula(&view.target.entity),
            ]
            .into_iter()
            .chain(filing.iter().map(|column| filing_cell(&view, column))),
        )?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
