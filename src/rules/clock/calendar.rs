//! Working days of each place, from the holiday calendars shipped in `assets/calendars/`: Monday
//! to Friday less the place's public holidays, plus (on the Mainland) the make-up working days
//! of the State Council's yearly notice. A day of a year no calendar covers is counted Monday to
//! Friday, and whatever is counted across it is marked approximate.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{Date, Jurisdiction};

/// A place whose working days a limit counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The Mainland (including the GBA cities and Hengqin).
    Mainland,
    /// Macau.
    Macau,
    /// Hong Kong.
    HongKong,
}

impl Place {
    /// The place of a jurisdiction, if it has a calendar.
    pub fn of(jurisdiction: &Jurisdiction) -> Option<Self> {
        match jurisdiction {
            Jurisdiction::Mainland | Jurisdiction::MainlandGba => Some(Place::Mainland),
            Jurisdiction::Macau => Some(Place::Macau),
            Jurisdiction::HongKong => Some(Place::HongKong),
            _ => None,
        }
    }

    /// The id the catalogue names the place by (`place-mainland`…).
    pub fn key(self) -> &'static str {
        match self {
            Place::Mainland => "place-mainland",
            Place::Macau => "place-macau",
            Place::HongKong => "place-hong-kong",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    place: Place,
    #[allow(dead_code)] // Read by people: which announcements the days come from.
    source: String,
    years: Vec<u16>,
    days_off: Vec<(Date, Date)>,
    working_weekends: Vec<Date>,
}

/// One place's known years, days off and make-up working days.
#[derive(Debug)]
pub struct Calendar {
    place: Place,
    years: BTreeSet<u16>,
    days_off: BTreeSet<Date>,
    working_weekends: BTreeSet<Date>,
}

const FILES: [&str; 3] = [
    include_str!("../../../assets/calendars/mainland.ron"),
    include_str!("../../../assets/calendars/macau.ron"),
    include_str!("../../../assets/calendars/hong-kong.ron"),
];

impl Calendar {
    /// The shipped calendar of `place`.
    pub fn of(place: Place) -> &'static Calendar {
        static CALENDARS: OnceLock<Vec<Calendar>> = OnceLock::new();
        let all =
            CALENDARS.get_or_init(|| FILES.iter().map(|text| Calendar::parse(text)).collect());
        all.iter()
            .find(|calendar| calendar.place == place)
            .unwrap_or(&all[0])
    }

    /// Parses a calendar file; the shipped files are checked by a test, so a broken one is a
    /// build that never ships (it would count Monday to Friday, marked approximate).
    fn parse(text: &str) -> Calendar {
        let file: CalendarFile = ron::from_str(text).unwrap_or(CalendarFile {
            place: Place::Mainland,
            source: String::new(),
            years: Vec::new(),
            days_off: Vec::new(),
            working_weekends: Vec::new(),
        });
        let mut days_off = BTreeSet::new();
        for (first, last) in file.days_off {
            let mut day = first;
            while day <= last {
                days_off.insert(day);
                match day.plus_days(1) {
                    Some(next) => day = next,
                    None => break,
                }
            }
        }
        Calendar {
            place: file.place,
            years: file.years.into_iter().collect(),
            days_off,
            working_weekends: file.working_weekends.into_iter().collect(),
        }
    }

    /// The years the calendar knows.
    pub fn years(&self) -> impl Iterator<Item = u16> + '_ {
        self.years.iter().copied()
    }

    /// Whether `day`'s year is one the calendar knows (else it is counted Monday to Friday).
    pub fn knows(&self, day: Date) -> bool {
        self.years.contains(&day.year())
    }

    /// Whether `day` is a working day of the place.
    pub fn is_working_day(&self, day: Date) -> bool {
        if self.working_weekends.contains(&day) {
            return true;
        }
        day.weekday() <= 5 && !self.days_off.contains(&day)
    }

    /// The `count`th working day after `start` (the start day not counted), and whether a day
    /// counted lies outside the known years.
    pub fn working_days_after(&self, start: Date, count: u32) -> Option<(Date, bool)> {
        let mut day = start;
        let mut approximate = false;
        let mut left = count;
        while left > 0 {
            day = day.plus_days(1)?;
            approximate |= !self.knows(day);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        Some((day, approximate))
    }

    /// The `count`th working day before `end` (the end day not counted).
    pub fn working_days_before(&self, end: Date, count: u32) -> Option<(Date, bool)> {
        let mut day = end;
        let mut approximate = false;
        let mut left = count;
        while left > 0 {
            day = day.plus_days(-1)?;
            approximate |= !self.knows(day);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        Some((day, approximate))
    }

    /// `day`, or the next working day when it is not one: a limit that ends on a rest day or a
    /// public holiday moves to the next working day.
    pub fn next_working_day(&self, day: Date) -> Option<(Date, bool)> {
        let mut day = day;
        let mut approximate = !self.knows(day);
        while !self.is_working_day(day) {
            day = day.plus_days(1)?;
            approximate |= !self.knows(day);
        }
        Some((day, approximate))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn the_shipped_calendars_parse_with_their_years() {
        for place in [Place::Mainland, Place::Macau, Place::HongKong] {
            let calendar = Calendar::of(place);
            assert_eq!(calendar.place, place);
            assert_eq!(calendar.years().collect::<Vec<_>>(), [2025, 2026]);
            assert!(calendar.days_off.len() > 12, "{place:?}");
        }
        assert_eq!(Calendar::of(Place::Mainland).working_weekends.len(), 11);
    }

    #[test]
    fn mainland_days_follow_the_state_council_notice() {
        let mainland = Calendar::of(Place::Mainland);
        assert!(
            mainland.is_working_day(day("2025-09-28")),
            "a make-up Sunday"
        );
        assert!(
            !mainland.is_working_day(day("2025-10-08")),
            "National Day week"
        );
        assert!(
            !mainland.is_working_day(day("2026-02-23")),
            "Spring Festival, a Monday"
        );
        // Ten working days after Friday 26 September 2025: the make-up Sunday counts, the
        // Golden Week does not, the make-up Saturday 11 October does.
        assert_eq!(
            mainland.working_days_after(day("2025-09-26"), 10),
            Some((day("2025-10-16"), false))
        );
        // Outside the known years: Monday to Friday, approximate.
        assert_eq!(
            mainland.working_days_after(day("2027-09-24"), 10),
            Some((day("2027-10-08"), true))
        );
        assert!(!Calendar::of(Place::HongKong).is_working_day(day("2025-09-28")));
        assert!(!Calendar::of(Place::Macau).is_working_day(day("2025-12-24")));
    }
}
