//! Text made safe for XML and HTML: every markup character escaped (so `</text>` or `<script>`
//! in a label stays text, and quotes close no attribute), and the characters XML forbids or
//! that would hide or reorder text dropped (controls, U+FFFE and the other noncharacters,
//! bidirectional overrides).

use super::is_hidden_or_forbidden;

/// `value` as XML character data or an attribute value on one line: a tab or line break
/// becomes a space (SVG text, HTML cells).
pub fn xml_line(value: &str) -> String {
    escaped(value, Some(' '))
}

/// `value` as XML character data whose lines the caller has split already: tabs and line
/// breaks are dropped (WordprocessingML, where a break is `<w:br/>`).
pub fn xml_text(value: &str) -> String {
    escaped(value, None)
}

fn escaped(value: &str, break_as: Option<char>) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.extend(break_as),
            c if is_hidden_or_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_never_reaches_the_document_and_breaks_follow_the_caller() {
        let hostile = "<script>alert('x')</script> & \"澳門\"\n\u{202e}b\u{0}";
        let line = xml_line(hostile);
        assert_eq!(
            line,
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;澳門&quot; b"
        );
        assert_eq!(xml_text("a\nb\tc"), "abc");
        assert_eq!(xml_line("a\nb\tc"), "a b c");
    }
}
