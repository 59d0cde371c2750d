//! The flow inventory CSV (`domain/csv-inventory.md`): a spreadsheet of flows, one per row,
//! turned into a map. An import succeeds whole or reports every problem it found and builds
//! nothing.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use crate::layout;
use crate::model::{
    Access, DataClass, Flag, Flow, FlowId, Jurisdiction, LegalBasis, Map, MapMeta, RecipientRole,
    Safeguard, Site, SiteId, SiteKind, nearest_ids, slug,
};

/// Every column of the inventory, in the order of the specification.
pub const COLUMNS: [&str; 19] = [
    "flow_id",
    "from",
    "from_jurisdiction",
    "from_kind",
    "to",
    "to_jurisdiction",
    "to_kind",
    "purpose",
    "data_classes",
    "subjects_per_year",
    "sensitive_subjects_per_year",
    "legal_basis",
    "recipient_role",
    "safeguards",
    "flags",
    "retention_days",
    "access",
    "from_entity",
    "to_entity",
];

/// The columns a file must have.
pub const REQUIRED_COLUMNS: [&str; 5] = [
    "flow_id",
    "from",
    "from_jurisdiction",
    "to",
    "to_jurisdiction",
];

/// After this many problems an import stops looking for more.
const MAX_PROBLEMS: usize = 50;

/// One thing wrong with an inventory, placed by row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The spreadsheet row: the header is row 1, the first flow row 2. `None` for the file.
    pub row: Option<u64>,
    /// The text line the row starts on, when it differs from the row (quoted line breaks).
    pub line: Option<u64>,
    /// The column's header name, when the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut place = Vec::new();
        if let Some(row) = self.row {
            match self.line {
                Some(line) if line != row => place.push(format!("row {row} (line {line})")),
                _ => place.push(format!("row {row}")),
            }
        }
        if let Some(column) = &self.column {
            place.push(format!("column `{column}`"));
        }
        if place.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", place.join(", "), self.message)
        }
    }
}

/// Why an inventory could not be imported: every problem found, in file order.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct InventoryError {
    /// The problems, at most [`MAX_PROBLEMS`].
    pub problems: Vec<Problem>,
    /// More problems were left unreported.
    pub truncated: bool,
}

impl fmt::Display for InventoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.problems.iter().map(Problem::to_string).collect();
        f.write_str(&lines.join("\n"))?;
        if self.truncated {
            write!(f, "\n(stopped after {MAX_PROBLEMS} problems)")?;
        }
        Ok(())
    }
}

/// Collects problems, up to the limit.
#[derive(Default)]
struct Problems {
    list: Vec<Problem>,
    truncated: bool,
}

impl Problems {
    fn push(&mut self, problem: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.truncated = true;
        }
    }

    fn full(&self) -> bool {
        self.truncated
    }

    fn into_result<T>(self, value: T) -> Result<T, InventoryError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(InventoryError {
                problems: self.list,
                truncated: self.truncated,
            })
        }
    }
}

/// Where the columns are in this file.
struct Columns {
    index: BTreeMap<&'static str, usize>,
}

impl Columns {
    fn read(headers: &csv::StringRecord, problems: &mut Problems) -> Self {
        let present: Vec<&str> = headers.iter().map(str::trim).collect();
        let mut index = BTreeMap::new();
        for (position, name) in present.iter().copied().enumerate() {
            if let Some(known) = COLUMNS.iter().find(|column| **column == name) {
                if index.insert(*known, position).is_some() {
                    problems.push(file_problem(format!(
                        "column `{name}` appears twice in the header"
                    )));
                }
            } else {
                // Extra columns (comments, owners) are common in real spreadsheets and ignored;
                // a near miss of a real column would silently lose data, so it is an error,
                // unless the real column is there too and nothing is lost (the transfer
                // register's readable titles, such as "Purpose", beside its `purpose` column).
                let nearest = nearest_ids(name, COLUMNS);
                if let Some(close) = nearest
                    .first()
                    .filter(|close| !present.contains(&close.as_str()))
                {
                    problems.push(file_problem(format!(
                        "unknown column `{name}` in the header; did you mean `{close}`?"
                    )));
                }
            }
        }
        for required in REQUIRED_COLUMNS {
            if !index.contains_key(required) {
                problems.push(file_problem(format!(
                    "the header has no `{required}` column; required columns are {}",
                    REQUIRED_COLUMNS.join(", ")
                )));
            }
        }
        Self { index }
    }
}

