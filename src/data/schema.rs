//! The dataset's shape, as serde types that reject unknown fields. One file holds everything:
//! states, sources, status periods, events, assistance records, the border programme, our
//! corrections and the story's chapters. Pure: no web crate; tested natively.

use serde::{Deserialize, Serialize};

use super::date::{Day, PartialDate};

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub dataset_version: String,
    /// The day up to which the facts were checked; later status is not verified.
    pub as_of: PartialDate,
    pub coverage_note: String,
    pub title: String,
    pub licence: String,
    pub states: Vec<State>,
    pub sources: Vec<Source>,
    pub status_periods: Vec<StatusPeriod>,
    pub events: Vec<Event>,
    pub assistance: Vec<AssistanceRecord>,
    pub programme: Programme,
    pub corrections: Vec<Correction>,
    /// The story told in order, for story mode; a dataset may have none.
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    /// Our own corrections to earlier versions of this dataset, newest version first; a
    /// dataset may have none.
    #[serde(default)]
    pub changelog: Vec<Change>,
}

/// One correction we made to our own dataset: which record and field, what it said before and
/// what it says now, why, and the source that settles it. Apart from `corrections`, which are
/// about the article this project started from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub id: String,
    /// The dataset version that made the change ("1.2.0").
    pub version: String,
    /// The id of the record changed (or added, or removed).
    pub record: String,
    /// The field changed ("description", "value.qualifier", "end"); "(record)" for a record
    /// added or removed as a whole.
    pub field: String,
    /// What it said before; left out for a record or field that is new.
    #[serde(default)]
    pub was: Option<String>,
    /// What it says now; left out for a record or field that was removed.
    #[serde(default)]
    pub now: Option<String>,
    pub why: String,
    pub sources: Vec<String>,
}

/// One step of the story: a short narrative in our own words up to `date`, the records it
/// points at on the timeline, map and chart, and its sources.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub id: String,
    /// What the chapter reaches: in predict-and-reveal, nothing later is shown.
    pub date: PartialDate,
    pub title: String,
    pub text: String,
    /// Ids of the status periods, events and aid records it is about.
    pub highlights: Vec<String>,
    pub sources: Vec<String>,
    /// The graphic shown beside the chapter's text when it is a slide; the timeline by default.
    #[serde(default)]
    pub visual: Option<ChapterVisual>,
    /// The stretch of time the timeline shows for the chapter (from the first day of `from` to
    /// the last of `to`); the whole story by default.
    #[serde(default)]
    pub span: Option<Span>,
}

/// The graphic a chapter's slide shows.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ChapterVisual {
    /// The timeline, zoomed to the chapter's `span`, its records highlighted.
    Timeline,
    /// The aid chart, its marks highlighted.
    Chart,
    /// The map on the chapter's date.
    Map,
}

/// A stretch of time, as precise as its ends: `{"from": "2012", "to": "2013-06"}` runs from
/// 1 January 2012 to 30 June 2013.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub from: PartialDate,
    pub to: PartialDate,
}

/// A state that was ever a party, keyed by its ISO 3166-1 alpha-3 code.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    /// The published title; a title in [square brackets] is our description of an untitled item.
    pub title: String,
    #[serde(default)]
    pub date: Option<PartialDate>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// The CSS/data key; the words are in `i18n`.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// Where sources disagree: what they disagree on, and which sources are involved.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub note: String,
    pub sources: Vec<String>,
}

/// A state's standing towards the treaty and the organization during a period.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Signed, but the treaty was not yet in force.
    Signatory,
    /// A party to the treaty and, from 2002, a member of the organization.
    Member,
    /// A member whose participation is frozen by its own declaration; legally still a member.
    Frozen,
    /// Membership suspended by a decision of the organization.
    Suspended,
    /// Left, or did not renew the treaty.
    NotParty,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Member,
        Status::Frozen,
        Status::Suspended,
        Status::Signatory,
        Status::NotParty,
    ];

    /// The CSS/pattern key shared by the timeline, the roster and the legend.
    pub fn key(self) -> &'static str {
        match self {
            Status::Signatory => "signatory",
            Status::Member => "member",
            Status::Frozen => "frozen",
            Status::Suspended => "suspended",
            Status::NotParty => "not-party",
        }
    }

    /// Legally a member (a frozen member still is one).
    pub fn is_member(self) -> bool {
        matches!(self, Status::Member | Status::Frozen)
    }
}

/// A dated step towards a change of status, before it took legal effect.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    pub date: PartialDate,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StartBasis {
    #[default]
    Effective,
    Declared,
    Signed,
}

