//! The region map: the nine states and Afghanistan as SVG paths in a 1000 × 560 frame, the
//! neighbours in grey, the Tajik–Afghan border as its own line (all made by `tools/map.mjs` from
//! Natural Earth and compiled in by `build.rs`), and each state's standing on a day, for the map
//! view. Pure; tested natively.

use crate::data::{Dataset, Day, StatusPeriod};
use crate::i18n::{Key, Lang};

use super::roster::{Standing, roster_at};

/// One country's outline and where its name goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    pub id: &'static str,
    pub d: &'static str,
    pub label: (i32, i32),
}

mod bundled {
    use super::Shape;
    include!(concat!(env!("OUT_DIR"), "/map.rs"));
}

pub use bundled::{ATTRIBUTION, BORDER, CONTEXT, HEIGHT, SHAPES, WIDTH};

/// Afghanistan's id in the map: drawn and named, never a party.
pub const AFGHANISTAN: &str = "AFG";

pub fn shape(id: &str) -> Option<&'static Shape> {
    SHAPES.iter().find(|s| s.id == id)
}

/// A state on the map on a given day.
#[derive(Clone, Debug, PartialEq)]
pub struct MapState<'a> {
    pub shape: &'static Shape,
    pub name: &'a str,
    pub standing: Standing,
    /// The period that gives the standing, which the detail panel opens.
    pub period: Option<&'a StatusPeriod>,
    /// What a screen reader hears: the name and the standing since when.
    pub description: String,
}

/// Every state of the dataset that the map has, in the dataset's order, with its standing on
/// `day`.
pub fn states_at<'a>(ds: &'a Dataset, lang: Lang, day: Day) -> Vec<MapState<'a>> {
    roster_at(ds, day)
        .entries
        .into_iter()
        .filter_map(|entry| {
            let shape = shape(&entry.state.id)?;
            let standing = entry.standing.label(lang);
            let description = match entry.period {
                Some(p) => lang.fill(
                    Key::MapStateSince,
                    &[
                        ("state", &entry.state.name),
                        ("status", standing),
                        ("date", &lang.date(p.start)),
                    ],
                ),
                None => lang.fill(
                    Key::MapStateLabel,
                    &[("state", &entry.state.name), ("status", standing)],
                ),
            };
            Some(MapState {
                shape,
                name: &entry.state.name,
                standing: entry.standing,
                period: entry.period,
                description,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Status, bundled};

    #[test]
    fn every_state_and_afghanistan_is_on_the_map() {
        let ds = bundled().unwrap();
        for state in &ds.states {
            let s = shape(&state.id).unwrap_or_else(|| panic!("{} has no shape", state.id));
            assert!(s.d.starts_with('M'));
            let (x, y) = s.label;
            assert!(
                (0..WIDTH as i32).contains(&x) && (0..HEIGHT as i32).contains(&y),
                "{}",
                s.id
            );
        }
        assert!(shape(AFGHANISTAN).is_some());
        assert!(BORDER.starts_with('M'));
        assert!(ATTRIBUTION.contains("Natural Earth"));
    }

    #[test]
    fn standings_follow_the_date() {
        let ds = bundled().unwrap();
        let day = |y, m, d| Day::from_ymd(y, m, d).unwrap();
        let at = |d: Day, id: &str| {
            states_at(ds, Lang::ENGLISH, d)
                .into_iter()
                .find(|s| s.shape.id == id)
                .map(|s| (s.standing, s.period.map(|p| p.id.clone()), s.description))
                .unwrap()
        };
        assert_eq!(
            at(day(1999, 12, 31), "UZB"),
            (
                Standing::Is(Status::NotParty),
                Some("uzb-out".to_owned()),
                "Uzbekistan: Not a party (since 21 Apr 1999)".to_owned()
            )
        );
        assert_eq!(at(day(2025, 1, 1), "ARM").0, Standing::Is(Status::Frozen));
        assert_eq!(at(day(1992, 6, 1), "BLR").0, Standing::NotYetSigned);
        assert_eq!(at(day(1992, 6, 1), "BLR").1, None);
        assert_eq!(
            states_at(ds, Lang::ENGLISH, day(2000, 1, 1)).len(),
            ds.states.len()
        );
    }
}
