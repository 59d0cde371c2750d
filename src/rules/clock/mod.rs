//! The regulators' clocks (rules-spec section 7): from the dates a map records (a flow's
//! `since`, a safeguard's `on` and `ref`, the sign-off) and the as-of day, each clock's state and
//! limit date. Which clocks exist, their limits, citations and levels are rule-pack data
//! (`clocks:` in `assets/rules/*.ron`); this code knows how each kind of clock counts.

mod calendar;
mod compute;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use calendar::{Calendar, Place};
pub(super) use compute::clocks;

use super::{Verification, Wording};
use crate::i18n::{self, Arg};
use crate::model::{Date, FlowId, Language, Safeguard};

/// How a clock counts, which the pack names for each clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockKind {
    /// The Macau notification: from the flow's start, done by `macau_notification`.
    Notification,
    /// A contract's filing: from the contract's `on`, done by a recorded `ref`.
    Filing,
    /// The PIPIA at most a period before the contract's filing.
    AssessmentBeforeFiling,
    /// A validity from the safeguard's `on` (an assessment, a certificate, records kept).
    Validity,
    /// The face data filing of a handler at or over a number of persons.
    FaceFiling,
    /// The DPIA's own review after its sign-off.
    Review,
}

/// A length of time as the law counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Calendar days; a limit ending on a rest day or holiday moves to the next working day.
    Days(u32),
    /// Working days of the place.
    WorkingDays(u32),
    /// Months, ending on the corresponding day.
    Months(u32),
    /// Years, ending on the corresponding day.
    Years(u32),
}

/// A clock as a pack defines it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClockDef {
    id: String,
    kind: ClockKind,
    #[serde(default)]
    safeguard: Option<Safeguard>,
    /// The rules on which it runs (notification: the rules that ask for the notification).
    #[serde(default)]
    rules: Vec<String>,
    /// Of those, the rules whose notification is due before the processing starts.
    #[serde(default)]
    before_start: Vec<String>,
    /// Rules whose finding on a flow means it has no such clock (an authorisation is due
    /// before the processing starts instead, and its finding says so).
    #[serde(default)]
    unless: Vec<String>,
    limit: Period,
    /// Whose working days count; none: the place of the exporter (the flow's source).
    #[serde(default)]
    place: Option<Place>,
    /// How near the limit the clock says `due`.
    warn: Period,
    /// For a face filing: the number of persons at which it is owed, the first day it can
    /// start, and the limit of a handler already over the number that day.
    #[serde(default)]
    threshold: Option<u64>,
    #[serde(default)]
    not_before: Option<Date>,
    #[serde(default)]
    backlog_due: Option<Date>,
    title: Wording,
    citation: Wording,
    verification: String,
}

/// A clock of the rulebook: what it is and how it counts.
#[derive(Clone, Debug)]
pub struct ClockSpec {
    /// Stable id, e.g. `cn-contract-filing`.
    pub id: String,
    /// How it counts.
    pub kind: ClockKind,
    /// The safeguard whose date starts it, if any.
    pub safeguard: Option<Safeguard>,
    /// The limit.
    pub limit: Period,
    /// Whose working days count (none: the exporter's place).
    pub place: Option<Place>,
    /// How near the limit it is `due`.
    pub warn: Period,
    /// Its name, in each language.
    pub title: Wording,
    /// Where the limit comes from.
    pub citation: Wording,
    /// How well the citation is verified.
    pub verification: Verification,
    /// The pack that defines it.
    pub pack: String,
    rules: Vec<String>,
    before_start: Vec<String>,
    unless: Vec<String>,
    threshold: u64,
    not_before: Option<Date>,
    backlog_due: Option<Date>,
}

/// Compiles a pack's clocks, each problem named by pack and clock.
pub(super) fn compile(
    file: &str,
    pack: &str,
    defs: &[ClockDef],
) -> Result<Vec<ClockSpec>, super::RulesError> {
    defs.iter()
        .map(|def| {
            let item = Some(format!("clock {}", def.id));
            let verification = Verification::parse(&def.verification).ok_or_else(|| {
                super::RulesError::new(
                    file,
                    item.clone(),
                    "verification must be V, S or U, or several joined by `/`",
                )
            })?;
            let needs_safeguard = matches!(
                def.kind,
                ClockKind::Filing | ClockKind::AssessmentBeforeFiling | ClockKind::Validity
            );
            if needs_safeguard && def.safeguard.is_none() {
                return Err(super::RulesError::new(
                    file,
                    item,
                    "this kind of clock starts from a safeguard's date: name it in `safeguard`",
                ));
            }
            Ok(ClockSpec {
                id: def.id.clone(),
                kind: def.kind,
                safeguard: def.safeguard,
                limit: def.limit,
                place: def.place,
                warn: def.warn,
                title: def.title.clone(),
                citation: def.citation.clone(),
                verification,
                pack: pack.to_owned(),
                rules: def.rules.clone(),
                before_start: def.before_start.clone(),
                unless: def.unless.clone(),
                threshold: def.threshold.unwrap_or(100_000),
                not_before: def.not_before,
                backlog_due: def.backlog_due,
            })
        })
        .collect()
}

/// A clock's state on the as-of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockState {
    /// Nothing to do yet, or done in time.
    Ok,
    /// The limit is near.
    Due,
    /// Past the limit, not done.
    Overdue,
    /// A validity ended.
    Expired,
    /// A date the clock needs is not recorded.
    Unknown,
}

impl ClockState {
    /// Every state, in the order the outputs list them.
    pub const ALL: [ClockState; 5] = [
        ClockState::Overdue,
        ClockState::Expired,
        ClockState::Due,
        ClockState::Unknown,
        ClockState::Ok,
    ];

