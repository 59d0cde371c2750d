//! Drafts of the DPIA answers from what the map already knows: platforms and where they hold
//! data, purposes, data classes, people counts, notices, consent and retention. The DPIA
//! workspace offers them, in the editor's language, to fill empty answers; the user edits from
//! there.

use std::collections::BTreeSet;

use crate::i18n::{self, Arg, terms};
use crate::model::{
    DpiaAnswers, FlowId, Language, LegalBasis, Map, RecipientRole, RightsAnswers, Safeguard,
    SiteKind,
};

/// The words of one language.
#[derive(Clone, Copy)]
struct Words {
    language: Language,
}

impl Words {
    fn t(self, key: &str) -> String {
        i18n::text(self.language, key).into_owned()
    }

    fn tw(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        i18n::text_with(self.language, key, args)
    }

    /// Joins names as "a, b and c" (「甲、乙及丙」 in Chinese).
    fn list(self, items: impl IntoIterator<Item = String>) -> String {
        let items: Vec<String> = items.into_iter().collect();
        match items.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!(
                "{}{}{last}",
                init.join(&self.t("ui-draft-list-separator")),
                self.t("ui-draft-list-last")
            ),
        }
    }

    /// Sentences as a paragraph: with a space between them, but none in Chinese.
    fn paragraph(self, sentences: &[String]) -> String {
        sentences.join(&self.t("ui-draft-sentence-gap"))
    }

    /// A data class inside a sentence.
    fn class(self, class: crate::model::DataClass) -> String {
        in_sentence(&terms::class(self.language, class))
    }

    /// One flow's line of a list: "- purpose (from → to): text".
    fn line(self, map: &Map, id: &FlowId, text: String) -> String {
        let flow = self.flow_name(map, id);
        self.tw(
            "ui-draft-line",
            &[("flow", flow.into()), ("text", text.into())],
        )
    }

    /// The flow as a reader knows it: "purpose (from → to)".
    fn flow_name(self, map: &Map, id: &FlowId) -> String {
        map.flow(id).map_or_else(
            || id.to_string(),
            |view| {
                let purpose = view.flow.purpose.trim();
                let purpose = if purpose.is_empty() {
                    view.flow.id.as_str()
                } else {
                    purpose
                };
                self.tw(
                    "ui-draft-flow-name",
                    &[
                        ("purpose", purpose.into()),
                        ("from", view.source.name.as_str().into()),
                        ("to", view.target.name.as_str().into()),
                    ],
                )
            },
        )
    }
}

/// A vocabulary label inside a sentence: "Health data" becomes "health data", but "HR records"
/// keeps its capitals. Chinese has no case and is left as it is.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// Drafts of every answer the map can support, in `language`; an answer the map knows nothing
/// about is empty.
pub fn draft(map: &Map, language: Language) -> DpiaAnswers {
    let w = Words { language };
    DpiaAnswers {
        processing_description: processing_description(w, map),
        necessity: necessity(w, map),
        rights: RightsAnswers {
            information: information(w, map),
            access: String::new(),
            objection: objection(w, map),
        },
        retention: retention(w, map),
    }
}

fn processing_description(w: Words, map: &Map) -> String {
    if map.flow_count() == 0 {
        return String::new();
    }
    let who = [map.meta.organisation.trim(), map.meta.title.trim()]
        .into_iter()
        .find(|name| !name.is_empty())
        .map_or_else(|| w.t("ui-draft-who-default"), str::to_owned);
    let mut sentences = vec![w.tw(
        "ui-draft-processing",
        &[
            ("who", who.into()),
            ("flows", map.flow_count().into()),
            ("sites", map.site_count().into()),
        ],
    )];
    let purposes: BTreeSet<&str> = map
        .flows()
        .map(|view| view.flow.purpose.trim())
        .filter(|purpose| !purpose.is_empty())
        .collect();
    if !purposes.is_empty() {
        let list = w.list(purposes.into_iter().map(str::to_owned));
        sentences.push(w.tw("ui-draft-purposes", &[("list", list.into())]));
    }
    let platforms: Vec<String> = map
        .sites()
        .filter(|site| matches!(site.kind, SiteKind::Saas | SiteKind::Datacentre))
        .map(|site| {
            let mut place = vec![terms::jurisdiction(w.language, &site.jurisdiction)];
            if !site.city.trim().is_empty() {
                place.insert(0, site.city.trim().to_owned());
            }
            let place = place.join(&w.t("ui-draft-list-separator"));
            let (name, operator) = (site.name.as_str(), site.operator.trim());
            if operator.is_empty() {
                w.tw(
                    "ui-draft-platform",
                    &[("name", name.into()), ("place", place.into())],
                )
            } else {
                w.tw(
                    "ui-draft-platform-run-by",
                    &[
                        ("name", name.into()),
                        ("place", place.into()),
                        ("operator", operator.into()),
                    ],
                )
            }
        })
        .collect();
    if !platforms.is_empty() {
        let list = w.list(platforms);
        sentences.push(w.tw("ui-draft-platforms", &[("list", list.into())]));
    }
    let classes: BTreeSet<_> = map
        .flows()
        .flat_map(|view| view.flow.data_classes.iter().copied())
        .collect();
    if !classes.is_empty() {
        let list = w.list(classes.into_iter().map(|class| w.class(class)));
        sentences.push(w.tw("ui-draft-data", &[("list", list.into())]));
    }
    let people = map
        .flows()
        .filter_map(|view| view.flow.subjects_per_year)
        .max();
    if let Some(people) = people {
        sentences.push(w.tw("ui-draft-largest", &[("people", people.into())]));
    }
    let processors: BTreeSet<String> = map
        .flows()
        .filter(|view| view.flow.recipient_role == Some(RecipientRole::Processor))
        .map(|view| view.target.name.clone())
        .collect();
    if !processors.is_empty() {
        let count = processors.len();
        sentences.push(w.tw(
            "ui-draft-processors",
            &[("list", w.list(processors).into()), ("count", count.into())],
        ));
    }
    w.paragraph(&sentences)
}

