//! The dataset's rules beyond its shape: every record sourced, references resolving, dates valid
//! and ordered, a state's status periods never overlapping, amounts never zero, and cross-checks
//! against well-known facts (nine parties on entry into force, six after April 1999). Returns
//! every problem, each naming file, record and field. Pure: no web crate; tested natively.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::problem::Problem;
use super::schema::*;
use super::wording;
use super::{DataError, Day, PartialDate};

/// The treaty was signed on this day; nothing in the story is earlier.
pub const TREATY_SIGNED: (i32, u32, u32) = (1992, 5, 15);

/// The "record" of a problem with the dataset's top-level fields or the file as a whole.
pub const TOP_LEVEL: &str = "(top level)";
/// The "record" of a cross-check against well-known facts.
pub const CROSS_CHECK: &str = "(cross-check)";

/// The most problems a check reports one by one; past them it counts, and says how many more
/// (a file of a million wrong values would otherwise freeze the page that lists them).
pub const MAX_PROBLEMS: usize = 100;

/// `problems` followed, when `more` were found past them, by one problem that counts them.
pub fn with_more(file: &str, mut problems: Vec<DataError>, more: usize) -> Vec<DataError> {
    if more > 0 {
        problems.push(DataError {
            file: file.to_owned(),
            record: TOP_LEVEL.to_owned(),
            field: String::new(),
            problem: Problem::MoreProblems { more },
        });
    }
    problems
}

/// The longest a name may be (a state, a publisher, a unit), in characters.
pub const NAME_LIMIT: usize = 200;
/// The longest a title may be.
pub const TITLE_LIMIT: usize = 500;
/// The longest any other text may be (descriptions, notes, chapters); only these may hold tabs
/// and line breaks.
pub const LONG_TEXT: usize = 5_000;

/// How long the text in `field` may be, by the kind of field its name says it is.
fn text_limit(field: &str) -> usize {
    let last = field.rsplit('.').next().unwrap_or(field);
    match last {
        "name" | "publisher" | "unit" | "what" | "dataset_version" => NAME_LIMIT,
        "title" | "claim" => TITLE_LIMIT,
        _ => LONG_TEXT,
    }
}

struct Checker<'a> {
    file: &'a str,
    problems: Vec<DataError>,
    /// Problems found past the first [`MAX_PROBLEMS`], counted, not kept.
    more: usize,
}

impl Checker<'_> {
    fn fail(&mut self, record: &str, field: &str, problem: Problem) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        self.problems.push(DataError {
            file: self.file.to_owned(),
            record: record.to_owned(),
            field: field.to_owned(),
            problem,
        });
    }

    fn text(&mut self, record: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(record, field, Problem::Empty);
        } else if value.trim() != value {
            self.fail(record, field, Problem::Padded);
        }
        // Bounded, so no text multiplies into gigabytes where it is repeated (a publisher
        // in every record's source line, a title in every aria-label).
        let limit = text_limit(field);
        let length = value.chars().count();
        if length > limit {
            self.fail(record, field, Problem::TooLong { length, limit });
        }
        let long = limit == LONG_TEXT;
        if value
            .chars()
            .any(|c| c.is_control() && !(long && (c == '\t' || c == '\n')))
        {
            self.fail(record, field, Problem::ControlCharacter);
        }
    }
}

/// Which rules apply beyond the general ones: the bundled CSTO data must also start no earlier
/// than the treaty and reproduce well-known party counts; a reader's own dataset (another
/// alliance, other pledges) needs neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    pub csto_checks: bool,
}

impl Rules {
    pub const BUNDLED: Rules = Rules { csto_checks: true };
    pub const CUSTOM: Rules = Rules { csto_checks: false };
}

/// Every rule, for the bundled dataset.
pub fn validate(file: &str, ds: &Dataset) -> Vec<DataError> {
    validate_with(file, ds, Rules::BUNDLED)
}

