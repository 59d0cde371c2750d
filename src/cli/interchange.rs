//! `import` and `export` of other tools' formats (draw.io, Mermaid, DPV JSON-LD), and
//! `discover`, the queue of sites and flows proposed from a spreadsheet of apps.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::{
    Exit, cli_language, guard, load_for_export, out, path_arg, say, summary, write_export,
};
use crate::interchange::{self, Format, Guess, Imported};
use crate::io;
use crate::model::{Language, Map};
use crate::rules::Evaluated;

/// `borderflow import x.drawio|x.drawio.svg|x.mmd -o MAP`: the diagram as a map, every guess
/// listed on standard error.
pub(super) fn import(
    input: &Path,
    format: Format,
    output: &Path,
    force: bool,
) -> anyhow::Result<Exit> {
    guard::refuse_replacing(output, &["ron"], &[input.to_owned()], force)?;
    if Format::from_path(output).is_some() || io::is_inventory_path(output) {
        bail!(say(
            "interchange-output-not-map",
            &[("path", path_arg(output))]
        ));
    }
    let imported = read(input, format)?;
    io::save_map(output, &imported.map)?;
    tell_guesses(&imported.guesses);
    out::line(say(
        "cli-imported",
        &[
            ("path", path_arg(output)),
            ("summary", summary(&imported.map).into()),
            ("source", path_arg(input)),
        ],
    ))?;
    Ok(Exit::Success)
}

/// Reads a diagram file of `format` into a map.
pub(crate) fn read(input: &Path, format: Format) -> anyhow::Result<Imported> {
    interchange::open::read_path(input, format)
        .map_err(|error| anyhow::anyhow!(error.describe(cli_language())))
}

/// Lists the guesses on standard error, in the user's language.
fn tell_guesses(guesses: &[Guess]) {
    if guesses.is_empty() {
        return;
    }
    let language = cli_language();
    out::note(say(
        "interchange-guesses",
        &[("count", guesses.len().into())],
    ));
    for guess in guesses {
        out::note(format!("  - {}", guess.describe(language)));
    }
}

/// `borderflow export MAP -o x.drawio|x.drawio.svg|x.mmd|x.jsonld`.
pub(super) fn export(
    map: &Path,
    output: &Path,
    format: Format,
    (force, evaluation, lang): (bool, &super::args::EvaluationArgs, Option<Language>),
) -> anyhow::Result<Exit> {
    let (loaded, book, evaluation) =
        load_for_export(map, output, format.extension(), force, evaluation)?;
    let language = lang.unwrap_or(loaded.meta.language);
    let text = match format {
        Format::Drawio => interchange::drawio::mxfile(&loaded, &evaluation, language, false),
        Format::DrawioSvg => {
            let input = Evaluated::new(&loaded, &evaluation, &book).in_language(language);
            interchange::drawio::drawio_svg(&input, &crate::export::SvgOptions::default())
                .map_err(|error| anyhow::anyhow!("{error}"))
                .with_context(|| format!("{}: no diagram written", map.display()))?
        }
        Format::Mermaid => interchange::mermaid::write(&loaded, &evaluation, language),
        Format::DpvJsonLd => interchange::dpv::write(&loaded),
    };
    write_export(output, text.as_bytes(), &loaded)
}

/// `borderflow discover`'s arguments.
#[derive(Debug, clap::Args)]
pub struct DiscoverArgs {
    /// The spreadsheet of apps (`.xlsx` or `.csv`), or a queue `.json` written earlier.
    pub input: PathBuf,
    /// A column mapping (profile) to read the sheet with, instead of the one guessed from its
    /// headers.
    #[arg(long, value_name = "PROFILE")]
    pub mapping: Option<PathBuf>,
    /// Confirm the mapping guessed from the headers (printed on standard error) as it is.
    #[arg(long)]
    pub mapping_ok: bool,
    /// Save the mapping used as a profile file, to give to --mapping next time.
    #[arg(long, value_name = "PROFILE")]
    pub save_mapping: Option<PathBuf>,
    /// Write the review queue here (`.json`); without it and without --accept, it is printed.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Accept proposals into the map of -m: `all`, or ids such as `site:dingtalk,flow:hr-dingtalk`
    /// (a flow brings its proposed sites).
    #[arg(long, value_name = "IDS")]
    pub accept: Option<String>,
    /// Reject proposals by id.
    #[arg(long, value_name = "IDS")]
    pub reject: Option<String>,
    /// The map to add accepted proposals into (created when it does not exist).
    #[arg(short = 'm', long = "map", value_name = "MAP")]
    pub map: Option<PathBuf>,
    /// Write over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
}

