//! The membership timeline drawn as SVG for export, from the same layout the page uses: a lane
//! per state with its periods as patterned bars and its events as diamonds, the year axis, the
//! today marker and the roster line. Patterns are defined inside the file, so the picture needs
//! nothing else. Pure.

use crate::chart::svg::escape;
use crate::data::{Day, EventKind, Status};
use crate::i18n::{Key, Lang};
use crate::model::timeline::{ItemKind, ORGANIZATION_LANE, TimelineLayout};

use super::frame::{LegendEntry, bold_text_width, number};

const PAD: f64 = 16.0;
const TOP: f64 = 20.0;
const EVENT_ROW: f64 = 16.0;
const BAR: f64 = 24.0;
const AXIS: f64 = 40.0;

/// The patterns, in the page's colours: every status differs by pattern as well as colour.
/// Shared with the map view, which fills the states with them.
pub const DEFS: &str = concat!(
    r##"<defs>"##,
    r##"<pattern id="tl-frozen" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="9" height="9" fill="#D9EFFA"/><rect width="5" height="9" fill="#56B4E9"/></pattern>"##,
    r##"<pattern id="tl-suspended" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="7" height="7" fill="#FBE2CF"/><rect width="3" height="7" fill="#D55E00"/></pattern>"##,
    r##"<pattern id="tl-signatory" width="9" height="9" patternUnits="userSpaceOnUse"><rect width="9" height="9" fill="#FFFFFF"/><rect width="6" height="9" fill="#CFE6F5"/></pattern>"##,
    r##"<pattern id="tl-not-party" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#E4E4E4"/><circle cx="3" cy="3" r="1" fill="#6B6B6B"/></pattern>"##,
    r##"<pattern id="tl-unverified" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#FFFFFF" fill-opacity="0.85"/><rect x="4" width="2" height="6" fill="#787878" fill-opacity="0.6"/></pattern>"##,
    r##"</defs>"##
);

pub fn status_fill(status: Status) -> &'static str {
    match status {
        Status::Member => "#0072B2",
        Status::Frozen => "url(#tl-frozen)",
        Status::Suspended => "url(#tl-suspended)",
        Status::Signatory => "url(#tl-signatory)",
        Status::NotParty => "url(#tl-not-party)",
    }
}

pub fn status_stroke(status: Status) -> &'static str {
    match status {
        Status::Signatory => r##" stroke="#0072B2" stroke-width="2" stroke-dasharray="4 2""##,
        _ => r##" stroke="#333333" stroke-width="1""##,
    }
}

fn event_fill(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Border => "#D55E00",
        _ => "#1A1A1A",
    }
}

fn diamond(cx: f64, cy: f64, r: f64) -> String {
    format!(
        "{},{} {},{} {},{} {},{}",
        number(cx),
        number(cy - r),
        number(cx + r),
        number(cy),
        number(cx),
        number(cy + r),
        number(cx - r),
        number(cy)
    )
}

/// The key to the timeline's patterns and marks.
pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = Status::ALL
        .iter()
        .map(|s| {
            LegendEntry::new(
                format!(
                    r#"<rect x="0.5" y="3.5" width="15" height="10" fill="{}"{}/>"#,
                    status_fill(*s),
                    status_stroke(*s)
                ),
                lang.status(*s),
            )
        })
        .collect();
    for (kind, key) in [
        (EventKind::Treaty, Key::LegendEvent),
        (EventKind::Border, Key::LegendBorderEvent),
    ] {
        entries.push(LegendEntry::new(
            format!(
                r##"<polygon points="{}" fill="{}" stroke="#FFFFFF"/>"##,
                diamond(8.0, 8.5, 6.0),
                event_fill(kind)
            ),
            lang.t(key),
        ));
    }
    entries.push(LegendEntry::new(
        r##"<rect x="0.5" y="3.5" width="15" height="10" fill="url(#tl-unverified)" stroke="#333333"/>"##.to_owned(),
        lang.t(Key::LegendUnverified),
    ));
    entries
}

