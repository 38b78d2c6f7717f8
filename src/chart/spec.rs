//! Everything the chart shows, computed before drawing: rows per donor, each mark's position in
//! pixels, its short label (hidden where it would collide) and its full accessible text, the 2013
//! deadline band, and the inverse mapping from a pointer position back to a mark. Pure.

use crate::data::{
    Amount, AssistanceKind, AssistanceRecord, Dataset, DateKind, Day, PartialDate, Track,
};
use crate::i18n::{Key, Lang};
use crate::model::assistance::{self, DonorRow};
use crate::model::scale::TimeScale;

/// The width the chart is drawn at when none is given (the page's first view, exports).
pub const WIDTH_PX: u32 = 960;
/// Below this width the chart is drawn narrow: donor names above their rows, not beside them.
pub const NARROW_BELOW_PX: u32 = 600;
/// The narrowest the chart is drawn; a narrower column scrolls it.
pub const MIN_WIDTH_PX: u32 = 240;
pub const ROW_HEIGHT_PX: f64 = 64.0;
const NARROW_ROW_HEIGHT_PX: f64 = 48.0;
const NARROW_MARGIN_BOTTOM_PX: u32 = 24;
pub const MARGIN_LEFT_PX: u32 = 150;
const NARROW_MARGIN_LEFT_PX: u32 = 12;
pub const MARGIN_RIGHT_PX: u32 = 24;
pub const MARGIN_TOP_PX: u32 = 34;
pub const MARGIN_BOTTOM_PX: u32 = 34;
/// Within a row, where the pledge and the delivery lines sit (fraction of the row height).
pub const PLEDGE_LINE: f64 = 0.34;
pub const DELIVERY_LINE: f64 = 0.66;
/// The same lines when the donor's name sits above them, in the row's top part.
const NARROW_PLEDGE_LINE: f64 = 0.52;
const NARROW_DELIVERY_LINE: f64 = 0.82;
/// Average advance of a 12 px label's character, for deciding whether labels collide: Latin
/// letters and digits, and the wider Cyrillic ones (measured in Chromium: up to ~8.4 px for
/// "бронемашин", against 5–6 px for Latin words).
const LABEL_CHAR_PX: f64 = 6.6;
const LABEL_WIDE_CHAR_PX: f64 = 8.2;

/// The estimated width of a label in pixels.
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                LABEL_CHAR_PX
            } else {
                LABEL_WIDE_CHAR_PX
            }
        })
        .sum()
}
/// A pointer this close to a mark (in chart pixels) points at it.
pub const HIT_RADIUS_PX: f64 = 20.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkShape {
    /// A pledge whose value a source states: filled diamond.
    PledgeStated,
    /// A pledge with no stated amount: hollow diamond.
    PledgeUndisclosed,
    /// A reported delivery: filled circle.
    Delivery,
    /// A dated statement that nothing was delivered: a cross.
    NoneReported,
}

