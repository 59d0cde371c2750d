//! The `.ron` map file: its schema, versions, parsing with located errors, and canonical output.
//!
//! The file is its own small schema (sites and flows as lists, each record carrying its id),
//! converted to and from the graph. Output is canonical: records sorted by id, sets sorted, so
//! the same map always gives the same bytes and loading then saving changes nothing.

use serde::{Deserialize, Serialize};

use crate::model::{
    Assessment, DataClass, EditError, Flow, Map, MapMeta, MergeConflict, Safeguard, Site, SiteId,
};

/// The value of the `format` field that marks a borderflow map.
pub const FORMAT_NAME: &str = "borderflow-map";
/// The newest format version, which this build reads and writes for a map that needs it.
///
/// Version 3 added the fields the regulators' filings ask for (the controller's identity, a
/// recipient's address, contact and storage place, a flow's data subjects, processing method,
/// channel, security measures, onward recipients and references, the sign-off's titles and
/// decisions). A map that uses none of them is still written as version 2, byte for byte as
/// before: older borderflow builds keep opening it, and its fingerprint does not change.
///
/// Version 4 (rulebook edition 2027-01) adds a site's and the map's `sector`, the data class
/// `face`, the safeguard `face_filing` and a flow's `since`. Only a map that uses one of them is written as
/// version 4, so a build that does not know them says the file is newer instead of failing on
/// an unknown word; older files read unchanged (their `biometric` keeps meaning faces too:
/// nothing is migrated).
///
/// Version 5 stores each flow's stable `number` (F1, F2…) and the map's `next_flow_number`, so
/// adding, deleting or renaming a flow never renumbers the others. A file without them numbers
/// its flows in id order, as every earlier version did; a map whose numbers are still exactly
/// that order (and none deleted) is written without them, in its old version, byte for byte.
pub const FORMAT_VERSION: u32 = 5;

/// The version written for a map that uses version 4's words and keeps its flows in id order.
const EDITION_VERSION: u32 = 4;

/// The version written for a map that uses version 3's filing fields and nothing of version 4.
const FILING_VERSION: u32 = 3;

/// The version written for a map that uses nothing of version 3.
const BASE_VERSION: u32 = 2;

const HEADER_COMMENT: &str = "// A borderflow map: sites, data flows between them, and their assessment.\n\
// Open it with `borderflow FILE`; check it with `borderflow validate FILE`.\n";

/// A line and column in a text file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

impl Location {
    /// The location of a byte offset in `text` (clamped to the text).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }
}

/// Why a text is not a valid map. Every variant that can be placed says where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    /// Bytes that are not UTF-8.
    #[error("{location}: the file is not UTF-8 text (a map is a UTF-8 RON file)")]
    NotUtf8 {
        /// Where the first bad byte is.
        location: Location,
    },
    /// Malformed RON, a missing or unknown field, or an unknown id.
    #[error("{location}: {message}")]
    Syntax {
        /// Where the parser stopped.
        location: Location,
        /// What it expected.
        message: String,
    },
    /// A RON file of some other kind.
    #[error("this is not a borderflow map: its `format` is {found:?}, expected \"{FORMAT_NAME}\"")]
    NotAMap {
        /// The format it names.
        found: String,
    },
    /// Written by a newer borderflow.
    #[error(
        "this map is format version {found}, newer than this borderflow reads (up to version \
         {FORMAT_VERSION}); open it with a newer borderflow"
    )]
    NewerVersion {
        /// The version in the file.
        found: u32,
    },
    /// A version number that never existed.
    #[error("format version {found} does not exist; versions start at 1")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// Well-formed, but sites and flows do not fit together.
    #[error("{}{error}", location.map(|l| format!("{l}: ")).unwrap_or_default())]
    Invalid {
        /// Where the offending record is, when it can be found.
        location: Option<Location>,
        /// What is wrong.
        error: EditError,
    },
}

impl MapError {
    /// Where in the file the problem is, when known.
    pub fn location(&self) -> Option<Location> {
        match self {
            MapError::NotUtf8 { location } | MapError::Syntax { location, .. } => Some(*location),
            MapError::Invalid { location, .. } => *location,
            MapError::NotAMap { .. }
            | MapError::NewerVersion { .. }
            | MapError::UnknownVersion { .. } => None,
        }
    }
}

