//! `import` and `export` of other tools' formats (draw.io, Mermaid, DPV JSON-LD), and
//! `discover`, the queue of sites and flows proposed from a spreadsheet of apps.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::{Exit, as_of_or_today, cli_language, guard, out, path_arg, say, summary};
use crate::interchange::{self, Format, Guess, Imported};
use crate::io;
use crate::model::{Date, Language, Map};
use crate::rules::Rulebook;

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
    let bytes = io::read_limited(input, io::MAX_FILE_BYTES)
        .map_err(|error| anyhow::anyhow!("{}: {error}", input.display()))?;
    let title = title_of(input);
    let result = match format {
        Format::Drawio | Format::DrawioSvg => interchange::drawio::read(&bytes, &title),
        Format::Mermaid => interchange::mermaid::read(&bytes, &title),
        Format::DpvJsonLd => bail!(say(
            "interchange-dpv-write-only",
            &[("path", path_arg(input))]
        )),
    };
    result
        .map_err(|error| anyhow::anyhow!("{}: {}", input.display(), error.describe(cli_language())))
}

/// The file's name without its extensions ("flows" for `flows.drawio.svg`).
fn title_of(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lower = name.to_lowercase();
    for ending in [".drawio.svg", ".drawio", ".mmd", ".mermaid"] {
        if lower.ends_with(ending) {
            return name[..name.len() - ending.len()].to_owned();
        }
    }
    name
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
    (force, as_of, lang): (bool, Option<Date>, Option<Language>),
) -> anyhow::Result<Exit> {
    guard::refuse_replacing(
        output,
        &[format.extension()],
        &guard::inputs(map, None),
        force,
    )?;
    let loaded = io::load_map_or_inventory(map)?;
    let as_of = as_of_or_today(as_of)?;
    let evaluation = Rulebook::builtin()?.evaluate(&loaded, as_of);
    let language = lang.unwrap_or(loaded.meta.language);
    let text = match format {
        Format::Drawio => interchange::drawio::mxfile(&loaded, &evaluation, language, false),
        Format::DrawioSvg => {
            let options = crate::export::SvgOptions {
                date: as_of,
                page: None,
            };
            interchange::drawio::drawio_svg(&loaded, &evaluation, &options, language)
                .map_err(|error| anyhow::anyhow!("{error}"))
                .with_context(|| format!("{}: no diagram written", map.display()))?
        }
        Format::Mermaid => interchange::mermaid::write(&loaded, &evaluation, language),
        Format::DpvJsonLd => interchange::dpv::write(&loaded),
    };
    io::write_atomic(output, text.as_bytes())
        .with_context(|| format!("{}: cannot write the export", output.display()))?;
    out::line(say(
        "cli-exported",
        &[
            ("path", path_arg(output)),
            ("summary", summary(&loaded).into()),
        ],
    ))?;
    Ok(Exit::Success)
}

/// Keeps `Map` and `PathBuf` in use for the discovery commands below.
#[allow(dead_code)]
fn _types(_: &Map, _: &PathBuf) {}
