//! Which column holds what: the fields `discover` reads, guessed from the header row in
//! English, Chinese and Portuguese, or given by the user as a profile file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::interchange::FormatError;

/// What a column of the spreadsheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The app's or integration's name (required).
    Name,
    /// Who makes or runs it.
    Vendor,
    /// The data it may read (its permission scopes).
    Scopes,
    /// The departments, offices or groups of people that use it.
    Users,
    /// Where the vendor hosts the data.
    Hosting,
}

impl Field {
    /// Every field, in the order the mapping is printed.
    pub const ALL: [Field; 5] = [
        Field::Name,
        Field::Vendor,
        Field::Scopes,
        Field::Users,
        Field::Hosting,
    ];

    /// The field's id in profile files.
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Vendor => "vendor",
            Field::Scopes => "scopes",
            Field::Users => "users",
            Field::Hosting => "hosting",
        }
    }

    /// Headers that name the field, lower-case, in the three languages.
    fn headers(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "name",
                "app",
                "app name",
                "application",
                "application name",
                "integration",
                "應用",
                "應用名稱",
                "应用",
                "应用名称",
                "應用程式",
                "名稱",
                "名称",
                "aplicação",
                "nome",
                "nome da aplicação",
                "integração",
            ],
            Field::Vendor => &[
                "vendor",
                "developer",
                "provider",
                "publisher",
                "supplier",
                "供應商",
                "供应商",
                "開發者",
                "开发者",
                "服務商",
                "服务商",
                "開發商",
                "开发商",
                "fornecedor",
                "desenvolvedor",
            ],
            Field::Scopes => &[
                "scopes",
                "scope",
                "data scopes",
                "permissions",
                "permission",
                "權限",
                "权限",
                "權限範圍",
                "权限范围",
                "資料權限範圍",
                "數據權限",
                "数据权限",
                "âmbito",
                "âmbitos",
                "permissões",
                "âmbito de dados",
            ],
            Field::Users => &[
                "users",
                "user",
                "departments",
                "department",
                "visible to",
                "available to",
                "used by",
                "groups",
                "使用者",
                "使用部門",
                "部門",
                "部门",
                "可見範圍",
                "可见范围",
                "使用範圍",
                "使用范围",
                "utilizadores",
                "departamentos",
                "serviços",
            ],
            Field::Hosting => &[
                "hosting",
                "hosted in",
                "location",
                "region",
                "data location",
                "data residency",
                "country",
                "託管地",
                "托管地",
                "數據存放地",
                "数据存储地",
                "存放地點",
                "存储地点",
                "部署地區",
                "部署地区",
                "地區",
                "地区",
                "alojamento",
                "localização",
                "região",
                "país",
            ],
        }
    }
}

/// The column of each field, by header text: what the user confirms and can keep as a
/// profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// Always `borderflow-discover-profile`.
    pub format: String,
    /// The profile format's version, 1.
    pub version: u32,
    /// Field → header.
    pub columns: BTreeMap<Field, String>,
}

/// The name of the profile format.
pub const PROFILE_FORMAT: &str = "borderflow-discover-profile";

fn normalise(header: &str) -> String {
    header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .filter(|c| !matches!(c, '(' | ')' | '（' | '）' | ':' | '：' | '*'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Mapping {
    /// A mapping of `columns`.
    pub fn new(columns: BTreeMap<Field, String>) -> Self {
        Self {
            format: PROFILE_FORMAT.to_owned(),
            version: 1,
            columns,
        }
    }

    /// The mapping the headers suggest: a header equal to a known name first, then one that
    /// contains the longest known name; each header used once.
    pub fn guess(headers: &[String]) -> Self {
        let normal: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
        let mut columns = BTreeMap::new();
        let mut used = vec![false; headers.len()];
        for exact in [true, false] {
            for field in Field::ALL {
                if columns.contains_key(&field) {
                    continue;
                }
                let found = normal
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !used[*i])
                    .find_map(|(index, header)| {
                        let hit = field.headers().iter().any(|name| {
                            if exact {
                                header == name
                            } else {
                                name.chars().count() >= 4 && header.contains(name)
                            }
                        });
                        hit.then_some(index)
                    });
                if let Some(index) = found {
                    used[index] = true;
                    columns.insert(field, headers[index].clone());
                }
            }
        }
        Self::new(columns)
    }

    /// Reads a profile file.
    pub fn parse(text: &str) -> Result<Self, FormatError> {
        let mapping: Self = serde_json::from_str(text)
            .map_err(|error| FormatError::new("discover-error-profile", error.to_string()))?;
        if mapping.format != PROFILE_FORMAT || mapping.version != 1 {
            return Err(FormatError::new(
                "discover-error-profile",
                format!("format {:?} version {}", mapping.format, mapping.version),
            ));
        }
        Ok(mapping)
    }

    /// The profile file's text.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The column index of each mapped field in `headers`; a mapped header that is missing, or
    /// no name column, is an error naming the headers there are.
    pub fn indices(&self, headers: &[String]) -> Result<BTreeMap<Field, usize>, FormatError> {
        let mut found = BTreeMap::new();
        for (field, header) in &self.columns {
            let index = headers
                .iter()
                .position(|h| h.trim() == header.trim())
                .ok_or_else(|| {
                    FormatError::new(
                        "discover-error-column",
                        format!("{header} ({}); {}", field.id(), headers.join(", ")),
                    )
                })?;
            found.insert(*field, index);
        }
        if !found.contains_key(&Field::Name) {
            return Err(FormatError::new(
                "discover-error-no-name",
                headers.join(", "),
            ));
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn headers_in_three_languages_are_recognised() {
        let english = Mapping::guess(&headers(&[
            "App name",
            "Vendor",
            "Data scopes",
            "Departments",
            "Hosting location",
        ]));
        assert_eq!(english.columns.len(), 5, "{english:?}");
        let chinese = Mapping::guess(&headers(&[
            "應用名稱",
            "開發者",
            "權限範圍",
            "可見範圍",
            "數據存放地",
        ]));
        assert_eq!(
            chinese.columns.get(&Field::Scopes).map(String::as_str),
            Some("權限範圍")
        );
        assert_eq!(chinese.columns.len(), 5, "{chinese:?}");
        let portuguese = Mapping::guess(&headers(&[
            "Nome da aplicação",
            "Fornecedor",
            "Permissões",
            "Departamentos",
            "Alojamento",
        ]));
        assert_eq!(portuguese.columns.len(), 5, "{portuguese:?}");
        let none = Mapping::guess(&headers(&["Colour", "Size"]));
        assert!(none.columns.is_empty());
        assert!(none.indices(&headers(&["Colour", "Size"])).is_err());
    }

    #[test]
    fn a_profile_round_trips_and_a_missing_column_is_named() {
        let mapping = Mapping::guess(&headers(&["App", "Scopes"]));
        let back = Mapping::parse(&mapping.to_text()).unwrap();
        assert_eq!(back, mapping);
        let error = back.indices(&headers(&["App"])).unwrap_err();
        assert!(error.to_string().contains("Scopes"), "{error}");
        assert!(
            Mapping::parse("{\"format\": \"other\", \"version\": 1, \"columns\": {}}").is_err()
        );
    }
}
