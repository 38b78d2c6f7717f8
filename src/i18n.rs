//! The interface's languages: every string the app writes itself, looked up by [`Key`] in one
//! table per language, plus each language's plural rule, month names and number separators
//! (`i18n/<code>.rs`). Dataset texts are translated separately (`data::translate`).
//!
//! English, the fallback, is compiled in (`i18n/en.rs`). Every other language's strings are a
//! JSON file (`i18n/<code>.json`, keyed by [`Key`] name): natively compiled in, and in the
//! browser fetched with the language's dataset texts (see [`interface_text`]), so the wasm does
//! not carry every language.
//!
//! Adding a language is two files plus two lines: copy `i18n/ru.rs` to `i18n/<code>.rs` and set
//! its conventions, write `i18n/<code>.json` (a key it lacks falls back to English), list it in
//! `INTERFACE_FILES` and add the code to the `languages!` list below. It is offered to readers
//! once its table is complete and `switched_on` is true; a test fails when a switched-on
//! language lacks any key. Pure: no web crate; tested natively.

use std::sync::Mutex;

use crate::data::{
    AssistanceKind, Confidence, Day, EventKind, PartialDate, Qualifier, Recipient, StartBasis,
    Status, Track,
};

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// Every string the interface writes. Values may hold `{name}` placeholders; plural
        /// values hold one form per plural category, separated by `|`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
            /// Each key's name, as the languages' JSON files spell it; in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($key)),*];
            /// A hash of each name, in the order of `ALL`: the browser matches a fetched file's
            /// names by these, so the names themselves stay out of the wasm (a test checks that
            /// no two collide).
            const NAME_HASHES: [u32; Key::NAMES.len()] = {
                let mut out = [0; Key::NAMES.len()];
                let mut i = 0;
                while i < out.len() {
                    out[i] = name_hash(Key::NAMES[i]);
                    i += 1;
                }
                out
            };
        }
    };
}

