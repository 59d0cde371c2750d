//! The deliverables a DPO files and an auditor checks, beside the report: the transfer register
//! (XLSX or CSV) and the filing bundle that seals every output with its SHA-256.

mod bundle;
mod folder;
mod refusal;
pub mod register;
mod xlsx;

pub use bundle::{
    Bundle, BundleError, BundleFile, BundleInput, MANIFEST, annex_file_name, build_bundle,
};
pub use refusal::{FolderReason, FolderRefusal};
pub use register::{Cell, Column, Table, TransferRegister, build as build_register};
pub use xlsx::{XlsxError, tables_to_xlsx, to_xlsx};

use crate::io::format::{Facts, FileFormat};

/// The formats of the transfer register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegisterFormat {
    /// A workbook: typed cells, the header frozen, filters on, a second sheet of findings.
    Xlsx,
    /// The transfers as CSV in UTF-8 with a byte-order mark, readable by `borderflow import`.
    Csv,
}

impl FileFormat for RegisterFormat {
    const ALL: &'static [Self] = &[Self::Xlsx, Self::Csv];
    const SUFFIX: &'static str = "-transfers";
    const REFUSAL: &'static str = "format-refused-register";

    fn facts(self) -> Facts {
        let (extension, filter) = match self {
            Self::Xlsx => ("xlsx", "ui-filter-xlsx"),
            Self::Csv => ("csv", "ui-filter-csv"),
        };
        Facts {
            extension,
            aliases: &[],
            filter,
        }
    }
}

/// The register's bytes in `format`.
pub fn register_bytes(
    register: &TransferRegister,
    format: RegisterFormat,
) -> Result<Vec<u8>, XlsxError> {
    match format {
        RegisterFormat::Xlsx => to_xlsx(register),
        RegisterFormat::Csv => Ok(to_csv(&register.transfers)),
    }
}

/// A table as CSV: UTF-8 with a byte-order mark (so spreadsheets read Chinese right), RFC 4180
/// quoting, and every cell a spreadsheet would run as a formula given a leading `'`.
pub fn to_csv(table: &Table) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    let header = table.columns.iter().map(|column| neutralise(&column.title));
    // Writing to memory cannot fail; a failure would leave the row out, never half of it.
    let _ = writer.write_record(header);
    for row in &table.rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralise(&cell.plain())));
    }
    drop(writer);
    out
}

/// Text that a spreadsheet would run as a formula gets a leading `'`: the inventory's guard,
/// one function for every CSV the tool writes.
pub use crate::io::neutralise_formula as neutralise;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_prefixes_are_neutralised_and_the_file_starts_with_a_bom() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(hostile), format!("'{hostile}"));
        }
        assert_eq!(neutralise("plain - text"), "plain - text");
        let table = Table {
            name: "t".into(),
            columns: vec![Column {
                title: "=cmd".into(),
                width: 1.0,
                machine: false,
            }],
            rows: vec![
                vec![Cell::Text("=HYPERLINK(\"x\")".into())],
                vec![Cell::Number(7)],
            ],
        };
        let csv = to_csv(&table);
        assert!(csv.starts_with(b"\xEF\xBB\xBF'=cmd\r\n"));
        let text = String::from_utf8(csv).unwrap();
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{text}");
        assert!(text.ends_with("7\r\n"));
    }
}
