//! Files a reader takes away: the chart and the timeline as self-contained SVG (the browser
//! turns the same SVG into a PNG at twice the size), and the data as CSV tables in a zip and as
//! JSON, each carrying the citation and the licence. Everything is generated from the bundled
//! dataset, so a download cannot drift from what the page shows. Pure: no web crate; tested
//! natively.

pub mod csv;
pub mod frame;
pub mod package;
pub mod timeline;
pub mod zip;

use crate::chart::svg::{ChartError, render_plain};
use crate::chart::{ChartSpec, MarkShape};
use crate::data::{BUNDLED_SHA256, Dataset, Day};
use crate::i18n::{Key, Lang};
use crate::model::timeline::TimelineLayout;

pub use frame::{Framed, LegendEntry};

/// The narrowest and widest exports: the on-screen width, held to what stays legible.
pub const MIN_WIDTH_PX: u32 = 320;
pub const MAX_WIDTH_PX: u32 = 2400;

/// What goes around every exported picture besides its content: the source line with the
/// dataset version and licence, and the page the picture came from (when known).
pub fn source_line(ds: &Dataset, lang: Lang) -> String {
    // A reader's own dataset is credited to its own title, and not passed off as ours.
    let key = if crate::data::is_bundled(ds) {
        Key::ExportSource
    } else {
        Key::ExportSourceCustom
    };
    lang.fill(
        key,
        &[
            ("title", &ds.title),
            ("version", &ds.dataset_version),
            ("date", &lang.date(ds.as_of)),
            ("licence", &ds.licence),
        ],
    )
}

fn texts(
    ds: &Dataset,
    lang: Lang,
    title: String,
    subtitle: String,
    page_url: Option<&str>,
) -> frame::FrameTexts {
    frame::FrameTexts {
        title,
        subtitle,
        source: source_line(ds, lang),
        url: page_url.map(str::to_owned),
        version: ds.dataset_version.clone(),
        digest: if crate::data::is_bundled(ds) {
            BUNDLED_SHA256
        } else {
            "(not the bundled dataset)"
        }
        .to_owned(),
        lang: lang.code(),
    }
}

/// The aid chart as a self-contained SVG `width` pixels wide: the plotters drawing, scaled to
/// the width, under the chart's title and key and over the source line.
pub fn chart_svg(
    ds: &Dataset,
    lang: Lang,
    spec: &ChartSpec,
    width: u32,
    page_url: Option<&str>,
) -> Result<Framed, ChartError> {
    let width = width.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX);
    let drawn = render_plain(spec)?;
    let inner = inner_of(&drawn);
    let scale = f64::from(width) / f64::from(spec.width_px);
    let content = format!(
        r#"<g transform="scale({})">{inner}</g>"#,
        frame::number(scale)
    );
    let height = f64::from(spec.height_px) * scale;
    let mut legend = vec![
        LegendEntry::shape(MarkShape::PledgeStated, lang.t(Key::LegendPledge)),
        LegendEntry::shape(MarkShape::PledgeUndisclosed, lang.t(Key::LegendPledgeOpen)),
        LegendEntry::shape(MarkShape::Delivery, lang.t(Key::LegendDelivery)),
        LegendEntry::shape(MarkShape::NoneReported, lang.t(Key::LegendNone)),
    ];
    if spec.deadline.is_some() {
        legend.push(LegendEntry::band(lang.t(Key::LegendDeadline)));
    }
    let subtitle = lang.fill(
        Key::ExportChartSubtitle,
        &[("track", lang.track(spec.track))],
    );
    let texts = texts(
        ds,
        lang,
        lang.t(Key::ChartTitle).to_owned(),
        subtitle,
        page_url,
    );
    Ok(frame::frame(&content, height, width, &legend, &texts))
}

/// The membership timeline as a self-contained SVG `width` pixels wide, with the roster line
/// at `date`.
pub fn timeline_svg(
    ds: &Dataset,
    lang: Lang,
    layout: &TimelineLayout,
    date: Day,
    width: u32,
    page_url: Option<&str>,
) -> Framed {
    let width = width.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX);
    let (content, height) = timeline::draw(layout, lang, date, width);
    let title = lang.fill(
        Key::TimelineTitle,
        &[("year", &ds.first_day().year().to_string())],
    );
    let subtitle = lang.t(Key::TimelineDek).to_owned();
    let texts = texts(ds, lang, title, subtitle, page_url);
    frame::frame(&content, height, width, &timeline::legend(lang), &texts)
}