keys! {
    // The static page around the app (index.html), replaced at start-up.
    PageTitle, Kicker, Headline, Dek, DekLink, SkipLink, Loading, TextsNotLoaded,
    // Page chrome and controls.
    AsOfLine, CorrectionsLink, SourcesLink, ThemeLabel, ThemeAuto, ThemeLight, ThemeDark,
    LanguageLabel, DetailsLabel, DetailEmpty, TimelineTitle, TimelineDek, FullExplorer,
    // Announcements for the live region.
    AnnounceProjectorOn, AnnounceProjectorOff, ProjectorLabel,
    AnnounceSelected, AnnounceClosed, AnnounceTheme, AnnounceTrack, AnnounceLanguage,
    // Statuses and other labels from the data's vocabulary.
    StatusSignatory, StatusMember, StatusFrozen, StatusSuspended, StatusNotParty, NotYetSigned,
    BasisEffective, BasisDeclared, BasisSigned,
    KindTreaty, KindInstitution, KindMembership, KindBorder,
    TrackCollective, TrackBilateral,
    AidPledge, AidDelivery, AidNoneReported,
    RecipientBorderTroops, RecipientArmedForces, RecipientNotStated,
    RecipientForBorderTroops, RecipientForArmedForces, RecipientPhraseNotStated,
    ConfidenceHigh, ConfidenceMedium, ConfidenceLow,
    CollectiveDonor, OrganizationLane,
    // Dates and numbers.
    DateDay, DateMonth, DateYear, DateRange, Since, Thousand, Million, Billion, MoneyPattern,
    CurrencyUsd, CurrencyRub,
    // Timeline.
    TimelineKey, LegendEvent, LegendBorderEvent, LegendUnverified, TimelineGroup, TodayMarker,
    RosterMarker, AxisHint, PeriodTooltip, ListSummary, ChronologyTitle,
    // Roster and its date.
    RosterDate, ExactDay, SliderHint, RosterOn, RosterAfterAsOf, RosterHeadline, RosterMembers,
    RosterMembersFrozen, RosterSuspended, RosterSignatories, RosterNotParty, RosterNotYetSigned,
    // Detail panel.
    CloseDetails, ConfidenceLine, SourcesDisagree, SourcesHeading, Announced, From, Until,
    StillInPlace, FactStatus, LegalEffect, KindStatusPeriod, FactType, FactStates, KindEvent,
    FactDate, DateByNote, DateApproxNote, Deadline, FactTrack, FactRecipient, FactValue,
    ValueUndisclosedLong, FactItems, WhatItCounts, Answers, StageLabel, StatusAt, KindProgramme,
    Approved, Runs, ProgrammeDescription, LastDay, SourceWords, SourceWordsBy, AnswersInferred,
    QualifierAbout, QualifierUpTo, QualifierMoreThan, QualifierAtLeast,
    // The aid chart.
    ChartTitle, ChartDek, TrackSwitchLabel, ChartKey, LegendPledge, LegendPledgeOpen,
    LegendDelivery, LegendNone, LegendDeadline, Units, SourceLine, TableSummary, TableCaption,
    ColumnDonor, ColumnDate, ColumnKind, ColumnValue, ColumnRecipient, ColumnConfidence,
    ColumnSource, ProgrammeLine, ProgrammeStatus, ProgrammeDetails, NoneReported, KindsOfItems,
    AmountUndisclosed, Disputed, Undisclosed, MarkPledged, MarkDelivered, MarkNoneReported,
    MarkDescription, MarkSource, MarkDisputed, MarkWording, ChartNoDelivery, ChartDeadline, ChartCheckedTo,
    FirstDeliveriesBy, FirstDeliveryOn, ChartSvgTitle, ChartSummary, ChartDeadlineSentence,
    ChartNothingFrom,
    // Citing the data.
    CiteTitle, CiteIntro, CiteVersion, CiteCheckedTo, CiteDigest, CiteLicence, CiteSuggested,
    CiteLine, CiteData, CiteCorrections, ChangelogTitle, ChangelogIntro,
    ChangelogWas, ChangelogNow, ChangelogWhy, ChangelogAdded, ChangelogRemoved, ChangelogSources,
    ChangelogLink, ChangelogAddresses,
    // Sharing, embedding and downloads.
    ShareTitle, ShareIntro, LinkLabel, CopyLink, CopyCode, Copied, CopyFailed, EmbedOpen,
    EmbedTitle, EmbedIntro, EmbedSync, EmbedLocalFile, EmbedFrameTitle, CloseDialog,
    DownloadTimeline, DownloadChart, DownloadData, ObjectTimeline, ObjectChart, ObjectData,
    DownloadAs, FormatSvg, FormatPng, FormatCsv,
    FormatJson, DownloadNote, ExportFailed, ExportSource, ExportChartSubtitle, ReadmeText,
    ReadmeLanguage, OfflineCopy, OfflineLink, OfflineNote,
    // Story mode.
    StoryOpen, StoryOpenHint, StoryLabel, StoryProgress, StoryPrevious, StoryNext, StoryReveal,
    StoryRevealHint, StoryFullscreen, StoryLeave, StoryKeys, StorySources, AnnounceChapter,
    AnnounceStoryLeft, AnnounceRevealOn, AnnounceRevealOff,
    // The region map.
    MapTitle, MapDek, MapGroup, MapStateLabel, MapStateSince, MapAfghanistan, MapBorder, MapCredit,
    // What changed between two dates.
    ChangesTitle, ChangesIntro, ChangesFrom, ChangesTo, ChangesSummary, ChangesNone,
    ChangesStatusCount, ChangesPledgeCount, ChangesDeliveryCount, ChangesCopy, ChangeSigned,
    ChangeJoined, ChangeReturned, ChangeResumed, ChangeFroze, ChangeSuspended, ChangeLeft,
    ChangeDeclaredNote, ChangeSignedNote, ChangePledged, ChangeDelivered, ChangeNoneReported,
    // Playing the roster through the years.
    PlayYears, PauseYears,
    // Corrections and sources.
    CorrectionsTitle, CorrectionsIntro, Claimed, InFact, CorrectionConfidence, NoDate,
    OpensNewTab, NoAddress, SourcesTitle, SourcesIntro,
    // Errors.
    DataErrorTitle, DataErrorCount, PanicTitle, PanicText, PanicFile, PanicReload,
    // A reader's own dataset.
    OwnDataTitle, OwnDataIntro, OwnDataChoose, OwnDataDrop, OwnDataLimits, OwnDataSchema,
    OwnDataExample, OwnDataChecking, OwnDataLoaded, OwnDataProblems, OwnDataKept, OwnDataTopLevel,
    OwnDataExpected, OwnDataBanner, OwnDataBack, OwnDataAsk, OwnDataAskLoad, OwnDataAskSkip,
    OwnDataFetching, AnnounceData, ExportSourceCustom, OwnDataGuide,
    // Views alone, the timeline's zoom, embeds and slides.
    ClusterLabel, ClusterListTitle, ClusterZoom, ZoomIn, ZoomOut, ZoomAll, ZoomGroup, ZoomPresets, PresetAll, PresetRecent, PresetChapter, PresetCustom, ZoomHint, AnnounceWindow, TimelineSubtitle, ChartSubtitle, MapSubtitle, RosterTitle, RosterSubtitle, ChangesSubtitle, ViewSourceLine, ViewInExplorer, MapKey, OrganizationShort, ChartTitleShort, ViewTimeline, ViewChart, ViewMap, ViewRoster, ViewChanges, ViewWhole, EmbedWhich, EmbedPreview, EmbedHeight, EmbedFrameTitleView, ChartDeadlineShort, ChangelogCorrections, StoryVisualTimeline, StorySourcesMore,
}

