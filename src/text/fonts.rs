//! The fonts borderflow draws with: Noto Sans HK and Noto Sans SC, regular and bold, carried in
//! the binary (SIL Open Font Licence, `assets/fonts/`). Every drawn output (the diagram's PNG and
//! PDF, the PDF report, the Word report's diagram) and the editor use them, so a map gives the
//! same bytes on every machine whatever fonts it has installed.
//!
//! Noto Sans HK has the Hong Kong glyph forms Macau uses, with Latin and Portuguese letters;
//! Noto Sans SC the Simplified forms, for documents in Simplified Chinese, and the Simplified
//! characters Noto Sans HK lacks. The system's fonts are read only when a text has a character
//! neither has (Thai, emoji, rare CJK extensions), and only then: most outputs never look at them.

use std::sync::{Arc, OnceLock};

use resvg::usvg::{self, fontdb};

use crate::model::Language;

/// The Traditional Chinese family, in the Hong Kong glyph forms Macau uses.
pub const TRADITIONAL: &str = "Noto Sans HK";
/// The Simplified Chinese family.
pub const SIMPLIFIED: &str = "Noto Sans SC";

/// The environment variable naming the folders (separated as `PATH` is) searched for fallback
/// fonts instead of the system's. Set to an empty folder, no system font is used at all: the
/// tests prove so that the outputs do not depend on them.
pub const FONT_DIRS_VARIABLE: &str = "BORDERFLOW_FONT_DIRS";

/// A font file carried in the binary.
pub struct BundledFace {
    /// Its family name.
    pub family: &'static str,
    /// Whether it is the bold face (otherwise regular).
    pub bold: bool,
    /// Its file name under `assets/fonts/`.
    pub file: &'static str,
    /// The file's bytes.
    pub data: &'static [u8],
}

/// Every font file carried in the binary, the Traditional family first.
pub static BUNDLED: [BundledFace; 4] = [
    BundledFace {
        family: TRADITIONAL,
        bold: false,
        file: "NotoSansHK-Regular.ttf",
        data: include_bytes!("../../assets/fonts/NotoSansHK-Regular.ttf"),
    },
    BundledFace {
        family: TRADITIONAL,
        bold: true,
        file: "NotoSansHK-Bold.ttf",
        data: include_bytes!("../../assets/fonts/NotoSansHK-Bold.ttf"),
    },
    BundledFace {
        family: SIMPLIFIED,
        bold: false,
        file: "NotoSansSC-Regular.ttf",
        data: include_bytes!("../../assets/fonts/NotoSansSC-Regular.ttf"),
    },
    BundledFace {
        family: SIMPLIFIED,
        bold: true,
        file: "NotoSansSC-Bold.ttf",
        data: include_bytes!("../../assets/fonts/NotoSansSC-Bold.ttf"),
    },
];

/// The bundled families in the order a document in `language` draws with them: Simplified
/// forms first for Simplified Chinese, the Hong Kong forms first for every other language.
pub fn families(language: Language) -> [&'static str; 2] {
    match language {
        Language::SimplifiedChinese => [SIMPLIFIED, TRADITIONAL],
        Language::English | Language::TraditionalChinese | Language::Portuguese => {
            [TRADITIONAL, SIMPLIFIED]
        }
    }
}

/// The CSS font list of an SVG in `language`: the bundled families first (what borderflow
/// draws the PNG and PDF with), then what a browser showing the SVG may have instead.
pub fn css_font_list(language: Language) -> &'static str {
    match language {
        Language::SimplifiedChinese => {
            "'Noto Sans SC', 'Noto Sans HK', 'Noto Sans CJK SC', 'Source Han Sans SC', \
             'PingFang SC', 'Microsoft YaHei', sans-serif"
        }
        Language::English | Language::TraditionalChinese | Language::Portuguese => {
            "'Noto Sans HK', 'Noto Sans SC', 'Noto Sans CJK HK', 'Noto Sans CJK TC', \
             'Source Han Sans HK', 'PingFang HK', 'Microsoft JhengHei', sans-serif"
        }
    }
}

/// The regular bundled faces, parsed once, for asking which characters they have.
fn bundled_regular() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        BUNDLED
            .iter()
            .filter(|face| !face.bold)
            .filter_map(|face| ttf_parser::Face::parse(face.data, 0).ok())
            .collect()
    })
}

/// Whether a bundled font draws `c`. (Regular and bold faces of a family have the same
/// characters.) Line breaks and tabs count as drawn: every writer turns them into space.
pub fn bundled_has(c: char) -> bool {
    matches!(c, '\n' | '\t' | '\r')
        || bundled_regular()
            .iter()
            .any(|face| face.glyph_index(c).is_some_and(|glyph| glyph.0 != 0))
}

/// Whether a bundled font draws every character of `text`.
pub fn bundled_has_all(text: &str) -> bool {
    // Most text is ASCII, which both families have: look only at the rest.
    text.chars().filter(|c| !c.is_ascii()).all(bundled_has)
}

fn load_bundled(database: &mut fontdb::Database) {
    for face in &BUNDLED {
        database.load_font_source(fontdb::Source::Binary(Arc::new(face.data)));
    }
    database.set_sans_serif_family(TRADITIONAL);
}

/// The bundled fonts alone.
pub fn bundled_database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            load_bundled(&mut database);
            Arc::new(database)
        })
        .clone()
}