/// Every rule in `rules`, each problem naming file, record and field.
pub fn validate_with(file: &str, ds: &Dataset, rules: Rules) -> Vec<DataError> {
    let mut c = Checker {
        file,
        problems: Vec::new(),
        more: 0,
    };
    let treaty = {
        let (y, m, d) = TREATY_SIGNED;
        Day::from_ymd(y, m, d).expect("valid constant")
    };
    let as_of = ds.as_of.last_day();

    if ds.schema_version != 1 {
        c.fail(
            TOP_LEVEL,
            "schema_version",
            Problem::SchemaVersion(u64::from(ds.schema_version)),
        );
    }
    if !ds.as_of.is_exact_day() {
        c.fail(TOP_LEVEL, "as_of", Problem::AsOfNotExact);
    }
    for (field, value) in [
        ("dataset_version", &ds.dataset_version),
        ("coverage_note", &ds.coverage_note),
        ("title", &ds.title),
        ("licence", &ds.licence),
    ] {
        c.text(TOP_LEVEL, field, value);
    }

    // Ids are unique across the whole file: selections and URLs refer to them by id alone.
    let mut seen: HashSet<&str> = HashSet::new();
    let all_ids = ds
        .states
        .iter()
        .map(|s| s.id.as_str())
        .chain(ds.sources.iter().map(|s| s.id.as_str()))
        .chain(ds.status_periods.iter().map(|p| p.id.as_str()))
        .chain(ds.events.iter().map(|e| e.id.as_str()))
        .chain(ds.assistance.iter().map(|a| a.id.as_str()))
        .chain(std::iter::once(ds.programme.id.as_str()))
        .chain(ds.corrections.iter().map(|c| c.id.as_str()))
        .chain(ds.chapters.iter().map(|c| c.id.as_str()))
        .chain(ds.changelog.iter().map(|c| c.id.as_str()));
    for id in all_ids {
        if !seen.insert(id) {
            c.fail(id, "id", Problem::DuplicateId);
        }
        if id.is_empty() || !id.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
            c.fail(id, "id", Problem::BadId);
        }
    }

    let state_ids: HashSet<&str> = ds.states.iter().map(|s| s.id.as_str()).collect();
    let source_ids: HashSet<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();

    for state in &ds.states {
        if state.id.len() != 3 || !state.id.chars().all(|ch| ch.is_ascii_uppercase()) {
            c.fail(&state.id, "id", Problem::NotAlpha3);
        }
        c.text(&state.id, "name", &state.name);
    }

    for source in &ds.sources {
        c.text(&source.id, "publisher", &source.publisher);
        c.text(&source.id, "title", &source.title);
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            c.fail(&source.id, "url", Problem::NotWebAddress(url.clone()));
        }
        if let Some(date) = source.date
            && date.first_day() > as_of
        {
            c.fail(
                &source.id,
                "date",
                Problem::AfterAsOf {
                    date: date.iso(),
                    as_of: as_of.iso(),
                },
            );
        }
    }

    let cite = |c: &mut Checker, record: &str, field: &str, sources: &[String]| {
        if sources.is_empty() {
            c.fail(record, field, Problem::NoSource);
        }
        for s in sources {
            if !source_ids.contains(s.as_str()) {
                c.fail(record, field, Problem::UnknownSource(s.clone()));
            }
        }
    };
    let in_story = |c: &mut Checker, record: &str, field: &str, date: PartialDate| {
        if rules.csto_checks && date.last_day() < treaty {
            c.fail(
                record,
                field,
                Problem::BeforeStart {
                    date: date.iso(),
                    start: treaty.iso(),
                },
            );
        }
        if date.first_day() > as_of {
            c.fail(
                record,
                field,
                Problem::AfterAsOf {
                    date: date.iso(),
                    as_of: as_of.iso(),
                },
            );
        }
    };

    for p in &ds.status_periods {
        cite(&mut c, &p.id, "sources", &p.sources);
        c.text(&p.id, "title", &p.title);
        c.text(&p.id, "description", &p.description);
        if !state_ids.contains(p.state.as_str()) {
            c.fail(&p.id, "state", Problem::UnknownState(p.state.clone()));
        }
        in_story(&mut c, &p.id, "start", p.start);
        if let Some(end) = p.end {
            in_story(&mut c, &p.id, "end", end);
            if end.first_day() <= p.start.first_day() {
                c.fail(
                    &p.id,
                    "end",
                    Problem::NotAfter {
                        date: end.iso(),
                        start: p.start.iso(),
                    },
                );
            }
        }
        for (i, a) in p.announced.iter().enumerate() {
            let field = format!("announced[{i}]");
            in_story(&mut c, &p.id, &format!("{field}.date"), a.date);
            cite(&mut c, &p.id, &format!("{field}.sources"), &a.sources);
            c.text(&p.id, &format!("{field}.text"), &a.text);
            if a.date.first_day() > p.start.first_day() {
                c.fail(
                    &p.id,
                    &format!("{field}.date"),
                    Problem::AnnouncedAfterEffect,
                );
            }
        }
        check_conflict(&mut c, &p.id, p.conflict.as_ref(), &source_ids);
    }

    // A state has one status at a time.
    let mut by_state: HashMap<&str, Vec<&StatusPeriod>> = HashMap::new();
    for p in &ds.status_periods {
        by_state.entry(p.state.as_str()).or_default().push(p);
    }
    for periods in by_state.values_mut() {
        periods.sort_unstable_by_key(|p| (p.start.first_day(), p.id.as_str()));
        for pair in periods.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            match a.end {
                None => c.fail(&a.id, "end", Problem::OpenButLater(b.id.clone())),
                Some(end) if end.first_day() > b.start.first_day() => c.fail(
                    &b.id,
                    "start",
                    Problem::Overlaps {
                        other: a.id.clone(),
                        ends: end.iso(),
                    },
                ),
                _ => {}
            }
        }
    }
    for state in &ds.states {
        if !by_state.contains_key(state.id.as_str()) {
            c.fail(&state.id, "status_periods", Problem::NoStatusPeriod);
        }
    }

    for e in &ds.events {
        cite(&mut c, &e.id, "sources", &e.sources);
        c.text(&e.id, "title", &e.title);
        c.text(&e.id, "description", &e.description);
        in_story(&mut c, &e.id, "date", e.date);
        if let Some(end) = e.end_date {
            in_story(&mut c, &e.id, "end_date", end);
        }
        if let Some(end) = e.end_date
            && end.first_day() <= e.date.first_day()
        {
            c.fail(
                &e.id,
                "end_date",
                Problem::NotAfter {
                    date: end.iso(),
                    start: e.date.iso(),
                },
            );
        }
        for s in &e.states {
            if !state_ids.contains(s.as_str()) {
                c.fail(&e.id, "states", Problem::UnknownState(s.clone()));
            }
        }
        if e.lane == Lane::State && e.states.len() != 1 {
            c.fail(&e.id, "states", Problem::LaneNeedsOneState);
        }
        check_conflict(&mut c, &e.id, e.conflict.as_ref(), &source_ids);
    }

    for a in &ds.assistance {
        cite(&mut c, &a.id, "sources", &a.sources);
        for (field, value) in [
            ("title", &a.title),
            ("description", &a.description),
            ("counts", &a.counts),
        ] {
            c.text(&a.id, field, value);
        }
        in_story(&mut c, &a.id, "date", a.date);
        if let Some(deadline) = a.deadline
            && deadline.first_day() <= a.date.last_day()
        {
            c.fail(&a.id, "deadline", Problem::DeadlineNotAfter);
        }
        if a.donor != COLLECTIVE_DONOR && !state_ids.contains(a.donor.as_str()) {
            c.fail(&a.id, "donor", Problem::UnknownDonor(a.donor.clone()));
        }
        if a.donor == COLLECTIVE_DONOR && a.track != Track::Collective {
            c.fail(&a.id, "track", Problem::CollectiveTrack);
        }
        match a.value.amount() {
            Amount::Stated { currency, amount } => {
                check_currency(&mut c, &a.id, currency);
                if !(amount.is_finite() && amount > 0.0) {
                    c.fail(&a.id, "value.amount", Problem::NotPositive);
                }
            }
            Amount::Range { currency, min, max } => {
                check_currency(&mut c, &a.id, currency);
                if !(min.is_finite() && max.is_finite() && min > 0.0 && min < max) {
                    c.fail(&a.id, "value", Problem::BadRange);
                }
            }
            Amount::Undisclosed => {}
            Amount::Malformed => c.fail(&a.id, "value", Problem::AmountFields),
        }
        check_wording(&mut c, a, rules);
        if a.relates_to_inferred && a.relates_to.is_none() {
            c.fail(&a.id, "relates_to_inferred", Problem::InferredWithoutLink);
        }
        for (i, item) in a.items.iter().enumerate() {
            c.text(&a.id, &format!("items[{i}].what"), &item.what);
            c.text(&a.id, &format!("items[{i}].unit"), &item.unit);
            match (item.count, &item.count_text) {
                (Some(0), _) => c.fail(&a.id, &format!("items[{i}].count"), Problem::ZeroCount),
                (None, None) => c.fail(&a.id, &format!("items[{i}].count"), Problem::NoCount),
                _ => {}
            }
        }
        if let Some(target) = &a.relates_to {
            match ds
                .assistance
                .iter()
                .find(|r| &r.id == target && r.id != a.id)
            {
                None => c.fail(
                    &a.id,
                    "relates_to",
                    Problem::RelatesToMissing(target.clone()),
                ),
                // A delivery answers a pledge made before it.
                Some(pledge) if pledge.kind != AssistanceKind::Pledge => c.fail(
                    &a.id,
                    "relates_to",
                    Problem::RelatesToNotPledge(target.clone()),
                ),
                Some(pledge) if pledge.date.first_day() > a.date.last_day() => {
                    c.fail(&a.id, "relates_to", Problem::RelatesToLater(target.clone()))
                }
                Some(_) => {}
            }
        }
        check_conflict(&mut c, &a.id, a.conflict.as_ref(), &source_ids);
    }

    let prog = &ds.programme;
    cite(&mut c, &prog.id, "sources", &prog.sources);
    cite(&mut c, &prog.id, "status.sources", &prog.status.sources);
    c.text(&prog.id, "title", &prog.title);
    c.text(&prog.id, "status.text", &prog.status.text);
    in_story(&mut c, &prog.id, "approved", prog.approved);
    in_story(&mut c, &prog.id, "status.date", prog.status.date);
    if prog.runs_from.first_day() < prog.approved.first_day() {
        c.fail(&prog.id, "runs_from", Problem::RunsBeforeApproval);
    }
    if prog.runs_to.first_day() <= prog.runs_from.first_day() {
        c.fail(&prog.id, "runs_to", Problem::RunsToNotAfter);
    }
    for (i, stage) in prog.stages.iter().enumerate() {
        if stage.number as usize != i + 1 {
            c.fail(
                &prog.id,
                &format!("stages[{i}].number"),
                Problem::StageNumber {
                    found: stage.number,
                    expected: i + 1,
                },
            );
        }
        if stage.to_year < stage.from_year
            || stage.from_year < prog.runs_from.year
            || stage.to_year > prog.runs_to.year
        {
            c.fail(&prog.id, &format!("stages[{i}]"), Problem::StageYears);
        }
    }

    for corr in &ds.corrections {
        cite(&mut c, &corr.id, "sources", &corr.sources);
        c.text(&corr.id, "claim", &corr.claim);
        c.text(&corr.id, "correction", &corr.correction);
    }

    // Chapters: sourced, in story order, pointing only at records that exist.
    let record_ids: HashSet<&str> = ds
        .status_periods
        .iter()
        .map(|p| p.id.as_str())
        .chain(ds.events.iter().map(|e| e.id.as_str()))
        .chain(ds.assistance.iter().map(|a| a.id.as_str()))
        .chain(std::iter::once(ds.programme.id.as_str()))
        .collect();
    let mut previous: Option<PartialDate> = None;
    for chapter in &ds.chapters {
        cite(&mut c, &chapter.id, "sources", &chapter.sources);
        c.text(&chapter.id, "title", &chapter.title);
        c.text(&chapter.id, "text", &chapter.text);
        in_story(&mut c, &chapter.id, "date", chapter.date);
        if previous.is_some_and(|p| chapter.date.first_day() < p.first_day()) {
            c.fail(&chapter.id, "date", Problem::ChapterOrder);
        }
        previous = Some(chapter.date);
        // A span is only a window on the timeline: it may reach before the story's first
        // event or past the as-of date.
        if let Some(span) = chapter.span
            && span.to.last_day() <= span.from.first_day()
        {
            c.fail(
                &chapter.id,
                "span.to",
                Problem::NotAfter {
                    date: span.to.iso(),
                    start: span.from.iso(),
                },
            );
        }
        for h in &chapter.highlights {
            if !record_ids.contains(h.as_str()) {
                c.fail(
                    &chapter.id,
                    "highlights",
                    Problem::UnknownHighlight(h.clone()),
                );
            }
        }
    }

    // Our own changelog: each change names a record of this file (unless it removed one),
    // says what changed, and is sourced.
    for change in &ds.changelog {
        let id = change.id.as_str();
        cite(&mut c, id, "sources", &change.sources);
        for (field, value) in [
            ("version", &change.version),
            ("record", &change.record),
            ("field", &change.field),
            ("why", &change.why),
        ] {
            c.text(id, field, value);
        }
        for (field, value) in [("was", &change.was), ("now", &change.now)] {
            if let Some(value) = value {
                c.text(id, field, value);
            }
        }
        if change.now.is_some() && !seen.contains(change.record.as_str()) {
            c.fail(
                id,
                "record",
                Problem::ChangeUnknownRecord(change.record.clone()),
            );
        }
        if change.was == change.now {
            c.fail(id, "now", Problem::ChangeNothing);
        }
    }

    // Every source is cited somewhere: an uncited source is a sign of a dropped citation.
    let cited: BTreeSet<&str> = ds
        .status_periods
        .iter()
        .flat_map(|p| {
            p.sources
                .iter()
                .chain(p.announced.iter().flat_map(|a| a.sources.iter()))
                .chain(p.conflict.iter().flat_map(|c| c.sources.iter()))
        })
        .chain(ds.events.iter().flat_map(|e| {
            e.sources
                .iter()
                .chain(e.conflict.iter().flat_map(|c| c.sources.iter()))
        }))
        .chain(ds.assistance.iter().flat_map(|a| {
            a.sources
                .iter()
                .chain(a.conflict.iter().flat_map(|c| c.sources.iter()))
        }))
        .chain(
            ds.programme
                .sources
                .iter()
                .chain(ds.programme.status.sources.iter()),
        )
        .chain(ds.corrections.iter().flat_map(|c| c.sources.iter()))
        .chain(ds.chapters.iter().flat_map(|c| c.sources.iter()))
        .chain(ds.changelog.iter().flat_map(|c| c.sources.iter()))
        .map(String::as_str)
        .collect();
    for source in &ds.sources {
        if !cited.contains(source.id.as_str()) {
            c.fail(&source.id, "id", Problem::Uncited);
        }
    }

    if rules.csto_checks {
        cross_check(&mut c, ds);
    }
    with_more(file, c.problems, c.more)
}

