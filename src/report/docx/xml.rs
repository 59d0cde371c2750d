//! Text made safe for WordprocessingML: every markup character escaped (so `<w:t>` or `]]>` in
//! a label stays text), and the characters XML forbids or that would hide or reorder text
//! dropped (controls, U+FFFE and the other noncharacters, bidirectional overrides).

/// `value` as XML character data. Line breaks and tabs are dropped too: callers split lines
/// into `<w:br/>` first.
pub(crate) fn text(value: &str) -> String {
    crate::text::escape::xml_text(value)
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
