//! Who stood where on a given day: each state's status, grouped and counted, with a one-line
//! headline for announcements. Pure; tested natively.

use crate::data::{Dataset, Day, State, Status, StatusPeriod};
use crate::i18n::{Key, Lang};

/// A state's standing on a day, including "not yet a signatory", which no period records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    Is(Status),
    NotYetSigned,
}

impl Standing {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Standing::Is(s) => lang.status(s),
            Standing::NotYetSigned => lang.t(Key::NotYetSigned),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Standing::Is(s) => s.key(),
            Standing::NotYetSigned => "not-yet",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RosterEntry<'a> {
    pub state: &'a State,
    pub standing: Standing,
    pub period: Option<&'a StatusPeriod>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Roster<'a> {
    pub day: Day,
    /// In the dataset's state order.
    pub entries: Vec<RosterEntry<'a>>,
    /// The day is after the dataset's as-of date, so the roster repeats the last known status.
    pub unverified: bool,
}

/// The order groups are listed in: members first, then the ways of not being one.
pub const STANDING_ORDER: [Standing; 6] = [
    Standing::Is(Status::Member),
    Standing::Is(Status::Frozen),
    Standing::Is(Status::Suspended),
    Standing::Is(Status::Signatory),
    Standing::Is(Status::NotParty),
    Standing::NotYetSigned,
];

pub fn roster_at(ds: &Dataset, day: Day) -> Roster<'_> {
    let entries = ds
        .states
        .iter()
        .map(|state| {
            let period = ds.period_at(&state.id, day);
            let standing = period.map_or(Standing::NotYetSigned, |p| Standing::Is(p.status));
            RosterEntry {
                state,
                standing,
                period,
            }
        })
        .collect();
    Roster {
        day,
        entries,
        unverified: day > ds.as_of_day(),
    }
}

impl<'a> Roster<'a> {
    pub fn with(&self, standing: Standing) -> Vec<&RosterEntry<'a>> {
        self.entries
            .iter()
            .filter(|e| e.standing == standing)
            .collect()
    }

    pub fn count(&self, standing: Standing) -> usize {
        self.entries
            .iter()
            .filter(|e| e.standing == standing)
            .count()
    }

    /// Legal members, frozen ones included.
    pub fn member_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.standing, Standing::Is(s) if s.is_member()))
            .count()
    }

    /// "On 21 Apr 1999: 6 members, 3 not a party." — the line a screen reader hears.
    pub fn headline(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        let members = self.member_count() as u64;
        let frozen = self.count(Standing::Is(Status::Frozen));
        if members > 0 || self.count(Standing::Is(Status::Signatory)) == 0 {
            let counted = lang.count(Key::RosterMembers, members, &[]);
            if frozen > 0 {
                parts.push(lang.fill(
                    Key::RosterMembersFrozen,
                    &[("members", &counted), ("n", &lang.integer(frozen as u64))],
                ));
            } else {
                parts.push(counted);
            }
        }
        for (standing, key) in [
            (Standing::Is(Status::Suspended), Key::RosterSuspended),
            (Standing::Is(Status::Signatory), Key::RosterSignatories),
            (Standing::Is(Status::NotParty), Key::RosterNotParty),
            (Standing::NotYetSigned, Key::RosterNotYetSigned),
        ] {
            let n = self.count(standing);
            if n > 0 {
                parts.push(lang.fill(key, &[("n", &lang.integer(n as u64))]));
            }
        }
        lang.fill(
            Key::RosterHeadline,
            &[("date", &lang.day(self.day)), ("list", &parts.join(", "))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn ids(roster: &Roster, standing: Standing) -> Vec<String> {
        roster
            .with(standing)
            .iter()
            .map(|e| e.state.id.clone())
            .collect()
    }

    #[test]
    fn before_entry_into_force_there_are_signatories_only() {
        let ds = bundled().unwrap();
        let r = roster_at(ds, day(1993, 1, 1));
        assert_eq!(r.member_count(), 0);
        assert_eq!(r.count(Standing::Is(Status::Signatory)), 6);
        assert_eq!(ids(&r, Standing::NotYetSigned), ["AZE", "BLR", "GEO"]);
        assert_eq!(
            r.headline(Lang::ENGLISH),
            "On 1 Jan 1993: 6 signatories, treaty not yet in force, 3 not yet signed."
        );
    }

    #[test]
    fn nine_then_six_then_seven_then_six() {
        let ds = bundled().unwrap();
        assert_eq!(roster_at(ds, day(1994, 4, 20)).member_count(), 9);
        // 20 April 1999 is the three states' last day as parties.
        assert_eq!(roster_at(ds, day(1999, 4, 20)).member_count(), 9);
        let after = roster_at(ds, day(1999, 4, 21));
        assert_eq!(after.member_count(), 6);
        assert_eq!(
            ids(&after, Standing::Is(Status::NotParty)),
            ["AZE", "GEO", "UZB"]
        );
        assert_eq!(roster_at(ds, day(2008, 1, 1)).member_count(), 7);
        let suspended = roster_at(ds, day(2013, 1, 1));
        assert_eq!(suspended.member_count(), 6);
        assert_eq!(ids(&suspended, Standing::Is(Status::Suspended)), ["UZB"]);
    }

    #[test]
    fn armenia_frozen_but_still_counted_as_member() {
        let ds = bundled().unwrap();
        let r = roster_at(ds, day(2025, 6, 1));
        assert_eq!(r.member_count(), 6);
        assert_eq!(ids(&r, Standing::Is(Status::Frozen)), ["ARM"]);
        assert_eq!(
            r.headline(Lang::ENGLISH),
            "On 1 Jun 2025: 6 members (1 with participation frozen), 1 suspended, 2 not a party."
        );
        assert!(!r.unverified);
        assert!(roster_at(ds, day(2026, 11, 1)).unverified);
    }
}
