//! Breaking text into lines by the Unicode line-breaking rules (UAX #14, through the
//! `unicode-linebreak` crate): between words and between Chinese characters, never before
//! closing punctuation such as "）" or "。" nor after opening punctuation, never inside a number.
//! On top of the Unicode rules, ids and dates stay whole: no break after a hyphen, slash or dot
//! between letters or digits (`hr-records-hosting`, `2026-12-31`, `V/S`), nor between a number
//! and 年, 月 or 日. Only a piece wider than a whole line is cut, at such a joint if it has one,
//! else between characters.

use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Where `text` may break: byte offsets where a new line may start (each after the break), in
/// order, the end of the text excluded.
fn opportunities(text: &str) -> (Vec<usize>, Vec<usize>) {
    let mut allowed = Vec::new();
    let mut joints = Vec::new();
    for (at, opportunity) in linebreaks(text) {
        if at >= text.len() || opportunity == BreakOpportunity::Mandatory {
            // Paragraphs are split before breaking; a mandatory break inside one is a
            // character such as a form feed, which is treated as an allowed break.
            if at < text.len() {
                allowed.push(at);
            }
            continue;
        }
        if inside_id_or_date(text, at) {
            joints.push(at);
        } else {
            allowed.push(at);
        }
    }
    (allowed, joints)
}

/// A break at `at` would split an id, a date or a number written with a separator.
fn inside_id_or_date(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let after = text.get(at..).unwrap_or_default();
    let mut back = before.chars().rev();
    let (Some(last), Some(next)) = (back.next(), after.chars().next()) else {
        return false;
    };
    let joined = |c: char| c.is_alphanumeric() && !is_wide(c);
    if matches!(last, '-' | '/' | '.' | '_' | '–' | '@' | ':')
        && joined(next)
        && back.next().is_some_and(joined)
    {
        return true;
    }
    let cjk_date = |c: char| matches!(c, '年' | '月' | '日' | '時' | '号' | '號');
    (last.is_ascii_digit() && cjk_date(next)) || (cjk_date(last) && next.is_ascii_digit())
}

/// Chinese, Japanese and Korean characters and full-width forms.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The pieces of `text` no line may break inside (a word, an id, a date, a Chinese
/// character with its punctuation), trailing spaces included.
pub(super) fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let (allowed, _) = opportunities(text);
    let mut start = 0;
    allowed
        .into_iter()
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let piece = text.get(start..end);
            start = end;
            piece
        })
}

/// `paragraph` (no line breaks in it) broken into lines no wider than `limit`, each character
/// `width(c)` wide; trailing spaces do not count towards a line's width and are dropped.
pub(super) fn break_lines(paragraph: &str, limit: f32, width: impl Fn(char) -> f32) -> Vec<String> {
    let measure = |piece: &str| piece.chars().map(&width).sum::<f32>();
    let visible = |piece: &str| measure(piece.trim_end());
    let (allowed, joints) = opportunities(paragraph);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    let mut start = 0;
    for end in allowed.into_iter().chain(std::iter::once(paragraph.len())) {
        let piece = paragraph.get(start..end).unwrap_or_default();
        let piece_start = start;
        start = end;
        if line.is_empty() || line_width + visible(piece) <= limit {
            line.push_str(piece);
            line_width += measure(piece);
            if visible(&line) <= limit {
                continue;
            }
        } else {
            lines.push(line.trim_end().to_owned());
            line = piece.to_owned();
            line_width = measure(piece);
            if visible(&line) <= limit {
                continue;
            }
        }
        // A piece wider than a whole line: cut it, at the joints of an id or date first.
        let cuts: Vec<usize> = joints
            .iter()
            .filter(|&&at| at > piece_start && at < end)
            .map(|at| at - piece_start)
            .collect();
        let (done, rest) = cut(&line, limit, &cuts, &width);
        lines.extend(done);
        line_width = measure(&rest);
        line = rest;
    }
    lines.push(line.trim_end().to_owned());
    lines
}

/// `text`, wider than `limit`, cut into lines: at the last joint (byte offset into `text`) that
/// fits, else between characters (never before a closing punctuation mark). Returns the full
/// lines and what is left for the next.
fn cut(
    text: &str,
    limit: f32,
    joints: &[usize],
    width: &impl Fn(char) -> f32,
) -> (Vec<String>, String) {
    let mut lines = Vec::new();
    let mut rest = text.to_owned();
    // `joints` are offsets into `text`; `consumed` says how much of it has left `rest`.
    let mut consumed = 0;
    loop {
        let visible_width: f32 = rest.trim_end().chars().map(width).sum();
        if visible_width <= limit || rest.chars().count() <= 1 {
            return (lines, rest);
        }
        let mut fits = 0;
        let mut so_far = 0.0;
        for (offset, c) in rest.char_indices() {
            so_far += width(c);
            if so_far > limit && offset > 0 {
                fits = offset;
                break;
            }
        }
        if fits == 0 {
            return (lines, rest);
        }
        let joint = joints
            .iter()
            .filter_map(|at| at.checked_sub(consumed))
            .filter(|&at| at > 0 && at <= fits)
            .max();
        let at = joint.unwrap_or_else(|| {
            // Keep closing punctuation with the character before it.
            let mut at = fits;
            while at > 1
                && rest
                    .get(at..)
                    .and_then(|tail| tail.chars().next())
                    .is_some_and(closes)
            {
                at = rest.floor_char_boundary(at - 1);
            }
            at
        });
        let tail = rest.split_off(at);
        lines.push(rest.trim_end().to_owned());
        consumed += at;
        rest = tail;
    }
}

/// Punctuation that must not start a line.
fn closes(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '）'
            | '」'
            | '』'
            | '】'
            | '》'
            | '〉'
            | '，'
            | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, limit: f32) -> Vec<String> {
        // Every character one unit wide, Chinese two, as on paper.
        break_lines(text, limit, |c| if is_wide(c) { 2.0 } else { 1.0 })
    }

    #[test]
    fn words_break_at_spaces_and_chinese_between_characters() {
        assert_eq!(lines("ab cd ef", 5.0), ["ab cd", "ef"]);
        assert_eq!(lines("中文字", 4.0), ["中文", "字"]);
    }

    #[test]
    fn ids_and_dates_stay_whole() {
        assert_eq!(
            lines("flow hr-records-hosting due 2026-12-31", 20.0),
            ["flow", "hr-records-hosting", "due 2026-12-31"]
        );
        assert_eq!(lines("2026年12月31日", 10.0), ["2026年12月", "31日"]);
        assert_eq!(lines("見 2026年12月31日", 16.0), ["見", "2026年12月31日"]);
    }

    #[test]
    fn closing_punctuation_stays_with_its_text() {
        let broken = lines("澳門（總行）", 10.0);
        assert!(
            broken.iter().all(|line| !line.starts_with('）')),
            "{broken:?}"
        );
        let broken = lines("星辰銀行（澳門）有限公司", 8.0);
        assert!(
            broken
                .iter()
                .all(|line| !line.starts_with(['）', '。', '，'])),
            "{broken:?}"
        );
    }

    #[test]
    fn only_a_piece_wider_than_a_line_is_cut_at_its_joints_first() {
        assert_eq!(
            lines("monthly-payroll-summary", 10.0),
            ["monthly-", "payroll-", "summary"]
        );
        assert_eq!(lines("abcdefghij", 4.0), ["abcd", "efgh", "ij"]);
    }
}