/// One state's status from `start` (inclusive) until `end` (exclusive) or, without `end`, until
/// today. `start` is the legally effective date where there is one; `announced` keeps the
/// earlier steps (a note sent, a note confirmed, an interview).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StatusPeriod {
    pub id: String,
    pub state: String,
    pub status: Status,
    pub start: PartialDate,
    /// What `start` is: the legal effect (the default), a declaration without legal effect
    /// (Armenia's freeze), or the signing of an instrument whose entry into force is unknown.
    #[serde(default)]
    pub start_basis: StartBasis,
    #[serde(default)]
    pub end: Option<PartialDate>,
    #[serde(default)]
    pub announced: Vec<Announcement>,
    #[serde(default)]
    pub effective_note: Option<String>,
    pub title: String,
    pub description: String,
    pub sources: Vec<String>,
    pub confidence: Confidence,
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

impl StatusPeriod {
    /// Whether the period covers `day`.
    pub fn covers(&self, day: Day) -> bool {
        self.start.first_day() <= day && self.end.is_none_or(|end| day < end.first_day())
    }
}

/// Which lane an event is drawn on: the organization's own, or that of its single state.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Lane {
    Organization,
    State,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Treaty,
    Institution,
    Membership,
    Border,
}

impl EventKind {
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Treaty => "treaty",
            EventKind::Institution => "institution",
            EventKind::Membership => "membership",
            EventKind::Border => "border",
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: PartialDate,
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    pub lane: Lane,
    pub kind: EventKind,
    pub states: Vec<String>,
    pub title: String,
    pub description: String,
    pub sources: Vec<String>,
    pub confidence: Confidence,
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Aid given in the name of the CSTO's 2013 decision or its 2024 programme.
    Collective,
    /// Aid from one member to Tajikistan under their own agreements.
    Bilateral,
}

impl Track {
    pub const ALL: [Track; 2] = [Track::Collective, Track::Bilateral];

    pub fn key(self) -> &'static str {
        match self {
            Track::Collective => "collective",
            Track::Bilateral => "bilateral",
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum AssistanceKind {
    /// A promise, decision or signed agreement to give.
    Pledge,
    /// Something reported as handed over.
    Delivery,
    /// A dated statement that nothing has been delivered yet.
    NoneReported,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// The Border Troops of Tajikistan's State Committee for National Security.
    BorderTroops,
    /// Tajikistan's armed forces (Ministry of Defence).
    ArmedForces,
    NotStated,
}

/// A money value exactly as a source states it; no source, no number. A flat struct rather
/// than a tagged enum: serde's tagged enums buffer their input and cost the wasm binary ~8 KB;
/// `amount()` gives the checked, enum-shaped view and validation rejects mixed fields.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Value {
    pub status: ValueStatus,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub amount: Option<f64>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    /// How the source hedges the figure; shown before it. Must agree with `wording`.
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// The source's own words for the amount, verbatim and in its language, so a reader can
    /// check our number against them.
    #[serde(default)]
    pub wording: Option<Wording>,
}

/// How a source hedges a figure. Written in the file as the English words.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Qualifier {
    #[serde(rename = "about")]
    About,
    #[serde(rename = "up to")]
    UpTo,
    #[serde(rename = "more than")]
    MoreThan,
    #[serde(rename = "at least")]
    AtLeast,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
    ];

    /// The words as the file writes them.
    pub fn code(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::UpTo => "up to",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
        }
    }
}

/// A source's own words for an amount ("worth about 320 million rubles", «около 70 млрд
/// рублей»), quoted exactly.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub text: String,
    /// The words' language, as a BCP 47 code ("en", "ru").
    pub lang: String,
    /// The source quoted: one of the record's sources.
    pub source: String,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ValueStatus {
    /// A source states one amount.
    Stated,
    /// A source states a range ("USD 150–200 million").
    StatedRange,
    /// No source states an amount. Never shown or summed as zero.
    Undisclosed,
}

/// What a [`Value`] says, once its fields agree with its status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount<'a> {
    Stated {
        currency: &'a str,
        amount: f64,
    },
    Range {
        currency: &'a str,
        min: f64,
        max: f64,
    },
    Undisclosed,
    /// The fields do not match the status; validation reports it.
    Malformed,
}

impl Value {
    pub const UNDISCLOSED: Value = Value {
        status: ValueStatus::Undisclosed,
        currency: None,
        amount: None,
        min: None,
        max: None,
        qualifier: None,
        wording: None,
    };

    pub fn amount(&self) -> Amount<'_> {
        let currency = self.currency.as_deref();
        match (self.status, currency, self.amount, self.min, self.max) {
            (ValueStatus::Stated, Some(currency), Some(amount), None, None) => {
                Amount::Stated { currency, amount }
            }
            (ValueStatus::StatedRange, Some(currency), None, Some(min), Some(max)) => {
                Amount::Range { currency, min, max }
            }
            (ValueStatus::Undisclosed, None, None, None, None) => Amount::Undisclosed,
            _ => Amount::Malformed,
        }
    }
}

