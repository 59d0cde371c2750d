//! The `references` cell: the numbers and dates of a flow's filings and contracts as
//! `safeguard=number@filed@effective@expires` items separated by `;`.

use crate::model::{Date, Reference, References, Safeguard, UnknownId};

/// A safeguard that is a filing, contract or assessment, so it can have a reference and dates.
pub(super) fn documented(safeguard: Safeguard) -> Result<(), String> {
    if safeguard.has_reference() {
        return Ok(());
    }
    Err(format!(
        "`{safeguard}` is not a filing, contract or assessment, so it has no reference; those \
         that have one are {}",
        Safeguard::ALL
            .iter()
            .filter(|safeguard| safeguard.has_reference())
            .map(|safeguard| safeguard.id())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// One item of the `references` column.
pub(super) fn parse_reference(item: &str) -> Result<(Safeguard, Reference), String> {
    let Some((kind, rest)) = item.split_once('=') else {
        return Err(format!(
            "`{item}` is not a reference; write `safeguard=number@date`, e.g. \
             `macau_notification=R/0042/2025/GPDP@2025-03-01`"
        ));
    };
    let safeguard: Safeguard = kind
        .trim()
        .parse()
        .map_err(|error: UnknownId| error.to_string())?;
    documented(safeguard)?;
    let mut parts = rest.split('@').map(str::trim);
    let number = parts.next().unwrap_or_default().to_owned();
    let mut dates = [None, None, None];
    for slot in &mut dates {
        match parts.next() {
            Some("") | None => {}
            Some(text) => {
                *slot = Some(text.parse::<Date>().map_err(|error| {
                    format!("`{text}` in the reference of `{safeguard}`: {error}")
                })?);
            }
        }
    }
    if let Some(extra) = parts.next() {
        return Err(format!(
            "the reference of `{safeguard}` has more than three dates (`{extra}`); write \
             number@filed@effective@expires"
        ));
    }
    let [dated, effective, expires] = dates;
    Ok((
        safeguard,
        Reference {
            number,
            dated,
            effective,
            expires,
        },
    ))
}

/// The references as one cell, read back by [`parse_reference`]; trailing empty dates left out.
pub(super) fn format_references(references: &References) -> String {
    references
        .iter()
        .map(|(safeguard, reference)| {
            let dates = [reference.dated, reference.effective, reference.expires]
                .map(|date| date.map(|date| date.to_string()).unwrap_or_default());
            let mut item = format!("{safeguard}={}@{}", reference.number, dates.join("@"));
            while item.ends_with('@') {
                item.pop();
            }
            item
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// One item of `safeguard_dates`: the safeguard, the day it took effect and its reference.
pub(super) fn parse_safeguard_date(item: &str) -> Result<(Safeguard, Date, String), String> {
    let mut parts = item.splitn(3, '=').map(str::trim);
    let (Some(kind), Some(day)) = (parts.next(), parts.next()) else {
        return Err(format!(
            "`{item}` is not a safeguard date; write `safeguard=YYYY-MM-DD`, optionally \
             `=REF` after the date, e.g. `cac_assessment=2024-05-01=CAC-2024-0173`"
        ));
    };
    let safeguard: Safeguard = kind.parse().map_err(|error: UnknownId| error.to_string())?;
    documented(safeguard)?;
    let on = day
        .parse::<Date>()
        .map_err(|error| format!("`{day}` in the date of `{safeguard}`: {error}"))?;
    Ok((safeguard, on, parts.next().unwrap_or_default().to_owned()))
}
