//! The command line: the editor by default; `validate`, `import`, `check`, `export`, `report`,
//! `register` and `bundle`.

mod check;
mod deliver;
mod diff;
mod guard;
pub mod interchange;
mod out;
mod portfolio;
mod report;
mod version;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

mod args;
mod table;

use crate::i18n::Arg;
use crate::io;
use crate::io::format::{FileFormat, MapFormat, wrong_extension};
use crate::model::{Date, Language, Map, Severity};
use crate::rules::Evaluated;
use crate::rules::{Evaluation, Rulebook};
use table::check_table;
pub use version::long_version;

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
    /// A folder of rule packs (`*.ron`) the editor adds to the built-in ones, as the commands'
    /// `--rules` does.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a map (or an inventory CSV) loads; exit 0 if it does, else print the error.
    Validate {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
    },
    /// Turn a flow inventory CSV, a draw.io diagram (.drawio, .drawio.svg) or a Mermaid
    /// flowchart (.mmd) into a map, its sites placed by jurisdiction.
    Import {
        /// The inventory `.csv`, `.drawio`, `.drawio.svg` or `.mmd`.
        inventory: PathBuf,
        /// The map `.ron` to write (an existing file is kept as `NAME.bak`).
        #[arg(short, long)]
        output: PathBuf,
        /// Write over an existing file of another kind than a map.
        #[arg(long)]
        force: bool,
        /// What an inventory lacks: its organisation and title.
        #[command(flatten)]
        input: args::InputArgs,
    },
    /// Export the diagram of a map as SVG, PNG or PDF (one page with title block and legend), as
    /// a draw.io diagram (.drawio, .drawio.svg), a Mermaid flowchart (.mmd) or W3C DPV JSON-LD
    /// (.jsonld).
    Export(args::ExportArgs),
    /// Write the DPIA report of a map (or one of its filing annexes) as PDF, Word, HTML or
    /// Markdown.
    Report(report::ReportArgs),
    /// Write the transfer register: one row per border-crossing flow, as XLSX or CSV.
    Register(deliver::RegisterArgs),
    /// Write the filing bundle (report, diagram, register, map, SHA-256 manifest).
    Bundle(deliver::BundleArgs),
    /// Read a spreadsheet of apps (.xlsx, .csv) into a queue of proposed sites and flows; add
    /// the accepted ones to a map.
    Discover(interchange::DiscoverArgs),
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
    /// Every map of a folder (and its subfolders) in one table: findings, risk, clocks due and
    /// sign-off; printed, or written as HTML, XLSX or PDF.
    Portfolio(portfolio::PortfolioArgs),
    /// Three-way merge of two maps that grew from one, by id (a git merge driver).
    Merge(diff::MergeArgs),
    /// Evaluate the rulebook on a map or inventory and list the findings.
    Check {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
        /// Print JSON (findings and totals) instead of a table.
        #[arg(long)]
        json: bool,
        /// Exit with code 2 when a finding at or above this severity exists.
        #[arg(long, value_name = "SEVERITY")]
        fail_on: Option<FailOn>,
        /// How the map is evaluated: the date and the rule packs.
        #[command(flatten)]
        evaluation: args::EvaluationArgs,
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
            input,
        }) => import(&inventory, &output, force, &input),
        Some(Command::Diff(args)) => diff::diff(&args),
        Some(Command::Merge(args)) => diff::merge(&args),
        Some(Command::Portfolio(args)) => portfolio::portfolio(&args),
        Some(Command::Check {
            map,
            json,
            fail_on,
            evaluation,
        }) => check(&map, json, fail_on, &evaluation),
        Some(Command::Export(args)) => export(&args),
        Some(Command::Report(args)) => report::report(&args),
        Some(Command::Register(args)) => deliver::register(&args),
        Some(Command::Bundle(args)) => deliver::bundle(&args),
        Some(Command::Discover(args)) => interchange::discover(&args),
        Some(Command::Gen {
            sites,
            flows,
            seed,
            output,
            force,
        }) => generate(sites, flows, seed, &output, force),
        None => editor(cli.map, cli.rules),
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
fn import(
    inventory: &Path,
    output: &Path,
    force: bool,
    input: &args::InputArgs,
) -> anyhow::Result<Exit> {
    if let Some(format) = crate::interchange::Format::from_path(inventory) {
        return interchange::import(inventory, format, output, force);
    }
    if !io::is_inventory_path(inventory) {
        bail!(
            "{}: expected an inventory file ending in .csv",
            inventory.display()
        );
    }
    guard::refuse_replacing(
        output,
        &MapFormat::extensions(),
        &[inventory.to_owned()],
        force,
    )?;
    if io::is_inventory_path(output) {
        bail!(
            "{}: the output is a map (.ron), not an inventory; writing it to a .csv name would \
             hide the map and could replace a spreadsheet. Give a name ending in .ron",
            output.display()
        );
    }
    let map = input.load(inventory)?;
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
    fail_on: Option<FailOn>,
    evaluation: &args::EvaluationArgs,
) -> anyhow::Result<Exit> {
    let loaded = evaluation.load(map)?;
    let rulebook = evaluation.rulebook()?;
    let as_of = evaluation.date()?;
    let evaluation = rulebook.evaluate(&loaded, as_of);
    let clocks = rulebook.clocks(&loaded, &evaluation);
    if json {
        out::line(check::check_json(&evaluation, &rulebook, &loaded, &clocks)?)?;
    } else {
        let mut text = check_table(map, &loaded, &evaluation);
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
fn export(args: &args::ExportArgs) -> anyhow::Result<Exit> {
    let (map, output) = (args.map.as_path(), args.output.as_path());
    if let Some(format) = crate::interchange::Format::from_path(output) {
        return interchange::export(
            map,
            output,
            format,
            (args.force, &args.evaluation, args.lang),
        );
    }
    let Some(format) = crate::export::DiagramFormat::from_path(output) else {
        bail!(wrong_extension::<crate::export::DiagramFormat>(
            cli_language(),
            output
        ));
    };
    let (loaded, book, evaluation) = load_for_export(
        map,
        output,
        format.extension(),
        args.force,
        &args.evaluation,
    )?;
    let options = crate::export::SvgOptions::default();
    let language = args.lang.unwrap_or(loaded.meta.language);
    if format != crate::export::DiagramFormat::Svg {
        refuse_undrawable_text(&loaded, language)?;
    }
    let scale = args.scale.unwrap_or(format.default_scale());
    let input = Evaluated::new(&loaded, &evaluation, &book).in_language(language);
    let bytes = crate::export::diagram_bytes(&input, &options, format, scale)
        .with_context(|| format!("{}: no diagram written", map.display()))?;
    write_export(output, &bytes, &loaded)
}

/// What every export starts with: refuse to write over what must be kept, then load the map
/// and evaluate it on `as_of` (today in Macau when not given).
fn load_for_export(
    map: &Path,
    output: &Path,
    extension: &str,
    force: bool,
    evaluation: &args::EvaluationArgs,
) -> anyhow::Result<(Map, Rulebook, Evaluation)> {
    let rules = evaluation.rules_folder();
    guard::refuse_replacing(output, &[extension], &guard::inputs(map, rules), force)?;
    let loaded = evaluation.load(map)?;
    let as_of = evaluation.date()?;
    let book = evaluation.rulebook()?;
    let evaluation = book.evaluate(&loaded, as_of);
    Ok((loaded, book, evaluation))
}

/// What every export ends with: the bytes written atomically, and said.
fn write_export(output: &Path, bytes: &[u8], loaded: &Map) -> anyhow::Result<Exit> {
    io::write_atomic(output, bytes)
        .with_context(|| format!("{}: cannot write the export", output.display()))?;
    out::line(say(
        "cli-exported",
        &[
            ("path", path_arg(output)),
            ("summary", summary(loaded).into()),
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
    guard::refuse_replacing(output, &MapFormat::extensions(), &[], force)?;
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

/// No subcommand: the editor, on `map` if one is given, with the rule packs of `rules` added
/// (read here first, so a folder that cannot be read is said before any window opens).
fn editor(map: Option<PathBuf>, rules: Option<PathBuf>) -> anyhow::Result<Exit> {
    if let Some(folder) = &rules {
        rulebook(Some(folder))?;
    }
    let startup =
        crate::app::Startup::for_user(map).context("the system clock is not a valid date")?;
    crate::app::run_native(startup, rules).map_err(|error| {
        // The remedy is the one this system's user can apply.
        let remedy = if cfg!(windows) {
            "cli-editor-remedy-windows"
        } else if cfg!(target_os = "macos") {
            "cli-editor-remedy-macos"
        } else {
            "cli-editor-remedy-linux"
        };
        let remedy = say(remedy, &[]);
        anyhow::anyhow!(say(
            "cli-editor-failed",
            &[
                ("error", error.to_string().into()),
                ("remedy", remedy.into())
            ]
        ))
    })?;
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
