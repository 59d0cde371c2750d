//! The clocks of rules-spec section 7, each case of the table both ways at its boundary days:
//! ok, due, overdue, expired and unknown, with the Mainland's holidays and make-up working days
//! inside a 10-working-day window and a Macau limit moved off a public holiday.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use borderflow::model::{
    DataClass, Date, Flow, FlowId, Jurisdiction, LegalBasis, Map, Reference, Safeguard, Site,
    SiteId, SiteKind,
};
use borderflow::rules::{Clock, ClockReason, ClockStart, ClockState, Rulebook};

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

/// A map of one flow between two sites, edited by `edit`.
fn one_flow(
    from: (Jurisdiction, SiteKind),
    to: (Jurisdiction, SiteKind),
    edit: impl FnOnce(&mut Flow),
) -> Map {
    let mut map = Map::default();
    map.meta.organisation = "Lotus Trading".into();
    for (id, (place, kind)) in [("a", from), ("b", to)] {
        map.add_site(Site::new(SiteId::new(id).unwrap(), id, kind, place))
            .unwrap();
    }
    let mut flow = Flow::new(
        FlowId::new("f1").unwrap(),
        SiteId::new("a").unwrap(),
        SiteId::new("b").unwrap(),
    );
    flow.data_classes.insert(DataClass::Contact);
    edit(&mut flow);
    map.add_flow(flow).unwrap();
    map
}

fn clocks_on(map: &Map, as_of: &str) -> Vec<Clock> {
    let book = Rulebook::builtin().unwrap();
    let evaluation = book.evaluate(map, day(as_of));
    book.clocks(map, &evaluation)
}

fn clock(map: &Map, as_of: &str, id: &str) -> Clock {
    clocks_on(map, as_of)
        .into_iter()
        .find(|clock| clock.id() == id)
        .unwrap_or_else(|| panic!("no {id} clock"))
}

fn state(map: &Map, as_of: &str, id: &str) -> (ClockState, Option<Date>) {
    let clock = clock(map, as_of, id);
    (clock.state, clock.due)
}

fn record(flow: &mut Flow, safeguard: Safeguard, on: &str, number: &str) {
    flow.safeguards.insert(safeguard);
    flow.references.insert(
        safeguard,
        Reference {
            number: number.into(),
            effective: (!on.is_empty()).then(|| day(on)),
            ..Reference::default()
        },
    );
}

const HENGQIN: (Jurisdiction, SiteKind) = (Jurisdiction::MainlandGba, SiteKind::Office);
const MACAU_OFFICE: (Jurisdiction, SiteKind) = (Jurisdiction::Macau, SiteKind::Office);
const MACAU_SYSTEM: (Jurisdiction, SiteKind) = (Jurisdiction::Macau, SiteKind::System);
const HONG_KONG: (Jurisdiction, SiteKind) = (Jurisdiction::HongKong, SiteKind::Office);

#[test]
fn the_standard_contract_filing_counts_mainland_working_days_across_golden_week() {
    // In effect Friday 26 September 2025: the make-up Sunday 28 September counts, 1-8 October
    // do not, the make-up Saturday 11 October does: ten working days end on 16 October.
    let unfiled = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(flow, Safeguard::CnStandardContract, "2025-09-26", "");
    });
    let due = Some(day("2025-10-16"));
    assert_eq!(
        state(&unfiled, "2025-09-15", "cn-contract-filing"),
        (ClockState::Ok, due)
    );
    assert_eq!(
        state(&unfiled, "2025-09-16", "cn-contract-filing"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&unfiled, "2025-10-16", "cn-contract-filing"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&unfiled, "2025-10-17", "cn-contract-filing"),
        (ClockState::Overdue, due)
    );
    let filed = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(
            flow,
            Safeguard::CnStandardContract,
            "2025-09-26",
            "SC-4401-2025-0173",
        );
    });
    assert_eq!(
        state(&filed, "2025-10-17", "cn-contract-filing"),
        (ClockState::Ok, due)
    );
    let undated = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        flow.safeguards.insert(Safeguard::CnStandardContract);
    });
    let unknown = clock(&undated, "2025-10-17", "cn-contract-filing");
    assert_eq!((unknown.state, unknown.due), (ClockState::Unknown, None));
    assert_eq!(
        unknown.why,
        [ClockReason::Missing(ClockStart::Safeguard(
            Safeguard::CnStandardContract
        ))]
    );
    // A rule that fired for want of the contract gives a finding, not a clock.
    let none = one_flow(HENGQIN, MACAU_OFFICE, |_| {});
    assert!(
        clocks_on(&none, "2025-10-17")
            .iter()
            .all(|c| c.id() != "cn-contract-filing")
    );
}

