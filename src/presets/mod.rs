//! The preset library: the platforms, offices and parties a consultant adds most, as data.
//!
//! The built-in presets are RON files under `assets/presets/`, embedded in the binary so it
//! stays self-contained; a user adds more in a folder of their own
//! (`$XDG_DATA_HOME/borderflow/presets/`). Each preset fixes a new site's kind, jurisdiction,
//! city and operator, names it in the editor's languages and lists the data classes such a site
//! usually carries. A file that cannot be read, or a preset that contradicts itself (a Shenzhen
//! region filed as Mainland outside the GBA, an id used twice), is reported by file and place
//! and left out; the rest load.

mod search;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{DataClass, Jurisdiction, Language, Map, Site, SiteKind};

pub use search::matches;

/// What a preset file says it is in its `format` field.
const FORMAT: &str = "borderflow-presets";
/// The newest version of the preset format this build reads.
const VERSION: u32 = 1;
/// A preset file larger than this is refused rather than read (a user folder may hold anything).
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The built-in preset files, in the palette's order.
const BUILTIN: [(&str, &str); 5] = [
    (
        "offices.ron",
        include_str!("../../assets/presets/offices.ron"),
    ),
    (
        "collaboration.ron",
        include_str!("../../assets/presets/collaboration.ron"),
    ),
    (
        "internal.ron",
        include_str!("../../assets/presets/internal.ron"),
    ),
    (
        "services.ron",
        include_str!("../../assets/presets/services.ron"),
    ),
    ("cloud.ron", include_str!("../../assets/presets/cloud.ron")),
];

/// Cities a preset may name, with the jurisdiction each one is in (the nine Mainland GBA cities
/// of the rules specification, Hengqin included, and the usual places outside them), so that a
/// preset's city and jurisdiction cannot disagree.
const CITIES: [(&str, &str); 24] = [
    ("Macau", "MO"),
    ("Taipa", "MO"),
    ("Coloane", "MO"),
    ("Hengqin", "CN-GBA"),
    ("Zhuhai", "CN-GBA"),
    ("Guangzhou", "CN-GBA"),
    ("Shenzhen", "CN-GBA"),
    ("Foshan", "CN-GBA"),
    ("Huizhou", "CN-GBA"),
    ("Dongguan", "CN-GBA"),
    ("Zhongshan", "CN-GBA"),
    ("Jiangmen", "CN-GBA"),
    ("Zhaoqing", "CN-GBA"),
    ("Hangzhou", "CN"),
    ("Beijing", "CN"),
    ("Shanghai", "CN"),
    ("Chengdu", "CN"),
    ("Nanjing", "CN"),
    ("Zhangjiakou", "CN"),
    ("Ulanqab", "CN"),
    ("Hong Kong", "HK"),
    ("Singapore", "SG"),
    ("Lisbon", "PT"),
    ("Tokyo", "JP"),
];

/// A text in each language the editor speaks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// English.
    pub en: String,
    /// Traditional Chinese.
    pub zh_hant: String,
    /// Portuguese (Macau spelling).
    pub pt: String,
}

impl Words {
    /// The text in `language`; Simplified Chinese, which the editor does not speak, reads the
    /// Traditional.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::English => &self.en,
            Language::TraditionalChinese | Language::SimplifiedChinese => &self.zh_hant,
            Language::Portuguese => &self.pt,
        }
    }

    /// Every language's text, English first.
    pub fn all(&self) -> [&str; 3] {
        [&self.en, &self.zh_hant, &self.pt]
    }
}

/// A kind of site offered in the palette and the quick-add.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    /// Stable ASCII id, unique in the library; the stem of a new site's id.
    pub id: String,
    /// Its names, each also the new site's name in that language.
    pub name: Words,
    /// Its kind.
    pub kind: SiteKind,
    /// Where it usually is; a site dropped in another lane takes that lane's jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// Its usual city, empty for a group of people.
    #[serde(default)]
    pub city: Words,
    /// Who usually runs it (a company and, for a cloud region, the region id).
    #[serde(default)]
    pub operator: String,
    /// The data classes such a site usually carries.
    #[serde(default)]
    pub classes: BTreeSet<DataClass>,
}

