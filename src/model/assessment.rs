//! The assessment attached to a map: risk treatments, DPIA answers, sign-off and revisions.
//!
//! Treatments are keyed by finding id (`RULE@subject`), so they survive re-evaluation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::vocab::vocabulary;

vocabulary! {
    /// Where the treatment of a finding stands.
    #[derive(Default)]
    pub enum TreatmentStatus ("treatment status") {
        /// Nobody has acted yet.
        #[default]
        Open = "open", "Open";
        /// Someone is working on it.
        InProgress = "in_progress", "In progress";
        /// The gap is closed.
        Mitigated = "mitigated", "Mitigated";
        /// The risk is accepted, with a justification.
        Accepted = "accepted", "Accepted";
        /// The finding does not apply, with a justification.
        NotApplicable = "not_applicable", "Not applicable";
    }
}

/// How a finding is being dealt with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    /// Where it stands.
    #[serde(default)]
    pub status: TreatmentStatus,
    /// Who owns the fix.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Why it is accepted or not applicable, or what was done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    /// Severity once treated, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_severity: Option<u8>,
    /// Likelihood once treated, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_likelihood: Option<u8>,
}

/// The DPIA answers the report's sections are built from; empty means not yet answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpiaAnswers {
    /// Processing description: purposes, roles, platforms.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub processing_description: String,
    /// Necessity and proportionality.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub necessity: String,
    /// How people exercise their rights (information, access, objection).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rights: String,
    /// Retention.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub retention: String,
}

/// Who assessed, what the DPO said, who approved, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// The assessor's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    /// When the assessment was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_on: Option<Date>,
    /// The DPO's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dpo: String,
    /// The DPO's opinion.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dpo_opinion: String,
    /// When the DPO gave the opinion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo_on: Option<Date>,
    /// The approver's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub approver: String,
    /// When it was approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
}

/// One entry of the revision log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// When.
    pub date: Date,
    /// Who.
    pub by: String,
    /// What changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Everything the user has decided about the map's risks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Treatments by finding id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub treatments: BTreeMap<String, Treatment>,
    /// DPIA answers.
    #[serde(default)]
    pub dpia: DpiaAnswers,
    /// Sign-off.
    #[serde(default)]
    pub sign_off: SignOff,
    /// Revision log, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
}
