//! Renders the chart to an SVG string with plotters' SVG backend, then makes it an accessible
//! image: `role="img"`, a `<title>` and a `<desc>` that screen readers read. Pure; the same string
//! is inlined in the page, snapshot-tested, and offered for download.

use plotters::prelude::*;

use super::draw;
use super::spec::ChartSpec;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

/// Escapes text for use inside SVG/HTML text and attribute values. Characters XML 1.0 does
/// not allow (control characters other than tab and line breaks, U+FFFE, U+FFFF) are left out,
/// so an exported SVG stays well-formed, and its PNG renders, whatever the texts hold.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\t' | '\n' | '\r' => out.push(ch),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Plotters' drawing alone, without the accessible name: the export frames it with its own.
pub fn render_plain(spec: &ChartSpec) -> Result<String, ChartError> {
    draw_to_string(spec).map(|(svg, _)| svg)
}

/// The chart as SVG text, with plotters' pixel position of every mark.
pub fn render_with_positions(spec: &ChartSpec) -> Result<(String, Vec<(i32, i32)>), ChartError> {
    let (svg, positions) = draw_to_string(spec)?;
    Ok((decorate(&svg, spec), positions))
}

fn draw_to_string(spec: &ChartSpec) -> Result<(String, Vec<(i32, i32)>), ChartError> {
    let mut buf = String::new();
    let positions = {
        // The backend writes the closing tag when dropped, so it must go before `buf` is read.
        let root =
            SVGBackend::with_string(&mut buf, (spec.width_px, spec.height_px)).into_drawing_area();
        let positions = draw::draw(&root, spec).map_err(|e| ChartError(e.to_string()))?;
        root.present().map_err(|e| ChartError(e.to_string()))?;
        positions
    };
    Ok((buf, positions))
}

pub fn render_svg(spec: &ChartSpec) -> Result<String, ChartError> {
    render_with_positions(spec).map(|(svg, _)| svg)
}

/// Adds the accessible name and description to plotters' root `<svg>` element.
pub fn decorate(svg: &str, spec: &ChartSpec) -> String {
    let id = format!("chart-{}", spec.track.key());
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|e| start + e))
    else {
        return svg.to_owned();
    };
    let mut out = String::with_capacity(svg.len() + 512);
    out.push_str(&svg[..open_end]);
    out.push_str(&format!(
        r#" role="img" aria-labelledby="{id}-title {id}-desc" class="chart-svg" preserveAspectRatio="xMinYMin meet">"#
    ));
    out.push_str(&format!(
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&spec.title),
        escape(&spec.description)
    ));
    out.push_str(&svg[open_end + 1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec::build;
    use crate::data::{Day, Track, bundled};
    use crate::i18n::Lang;

    fn today() -> Day {
        Day::from_ymd(2026, 11, 26).unwrap()
    }

    #[test]
    fn leaves_out_what_xml_does_not_allow() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{7f}d\u{FFFF}e\tf\ng"),
            "abcde\tf\ng"
        );
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn plotters_draws_marks_where_the_spec_says() {
        let ds = bundled().unwrap();
        for track in Track::ALL {
            let spec = build(ds, Lang::ENGLISH, track, today());
            let (_, positions) = render_with_positions(&spec).unwrap();
            for (m, (x, y)) in spec.marks.iter().zip(positions) {
                assert!(
                    (m.x_px - f64::from(x)).abs() <= 1.0,
                    "{} x {} vs {x}",
                    m.record_id,
                    m.x_px
                );
                assert!(
                    (m.y_px - f64::from(y)).abs() <= 1.0,
                    "{} y {} vs {y}",
                    m.record_id,
                    m.y_px
                );
            }
        }
    }

    #[test]
    fn svg_is_an_accessible_image() {
        let ds = bundled().unwrap();
        let svg = render_svg(&build(ds, Lang::ENGLISH, Track::Collective, today())).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(
            r#"role="img" aria-labelledby="chart-collective-title chart-collective-desc""#
        ));
        assert!(svg.contains("<title id=\"chart-collective-title\">"));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