#[test]
fn outside_the_known_years_working_days_are_monday_to_friday_and_marked_approximate() {
    let map = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(flow, Safeguard::CnStandardContract, "2027-09-24", "");
    });
    let clock = clock(&map, "2027-09-30", "cn-contract-filing");
    assert_eq!(clock.due, Some(day("2027-10-08")));
    assert!(clock.approximate);
    let known = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(flow, Safeguard::CnStandardContract, "2026-03-02", "");
    });
    assert!(!self::clock(&known, "2026-03-03", "cn-contract-filing").approximate);
}

#[test]
fn the_gba_contract_counts_the_exporters_days() {
    // A Macau exporter: Macau days. In effect Wednesday 1 April 2026: Good Friday, the day
    // before Easter and Ching Ming (3 to 5 April) are Macau public holidays; the tenth working
    // day is 16 April.
    let macau = one_flow(MACAU_OFFICE, HENGQIN, |flow| {
        record(flow, Safeguard::GbaStandardContract, "2026-04-01", "");
    });
    let due = Some(day("2026-04-16"));
    assert_eq!(
        state(&macau, "2026-04-16", "gba-contract-filing"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&macau, "2026-04-17", "gba-contract-filing"),
        (ClockState::Overdue, due)
    );
    // A Hong Kong exporter on the same day: Hong Kong also rests on 6 and 7 April (the days
    // following Ching Ming and Easter Monday): the tenth working day is 20 April.
    let hong_kong = one_flow(HONG_KONG, HENGQIN, |flow| {
        record(flow, Safeguard::GbaStandardContract, "2026-04-01", "");
    });
    assert_eq!(
        state(&hong_kong, "2026-04-17", "gba-contract-filing"),
        (ClockState::Due, Some(day("2026-04-20")))
    );
}

#[test]
fn the_macau_notification_is_due_eight_days_after_the_start_or_before_a_transfer() {
    // Processing in Macau (MO-03): Saturday 13 December 2025 plus 8 days is Sunday the 21st,
    // the Winter Solstice holiday; the limit moves to Monday 22 December.
    let local = one_flow(MACAU_OFFICE, MACAU_SYSTEM, |flow| {
        flow.since = Some(day("2025-12-13"))
    });
    let due = Some(day("2025-12-22"));
    assert_eq!(
        state(&local, "2025-11-21", "mo-notification"),
        (ClockState::Ok, due)
    );
    assert_eq!(
        state(&local, "2025-11-22", "mo-notification"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&local, "2025-12-22", "mo-notification"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&local, "2025-12-23", "mo-notification"),
        (ClockState::Overdue, due)
    );
    let notified = one_flow(MACAU_OFFICE, MACAU_SYSTEM, |flow| {
        flow.since = Some(day("2025-12-13"));
        record(
            flow,
            Safeguard::MacauNotification,
            "2025-12-15",
            "0123/2025/N",
        );
    });
    assert_eq!(
        state(&notified, "2026-03-01", "mo-notification"),
        (ClockState::Ok, due)
    );
    let unknown = one_flow(MACAU_OFFICE, MACAU_SYSTEM, |_| {});
    assert_eq!(
        state(&unknown, "2026-03-01", "mo-notification"),
        (ClockState::Unknown, None)
    );
    // A transfer out of Macau on explicit consent (MO-02): notified before it starts.
    let transfer = one_flow(MACAU_OFFICE, HONG_KONG, |flow| {
        flow.legal_basis = LegalBasis::ExplicitConsent;
        flow.since = Some(day("2026-02-02"));
    });
    let due = Some(day("2026-02-02"));
    assert_eq!(
        state(&transfer, "2026-02-02", "mo-notification"),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&transfer, "2026-02-03", "mo-notification"),
        (ClockState::Overdue, due)
    );
    // A transfer that needs an authorisation (MO-01, no ground) has no notification clock.
    let authorisation = one_flow(MACAU_OFFICE, HONG_KONG, |flow| {
        flow.since = Some(day("2026-02-02"));
    });
    assert!(
        clocks_on(&authorisation, "2026-02-03")
            .iter()
            .all(|c| c.id() != "mo-notification")
    );
}

#[test]
fn the_security_assessment_is_due_in_the_extension_window_and_expires_after_three_years() {
    let map = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(
            flow,
            Safeguard::CacAssessment,
            "2023-06-15",
            "CAC-2023-0042",
        );
    });
    // Valid through 15 June 2026; the 60 Mainland working days before it start 18 March.
    let due = Some(day("2026-06-15"));
    let id = "cac-assessment-validity";
    assert_eq!(state(&map, "2026-03-17", id), (ClockState::Ok, due));
    assert_eq!(state(&map, "2026-03-18", id), (ClockState::Due, due));
    assert_eq!(state(&map, "2026-06-15", id), (ClockState::Due, due));
    assert_eq!(state(&map, "2026-06-16", id), (ClockState::Expired, due));
}

