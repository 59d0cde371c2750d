//! Text measured without a font: how wide a run of text will be when drawn, so the scene can size
//! cards and label boxes before any painter or exporter sees them.
//!
//! The estimate follows Noto Sans (the face the exports draw with) rounded up, so text measured
//! here stays inside the box drawn around it; the boxes keep a few units of slack for the wider
//! DejaVu Sans a machine without Noto falls back to.

/// How much wider semi-bold text is.
const BOLD: f32 = 1.06;

/// How wide `c` is, in ems of a regular weight.
pub fn char_width(c: char) -> f32 {
    match c {
        ' ' => 0.27,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '!' | '|' | '\'' | '·' => 0.27,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '/' | '"' => 0.38,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.86,
        'A'..='Z' => 0.68,
        '0'..='9' => 0.58,
        'a'..='z' => 0.55,
        // East Asian scripts, full-width forms and most symbols take a full em.
        c if u32::from(c) >= 0x2E80 => 1.0,
        _ => 0.62,
    }
}

/// How wide `text` is at `size`, bold or not.
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let ems: f32 = text.chars().map(char_width).sum();
    ems * size * if bold { BOLD } else { 1.0 }
}

/// Whether a line may break on either side of `c` with no space: CJK ideographs, kana and
/// full-width forms.
fn breaks_anywhere(c: char) -> bool {
    u32::from(c) >= 0x2E80 && !c.is_whitespace()
}

/// Text broken into lines no wider than a given width.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    /// The lines, at most as many as asked for; the last ends with "…" when `complete` is false.
    pub lines: Vec<String>,
    /// Every character of the text is on the lines.
    pub complete: bool,
}

/// `text` broken at spaces (and between CJK characters) into at most `max_lines` lines of at
/// most `width` at `size`; a word too long for a line is broken inside. Runs of white space
/// count as one space. When the text needs more lines, the last one is cut with "…" and
/// `complete` is false. The work stops there, so a name of 10,000 characters costs no more
/// than one that just overflows.
pub fn wrap(text: &str, size: f32, bold: bool, width: f32, max_lines: usize) -> Wrapped {
    let weight = if bold { BOLD } else { 1.0 };
    let em = size * weight;
    let space = char_width(' ') * em;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0.0f32;
    let mut pending_space = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            pending_space = !line.is_empty();
            rest = &rest[c.len_utf8()..];
            continue;
        }
        // The next unbreakable unit: one CJK character, or a run of other characters.
        let end = if breaks_anywhere(c) {
            c.len_utf8()
        } else {
            rest.char_indices()
                .find(|(_, next)| next.is_whitespace() || breaks_anywhere(*next))
                .map_or(rest.len(), |(index, _)| index)
        };
        let (unit, after) = rest.split_at(end);
        rest = after;
        let unit_width = unit.chars().map(char_width).sum::<f32>() * em;
        let gap = if pending_space { space } else { 0.0 };
        pending_space = false;
        if !line.is_empty() && used + gap + unit_width > width {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
            if lines.len() == max_lines {
                return cut_last(lines, em, width);
            }
        } else if gap > 0.0 {
            line.push(' ');
            used += gap;
        }
        if used + unit_width <= width {
            line.push_str(unit);
            used += unit_width;
            continue;
        }
        // A unit wider than a line: broken between characters.
        for piece in unit.chars() {
            let piece_width = char_width(piece) * em;
            if !line.is_empty() && used + piece_width > width {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
                if lines.len() == max_lines {
                    return cut_last(lines, em, width);
                }
            }
            line.push(piece);
            used += piece_width;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Wrapped {
        lines,
        complete: true,
    }
}

/// The lines with an ellipsis ending the last, shortened until it fits `width`.
fn cut_last(mut lines: Vec<String>, em: f32, width: f32) -> Wrapped {
    if let Some(last) = lines.last_mut() {
        let ellipsis = char_width('…') * em;
        while !last.is_empty() && last.chars().map(char_width).sum::<f32>() * em + ellipsis > width
        {
            last.pop();
        }
        let kept = last.trim_end().len();
        last.truncate(kept);
        last.push('…');
    }
    Wrapped {
        lines,
        complete: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        let wrapped = wrap(
            "Macau head office (Avenida da Praia Grande)",
            15.0,
            true,
            140.0,
            3,
        );
        assert!(wrapped.complete, "{wrapped:?}");
        assert!(wrapped.lines.len() > 1);
        assert_eq!(
            wrapped.lines.join(" "),
            "Macau head office (Avenida da Praia Grande)"
        );
        for line in &wrapped.lines {
            assert!(text_width(line, 15.0, true) <= 140.0, "{line}");
        }
    }

    #[test]
    fn chinese_breaks_between_characters_and_spaces_collapse() {
        let wrapped = wrap("澳門星辰銀行資料中心（氹仔）", 15.0, false, 60.0, 5);
        assert!(wrapped.complete);
        assert_eq!(wrapped.lines.concat(), "澳門星辰銀行資料中心（氹仔）");
        assert_eq!(wrap("  a   b  ", 10.0, false, 100.0, 1).lines, vec!["a b"]);
        assert!(wrap("   ", 10.0, false, 100.0, 3).lines.is_empty());
    }

    #[test]
    fn too_long_text_stops_at_the_last_line_with_an_ellipsis() {
        let huge = "word ".repeat(2_000) + &"x".repeat(10_000);
        let wrapped = wrap(&huge, 15.0, true, 200.0, 3);
        assert!(!wrapped.complete);
        assert_eq!(wrapped.lines.len(), 3);
        let last = wrapped.lines.last().unwrap();
        assert!(last.ends_with('…') && text_width(last, 15.0, true) <= 200.0);
        let one_word = wrap(&"x".repeat(500), 10.0, false, 50.0, 2);
        assert!(!one_word.complete && one_word.lines.len() == 2);
    }

    #[test]
    fn wide_characters_count_double_and_bold_is_wider() {
        assert!(text_width("澳門", 10.0, false) > text_width("ab", 10.0, false) * 1.5);
        assert!(text_width("Taipa", 10.0, true) > text_width("Taipa", 10.0, false));
        assert!(text_width("WWW", 10.0, false) > text_width("iii", 10.0, false) * 2.0);
        assert!(text_width("", 10.0, false).abs() < f32::EPSILON);
    }
}
