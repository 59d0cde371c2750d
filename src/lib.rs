//! borderflow: map where personal data goes between Macau, the Mainland and beyond, see what
//! the law asks of each flow, and produce the DPIA that proves it.
//!
//! Layers, each depending only on those below it (highest first):
//! - [`cli`]: the command line (the binary is a thin shell around it);
//! - [`app`]: the editor (egui), its panels and commands;
//! - [`portfolio`]: every map of a folder in one table, with a heatmap across them;
//! - [`interchange`]: other tools' formats both ways (draw.io, Mermaid), the W3C DPV as
//!   JSON-LD, and the discovery queue from spreadsheets of apps;
//! - [`deliver`]: the transfer register (XLSX, CSV) and the sealed filing bundle;
//! - [`report`]: the DPIA report and the filing annexes as PDF, Word, HTML and Markdown;
//! - [`export`]: the diagram as SVG, PNG and PDF;
//! - [`compare`]: what changed between two versions of a map (or since its sign-off), by
//!   meaning, and whether it needs a new sign-off;
//! - [`assessment`]: findings joined with treatments (register, heatmaps, action plan, closing
//!   fixes), DPIA drafts, the sign-off and the map's fingerprint;
//! - [`scene`]: the map, laid out and coloured by its findings, as the marks both painters draw;
//! - [`rules`]: the rule packs and their evaluation into findings;
//! - [`presets`]: the library of presets for new sites, built in and from the user's folder;
//! - [`io`] and [`generate`]: map files (RON, versioned, atomic saves), the inventory CSV, and
//!   synthetic maps;
//! - [`layout`]: placement of sites in one lane per jurisdiction;
//! - [`text`]: the bundled fonts, the characters no font draws, the characters no output
//!   carries raw;
//! - [`i18n`]: the translation catalogue, the words of every layer above the model;
//! - [`model`]: the map document itself.

pub mod app;
pub mod assessment;
pub mod cli;
pub mod compare;
pub mod deliver;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod interchange;
pub mod io;
pub mod layout;
pub mod model;
pub mod portfolio;
pub mod presets;
pub mod report;
pub mod rules;
pub mod scene;
pub mod text;
