//! A diagram drawn by hand, as shapes and arrows with free-text labels, read into sites and
//! flows: each place, kind and data class that no field states is guessed from the words and
//! listed as a [`Guess`].

use std::collections::{BTreeMap, BTreeSet};

use super::{Guess, jurisdiction_mentioned, jurisdiction_named};
use crate::i18n;
use crate::model::{DataClass, Flow, Jurisdiction, Language, Map, MapMeta, Site, SiteKind};

/// A shape of the diagram that becomes a site.
#[derive(Clone, Debug, Default)]
pub(crate) struct Shape {
    /// The diagram's own key for it (a cell id, a node id).
    pub key: String,
    /// Its label as plain text, lines kept.
    pub label: String,
    /// The title of the container (lane, subgraph) it sits in.
    pub container: Option<String>,
    /// The kind its shape suggests (a cylinder, a person).
    pub kind_hint: Option<SiteKind>,
    /// A site the file records whole (borderflow's own data): taken as it is.
    pub recorded: Option<Site>,
}

/// An arrow between two shapes that becomes a flow.
#[derive(Clone, Debug, Default)]
pub(crate) struct Edge {
    /// The key of the shape it leaves.
    pub from: String,
    /// The key of the shape it reaches.
    pub to: String,
    /// Its label as plain text.
    pub label: String,
    /// A flow the file records whole: taken as it is.
    pub recorded: Option<Flow>,
}

/// Words that suggest a kind of site, in the three languages, checked in this order.
const KIND_WORDS: [(&str, SiteKind); 34] = [
    ("dingtalk", SiteKind::Saas),
    ("wecom", SiteKind::Saas),
    ("wechat", SiteKind::Saas),
    ("feishu", SiteKind::Saas),
    ("lark", SiteKind::Saas),
    ("saas", SiteKind::Saas),
    ("釘釘", SiteKind::Saas),
    ("钉钉", SiteKind::Saas),
    ("企業微信", SiteKind::Saas),
    ("企业微信", SiteKind::Saas),
    ("飛書", SiteKind::Saas),
    ("飞书", SiteKind::Saas),
    ("cloud", SiteKind::Datacentre),
    ("data centre", SiteKind::Datacentre),
    ("data center", SiteKind::Datacentre),
    ("雲", SiteKind::Datacentre),
    ("云", SiteKind::Datacentre),
    ("數據中心", SiteKind::Datacentre),
    ("centro de dados", SiteKind::Datacentre),
    ("server", SiteKind::System),
    ("system", SiteKind::System),
    ("database", SiteKind::System),
    ("系統", SiteKind::System),
    ("sistema", SiteKind::System),
    ("staff", SiteKind::People),
    ("employees", SiteKind::People),
    ("customers", SiteKind::People),
    ("員工", SiteKind::People),
    ("客戶", SiteKind::People),
    ("trabalhadores", SiteKind::People),
    ("bank", SiteKind::Party),
    ("銀行", SiteKind::Party),
    ("banco", SiteKind::Party),
    ("office", SiteKind::Office),
];

/// Everyday words for the data classes, beyond the catalogue's names.
const CLASS_WORDS: [(&str, DataClass); 40] = [
    ("salary", DataClass::Payroll),
    ("salaries", DataClass::Payroll),
    ("payslip", DataClass::Payroll),
    ("薪", DataClass::Payroll),
    ("工資", DataClass::Payroll),
    ("salário", DataClass::Payroll),
    ("clock-in", DataClass::Attendance),
    ("leave", DataClass::Attendance),
    ("考勤", DataClass::Attendance),
    ("assiduidade", DataClass::Attendance),
    ("phone", DataClass::Contact),
    ("e-mail", DataClass::Contact),
    ("email", DataClass::Contact),
    ("聯絡", DataClass::Contact),
    ("联系", DataClass::Contact),
    ("contacto", DataClass::Contact),
    ("id card", DataClass::IdentityDocument),
    ("passport", DataClass::IdentityDocument),
    ("身份證", DataClass::IdentityDocument),
    ("身份证", DataClass::IdentityDocument),
    ("medical", DataClass::Health),
    ("sick", DataClass::Health),
    ("健康", DataClass::Health),
    ("醫療", DataClass::Health),
    ("saúde", DataClass::Health),
    ("face", DataClass::Face),
    ("人臉", DataClass::Face),
    ("人脸", DataClass::Face),
    ("fingerprint", DataClass::Biometric),
    ("指紋", DataClass::Biometric),
    ("gps", DataClass::Location),
    ("位置", DataClass::Location),
    ("chat", DataClass::ChatContent),
    ("聊天", DataClass::ChatContent),
    ("logs", DataClass::DeviceLog),
    ("日誌", DataClass::DeviceLog),
    ("cctv", DataClass::ImageVoice),
    ("cv", DataClass::HrRecord),
    ("bank account", DataClass::FinancialAccount),
    ("銀行帳戶", DataClass::FinancialAccount),
];

/// The data classes a label names: by id, by the catalogue's name in any language, or by an
/// everyday word.
pub(crate) fn classes_in(label: &str) -> BTreeSet<DataClass> {
    let lower = label.to_lowercase();
    let mut found = BTreeSet::new();
    for class in DataClass::ALL {
        let mut names = vec![class.id().to_owned(), class.label().to_lowercase()];
        for language in Language::ALL {
            names.push(i18n::terms::class(*language, *class).to_lowercase());
        }
        if names.iter().any(|name| word_in(&lower, name)) {
            found.insert(*class);
        }
    }
    for (word, class) in CLASS_WORDS {
        if word_in(&lower, word) {
            found.insert(class);
        }
    }
    found
}

