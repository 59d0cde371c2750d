//! The map as W3C Data Privacy Vocabulary (DPV 2) JSON-LD: the organisation as the controller,
//! each site an entity placed by `dpv-loc:`, each flow a `dpv:PersonalDataHandling` with its
//! data classes as `dpv-pd:` categories, its purpose, its legal basis, its transfer mechanisms
//! (standard contracts, certification, the CAC assessment) and its other measures. The README
//! lists the mapping.

use serde_json::{Value, json};

use crate::model::{
    Access, DataClass, Jurisdiction, LegalBasis, Map, RecipientRole, Safeguard, Site,
};

/// The DPV Personal Data (pd) category of each class.
pub fn category(class: DataClass) -> &'static str {
    match class {
        DataClass::Contact => "dpv-pd:Contact",
        DataClass::IdentityDocument => "dpv-pd:OfficialID",
        DataClass::IdentityNumber => "dpv-pd:NationalIdentificationNumber",
        DataClass::Biometric => "dpv-pd:Biometric",
        DataClass::Face => "dpv-pd:FacialPrint",
        DataClass::Health => "dpv-pd:Health",
        DataClass::Genetic => "dpv-pd:Genetic",
        DataClass::SexLife => "dpv-pd:SexualOrientation",
        DataClass::RacialEthnic => "dpv-pd:Racial",
        DataClass::ReligionBelief => "dpv-pd:Religion",
        DataClass::PoliticalUnion => "dpv-pd:PoliticalOpinion",
        DataClass::PrivateLife => "dpv-pd:Lifestyle",
        DataClass::FinancialAccount => "dpv-pd:FinancialAccount",
        DataClass::CreditSolvency => "dpv-pd:CreditWorthiness",
        DataClass::Payroll => "dpv-pd:Salary",
        DataClass::Attendance => "dpv-pd:EmploymentHistory",
        DataClass::Location => "dpv-pd:Location",
        DataClass::ChatContent => "dpv-pd:Communication",
        DataClass::HrRecord => "dpv-pd:ProfessionalEvaluation",
        DataClass::MinorUnder14 => "dpv-pd:Age",
        DataClass::Offence => "dpv-pd:CriminalOffense",
        DataClass::ImageVoice => "dpv-pd:Picture",
        DataClass::DeviceLog => "dpv-pd:DeviceBased",
    }
}

/// The DPV legal basis of a flow's basis; `None` for "not recorded".
pub fn legal_basis(basis: LegalBasis) -> Option<&'static str> {
    Some(match basis {
        LegalBasis::Consent => "dpv:Consent",
        LegalBasis::ExplicitConsent => "dpv:ExplicitlyExpressedConsent",
        LegalBasis::Contract | LegalBasis::ContractThirdParty => "dpv:Contract",
        LegalBasis::LegalObligation | LegalBasis::HrManagement => "dpv:LegalObligation",
        LegalBasis::VitalInterest => "dpv:VitalInterest",
        LegalBasis::PublicInterest | LegalBasis::PublicRegister => "dpv:PublicInterest",
        LegalBasis::LegitimateInterest => "dpv:LegitimateInterest",
        LegalBasis::None => return None,
    })
}

/// A safeguard as a transfer mechanism (a legal basis of the transfer) or as another measure.
pub fn safeguard(safeguard: Safeguard) -> (bool, &'static str) {
    match safeguard {
        Safeguard::CnStandardContract | Safeguard::GbaStandardContract => {
            (true, "dpv:StandardContractualClauses")
        }
        Safeguard::CnCertification => (true, "dpv:Certification"),
        Safeguard::CacAssessment | Safeguard::MacauAuthorisation => (true, "dpv:Authorisation"),
        Safeguard::ExplicitConsent | Safeguard::SeparateConsent => {
            (true, "dpv:ExplicitlyExpressedConsent")
        }
        Safeguard::GuardianConsent => (false, "dpv:ParentalConsent"),
        Safeguard::NoticeGiven | Safeguard::NoticeNamesRecipient => (false, "dpv:PrivacyNotice"),
        Safeguard::MacauNotification | Safeguard::FaceFiling => (false, "dpv:Notification"),
        Safeguard::ProcessorContract => (false, "dpv:DataProcessingAgreement"),
        Safeguard::SharingAgreement => (false, "dpv:DataSharingAgreement"),
        Safeguard::PiaDone => (false, "dpv:DPIA"),
        Safeguard::EncryptionInTransit => (false, "dpv:EncryptionInTransfer"),
        Safeguard::E2ee => (false, "dpv:EndToEndEncryption"),
        Safeguard::EncryptionAtRest => (false, "dpv:EncryptionAtRest"),
        Safeguard::AccessControl => (false, "dpv:AccessControlMethod"),
        Safeguard::AuditLog => (false, "dpv:ActivityMonitoring"),
        Safeguard::BreachPlan => (false, "dpv:IncidentManagementProcedures"),
        Safeguard::BiometricAlternative => (false, "dpv:DataMinimisation"),
    }
}

