//! The command line: the editor by default; `validate`, `import`, `check`, `export`, `report`,
//! `register` and `bundle`.

mod check;
mod deliver;
mod diff;
mod guard;
mod out;
mod report;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

mod table;

use crate::i18n::Arg;
use crate::io;
use crate::model::{Date, Language, Map, Severity};
use crate::rules::Rulebook;
use table::check_table;

/// Map where personal data goes, what the law asks of each flow, and the DPIA that proves it.
#[derive(Debug, Parser)]
#[command(
    name = "borderflow",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; with none, open the editor.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A map (`.ron`) or inventory (`.csv`) to open in the editor.
    pub map: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a map (or an inventory CSV) loads; exit 0 if it does, else print the error.
    Validate {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
    },
    /// Turn a flow inventory CSV into a map, its sites placed by jurisdiction.
    Import {
        /// The inventory `.csv`.
        inventory: PathBuf,
        /// The map `.ron` to write (an existing file is kept as `NAME.bak`).
        #[arg(short, long)]
        output: PathBuf,
        /// Write over an existing file of another kind than a map.
        #[arg(long)]
        force: bool,
    },
    /// Export the diagram of a map as SVG, PNG or PDF (one page with title block and legend).
    Export {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
        /// The file to write; its extension (.svg, .png or .pdf) picks the format.
        #[arg(short, long)]
        output: PathBuf,
        /// The size, from 0.1 to 12 (1 = 96 dots per inch): a PNG's resolution (default 2, 192
        /// dots per inch), an SVG's or PDF's page size (default 1, the page as drawn; 2 makes
        /// every length twice as long). A PNG over 130 megapixels is refused.
        #[arg(long)]
        scale: Option<f32>,
        /// Write over an existing file of another kind.
        #[arg(long)]
        force: bool,
        /// The date printed on the diagram and the rules in force (YYYY-MM-DD); default today
        /// in Macau.
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
        /// The diagram's language: en, zh-Hant or pt; default the map's.
        #[arg(long, value_name = "LANG")]
        lang: Option<Language>,
    },
    /// Write the DPIA report of a map (or one of its filing annexes) as PDF, Word, HTML or
    /// Markdown.
    Report(report::ReportArgs),
    /// Write the transfer register: one row per border-crossing flow, as XLSX or CSV.
    Register(deliver::RegisterArgs),
    /// Write the filing bundle (report, diagram, register, map, SHA-256 manifest).
    Bundle(deliver::BundleArgs),
    /// Write a synthetic map (every jurisdiction, kind, class, safeguard and flag), laid out.
    Gen {
        /// How many sites.
        #[arg(long)]
        sites: usize,
        /// How many flows (needs at least two sites).
        #[arg(long)]
        flows: usize,
        /// The seed: the same seed gives the same map.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// The map `.ron` to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Write over an existing file of another kind than a map.
        #[arg(long)]
        force: bool,
    },
    /// What changed between two versions of a map, by meaning, and whether to sign again.
    Diff(diff::DiffArgs),
    /// Three-way merge of two maps that grew from one, by id (a git merge driver).
    Merge(diff::MergeArgs),
    /// Evaluate the rulebook on a map or inventory and list the findings.
    Check {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
        /// Print JSON (findings and totals) instead of a table.
        #[arg(long)]
        json: bool,
        /// Evaluate with the rules in force on this day (YYYY-MM-DD); default today in Macau
        /// (UTC+8).
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
        /// Exit with code 2 when a finding at or above this severity exists.
        #[arg(long, value_name = "SEVERITY")]
        fail_on: Option<FailOn>,
        /// A folder of extra rule packs (`*.ron`); a pack with a built-in pack's id replaces it.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
    },
}

/// Severity thresholds for `--fail-on` (severity 1 is informational and never fails).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Severity 2 or more.
    Low,
    /// Severity 3 or more.
    Medium,
    /// Severity 4 or more.
    High,
    /// Severity 5.
    Critical,
}

impl FailOn {
    /// The lowest severity that fails.
    pub fn min_severity(self) -> Severity {
        match self {
            FailOn::Low => Severity::Low,
            FailOn::Medium => Severity::Medium,
            FailOn::High => Severity::High,
            FailOn::Critical => Severity::Critical,
        }
    }
}

/// How a successful run ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Exit code 0.
    Success,
    /// Exit code 2: `check --fail-on` found a finding at or above the threshold.
    FindingsAtOrAbove,
    /// Exit code 1: `merge` wrote the merged map with conflicts listed in it.
    Conflicts,
}

