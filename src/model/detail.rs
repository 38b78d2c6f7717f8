//! What the detail panel shows for any selected record (a status period, an event, an aid record
//! or the programme): one shape for all of them, with dates announced versus effective, sources,
//! confidence and conflicts. Pure; tested natively.

use crate::data::{Confidence, Conflict, Dataset, DateKind, PartialDate, Source};

use super::format;
use crate::i18n::{Key, Lang};

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
    /// A stated amount in its source's own words, shown next to the value.
    pub wording: Option<SourceWords<'a>>,
    pub sources: Vec<&'a Source>,
    pub confidence: Confidence,
    pub conflict: Option<(String, Vec<&'a Source>)>,
}

/// A source's words, quoted in their own language (for the `lang` attribute).
#[derive(Clone, Debug, PartialEq)]
pub struct SourceWords<'a> {
    pub label: String,
    pub text: String,
    pub lang: String,
    pub source: Option<&'a Source>,
}

fn line(lang: Lang, label: &str, date: PartialDate, suffix: &str) -> DatedLine {
    DatedLine {
        label: label.to_owned(),
        datetime: date.iso(),
        text: format!("{}{suffix}", lang.date(date)),
    }
}

fn sources<'a>(ds: &'a Dataset, ids: &[String]) -> Vec<&'a Source> {
    ids.iter().filter_map(|id| ds.source(id)).collect()
}

fn conflict<'a>(ds: &'a Dataset, c: Option<&Conflict>) -> Option<(String, Vec<&'a Source>)> {
    c.map(|c| (c.note.clone(), sources(ds, &c.sources)))
}

