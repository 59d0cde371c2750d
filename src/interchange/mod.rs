//! Other tools' formats, both ways: draw.io diagrams (`.drawio`, `.drawio.svg`), Mermaid
//! flowcharts (`.mmd`), the W3C Data Privacy Vocabulary as JSON-LD (`.jsonld`), and the
//! spreadsheets of apps that platforms' admin consoles export, read into a queue of proposed
//! sites and flows ([`discover`]).
//!
//! What a diagram drawn elsewhere cannot say for sure (where a site is, what a flow carries) is
//! guessed and every guess is returned as a [`Guess`] for the user to review, never decided in
//! silence.

pub mod discover;
pub mod dpv;
pub mod drawio;
pub mod mermaid;
pub mod open;
mod places;
mod reading;

use std::path::Path;

pub use places::{jurisdiction_mentioned, jurisdiction_named};

use crate::i18n::{self, Arg};
use crate::model::{DataClass, Flow, Jurisdiction, Language, Map, SiteKind};
pub(crate) use reading::{Edge, Shape, build};

/// The formats of this module, by the file name's ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A draw.io diagram file (`.drawio`, or `.xml` as draw.io also saves).
    Drawio,
    /// An SVG picture that carries its draw.io diagram (`.drawio.svg`).
    DrawioSvg,
    /// A Mermaid flowchart (`.mmd`, `.mermaid`).
    Mermaid,
    /// W3C DPV as JSON-LD (`.jsonld`); written only.
    DpvJsonLd,
}

impl Format {
    /// The format a file name asks for, if it is one of these.
    pub fn from_path(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        if name.ends_with(".drawio.svg") {
            Some(Self::DrawioSvg)
        } else if name.ends_with(".drawio") {
            Some(Self::Drawio)
        } else if name.ends_with(".mmd") || name.ends_with(".mermaid") {
            Some(Self::Mermaid)
        } else if name.ends_with(".jsonld") {
            Some(Self::DpvJsonLd)
        } else {
            None
        }
    }

    /// The extension the output guard accepts to replace (the last one of the name).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Drawio => "drawio",
            Self::DrawioSvg => "svg",
            Self::Mermaid => "mmd",
            Self::DpvJsonLd => "jsonld",
        }
    }
}

/// Something an import decided without the file saying it: listed for the user to review.
#[derive(Clone, Debug, PartialEq)]
pub enum Guess {
    /// The site was put in a jurisdiction because its container (a lane, a subgraph) is named
    /// after it.
    FromContainer {
        /// The site's name.
        site: String,
        /// The container's title.
        container: String,
        /// What was read.
        jurisdiction: Jurisdiction,
    },
    /// The site was put in the jurisdiction its own label names.
    FromLabel {
        /// The site's name.
        site: String,
        /// What was read.
        jurisdiction: Jurisdiction,
    },
    /// Nothing names the site's place: it is recorded as elsewhere (`OTHER`), to be corrected.
    UnknownJurisdiction {
        /// The site's name.
        site: String,
    },
    /// The site's kind was read from its shape or its words.
    Kind {
        /// The site's name.
        site: String,
        /// What was read.
        kind: SiteKind,
    },
    /// The flow's data classes were read from its label.
    Classes {
        /// "Taipa office → DingTalk".
        flow: String,
        /// What was read.
        classes: Vec<DataClass>,
    },
    /// No data class was recognised in the flow's label.
    NoClasses {
        /// "Taipa office → DingTalk".
        flow: String,
        /// The label as written.
        label: String,
    },
    /// An arrow that does not join two shapes was left out.
    EdgeLeftOut {
        /// Its label, if any.
        label: String,
    },
}

impl Guess {
    /// The guess as a sentence in `language`.
    pub fn describe(&self, language: Language) -> String {
        let place = |jurisdiction: &Jurisdiction| -> Arg<'static> {
            format!(
                "{} ({})",
                i18n::terms::jurisdiction(language, jurisdiction),
                jurisdiction.id()
            )
            .into()
        };
        match self {
            Self::FromContainer {
                site,
                container,
                jurisdiction,
            } => i18n::text_with(
                language,
                "interchange-guess-container",
                &[
                    ("site", site.clone().into()),
                    ("container", container.clone().into()),
                    ("place", place(jurisdiction)),
                ],
            ),
            Self::FromLabel { site, jurisdiction } => i18n::text_with(
                language,
                "interchange-guess-label",
                &[
                    ("site", site.clone().into()),
                    ("place", place(jurisdiction)),
                ],
            ),
            Self::UnknownJurisdiction { site } => i18n::text_with(
                language,
                "interchange-guess-unknown-place",
                &[("site", site.clone().into())],
            ),
            Self::Kind { site, kind } => i18n::text_with(
                language,
                "interchange-guess-kind",
                &[
                    ("site", site.clone().into()),
                    (
                        "kind",
                        crate::scene::words::words(language).kind(*kind).into(),
                    ),
                ],
            ),
            Self::Classes { flow, classes } => i18n::text_with(
                language,
                "interchange-guess-classes",
                &[
                    ("flow", flow.clone().into()),
                    ("classes", class_list(language, classes).into()),
                ],
            ),
            Self::NoClasses { flow, label } => i18n::text_with(
                language,
                "interchange-guess-no-classes",
                &[
                    ("flow", flow.clone().into()),
                    ("label", label.clone().into()),
                ],
            ),
            Self::EdgeLeftOut { label } => i18n::text_with(
                language,
                "interchange-guess-edge-left-out",
                &[("label", label.clone().into())],
            ),
        }
    }
}

/// A map read from another tool's file, with what had to be guessed.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The map.
    pub map: Map,
    /// Every guess, in the order the file gave the shapes.
    pub guesses: Vec<Guess>,
}

/// Why a file of another tool could not be read: a catalogue key and the detail it names.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub struct FormatError {
    key: &'static str,
    detail: String,
}

impl FormatError {
    pub(crate) fn new(key: &'static str, detail: impl Into<String>) -> Self {
        Self {
            key,
            detail: detail.into(),
        }
    }

    /// The problem as a sentence in `language`.
    pub fn describe(&self, language: Language) -> String {
        i18n::text_with(
            language,
            self.key,
            &[("detail", self.detail.clone().into())],
        )
    }
}

/// The classes in `language`, joined by the language's list separator.
pub(crate) fn class_list(language: Language, classes: &[DataClass]) -> String {
    let separator = match language {
        Language::TraditionalChinese | Language::SimplifiedChinese => "、",
        _ => ", ",
    };
    classes
        .iter()
        .map(|class| i18n::terms::class(language, *class))
        .collect::<Vec<_>>()
        .join(separator)
}

/// A flow's label on an exported diagram: "F3: Payroll, Attendance", `number` from
/// [`crate::scene::flow_numbers`].
pub(crate) fn flow_label(number: Option<usize>, flow: &Flow, language: Language) -> String {
    let tag = number.map(crate::scene::flow_tag).unwrap_or_default();
    let classes: Vec<DataClass> = flow.data_classes.iter().copied().collect();
    if classes.is_empty() {
        tag
    } else {
        format!("{tag}: {}", class_list(language, &classes))
    }
}
