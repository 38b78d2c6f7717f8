//! "What changed between A and B": plain sentences generated from the data — who signed,
//! joined, left, returned, was suspended or froze its participation, and what aid was pledged
//! or reported delivered — after the first date up to and including the second (a date known
//! only to the month or year counts when all of it lies in the span), framed by the
//! roster on both days. Each sentence names its date and stands alone, so it can be quoted and
//! read by a screen reader. Pure; tested natively.

use crate::data::{AssistanceKind, Dataset, Day, PartialDate, StartBasis, Status, StatusPeriod};
use crate::i18n::{Key, Lang};

use super::assistance::short_label;
use super::roster::roster_at;

/// One dated change and the record it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeLine {
    pub day: Day,
    pub record_id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub from: Day,
    pub to: Day,
    /// The roster headline on each of the two days.
    pub before: String,
    pub after: String,
    pub lines: Vec<ChangeLine>,
    /// How many changes of each kind, in one sentence.
    pub summary: String,
}

impl Changes {
    /// Everything as plain text, one sentence per line: for copying into an article.
    pub fn as_text(&self) -> String {
        let mut out = vec![self.before.clone()];
        out.extend(self.lines.iter().map(|l| l.text.clone()));
        out.push(self.after.clone());
        out.push(self.summary.clone());
        out.join("\n")
    }
}

/// The period that ended as `p` began, for the same state.
fn previous<'a>(ds: &'a Dataset, p: &StatusPeriod) -> Option<&'a StatusPeriod> {
    ds.status_periods
        .iter()
        .find(|q| q.state == p.state && q.end == Some(p.start))
}

fn status_sentence(ds: &Dataset, lang: Lang, p: &StatusPeriod) -> String {
    let before = previous(ds, p).map(|q| q.status);
    let key = match (p.status, before) {
        (Status::Signatory, _) => Key::ChangeSigned,
        (Status::Member, Some(Status::NotParty | Status::Suspended)) => Key::ChangeReturned,
        (Status::Member, Some(Status::Frozen)) => Key::ChangeResumed,
        (Status::Member, _) => Key::ChangeJoined,
        (Status::Frozen, _) => Key::ChangeFroze,
        (Status::Suspended, _) => Key::ChangeSuspended,
        (Status::NotParty, _) => Key::ChangeLeft,
    };
    let state = ds
        .state(&p.state)
        .map_or(p.state.as_str(), |s| s.name.as_str());
    let mut text = lang.fill(key, &[("date", &lang.date(p.start)), ("state", state)]);
    match p.start_basis {
        StartBasis::Effective => {}
        StartBasis::Declared => text.push_str(lang.t(Key::ChangeDeclaredNote)),
        StartBasis::Signed => text.push_str(lang.t(Key::ChangeSignedNote)),
    }
    text
}

/// The changes after `a` up to and including `b` (the two may come in either order).
pub fn between(ds: &Dataset, lang: Lang, a: Day, b: Day) -> Changes {
    let (from, to) = if a <= b { (a, b) } else { (b, a) };
    // A date known only to the month or year counts when all of it lies in the span, so a
    // sentence never claims a change the span may not hold.
    let within = |date: PartialDate| from < date.first_day() && date.last_day() <= to;
    // (day, rank, order in the dataset, line): status changes before aid on the same day.
    let mut lines: Vec<(Day, u8, usize, ChangeLine)> = Vec::new();
    for (i, p) in ds.status_periods.iter().enumerate() {
        let day = p.start.first_day();
        if within(p.start) {
            let text = status_sentence(ds, lang, p);
            lines.push((day, 0, i, line(day, &p.id, text)));
        }
    }
    let (mut pledges, mut deliveries) = (0, 0);
    for (i, r) in ds.assistance.iter().enumerate() {
        let day = r.date.first_day();
        if !within(r.date) {
            continue;
        }
        let donor = ds.donor_name(&r.donor, lang.t(Key::CollectiveDonor));
        let key = match r.kind {
            AssistanceKind::Pledge => {
                pledges += 1;
                Key::ChangePledged
            }
            AssistanceKind::Delivery => {
                deliveries += 1;
                Key::ChangeDelivered
            }
            AssistanceKind::NoneReported => Key::ChangeNoneReported,
        };
        let text = lang.fill(
            key,
            &[
                ("date", &lang.date(r.date)),
                ("donor", donor),
                ("label", &short_label(lang, r)),
            ],
        );
        lines.push((day, 1, i, line(day, &r.id, text)));
    }
    lines.sort_by_key(|l| (l.0, l.1, l.2));
    let statuses = lines.iter().filter(|l| l.1 == 0).count() as u64;
    let summary = if lines.is_empty() {
        lang.t(Key::ChangesNone).to_owned()
    } else {
        lang.fill(
            Key::ChangesSummary,
            &[
                (
                    "statuses",
                    &lang.count(Key::ChangesStatusCount, statuses, &[]),
                ),
                (
                    "pledges",
                    &lang.count(Key::ChangesPledgeCount, pledges, &[]),
                ),
                (
                    "deliveries",
                    &lang.count(Key::ChangesDeliveryCount, deliveries, &[]),
                ),
            ],
        )
    };
    Changes {
        from,
        to,
        before: roster_at(ds, from).headline(lang),
        after: roster_at(ds, to).headline(lang),
        lines: lines.into_iter().map(|(.., l)| l).collect(),
        summary,
    }
}