/// `text` holds `word`, as a whole word where the word is Latin.
fn word_in(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if !word.is_ascii() && word.chars().any(|c| c as u32 >= 0x3000) {
        return text.contains(word);
    }
    text.match_indices(word).any(|(start, found)| {
        let before = text[..start].chars().next_back();
        let after = text[start + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

pub(crate) fn kind_in(label: &str) -> Option<SiteKind> {
    let lower = label.to_lowercase();
    KIND_WORDS
        .iter()
        .find(|(word, _)| word_in(&lower, word))
        .map(|(_, kind)| *kind)
}

/// Sites and flows from `shapes` and `edges`: recorded ones as they are, drawn ones guessed,
/// every guess listed. `meta` is the map's (a recorded one, or a title from the file's name).
pub(crate) fn build(meta: MapMeta, shapes: Vec<Shape>, edges: Vec<Edge>) -> (Map, Vec<Guess>) {
    let mut map = Map::new(meta);
    let mut guesses = Vec::new();
    let mut sites_by_key = BTreeMap::new();
    let mut drawn = false;
    for shape in shapes {
        let site = match shape.recorded.clone() {
            Some(site) => site,
            None => {
                drawn = true;
                guess_site(&map, &shape, &mut guesses)
            }
        };
        let id = site.id.clone();
        if map.add_site(site).is_ok() {
            sites_by_key.insert(shape.key, id);
        }
    }
    for edge in edges {
        let ends = (sites_by_key.get(&edge.from), sites_by_key.get(&edge.to));
        let (Some(from), Some(to)) = ends else {
            guesses.push(Guess::EdgeLeftOut { label: edge.label });
            continue;
        };
        let flow = match edge.recorded {
            // A recorded flow follows its arrow, should the arrow have been moved to other sites.
            Some(mut flow) => {
                flow.from = from.clone();
                flow.to = to.clone();
                flow
            }
            None => {
                drawn = true;
                let mut flow = Flow::new(map.fresh_flow_id("flow"), from.clone(), to.clone());
                let name = |id| map.site(id).map(|site: &Site| site.name.clone());
                let title = crate::text::route(
                    &name(from).unwrap_or_default(),
                    &name(to).unwrap_or_default(),
                );
                flow.data_classes = classes_in(&edge.label);
                flow.notes = edge.label.clone();
                guesses.push(if flow.data_classes.is_empty() {
                    Guess::NoClasses {
                        flow: title,
                        label: edge.label.clone(),
                    }
                } else {
                    Guess::Classes {
                        flow: title,
                        classes: flow.data_classes.iter().copied().collect(),
                    }
                });
                flow
            }
        };
        if map.add_flow(flow).is_err() {
            guesses.push(Guess::EdgeLeftOut { label: edge.label });
        }
    }
    if drawn {
        crate::layout::apply_auto_layout(&mut map);
    }
    (map, guesses)
}

/// A site for a drawn shape: name from the first line, city from a second line, place from
/// the container, else the label, else unknown; kind from the shape, else the words.
fn guess_site(map: &Map, shape: &Shape, guesses: &mut Vec<Guess>) -> Site {
    let mut lines = shape
        .label
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty());
    let name = lines.next().unwrap_or_default().to_owned();
    let rest: Vec<&str> = lines.collect();
    let from_container = shape
        .container
        .as_deref()
        .and_then(|title| jurisdiction_named(title).or_else(|| jurisdiction_mentioned(title)));
    let jurisdiction = if let Some(jurisdiction) = from_container {
        guesses.push(Guess::FromContainer {
            site: name.clone(),
            container: shape.container.clone().unwrap_or_default(),
            jurisdiction,
        });
        jurisdiction
    } else if let Some(jurisdiction) = jurisdiction_mentioned(&shape.label) {
        guesses.push(Guess::FromLabel {
            site: name.clone(),
            jurisdiction,
        });
        jurisdiction
    } else {
        guesses.push(Guess::UnknownJurisdiction { site: name.clone() });
        Jurisdiction::Other
    };
    let kind = shape
        .kind_hint
        .or_else(|| kind_in(&shape.label))
        .unwrap_or_default();
    guesses.push(Guess::Kind {
        site: name.clone(),
        kind,
    });
    let mut site = Site::new(map.fresh_site_id(&name), name, kind, jurisdiction);
    site.city = rest.join(", ");
    site
}

/// `text` with its character references decoded: `&amp;`, `&#28595;`, `&#x6fb3;` for HTML
/// (`marker` `&`), `#quot;`, `#60;` for Mermaid (`marker` `#`). What is not a reference stays.
pub(crate) fn decode_references(text: &str, marker: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(marker) {
        out.push_str(&rest[..start]);
        let after = &rest[start + marker.len_utf8()..];
        let decoded = after.find(';').filter(|end| *end <= 10).and_then(|end| {
            let code = &after[..end];
            let named = match code {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => None,
            };
            let number = code.strip_prefix('#').unwrap_or(code);
            named
                .or_else(|| {
                    number
                        .strip_prefix(['x', 'X'])
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .or_else(|| number.parse().ok())
                        .and_then(char::from_u32)
                })
                .map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push(marker);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The lines of `text` trimmed, empty ones dropped.
pub(crate) fn tidy_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_read_from_words_in_any_language() {
        let found = classes_in("Salary & attendance, 聯絡資料");
        assert!(found.contains(&DataClass::Payroll));
        assert!(found.contains(&DataClass::Attendance));
        assert!(found.contains(&DataClass::Contact));
        assert!(classes_in("quarterly report").is_empty());
        assert!(classes_in("Faceless").is_empty());
    }
}
