//! The map's vocabulary in any language: data classes, legal bases, safeguards,
//! recipient roles and jurisdictions, each read from the catalogue by its stable id
//! (`class-payroll`, `jurisdiction-MO`, …).

use crate::i18n;
use crate::model::{DataClass, Jurisdiction, Language, LegalBasis, RecipientRole, Safeguard};

fn term(language: Language, table: &str, id: &str) -> String {
    i18n::text(language, &format!("{table}-{id}")).into_owned()
}

/// A data class in `language`.
pub fn class(language: Language, class: DataClass) -> String {
    term(language, "class", class.id())
}

/// A legal basis in `language`.
pub fn basis(language: Language, basis: LegalBasis) -> String {
    term(language, "basis", basis.id())
}

/// A safeguard in `language`.
pub fn safeguard(language: Language, safeguard: Safeguard) -> String {
    term(language, "safeguard", safeguard.id())
}

/// A recipient role in `language`.
pub fn role(language: Language, role: RecipientRole) -> String {
    term(language, "role", role.id())
}

/// A jurisdiction in `language`; another country by its name where the catalogue has it
/// (`country-PT`), else by its ISO code.
pub fn jurisdiction(language: Language, jurisdiction: &Jurisdiction) -> String {
    match jurisdiction {
        Jurisdiction::Country(code) => {
            let key = format!("country-{}", code.as_str());
            if super::has(language, &key) {
                super::text(language, &key).into_owned()
            } else {
                code.as_str().to_owned()
            }
        }
        named => term(language, "jurisdiction", named.id()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_countries_are_named_in_each_language_and_unknown_codes_kept() {
        let portugal: Jurisdiction = "PT".parse().expect("a country code");
        assert_eq!(jurisdiction(Language::Portuguese, &portugal), "Portugal");
        assert_eq!(
            jurisdiction(Language::TraditionalChinese, &portugal),
            "葡萄牙"
        );
        let singapore: Jurisdiction = "SG".parse().expect("a country code");
        assert_eq!(
            jurisdiction(Language::SimplifiedChinese, &singapore),
            "新加坡"
        );
        assert_eq!(jurisdiction(Language::English, &singapore), "Singapore");
        let unlisted: Jurisdiction = "ZW".parse().expect("a country code");
        assert_eq!(jurisdiction(Language::English, &unlisted), "ZW");
    }

    #[test]
    fn every_term_of_the_vocabularies_is_in_the_catalogue_in_every_language() {
        let keys = DataClass::ALL
            .iter()
            .map(|v| format!("class-{}", v.id()))
            .chain(
                Safeguard::ALL
                    .iter()
                    .map(|v| format!("safeguard-{}", v.id())),
            )
            .chain(LegalBasis::ALL.iter().map(|v| format!("basis-{}", v.id())))
            .chain(
                RecipientRole::ALL
                    .iter()
                    .map(|v| format!("role-{}", v.id())),
            )
            .chain(
                Jurisdiction::NAMED
                    .iter()
                    .map(|v| format!("jurisdiction-{}", v.id())),
            );
        for key in keys {
            for language in Language::ALL {
                assert!(
                    i18n::has(*language, &key),
                    "`{key}` has no {}",
                    language.id()
                );
            }
        }
    }

    #[test]
    fn terms_follow_the_glossarys_official_wording() {
        assert_eq!(class(Language::English, DataClass::Payroll), "Payroll");
        assert_eq!(
            class(Language::TraditionalChinese, DataClass::RacialEthnic),
            "種族和民族本源"
        );
        assert_eq!(
            basis(Language::Portuguese, LegalBasis::ExplicitConsent),
            "Consentimento inequívoco"
        );
        assert_eq!(
            role(Language::TraditionalChinese, RecipientRole::Controller),
            "負責處理個人資料的實體"
        );
        // The Mainland family of terms in a Mainland filing.
        assert_eq!(
            role(Language::SimplifiedChinese, RecipientRole::Processor),
            "受托人"
        );
        assert_eq!(
            jurisdiction(Language::Portuguese, &Jurisdiction::Macau),
            "RAE de Macau"
        );
    }
}