/// Draws the timeline for `width` pixels; returns the SVG elements and their height.
pub fn draw(layout: &TimelineLayout, lang: Lang, date: Day, width: u32) -> (String, f64) {
    let w = f64::from(width);
    let label_w = layout
        .lanes
        .iter()
        .map(|l| bold_text_width(&l.label, 13.0))
        .fold(60.0, f64::max)
        .min(w * 0.3)
        + 16.0;
    let x0 = PAD + label_w;
    let track_w = (w - PAD - x0).max(1.0);
    let x_of = |pct: f64| x0 + pct.clamp(-1.0, 101.0) / 100.0 * track_w;

    let mut out = String::from(DEFS);
    let mut y = TOP;
    for lane in &layout.lanes {
        let org = lane.key == ORGANIZATION_LANE;
        let events_h = f64::from(lane.event_rows) * EVENT_ROW;
        let lane_h = if org {
            events_h + 8.0
        } else {
            events_h + BAR + 8.0
        };
        out.push_str(&format!(
            r##"<line x1="{PAD}" x2="{}" y1="{y}" y2="{y}" stroke="#D9D9D9"/>"##,
            number(w - PAD)
        ));
        out.push_str(&format!(
            r##"<text x="{PAD}" y="{}" font-size="13" font-weight="600" fill="#1A1A1A">{}</text>"##,
            number(y + 16.0),
            escape(&lane.label)
        ));
        let bar_y = y + events_h + 4.0;
        for item in &lane.items {
            let x = x_of(item.start_pct);
            match item.kind {
                ItemKind::Period { status, open_end } => {
                    let bar_w = (x_of(item.end_pct) - x).max(3.0);
                    out.push_str(&format!(
                        r#"<rect data-period="{}" x="{}" y="{}" width="{}" height="{BAR}" rx="3" fill="{}"{}/>"#,
                        escape(&item.id),
                        number(x),
                        number(bar_y),
                        number(bar_w),
                        status_fill(status),
                        status_stroke(status)
                    ));
                    if open_end && item.end_pct > item.verified_end_pct {
                        let from = x_of(item.verified_end_pct);
                        out.push_str(&format!(
                            r#"<rect x="{}" y="{}" width="{}" height="{BAR}" fill="url(#tl-unverified)"/>"#,
                            number(from),
                            number(bar_y),
                            number(x_of(item.end_pct) - from)
                        ));
                    }
                    let label_px = bold_text_width(&item.label, 11.0) + 8.0;
                    if label_px + 4.0 < bar_w {
                        out.push_str(&format!(
                            r##"<rect x="{}" y="{}" width="{}" height="15" rx="2" fill="#FFFFFF" fill-opacity="0.92"/><text x="{}" y="{}" font-size="11" font-weight="600" fill="#111111">{}</text>"##,
                            number(x + 3.0),
                            number(bar_y + 4.5),
                            number(label_px),
                            number(x + 7.0),
                            number(bar_y + 15.5),
                            escape(&item.label)
                        ));
                    }
                }
                ItemKind::Event { kind } => {
                    let cy = y + 4.0 + f64::from(item.row) * EVENT_ROW + 6.0;
                    out.push_str(&format!(
                        r##"<polygon data-event="{}" points="{}" fill="{}" stroke="#FFFFFF"><title>{}</title></polygon>"##,
                        escape(&item.id),
                        diamond(x, cy, 6.0),
                        event_fill(kind),
                        escape(&item.tooltip)
                    ));
                }
            }
        }
        y += lane_h;
    }
    let axis_y = y;

    // The year axis: every year ticked, every fifth labelled, the others too when there is room.
    out.push_str(&format!(
        r##"<line x1="{}" x2="{}" y1="{axis_y}" y2="{axis_y}" stroke="#1A1A1A" stroke-width="2"/>"##,
        number(x0),
        number(w - PAD)
    ));
    let year_px = track_w / layout.ticks.len().max(1) as f64;
    for (year, pct) in &layout.ticks {
        let x = x_of(*pct);
        let major = year % 5 == 0;
        out.push_str(&format!(
            r##"<line x1="{x}" x2="{x}" y1="{axis_y}" y2="{}" stroke="#1A1A1A" stroke-width="{}"/>"##,
            number(axis_y + if major { 7.0 } else { 4.0 }),
            if major { 2 } else { 1 },
            x = number(x)
        ));
        if major {
            out.push_str(&format!(
                r##"<text x="{}" y="{}" font-size="12" font-weight="600" fill="#1A1A1A" text-anchor="middle">{year}</text>"##,
                number(x),
                number(axis_y + 20.0)
            ));
        } else if year_px >= 26.0 {
            out.push_str(&format!(
                r##"<text x="{}" y="{}" font-size="10" fill="#595959" text-anchor="middle">’{:02}</text>"##,
                number(x),
                number(axis_y + 18.0),
                year % 100
            ));
        }
    }

    // Today (dashed, labelled at the top) and the roster date (labelled under the axis).
    let today_x = x_of(layout.today_pct);
    out.push_str(&format!(
        r##"<line x1="{x}" x2="{x}" y1="{}" y2="{axis_y}" stroke="#B30000" stroke-width="2" stroke-dasharray="5 3"/><text x="{}" y="{}" font-size="11" fill="#B30000" text-anchor="end">{}</text>"##,
        number(TOP - 6.0),
        number(today_x - 4.0),
        number(TOP - 8.0),
        escape(&lang.fill(Key::TodayMarker, &[("date", &lang.day(layout.today))])),
        x = number(today_x)
    ));
    let date_pct = layout.scale.map(date);
    let date_x = x_of(date_pct);
    let (anchor, dx) = if date_pct > 75.0 {
        ("end", -5.0)
    } else {
        ("start", 5.0)
    };
    out.push_str(&format!(
        r##"<line x1="{x}" x2="{x}" y1="{TOP}" y2="{}" stroke="#8A3600" stroke-width="3"/><text x="{}" y="{}" font-size="11" font-weight="600" fill="#8A3600" text-anchor="{anchor}">{}</text>"##,
        number(axis_y + 24.0),
        number(date_x + dx),
        number(axis_y + 34.0),
        escape(&lang.fill(Key::RosterMarker, &[("date", &lang.day(date))])),
        x = number(date_x)
    ));
    (out, axis_y + AXIS)
}
