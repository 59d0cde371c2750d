//! `borderflow portfolio DIR`: every map of a folder in one table, printed or written as HTML,
//! XLSX or PDF in the chosen language.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use unicode_width::UnicodeWidthStr;

use super::args::EvaluationArgs;
use super::{Exit, cli_language, guard, out, path_arg, say};
use crate::io;
use crate::io::format::{FileFormat, wrong_extension};
use crate::model::Language;
use crate::portfolio::{self, PortfolioFormat, SortKey};

/// The arguments of `borderflow portfolio`.
#[derive(Debug, Args)]
pub struct PortfolioArgs {
    /// The folder: every map (`.ron`) in it and in its subfolders.
    pub folder: PathBuf,
    /// Files to write (`.html`, `.xlsx`, `.pdf`); give `-o` once per file. Without it, the
    /// table is printed.
    #[arg(short, long)]
    pub output: Vec<PathBuf>,
    /// The column to sort by.
    #[arg(long, value_enum, default_value_t = SortKey::Path)]
    pub sort: SortKey,
    /// The language of the table: en, zh-Hant, pt or zh-Hans; default the command line's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Language>,
    /// How the maps are evaluated: the date and the rule packs.
    #[command(flatten)]
    pub evaluation: EvaluationArgs,
    /// Write over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
}

/// Runs `borderflow portfolio`.
pub(super) fn portfolio(args: &PortfolioArgs) -> anyhow::Result<Exit> {
    if !args.folder.is_dir() {
        bail!(say(
            "cli-portfolio-not-folder",
            &[("path", path_arg(&args.folder))]
        ));
    }
    let mut formats = Vec::new();
    for output in &args.output {
        let Some(format) = PortfolioFormat::from_path(output) else {
            bail!(wrong_extension::<PortfolioFormat>(cli_language(), output));
        };
        guard::refuse_replacing(
            output,
            &[format.extension()],
            &guard::inputs(&args.folder, args.evaluation.rules_folder()),
            args.force,
        )?;
        formats.push((output, format));
    }
    let language = args.lang.unwrap_or_else(cli_language);
    let book = args.evaluation.rulebook()?;
    let as_of = args.evaluation.date()?;
    let mut portfolio = portfolio::build(&args.folder, &book, as_of, language);
    if portfolio.rows.is_empty() {
        out::note(say(
            "cli-portfolio-empty",
            &[("path", path_arg(&args.folder))],
        ));
    }
    portfolio.sort(args.sort);
    if formats.is_empty() {
        out::text_only(text_table(&portfolio, language))?;
    }
    for (output, format) in formats {
        let bytes = portfolio::portfolio_bytes(&portfolio, format, language)
            .with_context(|| say("cli-portfolio-cannot-write", &[("path", path_arg(output))]))?;
        io::write_atomic(output, &bytes)
            .with_context(|| say("cli-portfolio-cannot-write", &[("path", path_arg(output))]))?;
        out::line(say(
            "cli-portfolio-done",
            &[
                ("path", path_arg(output)),
                ("maps", portfolio.rows.len().into()),
                ("unreadable", portfolio.unreadable().into()),
            ],
        ))?;
    }
    Ok(Exit::Success)
}

/// The table as aligned text: columns padded by their widest cell (a Chinese character takes
/// two cells), empty columns of the whole table left out.
fn text_table(portfolio: &portfolio::Portfolio, language: Language) -> String {
    let table = portfolio::to_table(portfolio, language);
    let mut lines: Vec<Vec<String>> = vec![table.columns.iter().map(|c| c.title.clone()).collect()];
    lines.extend(
        table
            .rows
            .iter()
            .map(|row| row.iter().map(crate::deliver::Cell::plain).collect()),
    );
    let columns = table.columns.len();
    let used: Vec<usize> = (0..columns)
        .filter(|&column| {
            table
                .rows
                .iter()
                .any(|row| row.get(column).is_some_and(|cell| !cell.plain().is_empty()))
        })
        .collect();
    let widths: Vec<usize> = used
        .iter()
        .map(|&column| {
            lines
                .iter()
                .filter_map(|line| line.get(column))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut text = String::new();
    for line in &lines {
        let mut out = String::new();
        for (&column, width) in used.iter().zip(&widths) {
            let cell = line.get(column).map_or("", String::as_str);
            out.push_str(cell);
            out.push_str(&" ".repeat(width.saturating_sub(cell.width()) + 2));
        }
        text.push_str(out.trim_end());
        text.push('\n');
    }
    text
}