/// A stated amount carries its source's own words (required in the bundled data), and the
/// value agrees with them: the words contain the figure, quote one of the record's sources,
/// and carry the hedge the qualifier names. Hedges are read in English and Russian, the
/// languages `wording::hedge` knows; words in another language are checked for the figure.
fn check_wording(c: &mut Checker, a: &AssistanceRecord, rules: Rules) {
    let figures = match a.value.amount() {
        Amount::Stated { amount, .. } => vec![amount],
        Amount::Range { min, max, .. } => vec![min, max],
        Amount::Undisclosed | Amount::Malformed => Vec::new(),
    };
    let Some(words) = &a.value.wording else {
        if rules.csto_checks && !figures.is_empty() {
            c.fail(&a.id, "value.wording", Problem::WordingMissing);
        }
        return;
    };
    c.text(&a.id, "value.wording.text", &words.text);
    if !wording::is_language_tag(&words.lang) {
        c.fail(
            &a.id,
            "value.wording.lang",
            Problem::BadLanguage(words.lang.clone()),
        );
    }
    if !a.sources.contains(&words.source) {
        c.fail(
            &a.id,
            "value.wording.source",
            Problem::WordingSourceNotCited(words.source.clone()),
        );
    }
    for figure in figures.into_iter().filter(|f| f.is_finite() && *f > 0.0) {
        if !wording::contains_figure(&words.text, figure) {
            c.fail(
                &a.id,
                "value.wording.text",
                Problem::WordingLacksFigure(format!("{figure}")),
            );
        }
    }
    let primary = words.lang.split('-').next().unwrap_or_default();
    if matches!(primary, "en" | "ru") {
        let said = wording::hedge(&words.text);
        if said != a.value.qualifier {
            let code = |q: Option<Qualifier>| q.map_or("none", Qualifier::code).to_owned();
            c.fail(
                &a.id,
                "value.qualifier",
                Problem::QualifierDisagrees {
                    wording: code(said),
                    qualifier: code(a.value.qualifier),
                },
            );
        }
    }
}

