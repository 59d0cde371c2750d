//! Text made safe for WordprocessingML: every markup character escaped (so `<w:t>` or `]]>` in
//! a label stays text), and the characters XML forbids or that would hide or reorder text
//! dropped (controls, U+FFFE and the other noncharacters, bidirectional overrides).

use crate::text::is_hidden_or_forbidden;

/// `value` as XML character data. Line breaks and tabs are dropped too: callers split lines
/// into `<w:br/>` first.
pub(crate) fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_hidden_or_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// `value` as an attribute value (the same escaping: quotes included).
pub(crate) fn attr(value: &str) -> String {
    text(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_characters_never_reach_the_xml() {
        assert_eq!(
            text("</w:t><w:t>x]]>&\"'"),
            "&lt;/w:t&gt;&lt;w:t&gt;x]]&gt;&amp;&quot;&apos;"
        );
        assert_eq!(text("a\u{0}\u{1b}b\u{fffe}\u{202e}c\nd"), "abcd");
        assert_eq!(text("澳門 Taipa"), "澳門 Taipa");
    }
}
