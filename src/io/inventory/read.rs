//! Reading the rows of an inventory: each cell checked, sites merged by name, flows built.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use super::references::{parse_reference, parse_safeguard_date};
use super::{Columns, Problem, Problems, file_problem};
use crate::model::{
    Access, DataClass, Date, Flag, Flow, FlowId, Jurisdiction, LegalBasis, Map, MapMeta,
    RecipientRole, References, Safeguard, Sector, Site, SiteId, SiteKind, slug,
};

/// One row being read, with the place to report problems.
pub(super) struct Row<'a> {
    pub(super) record: &'a csv::StringRecord,
    pub(super) columns: &'a Columns,
    pub(super) row: u64,
    pub(super) line: u64,
}

impl Row<'_> {
    fn cell(&self, column: &'static str) -> &str {
        self.columns
            .index
            .get(column)
            .and_then(|position| self.record.get(*position))
            .map_or("", |cell| super::write::without_formula_guard(cell.trim()))
    }

    fn problem(&self, column: &str, message: String) -> Problem {
        Problem {
            row: Some(self.row),
            line: Some(self.line),
            column: Some(column.to_owned()),
            message,
        }
    }

    fn required(&self, column: &'static str, problems: &mut Problems) -> Option<String> {
        let value = self.cell(column);
        if value.is_empty() {
            problems.push(self.problem(
                column,
                "this column is required and the cell is empty".into(),
            ));
            return None;
        }
        Some(value.to_owned())
    }

    /// A vocabulary value; `default` when the cell is empty.
    fn parsed<T: FromStr>(&self, column: &'static str, problems: &mut Problems) -> Option<Option<T>>
    where
        T::Err: fmt::Display,
    {
        let value = self.cell(column);
        if value.is_empty() {
            return Some(None);
        }
        match value.parse() {
            Ok(parsed) => Some(Some(parsed)),
            Err(error) => {
                problems.push(self.problem(column, error.to_string()));
                None
            }
        }
    }

    /// A `;`-separated list of vocabulary values.
    fn list<T: FromStr + Ord>(
        &self,
        column: &'static str,
        problems: &mut Problems,
    ) -> Option<std::collections::BTreeSet<T>>
    where
        T::Err: fmt::Display,
    {
        let mut values = std::collections::BTreeSet::new();
        let mut ok = true;
        for item in self
            .cell(column)
            .split(';')
            .map(str::trim)
            .filter(|i| !i.is_empty())
        {
            match item.parse::<T>() {
                Ok(value) => {
                    values.insert(value);
                }
                Err(error) => {
                    problems.push(self.problem(column, error.to_string()));
                    ok = false;
                }
            }
        }
        ok.then_some(values)
    }

    /// A whole number ≥ 0; `None` inside when the cell is empty.
    fn number<T: FromStr>(
        &self,
        column: &'static str,
        problems: &mut Problems,
    ) -> Option<Option<T>> {
        let value = self.cell(column);
        if value.is_empty() {
            return Some(None);
        }
        match value.parse() {
            Ok(number) => Some(Some(number)),
            Err(_) => {
                let largest = if column == "retention_days" {
                    "4294967295"
                } else {
                    "18446744073709551615"
                };
                problems.push(self.problem(
                    column,
                    format!("`{value}` is not a whole number from 0 to {largest}; write digits only, e.g. 1200"),
                ));
                None
            }
        }
    }

    /// The `;`-separated items of a cell, trimmed, empty ones left out.
    fn items(&self, column: &'static str) -> impl Iterator<Item = &str> + '_ {
        self.cell(column)
            .split(';')
            .map(str::trim)
            .filter(|item| !item.is_empty())
    }

    /// The references of a flow's filings and contracts: `;`-separated items of
    /// `safeguard=number@filed@effective@expires`, the dates optional (`@@2027-01-01` gives only
    /// the effective date).
    fn references(&self, problems: &mut Problems) -> Option<References> {
        let column = "references";
        let mut references = References::new();
        let mut ok = true;
        for item in self.items(column) {
            match parse_reference(item) {
                Ok((safeguard, reference)) => {
                    if references.insert(safeguard, reference).is_some() {
                        problems.push(self.problem(
                            column,
                            format!("`{safeguard}` has two references; give it one"),
                        ));
                        ok = false;
                    }
                }
                Err(message) => {
                    problems.push(self.problem(column, message));
                    ok = false;
                }
            }
        }
        ok.then_some(references)
    }
}

impl Row<'_> {
    /// The `safeguard_dates` cell (`safeguard=YYYY-MM-DD`, optionally `=REF` after the date)
    /// merged into the references: one safeguard's date and reference are one record, so a
    /// value given in both columns must agree.
    fn safeguard_dates(
        &self,
        mut references: References,
        problems: &mut Problems,
    ) -> Option<References> {
        let column = "safeguard_dates";
        let mut ok = true;
        for item in self.items(column) {
            match parse_safeguard_date(item) {
                Ok((safeguard, on, number)) => {
                    let record = references.entry(safeguard).or_default();
                    let clash = record.effective.is_some_and(|known| known != on)
                        || !(number.is_empty()
                            || record.number.is_empty()
                            || record.number == number);
                    if clash {
                        problems.push(self.problem(
                            column,
                            format!(
                                "`{item}` disagrees with the reference of `{safeguard}`; one \
                                 safeguard's date and reference are one record"
                            ),
                        ));
                        ok = false;
                    }
                    record.effective = Some(on);
                    if !number.is_empty() {
                        record.number = number;
                    }
                }
                Err(message) => {
                    problems.push(self.problem(column, message));
                    ok = false;
                }
            }
        }
        ok.then_some(references)
    }
}