fn file_problem(message: String) -> Problem {
    Problem {
        row: Some(1),
        line: None,
        column: None,
        message,
    }
}

/// One row being read, with the place to report problems.
struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a Columns,
    row: u64,
    line: u64,
}

impl Row<'_> {
    fn cell(&self, column: &'static str) -> &str {
        self.columns
            .index
            .get(column)
            .and_then(|position| self.record.get(*position))
            .map_or("", str::trim)
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
}

/// A site as the inventory names it, with the row that first described it.
struct NamedSite {
    id: SiteId,
    jurisdiction: Jurisdiction,
    kind: SiteKind,
    /// The legal entity named for the site, empty until a row names one.
    entity: String,
    /// The row that named the entity.
    entity_row: u64,
    row: u64,
}

/// Builds the sites and flows as rows are read; sites are merged by name.
#[derive(Default)]
struct Builder {
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

impl Builder {
    /// The id of the site with this name, adding it if new; a problem if the name is already
    /// used with another jurisdiction or kind, or with another entity (an empty entity cell
    /// names none, so it agrees with any).
    #[allow(clippy::too_many_arguments)] // One argument per column of the site's end.
    fn site(
        &mut self,
        row: &Row<'_>,
        end: &str,
        name: &str,
        jurisdiction: Jurisdiction,
        kind: SiteKind,
        entity: &str,
        problems: &mut Problems,
    ) -> Option<SiteId> {
        if let Some(known) = self.sites.get_mut(name)
            && !entity.is_empty()
            && known.jurisdiction == jurisdiction
            && known.kind == kind
        {
            if known.entity.is_empty() {
                known.entity = entity.to_owned();
                known.entity_row = row.row;
                let id = known.id.clone();
                if let Some(site) = self.map.site(&id) {
                    let mut site = site.clone();
                    site.entity = entity.to_owned();
                    // The site exists (it was added when first named), so this cannot fail.
                    let _ = self.map.replace_site(site);
                }
            } else if known.entity != entity {
                problems.push(row.problem(
                    &format!("{end}_entity"),
                    format!(
                        "site `{name}` has entity `{entity}` here but `{}` on row {}; \
                             one name is one site, so the two must agree",
                        known.entity, known.entity_row
                    ),
                ));
                return None;
            }
        }
        if let Some(known) = self.sites.get(name) {
            let (column, this, that) = if known.jurisdiction != jurisdiction {
                (
                    "jurisdiction",
                    jurisdiction.to_string(),
                    known.jurisdiction.to_string(),
                )
            } else if known.kind != kind {
                ("kind", kind.to_string(), known.kind.to_string())
            } else {
                return Some(known.id.clone());
            };
            problems.push(row.problem(
                &format!("{end}_{column}"),
                format!(
                    "site `{name}` has {column} `{this}` here but `{that}` on row {}; \
                     one name is one site, so the two must agree",
                    known.row
                ),
            ));
            return None;
        }
        let id = self.fresh_site_id(name);
        // Reserve the id at once so the next new name gets a different one.
        let mut site = Site::new(id.clone(), name, kind, jurisdiction);
        site.entity = entity.to_owned();
        if self.map.add_site(site).is_err() {
            return None;
        }
        self.sites.insert(
            name.to_owned(),
            NamedSite {
                id: id.clone(),
                jurisdiction,
                kind,
                entity: entity.to_owned(),
                entity_row: row.row,
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

    fn read_row(&mut self, row: &Row<'_>, problems: &mut Problems) {
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
        let flow_id = flow_id.filter(|id| {
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
        });
        let ends = [
            ("from", "from_jurisdiction", "from_kind", "from_entity"),
            ("to", "to_jurisdiction", "to_kind", "to_entity"),
        ]
        .map(
            |(name_column, jurisdiction_column, kind_column, entity_column)| {
                let name = row.required(name_column, problems);
                let jurisdiction = row
                    .required(jurisdiction_column, problems)
                    .and_then(|_| row.parsed::<Jurisdiction>(jurisdiction_column, problems))
                    .flatten();
                let kind = row.parsed::<SiteKind>(kind_column, problems);
                match (name, jurisdiction, kind) {
                    (Some(name), Some(jurisdiction), Some(kind)) => self.site(
                        row,
                        name_column,
                        &name,
                        jurisdiction,
                        kind.unwrap_or_default(),
                        row.cell(entity_column),
                        problems,
                    ),
                    _ => None,
                }
            },
        );
        let [from, to] = ends;
        let data_classes = row.list::<DataClass>("data_classes", problems);
        let safeguards = row.list::<Safeguard>("safeguards", problems);
        let flags = row.list::<Flag>("flags", problems);
        let subjects = row.number::<u64>("subjects_per_year", problems);
        let sensitive = row.number::<u64>("sensitive_subjects_per_year", problems);
        let retention = row.number::<u32>("retention_days", problems);
        let basis = row.parsed::<LegalBasis>("legal_basis", problems);
        let role = row.parsed::<RecipientRole>("recipient_role", problems);
        let access = row.parsed::<Access>("access", problems);

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
        self.flows.push(flow);
    }
}

/// The text of an inventory as UTF-8: a UTF-8 byte-order mark is dropped, and UTF-16 (what
/// Excel writes as "Unicode text") is decoded, with or without its byte-order mark.
fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, Problem> {
    use std::borrow::Cow;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(Cow::Borrowed(rest));
    }
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => Some((true, 2)),
        [0xFE, 0xFF, ..] => Some((false, 2)),
        // Without a mark: ASCII header names have a zero byte beside every letter.
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => Some((true, 0)),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some((false, 0)),
        _ => None,
    };
    let Some((little_endian, skip)) = little_endian else {
        return Ok(Cow::Borrowed(bytes));
    };
    let units = bytes.get(skip..).unwrap_or_default().chunks(2).map(|pair| {
        let (first, second) = match pair {
            [first, second] => (*first, *second),
            [first] => (*first, 0),
            _ => (0, 0),
        };
        if little_endian {
            u16::from_le_bytes([first, second])
        } else {
            u16::from_be_bytes([first, second])
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, decoded) in char::decode_utf16(units).enumerate() {
        match decoded {
            Ok(c) => text.push(c),
            Err(_) => {
                let line = text.matches('\n').count() + 1;
                return Err(Problem {
                    row: None,
                    line: None,
                    column: None,
                    message: format!(
                        "the file is UTF-16 text with a broken character at line {line} \
                         (unit {index}); save the spreadsheet again as CSV UTF-8"
                    ),
                });
            }
        }
    }
    Ok(Cow::Owned(text.into_bytes()))
}

/// The separator of the file, from its header line: commas, or the semicolons or tabs that
/// spreadsheets in many European locales (Portuguese among them) write.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in header {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [commas, semicolons, tabs] = counts;
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Parses an inventory's bytes into a new map, its sites placed in their jurisdictions' lanes.
pub fn parse_inventory(bytes: &[u8], meta: MapMeta) -> Result<Map, InventoryError> {
    let mut problems = Problems::default();
    let bytes = match decode(bytes) {
        Ok(bytes) => bytes,
        Err(problem) => {
            problems.push(problem);
            return problems.into_result(Map::default());
        }
    };
    let bytes: &[u8] = &bytes;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            problems.push(csv_problem(&error, 1));
            return problems.into_result(Map::default());
        }
    };
    if headers.iter().all(|header| header.trim().is_empty()) {
        problems.push(file_problem(format!(
            "the file has no header row; the first row must name the columns, e.g. {}",
            REQUIRED_COLUMNS.join(",")
        )));
        return problems.into_result(Map::default());
    }
    let columns = Columns::read(&headers, &mut problems);
    if !problems.list.is_empty() {
        // With the header wrong, every row would repeat the same complaint.
        return problems.into_result(Map::default());
    }
    let mut builder = Builder {
        map: Map::new(meta),
        ..Builder::default()
    };
    let mut record = csv::StringRecord::new();
    let mut row_number: u64 = 1;
    loop {
        if problems.full() {
            break;
        }
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                row_number += 1;
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                let line = record.position().map_or(row_number, csv::Position::line);
                let row = Row {
                    record: &record,
                    columns: &columns,
                    row: row_number,
                    line,
                };
                builder.read_row(&row, &mut problems);
            }
            Err(error) => {
                row_number += 1;
                let mut problem = csv_problem(&error, row_number);
                if matches!(error.kind(), csv::ErrorKind::Utf8 { .. }) {
                    problem.message = format!(
                        "this row is not UTF-8 text; the file looks like {}. Save the \
                         spreadsheet as \"CSV UTF-8\" and import it again",
                        legacy_encoding_guess(bytes)
                    );
                }
                problems.push(problem);
                // A malformed row does not stop the reader; a broken stream does.
                if !matches!(
                    error.kind(),
                    csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                ) {
                    break;
                }
            }
        }
    }
    if builder.flows.is_empty() && problems.list.is_empty() {
        problems.push(file_problem(
            "the inventory has no flow rows below its header".into(),
        ));
    }
    let mut map = builder.map;
    for flow in builder.flows {
        let id = flow.id.clone();
        if let Err(error) = map.add_flow(flow) {
            problems.push(Problem {
                row: builder.flow_rows.get(&id).copied(),
                line: None,
                column: None,
                message: error.to_string(),
            });
        }
    }
    layout::apply_auto_layout(&mut map);
    problems.into_result(map)
}