fn necessity(w: Words, map: &Map) -> String {
    let lines: Vec<String> = map
        .flows()
        .filter(|view| !view.flow.data_classes.is_empty())
        .map(|view| {
            let classes = w.list(view.flow.data_classes.iter().map(|&class| w.class(class)));
            w.line(map, &view.flow.id, classes)
        })
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    format!("{}\n{}", w.t("ui-draft-necessity"), lines.join("\n"))
}

fn information(w: Words, map: &Map) -> String {
    let named_where = |keep: &dyn Fn(&BTreeSet<Safeguard>) -> bool| -> Vec<String> {
        map.flows()
            .filter(|view| keep(&view.flow.safeguards))
            .map(|view| w.flow_name(map, &view.flow.id))
            .collect()
    };
    let told = named_where(&|safeguards| safeguards.contains(&Safeguard::NoticeGiven));
    let named = named_where(&|safeguards| safeguards.contains(&Safeguard::NoticeNamesRecipient));
    let untold = named_where(&|safeguards| {
        !safeguards.contains(&Safeguard::NoticeGiven)
            && !safeguards.contains(&Safeguard::NoticeNamesRecipient)
    });
    let mut sentences = Vec::new();
    for (key, flows) in [
        ("ui-draft-notice-given", told),
        ("ui-draft-notice-names-recipient", named),
        ("ui-draft-notice-missing", untold),
    ] {
        if !flows.is_empty() {
            sentences.push(w.tw(key, &[("list", w.list(flows).into())]));
        }
    }
    w.paragraph(&sentences)
}

fn objection(w: Words, map: &Map) -> String {
    let consent: Vec<String> = map
        .flows()
        .filter(|view| {
            matches!(
                view.flow.legal_basis,
                LegalBasis::Consent | LegalBasis::ExplicitConsent
            ) || view.flow.safeguards.contains(&Safeguard::SeparateConsent)
                || view.flow.safeguards.contains(&Safeguard::ExplicitConsent)
        })
        .map(|view| w.flow_name(map, &view.flow.id))
        .collect();
    if consent.is_empty() {
        return String::new();
    }
    w.tw("ui-draft-consent", &[("list", w.list(consent).into())])
}

fn retention(w: Words, map: &Map) -> String {
    let lines: Vec<String> = map
        .flows()
        .map(|view| {
            let period = view.flow.retention_days.map_or_else(
                || w.t("ui-draft-no-retention"),
                |days| w.tw("ui-draft-kept", &[("days", days.into())]),
            );
            w.line(map, &view.flow.id, period)
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
        let draft = draft(&map, Language::English);
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
        let draft = draft(&Map::default(), Language::English);
        assert_eq!(draft, DpiaAnswers::default());
    }

    #[test]
    fn labels_in_sentences_keep_acronyms() {
        assert_eq!(in_sentence("Health data"), "health data");
        assert_eq!(in_sentence("HR records"), "HR records");
    }

    #[test]
    fn lists_read_as_prose_in_each_language() {
        let english = Words {
            language: Language::English,
        };
        assert_eq!(english.list(["a".to_owned()]), "a");
        assert_eq!(
            english.list(["a", "b", "c"].map(str::to_owned)),
            "a, b and c"
        );
        let chinese = Words {
            language: Language::TraditionalChinese,
        };
        assert_eq!(
            chinese.list(["甲", "乙", "丙"].map(str::to_owned)),
            "甲、乙及丙"
        );
        let portuguese = Words {
            language: Language::Portuguese,
        };
        assert_eq!(
            portuguese.list(["a", "b", "c"].map(str::to_owned)),
            "a, b e c"
        );
    }

    #[test]
    fn drafts_are_written_in_the_language_asked_for() {
        let map = parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap();
        let english = draft(&map, Language::English);
        let chinese = draft(&map, Language::TraditionalChinese);
        let portuguese = draft(&map, Language::Portuguese);
        assert!(
            chinese.processing_description.contains("條資料流"),
            "{}",
            chinese.processing_description
        );
        assert!(!chinese.processing_description.contains("flows between"));
        assert!(
            chinese.retention.contains("保存") || chinese.retention.contains("未設定"),
            "{}",
            chinese.retention
        );
        assert!(
            portuguese.processing_description.contains("fluxos"),
            "{}",
            portuguese.processing_description
        );
        for answers in [&english, &chinese, &portuguese] {
            for text in [
                &answers.processing_description,
                &answers.necessity,
                &answers.retention,
            ] {
                assert!(!text.contains('{'), "a placeable left in {text}");
            }
        }
        // The sites' own names are the user's and stay as written.
        for view in map.flows() {
            assert!(chinese.retention.contains(&view.source.name));
        }
    }
}
