//! "What changed in this version": our own corrections to the dataset in its current version,
//! each with the record it concerns as the page names it, what it said and says, why, and its
//! sources. Web addresses found for sources that had none are gathered apart, so the list of
//! corrections stays readable. Pure; tested natively.

use crate::data::{Change, Dataset, PartialDate, Source};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct ChangeEntry<'a> {
    pub change: &'a Change,
    /// The record's title as the page shows it (a correction's claim, a source's publisher and
    /// title), or its id when the record is not in the dataset.
    pub record_title: String,
    /// Whether the detail panel can open the record.
    pub selectable: bool,
    /// What it said and says, dates written in the reader's language.
    pub was: Option<String>,
    pub now: Option<String>,
    pub sources: Vec<&'a Source>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Changelog<'a> {
    pub version: &'a str,
    pub corrections: Vec<ChangeEntry<'a>>,
    /// Sources that gained a web address in this version.
    pub addresses: Vec<&'a Source>,
}

impl Changelog<'_> {
    pub fn is_empty(&self) -> bool {
        self.corrections.is_empty() && self.addresses.is_empty()
    }
}

/// The record's title as the page names it, and whether the detail panel shows it.
fn record_title(ds: &Dataset, id: &str) -> (String, bool) {
    let shown = |title: &str| (title.to_owned(), true);
    if let Some(p) = ds.status_periods.iter().find(|p| p.id == id) {
        return shown(&p.title);
    }
    if let Some(e) = ds.events.iter().find(|e| e.id == id) {
        return shown(&e.title);
    }
    if let Some(a) = ds.assistance.iter().find(|a| a.id == id) {
        return shown(&a.title);
    }
    if ds.programme.id == id {
        return shown(&ds.programme.title);
    }
    let title = if let Some(c) = ds.chapters.iter().find(|c| c.id == id) {
        c.title.clone()
    } else if let Some(c) = ds.corrections.iter().find(|c| c.id == id) {
        c.claim.clone()
    } else if let Some(s) = ds.source(id) {
        format!("{}: {}", s.publisher, s.title)
    } else {
        id.to_owned()
    };
    (title, false)
}

/// A date field's value in the reader's language; any other text as it is.
fn shown_value(lang: Lang, field: &str, value: &str) -> String {
    let is_date = matches!(field, "date" | "start" | "end" | "end_date" | "deadline");
    match PartialDate::parse(value) {
        Some(date) if is_date => lang.date(date),
        _ => value.to_owned(),
    }
}

/// The changes of the dataset's current version.
pub fn current(ds: &Dataset, lang: Lang) -> Changelog<'_> {
    let mut corrections = Vec::new();
    let mut addresses = Vec::new();
    for change in ds
        .changelog
        .iter()
        .filter(|c| c.version == ds.dataset_version)
    {
        let added_address = change.field == "url" && change.was.is_none();
        if let (true, Some(source)) = (added_address, ds.source(&change.record)) {
            addresses.push(source);
            continue;
        }
        let (record_title, selectable) = record_title(ds, &change.record);
        let show = |v: &Option<String>| v.as_deref().map(|v| shown_value(lang, &change.field, v));
        corrections.push(ChangeEntry {
            change,
            record_title,
            selectable,
            was: show(&change.was),
            now: show(&change.now),
            sources: change.sources.iter().filter_map(|s| ds.source(s)).collect(),
        });
    }
    Changelog {
        version: &ds.dataset_version,
        corrections,
        addresses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    #[test]
    fn the_current_version_lists_its_corrections_and_addresses_apart() {
        let ds = bundled().unwrap();
        let log = current(ds, Lang::ENGLISH);
        assert_eq!(log.version, "1.2.0");
        assert_eq!(log.addresses.len(), 35);
        assert!(log.addresses.iter().all(|s| s.url.is_some()));
        assert!(log.corrections.iter().all(|c| c.change.field != "url"));
        let find = |record: &str, field: &str| {
            log.corrections
                .iter()
                .find(|c| c.change.record == record && c.change.field == field)
                .unwrap()
        };
        let end = find("aze-party", "end");
        assert_eq!(end.record_title, "Azerbaijan, a party");
        assert!(end.selectable);
        assert_eq!(
            (end.was.as_deref(), end.now.as_deref()),
            (Some("20 Apr 1999"), Some("21 Apr 1999"))
        );
        let chapter = find("chapter-1999", "date");
        assert!(
            !chapter.selectable,
            "a chapter opens in story mode, not the panel"
        );
        let added = find("rus-radars-2019-02", "(record)");
        assert_eq!(added.was, None);
        assert!(added.sources.iter().any(|s| s.id == "tass-2019-02-25"));
        let source = find("gibler-unts", "note");
        assert!(source.record_title.starts_with("D. Gibler (book): "));
    }

    #[test]
    fn an_older_version_is_not_this_one() {
        let mut ds = bundled().unwrap().clone();
        ds.dataset_version = "1.3.0".into();
        assert!(current(&ds, Lang::ENGLISH).is_empty());
    }
}
