//! The fonts the PDF is written with: the body faces and the fallbacks for the scripts they
//! lack, glyph advances for measuring, and the breaking of text into lines.

use std::collections::HashMap;
use std::sync::Arc;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use resvg::usvg;

use super::PdfError;
use crate::model::Language;

/// A font: its bytes for measuring, and krilla's handle for drawing.
pub(super) struct Face {
    pub(super) bytes: Arc<dyn AsRef<[u8]> + Send + Sync>,
    index: u32,
    pub(super) font: Font,
    /// Glyph and advance (in em) of each character looked up so far; `None` when the font
    /// lacks it.
    glyphs: std::cell::RefCell<HashMap<char, Option<(u16, f32)>>>,
    /// The same for ASCII, looked up when loaded (most of the report's text).
    ascii: Vec<Option<(u16, f32)>>,
}

impl Face {
    pub(super) fn load(
        database: &usvg::fontdb::Database,
        family: &str,
        bold: bool,
    ) -> Option<Self> {
        let query = usvg::fontdb::Query {
            families: &[usvg::fontdb::Family::Name(family)],
            weight: if bold {
                usvg::fontdb::Weight::BOLD
            } else {
                usvg::fontdb::Weight::NORMAL
            },
            ..usvg::fontdb::Query::default()
        };
        Self::load_id(database, database.query(&query)?)
    }

    /// The face `id` of `database`.
    pub(super) fn load_id(database: &usvg::fontdb::Database, id: usvg::fontdb::ID) -> Option<Self> {
        let face = database.face(id)?;
        // The bundled fonts are in the binary: share their bytes.
        let bytes: Arc<dyn AsRef<[u8]> + Send + Sync> = match &face.source {
            usvg::fontdb::Source::Binary(data) => data.clone(),
            _ => Arc::new(database.with_face_data(id, |data, _| data.to_vec())?),
        };
        let index = face.index;
        let font = Font::new(bytes.clone().into(), index)?;
        let face = ttf_parser::Face::parse((*bytes).as_ref(), index).ok()?;
        let units = f32::from(face.units_per_em());
        let ascii = (0..128u8)
            .map(|byte| {
                let glyph = face
                    .glyph_index(char::from(byte))
                    .filter(|glyph| glyph.0 != 0)?;
                Some((glyph.0, f32::from(face.glyph_hor_advance(glyph)?) / units))
            })
            .collect();
        Some(Self {
            bytes: bytes.clone(),
            index,
            font,
            glyphs: std::cell::RefCell::default(),
            ascii,
        })
    }

    /// The glyph of `c` and its advance in em, if the font has it.
    pub(super) fn glyph(&self, c: char) -> Option<(u16, f32)> {
        if let Some(known) = self.ascii.get(c as usize) {
            return *known;
        }
        if let Some(known) = self.glyphs.borrow().get(&c) {
            return *known;
        }
        let found = ttf_parser::Face::parse((*self.bytes).as_ref(), self.index)
            .ok()
            .and_then(|face| {
                // Some fonts map characters they cannot draw to glyph 0 (.notdef), which
                // PDF/A refuses: that is the font lacking the character too.
                let glyph = face.glyph_index(c).filter(|glyph| glyph.0 != 0)?;
                let advance = face.glyph_hor_advance(glyph)?;
                Some((glyph.0, f32::from(advance) / f32::from(face.units_per_em())))
            });
        self.glyphs.borrow_mut().insert(c, found);
        found
    }

    /// The advance of `c` in em, if the font has it.
    pub(super) fn advance(&self, c: char) -> Option<f32> {
        self.glyph(c).map(|(_, advance)| advance)
    }