impl Preset {
    /// A new site of this preset named in `language`, with an id not yet used in `map` and no
    /// position (the caller places it).
    pub fn site(&self, map: &Map, language: Language) -> Site {
        let mut site = Site::new(
            map.fresh_site_id(&self.id),
            self.name.get(language),
            self.kind,
            self.jurisdiction,
        );
        site.city = self.city.get(language).to_owned();
        site.operator.clone_from(&self.operator);
        site
    }
}

/// The presets of one file, under a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The heading in the palette.
    pub title: Words,
    /// The file the presets came from (a name for built-in files, a path for the user's).
    pub file: String,
    /// The presets, in the file's order.
    pub presets: Vec<Preset>,
}

/// One preset file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetFile {
    format: String,
    version: u32,
    title: Words,
    presets: Vec<Preset>,
}

/// Why a preset file, or one preset in it, was left out.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct PresetError {
    /// The file (a name for built-in files, a path for the user's).
    pub file: String,
    /// Line and column, when the file could not be read as presets.
    pub location: Option<(usize, usize)>,
    /// The preset concerned, by id, when one preset was left out.
    pub preset: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl PresetError {
    fn describe(&self) -> String {
        let mut text = format!("preset file {}", self.file);
        if let Some((line, column)) = self.location {
            text.push_str(&format!(":{line}:{column}"));
        }
        if let Some(preset) = &self.preset {
            text.push_str(&format!(", preset `{preset}`"));
        }
        format!("{text}: {}", self.message)
    }

    fn of_file(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            location: None,
            preset: None,
            message: message.into(),
        }
    }
}

/// Every preset on offer, in groups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    groups: Vec<Group>,
}

impl Library {
    /// The built-in presets, then those of the `.ron` files in `user_folder` (by file name),
    /// with what was left out and why. A folder that does not exist holds no presets.
    pub fn load(user_folder: Option<&Path>) -> (Self, Vec<PresetError>) {
        let mut sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(file, text)| ((*file).to_owned(), (*text).to_owned()))
            .collect();
        let mut problems = Vec::new();
        if let Some(folder) = user_folder {
            sources.extend(read_folder(folder, &mut problems));
        }
        let (library, more) = Self::from_sources(sources);
        problems.extend(more);
        (library, problems)
    }

    /// The built-in presets alone.
    pub fn builtin() -> (Self, Vec<PresetError>) {
        Self::load(None)
    }

    /// The presets of `(file, text)` pairs in order, with what was left out and why.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> (Self, Vec<PresetError>) {
        let mut library = Self::default();
        let mut problems = Vec::new();
        let mut ids = BTreeSet::new();
        for (file, text) in sources {
            match parse(&file, &text) {
                Ok(parsed) => {
                    let mut presets = Vec::new();
                    for preset in parsed.presets {
                        match check(&preset, &ids) {
                            Ok(()) => {
                                ids.insert(preset.id.clone());
                                presets.push(preset);
                            }
                            Err(message) => problems.push(PresetError {
                                file: file.clone(),
                                location: None,
                                preset: Some(preset.id.clone()),
                                message,
                            }),
                        }
                    }
                    library.groups.push(Group {
                        title: parsed.title,
                        file,
                        presets,
                    });
                }
                Err(problem) => problems.push(problem),
            }
        }
        (library, problems)
    }

    /// The groups, in order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Every preset, in order.
    pub fn presets(&self) -> impl Iterator<Item = &Preset> {
        self.groups.iter().flat_map(|group| group.presets.iter())
    }

    /// The preset with this id.
    pub fn get(&self, id: &str) -> Option<&Preset> {
        self.presets().find(|preset| preset.id == id)
    }

    /// The presets whose name (in `language` or in English) matches `query`, best first: a
    /// name that starts with it, then one with a word that starts with it, then one with every
    /// word of it at the start of its words, then one that contains it; ties in library order.
    /// An empty query matches every preset.
    pub fn search(&self, query: &str, language: Language) -> Vec<&Preset> {
        let mut found: Vec<(u8, usize, &Preset)> = self
            .presets()
            .enumerate()
            .filter_map(|(index, preset)| {
                let names = [preset.name.get(language), preset.name.en.as_str()];
                matches(query, &names).map(|rank| (rank, index, preset))
            })
            .collect();
        found.sort_by_key(|(rank, index, _)| (*rank, *index));
        found.into_iter().map(|(_, _, preset)| preset).collect()
    }
}

