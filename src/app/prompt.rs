//! The type-ahead prompts of keyboard sketching: what is being asked (a preset to add, a site
//! to connect to, a tag for a flow), what has been typed, and the choices it leaves, best first.
//!
//! Pure data and ranking, so the choices are tested without a window; `sketch` shows a prompt
//! and carries out the choice.

use crate::model::{DataClass, Flag, FlowId, Language, Map, Safeguard, SiteId};
use crate::presets::{Library, matches};

/// How many choices a prompt lists at most.
pub const SHOWN: usize = 8;

/// What a prompt asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// A preset to add as a new site.
    AddSite,
    /// Another site to draw a flow to from `from`.
    Connect {
        /// The site the flow starts at.
        from: SiteId,
    },
    /// A data class, safeguard or fact to tick (or untick) on a flow.
    Tag {
        /// The flow.
        flow: FlowId,
    },
}

/// One thing a prompt offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A preset, by id.
    Preset(String),
    /// A site, by id.
    Site(SiteId),
    /// A data class.
    Class(DataClass),
    /// A safeguard.
    Safeguard(Safeguard),
    /// A fact about the flow.
    Flag(Flag),
}

/// An open prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    /// What it asks for.
    pub ask: Ask,
    /// What has been typed.
    pub query: String,
    /// The choice Enter takes, by its place in the list.
    pub highlighted: usize,
}

impl Prompt {
    /// A prompt for `ask`, with `query` already typed.
    pub fn new(ask: Ask, query: impl Into<String>) -> Self {
        Self {
            ask,
            query: query.into(),
            highlighted: 0,
        }
    }
}