/// Runs the command line; the error is for the binary to print before exiting with 1.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command {
        Some(Command::Validate { map }) => validate(&map),
        Some(Command::Import {
            inventory,
            output,
            force,
        }) => import(&inventory, &output, force),
        Some(Command::Diff(args)) => diff::diff(&args),
        Some(Command::Merge(args)) => diff::merge(&args),
        Some(Command::Check {
            map,
            json,
            as_of,
            fail_on,
            rules,
        }) => check(&map, json, as_of, fail_on, rules.as_deref()),
        Some(Command::Export {
            map,
            output,
            scale,
            force,
            as_of,
            lang,
        }) => export(&map, &output, (scale, force), as_of, lang),
        Some(Command::Report(args)) => report::report(&args),
        Some(Command::Register(args)) => deliver::register(&args),
        Some(Command::Bundle(args)) => deliver::bundle(&args),
        Some(Command::Gen {
            sites,
            flows,
            seed,
            output,
            force,
        }) => generate(sites, flows, seed, &output, force),
        None => editor(cli.map),
    }
}

/// `borderflow validate`: load, and say what was loaded.
fn validate(map: &Path) -> anyhow::Result<Exit> {
    let loaded = io::load_map_or_inventory(map)?;
    out::line(say(
        "cli-validate-ok",
        &[
            ("path", path_arg(map)),
            ("summary", summary(&loaded).into()),
        ],
    ))?;
    Ok(Exit::Success)
}

/// `borderflow import`: an inventory CSV saved as a laid-out map.
fn import(inventory: &Path, output: &Path, force: bool) -> anyhow::Result<Exit> {
    if !io::is_inventory_path(inventory) {
        bail!(
            "{}: expected an inventory file ending in .csv",
            inventory.display()
        );
    }
    guard::refuse_replacing(output, &["ron"], &[inventory.to_owned()], force)?;
    if io::is_inventory_path(output) {
        bail!(
            "{}: the output is a map (.ron), not an inventory; writing it to a .csv name would \
             hide the map and could replace a spreadsheet. Give a name ending in .ron",
            output.display()
        );
    }
    let map = io::load_inventory(inventory)?;
    io::save_map(output, &map)?;
    // What a register leaves out is said, never lost in silence.
    if io::read_limited(inventory, io::MAX_FILE_BYTES)
        .is_ok_and(|bytes| io::is_transfer_register(&bytes))
    {
        out::note(say("cli-import-register", &[("path", path_arg(inventory))]));
    }
    out::line(say(
        "cli-imported",
        &[
            ("path", path_arg(output)),
            ("summary", summary(&map).into()),
            ("source", path_arg(inventory)),
        ],
    ))?;
    Ok(Exit::Success)
}

/// Tells on stderr, in the user's language, which characters of `map` no font draws (they would
/// print as `?` or a box in a drawn output), and refuses when any is of the script of a document
/// in `language`: a Chinese report without Chinese glyphs is not to be filed.
fn refuse_undrawable_text(map: &Map, language: Language) -> anyhow::Result<()> {
    let missing = crate::text::coverage::undrawable_in(map);
    for line in crate::text::coverage::describe(&missing, cli_language()) {
        out::note(line);
    }
    if crate::text::coverage::blocks(&missing, language) {
        let name = crate::i18n::text(cli_language(), &format!("language-{}", language.id()));
        bail!(say("font-missing-blocks", &[("language", name.into())]));
    }
    Ok(())
}

/// The built-in rulebook, with the packs of `folder` added when one is given.
fn rulebook(folder: Option<&Path>) -> anyhow::Result<Rulebook> {
    let book = match folder {
        Some(folder) => Rulebook::builtin_with_folder(folder)?,
        None => Rulebook::builtin()?,
    };
    // A replaced built-in pack changes every result, so say so where people will see it.
    for pack in book.packs() {
        if let Some(replaced) = &pack.replaces {
            out::note(say(
                "cli-pack-replaces",
                &[
                    ("file", pack.file.as_str().into()),
                    ("id", pack.id.as_str().into()),
                    ("replaced", replaced.as_str().into()),
                ],
            ));
        }
    }
    Ok(book)
}

