//! borderflow: map where personal data goes between Macau, the Mainland and beyond, see what
//! the law asks of each flow, and produce the DPIA that proves it.
//!
//! Layers, each depending only on those below it:
//! - [`cli`]: the command line (the binary is a thin shell around it);
//! - [`deliver`]: the transfer register (XLSX, CSV) and the sealed filing bundle;
//! - [`io`]: map files (RON, versioned, atomic saves) and the inventory CSV;
//! - [`layout`]: placement of sites in one lane per jurisdiction;
//! - [`presets`]: the library of presets for new sites, built in and from the user's folder;
//! - [`report`]: the DPIA report as PDF, HTML and Markdown in three languages;
//! - [`assessment`]: findings joined with treatments (register, heatmaps, action plan, closing
//!   fixes), DPIA drafts, the sign-off and the map's fingerprint;
//! - [`i18n`]: the translation catalogue, the words of every layer above the model;
//! - [`model`]: the map document itself.

pub mod app;
pub mod assessment;
pub mod cli;
pub mod deliver;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod model;
pub mod presets;
pub mod report;
pub mod rules;
pub mod scene;
