//! The arguments several commands share, declared once: how a map is read (what an inventory
//! lacks), how it is evaluated (the date and the rule packs), and the diagram export's own.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::io;
use crate::model::{Date, Language, Map};
use crate::rules::Rulebook;

/// What an inventory CSV cannot say of itself: whose flows these are and the assessment's title.
#[derive(Debug, Default, Args)]
pub struct InputArgs {
    /// The organisation whose flows these are, for an inventory `.csv` (which has none); for a
    /// map, replaces its own in what this command writes.
    #[arg(long, value_name = "NAME")]
    pub organisation: Option<String>,
    /// The assessment's title, for an inventory `.csv`; for a map, replaces its own in what this
    /// command writes.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
}

impl InputArgs {
    /// Loads a map, or imports an inventory, and gives it what the command line says. An
    /// inventory's texts are in the user's language, so its outputs default to that language.
    pub fn load(&self, path: &Path) -> anyhow::Result<Map> {
        let mut map = io::load_map_or_inventory(path)?;
        if io::is_inventory_path(path) {
            map.meta.language = super::cli_language();
        }
        if let Some(organisation) = &self.organisation {
            organisation.trim().clone_into(&mut map.meta.organisation);
        }
        if let Some(title) = &self.title {
            title.trim().clone_into(&mut map.meta.title);
        }
        Ok(map)
    }
}

/// How a map is read and evaluated: what an inventory lacks, on which day, with which rule
/// packs.
#[derive(Debug, Default, Args)]
pub struct EvaluationArgs {
    /// What an inventory lacks.
    #[command(flatten)]
    pub input: InputArgs,
    /// The date of the evaluation (YYYY-MM-DD): the rules in force that day, and the date
    /// printed; default today in Macau (UTC+8).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// A folder of rule packs (`*.ron`) to add to the built-in ones; a pack with a built-in
    /// pack's id replaces it.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

impl EvaluationArgs {
    /// The map at `path`, read as [`InputArgs::load`] says.
    pub fn load(&self, path: &Path) -> anyhow::Result<Map> {
        self.input.load(path)
    }

    /// The date asked for, or today in Macau (noted on standard error either way).
    pub fn date(&self) -> anyhow::Result<Date> {
        super::as_of_or_today(self.as_of)
    }

    /// The built-in rules with the asked-for folder's packs, a replaced pack noted.
    pub fn rulebook(&self) -> anyhow::Result<Rulebook> {
        super::rulebook(self.rules.as_deref())
    }

    /// The rule-pack folder asked for.
    pub fn rules_folder(&self) -> Option<&Path> {
        self.rules.as_deref()
    }
}

/// The arguments of `borderflow export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The map `.ron` or inventory `.csv`.
    pub map: PathBuf,
    /// The file to write; its extension (.svg, .png, .pdf, .drawio, .drawio.svg, .mmd or
    /// .jsonld) picks the format.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The size, from 0.1 to 12 (1 = 96 dots per inch): a PNG's resolution (default 2, 192
    /// dots per inch), an SVG's or PDF's page size (default 1, the page as drawn; 2 makes
    /// every length twice as long). A PNG over 130 megapixels is refused.
    #[arg(long)]
    pub scale: Option<f32>,
    /// Write over an existing file of another kind.
    #[arg(long)]
    pub force: bool,
    /// The diagram's language: en, zh-Hant, pt or zh-Hans; default the map's.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Language>,
    /// How the map is evaluated: the date and the rule packs.
    #[command(flatten)]
    pub evaluation: EvaluationArgs,
}
