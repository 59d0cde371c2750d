//! What the regulators' filings ask that the rules do not: who the controller is in law and who
//! speaks for it, who receives the data and where it is kept, how it travels and onward to whom,
//! and the numbers and dates of the filings and contracts already made (`domain/filings.md`,
//! "gap analysis"). Every field is optional; the report prints what is missing as a blank to
//! complete, never a guess.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::vocab::Safeguard;

/// A person a filing names: the signatory, the representative, the DPO, a contact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Title or position, e.g. "Director".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Telephone, e-mail or postal address, as the filing asks.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

impl Person {
    /// Nothing recorded.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.title.is_empty() && self.contact.is_empty()
    }
}

/// The controller's legal identity and the people who act for it, as the Macau notification,
/// the standard contracts and the CAC filing system ask for them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The legal name in Chinese (名稱).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_zh: String,
    /// The legal name in Portuguese (Denominação).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_pt: String,
    /// The legal name in English, where it has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    /// The registered address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// The registration number: Macau commercial registry number, or the Mainland unified
    /// social credit code (统一社会信用代码).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub registration: String,
    /// The legal representative who signs and seals the filings.
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    pub signatory: Person,
    /// The representative in Macau of a controller established elsewhere (PDPA Art 23(a)).
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    pub representative: Person,
    /// The data protection officer, or the contact person for the filings.
    #[serde(default, skip_serializing_if = "Person::is_empty")]
    pub dpo: Person,
    /// The security measures of the controller in general (PDPA Art 23(j)).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub security_measures: String,
}

impl Controller {
    /// Nothing recorded.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The number and dates of a filing, an authorisation, a contract or an assessment report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The registration, filing or contract number, or the document's title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// When it was filed or signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated: Option<Date>,
    /// When it was accepted or took effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<Date>,
    /// When it expires and must be renewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
}

impl Reference {
    /// Nothing recorded.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The references of a flow's filings and contracts, by the safeguard they document.
pub type References = BTreeMap<Safeguard, Reference>;

impl Safeguard {
    /// A filing with, or an approval of, a regulator, a contract or an assessment report: a
    /// document with a number and dates, which the register and the filings cite.
    pub fn has_reference(self) -> bool {
        matches!(
            self,
            Safeguard::MacauNotification
                | Safeguard::MacauAuthorisation
                | Safeguard::ProcessorContract
                | Safeguard::CnStandardContract
                | Safeguard::GbaStandardContract
                | Safeguard::CnCertification
                | Safeguard::CacAssessment
                | Safeguard::PiaDone
                | Safeguard::SharingAgreement
                | Safeguard::FaceFiling
        )
    }
}
