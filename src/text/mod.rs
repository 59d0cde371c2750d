//! Text foundations below every writer: the fonts borderflow carries and draws with, which
//! characters of a map no font can draw, the characters no output may carry raw, and text made
//! safe for XML and HTML.

pub mod coverage;
pub mod escape;
pub mod fonts;

/// A flow's route as every output and panel writes it: "from → to", each end trimmed.
pub fn route(from: &str, to: &str) -> String {
    format!("{} → {}", from.trim(), to.trim())
}

/// Whether `c` must not reach an output raw: controls (other than the line breaks and tabs
/// each format handles), Unicode noncharacters (U+FFFE, U+FFFF and the like, which XML and so
/// SVG forbid), and bidirectional formatting characters, with which a name such as
/// "Invoice \u{202e}fdp.exe" would show as "Invoice exe.pdf". Right-to-left text itself
/// (Arabic, Hebrew) still reads right to left: the characters carry their own direction.
pub fn is_hidden_or_forbidden(c: char) -> bool {
    let code = u32::from(c);
    c.is_control()
        || matches!(code, 0xFDD0..=0xFDEF)
        || code & 0xFFFE == 0xFFFE
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}
