//! Signing the DPIA: each step dates itself and adds a revision-log entry with the map's
//! fingerprint, so a later change to the map shows against what was signed.

use super::fingerprint::{FingerprintError, fingerprint};
use crate::model::{Assessment, Date, Map, Revision, SignOff, SignOffStep};

/// Signs `step` on `today`: sets its date and adds a revision-log entry with the map's
/// fingerprint. Nothing changes when the fingerprint cannot be computed.
pub fn sign(
    assessment: &mut Assessment,
    map: &Map,
    step: SignOffStep,
    today: Date,
) -> Result<(), FingerprintError> {
    let map_hash = fingerprint(map)?;
    let signed_map = super::fingerprint::covered_text(map)?;
    let (name, date) = signer(step, &mut assessment.sign_off);
    *date = Some(today);
    let by = name.trim().to_owned();
    assessment.revisions.push(Revision {
        date: today,
        by,
        step: Some(step),
        note: String::new(),
        map_hash,
        signed_map,
    });
    Ok(())
}

/// The sign-off fields a step fills: the signer's name and the date signed.
pub fn signer(step: SignOffStep, sign: &mut SignOff) -> (&mut String, &mut Option<Date>) {
    match step {
        SignOffStep::Assessed => (&mut sign.assessor, &mut sign.assessed_on),
        SignOffStep::DpoOpinion => (&mut sign.dpo, &mut sign.dpo_on),
        SignOffStep::Approved => (&mut sign.approver, &mut sign.approved_on),
    }
}
