//! Where the sign-off stands, said the same way on the cover and in the conclusion: the
//! approver's decision as recorded, the signed revision it binds to, whether the map has changed
//! since, and whether it was given while critical or high findings were open.

use super::text::Words;
use crate::assessment::Risk;
use crate::model::{Date, Decision, Map, Revision, Severity, SignOffStep};

/// The approver's decision and what it stands on.
pub(super) struct Standing<'m> {
    /// The decision as recorded (see [`crate::model::SignOff::approval`]).
    pub decision: Option<Decision>,
    /// Who decided, trimmed; may be empty.
    pub approver: &'m str,
    /// When.
    pub on: Option<Date>,
    /// The last revision that records the approver's step with a fingerprint.
    pub revision: Option<&'m Revision>,
    /// The map's fingerprint now.
    pub current: &'m str,
    /// Open findings of critical or high severity.
    pub serious_open: usize,
}

impl<'m> Standing<'m> {
    /// The standing of `map`'s sign-off, whose fingerprint is `current`, with `risks` open or not.
    pub fn of(map: &'m Map, current: &'m str, risks: &[Risk]) -> Self {
        let sign = &map.assessment.sign_off;
        Self {
            decision: sign.approval(),
            approver: sign.approver.trim(),
            on: sign.approved_on,
            revision: map.assessment.revisions.iter().rev().find(|revision| {
                revision.step == Some(SignOffStep::Approved) && !revision.map_hash.is_empty()
            }),
            current,
            serious_open: risks
                .iter()
                .filter(|risk| risk.is_open() && risk.finding.severity >= Severity::High)
                .count(),
        }
    }

    /// The map was drawn again after the approval was signed.
    pub fn changed_since(&self) -> bool {
        self.revision
            .is_some_and(|revision| revision.map_hash != self.current)
    }

    /// The approval was given, or stands, while serious findings are open.
    pub fn approved_while_open(&self) -> bool {
        self.decision.is_some_and(Decision::approves) && self.serious_open > 0
    }

    /// "Approve with conditions (Leong Kin Fai, 20 November 2026)", or that none is recorded.
    pub fn decision_text(&self, w: Words) -> String {
        let Some(decision) = self.decision else {
            return w.t("report-standing-none");
        };
        let mut who = Vec::new();
        if !self.approver.is_empty() {
            who.push(self.approver.to_owned());
        }
        if let Some(on) = self.on {
            who.push(w.date(on));
        }
        if who.is_empty() {
            w.decision(decision)
        } else {
            w.bracketed(
                &w.decision(decision),
                &who.join(&w.t("report-item-separator")),
            )
        }
    }

    /// The line under the title: the decision, then what a reader must know about it.
    pub fn cover_line(&self, w: Words) -> String {
        let mut parts = vec![w.labelled(&w.t("report-standing"), &self.decision_text(w))];
        parts.extend(self.warnings(w));
        parts.join(&w.t("report-sentence-gap"))
    }

    /// What is wrong with the decision as it stands: given with serious findings open, or
    /// about a map that has changed since.
    pub fn warnings(&self, w: Words) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.approved_while_open() {
            warnings.push(w.with(
                "report-approved-while-open",
                &[("serious", self.serious_open.into())],
            ));
        }
        if self.changed_since() {
            warnings.push(w.t("report-standing-changed"));
        }
        warnings
    }

    /// Which signed state of the map the decision binds to.
    pub fn binding(&self, w: Words) -> Option<String> {
        self.decision?;
        Some(match self.revision {
            Some(revision) => w.with(
                "report-standing-bound",
                &[
                    ("fingerprint", revision.map_hash.clone().into()),
                    ("date", w.date(revision.date).into()),
                ],
            ),
            None => w.t("report-standing-unbound"),
        })
    }
}