/// The bundled fonts, then the system's (or those of [`FONT_DIRS_VARIABLE`]'s folders) for the
/// characters the bundled ones lack. The system's fonts are scanned on first use only. A
/// system font of a bundled family's name is left out, so the bundled one is always drawn.
pub fn fallback_database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            load_bundled(&mut database);
            let bundled: Vec<fontdb::ID> = database.faces().map(|face| face.id).collect();
            match std::env::var_os(FONT_DIRS_VARIABLE) {
                Some(folders) => {
                    for folder in std::env::split_paths(&folders) {
                        database.load_fonts_dir(folder);
                    }
                }
                None => database.load_system_fonts(),
            }
            let shadowing: Vec<fontdb::ID> = database
                .faces()
                .filter(|face| !bundled.contains(&face.id))
                .filter(|face| {
                    face.families
                        .iter()
                        .any(|(name, _)| name == TRADITIONAL || name == SIMPLIFIED)
                })
                .map(|face| face.id)
                .collect();
            for id in shadowing {
                database.remove_face(id);
            }
            Arc::new(database)
        })
        .clone()
}

/// The fonts to draw `text` with: the bundled ones alone when they have every character, so
/// the result does not depend on the machine; with the system's behind them otherwise.
pub fn database_for(text: &str) -> Arc<fontdb::Database> {
    if bundled_has_all(text) {
        bundled_database()
    } else {
        fallback_database()
    }
}

/// Whether the face `id` of `database` draws `c`.
pub fn face_has(database: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    database
        .with_face_data(id, |data, index| {
            ttf_parser::Face::parse(data, index)
                .ok()
                .and_then(|face| face.glyph_index(c))
                .is_some_and(|glyph| glyph.0 != 0)
        })
        .unwrap_or(false)
}

/// The face of the system (not bundled) in `database` that draws `c` best: upright before
/// slanted, then the weight nearest regular or bold; the first such face in the database's order.
pub fn system_face_for(
    database: &fontdb::Database,
    c: char,
    bold: bool,
) -> Option<&fontdb::FaceInfo> {
    let wanted = if bold { 700 } else { 400 };
    database
        .faces()
        .skip(BUNDLED.len())
        .filter(|face| face_has(database, face.id, c))
        .min_by_key(|face| {
            (
                face.style != fontdb::Style::Normal,
                face.weight.0.abs_diff(wanted),
            )
        })
}

/// Whether any font, bundled or of the system, draws `c`.
pub fn any_font_has(c: char) -> bool {
    bundled_has(c) || {
        let database = fallback_database();
        database.faces().any(|face| face_has(&database, face.id, c))
    }
}

/// The characters of `text` that no font, bundled or of the system, draws: each once, in
/// order. Controls and formatting characters that no output draws are not counted.
pub fn undrawable(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_ascii() && !super::is_hidden_or_forbidden(*c) && !bundled_has(*c))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing.retain(|c| !any_font_has(*c));
    missing
}

/// The options to read an SVG of borderflow's with: the fonts for its text ([`database_for`]),
/// and a fallback that takes a bundled face of the same weight before any other (usvg's own
/// takes the first face that has the character, a regular one for bold text).
pub fn svg_options(svg: &str) -> usvg::Options<'static> {
    usvg::Options {
        fontdb: database_for(svg),
        font_resolver: usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: Box::new(|c, used, database| {
                let database: &fontdb::Database = database;
                let weight = database.face(*used.first()?)?.weight;
                let bundled = database
                    .faces()
                    .take(BUNDLED.len())
                    .filter(|face| !used.contains(&face.id))
                    .find(|face| face.weight == weight && face_has(database, face.id, c));
                bundled
                    .or_else(|| system_face_for(database, c, weight.0 >= 600))
                    .filter(|face| !used.contains(&face.id))
                    .map(|face| face.id)
            }),
        },
        font_family: TRADITIONAL.to_owned(),
        ..usvg::Options::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_draw_latin_portuguese_and_both_chinese_scripts() {
        for c in "Aa ãçõé 澳門個人資料 个人信息处理者 （、）".chars() {
            assert!(bundled_has(c), "{c:?} is not in the bundled fonts");
        }
        assert!(!bundled_has('\u{0e01}'), "Thai is not bundled");
        assert!(!bundled_has('\u{20000}'), "CJK Extension B is not bundled");
    }

    #[test]
    fn every_bundled_file_is_a_font_of_its_family_and_weight() {
        let database = bundled_database();
        assert_eq!(database.len(), BUNDLED.len());
        for bundled in &BUNDLED {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(bundled.family)],
                weight: if bundled.bold {
                    fontdb::Weight::BOLD
                } else {
                    fontdb::Weight::NORMAL
                },
                ..fontdb::Query::default()
            };
            let face = database
                .query(&query)
                .and_then(|id| database.face(id))
                .expect("the family is bundled");
            assert_eq!(face.weight.0, if bundled.bold { 700 } else { 400 });
        }
    }

    #[test]
    fn simplified_chinese_documents_put_the_simplified_forms_first() {
        assert_eq!(families(Language::SimplifiedChinese)[0], SIMPLIFIED);
        assert_eq!(families(Language::TraditionalChinese)[0], TRADITIONAL);
        assert!(css_font_list(Language::SimplifiedChinese).starts_with("'Noto Sans SC'"));
        assert!(css_font_list(Language::Portuguese).starts_with("'Noto Sans HK'"));
    }

    #[test]
    fn text_the_bundle_covers_never_reads_the_system_fonts() {
        let database = database_for("Lotus Trading 蓮花貿易 莲花贸易 Taipa, Macau");
        assert!(Arc::ptr_eq(&database, &bundled_database()));
    }
}
