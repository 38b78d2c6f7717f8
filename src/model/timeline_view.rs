//! What the timeline shows in a window at a width: the targets a reader can tap (a period's bar,
//! an event, or a counted cluster of events too close to tell apart), whether each period's
//! label fits its bar, the axis ticks at a step whose labels fit, and where the "Today" and
//! roster labels go so they never meet. Positions stay in percent of the whole domain (the
//! timeline's CSS zooms and pans the drawing); widths are judged in pixels at `width_px`, the
//! drawing's width on screen. Pure; tested natively.

use std::rc::Rc;

use crate::data::Day;
use crate::i18n::{Key, Lang};

use super::timeline::{ItemKind, Move, TimelineItem, TimelineLayout};
use super::window::Window;

/// The smallest tap target, in CSS pixels (WCAG 2.2, 2.5.8).
pub const TARGET_PX: f64 = 24.0;
/// Average advance of a character of the bar labels and axis labels (12–13 px system font),
/// Latin and the wider Cyrillic; an estimate on the safe side, so a label said to fit does.
const CHAR_PX: f64 = 7.4;
const WIDE_CHAR_PX: f64 = 8.6;
/// Space a bar's label needs around it (its padding and a margin).
const LABEL_PAD_PX: f64 = 14.0;
/// The least space between two axis labels.
const TICK_GAP_PX: f64 = 14.0;

/// The estimated width of a text in pixels.
pub fn text_px(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { CHAR_PX } else { WIDE_CHAR_PX })
        .sum()
}

#[derive(Clone, Debug, PartialEq)]
pub enum TargetKind {
    Period {
        /// The bar's label fits the part of the bar on screen.
        label_shown: bool,
        /// Where the label starts, in percent of the bar's width: the bar's visible start.
        label_left_pct: f64,
    },
    Event,
    /// Events too close to tap apart, drawn as one counted target that lists them.
    Cluster {
        members: Vec<String>,
        /// "7 events, 2022–2024".
        label: String,
    },
}

/// One thing to tap or focus on a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// The record's id; a cluster's is [`cluster_id`] of its first member. Shared, so a render
    /// does not copy it.
    pub id: Rc<str>,
    pub kind: TargetKind,
    /// Where it is drawn, in percent of the domain.
    pub start_pct: f64,
    pub end_pct: f64,
    /// Where it takes taps: at least [`TARGET_PX`] wide, never over a neighbour's.
    pub hit_start_pct: f64,
    pub hit_end_pct: f64,
    /// The index of its (first) item in the lane.
    pub item: usize,
}

/// The id of the cluster whose first event is `first`.
pub fn cluster_id(first: &str) -> String {
    format!("cluster-{first}")
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub pct: f64,
    /// Shown under the tick; `None` for a minor tick.
    pub label: Option<String>,
}

/// A vertical marker (today, the roster date) and its label, placed so labels never overlap.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub pct: f64,
    pub label: String,
    /// The label runs left of the line (near the right edge).
    pub label_left: bool,
    /// The label's row above the lanes (0 or 1).
    pub row: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowLayout {
    pub window: Window,
    /// The window's edges, in percent of the story.
    pub from_pct: f64,
    pub to_pct: f64,
    pub width_px: f64,
    /// Per lane of the base layout, its targets in time order.
    pub lanes: Vec<Vec<Target>>,
    /// Per lane, whether it has an event (or cluster) in the window: only then does it need a
    /// row for them above its bars.
    pub events_shown: Vec<bool>,
    pub ticks: Vec<Tick>,
    pub today: Option<Marker>,
    pub date: Option<Marker>,
    /// How many label rows the markers need (1 or 2).
    pub marker_rows: u8,
}

/// Steps of the axis, finest first: months, quarters, half-years, then years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Months(u32),
    Years(i32),
}

const STEPS: [Step; 7] = [
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
];

impl Step {
    fn days(self) -> f64 {
        match self {
            Step::Months(m) => 30.44 * f64::from(m),
            Step::Years(y) => 365.25 * f64::from(y),
        }
    }

