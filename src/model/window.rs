//! The timeline's window: the stretch of time it shows, zoomed and panned inside the story's
//! domain. Zooming keeps the point under the pointer (or the window's middle) in place; a window
//! never grows past the domain, never shrinks below [`MIN_DAYS`], and pans only as far as the
//! domain's edges. Written in the address as `span=2012-01-01..2027-01-01`. Pure; tested natively.

use crate::data::Day;

/// The narrowest window: about half a year.
pub const MIN_DAYS: i32 = 180;
/// How much one step of the zoom buttons or keys zooms.
pub const ZOOM_STEP: f64 = 2.0;

/// From `from` (inclusive) to `to` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Window {
    pub from: Day,
    pub to: Day,
}

impl Window {
    pub fn new(from: Day, to: Day) -> Window {
        Window { from, to }
    }

    pub fn days(self) -> i32 {
        self.to.days_since_epoch() - self.from.days_since_epoch()
    }

    /// Where `day` falls, as a fraction of `domain` (0 at its start, 1 at its end).
    pub fn fraction_of(domain: Window, day: Day) -> f64 {
        f64::from(day.days_since_epoch() - domain.from.days_since_epoch())
            / f64::from(domain.days().max(1))
    }

    /// The window as the timeline's CSS wants it: where it starts, as a fraction of the domain,
    /// and how many times the domain's width the drawing is.
    pub fn css_zoom(self, domain: Window) -> (f64, f64) {
        let from = Window::fraction_of(domain, self.from);
        let zoom = f64::from(domain.days().max(1)) / f64::from(self.days().max(1));
        (from, zoom)
    }

    /// The window moved and shrunk to lie inside `domain`, at least [`MIN_DAYS`] wide (or the
    /// whole domain, if that is narrower).
    pub fn clamped(self, domain: Window) -> Window {
        let min = MIN_DAYS.min(domain.days());
        let width = self.days().clamp(min, domain.days());
        let latest_start = domain.to.add_days(-width);
        let from = if self.from < domain.from {
            domain.from
        } else if self.from > latest_start {
            latest_start
        } else {
            self.from
        };
        Window::new(from, from.add_days(width))
    }

    /// Zoomed by `factor` (above 1 zooms in) about `anchor`, a fraction of the window (0.5: its
    /// middle), which stays where it is on screen; clamped to `domain`.
    pub fn zoomed(self, factor: f64, anchor: f64, domain: Window) -> Window {
        if !(factor.is_finite() && factor > 0.0) {
            return self.clamped(domain);
        }
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let days = f64::from(self.days());
        let new_days = (days / factor).round() as i32;
        let min = MIN_DAYS.min(domain.days());
        let new_days = new_days.clamp(min, domain.days());
        let pivot = f64::from(self.from.days_since_epoch()) + anchor * days;
        let from = (pivot - anchor * f64::from(new_days)).round() as i32;
        let from = Day::from_days_since_epoch(from);
        Window::new(from, from.add_days(new_days)).clamped(domain)
    }

    /// Moved by `fraction` of its own width (positive: later), clamped to `domain`.
    pub fn panned(self, fraction: f64, domain: Window) -> Window {
        if !fraction.is_finite() {
            return self.clamped(domain);
        }
        let shift = (fraction * f64::from(self.days())).round() as i32;
        Window::new(self.from.add_days(shift), self.to.add_days(shift)).clamped(domain)
    }

    /// The smallest move that brings `day` inside the window, with a margin of a tenth of its
    /// width; the window itself when `day` is already comfortably inside.
    pub fn showing(self, day: Day, domain: Window) -> Window {
        let margin = self.days() / 10;
        if day < self.from.add_days(margin) {
            let from = day.add_days(-margin);
            Window::new(from, from.add_days(self.days())).clamped(domain)
        } else if day >= self.to.add_days(-margin) {
            let to = day.add_days(margin + 1);
            Window::new(to.add_days(-self.days()), to).clamped(domain)
        } else {
            self
        }
    }

