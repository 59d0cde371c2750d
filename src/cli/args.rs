//! The arguments several commands share, declared once: how a map is evaluated (the date and
//! the rule packs), and the diagram export's own.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::model::{Date, Language};
use crate::rules::Rulebook;

/// How a map is evaluated: on which day, with which rule packs.
#[derive(Debug, Default, Args)]
pub struct EvaluationArgs {
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