impl MarkShape {
    pub fn is_pledge(self) -> bool {
        matches!(self, MarkShape::PledgeStated | MarkShape::PledgeUndisclosed)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Left,
    Right,
    /// Above a pledge, below a delivery: away from the row's other line.
    Outer,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub record_id: String,
    pub shape: MarkShape,
    pub day: Day,
    /// Row index, and the line inside it (`PLEDGE_LINE` or `DELIVERY_LINE`).
    pub row: usize,
    pub line: f64,
    pub x_px: f64,
    pub y_px: f64,
    /// Drawn beside the mark, unless it would run into a neighbour on its line.
    pub label: Option<(String, LabelSide)>,
    /// The full text for tooltips and screen readers.
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowSpec {
    pub donor: String,
    pub name: String,
    /// "nothing delivered reported" is written on the row when true.
    pub nothing_delivered: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub track: Track,
    pub width_px: u32,
    pub height_px: u32,
    /// Plot area in pixels: (left, top, right, bottom).
    pub plot: (f64, f64, f64, f64),
    pub x: TimeScale,
    pub rows: Vec<RowSpec>,
    pub marks: Vec<Mark>,
    /// The 2013 pledge's three months, on the collective track.
    pub deadline: Option<(Day, Day)>,
    /// From the deadline to the first delivery reported after it, with the wait in words.
    pub wait: Option<(Day, Day, String)>,
    pub as_of: Day,
    pub title: String,
    pub description: String,
    /// Words drawn on the chart, in the reader's language.
    pub words: ChartWords,
    /// Drawn narrow: each donor's name above its row.
    pub narrow: bool,
    /// Every how many years the axis is labelled.
    pub year_step: i32,
}

impl ChartSpec {
    /// The chart as it stood on `day`, for predict-and-reveal: no mark, deadline band or wait
    /// after it, and no "nothing delivered" verdict, which only the whole record can give.
    pub fn until(mut self, day: Day) -> ChartSpec {
        self.marks.retain(|m| m.day <= day);
        self.deadline = self.deadline.filter(|(from, _)| *from <= day);
        self.wait = self.wait.filter(|(_, to, _)| *to <= day);
        for row in &mut self.rows {
            row.nothing_delivered = false;
        }
        self
    }
}

/// The chart's own words (donor names and mark labels live in rows and marks).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartWords {
    pub no_delivery: String,
    pub deadline: String,
    pub checked_to: String,
}

/// The x axis starts with the first record's year and ends on the 1 January after today.
fn x_domain(ds: &Dataset, today: Day) -> (Day, Day) {
    let first_year = ds
        .assistance
        .iter()
        .map(|r| r.date.year)
        .min()
        .unwrap_or(2013);
    let last = today.max(ds.as_of_day());
    (
        Day::from_ymd(first_year, 1, 1).expect("valid"),
        Day::from_ymd(last.year() + 1, 1, 1).expect("valid"),
    )
}

pub fn mark_shape(record: &AssistanceRecord) -> MarkShape {
    match (record.kind, record.value.amount()) {
        (AssistanceKind::Pledge, Amount::Undisclosed | Amount::Malformed) => {
            MarkShape::PledgeUndisclosed
        }
        (AssistanceKind::Pledge, _) => MarkShape::PledgeStated,
        (AssistanceKind::Delivery, _) => MarkShape::Delivery,
        (AssistanceKind::NoneReported, _) => MarkShape::NoneReported,
    }
}

fn describe(ds: &Dataset, lang: Lang, record: &AssistanceRecord) -> String {
    let kind = lang.t(match record.kind {
        AssistanceKind::Pledge => Key::MarkPledged,
        AssistanceKind::Delivery => Key::MarkDelivered,
        AssistanceKind::NoneReported => Key::MarkNoneReported,
    });
    let source = record
        .sources
        .first()
        .and_then(|id| ds.source(id))
        .map(|s| lang.fill(Key::MarkSource, &[("publisher", &s.publisher)]))
        .unwrap_or_default();
    let disputed = if record.conflict.is_some() {
        lang.t(Key::MarkDisputed)
    } else {
        ""
    };
    let text = lang.fill(
        Key::MarkDescription,
        &[
            (
                "donor",
                ds.donor_name(&record.donor, lang.t(Key::CollectiveDonor)),
            ),
            ("kind", kind),
            ("date", &lang.date(record.date)),
            ("recipient", lang.recipient_phrase(record.recipient)),
            ("value", &assistance::value_text(lang, record)),
            ("title", &record.title),
        ],
    );
    let words = record
        .value
        .wording
        .as_ref()
        .map(|w| lang.fill(Key::MarkWording, &[("words", &w.text)]))
        .unwrap_or_default();
    format!("{text}{disputed}{words}{source}")
}

pub fn build(ds: &Dataset, lang: Lang, track: Track, today: Day) -> ChartSpec {
    build_at(ds, lang, track, today, WIDTH_PX)
}

/// The chart drawn `width_px` wide (at least [`MIN_WIDTH_PX`]): below [`NARROW_BELOW_PX`] the
/// donors' names go above their rows, and the axis is labelled as often as its labels fit.
pub fn build_at(ds: &Dataset, lang: Lang, track: Track, today: Day, width_px: u32) -> ChartSpec {
    let width_px = width_px.max(MIN_WIDTH_PX);
    let narrow = width_px < NARROW_BELOW_PX;
    let (row_height, margin_left) = if narrow {
        (NARROW_ROW_HEIGHT_PX, NARROW_MARGIN_LEFT_PX)
    } else {
        (ROW_HEIGHT_PX, MARGIN_LEFT_PX)
    };
    let (pledge_line, delivery_line) = if narrow {
        (NARROW_PLEDGE_LINE, NARROW_DELIVERY_LINE)
    } else {
        (PLEDGE_LINE, DELIVERY_LINE)
    };
    let rows: Vec<DonorRow> = assistance::rows(ds, lang, track);
    let plot_h = row_height * rows.len().max(1) as f64;
    let margin_bottom = if narrow {
        NARROW_MARGIN_BOTTOM_PX
    } else {
        MARGIN_BOTTOM_PX
    };
    let height_px = MARGIN_TOP_PX + plot_h as u32 + margin_bottom;
    // plotters maps onto the last pixel of the plotting area, not one past it: mirror that so
    // marks placed here land exactly where plotters draws them.
    let plot = (
        f64::from(margin_left),
        f64::from(MARGIN_TOP_PX),
        f64::from(width_px - MARGIN_RIGHT_PX - 1),
        f64::from(MARGIN_TOP_PX) + plot_h - 1.0,
    );
    let row_h = (plot.3 - plot.1) / rows.len().max(1) as f64;
    let x = TimeScale::new(x_domain(ds, today), (plot.0, plot.2));

    let mut marks = Vec::new();
    let mut row_specs = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let top = plot.1 + row_h * i as f64;
        row_specs.push(RowSpec {
            donor: row.donor.clone(),
            name: row.name.clone(),
            nothing_delivered: row.nothing_delivered(),
        });
        for (records, line) in [
            (&row.pledges, pledge_line),
            (&row.deliveries, delivery_line),
        ] {
            // Labels sit right of their mark, or left of it near the right edge. A label that
            // would run into a neighbouring mark or label is left to the tooltip and the table.
            let xs: Vec<f64> = records.iter().map(|r| x.map(r.date.first_day())).collect();
            let mut free_from = f64::NEG_INFINITY;
            let mut outer_free_from = f64::NEG_INFINITY;
            for (k, record) in records.iter().enumerate() {
                let day = record.date.first_day();
                let x_px = xs[k];
                let text = assistance::short_label(lang, record);
                let text_w = label_width(&text);
                let next_mark = xs.get(k + 1).copied().unwrap_or(f64::INFINITY);
                let right_edge = f64::from(width_px) - 4.0;
                let on_right = (x_px + 11.0, x_px + 11.0 + text_w);
                let on_left = (x_px - 11.0 - text_w, x_px - 11.0);
                let outer = (x_px - 6.0, x_px - 6.0 + text_w);
                let placement =
                    if on_right.0 >= free_from && on_right.1 <= right_edge.min(next_mark - 10.0) {
                        free_from = on_right.1 + 6.0;
                        Some(LabelSide::Right)
                    } else if next_mark == f64::INFINITY && on_left.0 >= free_from.max(plot.0) {
                        free_from = x_px + 10.0;
                        Some(LabelSide::Left)
                    } else if outer.0 >= outer_free_from
                        && outer.1 <= right_edge
                        // Narrow, the rows are too low for a label above or below a mark.
                        && !narrow
                    {
                        free_from = free_from.max(x_px + 10.0);
                        outer_free_from = outer.1 + 8.0;
                        Some(LabelSide::Outer)
                    } else {
                        free_from = free_from.max(x_px + 10.0);
                        None
                    };
                marks.push(Mark {
                    record_id: record.id.clone(),
                    shape: mark_shape(record),
                    day,
                    row: i,
                    line,
                    x_px,
                    y_px: top + row_h * line,
                    label: placement.map(|side| (text, side)),
                    description: describe(ds, lang, record),
                });
            }
        }
    }

