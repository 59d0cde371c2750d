//! Each kind of clock counted on a map: the start, the limit (moved off rest days where the law
//! moves it), the state on the as-of day and the reasons.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::{Calendar, Clock, ClockKind, ClockReason, ClockSpec, ClockState, Period, Place, Start};
use crate::model::{DataClass, Date, FlowId, FlowView, Map, Safeguard};
use crate::rules::{Evaluation, Rulebook, Subject, exporting_entity};

/// A limit as counted: the day, whether a day counted lies outside the known calendars, and
/// whether it moved off a rest day.
struct Counted {
    day: Date,
    approximate: bool,
    moved: bool,
}

fn end_of(start: Date, period: Period, place: Place) -> Option<Counted> {
    let calendar = Calendar::of(place);
    Some(match period {
        Period::Days(days) => {
            let plain = start.plus_days(i64::from(days))?;
            let (day, approximate) = calendar.next_working_day(plain)?;
            Counted {
                day,
                approximate,
                moved: day != plain,
            }
        }
        Period::WorkingDays(days) => {
            let (day, approximate) = calendar.working_days_after(start, days)?;
            Counted {
                day,
                approximate,
                moved: false,
            }
        }
        Period::Months(months) => Counted {
            day: start.plus_months(i32::try_from(months).ok()?)?,
            approximate: false,
            moved: false,
        },
        Period::Years(years) => Counted {
            day: start.plus_months(i32::try_from(years.checked_mul(12)?).ok()?)?,
            approximate: false,
            moved: false,
        },
    })
}

/// The first day a clock ending on `due` is `due` (the warning window before the limit).
fn warn_from(due: Date, warn: Period, place: Place) -> Option<(Date, bool)> {
    match warn {
        Period::Days(days) => Some((due.plus_days(-i64::from(days))?, false)),
        Period::WorkingDays(days) => Calendar::of(place).working_days_before(due, days),
        Period::Months(months) => Some((due.plus_months(-i32::try_from(months).ok()?)?, false)),
        Period::Years(years) => Some((
            due.plus_months(-i32::try_from(years.checked_mul(12)?).ok()?)?,
            false,
        )),
    }
}

/// Builds clocks for one rulebook, map and day.
struct Counter<'a> {
    map: &'a Map,
    as_of: Date,
    /// The rules that fired on each flow, and those that fire once `macau_notification` is
    /// taken away (the rules it satisfies).
    fired: BTreeMap<&'a FlowId, BTreeSet<&'a str>>,
    unsatisfied: BTreeMap<FlowId, BTreeSet<String>>,
}

/// Every clock of `book` on `map` as of the evaluation's day: flows by id, then the map's own.
pub(in crate::rules) fn clocks(book: &Rulebook, map: &Map, evaluation: &Evaluation) -> Vec<Clock> {
    let mut fired: BTreeMap<&FlowId, BTreeSet<&str>> = BTreeMap::new();
    for finding in &evaluation.findings {
        if let Subject::Flow(id) = &finding.subject {
            fired.entry(id).or_default().insert(finding.rule());
        }
    }
    let counter = Counter {
        map,
        as_of: evaluation.as_of,
        fired,
        unsatisfied: unsatisfied(book, map, evaluation.as_of),
    };
    let mut clocks = Vec::new();
    for view in map.flows() {
        for spec in &book.clocks {
            clocks.extend(counter.flow_clock(spec, &view));
        }
    }
    for spec in book.clocks.iter().filter(|s| s.kind == ClockKind::Review) {
        clocks.push(counter.review(spec));
    }
    clocks
}

/// The rules that fire on each flow once `macau_notification` is taken off every flow, when
/// some flow has it: the rules a recorded notification satisfies.
fn unsatisfied(book: &Rulebook, map: &Map, as_of: Date) -> BTreeMap<FlowId, BTreeSet<String>> {
    let notified =
        |view: &FlowView<'_>| view.flow.safeguards.contains(&Safeguard::MacauNotification);
    if !map.flows().any(|view| notified(&view)) {
        return BTreeMap::new();
    }
    let mut stripped = map.clone();
    let flows: Vec<_> = map
        .flows()
        .filter(notified)
        .map(|view| view.flow.clone())
        .collect();
    for mut flow in flows {
        flow.safeguards.remove(&Safeguard::MacauNotification);
        // The flow is the map's own, so replacing it cannot fail.
        let _ = stripped.replace_flow(flow);
    }
    let mut rules: BTreeMap<FlowId, BTreeSet<String>> = BTreeMap::new();
    for finding in book.evaluate(&stripped, as_of).findings {
        if let Subject::Flow(id) = &finding.subject {
            rules
                .entry(id.clone())
                .or_default()
                .insert(finding.rule().to_owned());
        }
    }
    rules
}