/// `borderflow check`: the findings as a table or JSON; exit 2 at or above `fail_on`.
fn check(
    map: &Path,
    json: bool,
    as_of: Option<Date>,
    fail_on: Option<FailOn>,
    rules: Option<&Path>,
) -> anyhow::Result<Exit> {
    let loaded = io::load_map_or_inventory(map)?;
    let rulebook = rulebook(rules)?;
    let as_of = as_of_or_today(as_of)?;
    let evaluation = rulebook.evaluate(&loaded, as_of);
    let clocks = rulebook.clocks(&loaded, &evaluation);
    if json {
        out::line(check::check_json(&evaluation, &rulebook, &loaded, &clocks)?)?;
    } else {
        let mut text = check_table(map, &evaluation);
        text.push_str(&check::clock_lines(&loaded, &clocks, cli_language()));
        out::text_only(text)?;
    }
    let failing = fail_on.is_some_and(|threshold| {
        evaluation
            .findings
            .iter()
            .any(|finding| finding.severity >= threshold.min_severity())
    });
    Ok(if failing {
        Exit::FindingsAtOrAbove
    } else {
        Exit::Success
    })
}

/// `borderflow export`: the diagram page as SVG, PNG or PDF.
fn export(
    map: &Path,
    output: &Path,
    (scale, force): (Option<f32>, bool),
    as_of: Option<Date>,
    lang: Option<Language>,
) -> anyhow::Result<Exit> {
    let Some(format) = crate::export::DiagramFormat::from_path(output) else {
        bail!("{}: exports write .svg, .png or .pdf", output.display());
    };
    guard::refuse_replacing(
        output,
        &[format.extension()],
        &guard::inputs(map, None),
        force,
    )?;
    let loaded = io::load_map_or_inventory(map)?;
    let as_of = as_of_or_today(as_of)?;
    let evaluation = Rulebook::builtin()?.evaluate(&loaded, as_of);
    let options = crate::export::SvgOptions {
        date: as_of,
        page: None,
    };
    let language = lang.unwrap_or(loaded.meta.language);
    if format != crate::export::DiagramFormat::Svg {
        refuse_undrawable_text(&loaded, language)?;
    }
    let scale = scale.unwrap_or(format.default_scale());
    let bytes =
        crate::export::diagram_bytes_in(&loaded, &evaluation, &options, format, scale, language)
            .with_context(|| format!("{}: no diagram written", map.display()))?;
    io::write_atomic(output, &bytes)
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

/// `borderflow gen`: a synthetic map, as the benchmarks use.
fn generate(
    sites: usize,
    flows: usize,
    seed: u64,
    output: &Path,
    force: bool,
) -> anyhow::Result<Exit> {
    const LIMIT: usize = 1_000_000;
    if sites > LIMIT || flows > LIMIT {
        bail!("--sites and --flows go up to {LIMIT}");
    }
    if flows > 0 && sites < 2 {
        bail!("flows need at least two sites (--sites 2 or more)");
    }
    guard::refuse_replacing(output, &["ron"], &[], force)?;
    let map = crate::generate::synthetic_map(sites, flows, seed);
    io::save_map(output, &map)?;
    out::line(say(
        "cli-wrote",
        &[
            ("path", path_arg(output)),
            ("summary", summary(&map).into()),
        ],
    ))?;
    Ok(Exit::Success)
}

/// No subcommand: the editor, on `map` if one is given.
fn editor(map: Option<PathBuf>) -> anyhow::Result<Exit> {
    let startup =
        crate::app::Startup::for_user(map).context("the system clock is not a valid date")?;
    crate::app::run_native(startup)
        .map_err(|error| anyhow::anyhow!("the editor window could not open: {error}"))?;
    Ok(Exit::Success)
}

/// "5 sites, 6 flows (4 cross a border)".
fn summary(map: &Map) -> String {
    let crossing = map.flows().filter(|view| view.crosses_border()).count();
    say(
        "cli-summary",
        &[
            ("sites", map.site_count().into()),
            ("flows", map.flow_count().into()),
            ("crossing", crossing.into()),
        ],
    )
}

/// The language of the command line's human output: the system's (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), English when it names none borderflow speaks. JSON stays English.
fn cli_language() -> Language {
    static LANGUAGE: std::sync::OnceLock<Language> = std::sync::OnceLock::new();
    *LANGUAGE.get_or_init(crate::i18n::system_language)
}

/// The catalogue's phrase `key` in the command line's language.
fn say(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    crate::i18n::text_with(cli_language(), key, args)
}

fn path_arg(path: &Path) -> Arg<'static> {
    Arg::Text(path.display().to_string().into())
}

/// `as_of`, or today in Macau when not given; the date is noted on standard error either way,
/// so a report's date never surprises its reader.
fn as_of_or_today(as_of: Option<Date>) -> anyhow::Result<Date> {
    let (day, key) = match as_of {
        Some(day) => (day, "cli-evaluated-as-of"),
        None => (
            Date::today_in_macau().context("the system clock is not a valid date")?,
            "cli-evaluated-as-of-macau",
        ),
    };
    out::note(say(key, &[("date", day.to_string().into())]));
    Ok(day)
}