    /// The first days of this step's ticks inside `window`.
    fn days_in(self, window: Window) -> Vec<Day> {
        let (y0, m0, _) = window.from.ymd();
        let mut out = Vec::new();
        match self {
            Step::Months(step) => {
                let mut month = (m0 - 1) / step * step;
                let mut year = y0;
                while let Some(day) = Day::from_ymd(year, month + 1, 1) {
                    if day >= window.to {
                        break;
                    }
                    if day >= window.from {
                        out.push(day);
                    }
                    month += step;
                    if month >= 12 {
                        month -= 12;
                        year += 1;
                    }
                }
            }
            Step::Years(step) => {
                let mut year = y0.div_euclid(step) * step;
                while let Some(day) = Day::from_ymd(year, 1, 1) {
                    if day >= window.to {
                        break;
                    }
                    if day >= window.from {
                        out.push(day);
                    }
                    year += step;
                }
            }
        }
        out
    }

    fn label(self, lang: Lang, day: Day) -> String {
        let (y, m, _) = day.ymd();
        match self {
            Step::Years(_) => y.to_string(),
            Step::Months(_) if m == 1 => y.to_string(),
            Step::Months(_) => lang.month_short(m).to_owned(),
        }
    }

    /// The widest label this step writes.
    fn label_px(self, lang: Lang) -> f64 {
        match self {
            Step::Years(_) => text_px("2026"),
            Step::Months(_) => (1..=12)
                .map(|m| text_px(lang.month_short(m)))
                .fold(text_px("2026"), f64::max),
        }
    }
}

/// The axis for `window` at `width_px`: labelled ticks at the finest step whose labels fit, and
/// unlabelled ticks at the next finer step where they are not crowded.
fn ticks(lang: Lang, layout: &TimelineLayout, window: Window, width_px: f64) -> Vec<Tick> {
    let px_per_day = width_px / f64::from(window.days().max(1));
    let labelled = STEPS
        .iter()
        .position(|s| s.days() * px_per_day >= s.label_px(lang) + TICK_GAP_PX)
        .unwrap_or(STEPS.len() - 1);
    let step = STEPS[labelled];
    let minor = labelled
        .checked_sub(1)
        .map(|i| STEPS[i])
        .filter(|s| s.days() * px_per_day >= 7.0);
    let mut out: Vec<Tick> = step
        .days_in(window)
        .into_iter()
        .map(|day| Tick {
            pct: layout.scale.map(day),
            label: Some(step.label(lang, day)),
        })
        .collect();
    // A label hanging over the window's edge would be cut: it goes, its tick stays.
    let half = step.label_px(lang) / 2.0 / width_px * 100.0 / zoom_of(layout, window);
    let (lo, hi) = (
        layout.scale.map(window.from) + half,
        layout.scale.map(window.to) - half,
    );
    for tick in &mut out {
        if tick.pct < lo || tick.pct > hi {
            tick.label = None;
        }
    }
    if let Some(minor) = minor {
        for day in minor.days_in(window) {
            let pct = layout.scale.map(day);
            if !out.iter().any(|t| (t.pct - pct).abs() < 1e-9) {
                out.push(Tick { pct, label: None });
            }
        }
        out.sort_by(|a, b| a.pct.total_cmp(&b.pct));
    }
    out
}

/// How many times the domain's width the drawing is at `window`.
fn zoom_of(layout: &TimelineLayout, window: Window) -> f64 {
    let (from, to) = layout.scale.domain();
    window.css_zoom(Window::new(from, to)).1
}

/// The markers' labels above the lanes: each on the side of its line that has room, on a second
/// row when the two would meet.
fn markers(
    lang: Lang,
    layout: &TimelineLayout,
    window: Window,
    width_px: f64,
    date: Option<Day>,
) -> (Option<Marker>, Option<Marker>, u8) {
    let px_of = |pct: f64| {
        (pct - layout.scale.map(window.from)) / 100.0 * zoom_of(layout, window) * width_px
    };
    let place = |day: Day, label: String| -> Option<(Marker, (f64, f64))> {
        if !window.contains(day) {
            return None;
        }
        let pct = layout.scale.map(day);
        let x = px_of(pct);
        let w = text_px(&label) + 8.0;
        let label_left = x + w > width_px;
        let extent = if label_left { (x - w, x) } else { (x, x + w) };
        Some((
            Marker {
                pct,
                label,
                label_left,
                row: 0,
            },
            extent,
        ))
    };
    let today = place(
        layout.today,
        lang.fill(Key::TodayMarker, &[("date", &lang.day(layout.today))]),
    );
    let roster = date.and_then(|date| {
        place(
            date,
            lang.fill(Key::RosterMarker, &[("date", &lang.day(date))]),
        )
    });
    match (today, roster) {
        (Some((t, a)), Some((mut d, b))) => {
            let overlap = a.0 < b.1 + 6.0 && b.0 < a.1 + 6.0;
            if overlap {
                d.row = 1;
            }
            (Some(t), Some(d), if overlap { 2 } else { 1 })
        }
        (t, d) => (t.map(|m| m.0), d.map(|m| m.0), 1),
    }
}

