//! A spreadsheet of apps read as a header row and text rows: the first sheet of an `.xlsx`, or
//! a CSV (comma, semicolon or tab; UTF-8 with or without a byte-order mark).

use calamine::Reader as _;

use crate::interchange::FormatError;

/// The cells of a sheet as text, the header row apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The first row that is not empty.
    pub headers: Vec<String>,
    /// The rows under it, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Builds a table from rows of cells, the first non-empty one the header.
    pub fn from_rows(rows: impl IntoIterator<Item = Vec<String>>) -> Self {
        let mut rows = rows
            .into_iter()
            .filter(|row| row.iter().any(|cell| !cell.trim().is_empty()));
        let headers: Vec<String> = rows
            .next()
            .map(|row| row.into_iter().map(|cell| cell.trim().to_owned()).collect())
            .unwrap_or_default();
        let width = headers.len();
        let rows = rows
            .map(|mut row| {
                row.resize(width, String::new());
                row
            })
            .collect();
        Self { headers, rows }
    }
}

/// Reads a spreadsheet; `xlsx` says whether the bytes are a workbook rather than CSV.
pub fn read_table(bytes: &[u8], xlsx: bool) -> Result<Table, FormatError> {
    if xlsx {
        let cursor = std::io::Cursor::new(bytes);
        let mut workbook = calamine::Xlsx::new(cursor)
            .map_err(|error| FormatError::new("discover-error-xlsx", error.to_string()))?;
        let range = workbook
            .worksheet_range_at(0)
            .ok_or_else(|| FormatError::new("discover-error-xlsx", "no sheet"))?
            .map_err(|error| FormatError::new("discover-error-xlsx", error.to_string()))?;
        let rows = range
            .rows()
            .map(|row| row.iter().map(ToString::to_string).collect::<Vec<_>>());
        return Ok(Table::from_rows(rows));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|error| FormatError::new("interchange-error-not-utf8", error.to_string()))?;
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record =
            record.map_err(|error| FormatError::new("discover-error-csv", error.to_string()))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Table::from_rows(rows))
}
