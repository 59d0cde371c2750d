//! Discovery: a spreadsheet of the apps or integrations an organisation uses (as a platform's
//! admin console exports it, or as IT keeps it) read through a column mapping into a queue of
//! proposed sites and flows: a `saas` site per app, placed where the vendor hosts it when the
//! sheet says so, a site per office or group of people that uses it, and a flow from each of
//! those to the app with the data classes its scopes let it read. Nothing enters a map until
//! it is accepted.

mod mapping;
mod table;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use mapping::{Field, Mapping, PROFILE_FORMAT};
pub use table::{Table, read_table};

use super::reading::{classes_in, kind_in};
use super::{FormatError, jurisdiction_mentioned, jurisdiction_named};
use crate::i18n;
use crate::model::{DataClass, Flow, Jurisdiction, Language, Map, Site, SiteKind};

/// The name of the queue file format.
pub const QUEUE_FORMAT: &str = "borderflow-discover-queue";

/// Where a proposal stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Awaiting review.
    Proposed,
    /// Accepted into a map.
    Accepted,
    /// Rejected.
    Rejected,
}

/// One proposed site or flow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// `site:<id>` or `flow:<id>`.
    pub id: String,
    /// Where it stands.
    pub status: Status,
    /// The proposed site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<Site>,
    /// The proposed flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<Flow>,
    /// What was read and what was guessed, in the user's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<String>,
}

/// The queue of proposals from one spreadsheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    /// Always [`QUEUE_FORMAT`].
    pub format: String,
    /// 1.
    pub version: u32,
    /// The spreadsheet's file name.
    pub source: String,
    /// The column mapping it was read with.
    pub mapping: Mapping,
    /// The proposals, sites first, each in the sheet's order.
    pub items: Vec<Item>,
}

/// Scope words beyond the data classes' names: what admin consoles call the data an app may
/// read.
const SCOPE_WORDS: [(&str, DataClass); 22] = [
    ("contacts", DataClass::Contact),
    ("directory", DataClass::Contact),
    ("members", DataClass::Contact),
    ("mobile", DataClass::Contact),
    ("通訊錄", DataClass::Contact),
    ("通讯录", DataClass::Contact),
    ("成員", DataClass::Contact),
    ("成员", DataClass::Contact),
    ("手機", DataClass::Contact),
    ("手机", DataClass::Contact),
    ("郵箱", DataClass::Contact),
    ("邮箱", DataClass::Contact),
    ("contactos", DataClass::Contact),
    ("messages", DataClass::ChatContent),
    ("消息", DataClass::ChatContent),
    ("會話", DataClass::ChatContent),
    ("会话", DataClass::ChatContent),
    ("checkin", DataClass::Attendance),
    ("打卡", DataClass::Attendance),
    ("定位", DataClass::Location),
    ("審批", DataClass::HrRecord),
    ("审批", DataClass::HrRecord),
];

/// The data classes a scopes cell names.
pub fn scope_classes(scopes: &str) -> Vec<DataClass> {
    let mut found = classes_in(scopes);
    let lower = scopes.to_lowercase();
    for (word, class) in SCOPE_WORDS {
        if lower.contains(word) {
            found.insert(class);
        }
    }
    found.into_iter().collect()
}

