//! draw.io (diagrams.net) diagrams both ways.
//!
//! Written from the same scene as the SVG page: each lane a swimlane container, each site a
//! shape inside it with its name, kind and city, each flow an edge labelled with its number and
//! data classes and drawn in its worst finding's colour and width. Every cell carries
//! borderflow's record in its data (draw.io keeps an `<object>`'s attributes, shown under *Edit
//! Data*), so reading the diagram back gives the same map; shapes and arrows drawn in draw.io
//! without that data are read as drawn sites and flows, with each guess listed.
//!
//! draw.io writes a page either as XML or compressed (the XML URL-encoded, raw-deflated and
//! base64-encoded); both are read. A `.drawio.svg` is the SVG page with the mxfile in the root
//! element's `content` attribute, where draw.io looks for it.

mod read;
mod write;

pub use read::read;
pub use write::{drawio_svg, mxfile};

use serde::{Deserialize, Serialize};

use crate::model::{Assessment, MapMeta};

/// The attribute of a cell's data that names what borderflow wrote it for.
const KIND_ATTRIBUTE: &str = "borderflow";
/// The attribute with a site's or flow's whole record (RON).
const RECORD_ATTRIBUTE: &str = "borderflow-record";
/// The root cell's attribute with the map's metadata and assessment (RON).
const HEAD_ATTRIBUTE: &str = "borderflow-head";

/// The map's metadata and assessment, kept in the diagram's root cell.
#[derive(Debug, Serialize, Deserialize)]
struct Head {
    meta: MapMeta,
    assessment: Assessment,
}

/// encodeURIComponent's set: everything but letters, digits and `-_.!~*'()`.
const URI_COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// The compressed form of a page's XML, as draw.io writes it.
fn compress(xml: &str) -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let encoded = percent_encoding::utf8_percent_encode(xml, URI_COMPONENT).to_string();
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(encoded.as_bytes());
    let bytes = encoder.finish().unwrap_or_default();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A compressed page back to its XML; `None` when it is not one.
fn decompress(text: &str) -> Option<String> {
    use base64::Engine as _;
    use std::io::Read as _;
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .ok()?;
    let mut inflated = Vec::new();
    flate2::read::DeflateDecoder::new(bytes.as_slice())
        .take(crate::io::MAX_FILE_BYTES)
        .read_to_end(&mut inflated)
        .ok()?;
    let encoded = String::from_utf8(inflated).ok()?;
    // Older draw.io versions deflated the XML itself, without URL-encoding it first.
    if encoded.trim_start().starts_with('<') {
        return Some(encoded);
    }
    percent_encoding::percent_decode_str(&encoded)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}

#[cfg(test)]
mod tests {
    #[test]
    fn compression_round_trips_as_draw_io_writes_it() {
        let xml =
            "<mxGraphModel><root><mxCell id=\"0\" value=\"澳門 & 'x'\"/></root></mxGraphModel>";
        let packed = super::compress(xml);
        assert!(!packed.contains('<'));
        assert_eq!(super::decompress(&packed).as_deref(), Some(xml));
        assert_eq!(super::decompress("not base64 at all!"), None);
    }
}