impl TimelineLayout {
    /// What the timeline shows in `window` at `width_px`, with the roster's line at `date`
    /// where there is one.
    pub fn in_window(
        &self,
        lang: Lang,
        window: Window,
        width_px: f64,
        date: Option<Day>,
    ) -> WindowLayout {
        let width_px = if width_px.is_finite() && width_px > 1.0 {
            width_px
        } else {
            1.0
        };
        let (from_pct, to_pct) = (self.scale.map(window.from), self.scale.map(window.to));
        let px_per_pct = width_px / (to_pct - from_pct).max(1e-9);
        let lanes = self
            .lanes
            .iter()
            .map(|lane| targets(lang, &lane.items, from_pct, to_pct, px_per_pct))
            .collect();
        let (today, date, marker_rows) = markers(lang, self, window, width_px, date);
        let events_shown = self
            .lanes
            .iter()
            .map(|lane| {
                lane.items.iter().any(|i| {
                    matches!(i.kind, ItemKind::Event { .. })
                        && i.start_pct >= from_pct
                        && i.start_pct <= to_pct
                })
            })
            .collect();
        WindowLayout {
            events_shown,
            window,
            from_pct,
            to_pct,
            width_px,
            lanes,
            ticks: ticks(lang, self, window, width_px),
            today,
            date,
            marker_rows,
        }
    }
}

/// A lane's targets: periods with their label fitted and their tap area widened where narrow,
/// events alone or gathered into clusters where closer than a tap target.
fn targets(
    lang: Lang,
    items: &[TimelineItem],
    from_pct: f64,
    to_pct: f64,
    px_per_pct: f64,
) -> Vec<Target> {
    let min_pct = TARGET_PX / px_per_pct;
    let mut out: Vec<Target> = Vec::new();
    // Events first gathered into runs closer than a tap target.
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        match &item.kind {
            ItemKind::Period { .. } => {
                let visible =
                    (item.end_pct.min(to_pct) - item.start_pct.max(from_pct)).max(0.0) * px_per_pct;
                let label_shown = visible >= text_px(&item.label) + LABEL_PAD_PX;
                let width = (item.end_pct - item.start_pct).max(1e-9);
                let label_left_pct =
                    ((from_pct - item.start_pct) / width * 100.0).clamp(0.0, 100.0);
                out.push(Target {
                    id: item.id.clone(),
                    kind: TargetKind::Period {
                        label_shown,
                        label_left_pct,
                    },
                    start_pct: item.start_pct,
                    end_pct: item.end_pct,
                    hit_start_pct: item.start_pct,
                    hit_end_pct: item.end_pct,
                    item: i,
                });
                i += 1;
            }
            ItemKind::Event { .. } => {
                // The run of events (skipping periods between them) each within a tap target
                // of the one before.
                let mut run = vec![i];
                let mut j = i + 1;
                while j < items.len() {
                    match items[j].kind {
                        ItemKind::Event { .. } => {
                            let last = &items[*run.last().expect("a run has an event")];
                            if (items[j].start_pct - last.start_pct) < min_pct {
                                run.push(j);
                                j += 1;
                            } else {
                                break;
                            }
                        }
                        ItemKind::Period { .. } => j += 1,
                    }
                }
                let first = &items[run[0]];
                let last = &items[*run.last().expect("a run has an event")];
                if run.len() == 1 {
                    out.push(Target {
                        id: first.id.clone(),
                        kind: TargetKind::Event,
                        start_pct: first.start_pct,
                        end_pct: first.start_pct,
                        hit_start_pct: first.start_pct - min_pct / 2.0,
                        hit_end_pct: first.start_pct + min_pct / 2.0,
                        item: run[0],
                    });
                } else {
                    let (a, b) = (first.start_pct, last.start_pct);
                    let mid = (a + b) / 2.0;
                    let half = ((b - a) / 2.0).max(min_pct / 2.0);
                    let years = lang.year_range(first.start, last.start);
                    out.push(Target {
                        id: cluster_id(&first.id).into(),
                        kind: TargetKind::Cluster {
                            members: run.iter().map(|&k| items[k].id.to_string()).collect(),
                            label: lang.count(
                                Key::ClusterLabel,
                                run.len() as u64,
                                &[("years", &years)],
                            ),
                        },
                        start_pct: a,
                        end_pct: b,
                        hit_start_pct: mid - half,
                        hit_end_pct: mid + half,
                        item: run[0],
                    });
                }
                // Periods skipped over inside the run are taken in their own turn.
                let skipped: Vec<usize> = (i + 1..j)
                    .filter(|k| matches!(items[*k].kind, ItemKind::Period { .. }))
                    .collect();
                i = j;
                for k in skipped {
                    let sub = targets(lang, &items[k..=k], from_pct, to_pct, px_per_pct);
                    out.extend(sub.into_iter().map(|t| Target { item: k, ..t }));
                }
            }
        }
    }
    out.sort_by(|a, b| {
        a.start_pct
            .total_cmp(&b.start_pct)
            .then(a.item.cmp(&b.item))
    });
    widen_narrow_periods(&mut out, min_pct);
    out
}