/// The choices `ask` leaves after `query`, best first, each with its label in `language`; at
/// most [`SHOWN`].
///
/// `term` names a vocabulary value (`class`, `safeguard`, `flag` and its id) in `language`.
pub fn choices(
    ask: &Ask,
    query: &str,
    map: &Map,
    presets: &Library,
    language: Language,
    term: &dyn Fn(&str, &str) -> String,
) -> Vec<(Choice, String)> {
    match ask {
        Ask::AddSite => presets
            .search(query, language)
            .into_iter()
            .take(SHOWN)
            .map(|preset| {
                (
                    Choice::Preset(preset.id.clone()),
                    preset.name.get(language).to_owned(),
                )
            })
            .collect(),
        Ask::Connect { from } => {
            let mut found: Vec<(u8, Choice, String)> = map
                .sites()
                .filter(|site| &site.id != from)
                .filter_map(|site| {
                    let rank = matches(query, &[site.name.as_str(), site.id.as_str()])?;
                    Some((rank, Choice::Site(site.id.clone()), site.name.clone()))
                })
                .collect();
            // Sites come in id order, so ties stay in a stable order.
            found.sort_by_key(|(rank, _, _)| *rank);
            found
                .into_iter()
                .take(SHOWN)
                .map(|(_, choice, label)| (choice, label))
                .collect()
        }
        Ask::Tag { flow } => {
            let Some(view) = map.flow(flow) else {
                return Vec::new();
            };
            let flow = view.flow;
            let mut found: Vec<(u8, usize, Choice, String)> = Vec::new();
            let mut offer = |choice: Choice, table: &str, id: &str, english: &str, ticked: bool| {
                let name = term(table, id);
                let label = if ticked {
                    format!("✔ {name}")
                } else {
                    name.clone()
                };
                if let Some(rank) = matches(query, &[name.as_str(), english, id]) {
                    let order = found.len();
                    found.push((rank, order, choice, label));
                }
            };
            for class in DataClass::ALL {
                let ticked = flow.data_classes.contains(class);
                offer(
                    Choice::Class(*class),
                    "class",
                    class.id(),
                    class.label(),
                    ticked,
                );
            }
            for safeguard in Safeguard::ALL {
                let ticked = flow.safeguards.contains(safeguard);
                let (id, label) = (safeguard.id(), safeguard.label());
                offer(
                    Choice::Safeguard(*safeguard),
                    "safeguard",
                    id,
                    label,
                    ticked,
                );
            }
            for flag in Flag::ALL {
                let ticked = flow.flags.contains(flag);
                offer(Choice::Flag(*flag), "flag", flag.id(), flag.label(), ticked);
            }
            found.sort_by_key(|(rank, order, _, _)| (*rank, *order));
            found
                .into_iter()
                .take(SHOWN)
                .map(|(_, _, choice, label)| (choice, label))
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flow, Jurisdiction, Site, SiteKind};

    fn english(table: &str, id: &str) -> String {
        crate::i18n::word(Language::English, &format!("{table}-{id}")).to_owned()
    }

    fn map() -> Map {
        let mut map = Map::default();
        for (id, name) in [
            ("office", "Taipa office"),
            ("ding", "DingTalk"),
            ("hr", "HR system"),
        ] {
            let site = Site::new(
                SiteId::new(id).unwrap(),
                name,
                SiteKind::Office,
                Jurisdiction::Macau,
            );
            map.add_site(site).unwrap();
        }
        let flow = Flow::new(
            FlowId::new("f1").unwrap(),
            SiteId::new("office").unwrap(),
            SiteId::new("ding").unwrap(),
        );
        map.add_flow(flow).unwrap();
        map
    }

    #[test]
    fn connect_offers_the_other_sites_by_name_best_first() {
        let map = map();
        let (library, _) = Library::builtin();
        let from = SiteId::new("office").unwrap();
        let ask = Ask::Connect { from: from.clone() };
        let offered = choices(&ask, "", &map, &library, Language::English, &english);
        assert!(
            offered
                .iter()
                .all(|(choice, _)| *choice != Choice::Site(from.clone()))
        );
        assert_eq!(offered.len(), 2);
        let offered = choices(&ask, "sys", &map, &library, Language::English, &english);
        assert_eq!(
            offered,
            [(
                Choice::Site(SiteId::new("hr").unwrap()),
                "HR system".to_owned()
            )]
        );
    }

    #[test]
    fn tag_offers_classes_safeguards_and_facts_and_marks_what_is_ticked() {
        let mut map = map();
        let flow_id = FlowId::new("f1").unwrap();
        let mut flow = map.flow(&flow_id).unwrap().flow.clone();
        flow.data_classes.insert(DataClass::Health);
        map.replace_flow(flow).unwrap();
        let (library, _) = Library::builtin();
        let ask = Ask::Tag { flow: flow_id };
        let offered = choices(&ask, "health", &map, &library, Language::English, &english);
        assert_eq!(
            offered.first().map(|(choice, _)| choice),
            Some(&Choice::Class(DataClass::Health))
        );
        assert!(offered[0].1.starts_with('✔'), "{offered:?}");
        let offered = choices(
            &ask,
            "processor con",
            &map,
            &library,
            Language::English,
            &english,
        );
        assert_eq!(
            offered.first().map(|(choice, _)| choice),
            Some(&Choice::Safeguard(Safeguard::ProcessorContract))
        );
        // In Chinese, by the Chinese term or the English one.
        let chinese = |table: &str, id: &str| {
            crate::i18n::word(Language::TraditionalChinese, &format!("{table}-{id}")).to_owned()
        };
        let health = chinese("class", "health");
        let offered = choices(
            &ask,
            &health,
            &map,
            &library,
            Language::TraditionalChinese,
            &chinese,
        );
        assert_eq!(
            offered.first().map(|(choice, _)| choice),
            Some(&Choice::Class(DataClass::Health))
        );
    }

    #[test]
    fn add_site_offers_presets_at_most_a_screenful() {
        let (library, _) = Library::builtin();
        let offered = choices(
            &Ask::AddSite,
            "",
            &Map::default(),
            &library,
            Language::English,
            &english,
        );
        assert_eq!(offered.len(), SHOWN);
        let offered = choices(
            &Ask::AddSite,
            "wec",
            &Map::default(),
            &library,
            Language::English,
            &english,
        );
        assert_eq!(
            offered,
            [(Choice::Preset("wecom".to_owned()), "WeCom".to_owned())]
        );
    }
}
