//! The report's clocks (rules-spec section 7) under the transfer mechanisms, their limit dates
//! in the action plan, and the changes since the last sign-off after the sign-off section.

use super::Block;
use super::sections::Sections;
use crate::rules::{Clock, ClockState};

impl Sections<'_> {
    /// Each flow's clocks and the DPIA's own review: the flow, the clock, its state, its limit
    /// date and where the limit comes from; the reasons of those not ok below.
    pub(super) fn clocks(&mut self) {
        let w = self.words;
        let language = self.language;
        self.blocks.push(Block::Subheading(w.t("clock-heading")));
        if self.clocks.is_empty() {
            self.blocks.push(Block::Paragraph(w.t("clock-none")));
            return;
        }
        let rows = self
            .clocks
            .iter()
            .map(|clock| {
                let state = if clock.approximate {
                    w.bracketed(&clock.state.name(language), &w.t("clock-approximate"))
                } else {
                    clock.state.name(language)
                };
                vec![
                    self.clock_subject(clock),
                    clock.spec.title.text(language).to_owned(),
                    state,
                    clock.due.map(|due| w.date(due)).unwrap_or_default(),
                    w.bracketed(
                        clock.spec.citation.text(language),
                        clock.spec.verification.as_str(),
                    ),
                ]
            })
            .collect();
        self.blocks.push(Block::Table {
            header: vec![
                w.t("report-flow"),
                w.t("clock-heading"),
                w.t("report-status"),
                w.t("clock-due-date"),
                w.t("report-citation"),
            ],
            rows,
            widths: vec![0.8, 2.6, 1.4, 1.4, 3.0],
        });
        let reasons: Vec<String> = self
            .clocks
            .iter()
            .filter(|clock| clock.state != ClockState::Ok)
            .map(|clock| {
                w.labelled(
                    &format!(
                        "{} {}",
                        self.clock_subject(clock),
                        clock.spec.title.text(language)
                    ),
                    &clock
                        .reasons_in(language)
                        .join(&w.t("report-list-separator")),
                )
            })
            .collect();
        if !reasons.is_empty() {
            self.blocks.push(Block::Bullets(reasons));
        }
    }

    /// The flow's number, or the map for its own review.
    fn clock_subject(&self, clock: &Clock) -> String {
        match &clock.flow {
            Some(id) => self.numbers.label(id),
            None => self.words.t("diff-the-map"),
        }
    }

    /// The action plan's rows for the clocks that ask for something by a date: due, overdue or
    /// expired, with their limit date.
    pub(super) fn clock_actions(&self) -> Vec<Vec<String>> {
        let w = self.words;
        let unassigned = w.t("report-unassigned");
        self.clocks
            .iter()
            .filter(|clock| {
                matches!(
                    clock.state,
                    ClockState::Due | ClockState::Overdue | ClockState::Expired
                )
            })
            .map(|clock| {
                vec![
                    unassigned.clone(),
                    clock.due.map(|due| w.date(due)).unwrap_or_default(),
                    w.bracketed(
                        clock.spec.title.text(self.language),
                        &self.clock_subject(clock),
                    ),
                    clock.state.name(self.language),
                ]
            })
            .collect()
    }

    /// What changed since the version the last signature kept: the verdict and each change,
    /// as `borderflow diff --since-signoff` says it.
    pub(super) fn changes_since_sign_off(&mut self) {
        let w = self.words;
        let Some(Ok(signed)) = crate::compare::signed_version(self.map) else {
            return;
        };
        self.blocks.push(Block::Subheading(w.t("diff-heading")));
        let diff = crate::compare::diff(&signed, self.map, self.rulebook, self.as_of);
        let mut lines = diff.lines(self.language).into_iter();
        if let Some(verdict) = lines.next() {
            self.blocks.push(Block::Paragraph(verdict));
        }
        let rest: Vec<String> = lines.map(|line| line.trim().to_owned()).collect();
        if !rest.is_empty() {
            self.blocks.push(Block::Bullets(rest));
        }
    }
}
