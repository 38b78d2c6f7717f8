//! What the detail panel shows for any selected record (a status period, an event, an aid record
//! or the programme): one shape for all of them, with dates announced versus effective, sources,
//! confidence and conflicts. Pure; tested natively.

use crate::data::{Confidence, Conflict, Dataset, DateKind, PartialDate, Source};

use super::format;
use super::timeline::date_range_text;

#[derive(Clone, Debug, PartialEq)]
pub struct DatedLine {
    pub label: String,
    /// ISO form for `<time datetime>`.
    pub datetime: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Detail<'a> {
    pub id: String,
    /// "Status period", "Event", "Pledge", …
    pub kind: String,
    pub title: String,
    /// The state or donor it concerns, if one.
    pub subject: Option<String>,
    pub dates: Vec<DatedLine>,
    pub description: String,
    /// Extra labelled facts ("Value", "Recipient", …).
    pub facts: Vec<(String, String)>,
    pub sources: Vec<&'a Source>,
    pub confidence: Confidence,
    pub conflict: Option<(String, Vec<&'a Source>)>,
}

fn line(label: &str, date: PartialDate, suffix: &str) -> DatedLine {
    DatedLine {
        label: label.to_owned(),
        datetime: date.iso(),
        text: format!("{}{suffix}", date.display()),
    }
}

fn sources<'a>(ds: &'a Dataset, ids: &[String]) -> Vec<&'a Source> {
    ids.iter().filter_map(|id| ds.source(id)).collect()
}

fn conflict<'a>(ds: &'a Dataset, c: Option<&Conflict>) -> Option<(String, Vec<&'a Source>)> {
    c.map(|c| (c.note.clone(), sources(ds, &c.sources)))
}