impl Counter<'_> {
    fn clock(&self, spec: &Arc<ClockSpec>, flow: Option<&FlowId>) -> Clock {
        Clock {
            flow: flow.cloned(),
            spec: Arc::clone(spec),
            state: ClockState::Unknown,
            due: None,
            approximate: false,
            why: Vec::new(),
        }
    }

    fn flow_clock(&self, spec: &Arc<ClockSpec>, view: &FlowView<'_>) -> Option<Clock> {
        let flow = view.flow;
        let recorded = spec
            .safeguard
            .is_some_and(|safeguard| flow.safeguards.contains(&safeguard));
        let exporter = spec
            .place
            .or_else(|| Place::of(&view.source.jurisdiction))
            .unwrap_or(Place::Mainland);
        let mut clock = self.clock(spec, Some(&flow.id));
        match spec.kind {
            ClockKind::Notification => self.notification(spec, view, &mut clock)?,
            ClockKind::Filing if recorded => self.filing(spec, view, exporter, &mut clock),
            ClockKind::AssessmentBeforeFiling if recorded => {
                self.before_filing(spec, view, &mut clock)?;
            }
            ClockKind::Validity if recorded => self.validity(spec, view, exporter, &mut clock),
            ClockKind::FaceFiling => self.face(spec, view, &mut clock)?,
            _ => return None,
        }
        Some(clock)
    }

    /// Sets the limit and the state of a clock that something must be done by.
    fn deadline(&self, clock: &mut Clock, spec: &ClockSpec, due: Date, place: Place) {
        clock.due = Some(due);
        let warn = warn_from(due, spec.warn, place);
        clock.approximate |= warn.is_some_and(|(_, approximate)| approximate);
        clock.state = if self.as_of > due {
            ClockState::Overdue
        } else if warn.is_some_and(|(from, _)| self.as_of >= from) {
            ClockState::Due
        } else {
            ClockState::Ok
        };
    }

    /// Counts `period` from `start` in `place`, noting in the reasons how it was counted.
    fn count(
        &self,
        clock: &mut Clock,
        start: (Date, Start),
        period: Period,
        place: Place,
    ) -> Option<Date> {
        clock.why.push(ClockReason::Starts(start.0, start.1));
        let counted = end_of(start.0, period, place)?;
        if matches!(period, Period::WorkingDays(_)) {
            clock.why.push(ClockReason::WorkingDays(place));
        }
        if counted.moved {
            clock.why.push(ClockReason::Moved(place));
        }
        if counted.approximate {
            clock.approximate = true;
            clock.why.push(ClockReason::Approximate(place));
        }
        Some(counted.day)
    }

    fn notification(&self, spec: &ClockSpec, view: &FlowView<'_>, clock: &mut Clock) -> Option<()> {
        let flow = view.flow;
        let fired = self.fired.get(&flow.id);
        let unsatisfied = self.unsatisfied.get(&flow.id);
        let applies = |rule: &String| {
            fired.is_some_and(|rules| rules.contains(rule.as_str()))
                || unsatisfied.is_some_and(|rules| rules.contains(rule))
        };
        if !spec.rules.iter().any(applies) || spec.unless.iter().any(applies) {
            return None;
        }
        let Some(since) = flow.since else {
            clock.why.push(ClockReason::Missing(Start::FlowSince));
            return Some(());
        };
        let due = if spec.before_start.iter().any(applies) {
            clock.why.push(ClockReason::Starts(since, Start::FlowSince));
            clock.why.push(ClockReason::BeforeStart);
            since
        } else {
            let due = self.count(clock, (since, Start::FlowSince), spec.limit, Place::Macau)?;
            clock.why.push(ClockReason::MacauExcusedDays);
            due
        };
        self.deadline(clock, spec, due, Place::Macau);
        if flow.safeguards.contains(&Safeguard::MacauNotification) {
            clock.state = ClockState::Ok;
            clock.why.push(ClockReason::Done(reference(
                view,
                Safeguard::MacauNotification,
            )));
        }
        Some(())
    }

    /// Counts a clock that starts on the day the spec's safeguard took effect and sets its
    /// deadline; the safeguard, or `None` (with the date recorded as missing) when it has no
    /// date or the period cannot be counted.
    fn counted_from_safeguard(
        &self,
        spec: &ClockSpec,
        view: &FlowView<'_>,
        place: Place,
        clock: &mut Clock,
    ) -> Option<(Safeguard, Date)> {
        let safeguard = spec.safeguard?;
        let Some(on) = effective(view, safeguard) else {
            clock
                .why
                .push(ClockReason::Missing(Start::Safeguard(safeguard)));
            return None;
        };
        let due = self.count(clock, (on, Start::Safeguard(safeguard)), spec.limit, place)?;
        Some((safeguard, due))
    }

    fn filing(&self, spec: &ClockSpec, view: &FlowView<'_>, place: Place, clock: &mut Clock) {
        let Some((safeguard, due)) = self.counted_from_safeguard(spec, view, place, clock) else {
            return;
        };
        if place == Place::Macau {
            clock.why.push(ClockReason::MacauExcusedDays);
        }
        self.deadline(clock, spec, due, place);
        let filed = reference(view, safeguard);
        if !filed.is_empty() {
            clock.state = ClockState::Ok;
            clock.why.push(ClockReason::Done(filed));
        }
    }

    fn before_filing(
        &self,
        spec: &ClockSpec,
        view: &FlowView<'_>,
        clock: &mut Clock,
    ) -> Option<()> {
        let contract = [
            Safeguard::CnStandardContract,
            Safeguard::GbaStandardContract,
        ]
        .into_iter()
        .find(|contract| view.flow.safeguards.contains(contract))?;
        let assessment = spec.safeguard?;
        let (Some(done), Some(signed)) = (effective(view, assessment), effective(view, contract))
        else {
            for (safeguard, on) in [
                (assessment, effective(view, assessment)),
                (contract, effective(view, contract)),
            ] {
                if on.is_none() {
                    clock
                        .why
                        .push(ClockReason::Missing(Start::Safeguard(safeguard)));
                }
            }
            return Some(());
        };
        let due = self.count(
            clock,
            (done, Start::Safeguard(assessment)),
            spec.limit,
            Place::Mainland,
        )?;
        clock
            .why
            .push(ClockReason::Starts(signed, Start::Safeguard(contract)));
        clock.why.push(ClockReason::FilingStandIn);
        clock.due = Some(due);
        clock.state = if done > signed {
            clock.why.push(ClockReason::AssessmentAfterContract);
            ClockState::Overdue
        } else if signed > due {
            ClockState::Expired
        } else {
            ClockState::Ok
        };
        Some(())
    }

    fn validity(&self, spec: &ClockSpec, view: &FlowView<'_>, place: Place, clock: &mut Clock) {
        let Some((_, due)) = self.counted_from_safeguard(spec, view, place, clock) else {
            return;
        };
        self.deadline(clock, spec, due, place);
        if clock.state == ClockState::Overdue {
            clock.state = ClockState::Expired;
        }
    }

    fn face(&self, spec: &ClockSpec, view: &FlowView<'_>, clock: &mut Clock) -> Option<()> {
        if !view.flow.data_classes.contains(&DataClass::Face) {
            return None;
        }
        let handler = exporting_entity(view.source).name;
        let mut flows: Vec<FlowView<'_>> = self
            .map
            .flows()
            .filter(|other| {
                other.flow.data_classes.contains(&DataClass::Face)
                    && exporting_entity(other.source).name == handler
            })
            .collect();
        let total: u64 = flows
            .iter()
            .filter_map(|other| other.flow.subjects_per_year)
            .sum();
        if total < spec.threshold {
            return None;
        }
        if flows.iter().any(|other| other.flow.since.is_none()) {
            clock.why.push(ClockReason::Missing(Start::FlowSince));
            return Some(());
        }
        flows.sort_by_key(|other| other.flow.since);
        let mut running = 0;
        let crossed = flows.iter().find_map(|other| {
            running += other.flow.subjects_per_year.unwrap_or(0);
            (running >= spec.threshold)
                .then_some(other.flow.since)
                .flatten()
        })?;
        let not_before = spec.not_before.unwrap_or(crossed);
        let due = match spec.backlog_due.filter(|_| crossed < not_before) {
            Some(backlog) => {
                clock
                    .why
                    .push(ClockReason::Starts(crossed, Start::FaceCounts));
                clock.why.push(ClockReason::Backlog(spec.threshold));
                backlog
            }
            None => self.count(
                clock,
                (crossed, Start::FaceCounts),
                spec.limit,
                Place::Mainland,
            )?,
        };
        self.deadline(clock, spec, due, Place::Mainland);
        if view.flow.safeguards.contains(&Safeguard::FaceFiling) {
            clock.state = ClockState::Ok;
            clock
                .why
                .push(ClockReason::Done(reference(view, Safeguard::FaceFiling)));
        }
        Some(())
    }

    fn review(&self, spec: &Arc<ClockSpec>) -> Clock {
        let mut clock = self.clock(spec, None);
        let sign = &self.map.assessment.sign_off;
        let signed = [sign.assessed_on, sign.dpo_on, sign.approved_on]
            .into_iter()
            .flatten()
            .max();
        let Some(signed) = signed else {
            clock.why.push(ClockReason::Missing(Start::SignOff));
            return clock;
        };
        let period = match self.map.meta.review_every_months {
            Some(months) if months > 0 => Period::Months(months),
            _ => spec.limit,
        };
        if let Some(due) = self.count(&mut clock, (signed, Start::SignOff), period, Place::Macau) {
            self.deadline(&mut clock, spec, due, Place::Macau);
        }
        clock
    }
}

/// The day a safeguard took effect (`on`), as the flow records it.
fn effective(view: &FlowView<'_>, safeguard: Safeguard) -> Option<Date> {
    view.flow
        .references
        .get(&safeguard)
        .and_then(|reference| reference.effective)
}

/// The safeguard's recorded reference (a filing number), empty when none.
fn reference(view: &FlowView<'_>, safeguard: Safeguard) -> String {
    view.flow
        .references
        .get(&safeguard)
        .map(|reference| reference.number.trim().to_owned())
        .unwrap_or_default()
}
