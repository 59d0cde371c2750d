//! The map's fingerprint: one short hash, defined once, printed in the diagram's title block and
//! the report's header and recorded with every signature in the revision log.
//!
//! It covers what an assessment is about (the map's title, organisation, sites and flows) and
//! leaves out the assessment itself and the date the file was last saved: treating a finding,
//! signing or saving does not change it; redrawing the map does. So a signed map that nobody
//! has redrawn shows the same fingerprint everywhere.

use crate::io::map_to_string;
use crate::model::{Assessment, Map};

/// Why a fingerprint could not be computed.
#[derive(Debug, thiserror::Error)]
#[error("the map's fingerprint could not be computed: {0}")]
pub struct FingerprintError(#[from] ron::Error);

/// The fingerprint of `map`: FNV-1a (64 bits) of the canonical file text of its metadata
/// (without the saved date), sites and flows, as 16 hex digits.
pub fn fingerprint(map: &Map) -> Result<String, FingerprintError> {
    Ok(fnv_hex(&covered_text(map)?))
}

/// The canonical file text of what the fingerprint covers: the map without its assessment and
/// its saved date. A signature keeps it, so the signed version can be shown later.
pub fn covered_text(map: &Map) -> Result<String, FingerprintError> {
    let mut covered = map.clone();
    covered.assessment = Assessment::default();
    covered.meta.modified = None;
    Ok(map_to_string(&covered)?)
}

/// The fingerprint, or the reason there is none, as a line of text for a title block.
pub fn fingerprint_text(map: &Map) -> String {
    fingerprint(map).unwrap_or_else(|error| error.to_string())
}

/// FNV-1a (64 bits) of `text` as 16 hex digits.
pub(crate) fn fnv_hex(text: &str) -> String {
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
    fn the_fingerprint_follows_the_map_not_its_assessment_or_save_date() {
        let map = crate::generate::synthetic_map(5, 5, 1);
        let print = fingerprint(&map).unwrap();
        assert_eq!(print, fingerprint(&map.clone()).unwrap());
        assert_eq!(print.len(), 16);
        let mut changed = map.clone();
        changed.meta.title.push('!');
        assert_ne!(print, fingerprint(&changed).unwrap());
        let mut treated = map.clone();
        treated.assessment.sign_off.assessor = "Ana".into();
        assert_eq!(print, fingerprint(&treated).unwrap());
        let mut saved = map.clone();
        saved.meta.modified = Some("2026-12-01".parse().unwrap());
        assert_eq!(print, fingerprint(&saved).unwrap());
    }
}
