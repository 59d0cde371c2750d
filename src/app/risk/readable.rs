//! Words for a reader of the risk view: counts that fit a heatmap cell, and reasons that name
//! sites and flows as the map shows them (names and flow numbers) instead of internal ids.

use std::collections::BTreeMap;

use crate::app::words::{t, tw};
use crate::model::Map;
use crate::rules::Subject;

/// A count as it fits a heatmap cell: as it is below 10,000, then in thousands (`16k`) and
/// millions (`16.7M`), rounded down so a cell never claims more than there is.
pub fn short_count(count: usize) -> String {
    match count {
        0..10_000 => count.to_string(),
        10_000..1_000_000 => format!("{}k", count / 1_000),
        1_000_000..100_000_000 => {
            let tenths = count / 100_000;
            format!("{}.{}M", tenths / 10, tenths % 10)
        }
        _ => format!("{}M", count / 1_000_000),
    }
}

/// `text` with every whole flow id written "F3 (Office → DingTalk)" and every whole site id
/// written as the site's name.
pub fn with_names(map: &Map, text: &str) -> String {
    let mut names: BTreeMap<&str, String> = BTreeMap::new();
    for site in map.sites() {
        names.insert(site.id.as_str(), site.name.clone());
    }
    for view in map.flows() {
        let number = crate::scene::flow_number(map, &view.flow.id).unwrap_or_default();
        names.insert(
            view.flow.id.as_str(),
            format!("F{number} ({} → {})", view.source.name, view.target.name),
        );
    }
    let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !is_id_char(c)).unwrap_or(rest.len());
        let (token, after) = rest.split_at(end);
        out.push_str(names.get(token).map_or(token, String::as_str));
        let gap = after.find(is_id_char).unwrap_or(after.len());
        out.push_str(&after[..gap]);
        rest = &after[gap..];
    }
    out
}

/// What a finding is about, as a reader names it.
pub fn subject_name(map: &Map, subject: &Subject) -> String {
    match subject {
        Subject::Flow(id) => map.flow(id).map_or_else(
            || tw("ui-subject-flow", &[("name", id.as_str().into())]),
            |view| {
                let number = crate::scene::flow_number(map, id).unwrap_or_default();
                let route = crate::text::route(&view.source.name, &view.target.name);
                format!("F{number}: {route}")
            },
        ),
        Subject::Site(id) => map.site(id).map_or_else(
            || tw("ui-subject-site", &[("name", id.as_str().into())]),
            |site| tw("ui-subject-site", &[("name", site.name.as_str().into())]),
        ),
        Subject::Map => t("ui-subject-map").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_counts_are_shortened_and_never_rounded_up() {
        assert_eq!(short_count(0), "0");
        assert_eq!(short_count(9_999), "9999");
        assert_eq!(short_count(10_000), "10k");
        assert_eq!(short_count(999_999), "999k");
        assert_eq!(short_count(16_710_449), "16.7M");
        assert_eq!(short_count(1_099_999), "1.0M");
        assert_eq!(short_count(250_000_000), "250M");
    }

    #[test]
    fn reasons_name_flows_and_sites_and_leave_other_words_alone() {
        #[allow(clippy::unwrap_used)]
        let map = crate::io::parse_map(include_bytes!(
            "../../../samples/lotus-trading-dingtalk.ron"
        ))
        .unwrap();
        let flow = map.flows().next().map(|view| view.flow.clone());
        let Some(flow) = flow else {
            panic!("the sample has flows");
        };
        let number = crate::scene::flow_number(&map, &flow.id).unwrap_or_default();
        let text = format!("recorded on {}; not {}-x", flow.id, flow.id);
        let named = with_names(&map, &text);
        assert!(
            named.starts_with(&format!("recorded on F{number} (")),
            "{named}"
        );
        assert!(!named.contains(&format!("on {};", flow.id)), "{named}");
        // A longer word that only contains an id is not an id.
        assert!(named.ends_with(&format!("; not {}-x", flow.id)), "{named}");
    }
}