/// The columns that describe a site at one end of a flow, besides its name, jurisdiction and
/// kind: its entity, address, storage place and contact. A name used on several rows is one
/// site, so a value given twice must agree; an empty cell names nothing and agrees with any.
const SITE_TEXT: [[&str; 8]; 2] = [
    [
        "from_entity",
        "from_operator",
        "from_sector",
        "from_address",
        "from_storage_location",
        "from_contact_name",
        "from_contact_title",
        "from_contact",
    ],
    [
        "to_entity",
        "to_operator",
        "to_sector",
        "to_address",
        "to_storage_location",
        "to_contact_name",
        "to_contact_title",
        "to_contact",
    ],
];

/// Sets the site's value for the `index`th column of [`SITE_TEXT`] (a sector was checked
/// against the vocabulary when its row was read).
fn set_site_text(site: &mut Site, index: usize, text: &str) {
    let field = match index {
        0 => &mut site.entity,
        1 => &mut site.operator,
        2 => {
            site.sector = text.parse::<Sector>().ok();
            return;
        }
        3 => &mut site.address,
        4 => &mut site.storage_location,
        5 => &mut site.contact.name,
        6 => &mut site.contact.title,
        7 => &mut site.contact.contact,
        _ => return,
    };
    text.clone_into(field);
}

/// A site as the inventory names it, with the row that first described it.
struct NamedSite {
    id: SiteId,
    jurisdiction: Jurisdiction,
    kind: SiteKind,
    /// Each text of [`SITE_TEXT`] a row gave, with that row.
    texts: [Option<(String, u64)>; 8],
    row: u64,
}

/// Builds the sites and flows as rows are read; sites are merged by name.
#[derive(Default)]
pub(super) struct Builder {
    /// Looked up twice a row and never iterated: hashing beats comparing names.
    sites: HashMap<String, NamedSite>,
    /// The next suffix to try for each id stem: names without Latin letters or digits all
    /// make the stem `site`, and trying `site`, `site-2`… from the start each time made an
    /// inventory of Chinese names quadratic.
    next_suffix: BTreeMap<String, u64>,
    flows: Vec<Flow>,
    flow_rows: HashMap<FlowId, u64>,
    map: Map,
}

/// One end of a flow as a row gives it.
struct End<'a> {
    /// `from` or `to`.
    name_column: &'static str,
    name: String,
    jurisdiction: Jurisdiction,
    kind: SiteKind,
    /// The cells of [`SITE_TEXT`] for this end.
    texts: [&'a str; 8],
}

impl Builder {
    /// A builder filling a map with this metadata.
    pub(super) fn new(meta: MapMeta) -> Self {
        Self {
            map: Map::new(meta),
            ..Self::default()
        }
    }

    /// The map with every flow read, or the problems of adding them.
    pub(super) fn finish(self, problems: &mut Problems) -> Map {
        if self.flows.is_empty() && problems.list.is_empty() {
            problems.push(file_problem(
                "the inventory has no flow rows below its header".into(),
            ));
        }
        let mut map = self.map;
        for flow in self.flows {
            let id = flow.id.clone();
            if let Err(error) = map.add_flow(flow) {
                problems.push(Problem {
                    row: self.flow_rows.get(&id).copied(),
                    line: None,
                    column: None,
                    message: error.to_string(),
                });
            }
        }
        map
    }

