//! What each view draws on, for its source line: how many records, from how many publishers.
//! Pure; tested natively.

use super::views::ViewKind;
use crate::data::Dataset;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub records: usize,
    pub publishers: usize,
}

/// The records a view draws and the publishers they cite.
pub fn of_view(ds: &Dataset, kind: ViewKind) -> Coverage {
    let periods = ds.status_periods.iter().map(|p| &p.sources);
    let events = ds.events.iter().map(|e| &e.sources);
    let aid = ds.assistance.iter().map(|a| &a.sources);
    let cited: Vec<&Vec<String>> = match kind {
        ViewKind::Timeline => periods.chain(events).collect(),
        ViewKind::Chart => aid.chain(std::iter::once(&ds.programme.sources)).collect(),
        ViewKind::Map | ViewKind::Roster => periods.collect(),
        ViewKind::Changes => periods.chain(aid).collect(),
    };
    let mut publishers: Vec<&str> = cited
        .iter()
        .flat_map(|ids| ids.iter())
        .filter_map(|id| ds.source(id))
        .map(|s| s.publisher.as_str())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    Coverage {
        records: cited.len(),
        publishers: publishers.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    #[test]
    fn each_view_counts_what_it_draws() {
        let ds = bundled().unwrap();
        let timeline = of_view(ds, ViewKind::Timeline);
        assert_eq!(timeline.records, ds.status_periods.len() + ds.events.len());
        assert!(timeline.publishers > 20);
        let chart = of_view(ds, ViewKind::Chart);
        assert_eq!(chart.records, ds.assistance.len() + 1);
        assert_eq!(of_view(ds, ViewKind::Map), of_view(ds, ViewKind::Roster));
        let changes = of_view(ds, ViewKind::Changes);
        assert_eq!(
            changes.records,
            ds.status_periods.len() + ds.assistance.len()
        );
    }
}