fn check_currency(c: &mut Checker, record: &str, currency: &str) {
    if currency.len() != 3 || !currency.chars().all(|ch| ch.is_ascii_uppercase()) {
        c.fail(
            record,
            "value.currency",
            Problem::BadCurrency(currency.to_owned()),
        );
    }
}

fn check_conflict(
    c: &mut Checker,
    record: &str,
    conflict: Option<&Conflict>,
    sources: &HashSet<&str>,
) {
    let Some(conflict) = conflict else { return };
    c.text(record, "conflict.note", &conflict.note);
    if conflict.sources.is_empty() {
        c.fail(record, "conflict.sources", Problem::ConflictNoSources);
    }
    for s in &conflict.sources {
        if !sources.contains(s.as_str()) {
            c.fail(
                record,
                "conflict.sources",
                Problem::UnknownSource(s.clone()),
            );
        }
    }
}

/// Facts any account of the treaty must reproduce; a dataset that contradicts them is wrong.
fn cross_check(c: &mut Checker, ds: &Dataset) {
    let checks = [
        (
            (1994, 4, 20),
            9,
            "nine parties when the treaty entered into force (20 Apr 1994)",
        ),
        (
            (1999, 4, 20),
            9,
            "nine parties on the first term's last day (20 Apr 1999)",
        ),
        (
            (1999, 4, 21),
            6,
            "six parties once the first term had ended (21 Apr 1999)",
        ),
    ];
    for ((y, m, d), expected, what) in checks {
        let day = Day::from_ymd(y, m, d).expect("valid constant");
        let members = ds
            .states
            .iter()
            .filter(|s| {
                ds.period_at(&s.id, day)
                    .is_some_and(|p| p.status.is_member())
            })
            .count();
        if members != expected {
            c.fail(
                CROSS_CHECK,
                "status_periods",
                Problem::CrossCheck {
                    what: what.to_owned(),
                    found: members,
                },
            );
        }
    }
}
