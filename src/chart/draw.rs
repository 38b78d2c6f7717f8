//! Paints a [`ChartSpec`] with plotters. Generic over the backend so the same drawing could target
//! a bitmap; the app uses the SVG backend. Titles, legend and units are HTML around the chart, so
//! nothing here depends on measuring text. Pure.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::spec::{ChartSpec, LabelSide, MarkShape};
use super::theme;
use crate::data::Day;

pub type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn days(day: Day) -> f64 {
    f64::from(day.days_since_epoch())
}

fn text_style(px: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    let style = TextStyle::from((theme::FONT_FAMILY, theme::font_size(px)).into_font());
    TextStyle {
        color: color.to_backend_color(),
        ..style
    }
    .pos(Pos::new(h, v))
}

/// Draws the chart and returns plotters' own pixel position for each mark, so tests can check
/// that the spec's pixel geometry (used for pointer hit-testing) is the one plotters drew.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
) -> DrawResult<Vec<(i32, i32)>, DB> {
    root.fill(&theme::BACKGROUND)?;
    let (x0, x1) = spec.x.domain();
    let mut chart = ChartBuilder::on(root)
        .margin_top(spec.plot.1 as u32)
        .margin_left(spec.plot.0 as u32)
        .margin_right(spec.width_px - spec.plot.2 as u32 - 1)
        .margin_bottom(spec.height_px - spec.plot.3 as u32 - 1)
        .build_cartesian_2d(days(x0)..days(x1), spec.row_units()..0.0)?;
    let rows = spec.row_units();

    // Row bands and separators.
    for (i, row) in spec.rows.iter().enumerate() {
        let y = i as f64;
        if i % 2 == 1 {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(days(x0), y), (days(x1), y + 1.0)],
                theme::ROW_BAND.filled(),
            )))?;
        }
        // Beside the row; a narrow chart writes it above the row's lines, once the bands are
        // drawn (below).
        if !spec.narrow {
            let (_, y_px) = chart.backend_coord(&(days(x0), y + 0.5));
            root.draw(&Text::new(
                row.name.clone(),
                (8, y_px),
                text_style(12.0, theme::TEXT, HPos::Left, VPos::Center),
            ))?;
        }
        let delivery_line = spec.delivery_line();
        let has_delivery_mark = spec
            .marks
            .iter()
            .any(|m| m.row == i && m.line == delivery_line);
        if row.nothing_delivered && !has_delivery_mark {
            let (x_px, y_px) = chart.backend_coord(&(days(x1), y + delivery_line));
            root.draw(&Text::new(
                spec.words.no_delivery.as_str(),
                (x_px - 4, y_px),
                // A phone's drawing keeps every word at 12 px or more.
                text_style(
                    if spec.narrow { 12.0 } else { 11.0 },
                    theme::MUTED,
                    HPos::Right,
                    VPos::Center,
                ),
            ))?;
        }
    }

    // Year grid and labels, on 1 January of each year.
    let ticks = spec.x.year_ticks(1);
    for &(year, _) in &ticks {
        let Some(day) = Day::from_ymd(year, 1, 1) else {
            continue;
        };
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(days(day), 0.0), (days(day), rows)],
            theme::GRID.stroke_width(1),
        )))?;
        let (x_px, y_px) = chart.backend_coord(&(days(day), rows));
        if year % spec.year_step == 0 {
            root.draw(&Text::new(
                year.to_string(),
                (x_px, y_px + 8),
                text_style(12.0, theme::TEXT, HPos::Center, VPos::Top),
            ))?;
        }
    }

    if let Some((from, to)) = spec.deadline {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(days(from), 0.0), (days(to), rows)],
            theme::DEADLINE_BAND.filled(),
        )))?;
        let (band_px, _) = chart.backend_coord(&(days(from), 0.0));
        // Starts at the band, unless that would run it off the right edge.
        let room = spec.width_px as f64 - 4.0 - super::spec::label_width(&spec.words.deadline);
        let x_px = band_px.min(room.max(4.0) as i32);
        root.draw(&Text::new(
            spec.words.deadline.as_str(),
            (x_px, (spec.plot.1 as i32) - 18),
            text_style(12.0, theme::PLEDGE_TEXT, HPos::Left, VPos::Center),
        ))?;
    }

    // How long the first deliveries took after the deadline passed.
    if let Some((due, first, text)) = &spec.wait {
        let y = spec.plot.1 as i32 - 6;
        let (x0, _) = chart.backend_coord(&(days(*due), 0.0));
        let (x1, _) = chart.backend_coord(&(days(*first), 0.0));
        root.draw(&DashedPathElement::new(
            vec![(x0, y), (x1 - 4, y)],
            4,
            3,
            theme::DELIVERY.stroke_width(2),
        ))?;
        root.draw(&Polygon::new(
            vec![(x1, y), (x1 - 7, y - 4), (x1 - 7, y + 4)],
            theme::DELIVERY.filled(),
        ))?;
        // Where its words would run off a narrow chart, the arrow speaks through the chart's
        // description and table alone.
        let room = spec.width_px as i32 - (x1 + 6);
        if f64::from(room) >= super::spec::label_width(text) {
            root.draw(&Text::new(
                text.clone(),
                (x1 + 6, y),
                text_style(12.0, theme::DELIVERY_TEXT, HPos::Left, VPos::Center),
            ))?;
        }
    }

    // The as-of rule: nothing to its right has been checked. A narrow chart has no room for
    // its words beside the deadline's: the view's source line gives the date.
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(days(spec.as_of), 0.0), (days(spec.as_of), rows)],
        theme::MUTED.stroke_width(2),
    )))?;
    let (as_of_px, _) = chart.backend_coord(&(days(spec.as_of), 0.0));
    if !spec.narrow {
        root.draw(&Text::new(
            spec.words.checked_to.clone(),
            // On the deadline label's line, not the arrow's: a longer arrow label (Russian)
            // would otherwise run into it.
            (as_of_px, (spec.plot.1 as i32) - 18),
            text_style(11.0, theme::MUTED, HPos::Right, VPos::Center),
        ))?;
    } else {
        for (i, row) in spec.rows.iter().enumerate() {
            let (_, y_px) = chart.backend_coord(&(days(x0), i as f64 + 0.2));
            root.draw(&Text::new(
                row.name.clone(),
                (spec.plot.0 as i32 + 2, y_px),
                text_style(13.0, theme::TEXT, HPos::Left, VPos::Center),
            ))?;
        }
    }

    let mut positions = Vec::with_capacity(spec.marks.len());
    for m in &spec.marks {
        let at = (days(m.day), m.row as f64 + m.line);
        let (x, y) = chart.backend_coord(&at);
        positions.push((x, y));
        match m.shape {
            MarkShape::PledgeStated | MarkShape::PledgeUndisclosed => {
                let diamond = vec![(x, y - 8), (x + 8, y), (x, y + 8), (x - 8, y)];
                let filled = m.shape == MarkShape::PledgeStated;
                if filled {
                    root.draw(&Polygon::new(diamond.clone(), theme::PLEDGE.filled()))?;
                } else {
                    root.draw(&Polygon::new(diamond.clone(), theme::BACKGROUND.filled()))?;
                }
                let mut outline = diamond;
                outline.push((x, y - 8));
                root.draw(&PathElement::new(outline, theme::PLEDGE.stroke_width(2)))?;
            }
            MarkShape::Delivery => {
                root.draw(&Circle::new((x, y), 7, theme::DELIVERY.filled()))?;
            }
            MarkShape::NoneReported => {
                root.draw(&PathElement::new(
                    vec![(x - 6, y - 6), (x + 6, y + 6)],
                    theme::MUTED.stroke_width(3),
                ))?;
                root.draw(&PathElement::new(
                    vec![(x - 6, y + 6), (x + 6, y - 6)],
                    theme::MUTED.stroke_width(3),
                ))?;
            }
        }
        if let Some((label, side)) = &m.label {
            let outer_dy = if m.line == spec.delivery_line() {
                16
            } else {
                -16
            };
            let (dx, dy, anchor) = match side {
                LabelSide::Right => (11, 0, HPos::Left),
                LabelSide::Left => (-11, 0, HPos::Right),
                LabelSide::Outer => (-6, outer_dy, HPos::Left),
            };
            root.draw(&Text::new(
                label.clone(),
                (x + dx, y + dy),
                text_style(12.0, theme::TEXT, anchor, VPos::Center),
            ))?;
        }
    }
    Ok(positions)
}