/// A period's bar narrower than a tap target takes taps over a target's width centred on it;
/// the bars beside it give up what it takes, so no two tap areas overlap.
fn widen_narrow_periods(targets: &mut [Target], min_pct: f64) {
    let periods: Vec<usize> = (0..targets.len())
        .filter(|&i| matches!(targets[i].kind, TargetKind::Period { .. }))
        .collect();
    for (n, &i) in periods.iter().enumerate() {
        let width = targets[i].end_pct - targets[i].start_pct;
        if width >= min_pct {
            continue;
        }
        let grow = (min_pct - width) / 2.0;
        let (mut start, mut end) = (targets[i].start_pct - grow, targets[i].end_pct + grow);
        // Where a neighbour is narrow too, the two share the room between their middles.
        if let Some(&p) = n.checked_sub(1).map(|k| &periods[k]) {
            let limit = targets[p].start_pct + (targets[p].end_pct - targets[p].start_pct) / 2.0;
            start = start.max(limit.min(targets[i].start_pct));
            targets[p].hit_end_pct = targets[p].hit_end_pct.min(start);
        }
        if let Some(&q) = periods.get(n + 1) {
            let limit = targets[q].start_pct + (targets[q].end_pct - targets[q].start_pct) / 2.0;
            end = end.min(limit.max(targets[i].end_pct));
            targets[q].hit_start_pct = targets[q].hit_start_pct.max(end);
        }
        targets[i].hit_start_pct = start;
        targets[i].hit_end_pct = end;
    }
}

impl WindowLayout {
    /// Where `pct` (of the story) falls in the window: 0 at its start, 1 at its end.
    pub fn fraction(&self, pct: f64) -> f64 {
        (pct - self.from_pct) / (self.to_pct - self.from_pct).max(1e-9)
    }

    /// (lane, target index) of the target holding `id` (a target's own id, or an event
    /// gathered into a cluster).
    pub fn position(&self, id: &str) -> Option<(usize, usize)> {
        self.lanes.iter().enumerate().find_map(|(l, lane)| {
            lane.iter()
                .position(|t| {
                    &*t.id == id
                        || matches!(&t.kind, TargetKind::Cluster { members, .. } if members.iter().any(|m| m == id))
                })
                .map(|i| (l, i))
        })
    }

    pub fn target(&self, id: &str) -> Option<&Target> {
        self.position(id).map(|(l, i)| &self.lanes[l][i])
    }

    /// The first target of the first lane that has one: where focus enters.
    pub fn first_id(&self) -> Option<&str> {
        self.lanes.iter().find_map(|l| l.first()).map(|t| &*t.id)
    }

    /// Where an arrow key (or Home/End) moves focus from `id`: along its lane in time, or to
    /// the nearest target in time on the next lane that has one.
    pub fn neighbour(&self, id: &str, mv: Move) -> Option<&str> {
        let (l, i) = self.position(id)?;
        let lane = &self.lanes[l];
        let target = match mv {
            Move::Previous => lane.get(i.checked_sub(1)?),
            Move::Next => lane.get(i + 1),
            Move::First => lane.first(),
            Move::Last => lane.last(),
            Move::LaneUp | Move::LaneDown => {
                let here = lane[i].start_pct;
                let mut others: Box<dyn Iterator<Item = &Vec<Target>>> = if mv == Move::LaneUp {
                    Box::new(self.lanes[..l].iter().rev())
                } else {
                    Box::new(self.lanes[l + 1..].iter())
                };
                let next = others.find(|lane| !lane.is_empty())?;
                next.iter()
                    .min_by(|a, b| distance(a, here).total_cmp(&distance(b, here)))
            }
        };
        target.map(|t| &*t.id)
    }
}

