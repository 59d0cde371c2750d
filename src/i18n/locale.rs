//! The language the user's system asks for, from the POSIX locale variables.

use crate::model::Language;

/// The language a locale name such as `zh_TW.UTF-8`, `pt_PT` or `en_US` asks for; `None` for
/// one borderflow does not speak, or for `C` and `POSIX`.
pub fn language_from_locale(locale: &str) -> Option<Language> {
    let name = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('-', "_");
    let mut parts = name.split('_');
    let language = parts.next().unwrap_or("").to_ascii_lowercase();
    let rest: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
    match language.as_str() {
        "en" => Some(Language::English),
        "pt" => Some(Language::Portuguese),
        "zh" => {
            let simplified = rest
                .iter()
                .any(|part| matches!(part.as_str(), "hans" | "cn" | "sg" | "my"));
            Some(if simplified {
                Language::SimplifiedChinese
            } else {
                Language::TraditionalChinese
            })
        }
        _ => None,
    }
}

/// The language of the first locale variable that is set (`LC_ALL`, `LC_MESSAGES`, `LANG`);
/// on Windows and macOS, where these are seldom set, the language of the user's settings
/// otherwise (`zh-MO`, `pt-PT`…); English when none names a language borderflow speaks.
pub fn system_language() -> Language {
    let variable = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty());
    let named = match variable {
        Some(value) => Some(value),
        None if cfg!(any(windows, target_os = "macos")) => sys_locale::get_locale(),
        None => None,
    };
    named
        .and_then(|value| language_from_locale(&value))
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_the_languages_borderflow_speaks() {
        assert_eq!(
            language_from_locale("zh_TW.UTF-8"),
            Some(Language::TraditionalChinese)
        );
        assert_eq!(
            language_from_locale("zh_MO"),
            Some(Language::TraditionalChinese)
        );
        assert_eq!(
            language_from_locale("zh_CN.UTF-8"),
            Some(Language::SimplifiedChinese)
        );
        assert_eq!(
            language_from_locale("zh-Hans"),
            Some(Language::SimplifiedChinese)
        );
        assert_eq!(
            language_from_locale("pt_PT.UTF-8@euro"),
            Some(Language::Portuguese)
        );
        assert_eq!(language_from_locale("en_GB"), Some(Language::English));
        assert_eq!(language_from_locale("C.UTF-8"), None);
        assert_eq!(language_from_locale("fr_FR"), None);
    }
}
