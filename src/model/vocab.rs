//! The stable vocabulary of `domain/rules-spec.md` section 1 as typed enums.
//!
//! Every id here appears verbatim in map files, inventory CSVs, rule packs and JSON output, so
//! the ids are a contract: add variants, never rename them.

/// An id that is not part of a vocabulary, with the nearest valid ids to suggest.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct UnknownId {
    /// What kind of id was expected, e.g. "data class".
    pub what: &'static str,
    /// The value that was given.
    pub value: String,
    /// The closest valid ids, best first (may be empty).
    pub nearest: Vec<String>,
    /// Every valid id, or a short description of them when there are too many to list.
    pub valid: String,
}

impl UnknownId {
    /// Builds the error for `value`, ranking `candidates` by similarity.
    pub fn new<'a>(
        what: &'static str,
        value: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let candidates: Vec<&str> = candidates.into_iter().collect();
        let valid = candidates.join(", ");
        Self::with_valid(what, value, candidates, valid)
    }

    /// Like [`UnknownId::new`], with a custom description of the valid ids.
    pub fn with_valid<'a>(
        what: &'static str,
        value: &str,
        candidates: impl IntoIterator<Item = &'a str>,
        valid: String,
    ) -> Self {
        Self {
            what,
            value: value.to_owned(),
            nearest: nearest_ids(value, candidates),
            valid,
        }
    }

    fn describe(&self) -> String {
        let mut text = format!("unknown {} `{}`", self.what, self.value);
        match self.nearest.as_slice() {
            [] => {}
            [one] => text.push_str(&format!("; did you mean `{one}`?")),
            many => {
                let quoted: Vec<String> = many.iter().map(|id| format!("`{id}`")).collect();
                text.push_str(&format!("; did you mean one of {}?", quoted.join(", ")));
            }
        }
        text.push_str(&format!(" (valid: {})", self.valid));
        text
    }
}

/// The valid ids closest to `value`, at most three, best first.
///
/// Closeness is the edit distance on lower-cased text, so `Attendence` suggests `attendance`;
/// an id that is far from everything suggests nothing rather than noise.
pub fn nearest_ids<'a>(value: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let wanted = value.trim().to_lowercase();
    let limit = (wanted.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let distance = if lower.contains(&wanted) && wanted.len() >= 3 {
                // A prefix or fragment of an id ("identity") is a strong hint.
                1
            } else {
                strsim::levenshtein(&wanted, &lower)
            };
            (distance <= limit).then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, id)| id.to_owned())
        .collect()
}

/// Declares a vocabulary enum with its stable ids and English labels, plus the conversions
/// every vocabulary shares: `ALL`, `id`, `label`, `FromStr`, `Display` and serde as the id.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order of the specification.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What a value of this vocabulary is called in messages.
            pub const WHAT: &'static str = $what;

            /// The stable id used in files, CSV and JSON.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// A short English label for people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// The value with this exact id, if any.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::vocab::UnknownId;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::from_id(text.trim()).ok_or_else(|| {
                    $crate::model::vocab::UnknownId::new(
                        $what,
                        text,
                        Self::ALL.iter().map(|value| value.id()),
                    )
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// What a site is.
    #[derive(Default)]
    pub enum SiteKind ("site kind") {
        /// An office or branch of the organisation.
        #[default]
        Office = "office", "Office";
        /// A platform such as DingTalk or WeCom.
        Saas = "saas", "SaaS platform";
        /// A cloud region or hosting site.
        Datacentre = "datacentre", "Data centre";
        /// An internal application: HR, SIEM, archive.
        System = "system", "Internal system";
        /// An outside organisation: parent company, bank, regulator.
        Party = "party", "Outside party";
        /// A group of data subjects.
        People = "people", "Group of people";
    }
}

vocabulary! {
    /// A category of personal data a flow carries.
    pub enum DataClass ("data class") {
        /// Name, phone, e-mail, address.
        Contact = "contact", "Contact details";
        /// Copies, scans or photos of ID, BIR or passport documents (and, in maps written before
        /// rulebook edition 2026-12, the numbers too).
        IdentityDocument = "identity_document", "Identity documents";
        /// ID, BIR or passport numbers alone, without a copy of the document (edition 2026-12).
        IdentityNumber = "identity_number", "Identity numbers";
        /// Fingerprint, voiceprint, palm or iris template (and, in maps written before rulebook
        /// edition 2027-01, faces too).
        Biometric = "biometric", "Biometric data";
        /// Face images or templates used to recognise a person: face clock-in, face login,
        /// visitor gates (edition 2027-01).
        Face = "face", "Face recognition data";
        /// Medical data, sick notes.
        Health = "health", "Health data";
        /// Genetic data.
        Genetic = "genetic", "Genetic data";
        /// Sex life or orientation.
        SexLife = "sex_life", "Sex life or orientation";
        /// Racial or ethnic origin.
        RacialEthnic = "racial_ethnic", "Racial or ethnic origin";
        /// Religious or philosophical beliefs.
        ReligionBelief = "religion_belief", "Religious or philosophical beliefs";
        /// Political opinions, association or trade-union membership.
        PoliticalUnion = "political_union", "Political opinions or union membership";
        /// Private-life details: spending, itinerary, family life.
        PrivateLife = "private_life", "Private life";
        /// Bank or payment account, card numbers.
        FinancialAccount = "financial_account", "Financial accounts";
        /// Credit rating, solvency, debts.
        CreditSolvency = "credit_solvency", "Credit and solvency";
        /// Salary, bonus, tax, social security.
        Payroll = "payroll", "Payroll";
        /// Clock-in/out, leave.
        Attendance = "attendance", "Attendance";
        /// GPS or geofence check-in, travel tracks.
        Location = "location", "Location";
        /// Chat, e-mail, message content, call recordings.
        ChatContent = "chat_content", "Chat and message content";
        /// CV, performance reviews, discipline.
        HrRecord = "hr_record", "HR records";
        /// Any data of a child under 14.
        MinorUnder14 = "minor_under14", "Children under 14";
        /// Criminal or administrative offences, suspicions.
        Offence = "offence", "Offences";
        /// CCTV images, voice.
        ImageVoice = "image_voice", "Images and voice";
        /// Account ids, IP addresses, login and operation logs.
        DeviceLog = "device_log", "Device and access logs";
    }
}

