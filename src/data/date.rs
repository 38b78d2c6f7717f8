//! Calendar dates without time zones: `Day` (an exact day) and `PartialDate` (a day, a month or a
//! year, as precise as the sources are). Pure: no clock, no web crate; tested natively.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An exact calendar day, stored as days since 1970-01-01 so that ordering and subtraction are
/// plain integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i32);

impl Day {
    /// The day for a valid year, month (1–12) and day of month; `None` for impossible dates such
    /// as 31 April.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day(days_from_civil(year, month, day)))
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    pub fn from_days_since_epoch(days: i32) -> Day {
        Day(days)
    }

    /// (year, month 1–12, day 1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The same calendar day `months` later, clamped to the month's last day (31 Jan + 1 month is
    /// 28 or 29 Feb), as a reader would count "within three months".
    pub fn add_months(self, months: i32) -> Day {
        let (y, m, d) = self.ymd();
        let total = y * 12 + (m as i32 - 1) + months;
        let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let nd = d.min(days_in_month(ny, nm));
        Day(days_from_civil(ny, nm, nd))
    }

    pub fn add_days(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// ISO 8601, as used in `<time datetime>` and in the dataset.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Day> {
        match PartialDate::parse(text)? {
            PartialDate {
                year,
                month: Some(m),
                day: Some(d),
            } => Day::from_ymd(year, m, d),
            _ => None,
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A date as precise as its source: `1993`, `1993-12` or `1993-12-09`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let mut number = |len: usize| -> Option<Option<u32>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Some(p.parse().ok()?))
                }
                Some(_) => None,
            }
        };
        let month = number(2)?;
        let day = number(2)?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        let date = PartialDate { year, month, day };
        // Validate through the first day: rejects month 13 and 31 April alike.
        Day::from_ymd(year, month.unwrap_or(1), day.unwrap_or(1))?;
        Some(date)
    }

    /// The first day the date can mean; used to place and order it.
    pub fn first_day(self) -> Day {
        Day(days_from_civil(
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        ))
    }

    /// The last day the date can mean.
    pub fn last_day(self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Day(days_from_civil(self.year, month, day))
    }

    pub fn is_exact_day(self) -> bool {
        self.day.is_some()
    }

    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

impl From<Day> for PartialDate {
    fn from(day: Day) -> Self {
        let (year, m, d) = day.ymd();
        PartialDate {
            year,
            month: Some(m),
            day: Some(d),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid date \"{text}\": expected YYYY, YYYY-MM or YYYY-MM-DD with a real month and day"
            ))
        })
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_round_trip() {
        assert_eq!(Day::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
        for days in [-10_000, -1, 0, 1, 8_875, 20_000, 25_000] {
            let d = Day::from_days_since_epoch(days);
            let (y, m, dd) = d.ymd();
            assert_eq!(Day::from_ymd(y, m, dd), Some(d));
        }
        assert_eq!(Day::from_ymd(1994, 4, 20).unwrap().iso(), "1994-04-20");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Day::from_ymd(1999, 4, 31), None);
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert!(Day::from_ymd(2024, 2, 29).is_some());
        for bad in [
            "",
            "92",
            "1992-5-15",
            "1992-13",
            "1992-04-31",
            "1992-05-15-01",
            "abcd",
            "1992--01",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn partial_dates_span_their_period() {
        let month = PartialDate::parse("1999-02").unwrap();
        assert_eq!(month.first_day().iso(), "1999-02-01");
        assert_eq!(month.last_day().iso(), "1999-02-28");
        let year = PartialDate::parse("2014").unwrap();
        assert_eq!(year.last_day().iso(), "2014-12-31");
    }

    #[test]
    fn three_months_after_sochi() {
        let sochi = Day::from_ymd(2013, 9, 23).unwrap();
        assert_eq!(sochi.add_months(3).iso(), "2013-12-23");
        assert_eq!(
            Day::from_ymd(2013, 11, 30).unwrap().add_months(3).iso(),
            "2014-02-28"
        );
    }
}