    let deadline = if track == Track::Collective {
        ds.assistance
            .iter()
            .filter(|r| r.track == track)
            .find_map(|r| r.deadline.map(|d| (r.date.first_day(), d.first_day())))
    } else {
        None
    };

    let wait = deadline.and_then(|(_, due)| {
        let first = marks
            .iter()
            .filter(|m| m.shape == MarkShape::Delivery && m.day > due)
            .min_by_key(|m| m.day)?;
        // Only a report date may be known ("done by"): say so rather than count a delay.
        let reported_only = ds
            .assistance
            .iter()
            .any(|r| r.id == first.record_id && r.date_kind != DateKind::On);
        let date = lang.day(first.day);
        let key = if reported_only {
            Key::FirstDeliveriesBy
        } else {
            Key::FirstDeliveryOn
        };
        let text = lang.fill(key, &[("date", &date)]);
        Some((due, first.day, text))
    });

    let pledges = marks.iter().filter(|m| m.shape.is_pledge()).count();
    let deliveries = marks
        .iter()
        .filter(|m| m.shape == MarkShape::Delivery)
        .count();
    let undisclosed = marks
        .iter()
        .filter(|m| m.shape == MarkShape::PledgeUndisclosed)
        .count();
    let nothing: Vec<&str> = row_specs
        .iter()
        .filter(|r| r.nothing_delivered)
        .map(|r| r.name.as_str())
        .collect();
    let count = |n: usize| lang.integer(n as u64);
    let first_year = PartialDate {
        year: x.domain().0.year(),
        month: None,
        day: None,
    };
    let mut description = lang.fill(
        Key::ChartSummary,
        &[
            ("track", lang.track(track)),
            ("donors", &count(row_specs.len())),
            ("pledges", &count(pledges)),
            ("undisclosed", &count(undisclosed)),
            ("deliveries", &count(deliveries)),
            ("from", &lang.date(first_year)),
            ("to", &lang.date(ds.as_of)),
        ],
    );
    if let Some((from, to)) = deadline {
        description.push_str(&lang.fill(
            Key::ChartDeadlineSentence,
            &[("from", &lang.day(from)), ("to", &lang.day(to))],
        ));
    }
    if let Some((_, _, text)) = &wait {
        description.push(' ');
        description.push_str(&capitalise_first(text));
        description.push('.');
    }
    if !nothing.is_empty() {
        description.push_str(&lang.fill(Key::ChartNothingFrom, &[("list", &nothing.join(", "))]));
    }