/// Splits a users cell into its groups: commas, semicolons, slashes, line breaks and the
/// Chinese list marks separate them.
fn groups(cell: &str) -> Vec<String> {
    cell.split([',', ';', '/', '|', '\n', '、', '，', '；'])
        .map(str::trim)
        .filter(|group| !group.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Builds the queue of `table` read through `mapping`, its ids kept clear of `map`'s; sites
/// the map already has (by name) are used instead of proposed again. Reasons are written in
/// `language`.
pub fn propose(
    table: &Table,
    mapping: &Mapping,
    map: &Map,
    source: &str,
    language: Language,
) -> Result<Queue, FormatError> {
    let columns = mapping.indices(&table.headers)?;
    let cell = |row: &[String], field| {
        columns
            .get(&field)
            .and_then(|index| row.get(*index))
            .map(|text: &String| text.trim().to_owned())
            .unwrap_or_default()
    };
    let mut work = map.clone();
    let mut by_name: BTreeMap<String, crate::model::SiteId> = map
        .sites()
        .map(|site| (site.name.to_lowercase(), site.id.clone()))
        .collect();
    let mut sites = Vec::new();
    let mut flows = Vec::new();
    let say = |key: &str, args: &[(&str, i18n::Arg<'_>)]| i18n::text_with(language, key, args);
    for row in &table.rows {
        let name = cell(row, Field::Name);
        if name.is_empty() {
            continue;
        }
        let app = match by_name.get(&name.to_lowercase()) {
            Some(id) => id.clone(),
            None => {
                let (site, why) = app_site(
                    &work,
                    &name,
                    &cell(row, Field::Vendor),
                    &cell(row, Field::Hosting),
                    &say,
                );
                let id = site.id.clone();
                let _ = work.add_site(site.clone());
                by_name.insert(name.to_lowercase(), id.clone());
                sites.push(item_of_site(site, why));
                id
            }
        };
        let scopes = cell(row, Field::Scopes);
        let classes = scope_classes(&scopes);
        for group in groups(&cell(row, Field::Users)) {
            let from = match by_name.get(&group.to_lowercase()) {
                Some(id) => id.clone(),
                None => {
                    let (site, why) = group_site(&work, &group, &say);
                    let id = site.id.clone();
                    let _ = work.add_site(site.clone());
                    by_name.insert(group.to_lowercase(), id.clone());
                    sites.push(item_of_site(site, why));
                    id
                }
            };
            if from == app {
                continue;
            }
            let mut flow = Flow::new(
                work.fresh_flow_id(&format!("{from}-{app}")),
                from,
                app.clone(),
            );
            flow.data_classes = classes.iter().copied().collect();
            let why = if classes.is_empty() {
                say(
                    "discover-why-no-classes",
                    &[("scopes", scopes.clone().into())],
                )
            } else {
                say(
                    "discover-why-classes",
                    &[
                        ("scopes", scopes.clone().into()),
                        ("classes", super::class_list(language, &classes).into()),
                    ],
                )
            };
            if work.add_flow(flow.clone()).is_ok() {
                flows.push(Item {
                    id: format!("flow:{}", flow.id),
                    status: Status::Proposed,
                    site: None,
                    flow: Some(flow),
                    why: vec![why],
                });
            }
        }
    }
    sites.extend(flows);
    Ok(Queue {
        format: QUEUE_FORMAT.to_owned(),
        version: 1,
        source: source.to_owned(),
        mapping: mapping.clone(),
        items: sites,
    })
}

fn item_of_site(site: Site, why: Vec<String>) -> Item {
    Item {
        id: format!("site:{}", site.id),
        status: Status::Proposed,
        site: Some(site),
        flow: None,
        why,
    }
}

type Say<'a> = dyn Fn(&str, &[(&str, i18n::Arg<'_>)]) -> String + 'a;

fn app_site(
    work: &Map,
    name: &str,
    vendor: &str,
    hosting: &str,
    say: &Say<'_>,
) -> (Site, Vec<String>) {
    let place = jurisdiction_named(hosting).or_else(|| jurisdiction_mentioned(hosting));
    let mut why = Vec::new();
    let jurisdiction = match place {
        Some(jurisdiction) => {
            why.push(say(
                "discover-why-hosting",
                &[
                    ("hosting", hosting.to_owned().into()),
                    ("place", jurisdiction.id().to_owned().into()),
                ],
            ));
            jurisdiction
        }
        None => {
            why.push(say(
                "discover-why-hosting-unknown",
                &[("hosting", hosting.to_owned().into())],
            ));
            Jurisdiction::Other
        }
    };
    let mut site = Site::new(work.fresh_site_id(name), name, SiteKind::Saas, jurisdiction);
    site.operator = vendor.to_owned();
    site.storage_location = hosting.to_owned();
    if crate::presets::city_jurisdiction(hosting).is_some() {
        site.city = hosting.to_owned();
    }
    (site, why)
}

fn group_site(work: &Map, group: &str, say: &Say<'_>) -> (Site, Vec<String>) {
    let kind = kind_in(group).unwrap_or(SiteKind::People);
    let mut why = Vec::new();
    let jurisdiction = match jurisdiction_mentioned(group) {
        Some(jurisdiction) => {
            why.push(say(
                "discover-why-group-place",
                &[("place", jurisdiction.id().to_owned().into())],
            ));
            jurisdiction
        }
        None => {
            why.push(say("discover-why-group-unknown", &[]));
            Jurisdiction::Other
        }
    };
    (
        Site::new(work.fresh_site_id(group), group, kind, jurisdiction),
        why,
    )
}

/// Why an acceptance was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    /// An id that names no item of the queue.
    #[error("no item `{0}` in the queue")]
    Unknown(String),
    /// The map refused an item.
    #[error("{0}: {1}")]
    Edit(String, crate::model::EditError),
}

