//! Scales in d3's vocabulary (`domain`, `range`, `map`, `invert`, `ticks`), so that readers who
//! know d3 recognise them. Pure; tested natively.

use crate::data::Day;

/// Maps days linearly onto a numeric range (pixels, or percent of a width).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    domain: (Day, Day),
    range: (f64, f64),
}

impl TimeScale {
    /// `domain.1` must be after `domain.0`; an empty domain is widened by one day so that `map`
    /// never divides by zero.
    pub fn new(domain: (Day, Day), range: (f64, f64)) -> TimeScale {
        let end = if domain.1 <= domain.0 {
            domain.0.add_days(1)
        } else {
            domain.1
        };
        TimeScale {
            domain: (domain.0, end),
            range,
        }
    }

    pub fn domain(&self) -> (Day, Day) {
        self.domain
    }

    pub fn range(&self) -> (f64, f64) {
        self.range
    }

    fn span_days(&self) -> f64 {
        f64::from(self.domain.1.days_since_epoch() - self.domain.0.days_since_epoch())
    }

    /// The position of `day`; days outside the domain extrapolate linearly.
    pub fn map(&self, day: Day) -> f64 {
        let t =
            f64::from(day.days_since_epoch() - self.domain.0.days_since_epoch()) / self.span_days();
        self.range.0 + t * (self.range.1 - self.range.0)
    }

    /// The day at a position, rounded to the nearest day and clamped to the domain.
    pub fn invert(&self, position: f64) -> Day {
        let width = self.range.1 - self.range.0;
        let t = if width == 0.0 {
            0.0
        } else {
            (position - self.range.0) / width
        };
        let t = if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let days = (t * self.span_days()).round() as i32;
        self.domain.0.add_days(days)
    }

    /// 1 January of every `step`-th year inside the domain.
    pub fn year_ticks(&self, step: i32) -> Vec<(i32, f64)> {
        let step = step.max(1);
        let (first, last) = (self.domain.0.year(), self.domain.1.year());
        (first..=last)
            .filter(|y| y % step == 0)
            .filter_map(|y| Day::from_ymd(y, 1, 1).map(|d| (y, d)))
            .filter(|(_, d)| *d >= self.domain.0 && *d <= self.domain.1)
            .map(|(y, d)| (y, self.map(d)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn maps_and_inverts() {
        let s = TimeScale::new((day(2000, 1, 1), day(2000, 1, 11)), (0.0, 100.0));
        assert_eq!(s.map(day(2000, 1, 1)), 0.0);
        assert_eq!(s.map(day(2000, 1, 6)), 50.0);
        assert_eq!(s.map(day(2000, 1, 11)), 100.0);
        assert_eq!(s.invert(50.0), day(2000, 1, 6));
        assert_eq!(s.invert(-20.0), day(2000, 1, 1), "clamped");
        assert_eq!(s.invert(f64::NAN), day(2000, 1, 1));
        for d in 1..=11 {
            assert_eq!(s.invert(s.map(day(2000, 1, d))), day(2000, 1, d));
        }
    }

    #[test]
    fn reversed_range_and_empty_domain() {
        let s = TimeScale::new((day(2000, 1, 1), day(2000, 1, 11)), (100.0, 0.0));
        assert_eq!(s.map(day(2000, 1, 3)), 80.0);
        let empty = TimeScale::new((day(2000, 1, 1), day(2000, 1, 1)), (0.0, 10.0));
        assert!(empty.map(day(2000, 1, 1)).is_finite());
    }

    #[test]
    fn year_ticks_fall_on_new_year() {
        let s = TimeScale::new((day(1992, 1, 1), day(2027, 1, 1)), (0.0, 350.0));
        let ticks = s.year_ticks(5);
        assert_eq!(
            ticks.iter().map(|t| t.0).collect::<Vec<_>>(),
            [1995, 2000, 2005, 2010, 2015, 2020, 2025]
        );
        assert!(s.year_ticks(1).len() == 36);
    }
}