/// `borderflow discover`: a spreadsheet of apps into a queue of proposals; accepted ones into
/// a map.
pub(super) fn discover(args: &DiscoverArgs) -> anyhow::Result<Exit> {
    use interchange::discover::{self, Mapping, Queue};
    let language = cli_language();
    let existing = match &args.map {
        Some(path) if path.exists() => io::load_map(path)?,
        _ => Map::new(crate::model::MapMeta {
            title: interchange::open::title_of(&args.input),
            ..crate::model::MapMeta::default()
        }),
    };
    let bytes = io::read_input(&args.input)?;
    let fail = |error: interchange::FormatError| {
        anyhow::anyhow!("{}: {}", args.input.display(), error.describe(language))
    };
    let extension = args
        .input
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (mut queue, confirmed) = if extension == "json" {
        let text = String::from_utf8_lossy(&bytes);
        (Queue::parse(&text).map_err(fail)?, true)
    } else {
        if !matches!(extension.as_str(), "xlsx" | "xlsm" | "csv") {
            bail!(say(
                "discover-input-kind",
                &[("path", path_arg(&args.input))]
            ));
        }
        let table = discover::read_table(&bytes, extension != "csv").map_err(fail)?;
        let mapping = match &args.mapping {
            Some(path) => {
                let text = String::from_utf8_lossy(&io::read_input(path)?).into_owned();
                Mapping::parse(&text).map_err(|error| {
                    anyhow::anyhow!("{}: {}", path.display(), error.describe(language))
                })?
            }
            None => Mapping::guess(&table.headers),
        };
        tell_mapping(&mapping, args.mapping.is_some());
        if let Some(path) = &args.save_mapping {
            write_json(path, &mapping.to_text(), args)?;
        }
        let source = args
            .input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let queue =
            discover::propose(&table, &mapping, &existing, &source, language).map_err(fail)?;
        (queue, args.mapping.is_some() || args.mapping_ok)
    };
    if let Some(ids) = &args.reject {
        discover::reject(&mut queue, ids)
            .map_err(|error| anyhow::anyhow!(error.describe(language)))?;
    }
    let proposed = queue
        .items
        .iter()
        .filter(|i| i.status == discover::Status::Proposed)
        .count();
    out::note(say(
        "discover-queue-summary",
        &[
            ("items", queue.items.len().into()),
            ("proposed", proposed.into()),
        ],
    ));
    if let Some(ids) = &args.accept {
        if !confirmed {
            bail!(say("discover-mapping-unconfirmed", &[]));
        }
        let Some(path) = &args.map else {
            bail!(say("discover-accept-needs-map", &[]));
        };
        guard::refuse_replacing(
            path,
            &["ron"],
            std::slice::from_ref(&args.input),
            args.force,
        )?;
        let mut map = existing;
        let added = discover::accept(&mut queue, ids, &mut map)
            .map_err(|error| anyhow::anyhow!(error.describe(language)))?;
        io::save_map(path, &map)?;
        out::line(say(
            "discover-accepted",
            &[
                ("count", added.into()),
                ("path", path_arg(path)),
                ("summary", summary(&map).into()),
            ],
        ))?;
    }
    match &args.output {
        Some(path) => {
            write_json(path, &queue.to_text(), args)?;
            out::line(say("cli-written", &[("path", path_arg(path))]))?;
        }
        None if args.accept.is_none() => out::text_only(queue.to_text())?,
        None => {}
    }
    Ok(Exit::Success)
}

/// Writes a profile or a queue, never over the input or a file of another kind.
fn write_json(path: &Path, text: &str, args: &DiscoverArgs) -> anyhow::Result<()> {
    guard::refuse_replacing(
        path,
        &["json"],
        std::slice::from_ref(&args.input),
        args.force,
    )?;
    io::write_atomic(path, text.as_bytes()).map_err(|error| {
        anyhow::anyhow!(say(
            "interchange-cannot-write",
            &[
                ("path", path_arg(path)),
                ("error", error.to_string().into())
            ]
        ))
    })
}

/// Prints the column mapping on standard error, to be confirmed.
fn tell_mapping(mapping: &interchange::discover::Mapping, given: bool) {
    out::note(say(
        if given {
            "discover-mapping-given"
        } else {
            "discover-mapping-guessed"
        },
        &[],
    ));
    for field in interchange::discover::Field::ALL {
        let line = match mapping.columns.get(&field) {
            Some(header) => say(
                "discover-mapping-line",
                &[
                    ("field", field.id().into()),
                    ("header", header.clone().into()),
                ],
            ),
            None => say("discover-mapping-none", &[("field", field.id().into())]),
        };
        out::note(format!("  {line}"));
    }
}