    /// The id of the site at this end, adding it if new; a problem if the name is already used
    /// with another jurisdiction or kind, or with another entity, address, storage place or
    /// contact.
    fn site(&mut self, row: &Row<'_>, end: &End<'_>, problems: &mut Problems) -> Option<SiteId> {
        if let Some(known) = self.sites.get_mut(&end.name) {
            let (column, this, that) = if known.jurisdiction != end.jurisdiction {
                (
                    "jurisdiction",
                    end.jurisdiction.to_string(),
                    known.jurisdiction.to_string(),
                )
            } else if known.kind != end.kind {
                ("kind", end.kind.to_string(), known.kind.to_string())
            } else {
                let id = known.id.clone();
                let mut site = self.map.site(&id)?.clone();
                let mut ok = true;
                for (index, text) in end.texts.iter().enumerate() {
                    let Some(slot) = known.texts.get_mut(index) else {
                        continue;
                    };
                    match slot {
                        _ if text.is_empty() => {}
                        None => {
                            *slot = Some(((*text).to_owned(), row.row));
                            set_site_text(&mut site, index, text);
                        }
                        Some((given, _)) if given == text => {}
                        Some((given, given_row)) => {
                            let column = SITE_TEXT
                                .iter()
                                .find(|columns| columns[0].starts_with(end.name_column))
                                .and_then(|columns| columns.get(index))
                                .copied()
                                .unwrap_or_default();
                            problems.push(row.problem(
                                column,
                                format!(
                                    "site `{}` has {} `{text}` here but `{given}` on row \
                                     {given_row}; one name is one site, so the two must agree",
                                    end.name,
                                    column.split_once('_').map_or(column, |(_, what)| what),
                                ),
                            ));
                            ok = false;
                        }
                    }
                }
                // The site exists (it was added when first named), so this cannot fail.
                let _ = self.map.replace_site(site);
                return ok.then_some(id);
            };
            problems.push(row.problem(
                &format!("{}_{column}", end.name_column),
                format!(
                    "site `{}` has {column} `{this}` here but `{that}` on row {}; \
                     one name is one site, so the two must agree",
                    end.name, known.row
                ),
            ));
            return None;
        }
        let id = self.fresh_site_id(&end.name);
        // Reserve the id at once so the next new name gets a different one.
        let mut site = Site::new(id.clone(), end.name.clone(), end.kind, end.jurisdiction);
        let mut texts: [Option<(String, u64)>; 8] = Default::default();
        for (index, text) in end.texts.iter().enumerate() {
            if !text.is_empty() {
                set_site_text(&mut site, index, text);
                if let Some(slot) = texts.get_mut(index) {
                    *slot = Some(((*text).to_owned(), row.row));
                }
            }
        }
        if self.map.add_site(site).is_err() {
            return None;
        }
        self.sites.insert(
            end.name.clone(),
            NamedSite {
                id: id.clone(),
                jurisdiction: end.jurisdiction,
                kind: end.kind,
                texts,
                row: row.row,
            },
        );
        Some(id)
    }

    /// The id [`Map::fresh_site_id`] would give (the first free one of `stem`, `stem-2`…),
    /// found without retrying the suffixes already used: ids are only added during an import,
    /// so a suffix taken once stays taken.
    fn fresh_site_id(&mut self, name: &str) -> SiteId {
        let stem = slug(name, "site");
        let mut counter = self.next_suffix.get(&stem).copied().unwrap_or(1);
        loop {
            let candidate = if counter == 1 {
                stem.clone()
            } else {
                format!("{stem}-{counter}")
            };
            if let Ok(id) = SiteId::new(candidate)
                && self.map.site(&id).is_none()
            {
                self.next_suffix.insert(stem, counter + 1);
                return id;
            }
            counter += 1;
        }
    }

    /// The flow id of the row, if valid and not used by an earlier row.
    fn flow_id(&mut self, row: &Row<'_>, problems: &mut Problems) -> Option<FlowId> {
        let flow_id = row
            .required("flow_id", problems)
            .and_then(|id| match FlowId::new(id) {
                Ok(id) => Some(id),
                Err(error) => {
                    problems.push(row.problem("flow_id", error.to_string()));
                    None
                }
            });
        // A repeated id is reported here, on its own row, and the row builds no flow: adding
        // it later would fail again and be reported against the first row.
        flow_id.filter(|id| {
            if let Some(first) = self.flow_rows.get(id) {
                problems.push(row.problem(
                    "flow_id",
                    format!(
                        "flow id `{id}` is already used on row {first}; flow ids must be unique"
                    ),
                ));
                false
            } else {
                self.flow_rows.insert(id.clone(), row.row);
                true
            }
        })
    }

