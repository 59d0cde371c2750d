//! The three-way merge of two maps that grew from one, by id: sites and flows added on either
//! side are kept, removed ones removed, and edits to different fields of one record both taken;
//! tags (classes, safeguards, flags) merge as sets. A field both sides changed differently is a
//! conflict: the merged map keeps our value and lists the conflict (both values, which side),
//! so the file stays whole and reviewable.

use std::collections::BTreeSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map as Object, Value};

use crate::model::{Assessment, Flow, Map, MapMeta, MergeConflict, Site};

/// The merged map and what the merge could not decide.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged map; its `conflicts` are those of this merge.
    pub map: Map,
}

impl Merged {
    /// Whether the merge left a conflict.
    pub fn has_conflicts(&self) -> bool {
        !self.map.conflicts.is_empty()
    }
}

/// Why a merge produced no map.
#[derive(Debug, thiserror::Error)]
#[error("the merged {what} cannot be read back: {message}")]
pub struct MergeError {
    what: String,
    message: String,
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn from_value<T: DeserializeOwned>(what: &str, value: Value) -> Result<T, MergeError> {
    serde_json::from_value(value).map_err(|error| MergeError {
        what: what.to_owned(),
        message: error.to_string(),
    })
}

/// Collects the conflicts of one record.
struct Conflicts<'a> {
    item: String,
    list: &'a mut Vec<MergeConflict>,
}

impl Conflicts<'_> {
    fn push(&mut self, field: &str, [base, ours, theirs]: [Option<&Value>; 3]) {
        let text = |value: Option<&Value>| value.map(Value::to_string);
        self.list.push(MergeConflict {
            item: self.item.clone(),
            field: field.to_owned(),
            base: text(base),
            ours: text(ours),
            theirs: text(theirs),
        });
    }
}

/// Whether every element of an array is a string: a set of tags.
fn is_tag_set(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().all(Value::is_string))
}

fn tags(value: Option<&Value>) -> BTreeSet<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Merges one value: objects key by key, tag sets as sets, anything else whole.
fn merge_value(
    field: &str,
    [base, ours, theirs]: [Option<&Value>; 3],
    conflicts: &mut Conflicts<'_>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    if base == theirs {
        return ours.cloned();
    }
    let objects = [base, ours, theirs].map(|value| value.and_then(Value::as_object));
    if let [Some(_) | None, Some(ours_object), Some(theirs_object)] = objects {
        let empty = Object::new();
        let base_object = objects[0].unwrap_or(&empty);
        let keys: BTreeSet<&String> = base_object
            .keys()
            .chain(ours_object.keys())
            .chain(theirs_object.keys())
            .collect();
        let mut merged = Object::new();
        for key in keys {
            let path = if field.is_empty() {
                key.clone()
            } else {
                format!("{field}.{key}")
            };
            let three = [
                base_object.get(key),
                ours_object.get(key),
                theirs_object.get(key),
            ];
            if let Some(value) = merge_value(&path, three, conflicts) {
                merged.insert(key.clone(), value);
            }
        }
        return Some(Value::Object(merged));
    }
    if [ours, theirs]
        .iter()
        .all(|value| value.is_none_or(is_tag_set))
        && base.is_none_or(is_tag_set)
    {
        let (b, o, t) = (tags(base), tags(ours), tags(theirs));
        let kept = b.iter().filter(|tag| o.contains(*tag) && t.contains(*tag));
        let added = o.difference(&b).chain(t.difference(&b));
        let set: BTreeSet<&String> = kept.chain(added).collect();
        return Some(Value::Array(
            set.into_iter()
                .map(|tag| Value::String(tag.clone()))
                .collect(),
        ));
    }
    conflicts.push(field, [base, ours, theirs]);
    ours.cloned()
}