/// What a file that is not UTF-8 most likely is, in words for the message. Chinese double-byte
/// text (Big5 in Macau and Hong Kong, GBK on the Mainland) mostly comes as runs of high bytes;
/// Western European text (Windows-1252) has single accented letters between plain ones.
fn legacy_encoding_guess(bytes: &[u8]) -> &'static str {
    let (mut pairs, mut singles) = (0usize, 0usize);
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte >= 0x80 {
            if byte >= 0x81 && bytes.get(index + 1).is_some_and(|next| *next >= 0x80) {
                pairs += 1;
                index += 2;
                continue;
            }
            singles += 1;
        }
        index += 1;
    }
    if pairs > singles {
        "Chinese text in Big5 or GBK"
    } else {
        "Western European text in Windows-1252 or Latin-1"
    }
}

fn csv_problem(error: &csv::Error, row: u64) -> Problem {
    let line = error.position().map(csv::Position::line);
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "this row has {len} cells but the header has {expected_len}; \
             check for a missing or extra comma, or an unclosed quote"
        ),
        csv::ErrorKind::Utf8 { .. } => {
            "this row is not UTF-8 text; save the spreadsheet as CSV UTF-8".to_owned()
        }
        _ => format!("the file cannot be read as CSV: {error}"),
    };
    Problem {
        row: Some(row),
        line,
        column: None,
        message,
    }
}

/// Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return first) gets a leading `'`, so opening an exported inventory never executes anything.
fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn join_ids<T: std::fmt::Display>(values: impl IntoIterator<Item = T>) -> String {
    values
        .into_iter()
        .map(|value| value.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// Writes a map's flows as an inventory CSV with every column, one row per flow by id.
pub fn inventory_to_csv(map: &Map) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    let number = |value: Option<u64>| value.map(|n| n.to_string()).unwrap_or_default();
    for view in map.flows() {
        let flow = view.flow;
        writer.write_record([
            flow.id.to_string(),
            neutralise_formula(&view.source.name),
            view.source.jurisdiction.to_string(),
            view.source.kind.to_string(),
            neutralise_formula(&view.target.name),
            view.target.jurisdiction.to_string(),
            view.target.kind.to_string(),
            neutralise_formula(&flow.purpose),
            join_ids(&flow.data_classes),
            number(flow.subjects_per_year),
            number(flow.sensitive_subjects_per_year),
            flow.legal_basis.to_string(),
            flow.recipient_role
                .map(|role| role.to_string())
                .unwrap_or_default(),
            join_ids(&flow.safeguards),
            join_ids(&flow.flags),
            number(flow.retention_days.map(u64::from)),
            flow.access.to_string(),
            neutralise_formula(&view.source.entity),
            neutralise_formula(&view.target.entity),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
