//! Writes both charts as SVG files for a quick look: `cargo run --example chart_svg -- DIR`.
use csto_explorer::chart::{render_svg, spec::build};
use csto_explorer::data::{Day, Track, bundled};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let ds = bundled().map_err(|e| e.to_string())?;
    let today = Day::from_ymd(2026, 11, 26).ok_or("bad date")?;
    for track in Track::ALL {
        let svg = render_svg(&build(ds, csto_explorer::i18n::Lang::ENGLISH, track, today))?;
        std::fs::write(format!("{dir}/chart-{}.svg", track.key()), svg)?;
    }
    Ok(())
}