/// The first fields of every version, read before anything else to pick the right schema.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// The current version of the file (2 to 5 share it: each only adds optional fields and
/// words).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    format: String,
    version: u32,
    #[serde(default)]
    meta: MapMeta,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    next_flow_number: Option<u32>,
    #[serde(default)]
    sites: Vec<Site>,
    #[serde(default)]
    flows: Vec<Flow>,
    #[serde(default)]
    assessment: Assessment,
    /// What a three-way merge could not decide (format version 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<MergeConflict>,
}

/// Version 1 of the file, read and migrated to the current version on load.
///
/// Version 2 split the DPIA's one "rights" answer into information, access and objection, and
/// gave each revision-log entry its sign-off step and the fingerprint of the map it signed.
mod v1 {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use crate::model::{
        Assessment, Date, DpiaAnswers, Flow, MapMeta, Revision, RightsAnswers, SignOff, Site,
        Treatment,
    };

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct MapFile {
        pub format: String,
        #[expect(
            dead_code,
            reason = "read by the header; named so unknown-field checks pass"
        )]
        pub version: u32,
        #[serde(default)]
        pub meta: MapMeta,
        #[serde(default)]
        pub sites: Vec<Site>,
        #[serde(default)]
        pub flows: Vec<Flow>,
        #[serde(default)]
        pub assessment: AssessmentV1,
    }

    #[derive(Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct AssessmentV1 {
        #[serde(default, deserialize_with = "crate::model::unique_treatments")]
        treatments: BTreeMap<String, Treatment>,
        #[serde(default)]
        dpia: DpiaV1,
        #[serde(default)]
        sign_off: SignOff,
        #[serde(default)]
        revisions: Vec<RevisionV1>,
    }

    #[derive(Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct DpiaV1 {
        #[serde(default)]
        processing_description: String,
        #[serde(default)]
        necessity: String,
        #[serde(default)]
        rights: String,
        #[serde(default)]
        retention: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RevisionV1 {
        date: Date,
        by: String,
        #[serde(default)]
        note: String,
    }

    impl MapFile {
        /// The same content in the current version: the one rights answer becomes the
        /// "information" answer (where version 1's form asked for it), revisions keep their
        /// date, author and note.
        pub(super) fn migrate(self) -> super::MapFile {
            let AssessmentV1 {
                treatments,
                dpia,
                sign_off,
                revisions,
            } = self.assessment;
            super::MapFile {
                format: self.format,
                version: super::FORMAT_VERSION,
                meta: self.meta,
                next_flow_number: None,
                sites: self.sites,
                flows: self.flows,
                assessment: Assessment {
                    treatments,
                    dpia: DpiaAnswers {
                        processing_description: dpia.processing_description,
                        necessity: dpia.necessity,
                        rights: RightsAnswers {
                            information: dpia.rights,
                            ..RightsAnswers::default()
                        },
                        retention: dpia.retention,
                    },
                    sign_off,
                    revisions: revisions
                        .into_iter()
                        .map(|revision| Revision {
                            date: revision.date,
                            by: revision.by,
                            step: None,
                            note: revision.note,
                            map_hash: String::new(),
                            signed_map: String::new(),
                        })
                        .collect(),
                },
                conflicts: Vec::new(),
            }
        }
    }
}

fn ron_options() -> ron::Options {
    // Deep nesting in a hostile file must end in an error, not a stack overflow.
    // `implicit_some` lets hand-written files say `retention_days: 30` without `Some(…)`.
    ron::Options::default()
        .with_recursion_limit(64)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

fn syntax_error(text: &str, error: &ron::error::SpannedError) -> MapError {
    let location = Location {
        line: error.span.start.line,
        column: error.span.start.col,
    };
    let offset = offset_of(text, location);
    let field = field_at(text, offset)
        .map(|field| format!(" in `{field}`"))
        .unwrap_or_default();
    let message = match &error.code {
        ron::Error::IntegerOutOfBounds => format!(
            "the number{field} is out of range: expected a whole number of 0 or more that is \
             not too large (a count of people, a number of days, or a score from 1 to 5)"
        ),
        ron::Error::ExpectedComma | ron::Error::ExpectedStructLikeEnd
            if decimal_at(text, offset) =>
        {
            format!("expected a whole number{field}, not a decimal such as 90.5")
        }
        ron::Error::ExceededRecursionLimit => "brackets are nested more than 64 deep; no map \
            nests like that, so the file is damaged or is not a borderflow map"
            .to_owned(),
        other => format!("{other}{field}"),
    };
    MapError::Syntax { location, message }
}

/// The byte offset of a line and column (in characters, from 1), clamped to the text.
fn offset_of(text: &str, location: Location) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(location.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(line_start..).unwrap_or_default();
    line_start
        + rest
            .char_indices()
            .nth(location.column.saturating_sub(1))
            .map_or(rest.len(), |(offset, _)| offset)
}

/// The name of the field whose value is at `offset`: the identifier before the last `:`, when
/// nothing but the value lies between them.
fn field_at(text: &str, offset: usize) -> Option<&str> {
    let before = text.get(..offset)?;
    let colon = before.rfind(':')?;
    let value = before.get(colon + 1..)?;
    if value.contains([',', '(', '[', '{', ')', ']', '}', '"']) {
        return None;
    }
    let name = before.get(..colon)?.trim_end();
    let start = name
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |at| at + 1);
    let field = name.get(start..)?;
    (!field.is_empty() && !field.starts_with(|c: char| c.is_ascii_digit())).then_some(field)
}