    pub fn contains(self, day: Day) -> bool {
        self.from <= day && day < self.to
    }

    /// `2012-01-01..2027-01-01`.
    pub fn to_param(self) -> String {
        format!("{}..{}", self.from.iso(), self.to.iso())
    }

    /// Reads `from..to` (two ISO days, `from` before `to`); `None` for anything else.
    pub fn parse_param(text: &str) -> Option<Window> {
        let (from, to) = text.split_once("..")?;
        let (from, to) = (Day::parse_iso(from)?, Day::parse_iso(to)?);
        (from < to).then_some(Window::new(from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn domain() -> Window {
        Window::new(day(1992, 1, 1), day(2027, 1, 1))
    }

    #[test]
    fn zooming_keeps_the_anchor_in_place_and_stays_inside_the_domain() {
        let all = domain();
        let half = all.zoomed(2.0, 0.5, all);
        assert!((f64::from(half.days()) - f64::from(all.days()) / 2.0).abs() <= 1.0);
        let mid = |w: Window| w.from.add_days(w.days() / 2);
        assert!((mid(half).days_since_epoch() - mid(all).days_since_epoch()).abs() <= 1);
        // Zooming about the right edge keeps the right edge.
        let right = all.zoomed(4.0, 1.0, all);
        assert_eq!(right.to, all.to);
        // Out as far as the domain, in no further than half a year.
        assert_eq!(half.zoomed(0.1, 0.5, all), all);
        let deep = all.zoomed(1e6, 0.3, all);
        assert_eq!(deep.days(), MIN_DAYS);
        assert!(all.contains(deep.from) && deep.to <= all.to);
        // Nonsense factors change nothing but the clamp.
        assert_eq!(half.zoomed(f64::NAN, 0.5, all), half);
        assert_eq!(half.zoomed(-2.0, 0.5, all), half);
    }

    #[test]
    fn panning_stops_at_the_edges() {
        let all = domain();
        let w = Window::new(day(2012, 1, 1), day(2020, 1, 1));
        let later = w.panned(0.5, all);
        assert_eq!(later.days(), w.days());
        assert!(later.from > w.from);
        assert_eq!(w.panned(100.0, all).to, all.to);
        assert_eq!(w.panned(-100.0, all).from, all.from);
    }

    #[test]
    fn showing_a_day_moves_the_window_only_as_far_as_needed() {
        let all = domain();
        let w = Window::new(day(2012, 1, 1), day(2020, 1, 1));
        assert_eq!(w.showing(day(2015, 6, 1), all), w);
        let moved = w.showing(day(2023, 3, 14), all);
        assert!(moved.contains(day(2023, 3, 14)));
        assert_eq!(moved.days(), w.days());
        assert!(w.showing(day(1993, 1, 1), all).contains(day(1993, 1, 1)));
    }

    #[test]
    fn the_css_zoom_of_a_window() {
        let all = domain();
        assert_eq!(all.css_zoom(all), (0.0, 1.0));
        let (from, zoom) = Window::new(day(2009, 7, 2), day(2027, 1, 1)).css_zoom(all);
        assert!((from - 0.5).abs() < 0.001 && (zoom - 2.0).abs() < 0.001);
    }

    #[test]
    fn the_address_form_reads_back() {
        let w = Window::new(day(2012, 1, 1), day(2026, 12, 3));
        assert_eq!(w.to_param(), "2012-01-01..2026-12-03");
        assert_eq!(Window::parse_param(&w.to_param()), Some(w));
        for bad in [
            "",
            "2012-01-01",
            "2012-01-01..",
            "2020-01-01..2012-01-01",
            "2012-01-01..2012-01-01",
            "2012..2020",
            "x..y",
        ] {
            assert_eq!(Window::parse_param(bad), None, "{bad}");
        }
    }
}