/// The detail of the record with this id, or `None` for an unknown id.
pub fn detail<'a>(ds: &'a Dataset, id: &str) -> Option<Detail<'a>> {
    if let Some(p) = ds.status_periods.iter().find(|p| p.id == id) {
        let mut dates: Vec<DatedLine> = p
            .announced
            .iter()
            .map(|a| DatedLine {
                label: "Announced".to_owned(),
                datetime: a.date.iso(),
                text: format!("{}: {}", a.date.display(), a.text),
            })
            .collect();
        // "From" for plain periods; where the change had steps, say what the start date is.
        let start_label = if p.effective_note.is_some() || !p.announced.is_empty() {
            p.start_basis.label()
        } else {
            "From"
        };
        dates.push(line(start_label, p.start, ""));
        match p.end {
            Some(end) => dates.push(line("Until", end, "")),
            None => dates.push(DatedLine {
                label: "Until".to_owned(),
                datetime: ds.as_of.iso(),
                text: format!(
                    "still in place at {} (the latest date checked)",
                    ds.as_of.display()
                ),
            }),
        }
        let mut facts = vec![("Status".to_owned(), p.status.label().to_owned())];
        if let Some(note) = &p.effective_note {
            facts.push(("Legal effect".to_owned(), note.clone()));
        }
        return Some(Detail {
            id: p.id.clone(),
            kind: "Status period".to_owned(),
            title: p.title.clone(),
            subject: ds.state(&p.state).map(|s| s.name.clone()),
            dates,
            description: p.description.clone(),
            facts,
            sources: sources(ds, &p.sources),
            confidence: p.confidence,
            conflict: conflict(ds, p.conflict.as_ref()),
        });
    }
    if let Some(e) = ds.events.iter().find(|e| e.id == id) {
        let states: Vec<&str> = e.states.iter().map(|s| ds.donor_name(s)).collect();
        let mut facts = vec![("Type".to_owned(), e.kind.label().to_owned())];
        if !states.is_empty() {
            facts.push(("States".to_owned(), states.join(", ")));
        }
        return Some(Detail {
            id: e.id.clone(),
            kind: "Event".to_owned(),
            title: e.title.clone(),
            subject: None,
            dates: vec![DatedLine {
                label: "Date".to_owned(),
                datetime: e.date.iso(),
                text: date_range_text(e.date, e.end_date),
            }],
            description: e.description.clone(),
            facts,
            sources: sources(ds, &e.sources),
            confidence: e.confidence,
            conflict: conflict(ds, e.conflict.as_ref()),
        });
    }
    if let Some(a) = ds.assistance.iter().find(|a| a.id == id) {
        let qualifier = match a.date_kind {
            DateKind::On => "",
            DateKind::By => " (reported as done by then; exact date not stated)",
            DateKind::Approx => " (approximate)",
        };
        let mut dates = vec![line("Date", a.date, qualifier)];
        if let Some(deadline) = a.deadline {
            dates.push(line("Deadline", deadline, ""));
        }
        let kind = a.kind.label();
        let mut facts = vec![
            ("Track".to_owned(), a.track.label().to_owned()),
            ("Recipient".to_owned(), a.recipient.label().to_owned()),
            (
                "Value".to_owned(),
                format::value(&a.value)
                    .unwrap_or_else(|| "undisclosed (no source states an amount)".to_owned()),
            ),
        ];
        for item in &a.items {
            facts.push((
                "Items".to_owned(),
                format!("{}: {}", item.what, format::items(item)),
            ));
        }
        facts.push(("What it counts".to_owned(), a.counts.clone()));
        if let Some(target) = a
            .relates_to
            .as_deref()
            .and_then(|t| ds.assistance.iter().find(|r| r.id == t))
        {
            facts.push(("Answers".to_owned(), target.title.clone()));
        }
        return Some(Detail {
            id: a.id.clone(),
            kind: kind.to_owned(),
            title: a.title.clone(),
            subject: Some(ds.donor_name(&a.donor).to_owned()),
            dates,
            description: a.description.clone(),
            facts,
            sources: sources(ds, &a.sources),
            confidence: a.confidence,
            conflict: conflict(ds, a.conflict.as_ref()),
        });
    }
    if ds.programme.id == id {
        let p = &ds.programme;
        let mut facts: Vec<(String, String)> = p
            .stages
            .iter()
            .map(|s| {
                let years = s.years();
                (
                    format!("Stage {} ({years})", s.number),
                    format!("{}: {}", s.title, s.description),
                )
            })
            .collect();
        facts.push((
            format!("Status at {}", p.status.date.display()),
            p.status.text.clone(),
        ));
        let mut all_sources = p.sources.clone();
        all_sources.extend(
            p.status
                .sources
                .iter()
                .filter(|s| !p.sources.contains(s))
                .cloned(),
        );
        return Some(Detail {
            id: p.id.clone(),
            kind: "Programme".to_owned(),
            title: p.title.clone(),
            subject: None,
            dates: vec![
                line("Approved", p.approved, ""),
                DatedLine {
                    label: "Runs".to_owned(),
                    datetime: p.runs_from.iso(),
                    text: format!("{} – {}", p.runs_from.display(), p.runs_to.display()),
                },
            ],
            description: "The CSTO's programme to equip Tajikistan's border with Afghanistan. No total cost or per-country share has been published.".to_owned(),
            facts,
            sources: sources(ds, &all_sources),
            confidence: p.confidence,
            conflict: None,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    #[test]
    fn uzbekistan_2012_keeps_announced_and_effective_dates() {
        let ds = bundled().unwrap();
        let d = detail(ds, "uzb-suspended").unwrap();
        let labels: Vec<_> = d
            .dates
            .iter()
            .map(|l| (l.label.as_str(), l.datetime.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Announced", "2012-06-20"),
                ("Announced", "2012-06-28"),
                ("Effective", "2012-12-19"),
                ("Until", "2026-03-11")
            ]
        );
        assert_eq!(d.subject.as_deref(), Some("Uzbekistan"));
        assert!(d.sources.iter().any(|s| s.url.is_some()));
    }

    #[test]
    fn undisclosed_values_say_so() {
        let ds = bundled().unwrap();
        let d = detail(ds, "programme-2024").unwrap();
        let value = d.facts.iter().find(|(k, _)| k == "Value").unwrap();
        assert!(value.1.starts_with("undisclosed"));
        let belarus = detail(ds, "blr-pledge-2014").unwrap();
        assert!(
            belarus
                .facts
                .contains(&("Value".to_owned(), "USD 3 million".to_owned()))
        );
    }

    #[test]
    fn every_record_has_a_detail_and_unknown_ids_have_none() {
        let ds = bundled().unwrap();
        let ids = ds
            .status_periods
            .iter()
            .map(|p| &p.id)
            .chain(ds.events.iter().map(|e| &e.id))
            .chain(ds.assistance.iter().map(|a| &a.id))
            .chain(std::iter::once(&ds.programme.id));
        for id in ids {
            let d = detail(ds, id).unwrap_or_else(|| panic!("no detail for {id}"));
            assert!(!d.sources.is_empty(), "{id}");
        }
        assert!(detail(ds, "no-such-record").is_none());
        assert!(detail(ds, "<script>").is_none());
    }
}
