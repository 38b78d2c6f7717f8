//! Writes the charts and the timeline as SVG files for a quick look, both as the page inlines
//! them and as the download frames them: `cargo run --example chart_svg -- DIR`.
use csto_explorer::chart::{render_svg, spec::build};
use csto_explorer::data::{Day, Track, bundled_in};
use csto_explorer::export::{chart_svg, timeline_svg};
use csto_explorer::i18n::Lang;
use csto_explorer::model::timeline::layout;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let today = Day::from_ymd(2026, 11, 26).ok_or("bad date")?;
    for lang in Lang::available() {
        let ds = bundled_in(lang.code()).map_err(|e| e.to_string())?;
        let code = lang.code();
        for track in Track::ALL {
            let spec = build(ds, lang, track, today);
            std::fs::write(
                format!("{dir}/chart-{}-{code}.svg", track.key()),
                render_svg(&spec)?,
            )?;
            let framed = chart_svg(ds, lang, &spec, 900, Some("https://example.org/csto/"))?;
            std::fs::write(
                format!("{dir}/export-chart-{}-{code}.svg", track.key()),
                framed.svg,
            )?;
        }
        for width in [400, 1100] {
            let framed = timeline_svg(ds, lang, &layout(ds, lang, today), today, width, None);
            std::fs::write(
                format!("{dir}/export-timeline-{width}-{code}.svg"),
                framed.svg,
            )?;
        }
    }
    Ok(())
}