#[test]
fn certificates_and_records_run_three_years_to_the_corresponding_day() {
    let map = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        record(flow, Safeguard::CnCertification, "2024-02-29", "CERT-1");
        record(flow, Safeguard::PiaDone, "2024-03-01", "");
        record(flow, Safeguard::SharingAgreement, "2024-03-04", "");
    });
    let id = "certification-validity";
    let due = Some(day("2027-02-28"));
    assert_eq!(state(&map, "2027-01-28", id), (ClockState::Ok, due));
    assert_eq!(state(&map, "2027-01-29", id), (ClockState::Due, due));
    assert_eq!(state(&map, "2027-03-01", id), (ClockState::Expired, due));
    assert_eq!(
        state(&map, "2027-02-28", "pia-records").1,
        Some(day("2027-03-01"))
    );
    assert_eq!(
        state(&map, "2027-03-05", "sharing-records"),
        (ClockState::Expired, Some(day("2027-03-04")))
    );
    let undated = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        flow.safeguards.insert(Safeguard::CnCertification);
    });
    assert_eq!(
        state(&undated, "2027-03-01", id),
        (ClockState::Unknown, None)
    );
}

#[test]
fn the_impact_assessment_is_at_most_three_months_older_than_the_contract() {
    let with = |pia: &str, contract: &str| {
        one_flow(HENGQIN, MACAU_OFFICE, |flow| {
            record(flow, Safeguard::PiaDone, pia, "");
            record(flow, Safeguard::CnStandardContract, contract, "");
        })
    };
    let id = "pia-before-filing";
    // Done 15 March 2026: a contract in effect up to 15 June can rely on it.
    let due = Some(day("2026-06-15"));
    assert_eq!(
        state(&with("2026-03-15", "2026-06-15"), "2026-06-16", id),
        (ClockState::Ok, due)
    );
    assert_eq!(
        state(&with("2026-03-15", "2026-06-16"), "2026-06-16", id),
        (ClockState::Expired, due)
    );
    assert_eq!(
        state(&with("2026-06-17", "2026-06-16"), "2026-06-20", id).0,
        ClockState::Overdue
    );
    assert_eq!(
        state(&with("", "2026-06-16"), "2026-06-20", id),
        (ClockState::Unknown, None)
    );
}

#[test]
fn the_face_filing_runs_from_the_day_the_handler_reached_100000_persons() {
    let face = |since: &str, filed: bool| {
        one_flow(HENGQIN, MACAU_OFFICE, |flow| {
            flow.data_classes.insert(DataClass::Face);
            flow.subjects_per_year = Some(120_000);
            flow.since = (!since.is_empty()).then(|| day(since));
            if filed {
                record(flow, Safeguard::FaceFiling, "2025-10-10", "FR-44-0001");
            }
        })
    };
    let id = "face-filing";
    // Reached on 1 September 2025: 30 Mainland working days (Golden Week out, the make-up days
    // in) end on 17 October.
    let due = Some(day("2025-10-17"));
    assert_eq!(
        state(&face("2025-09-01", false), "2025-10-17", id),
        (ClockState::Due, due)
    );
    assert_eq!(
        state(&face("2025-09-01", false), "2025-10-18", id),
        (ClockState::Overdue, due)
    );
    assert_eq!(
        state(&face("2025-09-01", true), "2025-10-18", id),
        (ClockState::Ok, due)
    );
    // Already over the number before the Measures: by 14 July 2025.
    let backlog = Some(day("2025-07-14"));
    assert_eq!(
        state(&face("2024-01-01", false), "2025-07-15", id),
        (ClockState::Overdue, backlog)
    );
    assert_eq!(
        state(&face("", false), "2025-07-15", id),
        (ClockState::Unknown, None)
    );
    // Under the number: no clock.
    let small = one_flow(HENGQIN, MACAU_OFFICE, |flow| {
        flow.data_classes.insert(DataClass::Face);
        flow.subjects_per_year = Some(99_999);
        flow.since = Some(day("2025-09-01"));
    });
    assert!(clocks_on(&small, "2025-10-18").iter().all(|c| c.id() != id));
}

#[test]
fn the_dpia_is_reviewed_every_twelve_months_or_as_the_map_says() {
    let mut map = one_flow(MACAU_OFFICE, MACAU_SYSTEM, |_| {});
    let review = |map: &Map, as_of: &str| {
        let clock = clock(map, as_of, "dpia-review");
        assert!(clock.flow.is_none());
        (clock.state, clock.due, clock.needs_review())
    };
    assert_eq!(
        review(&map, "2026-01-01"),
        (ClockState::Unknown, None, false)
    );
    map.assessment.sign_off.approved_on = Some(day("2025-12-01"));
    let due = Some(day("2026-12-01"));
    assert_eq!(review(&map, "2026-10-31"), (ClockState::Ok, due, false));
    assert_eq!(review(&map, "2026-11-01"), (ClockState::Due, due, true));
    assert_eq!(review(&map, "2026-12-02"), (ClockState::Overdue, due, true));
    map.meta.review_every_months = Some(6);
    assert_eq!(review(&map, "2026-06-02").1, Some(day("2026-06-01")));
}
