//! Flows: personal data going from where it is held to who receives or views it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::filing::References;
use super::ids::{FlowId, SiteId};
use super::vocab::{Access, DataClass, Flag, LegalBasis, RecipientRole, Safeguard};

/// A flow of personal data between two sites, with everything the rules look at.
///
/// `from` and `to` always name sites of the same map: the [`Map`](super::Map) keeps them equal
/// to the ends of the graph edge that holds this flow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// Stable id.
    pub id: FlowId,
    /// The site where the data is held.
    pub from: SiteId,
    /// The site that receives the data, or views it with [`Access::RemoteAccess`].
    pub to: SiteId,
    /// Why the data flows, free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// The kinds of personal data carried.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub data_classes: BTreeSet<DataClass>,
    /// Distinct people whose data crosses per calendar year; `None` is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjects_per_year: Option<u64>,
    /// Of those, people whose sensitive data crosses; `None`: all count as sensitive when a
    /// PIPL-sensitive class is carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive_subjects_per_year: Option<u64>,
    /// The legal basis the flow rests on.
    #[serde(default)]
    pub legal_basis: LegalBasis,
    /// The role of the recipient, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_role: Option<RecipientRole>,
    /// The safeguards in place.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub safeguards: BTreeSet<Safeguard>,
    /// Facts about the flow that rules depend on.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub flags: BTreeSet<Flag>,
    /// How long the recipient keeps the data, in days; `None` is undefined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// Whether the data moves or is viewed remotely.
    #[serde(default)]
    pub access: Access,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The categories of people whose data it carries (employees, job applicants, customers…).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject_categories: String,
    /// How the data is processed: collection, storage, analysis, payroll calculation…
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub processing_method: String,
    /// How the data travels: API, SFTP, VPN, console access…
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    /// The technical and organisational security measures of this flow, in words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub security_measures: String,
    /// Third parties the recipient passes the data on to, with their place.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub onward_recipients: String,
    /// The numbers and dates of the filings and contracts recorded as safeguards.
    #[serde(default, skip_serializing_if = "References::is_empty")]
    pub references: References,
    /// The day the flow started (edition 2027-01, for the clocks of rules-spec section 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// Its stable number (F1, F2…): given once by [`Map::add_flow`](super::Map::add_flow) in
    /// the order flows were made, never changed or reused (format version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
}

/// Why a flow's own values do not fit together.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    /// More sensitive subjects than subjects.
    #[error(
        "flow `{flow}` has {sensitive} sensitive subjects a year but only {total} subjects; \
         sensitive subjects must be at most subjects_per_year"
    )]
    SensitiveExceedsTotal {
        /// The flow.
        flow: FlowId,
        /// Sensitive subjects per year.
        sensitive: u64,
        /// Subjects per year.
        total: u64,
    },
    /// A flow from a site to itself.
    #[error("flow `{flow}` goes from site `{site}` to itself; a flow joins two different sites")]
    SameEnds {
        /// The flow.
        flow: FlowId,
        /// The site at both ends.
        site: SiteId,
    },
}

impl Flow {
    /// A flow with nothing recorded yet: no classes, basis `none`, a transfer.
    pub fn new(id: FlowId, from: SiteId, to: SiteId) -> Self {
        Self {
            id,
            from,
            to,
            purpose: String::new(),
            data_classes: BTreeSet::new(),
            subjects_per_year: None,
            sensitive_subjects_per_year: None,
            legal_basis: LegalBasis::None,
            recipient_role: None,
            safeguards: BTreeSet::new(),
            flags: BTreeSet::new(),
            retention_days: None,
            access: Access::Transfer,
            notes: String::new(),
            subject_categories: String::new(),
            processing_method: String::new(),
            channel: String::new(),
            security_measures: String::new(),
            onward_recipients: String::new(),
            references: References::new(),
            since: None,
            number: None,
        }
    }

    /// Checks the values that must agree with each other.
    pub fn check(&self) -> Result<(), FlowError> {
        if self.from == self.to {
            return Err(FlowError::SameEnds {
                flow: self.id.clone(),
                site: self.from.clone(),
            });
        }
        if let (Some(sensitive), Some(total)) =
            (self.sensitive_subjects_per_year, self.subjects_per_year)
            && sensitive > total
        {
            return Err(FlowError::SensitiveExceedsTotal {
                flow: self.id.clone(),
                sensitive,
                total,
            });
        }
        Ok(())
    }
}
