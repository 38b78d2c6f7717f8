//! Hostile-input fuzzing, run as a benchmark-style command (not in the test run):
//! `scripts/fuzz.sh` or `cargo run --release --example fuzz -- [urls] [datasets] [seed]`.
//!
//! - **Addresses**: random query strings built from the real parameter names and a corpus of
//!   bad values (wrong types, huge, empty, repeated, unicode, markup, broken percent escapes),
//!   plus raw random bytes. Each is parsed, restored into the app state, written back and read
//!   again; the restored view must be one the data can show, and stable on a round trip.
//! - **Datasets**: the bundled data and a reader-sized fixture, mutated both as text (bytes
//!   flipped, cut, duplicated, tokens spliced in) and as JSON (fields dropped, retyped, set to
//!   extreme or hostile values, records duplicated or emptied). Each goes through the loader and
//!   validator; every one that passes is drawn: timeline, roster, map, "what changed", the chart,
//!   every record's detail and both SVG exports.
//!
//! Any panic is caught, counted and printed with the input that caused it, and the command fails.
//! So is a case over its budget: each case is timed, and its peak heap use (above what was in use
//! before it) is read from a counting allocator; the worst of each kind is reported. Inputs are
//! deterministic for a given seed. Pure: no browser needed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use peak_alloc::PeakAlloc;

use csto_explorer::chart::{spec, svg};
use csto_explorer::data::{self, Dataset, Day, Track};
use csto_explorer::export;
use csto_explorer::i18n::Lang;
use csto_explorer::model::{changes, detail, map, roster, timeline};
use csto_explorer::permalink;
use csto_explorer::state::{Action, AppState, DataRef};
use serde_json::{Value, json};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// What one case may take: time, and heap at its peak above what was in use before it.
struct Budget {
    time: Duration,
    bytes: usize,
}

/// An address is parsed, restored, written and read back: a page load's work on it.
const ADDRESS_BUDGET: Budget = Budget {
    time: Duration::from_millis(25),
    bytes: 2 << 20,
};
/// A dataset is loaded, checked and, if valid, drawn in full (every view, both exports).
const DATASET_BUDGET: Budget = Budget {
    time: Duration::from_millis(500),
    bytes: 32 << 20,
};

/// The worst case of a kind so far, and how many went over the budget.
#[derive(Default)]
struct Worst {
    time: Duration,
    bytes: usize,
    over: usize,
}

impl Worst {
    /// Runs `case` and measures it; true if it kept to `budget`.
    fn measure<T>(&mut self, budget: &Budget, case: impl FnOnce() -> T) -> (T, bool) {
        HEAP.reset_peak_usage();
        let before = HEAP.current_usage();
        let clock = Instant::now();
        let out = case();
        let (time, bytes) = (clock.elapsed(), HEAP.peak_usage().saturating_sub(before));
        self.time = self.time.max(time);
        self.bytes = self.bytes.max(bytes);
        let kept = time <= budget.time && bytes <= budget.bytes;
        self.over += usize::from(!kept);
        (out, kept)
    }

    /// `cases` cases in `took`: how fast, and the worst of them against the budget.
    fn report(&self, budget: &Budget, cases: usize, took: Duration) -> String {
        format!(
            "{cases} cases in {:.1} s ({:.0} per second); worst case {:.1} ms and {:.1} MiB of heap (budget {} ms and {} MiB per case), {} over",
            took.as_secs_f64(),
            cases as f64 / took.as_secs_f64(),
            self.time.as_secs_f64() * 1000.0,
            self.bytes as f64 / f64::from(1 << 20),
            budget.time.as_millis(),
            budget.bytes >> 20,
            self.over
        )
    }
}

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const KEYS: &[&str] = &[
    "item",
    "date",
    "track",
    "theme",
    "chapter",
    "reveal",
    "projector",
    "lang",
    "from",
    "to",
    "embed",
    "sync",
    "data",
    "allow_data",
    "",
    "ITEM",
    "date[]",
    "%64ate",
    "item%00",
    "__proto__",
];

const SEPARATORS: &[&str] = &["&", "&", "&", "&&", ";", "&amp;"];

