//! What changed between two versions of a map, by meaning: sites and flows added, removed or
//! changed field by field (flows by their stable number), findings that appeared or cleared,
//! risk up or down, clocks started or stopped, and whether the change needs a new sign-off.

mod merge;

use std::collections::{BTreeMap, BTreeSet};

pub use merge::{MergeError, Merged, merge};

use serde::Serialize;

use crate::i18n;
use crate::model::{Date, Language, Map};
use crate::rules::{Evaluation, Rulebook};

/// Whether a change needs the DPIA signed again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Verdict {
    /// Nothing changed.
    #[serde(rename = "none")]
    None,
    /// Only positions, notes or wording changed.
    #[serde(rename = "cosmetic")]
    Cosmetic,
    /// A finding, a border crossing, a mechanism or a data class changed.
    #[serde(rename = "re-sign")]
    ReSign,
}

impl Verdict {
    /// The verdict in `language`.
    pub fn name(self, language: Language) -> String {
        let key = match self {
            Verdict::None => "diff-verdict-none",
            Verdict::Cosmetic => "diff-verdict-cosmetic",
            Verdict::ReSign => "diff-verdict-resign",
        };
        i18n::text(language, key).into_owned()
    }
}

/// What kind of item changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// The map's own metadata.
    Map,
    /// A site.
    Site,
    /// A flow.
    Flow,
}

/// How an item changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// New in the newer version.
    Added,
    /// Gone from the newer version.
    Removed,
    /// In both, with different fields.
    Changed,
}

/// One site, flow or the map's metadata that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Site, flow or map.
    pub kind: ItemKind,
    /// Its id (`map` for the metadata).
    pub id: String,
    /// A flow's number (F1, F2…).
    pub number: Option<usize>,
    /// Its name: a site's name, a flow's ends, the map's title.
    pub name: String,
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// The fields that differ, as the file names them.
    pub fields: Vec<String>,
}

/// A finding in one version only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    /// The finding's id, `RULE@subject`.
    pub id: String,
    /// The rule.
    pub rule: String,
    /// Severity × likelihood.
    pub score: u8,
}

/// A finding in both versions whose score changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RiskChange {
    /// The finding's id.
    pub id: String,
    /// Its score before.
    pub before: u8,
    /// Its score after.
    pub after: u8,
}

/// A clock in one version only.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ClockChange {
    /// The flow, or null for the map's own clock.
    pub flow: Option<String>,
    /// The clock's id.
    pub clock: String,
}

/// The findings that appeared and cleared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FindingChanges {
    /// In the newer version only.
    pub appeared: Vec<FindingChange>,
    /// In the older version only.
    pub cleared: Vec<FindingChange>,
}

/// The clocks that started and stopped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ClockChanges {
    /// In the newer version only.
    pub started: Vec<ClockChange>,
    /// In the older version only.
    pub stopped: Vec<ClockChange>,
}

/// What changed between two versions of a map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Whether to sign again.
    pub verdict: Verdict,
    /// The items that changed: the map, then sites by id, then flows by number.
    pub changes: Vec<Change>,
    /// Findings that appeared and cleared.
    pub findings: FindingChanges,
    /// Findings whose score went up or down.
    pub risk: Vec<RiskChange>,
    /// Clocks started and stopped.
    pub clocks: ClockChanges,
    /// The Mainland mechanism decision changed.
    pub mechanism_changed: bool,
}

/// Fields whose change is wording, notes or position only: a change to nothing else is
/// cosmetic.
const COSMETIC: [&str; 13] = [
    "position",
    "name",
    "notes",
    "purpose",
    "description",
    "title",
    "author",
    "created",
    "confidentiality",
    "channel",
    "processing_method",
    "subject_categories",
    "contact",
];