    /// The id `check --json` prints.
    pub fn id(self) -> &'static str {
        match self {
            ClockState::Ok => "ok",
            ClockState::Due => "due",
            ClockState::Overdue => "overdue",
            ClockState::Expired => "expired",
            ClockState::Unknown => "unknown",
        }
    }

    /// The state in `language` (即將到期 / a vencer for `due`, not the limit date's word).
    pub fn name(self, language: Language) -> String {
        i18n::text(language, &format!("clock-state-{}", self.id())).into_owned()
    }
}

/// One part of a clock's reasons, put in words in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClockReason {
    /// It starts on this day, from this date of the map.
    Starts(Date, Start),
    /// A date it needs is not recorded.
    Missing(Start),
    /// Done: the reference recorded, or the safeguard in place.
    Done(String),
    /// The limit moved off a rest day or public holiday to the next working day.
    Moved(Place),
    /// Counted in working days of this place.
    WorkingDays(Place),
    /// A day counted is in a year the place's calendar does not know.
    Approximate(Place),
    /// The notification is due before the processing starts.
    BeforeStart,
    /// The contract's `on` stands in for the filing day.
    FilingStandIn,
    /// The assessment is dated after the contract took effect.
    AssessmentAfterContract,
    /// A handler already over the threshold when the measures took effect.
    Backlog(u64),
    /// Whether a PDPB limit runs on a day public servants are excused from work is open.
    MacauExcusedDays,
}

/// What a clock starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// The flow's `since`.
    FlowSince,
    /// A safeguard's `on`.
    Safeguard(Safeguard),
    /// The map's sign-off.
    SignOff,
    /// The subject counts of a handler's face flows.
    FaceCounts,
}

impl Start {
    fn words(self, language: Language) -> String {
        match self {
            Start::FlowSince => i18n::text(language, "clock-start-since").into_owned(),
            Start::Safeguard(safeguard) => i18n::text_with(
                language,
                "clock-start-safeguard",
                &[(
                    "safeguard",
                    i18n::terms::safeguard(language, safeguard).into(),
                )],
            ),
            Start::SignOff => i18n::text(language, "clock-start-sign-off").into_owned(),
            Start::FaceCounts => i18n::text(language, "clock-start-face").into_owned(),
        }
    }
}

impl ClockReason {
    /// The reason in `language`.
    pub fn text(&self, language: Language) -> String {
        let place = |place: &Place| Arg::from(i18n::text(language, place.key()));
        let date = |day: &Date| Arg::from(i18n::date(language, *day));
        match self {
            ClockReason::Starts(day, start) => i18n::text_with(
                language,
                "clock-why-starts",
                &[("date", date(day)), ("what", start.words(language).into())],
            ),
            ClockReason::Missing(start) => i18n::text_with(
                language,
                "clock-why-missing",
                &[("what", start.words(language).into())],
            ),
            ClockReason::Done(reference) if reference.is_empty() => {
                i18n::text(language, "clock-why-done").into_owned()
            }
            ClockReason::Done(reference) => {
                i18n::text_with(language, "clock-why-done-ref", &[("ref", reference.into())])
            }
            ClockReason::Moved(at) => {
                i18n::text_with(language, "clock-why-moved", &[("place", place(at))])
            }
            ClockReason::WorkingDays(at) => {
                i18n::text_with(language, "clock-why-working-days", &[("place", place(at))])
            }
            ClockReason::Approximate(at) => {
                i18n::text_with(language, "clock-why-approximate", &[("place", place(at))])
            }
            ClockReason::BeforeStart => i18n::text(language, "clock-why-before-start").into_owned(),
            ClockReason::FilingStandIn => i18n::text(language, "clock-why-stand-in").into_owned(),
            ClockReason::AssessmentAfterContract => {
                i18n::text(language, "clock-why-after-contract").into_owned()
            }
            ClockReason::Backlog(threshold) => i18n::text_with(
                language,
                "clock-why-backlog",
                &[("count", (*threshold).into())],
            ),
            ClockReason::MacauExcusedDays => {
                i18n::text(language, "clock-why-macau-excused").into_owned()
            }
        }
    }
}

/// A clock on a flow or on the map, on the as-of day.
#[derive(Clone, Debug)]
pub struct Clock {
    /// The flow; `None` for the map's own `dpia-review`.
    pub flow: Option<FlowId>,
    /// What clock it is.
    pub spec: Arc<ClockSpec>,
    /// Its state.
    pub state: ClockState,
    /// The limit date, in every state but `unknown`.
    pub due: Option<Date>,
    /// A day counted lies outside the known holiday calendars.
    pub approximate: bool,
    /// Why, in order.
    pub why: Vec<ClockReason>,
}

impl Clock {
    /// The clock's id, e.g. `mo-notification`.
    pub fn id(&self) -> &str {
        &self.spec.id
    }

    /// The reasons in `language`.
    pub fn reasons_in(&self, language: Language) -> Vec<String> {
        self.why
            .iter()
            .map(|reason| reason.text(language))
            .collect()
    }

    /// Whether the clock asks for the map to be reviewed: past its limit, or the DPIA's own
    /// review due.
    pub fn needs_review(&self) -> bool {
        self.state == ClockState::Overdue
            || (self.spec.kind == ClockKind::Review && self.state == ClockState::Due)
    }

    /// Due or overdue with its limit on or before `horizon`.
    pub fn due_by(&self, horizon: Date) -> bool {
        matches!(self.state, ClockState::Due | ClockState::Overdue)
            || (self.state == ClockState::Ok && self.due.is_some_and(|due| due <= horizon))
    }
}
