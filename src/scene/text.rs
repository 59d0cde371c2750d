//! Text measured without a font: how wide a run of text will be when drawn, so the scene can size
//! cards and label boxes before any painter or exporter sees them.
//!
//! The estimate is deliberately generous (it follows DejaVu Sans, the widest of the fonts the
//! exports fall back to): text measured here never runs past the box drawn around it, at the
//! cost of a little slack in the narrower Noto faces.

/// How wide `c` is, in ems of a regular weight.
pub fn char_width(c: char) -> f32 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '!' | '|' | '\'' | '·' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '/' | '"' => 0.42,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.92,
        'A'..='Z' => 0.72,
        '0'..='9' => 0.64,
        'a'..='z' => 0.6,
        // East Asian scripts, full-width forms and most symbols take a full em.
        c if u32::from(c) >= 0x2E80 => 1.0,
        _ => 0.66,
    }
}

/// How wide `text` is at `size`, bold or not.
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let ems: f32 = text.chars().map(char_width).sum();
    ems * size * if bold { 1.08 } else { 1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_double_and_bold_is_wider() {
        assert!(text_width("澳門", 10.0, false) > text_width("ab", 10.0, false) * 1.5);
        assert!(text_width("Taipa", 10.0, true) > text_width("Taipa", 10.0, false));
        assert!(text_width("WWW", 10.0, false) > text_width("iii", 10.0, false) * 2.0);
        assert!(text_width("", 10.0, false).abs() < f32::EPSILON);
    }
}