    /// `run` as positioned glyphs, one per character (report text needs no ligatures; Chinese
    /// and Portuguese need no shaping beyond this), and its width in em.
    pub(super) fn place(&self, run: &str) -> (Vec<KrillaGlyph>, f32) {
        let mut width = 0.0;
        let glyphs = run
            .char_indices()
            .map(|(offset, c)| {
                let (glyph, advance) = self.glyph(c).unwrap_or((0, 0.5));
                width += advance;
                KrillaGlyph {
                    glyph_id: GlyphId::new(u32::from(glyph)),
                    text_range: offset..offset + c.len_utf8(),
                    x_advance: advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect();
        (glyphs, width)
    }
}

/// How many system fonts one report may fall back on, for characters the bundled fonts lack.
const SYSTEM_FACES: usize = 8;

/// The fonts of one report: the bundled family of its language, regular and bold, for the body;
/// the other bundled family behind it (Simplified characters in a Traditional report and the
/// reverse); and, read only when a character needs one, system fonts for scripts the bundled
/// fonts lack.
pub(super) struct Fonts {
    regular: Face,
    bold: Face,
    other_regular: Face,
    other_bold: Face,
    /// System faces taken on so far, each loaded once when the first character it draws is met.
    system: [std::cell::OnceCell<(usvg::fontdb::ID, Face)>; SYSTEM_FACES],
    /// The system face (an index into `system`) found for each character the bundled fonts lack.
    system_for: std::cell::RefCell<HashMap<(char, bool), Option<usize>>>,
}

/// Which face draws a character: the body face (regular or bold), the other bundled family, or
/// a system face by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Which {
    Body,
    Other,
    System(usize),
}

impl Fonts {
    /// The fonts of a report in `language`.
    pub(super) fn load(language: Language) -> Result<Self, PdfError> {
        let database = crate::text::fonts::bundled_database();
        let [body, other] = crate::text::fonts::families(language);
        let load = |family, bold| Face::load(&database, family, bold).ok_or(PdfError::NoFont);
        Ok(Self {
            regular: load(body, false)?,
            bold: load(body, true)?,
            other_regular: load(other, false)?,
            other_bold: load(other, true)?,
            system: std::array::from_fn(|_| std::cell::OnceCell::new()),
            system_for: std::cell::RefCell::default(),
        })
    }

    pub(super) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    fn other(&self, bold: bool) -> &Face {
        if bold {
            &self.other_bold
        } else {
            &self.other_regular
        }
    }

    /// The system face that draws `c` (upright, of the weight nearest `bold`'s), taken on
    /// (loaded) the first time it is needed.
    fn system_face_for(&self, c: char, bold: bool) -> Option<usize> {
        if let Some(known) = self.system_for.borrow().get(&(c, bold)) {
            return *known;
        }
        let database = crate::text::fonts::fallback_database();
        let found = crate::text::fonts::system_face_for(&database, c, bold).and_then(|face| {
            let taken = self
                .system
                .iter()
                .position(|slot| slot.get().is_some_and(|(id, _)| *id == face.id));
            taken.or_else(|| {
                let free = self.system.iter().position(|slot| slot.get().is_none())?;
                let loaded = Face::load_id(&database, face.id)?;
                self.system.get(free)?.set((face.id, loaded)).ok()?;
                Some(free)
            })
        });
        self.system_for.borrow_mut().insert((c, bold), found);
        found
    }

    /// The face that has `c`, if any does.
    pub(super) fn which(&self, c: char, bold: bool) -> Option<Which> {
        if self.face(bold).advance(c).is_some() {
            return Some(Which::Body);
        }
        if self.other(bold).advance(c).is_some() {
            return Some(Which::Other);
        }
        self.system_face_for(c, bold).map(Which::System)
    }

    /// `text` as the PDF can show it: control and bidirectional formatting characters dropped
    /// (a tab becomes a space), and a character no font has replaced by `?`, so no glyph is
    /// missing (which PDF/A forbids, and readers show as an empty box anyway).
    pub(super) fn printable(&self, text: &str, bold: bool) -> String {
        text.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                '\n' => Some('\n'),
                c if crate::text::is_hidden_or_forbidden(c) => None,
                c if self.which(c, bold).is_none() => Some('?'),
                c => Some(c),
            })
            .collect()
    }

    /// Splits `text` into runs, each drawn with one face.
    pub(super) fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(Which, &'t str)> {
        let mut runs: Vec<(Which, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current = None;
        for (offset, c) in text.char_indices() {
            let which = self.which(c, bold).unwrap_or(Which::Body);
            if let Some(was) = current
                && was != which
            {
                runs.push((was, &text[start..offset]));
                start = offset;
            }
            current = Some(which);
        }
        if let Some(which) = current {
            runs.push((which, &text[start..]));
        }
        runs
    }

    pub(super) fn run_face(&self, which: Which, bold: bool) -> &Face {
        match which {
            Which::Body => self.face(bold),
            Which::Other => self.other(bold),
            Which::System(index) => self
                .system
                .get(index)
                .and_then(|slot| slot.get())
                .map_or_else(|| self.face(bold), |(_, face)| face),
        }
    }

    /// The advance of `c` in em, in the face that draws it.
    pub(super) fn char_width(&self, c: char, bold: bool) -> f32 {
        self.which(c, bold)
            .and_then(|which| self.run_face(which, bold).advance(c))
            .unwrap_or(0.5)
    }

    /// The width of `text` at `size`, in points.
    pub(super) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars().map(|c| self.char_width(c, bold)).sum::<f32>() * size
    }

    /// `text` on one line no wider than `width` at `size`: cut with an ellipsis if it is wider.
    pub(super) fn fit(&self, text: &str, size: f32, width: f32) -> String {
        let text = self.printable(text, false).replace('\n', " ");
        if self.width(&text, size, false) <= width {
            return text;
        }
        let room = width - self.width("…", size, false);
        let mut used = 0.0;
        let mut kept: String = text
            .chars()
            .take_while(|&c| {
                used += self.char_width(c, false) * size;
                used <= room
            })
            .collect();
        kept.push('…');
        kept
    }

    /// The width at `size` of the widest piece of `text` no line may break inside.
    pub(super) fn widest_piece(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.split('\n')
            .flat_map(super::lines::pieces)
            .map(|piece| {
                piece
                    .trim_end()
                    .chars()
                    .map(|c| self.char_width(c, bold))
                    .sum::<f32>()
            })
            .fold(0.0, f32::max)
            * size
    }

    /// `text` broken into lines no wider than `width` at `size`, by the Unicode line-breaking
    /// rules with ids and dates kept whole (see [`super::lines`]). Linear in the text.
    pub(super) fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let text = self.printable(text, bold);
        let limit = width / size;
        text.split('\n')
            .flat_map(|paragraph| {
                super::lines::break_lines(paragraph, limit, |c| self.char_width(c, bold))
            })
            .collect()
    }
}
