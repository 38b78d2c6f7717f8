//! Golden SVG snapshots of the chart, one per aid track and one of both tracks in Russian,
//! rendered natively with a fixed "today".
//! On a difference the new rendering is written next to the golden file as `*.changed.svg` for
//! review; `UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshot` accepts it.

use std::path::PathBuf;

use csto_explorer::chart::render_svg;
use csto_explorer::chart::spec::{MarkShape, build, build_at};
use csto_explorer::data::{Day, Track, bundled};
use csto_explorer::i18n::Lang;

fn today() -> Day {
    Day::from_ymd(2026, 11, 26).unwrap()
}

fn check_snapshot(name: &str, actual: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let golden = dir.join(format!("{name}.svg"));
    let changed = dir.join(format!("{name}.changed.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&golden, actual).unwrap();
        let _ = std::fs::remove_file(&changed);
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!("no snapshot {golden:?}; run with UPDATE_SNAPSHOTS=1 to create it")
    });
    if expected != actual {
        std::fs::write(&changed, actual).unwrap();
        panic!(
            "{name}: the chart changed; compare {changed:?} with {golden:?} (UPDATE_SNAPSHOTS=1 accepts it)"
        );
    }
    let _ = std::fs::remove_file(&changed);
}

#[test]
fn collective_track_matches_its_snapshot() {
    let ds = bundled().unwrap();
    let svg = render_svg(&build(ds, Lang::ENGLISH, Track::Collective, today())).unwrap();
    check_snapshot("chart-collective", &svg);
}

/// Both tracks in Russian, in one file: the words (donor names, labels, dates, the deadline
/// and wait annotations) change with the language, and their collisions with them.
#[test]
fn russian_chart_matches_its_snapshot() {
    let ru = Lang::from_code("ru").unwrap();
    let ds = csto_explorer::data::bundled_in("ru").unwrap();
    let svg: Vec<String> = Track::ALL
        .iter()
        .map(|track| render_svg(&build(ds, ru, *track, today())).unwrap())
        .collect();
    let joined = svg.join("\n");
    assert!(joined.contains("ОДКБ (коллективно)") && joined.contains("Беларусь"));
    check_snapshot("chart-ru", &joined);
}

/// Drawn for a phone's column: names above their rows, fewer year labels, nothing scaled.
#[test]
fn a_narrow_chart_matches_its_snapshot() {
    let ds = bundled().unwrap();
    let spec = build_at(ds, Lang::ENGLISH, Track::Collective, today(), 340);
    assert!(spec.narrow && spec.width_px == 340);
    assert!(spec.marks.iter().all(|m| m.x_px <= 340.0));
    let svg = render_svg(&spec).unwrap();
    assert!(svg.contains(r#"width="340""#));
    check_snapshot("chart-narrow", &svg);
}

#[test]
fn bilateral_track_matches_its_snapshot() {
    let ds = bundled().unwrap();
    let svg = render_svg(&build(ds, Lang::ENGLISH, Track::Bilateral, today())).unwrap();
    check_snapshot("chart-bilateral", &svg);
}

#[test]
fn svg_structure_carries_every_mark_and_label() {
    let ds = bundled().unwrap();
    for track in Track::ALL {
        let spec = build(ds, Lang::ENGLISH, track, today());
        let svg = render_svg(&spec).unwrap();
        assert_eq!(svg.matches("<title").count(), 1);
        assert_eq!(svg.matches("<desc").count(), 1);
        assert!(svg.contains(r#"role="img""#));
        let circles = svg.matches("<circle").count();
        let deliveries = spec
            .marks
            .iter()
            .filter(|m| m.shape == MarkShape::Delivery)
            .count();
        assert_eq!(circles, deliveries, "{track:?}: one circle per delivery");
        // Every polygon is a pledge's diamond, but for the arrowhead of the wait annotation.
        let diamonds = svg.matches("<polygon").count() - usize::from(spec.wait.is_some());
        let pledges = spec.marks.iter().filter(|m| m.shape.is_pledge()).count();
        assert_eq!(diamonds, pledges, "{track:?}: one diamond per pledge");
        for row in &spec.rows {
            assert!(
                svg.contains(&format!("\n{}\n</text>", row.name.replace('&', "&amp;"))),
                "row label {}",
                row.name
            );
        }
        for label in spec.marks.iter().filter_map(|m| m.label.as_ref()) {
            assert!(
                svg.contains(&format!("\n{}\n</text>", label.0)),
                "label {}",
                label.0
            );
        }
        assert!(
            svg.contains("font-family=\"system-ui, sans-serif\""),
            "system fonts only"
        );
        assert!(
            !svg.contains("http://") || svg.matches("http://").count() == 1,
            "no external reference besides the xmlns"
        );
    }
}

#[test]
fn undisclosed_is_drawn_as_undisclosed_never_as_zero() {
    let ds = bundled().unwrap();
    let svg = render_svg(&build(ds, Lang::ENGLISH, Track::Collective, today())).unwrap();
    assert!(svg.contains("\namount undisclosed\n</text>"));
    assert!(!svg.contains("\nUSD 0"));
    assert!(
        svg.contains("\nno delivery reported\n</text>"),
        "Kyrgyzstan row"
    );
    assert!(svg.contains("2013 pledge: aid due within 3 months"));
}
