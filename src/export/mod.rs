//! Exports: the diagram as SVG and PNG, written from the same [`Scene`](crate::scene::Scene) the canvas
//! paints, so what the user sees is what they file.

mod png;
mod svg;

pub use png::{PngError, font_count, svg_to_png};
pub use svg::{Page, SvgOptions, diagram_svg};

use crate::io::map_to_string;
use crate::model::{Assessment, Map};

/// A short, stable fingerprint of a map's content: FNV-1a (64 bits) of its canonical file text,
/// in hex. Two exports with the same hash came from the same map.
pub fn content_hash(map: &Map) -> String {
    fnv_hex(&map_to_string(map).unwrap_or_default())
}

/// The fingerprint of the map's metadata, sites and flows without its assessment: what a
/// sign-off signs. Treating findings or signing does not change it; redrawing the map does.
pub fn diagram_hash(map: &Map) -> String {
    let mut diagram = map.clone();
    diagram.assessment = Assessment::default();
    content_hash(&diagram)
}

fn fnv_hex(text: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = text.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_the_content() {
        let map = crate::generate::synthetic_map(5, 5, 1);
        assert_eq!(content_hash(&map), content_hash(&map.clone()));
        let mut changed = map.clone();
        changed.meta.title.push('!');
        assert_ne!(content_hash(&map), content_hash(&changed));
        assert_eq!(content_hash(&map).len(), 16);
        let mut treated = map.clone();
        treated.assessment.sign_off.assessor = "Ana".into();
        assert_ne!(content_hash(&map), content_hash(&treated));
        assert_eq!(diagram_hash(&map), diagram_hash(&treated));
        assert_ne!(diagram_hash(&map), diagram_hash(&changed));
    }
}