/// Compares `old` with `new`, both evaluated with `book` on `as_of`.
pub fn diff(old: &Map, new: &Map, book: &Rulebook, as_of: Date) -> Diff {
    let before = book.evaluate(old, as_of);
    let after = book.evaluate(new, as_of);
    let mut changes = Vec::new();
    // The day the file was last saved is not part of what was assessed (nor of the signed text).
    let unsaved = |map: &Map| crate::model::MapMeta {
        modified: None,
        ..map.meta.clone()
    };
    let meta = fields(&unsaved(old), &unsaved(new));
    if !meta.is_empty() {
        changes.push(Change {
            kind: ItemKind::Map,
            id: "map".into(),
            number: None,
            name: new.meta.title.clone(),
            change: ChangeKind::Changed,
            fields: meta,
        });
    }
    changes.extend(site_changes(old, new));
    changes.extend(flow_changes(old, new));
    let findings = finding_changes(&before, &after);
    let risk = risk_changes(&before, &after);
    let clocks = clock_changes(book, (old, &before), (new, &after));
    let mechanism_changed = before.mechanism != after.mechanism;
    let material = changes.iter().any(|change| {
        change.change != ChangeKind::Changed
            || change
                .fields
                .iter()
                .any(|field| !COSMETIC.contains(&field.as_str()))
    });
    let verdict = if material
        || !findings.appeared.is_empty()
        || !findings.cleared.is_empty()
        || mechanism_changed
    {
        Verdict::ReSign
    } else if changes.is_empty() {
        Verdict::None
    } else {
        Verdict::Cosmetic
    };
    Diff {
        verdict,
        changes,
        findings,
        risk,
        clocks,
        mechanism_changed,
    }
}

/// The names of the fields that differ between two records, as the file writes them.
fn fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let as_object = |value: &T| match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(object)) => object,
        _ => serde_json::Map::new(),
    };
    let (old, new) = (as_object(old), as_object(new));
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    names
        .into_iter()
        .filter(|name| old.get(*name) != new.get(*name))
        .map(|name| (*name).clone())
        .collect()
}

fn site_changes(old: &Map, new: &Map) -> Vec<Change> {
    let ids: BTreeSet<_> = old
        .sites()
        .chain(new.sites())
        .map(|s| s.id.clone())
        .collect();
    ids.into_iter()
        .filter_map(|id| {
            let (before, after) = (old.site(&id), new.site(&id));
            let (change, fields) = match (before, after) {
                (Some(a), Some(b)) => (ChangeKind::Changed, fields(a, b)),
                (None, Some(_)) => (ChangeKind::Added, Vec::new()),
                (Some(_), None) => (ChangeKind::Removed, Vec::new()),
                (None, None) => return None,
            };
            if change == ChangeKind::Changed && fields.is_empty() {
                return None;
            }
            let name = after
                .or(before)
                .map(|site| site.name.clone())
                .unwrap_or_default();
            Some(Change {
                kind: ItemKind::Site,
                id: id.to_string(),
                number: None,
                name,
                change,
                fields,
            })
        })
        .collect()
}

fn flow_changes(old: &Map, new: &Map) -> Vec<Change> {
    let ids: BTreeSet<_> = old
        .flows()
        .chain(new.flows())
        .map(|view| view.flow.id.clone())
        .collect();
    let mut changes: Vec<Change> = ids
        .into_iter()
        .filter_map(|id| {
            let (before, after) = (old.flow(&id), new.flow(&id));
            let (change, fields) = match (before, after) {
                (Some(a), Some(b)) => {
                    let mut fields = fields(a.flow, b.flow);
                    fields.retain(|field| field != "number");
                    (ChangeKind::Changed, fields)
                }
                (None, Some(_)) => (ChangeKind::Added, Vec::new()),
                (Some(_), None) => (ChangeKind::Removed, Vec::new()),
                (None, None) => return None,
            };
            if change == ChangeKind::Changed && fields.is_empty() {
                return None;
            }
            let view = after.or(before)?;
            Some(Change {
                kind: ItemKind::Flow,
                id: id.to_string(),
                number: view.flow.number.map(|number| number as usize),
                name: crate::text::route(&view.source.name, &view.target.name),
                change,
                fields,
            })
        })
        .collect();
    changes.sort_by_key(|change| (change.number, change.id.clone()));
    changes
}

fn finding_changes(before: &Evaluation, after: &Evaluation) -> FindingChanges {
    let index = |evaluation: &Evaluation| -> BTreeMap<String, FindingChange> {
        evaluation
            .findings
            .iter()
            .map(|finding| {
                let id = finding.id.as_str().to_owned();
                let change = FindingChange {
                    id: id.clone(),
                    rule: finding.rule().to_owned(),
                    score: finding.score(),
                };
                (id, change)
            })
            .collect()
    };
    let (old, new) = (index(before), index(after));
    FindingChanges {
        appeared: new
            .iter()
            .filter(|(id, _)| !old.contains_key(*id))
            .map(|(_, change)| change.clone())
            .collect(),
        cleared: old
            .iter()
            .filter(|(id, _)| !new.contains_key(*id))
            .map(|(_, change)| change.clone())
            .collect(),
    }
}