/// A counted thing: `count` where a source gives a number, `count_text` where it only says
/// "several" or is ambiguous.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Items {
    pub what: String,
    pub unit: String,
    #[serde(default)]
    pub count: Option<u64>,
    #[serde(default)]
    pub count_text: Option<String>,
}

/// How a record's date relates to what happened.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// It happened on that date.
    #[default]
    On,
    /// It was reported as done by that date; when exactly is not known.
    By,
    /// The date is approximate.
    Approx,
}

/// The donor "CSTO" stands for the organization acting collectively.
pub const COLLECTIVE_DONOR: &str = "CSTO";

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AssistanceRecord {
    pub id: String,
    pub date: PartialDate,
    #[serde(default)]
    pub date_kind: DateKind,
    /// A pledge's own deadline, where it set one.
    #[serde(default)]
    pub deadline: Option<PartialDate>,
    pub track: Track,
    pub donor: String,
    pub kind: AssistanceKind,
    pub recipient: Recipient,
    pub value: Value,
    pub items: Vec<Items>,
    /// What the value or items count.
    pub counts: String,
    pub title: String,
    pub description: String,
    pub sources: Vec<String>,
    pub confidence: Confidence,
    #[serde(default)]
    pub conflict: Option<Conflict>,
    /// The pledge a delivery answers, where sources (or a stated inference) link them.
    #[serde(default)]
    pub relates_to: Option<String>,
    /// True when no source links the two and `relates_to` is our own inference; shown so.
    #[serde(default)]
    pub relates_to_inferred: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub id: String,
    pub title: String,
    pub approved: PartialDate,
    pub runs_from: PartialDate,
    pub runs_to: PartialDate,
    pub stages: Vec<Stage>,
    pub status: ProgrammeStatus,
    pub sources: Vec<String>,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub number: u32,
    pub from_year: i32,
    pub to_year: i32,
    pub title: String,
    pub description: String,
}

impl Stage {
    /// "2025" or "2026–2027".
    pub fn years(&self) -> String {
        if self.from_year == self.to_year {
            self.from_year.to_string()
        } else {
            format!("{}–{}", self.from_year, self.to_year)
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeStatus {
    pub date: PartialDate,
    pub text: String,
    pub sources: Vec<String>,
}

/// An error in the article this project started from, and what the sources say instead.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub id: String,
    pub claim: String,
    pub correction: String,
    pub sources: Vec<String>,
    pub confidence: Confidence,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn state(&self, id: &str) -> Option<&State> {
        self.states.iter().find(|s| s.id == id)
    }

    /// The state's name, `collective` for the organization, or the raw id.
    pub fn donor_name<'a>(&'a self, id: &'a str, collective: &'a str) -> &'a str {
        if id == COLLECTIVE_DONOR {
            collective
        } else {
            self.state(id).map_or(id, |s| s.name.as_str())
        }
    }

    /// The as-of date as a day (validation guarantees it is exact).
    pub fn as_of_day(&self) -> Day {
        self.as_of.last_day()
    }

    /// 1 January of the year of the dataset's earliest status period, event or aid record (the
    /// as-of year for a dataset with none): where the axis and the roster begin. 1992 for the
    /// bundled data; another alliance's dataset begins where its own story does.
    pub fn first_day(&self) -> Day {
        let earliest = self
            .status_periods
            .iter()
            .map(|p| p.start.year)
            .chain(self.events.iter().map(|e| e.date.year))
            .chain(self.assistance.iter().map(|a| a.date.year))
            .min()
            .unwrap_or(self.as_of.year)
            .min(self.as_of.year);
        Day::from_ymd(earliest, 1, 1).unwrap_or_else(|| self.as_of.first_day())
    }

    /// How many records the dataset holds, every array entry counted (programme stages,
    /// announcements and aid items included): what the load limit counts.
    pub fn record_count(&self) -> usize {
        self.states.len()
            + self.sources.len()
            + self.status_periods.len()
            + self
                .status_periods
                .iter()
                .map(|p| p.announced.len())
                .sum::<usize>()
            + self.events.len()
            + self.assistance.len()
            + self.assistance.iter().map(|a| a.items.len()).sum::<usize>()
            + 1
            + self.programme.stages.len()
            + self.corrections.len()
            + self.chapters.len()
            + self.changelog.len()
    }

    /// The status period of `state` that covers `day`, if any.
    pub fn period_at(&self, state: &str, day: Day) -> Option<&StatusPeriod> {
        self.status_periods
            .iter()
            .find(|p| p.state == state && p.covers(day))
    }
}