/// Accepts the items of `queue` that `selection` names (`all`, or ids separated by commas; a
/// flow brings its proposed end sites with it) into `map`, placing the new sites in their
/// lanes, and marks them accepted. Returns how many items were added.
pub fn accept(queue: &mut Queue, selection: &str, map: &mut Map) -> Result<usize, AcceptError> {
    let mut wanted: Vec<String> = Vec::new();
    if selection.trim() == "all" {
        wanted.extend(
            queue
                .items
                .iter()
                .filter(|i| i.status != Status::Rejected)
                .map(|i| i.id.clone()),
        );
    } else {
        for id in selection
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            let Some(item) = queue.items.iter().find(|item| item.id == id) else {
                return Err(AcceptError::Unknown(id.to_owned()));
            };
            if let Some(flow) = &item.flow {
                wanted.push(format!("site:{}", flow.from));
                wanted.push(format!("site:{}", flow.to));
            }
            wanted.push(id.to_owned());
        }
    }
    let mut added = 0;
    let mut next = map.clone();
    for item in &mut queue.items {
        if !wanted.contains(&item.id) || item.status == Status::Accepted {
            continue;
        }
        let result = match (&item.site, &item.flow) {
            (Some(site), _) => next.add_site(site.clone()),
            (None, Some(flow)) => next.add_flow(flow.clone()),
            (None, None) => Ok(()),
        };
        result.map_err(|error| AcceptError::Edit(item.id.clone(), error))?;
        item.status = Status::Accepted;
        added += 1;
    }
    place_new_sites(&mut next);
    *map = next;
    Ok(added)
}

impl AcceptError {
    /// The refusal as a sentence in `language`.
    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Unknown(id) => i18n::text_with(
                language,
                "discover-error-unknown-item",
                &[("id", id.clone().into())],
            ),
            Self::Edit(id, error) => format!("{id}: {}", crate::io::edit_error(language, error)),
        }
    }
}

/// Marks the items `selection` names rejected.
pub fn reject(queue: &mut Queue, selection: &str) -> Result<usize, AcceptError> {
    let mut count = 0;
    for id in selection
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        let item = queue
            .items
            .iter_mut()
            .find(|item| item.id == id)
            .ok_or_else(|| AcceptError::Unknown(id.to_owned()))?;
        item.status = Status::Rejected;
        count += 1;
    }
    Ok(count)
}

/// Gives the sites without a position one, as the auto-layout would place them; the others
/// stay where the user put them.
fn place_new_sites(map: &mut Map) {
    if map.sites().all(|site| site.position.is_some()) {
        return;
    }
    for (id, position) in crate::layout::auto_layout(map) {
        if let Some(mut site) = map
            .site(&id)
            .cloned()
            .filter(|site| site.position.is_none())
        {
            site.position = Some(position);
            let _ = map.replace_site(site);
        }
    }
}

impl Queue {
    /// The queue as its file's text (JSON).
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a queue file.
    pub fn parse(text: &str) -> Result<Self, FormatError> {
        let queue: Self = serde_json::from_str(text)
            .map_err(|error| FormatError::new("discover-error-queue", error.to_string()))?;
        if queue.format != QUEUE_FORMAT || queue.version != 1 {
            return Err(FormatError::new("discover-error-queue", queue.format));
        }
        Ok(queue)
    }
}