fn risk_changes(before: &Evaluation, after: &Evaluation) -> Vec<RiskChange> {
    let old: BTreeMap<&str, u8> = before
        .findings
        .iter()
        .map(|finding| (finding.id.as_str(), finding.score()))
        .collect();
    let mut changes: Vec<RiskChange> = after
        .findings
        .iter()
        .filter_map(|finding| {
            let was = *old.get(finding.id.as_str())?;
            (was != finding.score()).then(|| RiskChange {
                id: finding.id.as_str().to_owned(),
                before: was,
                after: finding.score(),
            })
        })
        .collect();
    changes.sort_by(|a, b| a.id.cmp(&b.id));
    changes
}

fn clock_changes(
    book: &Rulebook,
    before: (&Map, &Evaluation),
    after: (&Map, &Evaluation),
) -> ClockChanges {
    let set = |(map, evaluation): (&Map, &Evaluation)| -> BTreeSet<ClockChange> {
        book.clocks(map, evaluation)
            .into_iter()
            .map(|clock| ClockChange {
                flow: clock.flow.as_ref().map(|id| id.to_string()),
                clock: clock.id().to_owned(),
            })
            .collect()
    };
    let (old, new) = (set(before), set(after));
    ClockChanges {
        started: new.difference(&old).cloned().collect(),
        stopped: old.difference(&new).cloned().collect(),
    }
}

impl Diff {
    /// The diff as lines of text in `language`: the verdict, then each change, finding, risk
    /// and clock (indented), with the language's own colons and brackets.
    pub fn lines(&self, language: Language) -> Vec<String> {
        let text = |key: &str| i18n::text(language, key).into_owned();
        let labelled = |label: &str, value: &str| {
            i18n::text_with(
                language,
                "report-labelled",
                &[("label", label.into()), ("value", value.into())],
            )
        };
        let bracketed = |words: &str, detail: &str| {
            i18n::text_with(
                language,
                "report-bracketed",
                &[("text", words.into()), ("detail", detail.into())],
            )
        };
        let separator = text("report-item-separator");
        let mut lines = vec![labelled(
            &text("diff-verdict"),
            &self.verdict.name(language),
        )];
        for change in &self.changes {
            let what = match (change.kind, change.number) {
                (ItemKind::Flow, Some(number)) => format!("F{number} {}", change.name),
                (ItemKind::Map, _) => text("diff-the-map"),
                _ => change.name.clone(),
            };
            let how = match change.change {
                ChangeKind::Added => text("diff-added"),
                ChangeKind::Removed => text("diff-removed"),
                ChangeKind::Changed => {
                    labelled(&text("diff-changed"), &change.fields.join(&separator))
                }
            };
            lines.push(format!(
                "  {}",
                labelled(&bracketed(&what, &change.id), &how)
            ));
        }
        for (key, list) in [
            ("diff-appeared", &self.findings.appeared),
            ("diff-cleared", &self.findings.cleared),
        ] {
            for finding in list {
                let score = finding.score.to_string();
                lines.push(format!(
                    "  {}",
                    labelled(&text(key), &bracketed(&finding.id, &score))
                ));
            }
        }
        for risk in &self.risk {
            let key = if risk.after > risk.before {
                "diff-risk-up"
            } else {
                "diff-risk-down"
            };
            let scores = format!("{} → {}", risk.before, risk.after);
            lines.push(format!(
                "  {}",
                labelled(&text(key), &bracketed(&risk.id, &scores))
            ));
        }
        if self.mechanism_changed {
            lines.push(format!("  {}", text("diff-mechanism")));
        }
        for (key, list) in [
            ("diff-clock-started", &self.clocks.started),
            ("diff-clock-stopped", &self.clocks.stopped),
        ] {
            for clock in list {
                let subject = clock.flow.clone().unwrap_or_else(|| text("diff-the-map"));
                lines.push(format!(
                    "  {}",
                    labelled(&text(key), &bracketed(&clock.clock, &subject))
                ));
            }
        }
        lines
    }
}

/// The map as last signed, from the newest revision that keeps its text; `None` when no
/// signature kept one.
pub fn signed_version(map: &Map) -> Option<Result<Map, crate::io::MapError>> {
    let revision = map
        .assessment
        .revisions
        .iter()
        .rev()
        .find(|revision| !revision.signed_map.is_empty())?;
    Some(crate::io::parse_map(revision.signed_map.as_bytes()))
}
