//! The assessment attached to a map: risk treatments, DPIA answers, sign-off and revisions.
//!
//! Treatments are keyed by finding id (`RULE@subject`), so they survive re-evaluation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::score::{Likelihood, Severity};
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
    pub residual_severity: Option<Severity>,
    /// Likelihood once treated, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_likelihood: Option<Likelihood>,
}

/// How people exercise their rights over the data (report section 4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsAnswers {
    /// How people are told about the processing and the transfer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub information: String,
    /// How they get access to, and correct, their data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub access: String,
    /// How they object, or withdraw consent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objection: String,
}

impl RightsAnswers {
    /// Nothing answered yet.
    pub fn is_empty(&self) -> bool {
        self.information.is_empty() && self.access.is_empty() && self.objection.is_empty()
    }
}

impl TreatmentStatus {
    /// Accepting a risk or dismissing a finding needs a written reason.
    pub fn needs_justification(self) -> bool {
        matches!(self, Self::Accepted | Self::NotApplicable)
    }

    /// Nothing more is to be done: the action plan leaves it out.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Mitigated | Self::Accepted | Self::NotApplicable)
    }
}

impl Treatment {
    /// The status that counts: an acceptance or dismissal without a justification is still
    /// open, whatever the file says.
    pub fn effective_status(&self) -> TreatmentStatus {
        if self.status.needs_justification() && self.justification.trim().is_empty() {
            TreatmentStatus::Open
        } else {
            self.status
        }
    }

    /// Nothing decided: the same as no treatment at all.
    pub fn is_blank(&self) -> bool {
        *self == Self::default()
    }
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
    /// How people exercise their rights.
    #[serde(default, skip_serializing_if = "RightsAnswers::is_empty")]
    pub rights: RightsAnswers,
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
    /// The assessor's title or position.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessor_title: String,
    /// The DPO's title or position.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dpo_title: String,
    /// The approver's title or position.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub approver_title: String,
    /// What the assessor recommends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor_decision: Option<Decision>,
    /// What the DPO advises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo_decision: Option<Decision>,
    /// What the approver decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_decision: Option<Decision>,
    /// The conditions of an approval with conditions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conditions: String,
    /// Why the processing is approved although critical or high findings are still open.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
}

impl SignOff {
    /// Whether any field of format version 3 (titles, decisions, conditions, justification) is
    /// recorded.
    pub fn uses_decisions(&self) -> bool {
        !(self.assessor_title.is_empty()
            && self.dpo_title.is_empty()
            && self.approver_title.is_empty()
            && self.assessor_decision.is_none()
            && self.dpo_decision.is_none()
            && self.approver_decision.is_none()
            && self.conditions.is_empty()
            && self.justification.is_empty())
    }

    /// The approver's decision as recorded: the one chosen or, where a file records only the
    /// approver's name and date (as files before decisions did), an approval, with the
    /// conditions when conditions are recorded.
    pub fn approval(&self) -> Option<Decision> {
        self.approver_decision.or_else(|| {
            (self.approved_on.is_some() && !self.approver.trim().is_empty()).then(|| {
                if self.conditions.trim().is_empty() {
                    Decision::Approve
                } else {
                    Decision::ApproveWithConditions
                }
            })
        })
    }

    /// Whether some role approves, with or without conditions.
    pub fn approves(&self) -> bool {
        [self.assessor_decision, self.dpo_decision, self.approval()]
            .into_iter()
            .flatten()
            .any(Decision::approves)
    }
}

vocabulary! {
    /// What a role of the sign-off decides about the processing.
    pub enum Decision ("decision") {
        /// The processing may go ahead.
        Approve = "approve", "Approve";
        /// The processing may go ahead once the recorded conditions are met.
        ApproveWithConditions = "approve_with_conditions", "Approve with conditions";
        /// The processing may not go ahead.
        Reject = "reject", "Reject";
    }
}

impl Decision {
    /// The processing may go ahead, with or without conditions.
    pub fn approves(self) -> bool {
        matches!(self, Decision::Approve | Decision::ApproveWithConditions)
    }
}

vocabulary! {
    /// The step of the sign-off a revision records.
    pub enum SignOffStep ("sign-off step") {
        /// The assessor completed the assessment.
        Assessed = "assessed", "Assessed";
        /// The DPO gave an opinion.
        DpoOpinion = "dpo_opinion", "DPO opinion";
        /// The approver approved it.
        Approved = "approved", "Approved";
    }
}

/// One entry of the revision log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// When.
    pub date: Date,
    /// Who.
    pub by: String,
    /// Which sign-off step it records; `None` for entries migrated from version 1 files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<SignOffStep>,
    /// What changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The fingerprint of the sites and flows that were signed off (see
    /// `assessment::fingerprint`), so a later change to the map shows.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub map_hash: String,
    /// The canonical text of the map as signed (its sites, flows and metadata, without the
    /// assessment), so `diff --since-signoff` can show what changed since (format version 5).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signed_map: String,
}

/// Everything the user has decided about the map's risks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Treatments by finding id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_treatments"
    )]
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

/// Reads the treatments, refusing a finding named twice: a map keeps one value per key, so the
/// first treatment would be dropped without a word.
pub(crate) fn unique_treatments<'de, D>(
    deserializer: D,
) -> Result<BTreeMap<String, Treatment>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Unique;
    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = BTreeMap<String, Treatment>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("treatments by finding id")
        }

        fn visit_map<A>(self, mut access: A) -> Result<Self::Value, A::Error>
        where
            A: serde::de::MapAccess<'de>,
        {
            let mut treatments = BTreeMap::new();
            while let Some((finding, treatment)) = access.next_entry::<String, Treatment>()? {
                if treatments.contains_key(&finding) {
                    return Err(serde::de::Error::custom(format!(
                        "the treatment of `{finding}` is given twice; keep one of them"
                    )));
                }
                treatments.insert(finding, treatment);
            }
            Ok(treatments)
        }
    }
    deserializer.deserialize_map(Unique)
}
