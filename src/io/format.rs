//! The file formats of each thing borderflow reads or writes, one table per kind: the
//! extension (and the others it accepts), the catalogue name of its dialog filter, the kind's
//! default file name. The command line, the editor's dialogs and path fields and the messages
//! that refuse a file all read them here.
//!
//! A new format is a variant of its kind's enum, its row in that enum's [`FileFormat::facts`],
//! and its writer.

use std::path::Path;

use crate::i18n;
use crate::model::Language;

/// What the table knows of one format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The extension a file of this format is written with, lower case, without the dot.
    pub extension: &'static str,
    /// Other extensions read as this format.
    pub aliases: &'static [&'static str],
    /// The catalogue key of its name in a file dialog's list of types.
    pub filter: &'static str,
}

/// The formats of one kind of file.
pub trait FileFormat: Copy + PartialEq + 'static {
    /// Every format of the kind, the default first.
    const ALL: &'static [Self];
    /// The name a file of the kind gets from a map without a title.
    const UNTITLED: &'static str = "map";
    /// What follows the map's title in the name of a file of the kind ("-dpia").
    const SUFFIX: &'static str;
    /// The catalogue key of the message that refuses a file of another format for the kind
    /// ("{ $path }: exports write { $extensions }").
    const REFUSAL: &'static str;

    /// The format's row of the table.
    fn facts(self) -> Facts;

    /// The extension its files are written with.
    fn extension(self) -> &'static str {
        self.facts().extension
    }

    /// The format a file name's extension asks for.
    fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        Self::ALL.iter().copied().find(|format| {
            let facts = format.facts();
            facts.extension == extension || facts.aliases.contains(&extension.as_str())
        })
    }

    /// The extensions written, the default first.
    fn extensions() -> Vec<&'static str> {
        Self::ALL.iter().map(|format| format.extension()).collect()
    }

    /// The extensions written, as a user of `language` reads them: ".svg, .png or .pdf".
    fn extension_list(language: Language) -> String {
        let dotted: Vec<String> = Self::extensions()
            .iter()
            .map(|extension| format!(".{extension}"))
            .collect();
        match dotted.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => i18n::text_with(
                language,
                "format-list-or",
                &[
                    ("first", rest.join(", ").into()),
                    ("last", last.clone().into()),
                ],
            ),
            None => String::new(),
        }
    }

    /// The format files of the kind get when nothing else asks.
    fn default_format() -> Self {
        Self::ALL[0]
    }

    /// The name offered for a file of the kind made from a map titled `title`.
    fn file_name(title: &str) -> String {
        format!(
            "{}{}.{}",
            crate::model::slug(title, Self::UNTITLED),
            Self::SUFFIX,
            Self::default_format().extension()
        )
    }
}

/// Why `path` is not written as a file of kind `F`: its extension is none of the kind's, in
/// `language`.
pub fn wrong_extension<F: FileFormat>(language: Language, path: &Path) -> String {
    i18n::text_with(
        language,
        F::REFUSAL,
        &[
            ("path", path.display().to_string().into()),
            ("extensions", F::extension_list(language).into()),
        ],
    )
}

/// What a map file is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapFormat {
    /// The map's own text format.
    Ron,
}

impl FileFormat for MapFormat {
    const ALL: &'static [Self] = &[Self::Ron];
    const SUFFIX: &'static str = "";
    const REFUSAL: &'static str = "format-refused-map";

    fn facts(self) -> Facts {
        match self {
            Self::Ron => Facts {
                extension: "ron",
                aliases: &[],
                filter: "ui-filter-map",
            },
        }
    }
}

/// What can be opened as a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFormat {
    /// A map.
    Map,
    /// A flow inventory, laid out as a map.
    Inventory,
    /// A draw.io diagram (`.drawio`, or a `.drawio.svg` picture), read as a map with its
    /// guesses listed.
    Diagram,
    /// A Mermaid flowchart, read the same way.
    Mermaid,
}

impl FileFormat for OpenFormat {
    const ALL: &'static [Self] = &[Self::Map, Self::Inventory, Self::Diagram, Self::Mermaid];
    const SUFFIX: &'static str = "";
    const REFUSAL: &'static str = "format-refused-open";

    fn facts(self) -> Facts {
        match self {
            Self::Map => MapFormat::Ron.facts(),
            Self::Inventory => Facts {
                extension: "csv",
                aliases: &[],
                filter: "ui-filter-inventory",
            },
            Self::Diagram => Facts {
                extension: "drawio",
                aliases: &["svg"],
                filter: "ui-filter-drawio",
            },
            Self::Mermaid => Facts {
                extension: "mmd",
                aliases: &["mermaid"],
                filter: "ui-filter-mermaid",
            },
        }
    }
}

/// What a filing bundle is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleFormat {
    /// One zip archive (a name without the extension writes a folder instead).
    Zip,
}

impl FileFormat for BundleFormat {
    const ALL: &'static [Self] = &[Self::Zip];
    const SUFFIX: &'static str = "-filing";
    const REFUSAL: &'static str = "format-refused-bundle";

    fn facts(self) -> Facts {
        match self {
            Self::Zip => Facts {
                extension: "zip",
                aliases: &[],
                filter: "ui-filter-zip",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_is_found_by_its_extension_or_an_alias_in_any_case() {
        assert_eq!(
            OpenFormat::from_path(Path::new("a/B.CSV")),
            Some(OpenFormat::Inventory)
        );
        assert_eq!(
            OpenFormat::from_path(Path::new("b.ron")),
            Some(OpenFormat::Map)
        );
        assert_eq!(OpenFormat::from_path(Path::new("b.txt")), None);
        assert_eq!(
            OpenFormat::from_path(Path::new("c.drawio.svg")),
            Some(OpenFormat::Diagram)
        );
        assert_eq!(OpenFormat::from_path(Path::new("noextension")), None);
        assert_eq!(
            OpenFormat::extension_list(Language::English),
            ".ron, .csv, .drawio or .mmd"
        );
        assert_eq!(
            OpenFormat::extension_list(Language::Portuguese),
            ".ron, .csv, .drawio ou .mmd"
        );
        assert_eq!(
            BundleFormat::file_name("Lotus Trading"),
            "lotus-trading-filing.zip"
        );
        assert_eq!(MapFormat::file_name("  "), "map.ron");
    }

    #[test]
    fn a_refusal_names_the_kind_and_its_extensions_in_the_language() {
        let path = Path::new("out.txt");
        let english = wrong_extension::<BundleFormat>(Language::English, path);
        assert!(
            english.contains("out.txt") && english.contains(".zip"),
            "{english}"
        );
        let chinese = wrong_extension::<BundleFormat>(Language::TraditionalChinese, path);
        assert!(
            chinese.contains(".zip") && chinese.contains("檔案"),
            "{chinese}"
        );
    }
}