/// The jurisdiction of a city a preset may name, if it is one the library knows.
pub fn city_jurisdiction(city: &str) -> Option<Jurisdiction> {
    CITIES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(city.trim()))
        .and_then(|(_, id)| id.parse().ok())
}

/// The known cities named in `city` (an English text such as "Hengqin, Zhuhai").
pub fn cities_named(city: &str) -> Vec<&'static str> {
    let lower = city.to_lowercase();
    CITIES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| lower.contains(&name.to_lowercase()))
        .collect()
}

fn parse(file: &str, text: &str) -> Result<PresetFile, PresetError> {
    let options = ron::Options::default().with_recursion_limit(32);
    let parsed: PresetFile = options.from_str(text).map_err(|error| PresetError {
        file: file.to_owned(),
        location: Some((error.span.start.line, error.span.start.col)),
        preset: None,
        message: error.code.to_string(),
    })?;
    if parsed.format != FORMAT {
        return Err(PresetError::of_file(
            file,
            format!("its `format` is {:?}, expected \"{FORMAT}\"", parsed.format),
        ));
    }
    if !(1..=VERSION).contains(&parsed.version) {
        return Err(PresetError::of_file(
            file,
            format!(
                "preset format version {} is not supported (this build reads 1 to {VERSION})",
                parsed.version
            ),
        ));
    }
    Ok(parsed)
}

/// Why `preset` cannot join a library that already holds `ids`, if it cannot.
fn check(preset: &Preset, ids: &BTreeSet<String>) -> Result<(), String> {
    let valid_id = !preset.id.is_empty()
        && preset
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid_id {
        return Err("its id must be lower-case letters, digits and hyphens".to_owned());
    }
    if ids.contains(&preset.id) {
        return Err("its id is already used by another preset".to_owned());
    }
    if preset.name.all().iter().any(|name| name.trim().is_empty()) {
        return Err("it needs a name in every language (en, zh_hant, pt)".to_owned());
    }
    for city in cities_named(&preset.city.en) {
        let Some(place) = city_jurisdiction(city) else {
            continue;
        };
        if place != preset.jurisdiction {
            return Err(format!(
                "its city {city} is in {} ({}), but its jurisdiction is {}",
                place.label(),
                place.id(),
                preset.jurisdiction.id()
            ));
        }
    }
    Ok(())
}

/// The `.ron` files of `folder`, sorted by name; what cannot be read goes into `problems`.
fn read_folder(folder: &Path, problems: &mut Vec<PresetError>) -> Vec<(String, String)> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        // No folder (or no editor folder at all) means no presets of the user's.
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Vec::new();
        }
        Err(error) => {
            problems.push(PresetError::of_file(
                &folder.display().to_string(),
                format!("cannot read the folder: {error}"),
            ));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let name = path.display().to_string();
            match read_text(&path) {
                Ok(text) => Some((name, text)),
                Err(message) => {
                    problems.push(PresetError::of_file(&name, message));
                    None
                }
            }
        })
        .collect()
}

/// A preset file's text. Only regular files are read, within the size limit: a FIFO named
/// `*.ron` would keep the editor from drawing its first frame, and a link to `/dev/zero` would
/// grow it without end.
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = crate::io::read_limited(path, MAX_FILE_BYTES).map_err(|error| match error {
        crate::io::ReadError::TooLarge { size, .. } => {
            format!("the file is {size} bytes; a preset file is at most {MAX_FILE_BYTES}")
        }
        other => format!("cannot read: {other}"),
    })?;
    String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_owned())
}

#[cfg(test)]
mod tests;
