//! `borderflow register` and `borderflow bundle`: the transfer register and the filing bundle.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;

use super::args::EvaluationArgs;
use super::report::extension_of;
use super::{Exit, cli_language, guard, out, path_arg, say, summary};
use crate::deliver::{self, BundleInput, RegisterFormat};
use crate::io;
use crate::io::format::{BundleFormat, FileFormat, wrong_extension};
use crate::model::Language;
use crate::rules::Evaluated;

/// The arguments of `borderflow register`.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// The map `.ron` or inventory `.csv`.
    pub map: PathBuf,
    /// The file to write: `.xlsx` (a workbook with a sheet of findings) or `.csv` (which
    /// `borderflow import` reads back).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The register's language: en, zh-Hant, pt or zh-Hans; default the map's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Language>,
    /// How the map is evaluated: the date and the rule packs.
    #[command(flatten)]
    pub evaluation: EvaluationArgs,
    /// Write over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
}

/// The arguments of `borderflow bundle`.
#[derive(Debug, Args)]
pub struct BundleArgs {
    /// The map `.ron` or inventory `.csv`.
    pub map: PathBuf,
    /// A folder to write the files into (an empty one, or this map's earlier bundle, which is
    /// replaced), or a `.zip` to write them as one file.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The language of the report, diagram and register; default the map's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Language>,
    /// How the map is evaluated: the date and the rule packs.
    #[command(flatten)]
    pub evaluation: EvaluationArgs,
    /// Write the zip over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
}

/// `borderflow register`: one row per border-crossing flow, as XLSX or CSV.
pub fn register(args: &RegisterArgs) -> anyhow::Result<Exit> {
    let Some(format) = RegisterFormat::from_path(&args.output) else {
        bail!(wrong_extension::<RegisterFormat>(
            super::cli_language(),
            &args.output
        ));
    };
    guard::refuse_replacing(
        &args.output,
        &[&extension_of(&args.output)],
        &guard::inputs(&args.map, args.evaluation.rules_folder()),
        args.force,
    )?;
    let loaded = args.evaluation.load(&args.map)?;
    let as_of = args.evaluation.date()?;
    let book = args.evaluation.rulebook()?;
    let evaluation = book.evaluate(&loaded, as_of);
    let language = args.lang.unwrap_or(loaded.meta.language);
    let register =
        deliver::build_register(&Evaluated::new(&loaded, &evaluation, &book).in_language(language));
    let bytes = deliver::register_bytes(&register, format)
        .with_context(|| format!("{}: cannot write the register", args.output.display()))?;
    io::write_atomic(&args.output, &bytes)
        .with_context(|| format!("{}: cannot write the register", args.output.display()))?;
    out::line(super::say(
        "cli-register-done",
        &[
            ("path", super::path_arg(&args.output)),
            ("summary", summary(&loaded).into()),
            ("rows", register.transfers.rows.len().into()),
            ("language", language.id().into()),
        ],
    ))?;
    if format == RegisterFormat::Csv {
        out::note(super::say("cli-register-csv-holds", &[]));
    }
    Ok(Exit::Success)
}

/// `borderflow bundle`: the filing bundle as a folder or a zip, with its manifest.
pub fn bundle(args: &BundleArgs) -> anyhow::Result<Exit> {
    let output = &args.output;
    let as_zip = BundleFormat::from_path(output).is_some();
    if !as_zip && output.is_file() {
        bail!(say("cli-bundle-is-file", &[("path", path_arg(output))]));
    }
    let inputs = guard::inputs(&args.map, args.evaluation.rules_folder());
    if as_zip {
        guard::refuse_replacing(output, &BundleFormat::extensions(), &inputs, args.force)?;
    } else {
        refuse_folder_holding_input(&inputs, output)?;
    }
    let map_bytes = io::read_limited(&args.map, io::MAX_FILE_BYTES).map_err(|error| {
        anyhow::anyhow!(say(
            "cli-map-unreadable",
            &[
                ("path", path_arg(&args.map)),
                ("reason", error.to_string().into())
            ]
        ))
    })?;
    let loaded = args.evaluation.load(&args.map)?;
    let as_of = args.evaluation.date()?;
    let book = args.evaluation.rulebook()?;
    let language = args.lang.unwrap_or(loaded.meta.language);
    super::refuse_undrawable_text(&loaded, language)?;
    let name = args
        .map
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bundle = deliver::build_bundle(&BundleInput {
        map: &loaded,
        map_file: (&name, &map_bytes),
        rulebook: &book,
        language,
        as_of,
    })?;
    if as_zip {
        let bytes = bundle.to_zip()?;
        io::write_atomic(output, &bytes)
            .with_context(|| format!("{}: cannot write the bundle", output.display()))?;
    } else {
        bundle
            .write_to_folder(output)
            .map_err(|error| match error {
                deliver::BundleError::Folder(refusal) => {
                    anyhow::anyhow!(refusal.message(cli_language()))
                }
                other => other.into(),
            })?;
    }
    for file in &bundle.files {
        out::line(format_args!("{}: {}", output.display(), file.name))?;
    }
    out::line(super::say(
        "cli-bundle-done",
        &[
            ("summary", summary(&loaded).into()),
            ("language", language.id().into()),
            ("date", as_of.to_string().into()),
        ],
    ))?;
    Ok(Exit::Success)
}

/// A folder bundle written where the map itself lies would replace it when the names agree.
fn refuse_folder_holding_input(inputs: &[PathBuf], output: &Path) -> anyhow::Result<()> {
    let Some(map) = inputs.first() else {
        return Ok(());
    };
    if let Some(name) = map.file_name()
        && io::same_file(map, &output.join(name))
    {
        bail!(say("cli-bundle-over-map", &[("path", path_arg(output))]));
    }
    Ok(())
}
