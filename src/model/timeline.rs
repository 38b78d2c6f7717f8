//! The timeline's layout: one lane for the organization's milestones and one per state, each
//! item placed in percent of the axis so the view can stretch to any width; stacking rows for
//! events that would overlap; the year ticks; and which item the arrow keys move to. Pure; tested
//! natively.

use std::rc::Rc;

use crate::data::{Dataset, Day, EventKind, Lane, PartialDate, Status};
use crate::i18n::{Key, Lang};

use super::scale::TimeScale;

/// The lane key of the organization's own milestones.
pub const ORGANIZATION_LANE: &str = "CSTO";

/// Events closer than this (percent of the axis) go on separate rows so neither hides the other.
const MIN_EVENT_GAP_PCT: f64 = 1.3;
const MAX_EVENT_ROWS: u8 = 5;

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Period { status: Status, open_end: bool },
    Event { kind: EventKind },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// The record's id in the dataset; shared, so a render does not copy it.
    pub id: Rc<str>,
    pub kind: ItemKind,
    pub start_pct: f64,
    /// For periods, where the bar ends (today for open periods); for events, `start_pct`
    /// (or the end of a date range).
    pub end_pct: f64,
    /// For open periods, where the verified part ends (the dataset's as-of date).
    pub verified_end_pct: f64,
    /// Stacking row for events (0 = top).
    pub row: u8,
    /// Short text drawn on the item.
    pub label: String,
    /// Tooltip text: what and when.
    pub tooltip: String,
    pub start: Day,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLane {
    /// A state's ISO code, or [`ORGANIZATION_LANE`].
    pub key: String,
    pub label: String,
    /// Number of event rows in this lane (at least 1).
    pub event_rows: u8,
    /// Ordered by start, a period before an event on the same day: the arrow-key order.
    pub items: Vec<TimelineItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub scale: TimeScale,
    pub lanes: Vec<TimelineLane>,
    pub ticks: Vec<(i32, f64)>,
    pub today: Day,
    pub today_pct: f64,
    pub as_of: Day,
    pub as_of_pct: f64,
}

/// The axis runs from 1 January of the story's first year (1992 for the CSTO) to the 1 January
/// after today (or after the as-of date, if a clock is wrong and says an earlier day).
pub fn domain(ds: &Dataset, today: Day) -> (Day, Day) {
    let start = ds.first_day();
    let last = today.max(ds.as_of_day());
    let end = Day::from_ymd(last.year() + 1, 1, 1).unwrap_or(last);
    (start, end)
}

pub fn layout(ds: &Dataset, lang: Lang, today: Day) -> TimelineLayout {
    layout_until(ds, lang, today, None)
}

/// The layout with nothing after `until` (predict-and-reveal): later events and periods are
/// left out, and a period still running then is drawn open to that day, its end unsaid. The
/// axis stays the whole story, so the class sees how much is still to come.
pub fn layout_until(ds: &Dataset, lang: Lang, today: Day, until: Option<Day>) -> TimelineLayout {
    let scale = TimeScale::new(domain(ds, today), (0.0, 100.0));
    let as_of = ds.as_of_day();
    let today_pct = scale.map(today);
    let as_of_pct = scale.map(as_of.min(today));

    let mut lanes = vec![TimelineLane {
        key: ORGANIZATION_LANE.to_owned(),
        label: lang.t(Key::OrganizationLane).to_owned(),
        event_rows: 1,
        items: Vec::new(),
    }];
    for state in &ds.states {
        let mut items = Vec::new();
        for p in ds.status_periods.iter().filter(|p| p.state == state.id) {
            let start = p.start.first_day();
            if until.is_some_and(|u| start > u) {
                continue;
            }
            // Cut at `until` when the period runs past it: its end is not told yet.
            let cut = until.filter(|u| p.end.is_none_or(|e| e.first_day() > *u));
            let end = if cut.is_some() {
                None
            } else {
                p.end.map(|e| e.first_day())
            };
            let shown_end = cut.unwrap_or(end.unwrap_or(today.max(start)));
            let when = match p.end.filter(|_| cut.is_none()) {
                Some(_) => lang.date_range(p.start, p.end),
                None => lang.fill(Key::Since, &[("date", &lang.date(p.start))]),
            };
            items.push(TimelineItem {
                id: p.id.as_str().into(),
                kind: ItemKind::Period {
                    status: p.status,
                    open_end: end.is_none(),
                },
                start_pct: scale.map(start),
                end_pct: scale.map(shown_end),
                verified_end_pct: scale.map(end.unwrap_or(match cut {
                    Some(day) => day,
                    None => as_of.min(shown_end),
                })),
                row: 0,
                label: lang.status(p.status).to_owned(),
                tooltip: lang.fill(
                    Key::PeriodTooltip,
                    &[
                        ("state", &state.name),
                        ("status", lang.status(p.status)),
                        ("when", &when),
                    ],
                ),
                start,
            });
        }
        lanes.push(TimelineLane {
            key: state.id.clone(),
            label: state.name.clone(),
            event_rows: 1,
            items,
        });
    }

    for e in &ds.events {
        let lane_key = match e.lane {
            Lane::Organization => ORGANIZATION_LANE,
            Lane::State => e.states.first().map_or(ORGANIZATION_LANE, String::as_str),
        };
        let Some(lane) = lanes.iter_mut().find(|l| l.key == lane_key) else {
            continue;
        };
        let start = e.date.first_day();
        if until.is_some_and(|u| start > u) {
            continue;
        }
        lane.items.push(TimelineItem {
            id: e.id.as_str().into(),
            kind: ItemKind::Event { kind: e.kind },
            start_pct: scale.map(start),
            // A range such as "1999-02 to 1999-04" runs to the end of its last month.
            end_pct: scale.map(e.end_date.map_or(start, |d| d.last_day())),
            verified_end_pct: scale.map(start),
            row: 0,
            label: e.title.clone(),
            tooltip: format!(
                "{} · {}: {}",
                lang.event_kind(e.kind),
                lang.date_range(e.date, e.end_date),
                e.title
            ),
            start,
        });
    }

    for lane in &mut lanes {
        lane.items.sort_unstable_by(|a, b| {
            let rank = |i: &TimelineItem| matches!(i.kind, ItemKind::Event { .. });
            a.start
                .cmp(&b.start)
                .then(rank(a).cmp(&rank(b)))
                .then(a.id.cmp(&b.id))
        });
        lane.event_rows = stack_events(&mut lane.items);
    }

    TimelineLayout {
        ticks: scale.year_ticks(1),
        scale,
        lanes,
        today,
        today_pct,
        as_of,
        as_of_pct,
    }
}

