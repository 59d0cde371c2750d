//! `borderflow report`: the DPIA report, or one of its filing annexes alone.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;

use super::args::EvaluationArgs;
use super::{Exit, guard, out, path_arg, say, summary};
use crate::io;
use crate::io::format::{FileFormat, wrong_extension};
use crate::model::Language;
use crate::report::{Annex, ReportFormat};
use crate::rules::Evaluated;

/// The arguments of `borderflow report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The map `.ron` or inventory `.csv`.
    pub map: PathBuf,
    /// The file to write; its extension (.pdf, .docx, .html or .md) picks the format. Markdown
    /// also writes the diagram as `NAME-diagram.svg` beside it.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The report's language: en, zh-Hant, pt or zh-Hans; default the map's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Language>,
    /// How the map is evaluated: the date and the rule packs.
    #[command(flatten)]
    pub evaluation: EvaluationArgs,
    /// Write only this filing annex, pre-filled from the map: notification, authorisation,
    /// gba-contract, cac-contract or pipia.
    #[arg(long, value_name = "NAME")]
    pub annex: Option<Annex>,
    /// Write over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
}

/// `borderflow report`: the DPIA report, or one annex, as PDF, Word, HTML or Markdown.
pub fn report(args: &ReportArgs) -> anyhow::Result<Exit> {
    let map = &args.map;
    let output = &args.output;
    let Some(format) = ReportFormat::from_path(output) else {
        bail!(wrong_extension::<ReportFormat>(
            super::cli_language(),
            output
        ));
    };
    let inputs = guard::inputs(map, args.evaluation.rules_folder());
    guard::refuse_replacing(output, &[&extension_of(output)], &inputs, args.force)?;
    let loaded = args.evaluation.load(map)?;
    let as_of = args.evaluation.date()?;
    let book = args.evaluation.rulebook()?;
    let evaluation = book.evaluate(&loaded, as_of);
    let language = args.lang.unwrap_or(loaded.meta.language);
    if matches!(format, ReportFormat::Pdf | ReportFormat::Docx) {
        super::refuse_undrawable_text(&loaded, language)?;
    }
    let input = Evaluated::new(&loaded, &evaluation, &book).in_language(language);
    let report = match args.annex {
        Some(annex) => crate::report::build_annex(&input, annex),
        None => crate::report::build(&input),
    };
    let files = crate::report::report_files(&report, output, format)?;
    // Every file is checked before the first is written: a refusal leaves nothing half-made.
    for (path, _) in &files {
        guard::refuse_replacing(path, &[&extension_of(path)], &inputs, args.force)?;
    }
    for (path, bytes) in &files {
        io::write_atomic(path, bytes)
            .with_context(|| format!("{}: cannot write the report", path.display()))?;
        out::line(say("cli-written", &[("path", path_arg(path))]))?;
    }
    out::line(say(
        "cli-report-done",
        &[
            ("summary", summary(&loaded).into()),
            ("language", language.id().into()),
        ],
    ))?;
    Ok(Exit::Success)
}

/// The extension of `path`, lower case, without the dot: the kind of file a command that picks
/// its format by the name writes there.
pub(super) fn extension_of(path: &Path) -> String {
    path.extension()
        .map(|extension| extension.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}