vocabulary! {
    /// The legal basis a flow rests on.
    #[derive(Default)]
    pub enum LegalBasis ("legal basis") {
        /// Consent.
        Consent = "consent", "Consent";
        /// Explicit consent.
        ExplicitConsent = "explicit_consent", "Explicit consent";
        /// Necessary for a contract with the person, or steps before one at their request.
        Contract = "contract", "Contract with the person";
        /// A contract in the person's interest.
        ContractThirdParty = "contract_third_party", "Contract in the person's interest";
        /// A legal obligation.
        LegalObligation = "legal_obligation", "Legal obligation";
        /// Vital interest.
        VitalInterest = "vital_interest", "Vital interest";
        /// Public interest, including legal claims.
        PublicInterest = "public_interest", "Public interest or legal claims";
        /// A public register.
        PublicRegister = "public_register", "Public register";
        /// Legitimate interest.
        LegitimateInterest = "legitimate_interest", "Legitimate interest";
        /// PIPL Art 13(1)(2): labour rules and collective contracts.
        HrManagement = "hr_management", "HR management (PIPL Art 13)";
        /// Not recorded.
        #[default]
        None = "none", "Not recorded";
    }
}

impl LegalBasis {
    /// One of the Macau necessity grounds of PDPA Art 20(1).
    pub fn macau_necessity(self) -> bool {
        matches!(
            self,
            LegalBasis::Contract
                | LegalBasis::ContractThirdParty
                | LegalBasis::VitalInterest
                | LegalBasis::PublicInterest
                | LegalBasis::PublicRegister
        )
    }
}

vocabulary! {
    /// A safeguard present on a flow.
    pub enum Safeguard ("safeguard") {
        /// The person explicitly consented to this transfer.
        ExplicitConsent = "explicit_consent", "Explicit consent to the transfer";
        /// PIPL separate consent.
        SeparateConsent = "separate_consent", "Separate consent (PIPL)";
        /// Guardian consent for a child.
        GuardianConsent = "guardian_consent", "Guardian consent";
        /// A privacy notice was given.
        NoticeGiven = "notice_given", "Notice given";
        /// The notice names the recipient and its place.
        NoticeNamesRecipient = "notice_names_recipient", "Notice names recipient and place";
        /// Notified to the Macau PDPB.
        MacauNotification = "macau_notification", "Macau notification filed";
        /// Authorised by the Macau PDPB.
        MacauAuthorisation = "macau_authorisation", "Macau authorisation granted";
        /// Processor (entrustment) contract.
        ProcessorContract = "processor_contract", "Processor contract";
        /// Mainland standard contract signed and filed.
        CnStandardContract = "cn_standard_contract", "Mainland standard contract";
        /// GBA standard contract signed and filed.
        GbaStandardContract = "gba_standard_contract", "GBA standard contract";
        /// Mainland personal information protection certification.
        CnCertification = "cn_certification", "Mainland certification";
        /// CAC security assessment passed.
        CacAssessment = "cac_assessment", "CAC security assessment";
        /// PIPIA / DPIA on file.
        PiaDone = "pia_done", "Impact assessment on file";
        /// Encrypted in transit.
        EncryptionInTransit = "encryption_in_transit", "Encryption in transit";
        /// End-to-end encrypted.
        E2ee = "e2ee", "End-to-end encryption";
        /// Encrypted at rest.
        EncryptionAtRest = "encryption_at_rest", "Encryption at rest";
        /// Role-based access control.
        AccessControl = "access_control", "Access control";
        /// Access is logged.
        AuditLog = "audit_log", "Audit log";
        /// A breach response plan exists.
        BreachPlan = "breach_plan", "Breach plan";
        /// A non-biometric alternative is offered.
        BiometricAlternative = "biometric_alternative", "Non-biometric alternative offered";
        /// An agreement with a recipient that is itself a controller or handler: purposes,
        /// manner, scope and protection (edition 2026-12).
        SharingAgreement = "sharing_agreement", "Sharing agreement with the recipient";
        /// The handler that stores face data of 100,000 persons or more has filed with the
        /// provincial CAC (edition 2027-01).
        FaceFiling = "face_filing", "Face recognition filing";
    }
}