/// How far `pct` is from a target: zero inside a bar or a cluster. A period ends the day before
/// its end date, so one ending exactly at `pct` is (just) not there any more.
fn distance(t: &Target, pct: f64) -> f64 {
    let is_period = matches!(t.kind, TargetKind::Period { .. });
    if pct < t.start_pct {
        t.start_pct - pct
    } else if pct > t.end_pct || (is_period && pct == t.end_pct) {
        pct - t.end_pct + 1e-9
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;
    use crate::model::timeline::layout;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn base() -> TimelineLayout {
        layout(bundled().unwrap(), Lang::ENGLISH, day(2026, 12, 3))
    }

    fn full(l: &TimelineLayout) -> Window {
        let (a, b) = l.scale.domain();
        Window::new(a, b)
    }

    #[test]
    fn crowded_events_gather_into_counted_clusters_that_zooming_spreads() {
        let l = base();
        let arm = |w: &WindowLayout| w.lanes[1].clone();
        let wide = l.in_window(Lang::ENGLISH, full(&l), 900.0, Some(day(2026, 3, 11)));
        let clusters: Vec<_> = arm(&wide)
            .into_iter()
            .filter(|t| matches!(t.kind, TargetKind::Cluster { .. }))
            .collect();
        assert!(
            !clusters.is_empty(),
            "Armenia's 2022–26 events crowd together"
        );
        let TargetKind::Cluster { members, label } = &clusters[0].kind else {
            unreachable!()
        };
        assert!(members.len() >= 2);
        assert!(
            label.starts_with(&format!("{} events, 20", members.len())),
            "{label}"
        );
        // Every event is in exactly one target.
        let events = l.lanes[1]
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Event { .. }))
            .count();
        let covered: usize = arm(&wide)
            .iter()
            .map(|t| match &t.kind {
                TargetKind::Cluster { members, .. } => members.len(),
                TargetKind::Event => 1,
                TargetKind::Period { .. } => 0,
            })
            .sum();
        assert_eq!(covered, events);
        // Zoomed in on 2024, they spread.
        let close = Window::new(day(2024, 1, 1), day(2025, 1, 1));
        let zoomed = l.in_window(Lang::ENGLISH, close, 900.0, Some(day(2026, 3, 11)));
        assert!(zoomed.target("frozen-all-levels-2024").unwrap().kind == TargetKind::Event);
        // A selected event inside a cluster is found through it.
        let member = &members[0];
        assert_eq!(wide.target(member).unwrap().id, clusters[0].id);
    }

    #[test]
    fn tap_targets_are_wide_enough_and_never_overlap() {
        let l = base();
        for width in [330.0, 900.0] {
            let w = l.in_window(Lang::ENGLISH, full(&l), width, Some(day(2026, 3, 11)));
            let px_per_pct = width / 100.0;
            for lane in &w.lanes {
                for t in lane {
                    let hit = (t.hit_end_pct - t.hit_start_pct) * px_per_pct;
                    assert!(hit >= TARGET_PX - 1e-6, "{} is {hit:.1} px wide", t.id);
                }
                let mut periods: Vec<&Target> = lane
                    .iter()
                    .filter(|t| matches!(t.kind, TargetKind::Period { .. }))
                    .collect();
                periods.sort_by(|a, b| a.hit_start_pct.total_cmp(&b.hit_start_pct));
                for pair in periods.windows(2) {
                    assert!(
                        pair[0].hit_end_pct <= pair[1].hit_start_pct + 1e-9,
                        "{} and {} overlap",
                        pair[0].id,
                        pair[1].id
                    );
                }
            }
        }
    }

    #[test]
    fn a_label_shows_only_where_it_fits_its_bar_on_screen() {
        let l = base();
        let w = l.in_window(Lang::ENGLISH, full(&l), 900.0, Some(day(2026, 3, 11)));
        let shown = |w: &WindowLayout, id: &str| match w.target(id).unwrap().kind {
            TargetKind::Period { label_shown, .. } => label_shown,
            _ => unreachable!(),
        };
        assert!(shown(&w, "arm-party"));
        assert!(!shown(&w, "aze-signatory"), "a few months at 900 px");
        // Zoomed to 2012 on, a bar that began in 1994 labels its visible part.
        let recent = Window::new(day(2012, 1, 1), day(2027, 1, 1));
        let r = l.in_window(Lang::ENGLISH, recent, 330.0, Some(day(2026, 3, 11)));
        match r.target("kaz-party").unwrap().kind {
            TargetKind::Period {
                label_shown,
                label_left_pct,
            } => {
                assert!(label_shown);
                assert!(label_left_pct > 50.0, "{label_left_pct}");
            }
            _ => unreachable!(),
        }
    }

    #[test]
    fn axis_labels_fit_and_finer_steps_come_with_zoom() {
        let l = base();
        let labels = |w: &WindowLayout| -> Vec<String> {
            w.ticks.iter().filter_map(|t| t.label.clone()).collect()
        };
        for (window, width) in [
            (full(&l), 330.0),
            (full(&l), 900.0),
            (Window::new(day(2012, 1, 1), day(2027, 1, 1)), 330.0),
            (Window::new(day(2024, 1, 1), day(2025, 1, 1)), 900.0),
            (Window::new(day(2024, 1, 1), day(2024, 7, 1)), 330.0),
        ] {
            let w = l.in_window(Lang::ENGLISH, window, width, Some(day(2026, 3, 11)));
            let shown: Vec<&Tick> = w.ticks.iter().filter(|t| t.label.is_some()).collect();
            assert!(shown.len() >= 2, "{window:?} at {width}: {:?}", labels(&w));
            let zoom = window.css_zoom(full(&l)).1;
            for pair in shown.windows(2) {
                let gap = (pair[1].pct - pair[0].pct) / 100.0 * zoom * width;
                let need = (text_px(pair[0].label.as_deref().unwrap())
                    + text_px(pair[1].label.as_deref().unwrap()))
                    / 2.0;
                assert!(
                    gap >= need,
                    "{:?} at {width}: {gap:.0} < {need:.0}",
                    labels(&w)
                );
            }
        }
        let year = l.in_window(
            Lang::ENGLISH,
            Window::new(day(2024, 1, 1), day(2025, 1, 1)),
            900.0,
            Some(day(2026, 3, 11)),
        );
        assert!(
            labels(&year).contains(&"Jul".to_owned()),
            "{:?}",
            labels(&year)
        );
    }

    #[test]
    fn today_and_roster_labels_never_meet() {
        let l = base();
        let w = l.in_window(Lang::ENGLISH, full(&l), 900.0, Some(day(2026, 3, 11)));
        let (today, date) = (w.today.clone().unwrap(), w.date.clone().unwrap());
        assert!(today.label_left, "near the right edge the label runs left");
        assert_ne!(today.row, date.row);
        assert_eq!(w.marker_rows, 2);
        let apart = l.in_window(Lang::ENGLISH, full(&l), 900.0, Some(day(2000, 1, 1)));
        assert_eq!(apart.marker_rows, 1);
        let early = l.in_window(
            Lang::ENGLISH,
            Window::new(day(1992, 1, 1), day(2000, 1, 1)),
            900.0,
            Some(day(2026, 3, 11)),
        );
        assert!(early.today.is_none() && early.date.is_none());
    }

    #[test]
    fn arrows_move_between_targets() {
        let l = base();
        let w = l.in_window(Lang::ENGLISH, full(&l), 900.0, Some(day(2026, 3, 11)));
        assert_eq!(w.first_id(), Some("treaty-signed"));
        assert_eq!(
            w.neighbour("treaty-signed", Move::LaneDown),
            Some("arm-signatory")
        );
        assert_eq!(w.neighbour("arm-signatory", Move::Next), Some("arm-party"));
        assert_eq!(w.neighbour("treaty-signed", Move::Previous), None);
        assert_eq!(w.neighbour("treaty-signed", Move::LaneUp), None);
        // Down from a bar starting on 20 Apr 1994 lands on the period starting that day, not on
        // the one that ended then.
        assert_eq!(
            w.neighbour("tjk-party", Move::LaneDown),
            Some("uzb-party-1")
        );
        assert_eq!(w.neighbour("arm-party", Move::LaneDown), Some("aze-party"));
        assert_eq!(w.neighbour("uzb-suspended", Move::LaneDown), None);
        assert_eq!(
            w.neighbour("uzb-suspended", Move::LaneUp),
            Some("tjk-party")
        );
    }
}