/// Greedy interval stacking: each event takes the first row whose last event is far enough left.
fn stack_events(items: &mut [TimelineItem]) -> u8 {
    let mut row_ends: Vec<f64> = Vec::new();
    for item in items
        .iter_mut()
        .filter(|i| matches!(i.kind, ItemKind::Event { .. }))
    {
        let free = row_ends
            .iter()
            .position(|end| item.start_pct - end >= MIN_EVENT_GAP_PCT);
        let row = match free {
            Some(r) => r,
            None if row_ends.len() < MAX_EVENT_ROWS as usize => {
                row_ends.push(f64::NEG_INFINITY);
                row_ends.len() - 1
            }
            // Out of rows: reuse the row that frees up first rather than growing without bound.
            None => row_ends
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i),
        };
        row_ends[row] = item.end_pct;
        item.row = row as u8;
    }
    row_ends.len().max(1) as u8
}

/// One line of the timeline read as a list: an event, or the start of a status period.
#[derive(Clone, Debug, PartialEq)]
pub struct ChronologyEntry {
    pub id: String,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub title: String,
    /// The state concerned, or "Organization".
    pub subject: String,
}

/// Every event and every change of status, in date order: the timeline as a semantic list.
pub fn chronology(ds: &Dataset, lang: Lang) -> Vec<ChronologyEntry> {
    let collective = lang.t(Key::CollectiveDonor);
    let mut entries: Vec<ChronologyEntry> = ds
        .events
        .iter()
        .map(|e| ChronologyEntry {
            id: e.id.as_str().into(),
            date: e.date,
            end: e.end_date,
            title: e.title.clone(),
            subject: match e.lane {
                Lane::Organization => lang.t(Key::OrganizationLane).to_owned(),
                Lane::State => e
                    .states
                    .first()
                    .map_or_else(String::new, |s| ds.donor_name(s, collective).to_owned()),
            },
        })
        .chain(ds.status_periods.iter().map(|p| ChronologyEntry {
            id: p.id.clone(),
            date: p.start,
            end: None,
            title: lang.fill(
                Key::ChronologyTitle,
                &[("title", &p.title), ("status", lang.status(p.status))],
            ),
            subject: ds.donor_name(&p.state, collective).to_owned(),
        }))
        .collect();
    entries.sort_unstable_by(|a, b| {
        a.date
            .first_day()
            .cmp(&b.date.first_day())
            .then_with(|| a.id.cmp(&b.id))
    });
    entries
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Previous,
    Next,
    LaneUp,
    LaneDown,
    First,
    Last,
}

impl TimelineLayout {
    /// (lane index, item index) of a record id.
    pub fn position(&self, id: &str) -> Option<(usize, usize)> {
        self.lanes.iter().enumerate().find_map(|(li, lane)| {
            lane.items
                .iter()
                .position(|i| &*i.id == id)
                .map(|ii| (li, ii))
        })
    }

    /// The day at `pct` of the story.
    pub fn day_at(&self, pct: f64) -> Day {
        self.scale.invert(pct)
    }

    pub fn item(&self, id: &str) -> Option<&TimelineItem> {
        self.position(id).map(|(l, i)| &self.lanes[l].items[i])
    }

