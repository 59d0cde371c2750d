//! The flow inventory CSV (`domain/csv-inventory.md`): a spreadsheet of flows, one per row,
//! turned into a map. An import succeeds whole or reports every problem it found and builds
//! nothing.

mod encoding;
mod read;
mod references;
mod write;

use std::collections::BTreeMap;
use std::fmt;

use crate::layout;
use crate::model::{Map, MapMeta, nearest_ids};
use encoding::{decode, sniff_delimiter};
use read::{Builder, Row};
pub use write::{inventory_to_csv, neutralise_formula};

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

/// The optional columns of what the filings ask beyond the rules (format version 3 of the map):
/// a flow's data subjects, processing method, channel, security measures, onward recipients and
/// the references of its filings and contracts; and, for each end, the site's address, storage
/// place and contact; and (edition 2027-01) each end's operator and sector, the flow's start and
/// its safeguards' dates (`safeguard_dates` is read into the references, which the export
/// writes once, in `references`). An export writes
/// those of them that some flow fills.
pub const FILING_COLUMNS: [&str; 22] = [
    "subject_categories",
    "processing_method",
    "channel",
    "security_measures",
    "onward_recipients",
    "references",
    "from_operator",
    "from_sector",
    "to_operator",
    "to_sector",
    "since",
    "safeguard_dates",
    "from_address",
    "from_storage_location",
    "from_contact_name",
    "from_contact_title",
    "from_contact",
    "to_address",
    "to_storage_location",
    "to_contact_name",
    "to_contact_title",
    "to_contact",
];

/// The columns a file must have.
pub const REQUIRED_COLUMNS: [&str; 5] = [
    "flow_id",
    "from",
    "from_jurisdiction",
    "to",
    "to_jurisdiction",
];

/// Whether `bytes` look like a transfer register written as CSV (its header has the register's
/// "Open findings" column in one of the catalogue's languages) rather than a flow inventory: a
/// register holds the border-crossing flows only, so importing it cannot give back the map.
pub fn is_transfer_register(bytes: &[u8]) -> bool {
    let Ok(bytes) = decode(bytes) else {
        return false;
    };
    let header = bytes
        .split(|byte| *byte == b'\n')
        .next()
        .unwrap_or_default();
    let header = String::from_utf8_lossy(header);
    let titles: Vec<String> = crate::model::Language::ALL
        .iter()
        .map(|&language| crate::i18n::text(language, "register-col-open-findings").into_owned())
        .collect();
    header
        .trim_start_matches('\u{feff}')
        .split([',', ';', '\t'])
        .map(|cell| cell.trim().trim_matches('"'))
        .any(|cell| titles.iter().any(|title| title == cell))
}

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
            if let Some(known) = COLUMNS
                .iter()
                .chain(&FILING_COLUMNS)
                .find(|column| **column == name)
            {
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
                if let Some(close) =
                    near_miss(name).filter(|close| !present.contains(&close.as_str()))
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

/// The column a header name is a near miss of, if any. The filing columns count only by edit
/// distance, not as fragments: the transfer register's readable title "Recipient" is not a
/// misspelt `onward_recipients`.
fn near_miss(name: &str) -> Option<String> {
    if let Some(close) = nearest_ids(name, COLUMNS).into_iter().next() {
        return Some(close);
    }
    let wanted = name.trim().to_lowercase();
    let limit = (wanted.chars().count() / 3).max(2);
    FILING_COLUMNS
        .into_iter()
        .map(|column| (strsim::levenshtein(&wanted, column), column))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, column)| column.to_owned())
}

fn file_problem(message: String) -> Problem {
    Problem {
        row: Some(1),
        line: None,
        column: None,
        message,
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
    let delimiter = sniff_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            problems.push(csv_problem(&error, 1, delimiter));
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
    let mut builder = Builder::new(meta);
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
                let mut problem = csv_problem(&error, row_number, delimiter);
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
    let mut map = builder.finish(&mut problems);
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

/// A reader's error as a problem of `row`, told in terms of the file's own separator.
fn csv_problem(error: &csv::Error, row: u64, delimiter: u8) -> Problem {
    let line = error.position().map(csv::Position::line);
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            // A semicolon file also splits the lists of values (`a;b`) unless they are quoted.
            let key = match delimiter {
                b';' => "inventory-cells-semicolon",
                b'\t' => "inventory-cells-tab",
                _ => "inventory-cells-comma",
            };
            crate::i18n::text_with(
                crate::model::Language::English,
                key,
                &[("cells", (*len).into()), ("header", (*expected_len).into())],
            )
        }
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
