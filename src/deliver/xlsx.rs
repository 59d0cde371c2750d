//! The register as an XLSX workbook, written with `rust_xlsxwriter`: numbers as numbers, dates
//! as dates, the header row frozen with filters on, widths set, the inventory's id columns
//! hidden at the end of the transfers sheet, and a second sheet of findings.
//!
//! Every text goes in as a string cell, so nothing a label says can become a formula; characters
//! that XML forbids or that would hide or reorder text are dropped first. The document's
//! creation date is fixed and the zip is "made by" Unix on every system, so the same register
//! gives the same bytes on Linux, macOS and Windows.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet};

use super::register::{Cell, Table, TransferRegister};
use crate::text::is_hidden_or_forbidden;

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum XlsxError {
    /// The workbook library failed.
    #[error("the register workbook could not be written: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    /// The library's zip could not be read back to set its "made by" system.
    #[error("the register workbook could not be written: {0}")]
    Archive(#[from] crate::io::ArchiveError),
}

/// The longest text a cell holds (Excel's limit).
const MAX_CELL_CHARS: usize = 32_767;

/// The formats the sheets share.
struct Formats {
    header: Format,
    text: Format,
    number: Format,
    flow_number: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        let top = || Format::new().set_align(FormatAlign::Top);
        Self {
            header: top()
                .set_bold()
                .set_text_wrap()
                .set_background_color(0x00EE_F1F6),
            text: top().set_text_wrap(),
            number: top().set_num_format("#,##0"),
            flow_number: top().set_num_format("\"F\"0"),
            date: top().set_num_format("yyyy-mm-dd"),
        }
    }
}

/// The register as a workbook.
pub fn to_xlsx(register: &TransferRegister) -> Result<Vec<u8>, XlsxError> {
    tables_to_xlsx(
        &register.transfers.name,
        &[&register.transfers, &register.findings, &register.clocks],
    )
}

/// Tables as a workbook titled `title`, one sheet each, in order.
pub fn tables_to_xlsx(title: &str, tables: &[&Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation date: the register of a map is the same file whenever it is written.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(inert(title))
            .set_creation_datetime(&created),
    );
    let formats = Formats::new();
    for table in tables {
        let sheet = workbook.add_worksheet();
        write_table(sheet, table, &formats)?;
    }
    let mut bytes = workbook.save_to_buffer()?;
    // The library's zip says "made by" MS-DOS on Windows and Unix elsewhere: Unix everywhere,
    // so that a register written on Windows is the same file as on Linux.
    crate::io::made_by_unix(&mut bytes)?;
    Ok(bytes)
}

fn write_table(sheet: &mut Worksheet, table: &Table, formats: &Formats) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(&table.name))?;
    let last_column = u16::try_from(table.columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
    for (index, column) in table.columns.iter().enumerate() {
        let Ok(col) = u16::try_from(index) else {
            break;
        };
        sheet.write_string_with_format(0, col, inert(&column.title), &formats.header)?;
        sheet.set_column_width(col, column.width)?;
        if column.machine {
            sheet.set_column_hidden(col)?;
        }
    }
    for (index, row) in table.rows.iter().enumerate() {
        let Ok(row_number) = u32::try_from(index + 1) else {
            break;
        };
        for (column, cell) in row.iter().enumerate() {
            let Ok(col) = u16::try_from(column) else {
                break;
            };
            write_cell(sheet, row_number, col, cell, formats)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, last_column)?;
    Ok(())
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(text) => {
            sheet.write_string_with_format(row, col, inert(text), &formats.text)?;
        }
        // Counts stay far below 2^53, where f64 is exact.
        Cell::Number(number) => {
            sheet.write_number_with_format(row, col, *number as f64, &formats.number)?;
        }
        Cell::FlowNumber(number) => {
            sheet.write_number_with_format(row, col, *number as f64, &formats.flow_number)?;
        }
        Cell::Date(date) => {
            let day = ExcelDateTime::from_ymd(date.year(), date.month(), date.day())?;
            sheet.write_datetime_with_format(row, col, &day, &formats.date)?;
        }
    }
    Ok(())
}

/// `text` without the characters XML forbids or that hide or reorder text, at most as long as
/// a cell holds. Line breaks and tabs stay.
fn inert(text: &str) -> String {
    text.chars()
        .filter(|c| matches!(c, '\n' | '\t') || !is_hidden_or_forbidden(*c))
        .take(MAX_CELL_CHARS)
        .collect()
}

/// A valid sheet name: at most 31 characters, none of `[]:*?/\`, not starting or ending with
/// an apostrophe, never empty.
fn sheet_name(name: &str) -> String {
    let cleaned: String = inert(name)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\' | '\n' | '\t'))
        .take(31)
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    if cleaned.is_empty() {
        "Sheet".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_loses_only_what_xml_forbids_or_hides() {
        assert_eq!(inert("a\u{0}b\u{fffe}c\u{202e}d\ne"), "abcd\ne");
        assert_eq!(inert("]]><w:t>=1+1"), "]]><w:t>=1+1");
        assert_eq!(inert(&"x".repeat(40_000)).len(), MAX_CELL_CHARS);
        assert_eq!(
            sheet_name("a/b[c]: 'long name over thirty-one chars'"),
            "abc 'long name over thirty-one"
        );
        assert_eq!(sheet_name("''"), "Sheet");
    }
}