vocabulary! {
    /// The sector of the legal entity at a site (edition 2027-01): before 2024-11-01 the GBA
    /// (Mainland, Hong Kong) standard contract was open to the pilot sectors only.
    pub enum Sector ("sector") {
        /// Banking.
        Banking = "banking", "Banking";
        /// Credit referencing.
        CreditReference = "credit_reference", "Credit referencing";
        /// Healthcare.
        Healthcare = "healthcare", "Healthcare";
        /// Any other sector.
        Other = "other", "Other sector";
    }
}

vocabulary! {
    /// A fact about a flow that rules depend on.
    pub enum Flag ("flag") {
        /// Wholly or partly automated processing.
        Automated = "automated", "Automated processing";
        /// Notified or published as important data by a Mainland authority.
        ImportantData = "important_data", "Important data (Mainland)";
        /// The exporter is a critical information infrastructure operator.
        Ciio = "ciio", "CIIO exporter";
        /// Collected outside the Mainland and sent back out.
        OriginatedOutsideCn = "originated_outside_cn", "Originated outside the Mainland";
        /// Mixed with data collected in the Mainland.
        MixedWithCnData = "mixed_with_cn_data", "Mixed with Mainland data";
        /// Interconnection of data sets.
        Combination = "combination", "Combination of data sets";
        /// Used for a new purpose.
        PurposeChange = "purpose_change", "Change of purpose";
        /// Automated decision-making.
        AutomatedDecision = "automated_decision", "Automated decisions";
        /// Employee monitoring purpose.
        Monitoring = "monitoring", "Employee monitoring";
    }
}

vocabulary! {
    /// The role of the party receiving a flow.
    pub enum RecipientRole ("recipient role") {
        /// Processes on the sender's behalf.
        Processor = "processor", "Processor";
        /// Decides purposes and means itself.
        Controller = "controller", "Controller";
        /// Decides jointly with the sender.
        JointController = "joint_controller", "Joint controller";
    }
}

vocabulary! {
    /// Whether the data moves, or stays and is viewed from the target's place.
    #[derive(Default)]
    pub enum Access ("access") {
        /// The data moves to the target.
        #[default]
        Transfer = "transfer", "Transfer";
        /// The data stays at the source and is viewed or downloaded from the target's place.
        RemoteAccess = "remote_access", "Remote access";
    }
}

vocabulary! {
    /// The language of a map and of its report.
    #[derive(Default)]
    pub enum Language ("language") {
        /// English.
        #[default]
        English = "en", "English";
        /// Traditional Chinese.
        TraditionalChinese = "zh-Hant", "繁體中文";
        /// Portuguese.
        Portuguese = "pt", "Português";
        /// Simplified Chinese, for filings with Mainland authorities (a report language; the
        /// editor does not offer it).
        SimplifiedChinese = "zh-Hans", "简体中文";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_for_every_vocabulary() {
        for class in DataClass::ALL {
            assert_eq!(class.id().parse::<DataClass>(), Ok(*class));
        }
        for safeguard in Safeguard::ALL {
            assert_eq!(safeguard.id().parse::<Safeguard>(), Ok(*safeguard));
        }
        for flag in Flag::ALL {
            assert_eq!(flag.id().parse::<Flag>(), Ok(*flag));
        }
        for basis in LegalBasis::ALL {
            assert_eq!(basis.id().parse::<LegalBasis>(), Ok(*basis));
        }
    }

    #[test]
    fn vocabulary_sizes_match_the_spec() {
        assert_eq!(DataClass::ALL.len(), 23);
        assert_eq!(Safeguard::ALL.len(), 22);
        assert_eq!(Sector::ALL.len(), 4);
        assert_eq!(Flag::ALL.len(), 9);
        assert_eq!(LegalBasis::ALL.len(), 11);
        assert_eq!(SiteKind::ALL.len(), 6);
    }

    #[test]
    fn a_misspelt_id_suggests_the_nearest() {
        let error = "attendence".parse::<DataClass>().unwrap_err();
        assert_eq!(
            error.nearest.first().map(String::as_str),
            Some("attendance")
        );
        assert!(
            error.to_string().contains("did you mean `attendance`"),
            "{error}"
        );
    }

    #[test]
    fn a_far_id_suggests_nothing_but_lists_the_valid_ones() {
        let error = "zzzzzzzzzzzz".parse::<Access>().unwrap_err();
        assert!(error.nearest.is_empty());
        assert!(
            error.to_string().contains("transfer, remote_access"),
            "{error}"
        );
    }

    #[test]
    fn necessity_grounds_are_the_five_of_art_20() {
        let grounds: Vec<_> = LegalBasis::ALL
            .iter()
            .filter(|b| b.macau_necessity())
            .collect();
        assert_eq!(grounds.len(), 5);
        assert!(!LegalBasis::Consent.macau_necessity());
    }
}