/// Whether a decimal number such as `90.5` is at or just before `offset`.
fn decimal_at(text: &str, offset: usize) -> bool {
    let start = text.get(..offset).map_or(0, |before| {
        before
            .rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .map_or(0, |at| at + 1)
    });
    let rest = text.get(start..).unwrap_or_default();
    let number: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    number.contains('.') && number.chars().any(|c| c.is_ascii_digit())
}

/// Parses a map file's bytes.
pub fn parse_map(bytes: &[u8]) -> Result<Map, MapError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        MapError::NotUtf8 {
            location: Location::of_offset(prefix, prefix.len()),
        }
    })?;
    // Editors on Windows may start a UTF-8 file with a byte-order mark: it is not part of the
    // map, and the parser would stop on it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = ron_options()
        .from_str(text)
        .map_err(|error| syntax_error(text, &error))?;
    if header.format != FORMAT_NAME {
        return Err(MapError::NotAMap {
            found: header.format,
        });
    }
    match header.version {
        0 => Err(MapError::UnknownVersion { found: 0 }),
        1 => {
            let file: v1::MapFile = ron_options()
                .from_str(text)
                .map_err(|error| syntax_error(text, &error))?;
            build_map(text, file.migrate())
        }
        2..=FORMAT_VERSION => {
            let file: MapFile = ron_options()
                .from_str(text)
                .map_err(|error| syntax_error(text, &error))?;
            build_map(text, file)
        }
        found => Err(MapError::NewerVersion { found }),
    }
}

fn build_map(text: &str, mut file: MapFile) -> Result<Map, MapError> {
    let finder = RecordFinder { text };
    number_flows(&mut file);
    let mut map = Map::new(file.meta);
    if let Some(next) = file.next_flow_number {
        map.reserve_flow_numbers(next);
    }
    for site in file.sites {
        // A duplicate is the second record with this id; any other problem is in the first.
        let earlier = usize::from(map.site(&site.id).is_some());
        let id = site.id.to_string();
        map.add_site(site).map_err(|error| MapError::Invalid {
            location: finder.record(earlier, &id, None),
            error,
        })?;
    }
    for flow in file.flows {
        // Site records come first in the file, so a site with the same id is found first.
        let same_site = SiteId::new(flow.id.as_str())
            .ok()
            .and_then(|site_id| map.site(&site_id));
        let earlier = usize::from(same_site.is_some()) + usize::from(map.flow(&flow.id).is_some());
        let id = flow.id.to_string();
        map.add_flow(flow).map_err(|error| {
            let missing = match &error {
                EditError::FlowToMissingSite { site, .. } => Some(site.to_string()),
                _ => None,
            };
            MapError::Invalid {
                location: finder.record(earlier, &id, missing.as_deref()),
                error,
            }
        })?;
    }
    map.assessment = file.assessment;
    map.conflicts = file.conflicts;
    Ok(map)
}

/// Gives each flow that has no number the next one in id order (so a file of version 4 or
/// earlier gets the numbers it always showed), after the highest number the file records.
fn number_flows(file: &mut MapFile) {
    let recorded = file.flows.iter().filter_map(|flow| flow.number).max();
    let counter = file.next_flow_number.map(|next| next.saturating_sub(1));
    let mut next = recorded.max(counter).unwrap_or(0).saturating_add(1);
    let mut unnumbered: Vec<&mut Flow> = file
        .flows
        .iter_mut()
        .filter(|flow| flow.number.is_none())
        .collect();
    unnumbered.sort_by(|a, b| a.id.cmp(&b.id));
    for flow in unnumbered {
        flow.number = Some(next);
        next = next.saturating_add(1);
    }
}