    /// The first item of the first lane: where keyboard focus enters the timeline.
    pub fn first_id(&self) -> Option<&str> {
        self.lanes
            .iter()
            .flat_map(|l| l.items.first())
            .map(|i| &*i.id)
            .next()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn until_leaves_out_what_came_later_and_keeps_the_axis() {
        let ds = crate::data::bundled().unwrap();
        let day = Day::from_ymd(1999, 4, 21).unwrap();
        let whole = layout(ds, Lang::ENGLISH, today());
        let cut = layout_until(ds, Lang::ENGLISH, today(), Some(day));
        assert_eq!(cut.scale, whole.scale);
        let ids: Vec<&str> = cut
            .lanes
            .iter()
            .flat_map(|l| l.items.iter().map(|i| &*i.id))
            .collect();
        assert!(ids.contains(&"first-term-ends-1999") && ids.contains(&"uzb-out"));
        assert!(!ids.contains(&"decision-2002") && !ids.contains(&"uzb-party-2"));
        let arm = cut
            .lanes
            .iter()
            .flat_map(|l| &l.items)
            .find(|i| &*i.id == "arm-party")
            .unwrap();
        assert_eq!(
            arm.end_pct,
            cut.scale.map(day),
            "drawn to the cut, not to 2024"
        );
        assert!(arm.tooltip.contains("since"), "{}", arm.tooltip);
        assert!(!arm.tooltip.contains("2024"));
    }

    use super::*;
    use crate::data::bundled;

    fn today() -> Day {
        Day::from_ymd(2026, 11, 26).unwrap()
    }

    #[test]
    fn one_lane_for_the_organization_and_one_per_state() {
        let ds = bundled().unwrap();
        let l = layout(ds, Lang::ENGLISH, today());
        assert_eq!(l.lanes.len(), 10);
        assert_eq!(l.lanes[0].key, ORGANIZATION_LANE);
        let keys: Vec<_> = l.lanes[1..].iter().map(|l| l.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"
            ]
        );
        let items: usize = l.lanes.iter().map(|l| l.items.len()).sum();
        assert_eq!(items, ds.status_periods.len() + ds.events.len());
    }

    #[test]
    fn axis_runs_from_1992_to_the_year_after_today() {
        let ds = bundled().unwrap();
        let l = layout(ds, Lang::ENGLISH, today());
        assert_eq!(l.scale.domain().0.iso(), "1992-01-01");
        assert_eq!(l.scale.domain().1.iso(), "2027-01-01");
        assert_eq!(l.ticks.first().map(|t| t.0), Some(1992));
        assert_eq!(l.ticks.last().map(|t| t.0), Some(2027));
        assert!(l.as_of_pct < l.today_pct && l.today_pct < 100.0);
    }

    #[test]
    fn open_periods_run_to_today_and_are_verified_to_as_of() {
        let ds = bundled().unwrap();
        let l = layout(ds, Lang::ENGLISH, today());
        let frozen = l.item("arm-frozen").unwrap();
        assert_eq!(
            frozen.kind,
            ItemKind::Period {
                status: Status::Frozen,
                open_end: true
            }
        );
        assert!((frozen.end_pct - l.today_pct).abs() < 1e-9);
        assert!((frozen.verified_end_pct - l.as_of_pct).abs() < 1e-9);
        assert_eq!(
            frozen.tooltip,
            "Armenia: Participation frozen, since 22 Feb 2024"
        );
    }

    #[test]
    fn close_events_are_stacked() {
        let ds = bundled().unwrap();
        let l = layout(ds, Lang::ENGLISH, today());
        let arm = &l.lanes[1];
        assert!(
            arm.event_rows >= 2,
            "Armenia's 2024–25 events crowd together"
        );
        let events: Vec<_> = arm
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Event { .. }))
            .collect();
        for row in 0..arm.event_rows {
            let xs: Vec<f64> = events
                .iter()
                .filter(|e| e.row == row)
                .map(|e| e.start_pct)
                .collect();
            for w in xs.windows(2) {
                assert!(w[1] - w[0] >= MIN_EVENT_GAP_PCT || arm.event_rows == MAX_EVENT_ROWS);
            }
        }
    }

    #[test]
    fn chronology_lists_every_event_and_status_change_in_order() {
        let ds = bundled().unwrap();
        let list = chronology(ds, Lang::ENGLISH);
        assert_eq!(list.len(), ds.events.len() + ds.status_periods.len());
        assert!(
            list.windows(2)
                .all(|w| w[0].date.first_day() <= w[1].date.first_day())
        );
        assert_eq!(list[0].date.iso(), "1992-05-15");
        let uzb = list.iter().find(|e| e.id == "uzb-suspended").unwrap();
        assert_eq!(uzb.title, "Uzbekistan's membership suspended (Suspended)");
        assert_eq!(uzb.subject, "Uzbekistan");
    }
}