/// The keys whose values are plural forms (`|`-separated, one per plural category).
pub const PLURAL_KEYS: &[Key] = &[
    Key::RosterMembers,
    Key::KindsOfItems,
    Key::ChangesStatusCount,
    Key::ChangesPledgeCount,
    Key::ChangesDeliveryCount,
    Key::ChangelogAddresses,
    Key::ClusterLabel,
];

/// One language's table and conventions.
pub struct Language {
    /// BCP 47 code, as in `?lang=` and `<html lang>`.
    pub code: &'static str,
    /// The language's name in itself, for the switcher.
    pub name: &'static str,
    /// Offered to readers; a complete table is required (a test checks it).
    pub switched_on: bool,
    pub text: fn(Key) -> Option<&'static str>,
    /// Which plural form (index into a plural value) a count takes.
    pub plural: fn(u64) -> usize,
    pub plural_forms: usize,
    /// Month names as used with a day ("20 April", "20 апреля").
    pub months_with_day: [&'static str; 12],
    /// Month names on their own, with a year ("April 1999", "апрель 1999").
    pub months: [&'static str; 12],
    /// Month names as short as an axis label ("Apr", "апр").
    pub months_short: [&'static str; 12],
    pub decimal_separator: &'static str,
    pub thousands_separator: &'static str,
}

macro_rules! languages {
    ($($code:ident),* $(,)?) => {
        $(mod $code;)*
        /// Every language with a table, switched on or not; English first (the fallback).
        const LANGUAGES: &[&Language] = &[$(&$code::LANGUAGE),*];
    };
}

languages!(en, ru);

/// The interface strings of languages other than English, one table per code, indexed like
/// [`Key::ALL`]. Filled from a language's JSON file: natively on first use (compiled in), in the
/// browser once the language's texts file has been fetched ([`read_texts_file`]).
type InterfaceTable = Vec<Option<&'static str>>;
static INTERFACE: Mutex<Vec<(&'static str, InterfaceTable)>> = Mutex::new(Vec::new());

/// The languages' JSON files. Natively compiled in; the browser fetches them inside the
/// dataset's texts file instead (written there by `src/bin/data-files.rs`, see [`texts_file`]).
#[cfg(not(target_arch = "wasm32"))]
const INTERFACE_FILES: &[(&str, &str)] = &[("ru", include_str!("i18n/ru.json"))];

/// How the served texts file (`data/i18n/<code>.json`) marks an interface string's key, so it
/// can sit beside the dataset's own texts (`<record>.<field>`, which never start so).
pub const INTERFACE_PREFIX: &str = "ui.";

/// The string for `key` in the language `code`, if its table is at hand and has it.
fn interface_text(code: &'static str, key: Key) -> Option<&'static str> {
    with_interface(code, |table| table.get(key as usize).copied().flatten()).flatten()
}

/// `f` of the language `code`'s table, if it is at hand (natively read on first use).
fn with_interface<R>(code: &'static str, f: impl Fn(&InterfaceTable) -> R) -> Option<R> {
    let lookup = || {
        let tables = INTERFACE.lock().ok()?;
        tables.iter().find(|(c, _)| *c == code).map(|(_, t)| f(t))
    };
    if let Some(found) = lookup() {
        return Some(found);
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, file)) = INTERFACE_FILES.iter().find(|(c, _)| *c == code) {
        add_interface_file(code, file).ok()?;
        return lookup();
    }
    None
}

/// Reads a language's JSON file (`i18n/<code>.json`) and keeps its strings for `code`.
/// Returns how many strings were kept; an error says what is wrong with the file.
pub fn add_interface_file(code: &str, json: &str) -> Result<usize, String> {
    let entries = crate::data::translate::parse_translation(json)?;
    Ok(add_interface(
        code,
        entries.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ))
}

/// Keeps the interface strings of the language `code` from `(key name, text)` pairs; names
/// that are no key are skipped. Returns how many were kept (0 for a code without a table).
pub fn add_interface<'a>(
    code: &str,
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> usize {
    let Some(code) = Lang::all_tables().map(|l| l.code).find(|c| *c == code) else {
        return 0;
    };
    let table = interface_table(entries);
    let kept = table.iter().flatten().count();
    if let Ok(mut tables) = INTERFACE.lock() {
        tables.retain(|(c, _)| *c != code);
        tables.push((code, table));
    }
    kept
}

/// A table indexed like [`Key::ALL`] from `(key name, text)` pairs. The texts live as long as
/// the page: a language is read once.
fn interface_table<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> InterfaceTable {
    let mut table = vec![None; Key::ALL.len()];
    for (name, text) in entries {
        let hash = name_hash(name);
        if let Some(i) = Key::NAME_HASHES.iter().position(|h| *h == hash) {
            table[i] = Some(&*Box::leak(text.to_owned().into_boxed_str()));
        }
    }
    table
}

/// FNV-1a: a key name's hash, the same at compile time and at run time.
const fn name_hash(name: &str) -> u32 {
    let bytes = name.as_bytes();
    let mut hash = 0x811c_9dc5_u32;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The texts file the browser fetches for `lang`: the dataset's translation `entries`, then
/// every interface string of the language under [`INTERFACE_PREFIX`]. One flat JSON object, as
/// `data::translate::parse_translation` reads.
pub fn texts_file(lang: Lang, entries: &[(String, String)]) -> String {
    let interface = Key::ALL.iter().zip(Key::NAMES).filter_map(|(&key, name)| {
        (lang.0.text)(key).map(|text| (format!("{INTERFACE_PREFIX}{name}"), text.to_owned()))
    });
    let lines: Vec<String> = entries
        .iter()
        .filter(|(k, _)| !k.starts_with(INTERFACE_PREFIX))
        .cloned()
        .chain(interface)
        .map(|(k, v)| format!("  {}: {}", json_string(&k), json_string(&v)))
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// Reads a texts file as [`texts_file`] writes it: keeps its interface strings for `code` and
/// returns the dataset's translation entries. An error says what is wrong with the file.
pub fn read_texts_file(
    code: &str,
    text: &str,
) -> Result<crate::data::translate::Translation, String> {
    let mut entries = crate::data::translate::parse_translation(text)?;
    add_interface(
        code,
        entries
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix(INTERFACE_PREFIX)?, v.as_str()))),
    );
    entries.retain(|(k, _)| !k.starts_with(INTERFACE_PREFIX));
    Ok(entries)
}

/// A language the interface can be shown in; compared by code.
#[derive(Clone, Copy)]
pub struct Lang(&'static Language);

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Lang {}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lang({})", self.0.code)
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

impl Lang {
    pub const ENGLISH: Lang = Lang(&en::LANGUAGE);

    /// The languages offered to readers, in switcher order.
    pub fn available() -> impl Iterator<Item = Lang> {
        LANGUAGES.iter().filter(|l| l.switched_on).map(|l| Lang(l))
    }

    /// Every language with a table, switched on or not (for tests and tools).
    pub fn all_tables() -> impl Iterator<Item = &'static Language> {
        LANGUAGES.iter().copied()
    }

    /// A switched-on language for a code such as `ru`, `RU` or `ru-RU`; `None` otherwise.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?;
        Lang::available().find(|l| l.0.code.eq_ignore_ascii_case(primary))
    }

    /// The language to show: the URL's `lang` if it names an available language, else the
    /// first of the browser's preferred languages that is available, else English.
    pub fn negotiate(url_lang: Option<&str>, browser: &[String]) -> Lang {
        url_lang
            .and_then(Lang::from_code)
            .or_else(|| browser.iter().find_map(|code| Lang::from_code(code)))
            .unwrap_or(Lang::ENGLISH)
    }

    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// The language the interface actually appears in: this one once its strings are at hand
    /// (English always; others natively, or in the browser once fetched), else English, which
    /// every missing string falls back to. Dates, numbers and plurals follow it, so a page whose
    /// strings could not be fetched is English throughout, not half; so does `<html lang>`, so a
    /// screen reader's voice matches the words.
    pub fn shown(self) -> Lang {
        let at_hand = self == Lang::ENGLISH || with_interface(self.0.code, |_| ()).is_some();
        if at_hand { self } else { Lang::ENGLISH }
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The text for `key`, falling back to English where this language lacks it.
    pub fn t(self, key: Key) -> &'static str {
        (self.0.text)(key)
            .or_else(|| (en::LANGUAGE.text)(key))
            .unwrap_or("")
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        fill_template(self.t(key), args)
    }

    /// The plural form of `key` for `n`, with `{n}` (and any other `args`) filled in.
    pub fn count(self, key: Key, n: u64, args: &[(&str, &str)]) -> String {
        let forms: Vec<&str> = self.t(key).split('|').collect();
        let form = forms
            .get((self.shown().0.plural)(n))
            .or(forms.last())
            .copied()
            .unwrap_or("");
        let n_text = self.integer(n);
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        fill_template(form, &all)
    }

    /// "20 Apr 1994" / "20 апреля 1994 г.".
    pub fn day(self, day: Day) -> String {
        let (y, m, d) = day.ymd();
        self.fill(
            Key::DateDay,
            &[
                ("day", &d.to_string()),
                ("month", self.shown().0.months_with_day[(m - 1) as usize]),
                ("year", &y.to_string()),
            ],
        )
    }

    /// A month as short as an axis label: "Apr", "апр". `month` is 1 to 12.
    pub fn month_short(self, month: u32) -> &'static str {
        let index = month.clamp(1, 12) as usize - 1;
        self.shown().0.months_short[index]
    }

    /// "2022–2024", or "2024" when both days fall in one year.
    pub fn year_range(self, from: Day, to: Day) -> String {
        if from.year() == to.year() {
            from.year().to_string()
        } else {
            format!("{}–{}", from.year(), to.year())
        }
    }

    /// A date as precise as it is known: a day, a month or a year.
    pub fn date(self, date: PartialDate) -> String {
        match (date.month, date.day) {
            (Some(m), Some(d)) => match Day::from_ymd(date.year, m, d) {
                Some(day) => self.day(day),
                None => date.iso(),
            },
            (Some(m), None) if (1..=12).contains(&m) => self.fill(
                Key::DateMonth,
                &[
                    ("month", self.shown().0.months[(m - 1) as usize]),
                    ("year", &date.year.to_string()),
                ],
            ),
            _ => self.fill(Key::DateYear, &[("year", &date.year.to_string())]),
        }
    }

    /// "20 Jun 2012 – Aug 2024", or one date when there is no end.
    pub fn date_range(self, from: PartialDate, to: Option<PartialDate>) -> String {
        match to {
            Some(to) => self.fill(
                Key::DateRange,
                &[("from", &self.date(from)), ("to", &self.date(to))],
            ),
            None => self.date(from),
        }
    }

    /// "20,076" / "20 076".
    pub fn integer(self, n: u64) -> String {
        crate::data::wording::grouped(&n.to_string(), self.shown().0.thousands_separator)
    }

    /// "3", "1.1" / "1,1" — at most one decimal, none when it would be ".0". Integer
    /// arithmetic keeps float formatting out of the wasm binary.
    pub fn short_number(self, value: f64) -> String {
        let tenths = (value * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let tenths = tenths.unsigned_abs();
        let whole = self.integer(tenths / 10);
        if tenths.is_multiple_of(10) {
            format!("{sign}{whole}")
        } else {
            format!(
                "{sign}{whole}{}{}",
                self.shown().0.decimal_separator,
                tenths % 10
            )
        }
    }

    pub fn status(self, status: Status) -> &'static str {
        self.t(match status {
            Status::Signatory => Key::StatusSignatory,
            Status::Member => Key::StatusMember,
            Status::Frozen => Key::StatusFrozen,
            Status::Suspended => Key::StatusSuspended,
            Status::NotParty => Key::StatusNotParty,
        })
    }

    pub fn start_basis(self, basis: StartBasis) -> &'static str {
        self.t(match basis {
            StartBasis::Effective => Key::BasisEffective,
            StartBasis::Declared => Key::BasisDeclared,
            StartBasis::Signed => Key::BasisSigned,
        })
    }