/// Whether the flows' numbers are those the file would give them without recording any: 1, 2…
/// in id order, with no number given to a flow since deleted.
fn numbers_follow_ids(map: &Map) -> bool {
    let mut count = 0;
    let in_order = map.flows().all(|view| {
        count += 1;
        view.flow.number == Some(count)
    });
    in_order && map.next_flow_number() == count + 1
}

/// Finds records in the source text, to point errors found after parsing at a line and column.
///
/// RON's parser keeps no positions once a value is built, so this looks for `id: "X"` the way
/// borderflow writes it. When a hand-edited file is laid out otherwise, errors carry no location
/// but still name the ids.
struct RecordFinder<'a> {
    text: &'a str,
}

impl RecordFinder<'_> {
    /// The offsets of every `id: "X"` field, in order.
    fn id_fields(&self, id: &str) -> Vec<usize> {
        let quoted = format!("\"{id}\"");
        self.text
            .match_indices(&quoted)
            .filter(|(offset, _)| {
                let before = self.text[..*offset].trim_end();
                before
                    .strip_suffix(':')
                    .is_some_and(|key| key.trim_end().ends_with("id"))
            })
            .map(|(offset, _)| offset)
            .collect()
    }

    /// The `nth` record with this id, or within it the first mention of `value`.
    fn record(&self, nth: usize, id: &str, value: Option<&str>) -> Option<Location> {
        let start = *self.id_fields(id).get(nth)?;
        let offset = match value {
            Some(value) => {
                let quoted = format!("\"{value}\"");
                let after = start + id.len() + 2;
                after + self.text.get(after..)?.find(&quoted)?
            }
            None => start,
        };
        Some(Location::of_offset(self.text, offset))
    }
}

/// The canonical text of a map: same map, same text.
pub fn map_to_string(map: &Map) -> Result<String, ron::Error> {
    let implicit = numbers_follow_ids(map)
        && map.meta.review_every_months.is_none()
        && map
            .assessment
            .revisions
            .iter()
            .all(|revision| revision.signed_map.is_empty())
        && map.conflicts.is_empty();
    let file = MapFile {
        format: FORMAT_NAME.to_owned(),
        version: if !implicit {
            FORMAT_VERSION
        } else if uses_version_4(map) {
            EDITION_VERSION
        } else if uses_version_3(map) {
            FILING_VERSION
        } else {
            BASE_VERSION
        },
        meta: map.meta.clone(),
        next_flow_number: (!implicit).then(|| map.next_flow_number()),
        sites: map.sites().cloned().collect(),
        flows: map
            .flows()
            .map(|view| Flow {
                number: view.flow.number.filter(|_| !implicit),
                ..view.flow.clone()
            })
            .collect(),
        assessment: map.assessment.clone(),
        conflicts: map.conflicts.clone(),
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(&file, config)?;
    Ok(format!("{HEADER_COMMENT}{body}\n"))
}

/// Whether the map holds anything only version 4 of the file can say: a sector, a face flow or
/// a face filing.
fn uses_version_4(map: &Map) -> bool {
    map.meta.sector.is_some()
        || map.sites().any(|site| site.sector.is_some())
        || map.flows().any(|view| {
            view.flow.since.is_some()
                || view.flow.data_classes.contains(&DataClass::Face)
                || view.flow.safeguards.contains(&Safeguard::FaceFiling)
        })
}

/// Whether the map holds anything only version 3 of the file can say.
fn uses_version_3(map: &Map) -> bool {
    !map.meta.controller.is_empty()
        || map.assessment.sign_off.uses_decisions()
        || map.sites().any(|site| {
            !(site.address.is_empty()
                && site.contact.is_empty()
                && site.storage_location.is_empty())
        })
        || map.flows().any(|view| {
            let flow = view.flow;
            !(flow.subject_categories.is_empty()
                && flow.processing_method.is_empty()
                && flow.channel.is_empty()
                && flow.security_measures.is_empty()
                && flow.onward_recipients.is_empty()
                && flow.references.is_empty())
        })
}