    ChartSpec {
        track,
        width_px,
        height_px,
        plot,
        x,
        rows: row_specs,
        marks,
        deadline,
        wait,
        as_of: ds.as_of_day(),
        title: lang.fill(Key::ChartSvgTitle, &[("track", lang.track(track))]),
        description,
        words: ChartWords {
            no_delivery: lang.t(Key::ChartNoDelivery).to_owned(),
            // Narrow, the band's words lose the year: the key beside the chart names the pledge.
            deadline: lang
                .t(if narrow {
                    Key::ChartDeadlineShort
                } else {
                    Key::ChartDeadline
                })
                .to_owned(),
            checked_to: lang.fill(Key::ChartCheckedTo, &[("date", &lang.date(ds.as_of))]),
        },
        narrow,
        year_step: year_step(&x),
    }
}

/// Every how many years the axis can be labelled with its labels (about 36 px each) apart.
fn year_step(x: &TimeScale) -> i32 {
    let (from, to) = x.domain();
    let years = f64::from((to.days_since_epoch() - from.days_since_epoch()).max(1)) / 365.25;
    let per_year = (x.range().1 - x.range().0).abs() / years;
    [1, 2, 5, 10]
        .into_iter()
        .find(|step| per_year * f64::from(*step) >= 44.0)
        .unwrap_or(10)
}