    /// The sites at the two ends of the row's flow.
    fn ends(&mut self, row: &Row<'_>, problems: &mut Problems) -> [Option<SiteId>; 2] {
        [
            ("from", "from_jurisdiction", "from_kind", SITE_TEXT[0]),
            ("to", "to_jurisdiction", "to_kind", SITE_TEXT[1]),
        ]
        .map(|(name_column, jurisdiction_column, kind_column, texts)| {
            let name = row.required(name_column, problems);
            let jurisdiction = row
                .required(jurisdiction_column, problems)
                .and_then(|_| row.parsed::<Jurisdiction>(jurisdiction_column, problems))
                .flatten();
            let kind = row.parsed::<SiteKind>(kind_column, problems);
            let sector = texts
                .get(2)
                .and_then(|column| row.parsed::<Sector>(column, problems));
            let (Some(name), Some(jurisdiction), Some(kind), Some(_)) =
                (name, jurisdiction, kind, sector)
            else {
                return None;
            };
            let end = End {
                name_column,
                name,
                jurisdiction,
                kind: kind.unwrap_or_default(),
                texts: texts.map(|column| row.cell(column)),
            };
            self.site(row, &end, problems)
        })
    }

    /// Reads one row: its flow and the sites at its ends, or the problems of its cells.
    pub(super) fn read_row(&mut self, row: &Row<'_>, problems: &mut Problems) {
        let flow_id = self.flow_id(row, problems);
        let [from, to] = self.ends(row, problems);
        let data_classes = row.list::<DataClass>("data_classes", problems);
        let safeguards = row.list::<Safeguard>("safeguards", problems);
        let flags = row.list::<Flag>("flags", problems);
        let subjects = row.number::<u64>("subjects_per_year", problems);
        let sensitive = row.number::<u64>("sensitive_subjects_per_year", problems);
        let retention = row.number::<u32>("retention_days", problems);
        let basis = row.parsed::<LegalBasis>("legal_basis", problems);
        let role = row.parsed::<RecipientRole>("recipient_role", problems);
        let access = row.parsed::<Access>("access", problems);
        let references = row
            .references(problems)
            .and_then(|references| row.safeguard_dates(references, problems));
        let since = row.parsed::<Date>("since", problems);

        if let (Some(Some(sensitive)), Some(Some(total))) = (sensitive, subjects)
            && sensitive > total
        {
            problems.push(row.problem(
                "sensitive_subjects_per_year",
                format!("{sensitive} sensitive subjects is more than subjects_per_year ({total})"),
            ));
            return;
        }
        if let (Some(from), Some(to)) = (&from, &to)
            && from == to
        {
            problems.push(row.problem(
                "to",
                format!(
                    "the flow goes from `{}` to itself; a flow joins two different sites",
                    row.cell("from")
                ),
            ));
            return;
        }
        let (
            Some(id),
            Some(from),
            Some(to),
            Some(data_classes),
            Some(safeguards),
            Some(flags),
            Some(subjects),
            Some(sensitive),
            Some(retention),
            Some(basis),
            Some(role),
            Some(access),
            Some(references),
            Some(since),
        ) = (
            flow_id,
            from,
            to,
            data_classes,
            safeguards,
            flags,
            subjects,
            sensitive,
            retention,
            basis,
            role,
            access,
            references,
            since,
        )
        else {
            return;
        };
        let mut flow = Flow::new(id, from, to);
        flow.purpose = row.cell("purpose").to_owned();
        flow.data_classes = data_classes;
        flow.safeguards = safeguards;
        flow.flags = flags;
        flow.subjects_per_year = subjects;
        flow.sensitive_subjects_per_year = sensitive;
        flow.retention_days = retention;
        flow.legal_basis = basis.unwrap_or_default();
        flow.recipient_role = role;
        flow.access = access.unwrap_or_default();
        flow.subject_categories = row.cell("subject_categories").to_owned();
        flow.processing_method = row.cell("processing_method").to_owned();
        flow.channel = row.cell("channel").to_owned();
        flow.security_measures = row.cell("security_measures").to_owned();
        flow.onward_recipients = row.cell("onward_recipients").to_owned();
        flow.references = references;
        flow.since = since;
        self.flows.push(flow);
    }
}
