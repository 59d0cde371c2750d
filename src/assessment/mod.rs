//! The assessment worked out from a map: the risk register (findings joined with the user's
//! treatments), the heatmaps, drafts of the DPIA answers, the sign-off and the map's
//! fingerprint. The editor and the report both read from here, so they always agree; nothing
//! here knows about egui.

pub mod drafts;
pub mod fingerprint;
pub mod heatmap;
pub mod mechanisms;
pub mod risk_register;
pub mod sign_off;

pub use drafts::draft;
pub use fingerprint::{FingerprintError, fingerprint, fingerprint_text};
pub use heatmap::{Grid, Heatmap, cell_rgb, ink_on};
pub use mechanisms::{
    Authority, FlowMechanisms, Mechanism, RegimeMechanism, TransferRegime, transfer_mechanisms,
};
pub use risk_register::{
    Register, Resolved, Risk, RiskFilter, Score, closing_safeguards, residual_score,
};
pub use sign_off::sign;
