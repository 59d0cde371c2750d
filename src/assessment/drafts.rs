//! Drafts of the DPIA answers from what the map already knows: platforms and where they hold
//! data, purposes, data classes, people counts, notices, consent and retention. The DPIA
//! workspace offers them to fill empty answers; the user edits from there.

use std::collections::BTreeSet;

use crate::model::{DpiaAnswers, LegalBasis, Map, RightsAnswers, Safeguard, SiteKind};

/// Joins names as "a, b and c".
fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A vocabulary label inside a sentence: "Health data" becomes "health data", but "HR records"
/// keeps its capitals.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// The flow as a reader knows it: "purpose (from → to)".
fn flow_name(map: &Map, id: &crate::model::FlowId) -> String {
    map.flow(id).map_or_else(
        || id.to_string(),
        |view| {
            let purpose = if view.flow.purpose.trim().is_empty() {
                view.flow.id.as_str()
            } else {
                view.flow.purpose.trim()
            };
            format!("{purpose} ({} → {})", view.source.name, view.target.name)
        },
    )
}

/// Drafts of every answer the map can support; an answer the map knows nothing about is empty.
pub fn draft(map: &Map) -> DpiaAnswers {
    DpiaAnswers {
        processing_description: processing_description(map),
        necessity: necessity(map),
        rights: RightsAnswers {
            information: information(map),
            access: String::new(),
            objection: objection(map),
        },
        retention: retention(map),
    }
}

fn processing_description(map: &Map) -> String {
    if map.flow_count() == 0 {
        return String::new();
    }
    let who = [map.meta.organisation.trim(), map.meta.title.trim()]
        .into_iter()
        .find(|name| !name.is_empty())
        .unwrap_or("The organisation");
    let mut text = format!(
        "{who} moves personal data along {} flows between {} sites.",
        map.flow_count(),
        map.site_count()
    );
    let purposes: BTreeSet<&str> = map
        .flows()
        .map(|view| view.flow.purpose.trim())
        .filter(|purpose| !purpose.is_empty())
        .collect();
    if !purposes.is_empty() {
        text += &format!(
            " Purposes: {}.",
            list(purposes.into_iter().map(str::to_owned))
        );
    }
    let platforms: Vec<String> = map
        .sites()
        .filter(|site| matches!(site.kind, SiteKind::Saas | SiteKind::Datacentre))
        .map(|site| {
            let mut place = vec![site.jurisdiction.label().to_owned()];
            if !site.city.trim().is_empty() {
                place.insert(0, site.city.trim().to_owned());
            }
            let operator = if site.operator.trim().is_empty() {
                String::new()
            } else {
                format!(", run by {}", site.operator.trim())
            };
            format!("{} ({}{operator})", site.name, place.join(", "))
        })
        .collect();
    if !platforms.is_empty() {
        text += &format!(" Platforms and where they hold data: {}.", list(platforms));
    }
    let classes: BTreeSet<_> = map
        .flows()
        .flat_map(|view| view.flow.data_classes.iter().copied())
        .collect();
    if !classes.is_empty() {
        text += &format!(
            " Data: {}.",
            list(classes.iter().map(|class| in_sentence(class.label())))
        );
    }
    let people = map
        .flows()
        .filter_map(|view| view.flow.subjects_per_year)
        .max();
    if let Some(people) = people {
        text += &format!(" The largest flow concerns about {people} people a year.");
    }
    let processors: BTreeSet<String> = map
        .flows()
        .filter(|view| view.flow.recipient_role == Some(crate::model::RecipientRole::Processor))
        .map(|view| view.target.name.clone())
        .collect();
    if !processors.is_empty() {
        let verb = if processors.len() == 1 {
            "acts as a processor"
        } else {
            "act as processors"
        };
        text += &format!(" {} {verb} on its behalf.", list(processors));
    }
    text
}

fn necessity(map: &Map) -> String {
    let lines: Vec<String> = map
        .flows()
        .filter(|view| !view.flow.data_classes.is_empty())
        .map(|view| {
            format!(
                "- {}: {}",
                flow_name(map, &view.flow.id),
                list(
                    view.flow
                        .data_classes
                        .iter()
                        .map(|class| in_sentence(class.label()))
                )
            )
        })
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    format!(
        "Each flow carries only what its purpose needs:\n{}",
        lines.join("\n")
    )
}

fn information(map: &Map) -> String {
    let with = |safeguard: Safeguard| -> Vec<String> {
        map.flows()
            .filter(|view| view.flow.safeguards.contains(&safeguard))
            .map(|view| flow_name(map, &view.flow.id))
            .collect()
    };
    let told = with(Safeguard::NoticeGiven);
    let named = with(Safeguard::NoticeNamesRecipient);
    let untold: Vec<String> = map
        .flows()
        .filter(|view| {
            !view.flow.safeguards.contains(&Safeguard::NoticeGiven)
                && !view
                    .flow
                    .safeguards
                    .contains(&Safeguard::NoticeNamesRecipient)
        })
        .map(|view| flow_name(map, &view.flow.id))
        .collect();
    let mut parts = Vec::new();
    if !told.is_empty() {
        parts.push(format!("People are given a notice for {}.", list(told)));
    }
    if !named.is_empty() {
        parts.push(format!(
            "The notice names the recipient and where the data goes for {}.",
            list(named)
        ));
    }
    if !untold.is_empty() {
        parts.push(format!("No notice is recorded for {}.", list(untold)));
    }
    parts.join(" ")
}

fn objection(map: &Map) -> String {
    let consent: Vec<String> = map
        .flows()
        .filter(|view| {
            matches!(
                view.flow.legal_basis,
                LegalBasis::Consent | LegalBasis::ExplicitConsent
            ) || view.flow.safeguards.contains(&Safeguard::SeparateConsent)
                || view.flow.safeguards.contains(&Safeguard::ExplicitConsent)
        })
        .map(|view| flow_name(map, &view.flow.id))
        .collect();
    if consent.is_empty() {
        return String::new();
    }
    format!(
        "{} rest on consent: people can withdraw it, and the flow stops for them.",
        list(consent)
    )
}

fn retention(map: &Map) -> String {
    let lines: Vec<String> = map
        .flows()
        .map(|view| {
            let period = view.flow.retention_days.map_or_else(
                || "no retention period set".to_owned(),
                |days| format!("kept {days} days"),
            );
            format!("- {}: {period}", flow_name(map, &view.flow.id))
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_map;

    #[test]
    fn drafts_name_what_the_map_knows() {
        let map = parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap();
        let draft = draft(&map);
        let dingtalk = map
            .sites()
            .find(|site| site.kind == SiteKind::Saas)
            .unwrap();
        assert!(
            draft.processing_description.contains(&dingtalk.name),
            "{}",
            draft.processing_description
        );
        assert!(draft.processing_description.contains("flows between"));
        for view in map.flows() {
            assert!(
                draft.retention.contains(&view.source.name),
                "{}",
                draft.retention
            );
        }
        assert!(draft.rights.access.is_empty());
    }

    #[test]
    fn an_empty_map_drafts_nothing() {
        let draft = draft(&Map::default());
        assert_eq!(draft, DpiaAnswers::default());
    }

    #[test]
    fn labels_in_sentences_keep_acronyms() {
        assert_eq!(in_sentence("Health data"), "health data");
        assert_eq!(in_sentence("HR records"), "HR records");
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(["a".to_owned()]), "a");
        assert_eq!(list(["a", "b", "c"].map(str::to_owned)), "a, b and c");
    }
}