/// The text with its first letter in upper case, for Latin and Cyrillic alike, without the
/// Unicode case tables `str::to_uppercase` would bring into the wasm.
fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        // Cyrillic а–я map 32 code points down; ё maps to Ё.
        'а'..='я' => char::from_u32(first as u32 - 32).unwrap_or(first),
        'ё' => 'Ё',
        other => other,
    };
    let mut out = String::with_capacity(text.len());
    out.push(upper);
    out.push_str(chars.as_str());
    out
}

impl ChartSpec {
    /// Where deliveries sit in a row, as a fraction of its height.
    pub fn delivery_line(&self) -> f64 {
        if self.narrow {
            NARROW_DELIVERY_LINE
        } else {
            DELIVERY_LINE
        }
    }

    /// The y axis in row units (row 0 at the top) as plotters sees it: from `rows` at the bottom
    /// edge to 0 at the top edge.
    pub fn row_units(&self) -> f64 {
        self.rows.len().max(1) as f64
    }

    /// The mark nearest to a point in chart pixels, if one is within [`HIT_RADIUS_PX`]: how a
    /// pointer over the drawing is mapped back to the record under it.
    pub fn mark_at(&self, x_px: f64, y_px: f64) -> Option<&Mark> {
        if !(x_px.is_finite() && y_px.is_finite()) {
            return None;
        }
        self.marks
            .iter()
            .map(|m| (m, (m.x_px - x_px).hypot(m.y_px - y_px)))
            .filter(|(_, d)| *d <= HIT_RADIUS_PX)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(m, _)| m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    fn today() -> Day {
        Day::from_ymd(2026, 11, 26).unwrap()
    }

    #[test]
    fn every_record_of_the_track_is_a_mark() {
        let ds = bundled().unwrap();
        for track in Track::ALL {
            let spec = build(ds, Lang::ENGLISH, track, today());
            let expected = ds.assistance.iter().filter(|r| r.track == track).count();
            assert_eq!(spec.marks.len(), expected);
            for m in &spec.marks {
                assert!(
                    m.x_px >= spec.plot.0 && m.x_px <= spec.plot.2,
                    "{}",
                    m.record_id
                );
                assert!(
                    m.y_px > spec.plot.1 && m.y_px < spec.plot.3,
                    "{}",
                    m.record_id
                );
            }
        }
    }

    #[test]
    fn pointer_maps_back_to_the_mark_under_it() {
        let ds = bundled().unwrap();
        let spec = build(ds, Lang::ENGLISH, Track::Collective, today());
        for m in &spec.marks {
            let hit = spec.mark_at(m.x_px, m.y_px).unwrap();
            // Marks can share a day (Belarus and Armenia deliveries), but never a row and line.
            assert_eq!(hit.record_id, m.record_id);
            assert!(spec.mark_at(m.x_px + 3.0, m.y_px - 2.0).is_some());
            // The x scale inverts back to the mark's own day.
            assert_eq!(spec.x.invert(m.x_px), m.day);
        }
        assert!(spec.mark_at(0.0, 0.0).is_none());
        assert!(spec.mark_at(f64::NAN, 10.0).is_none());
    }

    #[test]
    fn collective_track_shows_the_three_month_deadline() {
        let ds = bundled().unwrap();
        let spec = build(ds, Lang::ENGLISH, Track::Collective, today());
        let (from, to) = spec.deadline.unwrap();
        assert_eq!(
            (from.iso(), to.iso()),
            ("2013-09-23".to_owned(), "2013-12-23".to_owned())
        );
        assert!(
            build(ds, Lang::ENGLISH, Track::Bilateral, today())
                .deadline
                .is_none()
        );
        let (due, first, text) = spec.wait.clone().unwrap();
        assert_eq!(
            (due.iso(), first.iso()),
            ("2013-12-23".to_owned(), "2017-02-09".to_owned())
        );
        // The 2017 deliveries are known only from a report of that day: no delay is counted.
        assert_eq!(
            text,
            "first deliveries reported by 9 Feb 2017 (dates not stated)"
        );
        assert!(
            spec.description
                .contains(" First deliveries reported by 9 Feb 2017 (dates not stated).")
        );
        assert!(
            spec.description
                .contains("No delivery reported from: CSTO (collective), Kyrgyzstan.")
        );
    }
}
