//! Aid for Tajikistan's border, grouped the way the chart and its table show it: per donor on one
//! track (the collective CSTO track or bilateral aid), pledges apart from deliveries, with text
//! that never turns an undisclosed amount into a number. Pure; tested natively.

use crate::data::{AssistanceKind, AssistanceRecord, COLLECTIVE_DONOR, Dataset, Track};

use super::format;
use crate::i18n::{Key, Lang};

#[derive(Clone, Debug, PartialEq)]
pub struct DonorRow<'a> {
    pub donor: String,
    pub name: String,
    /// Pledges, in date order.
    pub pledges: Vec<&'a AssistanceRecord>,
    /// Deliveries and "none reported" statements, in date order.
    pub deliveries: Vec<&'a AssistanceRecord>,
}

impl DonorRow<'_> {
    /// True when no source reports anything delivered by this donor on this track.
    pub fn nothing_delivered(&self) -> bool {
        !self
            .deliveries
            .iter()
            .any(|r| r.kind == AssistanceKind::Delivery)
    }
}

/// Donor rows of a track: the organization first, then states in dataset order.
pub fn rows(ds: &Dataset, lang: Lang, track: Track) -> Vec<DonorRow<'_>> {
    let collective = lang.t(Key::CollectiveDonor);
    let donors = std::iter::once(COLLECTIVE_DONOR).chain(ds.states.iter().map(|s| s.id.as_str()));
    donors
        .filter_map(|donor| {
            let mut records: Vec<&AssistanceRecord> = ds
                .assistance
                .iter()
                .filter(|r| r.track == track && r.donor == donor)
                .collect();
            if records.is_empty() {
                return None;
            }
            // Ties broken by id: a total order, so the unstable (smaller) sort is deterministic.
            records.sort_unstable_by(|a, b| {
                a.date
                    .first_day()
                    .cmp(&b.date.first_day())
                    .then_with(|| a.id.cmp(&b.id))
            });
            let (pledges, deliveries) = records
                .into_iter()
                .partition(|r| r.kind == AssistanceKind::Pledge);
            Some(DonorRow {
                donor: donor.to_owned(),
                name: ds.donor_name(donor, collective).to_owned(),
                pledges,
                deliveries,
            })
        })
        .collect()
}

/// How many different publishers the records of a track cite.
pub fn publisher_count(ds: &Dataset, track: Track) -> usize {
    let mut publishers: Vec<&str> = ds
        .assistance
        .iter()
        .filter(|r| r.track == track)
        .flat_map(|r| r.sources.iter())
        .filter_map(|s| ds.source(s))
        .map(|s| s.publisher.as_str())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    publishers.len()
}

/// A short label for a chart mark: the stated value, else the counted items, else a plain
/// statement that the amount is undisclosed or nothing was reported.
pub fn short_label(lang: Lang, record: &AssistanceRecord) -> String {
    if record.kind == AssistanceKind::NoneReported {
        return lang.t(Key::NoneReported).to_owned();
    }
    let label = if let Some(value) = format::value(lang, &record.value) {
        value
    } else if let [item] = record.items.as_slice() {
        format::items(lang, item)
    } else if !record.items.is_empty() {
        // Several kinds of items: no one of them stands for the whole.
        lang.count(Key::KindsOfItems, record.items.len() as u64, &[])
    } else {
        lang.t(Key::AmountUndisclosed).to_owned()
    };
    if record.conflict.is_some() {
        lang.fill(Key::Disputed, &[("label", &label)])
    } else {
        label
    }
}

/// What the table's value column says for a record.
pub fn value_text(lang: Lang, record: &AssistanceRecord) -> String {
    let mut parts: Vec<String> = Vec::new();
    match format::value(lang, &record.value) {
        Some(v) => parts.push(v),
        None if record.kind == AssistanceKind::NoneReported => {
            parts.push(lang.t(Key::NoneReported).to_owned())
        }
        None => parts.push(lang.t(Key::Undisclosed).to_owned()),
    }
    parts.extend(record.items.iter().map(|item| format::items(lang, item)));
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    const EN: Lang = Lang::ENGLISH;

    #[test]
    fn tracks_keep_collective_and_bilateral_apart() {
        let ds = bundled().unwrap();
        let collective = rows(ds, EN, Track::Collective);
        let names: Vec<_> = collective.iter().map(|r| r.donor.as_str()).collect();
        assert_eq!(names, ["CSTO", "ARM", "BLR", "KGZ"]);
        let bilateral = rows(ds, EN, Track::Bilateral);
        let names: Vec<_> = bilateral.iter().map(|r| r.donor.as_str()).collect();
        assert_eq!(names, ["BLR", "KAZ", "RUS"]);
        let total: usize = collective
            .iter()
            .chain(&bilateral)
            .map(|r| r.pledges.len() + r.deliveries.len())
            .sum();
        assert_eq!(total, ds.assistance.len());
    }

    #[test]
    fn labels_never_invent_numbers() {
        let ds = bundled().unwrap();
        let get = |id: &str| ds.assistance.iter().find(|r| r.id == id).unwrap();
        assert_eq!(short_label(EN, get("blr-pledge-2014")), "USD 3 million");
        assert_eq!(
            short_label(EN, get("rus-rearm-2013")),
            "USD 150–200 million"
        );
        assert_eq!(short_label(EN, get("programme-2024")), "amount undisclosed");
        assert_eq!(short_label(EN, get("programme-none-2026")), "none reported");
        assert_eq!(short_label(EN, get("rus-brdm-2021")), "12 vehicles");
        assert_eq!(
            short_label(EN, get("rus-delivery-2017")),
            "USD 122 million (disputed)"
        );
        assert_eq!(
            short_label(EN, get("rus-plan-2015")),
            "about RUB 70 billion (disputed)"
        );
        assert_eq!(
            short_label(EN, get("kaz-ammunition-2021")),
            "3 kinds of items"
        );
        assert_eq!(short_label(EN, get("arm-trucks-2017")), "trucks (several)");
        assert_eq!(value_text(EN, get("sochi-pledge")), "undisclosed");
        for r in &ds.assistance {
            assert!(
                !short_label(EN, r).starts_with("USD 0") && !value_text(EN, r).contains(" 0 "),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn kyrgyzstan_delivered_nothing_reported() {
        let ds = bundled().unwrap();
        let rows = rows(ds, EN, Track::Collective);
        let kgz = rows.iter().find(|r| r.donor == "KGZ").unwrap();
        assert!(kgz.nothing_delivered());
        let csto = rows.iter().find(|r| r.donor == "CSTO").unwrap();
        assert!(
            csto.nothing_delivered(),
            "the programme has delivered nothing reported"
        );
    }
}