const VALUES: &[&str] = &[
    "",
    "1",
    "0",
    "true",
    "false",
    "yes",
    "-1",
    "2",
    "NaN",
    "Infinity",
    "null",
    "undefined",
    "uzb-suspended",
    "arm-frozen",
    "programme-2024",
    "sochi-pledge",
    "TJK",
    "chapter-1999",
    "1999-12-31",
    "1992-05-15",
    "1991-12-31",
    "2026-11-26",
    "9999-12-31",
    "0000-01-01",
    "2024-02-29",
    "2023-02-29",
    "1999-13-01",
    "1999-00-10",
    "1999-1-1",
    "99-12-31",
    "+1999-12-31",
    "1999-12-31T00:00",
    "bilateral",
    "collective",
    "BILATERAL",
    "dark",
    "light",
    "auto",
    "ru",
    "en",
    "RU",
    "ru-RU",
    "de",
    "data/csto.json",
    "https://example.org/x.json",
    "javascript:alert(1)",
    "data:text/html,<b>",
    "//evil.example/x",
    "file:///etc/passwd",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "%3Cscript%3E",
    "%",
    "%%",
    "%zz",
    "%E2%82",
    "%FF%FE",
    "%00",
    "+",
    "++",
    "=",
    "==",
    "&",
    "#",
    "?",
    "\u{202e}",
    "📅",
    "Узбекистан",
    "中文",
    "\u{0}",
    "\t",
    "\n",
    "a b",
    "../../..",
    "..%2F..%2F",
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    let len = rng.below(max + 1);
    (0..len)
        .map(|_| match rng.below(6) {
            0 => char::from(b'a' + rng.below(26) as u8),
            1 => char::from(b'0' + rng.below(10) as u8),
            2 => *rng.pick(&[
                '-', '%', '&', '=', '#', '?', '+', '/', ':', '.', '<', '>', '"',
            ]),
            3 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
            4 => *rng.pick(&['é', 'ж', '📅', '\u{200b}', '\u{0}', ' ']),
            _ => char::from(rng.below(128) as u8),
        })
        .collect()
}

fn random_query(rng: &mut Rng) -> String {
    let mut q = String::new();
    if rng.chance(60) {
        q.push(*rng.pick(&['?', '#']));
    }
    if rng.chance(3) {
        return q + &random_text(rng, 400);
    }
    for i in 0..rng.below(14) {
        if i > 0 || rng.chance(10) {
            let sep = *rng.pick(SEPARATORS);
            q.push_str(sep);
        }
        let key = if rng.chance(90) {
            (*rng.pick(KEYS)).to_owned()
        } else {
            random_text(rng, 12)
        };
        q.push_str(&key);
        if rng.chance(95) {
            q.push('=');
        }
        let value = match rng.below(10) {
            0 => random_text(rng, 40),
            1 => "x".repeat(rng.below(20_000)),
            2 => format!("{}{}", rng.pick(VALUES), rng.pick(VALUES)),
            _ => (*rng.pick(VALUES)).to_owned(),
        };
        q.push_str(&value);
    }
    q
}

/// One address through the whole path a page load takes; panics on a broken invariant.
fn check_address(start: &AppState, query: &str) {
    let (view, _warnings) = permalink::parse(query);
    let _ = start.check_view(&view);
    let next = start.apply(Action::Restore(view));
    if let Some(id) = &next.selected {
        assert!(
            detail::detail(&next.data.ds, next.data.lang, id).is_some(),
            "selected an unknown record {id}"
        );
    }
    assert!(
        next.date >= next.earliest() && next.date <= next.latest,
        "date out of range"
    );
    let shown = next.view(Lang::ENGLISH);
    let written = permalink::to_query(&shown);
    let (again, warnings) = permalink::parse(&written);
    assert!(
        warnings.is_empty(),
        "our own address warns: {written} {warnings:?}"
    );
    assert_eq!(again, shown, "the address does not round-trip: {written}");
}

// ---- datasets ----

fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes[at] = rng.next() as u8,
            1 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(200)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
            3 => {
                let token = rng.pick(&[
                    "{",
                    "}",
                    "[",
                    "]",
                    "\"",
                    ",",
                    ":",
                    "null",
                    "1e999",
                    "-0",
                    "\"\\ud800\"",
                    "\\u0000",
                    "18446744073709551616",
                    "-1",
                    "0.0000001",
                    "\"\"",
                    "[]",
                    "{}",
                    "true",
                ]);
                bytes.splice(at..at, token.bytes());
            }
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every place in a JSON value, as a path of object keys and array indices.
fn paths(value: &Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(PathStep::Key(k.clone()));
                paths(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                paths(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut v = value;
    for step in path {
        v = match step {
            PathStep::Key(k) => v.get_mut(k)?,
            PathStep::Index(i) => v.get_mut(*i)?,
        };
    }
    Some(v)
}

fn replacement(rng: &mut Rng, old: &Value, ids: &[String]) -> Value {
    match rng.below(14) {
        0 => Value::Null,
        1 => json!(rng.pick(&[0, -1, 1, 2, 255, 256, 65_536, i64::MAX, i64::MIN])),
        2 => json!(rng.pick(&[0.0, -0.0, 1e-300, 1e300, f64::MAX, f64::MIN_POSITIVE, 0.5])),
        3 => json!(rng.pick(&[
            "",
            " ",
            "x",
            "0000",
            "0001-01-01",
            "9999-12-31",
            "1992",
            "1992-05",
            "2024-02-29",
            "2023-02-29",
            "1992-05-15",
            "2026-11-26",
            "1900-01-01",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "https://example.org",
            "USD",
            "usd",
            "stated",
            "undisclosed",
            "stated_range",
            "member",
            "frozen",
            "suspended",
            "signatory",
            "not_party",
            "pledge",
            "delivery",
            "none_reported",
            "collective",
            "bilateral",
            "state",
            "organization",
            "high",
            "low",
            "medium",
            "CSTO",
            "TJK",
        ])),
        4 => json!(rng.pick(ids)),
        5 => json!("x".repeat(rng.below(5_000))),
        6 => json!([]),
        7 => json!({}),
        8 => json!([rng.pick(ids)]),
        9 => json!(true),
        10 => json!(random_text(rng, 30)),
        11 => match old {
            Value::Array(items) if !items.is_empty() => {
                let mut items = items.clone();
                let i = rng.below(items.len());
                let copy = items[i].clone();
                items.insert(rng.below(items.len() + 1), copy);
                Value::Array(items)
            }
            other => other.clone(),
        },
        12 => match old {
            Value::Array(items) if !items.is_empty() => {
                let mut items = items.clone();
                items.remove(rng.below(items.len()));
                Value::Array(items)
            }
            other => other.clone(),
        },
        _ => match old {
            Value::String(s) if s.len() >= 4 => {
                // A nearby date or id: one character changed.
                let mut chars: Vec<char> = s.chars().collect();
                let i = rng.below(chars.len());
                chars[i] = *rng.pick(&['0', '1', '2', '9', '-', 'a', 'Z']);
                Value::String(chars.into_iter().collect())
            }
            other => other.clone(),
        },
    }
}

fn mutate_json(rng: &mut Rng, base: &Value, ids: &[String], all_paths: &[Vec<PathStep>]) -> Value {
    let mut v = base.clone();
    for _ in 0..=rng.below(3) {
        let path = rng.pick(all_paths);
        if rng.chance(15) && !path.is_empty() {
            // Drop the field or record altogether.
            let (last, parent) = path.split_last().expect("not empty");
            if let Some(parent) = at(&mut v, parent) {
                match (parent, last) {
                    (Value::Object(map), PathStep::Key(k)) => {
                        map.remove(k);
                    }
                    (Value::Array(items), PathStep::Index(i)) if *i < items.len() => {
                        items.remove(*i);
                    }
                    _ => {}
                }
            }
            continue;
        }
        if let Some(slot) = at(&mut v, path) {
            let new = replacement(rng, slot, ids);
            *slot = new;
        }
    }
    v
}

/// Draws everything a valid dataset feeds; panics if anything breaks.
fn draw_everything(ds: &Dataset, rng: &mut Rng) {
    let lang = if rng.chance(50) {
        Lang::ENGLISH
    } else {
        Lang::from_code("ru").expect("ru")
    };
    let today = Day::from_ymd(2026, 11, 26).expect("valid");
    let layout = timeline::layout(ds, lang, today);
    let (first, last) = timeline::domain(ds, today);
    let span = (last.days_since_epoch() - first.days_since_epoch()).max(1) as usize;
    let day = first.add_days(rng.below(span) as i32);
    let _ = roster::roster_at(ds, day).headline(lang);
    let _ = map::states_at(ds, lang, day);
    let _ = changes::between(ds, lang, first, day).as_text();
    let _ = timeline::chronology(ds, lang);
    let until = Some(first.add_days(rng.below(span) as i32));
    let _ = timeline::layout_until(ds, lang, today, until);
    for track in [Track::Collective, Track::Bilateral] {
        let chart = spec::build(ds, lang, track, today);
        let _ = svg::render_with_positions(&chart).expect("the chart draws");
        let _ = export::chart_svg(ds, lang, &chart, 900, None).expect("the chart exports");
        let _ = svg::render_with_positions(&chart.clone().until(day));
    }
    let _ = export::timeline_svg(ds, lang, &layout, day, 1000, Some("https://x/"));
    let ids = ds
        .status_periods
        .iter()
        .map(|p| p.id.as_str())
        .chain(ds.events.iter().map(|e| e.id.as_str()))
        .chain(ds.assistance.iter().map(|a| a.id.as_str()))
        .chain([ds.programme.id.as_str()]);
    for id in ids {
        let _ = detail::detail(ds, lang, id);
    }
    let data = DataRef::custom(ds.clone(), lang, "fuzz.json".into(), None);
    let state = AppState::new(data, today);
    let _ = state.apply(Action::SetDate(day)).view(lang);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: usize| {
        args.get(i)
            .and_then(|a| a.replace('_', "").parse().ok())
            .unwrap_or(default)
    };
    let (url_cases, dataset_cases) = (number(0, 1_000_000), number(1, 100_000));
    let seed = number(2, 20_261_127) as u64;
    let mut rng = Rng(seed);
    // Panics are caught and counted; keep their messages off the output.
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures: Vec<String> = Vec::new();

    let bundled = DataRef::bundled(Lang::ENGLISH).expect("the bundled data loads");
    let today = Day::from_ymd(2026, 11, 26).expect("valid");
    let start = AppState::new(bundled, today);
    let clock = Instant::now();
    let mut worst_address = Worst::default();
    for _ in 0..url_cases {
        let query = random_query(&mut rng);
        let (outcome, kept) = worst_address.measure(&ADDRESS_BUDGET, || {
            catch_unwind(AssertUnwindSafe(|| check_address(&start, &query)))
        });
        let what = match (outcome.is_err(), kept) {
            (true, _) => "panicked",
            (false, false) => "over budget",
            (false, true) => continue,
        };
        if failures.len() < 20 {
            let query: String = query.chars().take(300).collect();
            failures.push(format!("address {query:?} {what}"));
        }
    }
    println!(
        "addresses (seed {seed}): {}",
        worst_address.report(&ADDRESS_BUDGET, url_cases, clock.elapsed())
    );

    let bases: Vec<(String, Value)> = [
        data::BUNDLED_JSON,
        include_str!("../tests/fixtures/custom/valid.json"),
    ]
    .iter()
    .map(|text| {
        (
            (*text).to_owned(),
            serde_json::from_str(text).expect("base parses"),
        )
    })
    .collect();
    let base_info: Vec<(Vec<String>, Vec<Vec<PathStep>>)> = bases
        .iter()
        .map(|(_, v)| {
            let mut ids = Vec::new();
            let mut all = Vec::new();
            paths(v, &mut Vec::new(), &mut all);
            for section in [
                "states",
                "sources",
                "status_periods",
                "events",
                "assistance",
                "chapters",
            ] {
                for r in v[section].as_array().into_iter().flatten() {
                    if let Some(id) = r["id"].as_str() {
                        ids.push(id.to_owned());
                    }
                }
            }
            (ids, all)
        })
        .collect();
    let clock = Instant::now();
    let mut worst_dataset = Worst::default();
    let (mut valid, mut rejected) = (0usize, 0usize);
    for case in 0..dataset_cases {
        // The small fixture most of the time: a reader's dataset is more like it, and it is fast.
        let which = usize::from(case % 5 != 0);
        let (text, value) = &bases[which];
        let (ids, all_paths) = &base_info[which];
        let mutated = if rng.chance(35) {
            mutate_text(&mut rng, text)
        } else {
            let v = mutate_json(&mut rng, value, ids, all_paths);
            serde_json::to_string(&v).expect("a Value serialises")
        };
        let (outcome, kept) = worst_dataset.measure(&DATASET_BUDGET, || {
            catch_unwind(AssertUnwindSafe(|| {
                let loaded = if which == 0 && rng.chance(50) {
                    data::load("fuzz.json", &mutated)
                } else {
                    data::load_custom("fuzz.json", &mutated)
                };
                match loaded {
                    Ok(ds) => {
                        draw_everything(&ds, &mut rng);
                        true
                    }
                    Err(errors) => {
                        for e in &errors.0 {
                            let _ = e.problem.describe("ru");
                            let _ = e.to_string();
                        }
                        false
                    }
                }
            }))
        });
        let what = match outcome {
            Ok(true) if kept => {
                valid += 1;
                continue;
            }
            Ok(false) if kept => {
                rejected += 1;
                continue;
            }
            Ok(_) => "over budget",
            Err(_) => "panicked",
        };
        if failures.len() < 20 {
            let path = std::env::temp_dir().join(format!("csto-fuzz-{case}.json"));
            let _ = std::fs::write(&path, &mutated);
            failures.push(format!(
                "dataset case {case} {what}, saved to {}",
                path.display()
            ));
        }
    }
    println!(
        "datasets, mutated: {}; {rejected} rejected with listed problems, {valid} valid and drawn in full",
        worst_dataset.report(&DATASET_BUDGET, dataset_cases, clock.elapsed())
    );
    if failures.is_empty() {
        println!("panics: 0, over budget: 0");
    } else {
        println!(
            "panics or over budget: {} (first ones below)",
            failures.len()
        );
        for f in &failures {
            println!("  {f}");
        }
        std::process::exit(1);
    }
}