/// What lies between an SVG document's root tags.
fn inner_of(svg: &str) -> &str {
    let start = svg
        .find("<svg")
        .and_then(|s| svg[s..].find('>').map(|e| s + e + 1))
        .unwrap_or(0);
    let end = svg.rfind("</svg>").unwrap_or(svg.len()).max(start);
    &svg[start..end]
}

/// A file name for an export: `csto-<what>-<version>-<lang>.<ext>`, ASCII only.
pub fn file_name(ds: &Dataset, lang: Lang, what: &str, ext: &str) -> String {
    let version: String = ds
        .dataset_version
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    format!("csto-{what}-{version}-{}.{ext}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec::build;
    use crate::data::{Track, bundled};
    use crate::model::timeline::layout;

    fn today() -> Day {
        Day::from_ymd(2026, 11, 26).unwrap()
    }

    fn assert_self_contained(svg: &str) {
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert_eq!(
            svg.matches("<svg").count(),
            1,
            "one root, no nested documents"
        );
        for external in [
            "href=\"http",
            "url(http",
            "@import",
            "<image",
            "<script",
            "<foreignObject",
        ] {
            assert!(!svg.contains(external), "{external} in the export");
        }
        assert!(svg.contains("font-family=\"system-ui"));
        assert!(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\""));
    }

    #[test]
    fn chart_export_is_self_contained_with_title_source_and_version() {
        let ds = bundled().unwrap();
        let spec = build(ds, Lang::ENGLISH, Track::Collective, today());
        let out = chart_svg(
            ds,
            Lang::ENGLISH,
            &spec,
            800,
            Some("https://example.org/csto/"),
        )
        .unwrap();
        assert_self_contained(&out.svg);
        assert_eq!(out.width, 800);
        assert!(
            out.svg
                .contains("<title id=\"export-title\">Promised and delivered"),
            "{}",
            &out.svg[..400]
        );
        assert!(out.svg.contains(&format!("dataset {}", ds.dataset_version)));
        assert!(out.svg.contains("https://example.org/csto/"));
        assert!(
            out.svg
                .contains(&format!(r#"viewBox="0 0 800 {}""#, out.height))
        );
    }

    #[test]
    fn timeline_export_draws_every_lane_and_period() {
        let ds = bundled().unwrap();
        let tl = layout(ds, Lang::ENGLISH, today());
        let date = Day::from_ymd(1999, 12, 31).unwrap();
        let out = timeline_svg(ds, Lang::ENGLISH, &tl, date, 1100, None);
        assert_self_contained(&out.svg);
        for state in &ds.states {
            assert!(
                out.svg.contains(&format!(">{}</text>", state.name)),
                "{}",
                state.name
            );
        }
        assert_eq!(
            out.svg.matches("data-period=").count(),
            ds.status_periods.len()
        );
        assert_eq!(out.svg.matches("data-event=").count(), ds.events.len());
        assert!(out.svg.contains("31 Dec 1999"));
    }

    #[test]
    fn widths_are_held_to_legible_bounds() {
        let ds = bundled().unwrap();
        let tl = layout(ds, Lang::ENGLISH, today());
        assert_eq!(
            timeline_svg(ds, Lang::ENGLISH, &tl, today(), 10, None).width,
            MIN_WIDTH_PX
        );
        assert_eq!(
            timeline_svg(ds, Lang::ENGLISH, &tl, today(), 99_999, None).width,
            MAX_WIDTH_PX
        );
    }

    #[test]
    fn russian_exports_speak_russian() {
        let ds = crate::data::bundled_in("ru").unwrap();
        let ru = Lang::from_code("ru").unwrap();
        let spec = build(ds, ru, Track::Bilateral, today());
        let out = chart_svg(ds, ru, &spec, 960, None).unwrap();
        assert!(out.svg.contains("lang=\"ru\""));
        assert!(out.svg.contains(ru.t(Key::ChartTitle)));
        assert_eq!(file_name(ds, ru, "chart", "svg"), "csto-chart-1.2.0-ru.svg");
    }
}