fn line(day: Day, id: &str, text: String) -> ChangeLine {
    ChangeLine {
        day,
        record_id: id.to_owned(),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{bundled, bundled_in};

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn texts(c: &Changes) -> Vec<&str> {
        c.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn the_1999_split() {
        let ds = bundled().unwrap();
        let c = between(ds, Lang::ENGLISH, day(1999, 1, 1), day(2000, 1, 1));
        assert_eq!(
            texts(&c),
            [
                "21 Apr 1999: Azerbaijan was no longer a party to the treaty.",
                "21 Apr 1999: Georgia was no longer a party to the treaty.",
                "21 Apr 1999: Uzbekistan was no longer a party to the treaty.",
            ]
        );
        assert_eq!(c.before, "On 1 Jan 1999: 9 members.");
        assert_eq!(c.after, "On 1 Jan 2000: 6 members, 3 not a party.");
        assert_eq!(
            c.summary,
            "In between: 3 changes of status, 0 pledges and 0 reported deliveries."
        );
    }

    #[test]
    fn uzbekistan_returns_and_is_suspended_then_aid_follows() {
        let ds = bundled().unwrap();
        let c = between(ds, Lang::ENGLISH, day(2014, 1, 1), day(2006, 1, 1));
        assert_eq!(
            (c.from, c.to),
            (day(2006, 1, 1), day(2014, 1, 1)),
            "either order"
        );
        assert_eq!(
            texts(&c),
            [
                "16 Aug 2006: Uzbekistan returned as a member. The date is that of signing; when it took effect is not recorded.",
                "19 Dec 2012: Uzbekistan's membership was suspended.",
                "1 Aug 2013: Russia pledged aid: USD 150–200 million.",
                "23 Sep 2013: CSTO (collective) pledged aid: amount undisclosed.",
            ]
        );
    }

    #[test]
    fn armenia_freeze_is_marked_as_declared() {
        let ds = bundled().unwrap();
        let c = between(ds, Lang::ENGLISH, day(2024, 1, 1), day(2024, 12, 31));
        assert_eq!(
            texts(&c)[0],
            "22 Feb 2024: Armenia froze its participation (it remains a member in law). The date is that of a declaration, not of legal effect."
        );
        assert!(
            c.as_text().starts_with("On 1 Jan 2024: "),
            "{}",
            c.as_text()
        );
        // "2014" (year only) is not inside a span that ends on 1 January 2014.
        let c = between(ds, Lang::ENGLISH, day(2013, 12, 31), day(2014, 1, 1));
        assert!(c.lines.is_empty());
    }

    #[test]
    fn a_quiet_span_says_so() {
        let ds = bundled().unwrap();
        let c = between(ds, Lang::ENGLISH, day(2000, 1, 1), day(2000, 6, 1));
        assert!(c.lines.is_empty());
        assert_eq!(c.summary, Lang::ENGLISH.t(Key::ChangesNone));
        let same = between(ds, Lang::ENGLISH, day(1999, 4, 20), day(1999, 4, 20));
        assert!(
            same.lines.is_empty(),
            "after the first day, so an empty span"
        );
    }

    #[test]
    fn russian_sentences() {
        let ru = Lang::from_code("ru").unwrap();
        let ds = bundled_in("ru").unwrap();
        let c = between(ds, ru, day(1999, 1, 1), day(2000, 1, 1));
        assert_eq!(
            texts(&c)[0],
            "21 апреля 1999 г. — Азербайджан: уже не участник договора."
        );
        assert_eq!(
            c.summary,
            "За это время: 3 изменения статуса, 0 обязательств и 0 сообщений о поставках."
        );
    }
}
