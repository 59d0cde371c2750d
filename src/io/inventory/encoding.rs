//! The bytes of an inventory as text: the encodings spreadsheets save in and the separator
//! their locale uses.

use super::Problem;

/// The text of an inventory as UTF-8: a UTF-8 byte-order mark is dropped, and UTF-16 (what
/// Excel writes as "Unicode text") is decoded, with or without its byte-order mark.
pub(super) fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, Problem> {
    use std::borrow::Cow;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(Cow::Borrowed(rest));
    }
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => Some((true, 2)),
        [0xFE, 0xFF, ..] => Some((false, 2)),
        // Without a mark: ASCII header names have a zero byte beside every letter.
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => Some((true, 0)),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some((false, 0)),
        _ => None,
    };
    let Some((little_endian, skip)) = little_endian else {
        return Ok(Cow::Borrowed(bytes));
    };
    let units = bytes.get(skip..).unwrap_or_default().chunks(2).map(|pair| {
        let (first, second) = match pair {
            [first, second] => (*first, *second),
            [first] => (*first, 0),
            _ => (0, 0),
        };
        if little_endian {
            u16::from_le_bytes([first, second])
        } else {
            u16::from_be_bytes([first, second])
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, decoded) in char::decode_utf16(units).enumerate() {
        match decoded {
            Ok(c) => text.push(c),
            Err(_) => {
                let line = text.matches('\n').count() + 1;
                return Err(Problem {
                    row: None,
                    line: None,
                    column: None,
                    message: format!(
                        "the file is UTF-16 text with a broken character at line {line} \
                         (unit {index}); save the spreadsheet again as CSV UTF-8"
                    ),
                });
            }
        }
    }
    Ok(Cow::Owned(text.into_bytes()))
}

/// The separator of the file, from its header line: commas, or the semicolons or tabs that
/// spreadsheets in many European locales (Portuguese among them) write.
pub(super) fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in header {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [commas, semicolons, tabs] = counts;
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}