/// Merges lists of records by id: added on either side kept, removed on either side removed, a
/// record removed on one side and changed on the other kept (our version, or theirs when we
/// removed it) and listed as a conflict.
fn merge_records<T: Serialize + DeserializeOwned>(
    kind: &str,
    [base, ours, theirs]: [Vec<(String, T)>; 3],
    list: &mut Vec<MergeConflict>,
) -> Result<Vec<T>, MergeError> {
    let find = |records: &[(String, T)], id: &str| {
        records
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, record)| to_value(record))
    };
    let ids: BTreeSet<String> = [&base, &ours, &theirs]
        .iter()
        .flat_map(|records| records.iter().map(|(id, _)| id.clone()))
        .collect();
    let mut merged = Vec::new();
    for id in ids {
        let three = [find(&base, &id), find(&ours, &id), find(&theirs, &id)];
        let mut conflicts = Conflicts {
            item: format!("{kind} {id}"),
            list,
        };
        let value = match &three {
            [Some(b), None, Some(t)] | [Some(b), Some(t), None] if b == t => None,
            [Some(_), None, Some(kept)] | [Some(_), Some(kept), None] => {
                conflicts.push(
                    "",
                    [three[0].as_ref(), three[1].as_ref(), three[2].as_ref()],
                );
                Some(kept.clone())
            }
            _ => merge_value(
                "",
                [three[0].as_ref(), three[1].as_ref(), three[2].as_ref()],
                &mut conflicts,
            ),
        };
        if let Some(value) = value {
            merged.push(from_value(&format!("{kind} {id}"), value)?);
        }
    }
    Ok(merged)
}

/// Merges `ours` and `theirs`, which both grew from `base`.
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Result<Merged, MergeError> {
    let mut list = Vec::new();
    let sites = |map: &Map| -> Vec<(String, Site)> {
        map.sites()
            .map(|site| (site.id.to_string(), site.clone()))
            .collect()
    };
    let flows = |map: &Map| -> Vec<(String, Flow)> {
        map.flows()
            .map(|view| (view.flow.id.to_string(), view.flow.clone()))
            .collect()
    };
    let merged_sites = merge_records("site", [sites(base), sites(ours), sites(theirs)], &mut list)?;
    let merged_flows = merge_records("flow", [flows(base), flows(ours), flows(theirs)], &mut list)?;
    let mut whole = |item: &str, three: [Value; 3]| {
        let mut conflicts = Conflicts {
            item: item.to_owned(),
            list: &mut list,
        };
        merge_value(
            "",
            [Some(&three[0]), Some(&three[1]), Some(&three[2])],
            &mut conflicts,
        )
        .unwrap_or(Value::Null)
    };
    let meta: MapMeta = from_value(
        "meta",
        whole("meta", [&base.meta, &ours.meta, &theirs.meta].map(to_value)),
    )?;
    let mut assessment: Assessment = from_value(
        "assessment",
        whole(
            "assessment",
            [base, ours, theirs].map(|map| {
                let mut plain = map.assessment.clone();
                plain.revisions.clear();
                to_value(&plain)
            }),
        ),
    )?;
    // The revision log only grows: ours, then what they added.
    assessment.revisions = ours.assessment.revisions.clone();
    for revision in &theirs.assessment.revisions {
        if !assessment.revisions.contains(revision) {
            assessment.revisions.push(revision.clone());
        }
    }
    let mut map = Map::new(meta);
    map.reserve_flow_numbers(ours.next_flow_number().max(theirs.next_flow_number()));
    for site in merged_sites {
        map.add_site(site).map_err(|error| MergeError {
            what: "map".into(),
            message: error.to_string(),
        })?;
    }
    // Ours first: a flow they added with a number we gave too gets the next one.
    let (mine, others): (Vec<Flow>, Vec<Flow>) = merged_flows
        .into_iter()
        .partition(|flow| ours.flow(&flow.id).is_some() || theirs.flow(&flow.id).is_none());
    for flow in mine.into_iter().chain(others) {
        restore_ends(&mut map, &flow, [ours, theirs, base], &mut list);
        let id = flow.id.clone();
        if let Err(error) = map.add_flow(flow) {
            list.push(MergeConflict {
                item: format!("flow {id}"),
                field: String::new(),
                base: None,
                ours: None,
                theirs: Some(serde_json::Value::String(error.to_string()).to_string()),
            });
        }
    }
    map.assessment = assessment;
    map.conflicts = ours.conflicts.clone();
    map.conflicts.extend(list);
    Ok(Merged { map })
}

/// Puts back a site one side removed while a flow of the merged map still uses it, and lists
/// that as a conflict: removing the site was meant to remove its flows.
fn restore_ends(map: &mut Map, flow: &Flow, sources: [&Map; 3], list: &mut Vec<MergeConflict>) {
    for end in [&flow.from, &flow.to] {
        if map.site(end).is_some() {
            continue;
        }
        let Some(site) = sources.iter().find_map(|source| source.site(end)) else {
            continue;
        };
        if map.add_site(site.clone()).is_ok() {
            list.push(MergeConflict {
                item: format!("site {end}"),
                field: String::new(),
                base: None,
                ours: None,
                theirs: Some(
                    Value::String(format!(
                        "removed on one side; flow {} still uses it",
                        flow.id
                    ))
                    .to_string(),
                ),
            });
        }
    }
}
