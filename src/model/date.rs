//! A calendar date (`YYYY-MM-DD`), enough for effective dates, due dates and sign-off.

use std::fmt;
use std::str::FromStr;

/// A date in the proleptic Gregorian calendar, years 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date; expected YYYY-MM-DD, e.g. 2024-09-10")]
pub struct DateError(pub String);

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The date `days` days after 1970-01-01 (negative: before), if within years 1 to 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Self> {
        // Civil-from-days, after Howard Hinnant's public-domain algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Self::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Days after 1970-01-01 (negative: before); [`Date::from_days_since_epoch`] reversed.
    pub fn days_since_epoch(&self) -> i64 {
        // Days-from-civil, after the same public-domain algorithm.
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days later (earlier when negative), if within years 1 to 9999.
    pub fn plus_days(&self, days: i64) -> Option<Self> {
        Self::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// The day of the week, 1 Monday to 7 Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u8 + 1
    }

    /// The corresponding day `months` months later (earlier when negative): the same day of the
    /// month, or the month's last day when it has none (2024-02-29 plus 12 months is
    /// 2025-02-28), as the Civil Codes count a period in months or years.
    pub fn plus_months(&self, months: i32) -> Option<Self> {
        let index = i32::from(self.year) * 12 + i32::from(self.month) - 1 + months;
        let year = u16::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        if !(1..=9999).contains(&year) {
            return None;
        }
        Self::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// Macau's offset from UTC in seconds: UTC+8 all year, with no daylight saving.
    pub const MACAU_OFFSET_SECS: i64 = 8 * 60 * 60;

    /// The date in Macau at `unix_secs` seconds after 1970-01-01 00:00 UTC: the law's clock.
    pub fn in_macau_at(unix_secs: i64) -> Option<Self> {
        let local = unix_secs.checked_add(Self::MACAU_OFFSET_SECS)?;
        Self::from_days_since_epoch(local.div_euclid(86_400))
    }

    /// Today's date in Macau (Asia/Macau, UTC+8), from the system clock: what "today" means
    /// for every evaluation, whatever the machine's own time zone.
    pub fn today_in_macau() -> Option<Self> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Self::in_macau_at(i64::try_from(now.as_secs()).ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DateError(text.to_owned());
        let trimmed = text.trim();
        let mut parts = trimmed.splitn(3, '-');
        let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(error());
        };
        let all_digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(year, 4) && all_digits(month, 2) && all_digits(day, 2)) {
            return Err(error());
        }
        let (Ok(year), Ok(month), Ok(day)) = (year.parse(), month.parse(), day.parse()) else {
            return Err(error());
        };
        Date::new(year, month, day).ok_or_else(error)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macau_turns_the_day_at_16_00_utc() {
        // 2024-01-31 15:59:59 and 16:00:00 UTC: the last second of 31 January in Macau and
        // the first of 1 February.
        let before = 1_706_716_799;
        assert_eq!(Date::in_macau_at(before), Date::new(2024, 1, 31));
        assert_eq!(Date::in_macau_at(before + 1), Date::new(2024, 2, 1));
        // 07:59 in Macau is still the previous day in UTC.
        assert_eq!(
            Date::in_macau_at(1_706_745_540),
            Date::new(2024, 2, 1),
            "2024-01-31 23:59 UTC"
        );
        assert_eq!(Date::in_macau_at(-8 * 60 * 60), Date::new(1970, 1, 1));
    }

    #[test]
    fn day_arithmetic_round_trips_and_months_end_on_the_corresponding_day() {
        let day = |text: &str| text.parse::<Date>().unwrap();
        for text in [
            "0001-01-01",
            "1970-01-01",
            "2024-02-29",
            "2026-12-31",
            "9999-12-31",
        ] {
            let date = day(text);
            assert_eq!(
                Date::from_days_since_epoch(date.days_since_epoch()),
                Some(date)
            );
        }
        assert_eq!(day("2025-09-26").weekday(), 5, "a Friday");
        assert_eq!(day("2025-09-28").weekday(), 7, "a Sunday");
        assert_eq!(day("2024-12-31").plus_days(1), Some(day("2025-01-01")));
        assert_eq!(day("2024-02-29").plus_months(36), Some(day("2027-02-28")));
        assert_eq!(day("2026-01-31").plus_months(1), Some(day("2026-02-28")));
        assert_eq!(day("2026-03-15").plus_months(-3), Some(day("2025-12-15")));
        assert_eq!(day("9999-12-31").plus_days(1), None);
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2024-09-10".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2024, 9, 10));
        assert_eq!(date.to_string(), "2024-09-10");
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-01x",
            "",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn days_since_epoch_convert_to_civil_dates() {
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        // 2024-03-22 is day 19,804 after the epoch.
        assert_eq!(Date::from_days_since_epoch(19_804), Date::new(2024, 3, 22));
        assert_eq!(Date::from_days_since_epoch(-1), Date::new(1969, 12, 31));
    }

    #[test]
    fn dates_order_chronologically() {
        let before: Date = "2024-03-21".parse().unwrap();
        let after: Date = "2024-03-22".parse().unwrap();
        assert!(before < after);
    }
}