    pub fn event_kind(self, kind: EventKind) -> &'static str {
        self.t(match kind {
            EventKind::Treaty => Key::KindTreaty,
            EventKind::Institution => Key::KindInstitution,
            EventKind::Membership => Key::KindMembership,
            EventKind::Border => Key::KindBorder,
        })
    }

    pub fn track(self, track: Track) -> &'static str {
        self.t(match track {
            Track::Collective => Key::TrackCollective,
            Track::Bilateral => Key::TrackBilateral,
        })
    }

    pub fn aid_kind(self, kind: AssistanceKind) -> &'static str {
        self.t(match kind {
            AssistanceKind::Pledge => Key::AidPledge,
            AssistanceKind::Delivery => Key::AidDelivery,
            AssistanceKind::NoneReported => Key::AidNoneReported,
        })
    }

    pub fn recipient(self, recipient: Recipient) -> &'static str {
        self.t(match recipient {
            Recipient::BorderTroops => Key::RecipientBorderTroops,
            Recipient::ArmedForces => Key::RecipientArmedForces,
            Recipient::NotStated => Key::RecipientNotStated,
        })
    }

    /// "for the Border Troops", for sentences.
    pub fn recipient_phrase(self, recipient: Recipient) -> &'static str {
        self.t(match recipient {
            Recipient::BorderTroops => Key::RecipientForBorderTroops,
            Recipient::ArmedForces => Key::RecipientForArmedForces,
            Recipient::NotStated => Key::RecipientPhraseNotStated,
        })
    }

    /// "about", "up to"…, as written before an amount.
    pub fn qualifier(self, qualifier: Qualifier) -> &'static str {
        self.t(match qualifier {
            Qualifier::About => Key::QualifierAbout,
            Qualifier::UpTo => Key::QualifierUpTo,
            Qualifier::MoreThan => Key::QualifierMoreThan,
            Qualifier::AtLeast => Key::QualifierAtLeast,
        })
    }

    pub fn confidence(self, confidence: Confidence) -> &'static str {
        self.t(match confidence {
            Confidence::High => Key::ConfidenceHigh,
            Confidence::Medium => Key::ConfidenceMedium,
            Confidence::Low => Key::ConfidenceLow,
        })
    }

    /// A currency's name as this language writes it next to an amount; unknown codes as is.
    pub fn currency(self, code: &str) -> String {
        match code {
            "USD" => self.t(Key::CurrencyUsd).to_owned(),
            "RUB" => self.t(Key::CurrencyRub).to_owned(),
            other => other.to_owned(),
        }
    }
}