/// A jurisdiction as a DPV location: the country of `dpv-loc:` (the GBA cities are in `CN`;
/// borderflow's own id is kept beside it); `None` for elsewhere.
pub fn location(jurisdiction: &Jurisdiction) -> Option<String> {
    match jurisdiction {
        Jurisdiction::Macau => Some("dpv-loc:MO".to_owned()),
        Jurisdiction::MainlandGba | Jurisdiction::Mainland => Some("dpv-loc:CN".to_owned()),
        Jurisdiction::HongKong => Some("dpv-loc:HK".to_owned()),
        Jurisdiction::Country(code) => Some(format!("dpv-loc:{}", code.as_str())),
        Jurisdiction::Other => None,
    }
}

fn ids(map: &Map) -> String {
    crate::model::slug(&map.meta.title, "map")
}

fn site_node(map: &Map, site: &Site, role: Option<RecipientRole>) -> Value {
    let mut types = vec!["dpv:Entity"];
    match role {
        Some(RecipientRole::Processor) => types.push("dpv:DataProcessor"),
        Some(RecipientRole::Controller | RecipientRole::JointController) => {
            types.push("dpv:ThirdParty");
        }
        None => {}
    }
    let mut node = json!({
        "@id": format!("bf:{}/site/{}", ids(map), site.id),
        "@type": types,
        "dct:title": site.name,
        "bf:jurisdiction": site.jurisdiction.id(),
        "bf:kind": site.kind.id(),
    });
    if let Some(place) = location(&site.jurisdiction) {
        node["dpv:hasLocation"] = json!({"@id": place});
        node["dpv:hasJurisdiction"] = json!({"@id": place});
    }
    if !site.city.is_empty() {
        node["bf:city"] = json!(site.city);
    }
    node
}

/// The map as DPV JSON-LD: one document, its keys sorted, the same map giving the same bytes.
pub fn write(map: &Map) -> String {
    let base = ids(map);
    let controller = format!("bf:{base}/controller");
    let mut graph = vec![json!({
        "@id": controller,
        "@type": "dpv:DataController",
        "dct:title": if map.meta.organisation.is_empty() { &map.meta.title } else { &map.meta.organisation },
    })];
    for site in map.sites() {
        let role = map
            .flows_of(&site.id)
            .iter()
            .filter(|view| view.flow.to == site.id)
            .find_map(|view| view.flow.recipient_role);
        graph.push(site_node(map, site, role));
    }
    let numbers = crate::scene::flow_numbers(map);
    for view in map.flows() {
        let flow = view.flow;
        let mut bases: Vec<Value> = legal_basis(flow.legal_basis)
            .map(|basis| json!({"@id": basis}))
            .into_iter()
            .collect();
        let mut measures = Vec::new();
        for item in &flow.safeguards {
            let (mechanism, term) = safeguard(*item);
            let entry = json!({"@id": term});
            if mechanism {
                if !bases.contains(&entry) {
                    bases.push(entry);
                }
            } else if !measures.contains(&entry) {
                measures.push(entry);
            }
        }
        let mut processing = vec![
            json!({"@id": if flow.access == Access::RemoteAccess { "dpv:Access" } else { "dpv:Transfer" }}),
        ];
        if view.crosses_border() {
            processing.push(json!({"@id": "dpv:CrossBorderTransfer"}));
        }
        let mut node = json!({
            "@id": format!("bf:{base}/flow/{}", flow.id),
            "@type": "dpv:PersonalDataHandling",
            "dct:identifier": numbers.get(&flow.id).map(|n| crate::scene::flow_tag(*n)).unwrap_or_default(),
            "dpv:hasDataController": {"@id": controller},
            "dpv:hasPersonalData": flow.data_classes.iter().map(|c| json!({"@id": category(*c)})).collect::<Vec<_>>(),
            "bf:dataClasses": flow.data_classes.iter().map(|c| c.id()).collect::<Vec<_>>(),
            "dpv:hasLegalBasis": bases,
            "dpv:hasTechnicalOrganisationalMeasure": measures,
            "dpv:hasProcessing": processing,
            "bf:from": {"@id": format!("bf:{base}/site/{}", flow.from)},
            "dpv:hasRecipient": {"@id": format!("bf:{base}/site/{}", flow.to)},
        });
        if !flow.purpose.is_empty() {
            node["dpv:hasPurpose"] =
                json!({"@type": "dpv:Purpose", "dct:description": flow.purpose});
        }
        if let Some(place) = location(&view.target.jurisdiction) {
            node["dpv:hasLocation"] = json!({"@id": place});
        }
        if let Some(subjects) = flow.subjects_per_year {
            node["bf:subjectsPerYear"] = json!(subjects);
        }
        graph.push(node);
    }
    let document = json!({
        "@context": {
            "dpv": "https://w3id.org/dpv#",
            "dpv-pd": "https://w3id.org/dpv/pd#",
            "dpv-loc": "https://w3id.org/dpv/loc#",
            "dct": "http://purl.org/dc/terms/",
            "bf": "urn:borderflow:",
        },
        "@graph": graph,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