/// The detail of the record with this id, or `None` for an unknown id.
pub fn detail<'a>(ds: &'a Dataset, lang: Lang, id: &str) -> Option<Detail<'a>> {
    if let Some(p) = ds.status_periods.iter().find(|p| p.id == id) {
        let mut dates: Vec<DatedLine> = p
            .announced
            .iter()
            .map(|a| DatedLine {
                label: lang.t(Key::Announced).to_owned(),
                datetime: a.date.iso(),
                text: format!("{}: {}", lang.date(a.date), a.text),
            })
            .collect();
        // "From" for plain periods; where the change had steps, say what the start date is.
        let start_label = if p.effective_note.is_some() || !p.announced.is_empty() {
            lang.start_basis(p.start_basis)
        } else {
            lang.t(Key::From)
        };
        dates.push(line(lang, start_label, p.start, ""));
        let until = lang.t(Key::Until);
        match p.end {
            // `end` is the first day after the period; where it is an exact day, the period's
            // own last day is named too, so "until 21 Apr" cannot be read as inclusive.
            Some(end) if end.is_exact_day() => dates.push(DatedLine {
                label: until.to_owned(),
                datetime: end.iso(),
                text: lang.fill(
                    Key::LastDay,
                    &[
                        ("date", &lang.date(end)),
                        ("last", &lang.day(end.first_day().add_days(-1))),
                    ],
                ),
            }),
            Some(end) => dates.push(line(lang, until, end, "")),
            None => dates.push(DatedLine {
                label: until.to_owned(),
                datetime: ds.as_of.iso(),
                text: lang.fill(Key::StillInPlace, &[("date", &lang.date(ds.as_of))]),
            }),
        }
        let mut facts = vec![(
            lang.t(Key::FactStatus).to_owned(),
            lang.status(p.status).to_owned(),
        )];
        if let Some(note) = &p.effective_note {
            facts.push((lang.t(Key::LegalEffect).to_owned(), note.clone()));
        }
        return Some(Detail {
            id: p.id.clone(),
            kind: lang.t(Key::KindStatusPeriod).to_owned(),
            title: p.title.clone(),
            subject: ds.state(&p.state).map(|s| s.name.clone()),
            dates,
            description: p.description.clone(),
            facts,
            wording: None,
            sources: sources(ds, &p.sources),
            confidence: p.confidence,
            conflict: conflict(ds, p.conflict.as_ref()),
        });
    }
    if let Some(e) = ds.events.iter().find(|e| e.id == id) {
        let collective = lang.t(Key::CollectiveDonor);
        let states: Vec<&str> = e
            .states
            .iter()
            .map(|s| ds.donor_name(s, collective))
            .collect();
        let mut facts = vec![(
            lang.t(Key::FactType).to_owned(),
            lang.event_kind(e.kind).to_owned(),
        )];
        if !states.is_empty() {
            facts.push((lang.t(Key::FactStates).to_owned(), states.join(", ")));
        }
        return Some(Detail {
            id: e.id.clone(),
            kind: lang.t(Key::KindEvent).to_owned(),
            title: e.title.clone(),
            subject: None,
            dates: vec![DatedLine {
                label: lang.t(Key::FactDate).to_owned(),
                datetime: e.date.iso(),
                text: lang.date_range(e.date, e.end_date),
            }],
            description: e.description.clone(),
            facts,
            wording: None,
            sources: sources(ds, &e.sources),
            confidence: e.confidence,
            conflict: conflict(ds, e.conflict.as_ref()),
        });
    }
    if let Some(a) = ds.assistance.iter().find(|a| a.id == id) {
        let qualifier = match a.date_kind {
            DateKind::On => "",
            DateKind::By => lang.t(Key::DateByNote),
            DateKind::Approx => lang.t(Key::DateApproxNote),
        };
        let mut dates = vec![line(lang, lang.t(Key::FactDate), a.date, qualifier)];
        if let Some(deadline) = a.deadline {
            dates.push(line(lang, lang.t(Key::Deadline), deadline, ""));
        }
        let kind = lang.aid_kind(a.kind);
        let mut facts = vec![
            (
                lang.t(Key::FactTrack).to_owned(),
                lang.track(a.track).to_owned(),
            ),
            (
                lang.t(Key::FactRecipient).to_owned(),
                lang.recipient(a.recipient).to_owned(),
            ),
            (
                lang.t(Key::FactValue).to_owned(),
                format::value(lang, &a.value)
                    .unwrap_or_else(|| lang.t(Key::ValueUndisclosedLong).to_owned()),
            ),
        ];
        for item in &a.items {
            facts.push((
                lang.t(Key::FactItems).to_owned(),
                format!("{}: {}", item.what, format::items(lang, item)),
            ));
        }
        facts.push((lang.t(Key::WhatItCounts).to_owned(), a.counts.clone()));
        if let Some(target) = a
            .relates_to
            .as_deref()
            .and_then(|t| ds.assistance.iter().find(|r| r.id == t))
        {
            let label = if a.relates_to_inferred {
                Key::AnswersInferred
            } else {
                Key::Answers
            };
            facts.push((lang.t(label).to_owned(), target.title.clone()));
        }
        let wording = a.value.wording.as_ref().map(|w| SourceWords {
            label: lang.t(Key::SourceWords).to_owned(),
            text: w.text.clone(),
            lang: w.lang.clone(),
            source: ds.source(&w.source),
        });
        return Some(Detail {
            id: a.id.clone(),
            kind: kind.to_owned(),
            title: a.title.clone(),
            subject: Some(
                ds.donor_name(&a.donor, lang.t(Key::CollectiveDonor))
                    .to_owned(),
            ),
            dates,
            description: a.description.clone(),
            facts,
            wording,
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
                let n = s.number.to_string();
                (
                    lang.fill(Key::StageLabel, &[("n", &n), ("years", &s.years())]),
                    format!("{}: {}", s.title, s.description),
                )
            })
            .collect();
        facts.push((
            lang.fill(Key::StatusAt, &[("date", &lang.date(p.status.date))]),
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
            kind: lang.t(Key::KindProgramme).to_owned(),
            title: p.title.clone(),
            subject: None,
            dates: vec![
                line(lang, lang.t(Key::Approved), p.approved, ""),
                DatedLine {
                    label: lang.t(Key::Runs).to_owned(),
                    datetime: p.runs_from.iso(),
                    text: lang.date_range(p.runs_from, Some(p.runs_to)),
                },
            ],
            description: lang.t(Key::ProgrammeDescription).to_owned(),
            facts,
            wording: None,
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
        let d = detail(ds, Lang::ENGLISH, "uzb-suspended").unwrap();
        let labels: Vec<_> = d
            .dates
            .iter()
            .map(|l| (l.label.as_str(), l.datetime.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Announced", "2012-06-28"),
                ("Effective", "2012-12-19"),
                ("Until", "2026-03-11")
            ]
        );
        assert_eq!(d.subject.as_deref(), Some("Uzbekistan"));
        assert!(d.sources.iter().any(|s| s.url.is_some()));
    }

    #[test]
    fn a_stated_amount_shows_its_sources_words() {
        let ds = bundled().unwrap();
        let d = detail(ds, Lang::ENGLISH, "rus-plan-2015").unwrap();
        assert!(
            d.facts
                .contains(&("Value".to_owned(), "about RUB 70 billion".to_owned()))
        );
        let words = d.wording.unwrap();
        assert_eq!(
            (words.text.as_str(), words.lang.as_str()),
            (
                "военно-техническую помощь в размере около 70 млрд рублей",
                "ru"
            )
        );
        assert_eq!(words.source.unwrap().publisher, "fair.ru");
        assert!(
            detail(ds, Lang::ENGLISH, "programme-2024")
                .unwrap()
                .wording
                .is_none()
        );
    }

    #[test]
    fn an_ended_period_names_its_last_day() {
        let ds = bundled().unwrap();
        let d = detail(ds, Lang::ENGLISH, "aze-party").unwrap();
        let until = d.dates.iter().find(|l| l.label == "Until").unwrap();
        assert_eq!(until.datetime, "1999-04-21");
        assert_eq!(until.text, "21 Apr 1999 (last day 20 Apr 1999)");
        let ru = Lang::from_code("ru").unwrap();
        let d = detail(ds, ru, "aze-party").unwrap();
        assert_eq!(d.dates.last().unwrap().label, "До");
    }

    #[test]
    fn a_link_that_is_our_inference_says_so() {
        let ds = bundled().unwrap();
        let answers = |id: &str| {
            detail(ds, Lang::ENGLISH, id)
                .unwrap()
                .facts
                .into_iter()
                .find(|(k, _)| k.starts_with("Answers"))
                .map(|(k, _)| k)
        };
        assert_eq!(
            answers("arm-trucks-2017").as_deref(),
            Some("Answers (our inference: no source links the two)")
        );
        assert_eq!(answers("blr-uniforms-2017"), None);
    }

    #[test]
    fn undisclosed_values_say_so() {
        let ds = bundled().unwrap();
        let d = detail(ds, Lang::ENGLISH, "programme-2024").unwrap();
        let value = d.facts.iter().find(|(k, _)| k == "Value").unwrap();
        assert!(value.1.starts_with("undisclosed"));
        let belarus = detail(ds, Lang::ENGLISH, "blr-pledge-2014").unwrap();
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
            let d = detail(ds, Lang::ENGLISH, id).unwrap_or_else(|| panic!("no detail for {id}"));
            assert!(!d.sources.is_empty(), "{id}");
        }
        assert!(detail(ds, Lang::ENGLISH, "no-such-record").is_none());
        assert!(detail(ds, Lang::ENGLISH, "<script>").is_none());
    }
}