/// Replaces each `{name}` in `template` by its value; unknown placeholders stay as written.
pub fn fill_template(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Lang {
        Lang::from_code("ru").expect("Russian is switched on")
    }

    #[test]
    fn negotiation_prefers_the_url_then_the_browser_then_english() {
        let browser = vec!["de-DE".to_owned(), "ru-RU".to_owned(), "en".to_owned()];
        assert_eq!(Lang::negotiate(Some("en"), &browser), Lang::ENGLISH);
        assert_eq!(Lang::negotiate(None, &browser), ru());
        assert_eq!(Lang::negotiate(Some("RU"), &[]), ru());
        assert_eq!(Lang::negotiate(Some("xx"), &[]), Lang::ENGLISH);
        assert_eq!(
            Lang::negotiate(Some("<script>"), &["".into()]),
            Lang::ENGLISH
        );
        assert_eq!(Lang::negotiate(None, &[]), Lang::ENGLISH);
    }

    #[test]
    fn dates_follow_the_language() {
        let day = Day::from_ymd(1994, 4, 20).unwrap();
        assert_eq!(Lang::ENGLISH.day(day), "20 Apr 1994");
        assert_eq!(ru().day(day), "20 апреля 1994 г.");
        let month = PartialDate::parse("1999-02").unwrap();
        assert_eq!(Lang::ENGLISH.date(month), "Feb 1999");
        assert_eq!(ru().date(month), "февраль 1999 г.");
        let year = PartialDate::parse("2014").unwrap();
        assert_eq!(ru().date(year), "2014 г.");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(Lang::ENGLISH.integer(20_076), "20,076");
        assert_eq!(ru().integer(20_076), "20\u{a0}076");
        assert_eq!(Lang::ENGLISH.short_number(1.1), "1.1");
        assert_eq!(ru().short_number(1.1), "1,1");
        assert_eq!(ru().short_number(1_500.0), "1\u{a0}500");
    }

    #[test]
    fn russian_plurals_take_three_forms() {
        let members = |n| ru().count(Key::RosterMembers, n, &[]);
        assert_eq!(members(1), "1 член");
        assert_eq!(members(3), "3 члена");
        assert_eq!(members(6), "6 членов");
        assert_eq!(members(11), "11 членов");
        assert_eq!(members(21), "21 член");
        assert_eq!(Lang::ENGLISH.count(Key::RosterMembers, 1, &[]), "1 member");
        assert_eq!(Lang::ENGLISH.count(Key::RosterMembers, 6, &[]), "6 members");
    }

    #[test]
    fn templates_fill_known_placeholders_only() {
        assert_eq!(
            fill_template("{a} and {b} {c", &[("a", "1"), ("b", "{a}")]),
            "1 and {a} {c"
        );
        assert_eq!(placeholders("On {date}: {list}."), ["date", "list"]);
    }

    /// A language's JSON file names only keys that exist, and not those its Rust file keeps
    /// compiled in for the browser (one place for each string).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn interface_files_name_only_known_keys() {
        for (code, file) in INTERFACE_FILES {
            let entries = crate::data::translate::parse_translation(file).expect("the file reads");
            for (name, _) in &entries {
                assert!(
                    Key::NAMES.contains(&name.as_str()),
                    "{code}.json: {name} is no key"
                );
                assert!(
                    !["Loading", "TextsNotLoaded"].contains(&name.as_str()),
                    "{code}.json: {name} is compiled in (i18n/{code}.rs)"
                );
            }
            assert_eq!(add_interface_file(code, file), Ok(entries.len()));
        }
        assert_eq!(
            add_interface("xx", [("PageTitle", "?")]),
            0,
            "no table, nothing kept"
        );
    }

    /// The texts file the browser fetches carries the dataset's entries and every interface
    /// string; reading it back gives the dataset's entries and the same interface table.
    #[test]
    fn the_texts_file_carries_the_interface_and_reads_back() {
        let dataset = vec![("ARM.name".to_owned(), "Армения".to_owned())];
        let file = texts_file(ru(), &dataset);
        let entries = crate::data::translate::parse_translation(&file).expect("the file reads");
        assert_eq!(entries.len(), 1 + Key::ALL.len());
        assert_eq!(read_texts_file("ru", &file), Ok(dataset.clone()));
        // Written again from its own output, the file stays the same.
        assert_eq!(texts_file(ru(), &entries), file);
        let table = interface_table(
            entries
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix(INTERFACE_PREFIX)?, v.as_str()))),
        );
        for (i, &key) in Key::ALL.iter().enumerate() {
            assert_eq!(table[i], Some(ru().t(key)), "{key:?}");
        }
        assert_eq!(Key::NAMES.len(), Key::ALL.len());
        let mut hashes = Key::NAME_HASHES.to_vec();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), Key::ALL.len(), "two key names share a hash");
        let unknown = interface_table([("NoSuchKey", "?"), ("pagetitle", "?")]);
        assert!(
            unknown.iter().all(Option::is_none),
            "unknown names are skipped"
        );
        assert_eq!(Key::NAMES[Key::PageTitle as usize], "PageTitle");
    }

    /// Every switched-on language has every key, with the same placeholders as English and, for
    /// plural keys, one form per plural category.
    #[test]
    fn switched_on_languages_are_complete() {
        let english = Lang::ENGLISH;
        let mut problems = Vec::new();
        for language in Lang::all_tables().filter(|l| l.switched_on) {
            for &key in Key::ALL {
                let Some(text) = (language.text)(key) else {
                    problems.push(format!("{}: {key:?} is missing", language.code));
                    continue;
                };
                if text.trim().is_empty() && english.t(key).trim() != "" {
                    problems.push(format!("{}: {key:?} is empty", language.code));
                }
                let mut theirs = placeholders(text);
                let mut ours = placeholders(english.t(key));
                theirs.sort_unstable();
                theirs.dedup();
                ours.sort_unstable();
                ours.dedup();
                if theirs != ours {
                    problems.push(format!(
                        "{}: {key:?} has placeholders {theirs:?}, English has {ours:?}",
                        language.code
                    ));
                }
                if PLURAL_KEYS.contains(&key) && text.split('|').count() != language.plural_forms {
                    problems.push(format!(
                        "{}: {key:?} needs {} plural forms",
                        language.code, language.plural_forms
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn english_is_the_first_and_always_available() {
        assert_eq!(Lang::available().next(), Some(Lang::ENGLISH));
        assert!(Lang::available().any(|l| l.code() == "ru"));
        let codes: Vec<_> = Lang::all_tables().map(|l| l.code).collect();
        let mut unique = codes.clone();
        unique.dedup();
        assert_eq!(codes, unique);
    }
}
