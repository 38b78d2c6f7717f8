//! The bundled dataset: compiled into the binary from `static/data/csto.json` (the same file is
//! also served next to the page), parsed and validated once. `load` is the one entry point for
//! any dataset text, so tests, fixtures and the app share the same checks. Pure: no web crate.

pub mod date;
pub mod problem;
pub mod schema;
pub mod translate;
pub mod validate;
pub mod wording;

use std::fmt;
use std::sync::LazyLock;

pub use date::{Day, PartialDate};
pub use problem::Problem;
pub use schema::*;

/// Where the bundled dataset lives in the repository (and, under `data/`, in the built site).
pub const BUNDLED_PATH: &str = "static/data/csto.json";
/// The bundled dataset's text, exactly as shipped.
pub const BUNDLED_JSON: &str = include_str!("../static/data/csto.json");

/// The SHA-256 of the bundled dataset file as shipped (`data/csto.json`), computed by
/// `build.rs`: a citation names exactly this data.
pub const BUNDLED_SHA256: &str = env!("CSTO_DATASET_SHA256");

/// The same dataset packed as postcard bytes by `build.rs`, for the browser build.
pub const BUNDLED_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/csto.postcard"));

// Natively (tests, the server renderer) the bundled JSON goes through every check. The browser
// build decodes the packed copy without re-validating: build.rs has already run every rule on
// this exact data, and leaving the JSON parser and the validator out keeps the wasm within its
// size budget.
#[cfg(not(target_arch = "wasm32"))]
static BUNDLED: LazyLock<Result<Dataset, DataErrors>> =
    LazyLock::new(|| load(BUNDLED_PATH, BUNDLED_JSON));
#[cfg(target_arch = "wasm32")]
static BUNDLED: LazyLock<Result<Dataset, DataErrors>> = LazyLock::new(unpack_bundled);

/// Decodes the packed copy of the bundled dataset.
pub fn unpack_bundled() -> Result<Dataset, DataErrors> {
    postcard::from_bytes(BUNDLED_POSTCARD).map_err(|e| {
        DataErrors(vec![DataError {
            file: BUNDLED_PATH.to_owned(),
            record: "(packed copy)".to_owned(),
            field: String::new(),
            problem: Problem::Unreadable(e.to_string()),
        }])
    })
}

/// The bundled dataset, or every problem found in it.
pub fn bundled() -> Result<&'static Dataset, &'static DataErrors> {
    BUNDLED.as_ref()
}

/// Where the translations of the dataset's texts live, one `<code>.json` per language; the
/// browser build fetches them from `data/i18n/` next to the page.
pub const TRANSLATIONS_DIR: &str = "static/data/i18n";

/// The translation files, compiled in for native builds (tests, the server renderer) only: the
/// browser fetches a language's file when a reader picks it, so the first view carries none.
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED_TRANSLATIONS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// Datasets already translated, by language code. Each is built once and kept for the life of
/// the page (leaked), so components can hold `&'static` references as they do to the original.
static LOCALIZED: std::sync::Mutex<Vec<(String, &'static Dataset)>> =
    std::sync::Mutex::new(Vec::new());

fn localized(code: &str) -> Option<&'static Dataset> {
    let cache = LOCALIZED.lock().ok()?;
    cache.iter().find(|(c, _)| c == code).map(|(_, ds)| *ds)
}

/// Reads a translation file's text for language `code` and keeps the translated dataset.
/// Errors say what is wrong with the file; the original texts then stay in use.
pub fn add_translation(code: &str, text: &str) -> Result<&'static Dataset, String> {
    if let Some(ds) = localized(code) {
        return Ok(ds);
    }
    add_translation_entries(code, &translate::parse_translation(text)?)
}

/// [`add_translation`] for a file already read into its entries.
pub fn add_translation_entries(
    code: &str,
    map: &translate::Translation,
) -> Result<&'static Dataset, String> {
    if let Some(ds) = localized(code) {
        return Ok(ds);
    }
    // A fresh copy of the bundled dataset to translate in place (see `translate::apply`).
    #[cfg(target_arch = "wasm32")]
    let fresh = unpack_bundled();
    #[cfg(not(target_arch = "wasm32"))]
    let fresh = load(BUNDLED_PATH, BUNDLED_JSON);
    let fresh = fresh.map_err(|e| e.to_string())?;
    let ds: &'static Dataset = Box::leak(Box::new(translate::apply(fresh, map)));
    if let Ok(mut cache) = LOCALIZED.lock() {
        cache.push((code.to_owned(), ds));
    }
    Ok(ds)
}

/// The bundled dataset with its texts in the language `code`: the original (English) texts for
/// English, or where no translation is at hand — in the browser, until `add_translation` has
/// been given the fetched file. Sources stay as published in every language.
pub fn bundled_in(code: &str) -> Result<&'static Dataset, &'static DataErrors> {
    let original = bundled()?;
    if let Some(ds) = localized(code) {
        return Ok(ds);
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, text)) = EMBEDDED_TRANSLATIONS.iter().find(|(c, _)| *c == code) {
        return Ok(add_translation(code, text).unwrap_or(original));
    }
    Ok(original)
}

/// Whether `ds` is the bundled dataset (in any language) rather than a reader's own.
pub fn is_bundled(ds: &Dataset) -> bool {
    bundled().is_ok_and(|b| std::ptr::eq(b, ds))
        || LOCALIZED
            .lock()
            .is_ok_and(|cache| cache.iter().any(|(_, d)| std::ptr::eq(*d, ds)))
}

/// Whether texts in `code` are at hand without a fetch (English always is).
pub fn has_translation(code: &str) -> bool {
    code == "en" || localized(code).is_some() || cfg!(not(target_arch = "wasm32"))
}

/// One problem in a dataset, located by file, record id and field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DataError {
    pub file: String,
    /// The record's id, or a description such as `(top level)` where there is no record.
    pub record: String,
    pub field: String,
    pub problem: Problem,
}

impl DataError {
    /// What is wrong, in English (tests and the build read this).
    pub fn message(&self) -> String {
        self.problem.to_string()
    }

    /// Whether the problem is with the file or its top-level fields rather than one record.
    pub fn is_top_level(&self) -> bool {
        self.record == validate::TOP_LEVEL
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record '{}', field '{}': {}",
            self.file, self.record, self.field, self.problem
        )
    }
}

/// Every problem found, so that one run lists them all.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the dataset:", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "- {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

impl DataErrors {
    /// One problem with file `file` as a whole (its size, its count, reading or fetching it).
    pub fn whole_file(file: &str, problem: Problem) -> DataErrors {
        DataErrors(vec![DataError {
            file: file.to_owned(),
            record: validate::TOP_LEVEL.to_owned(),
            field: String::new(),
            problem,
        }])
    }
}

/// Parses and validates a dataset; `file` names it in error messages.
pub fn load(file: &str, json: &str) -> Result<Dataset, DataErrors> {
    let dataset = parse(file, json)?;
    let problems = validate::validate(file, &dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(DataErrors(problems))
    }
}

/// The largest dataset file a reader may load, in bytes.
pub const MAX_BYTES: usize = 2_000_000;
/// The most records (every array entry, programme stages included) a reader's dataset may have:
/// beyond it the timeline stops being readable and slows down.
pub const MAX_RECORDS: usize = 2_000;
pub use validate::MAX_PROBLEMS;
use validate::with_more;

/// A reader's own dataset: within the limits, the right shape, and every rule but the ones
/// about the CSTO itself. Nothing in it is trusted: every text is later rendered as text only.
pub fn load_custom(file: &str, json: &str) -> Result<Dataset, DataErrors> {
    let whole = |problem| DataErrors::whole_file(file, problem);
    if json.len() > MAX_BYTES {
        return Err(whole(Problem::TooLarge {
            bytes: json.len(),
            limit: MAX_BYTES,
        }));
    }
    let dataset = parse(file, json)?;
    let count = dataset.record_count();
    if count > MAX_RECORDS {
        return Err(whole(Problem::TooManyRecords {
            count,
            limit: MAX_RECORDS,
        }));
    }
    let problems = validate::validate_with(file, &dataset, validate::Rules::CUSTOM);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(DataErrors(problems))
    }
}

/// Parses a dataset's shape (types, required and unknown fields) without checking its rules.
/// serde stops at the first problem; to list them all at once, each record is then read on its
/// own, so every record with a shape problem is reported (its first problem).
pub fn parse(file: &str, json: &str) -> Result<Dataset, DataErrors> {
    read_located::<Dataset>(file, json).map_err(|first| {
        let first = *first;
        let mut all = record_shape_errors(file, json);
        if !all.contains(&first) {
            all.insert(0, first);
        }
        DataErrors(all)
    })
}

/// Reads `json` as a `T`, or its first shape problem, located by `serde_path_to_error` (the path
/// of keys and indices serde was reading) and named by the record's `id` where it has one.
fn read_located<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
) -> Result<T, Box<DataError>> {
    use serde_path_to_error::Segment;
    let mut reader = serde_json::Deserializer::from_str(json);
    let (steps, err) = match serde_path_to_error::deserialize::<_, T>(&mut reader) {
        Ok(value) => match reader.end() {
            Ok(()) => return Ok(value),
            // Text after the dataset: a problem with the file, not with a field.
            Err(err) => (Vec::new(), err),
        },
        Err(err) => {
            let steps = err
                .path()
                .iter()
                .filter_map(|segment| match segment {
                    Segment::Seq { index } => Some(format!("[{index}]")),
                    Segment::Map { key } | Segment::Enum { variant: key } => Some(key.clone()),
                    Segment::Unknown => None,
                })
                .collect();
            (steps, err.into_inner())
        }
    };
    Err(Box::new(locate_shape_error(file, json, steps, &err)))
}

/// The first shape problem of every record and of the programme, each read on its own. Empty
/// when the text is not a JSON object at all (the first problem then says why).
fn record_shape_errors(file: &str, json: &str) -> Vec<DataError> {
    use serde::de::DeserializeOwned;
    let Ok(serde_json::Value::Object(top)) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    // Each record is read within a one-record copy of its section, so its record and field are
    // located and named as in the whole file.
    fn one<T: DeserializeOwned>(file: &str, wrapped: &str) -> Option<DataError> {
        read_located::<std::collections::HashMap<String, T>>(file, wrapped)
            .err()
            .map(|e| *e)
    }
    let mut out = Vec::new();
    let mut more = 0;
    let mut keep = |out: &mut Vec<DataError>, found: Option<DataError>| {
        if let Some(e) = found {
            if out.len() < MAX_PROBLEMS {
                out.push(e);
            } else {
                more += 1;
            }
        }
    };
    for (section, value) in &top {
        let items: Vec<&serde_json::Value> = match value {
            serde_json::Value::Array(items) => items.iter().collect(),
            serde_json::Value::Object(_) if section == "programme" => {
                let wrapped = serde_json::json!({ "programme": value }).to_string();
                keep(&mut out, one::<Programme>(file, &wrapped));
                continue;
            }
            _ => continue,
        };
        for (index, item) in items.iter().enumerate() {
            let wrapped = serde_json::json!({ section.as_str(): [item] }).to_string();
            let found = match section.as_str() {
                "states" => one::<Vec<State>>(file, &wrapped),
                "sources" => one::<Vec<Source>>(file, &wrapped),
                "status_periods" => one::<Vec<StatusPeriod>>(file, &wrapped),
                "events" => one::<Vec<Event>>(file, &wrapped),
                "assistance" => one::<Vec<AssistanceRecord>>(file, &wrapped),
                "corrections" => one::<Vec<Correction>>(file, &wrapped),
                "chapters" => one::<Vec<Chapter>>(file, &wrapped),
                _ => None,
            };
            keep(
                &mut out,
                found.map(|mut e| {
                    // A record without an id is named by its place in the file.
                    if e.record == format!("{section}[0]") {
                        e.record = format!("{section}[{index}]");
                    }
                    e
                }),
            );
        }
    }
    with_more(file, out, more)
}

/// A shape problem as a `DataError`: the record (its `id`, or its place in its section) and the
/// field, from the path serde was reading; what is wrong, from serde's message.
fn locate_shape_error(
    file: &str,
    json: &str,
    mut steps: Vec<String>,
    inner: &serde_json::Error,
) -> DataError {
    let message = inner.to_string();
    if let Some(named) = message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("missing field `"))
    {
        // serde reports a missing field on the object that lacks it.
        steps.push(named.to_owned());
    }
    let join = |steps: &[String]| {
        let mut out = String::new();
        for step in steps {
            if !out.is_empty() && !step.starts_with('[') {
                out.push('.');
            }
            out.push_str(step);
        }
        out
    };
    // A record is an item of a top-level section: `states[2]…`.
    let index = steps.get(1).and_then(|s| {
        s.strip_prefix('[')?
            .strip_suffix(']')?
            .parse::<usize>()
            .ok()
    });
    let (record, field) = match index {
        Some(index) => {
            let section = &steps[0];
            let id = serde_json::from_str::<serde_json::Value>(json)
                .ok()
                .and_then(|v| v[section.as_str()][index]["id"].as_str().map(str::to_owned));
            (
                id.unwrap_or_else(|| format!("{section}[{index}]")),
                join(&steps[2..]),
            )
        }
        None => ("(top level)".to_owned(), join(&steps)),
    };
    let problem = if inner.is_syntax() || inner.is_eof() {
        let detail = message
            .rfind(" at line ")
            .map_or(message.as_str(), |i| &message[..i]);
        Problem::NotJson {
            line: inner.line(),
            column: inner.column(),
            detail: detail.to_owned(),
        }
    } else {
        Problem::from_serde_message(&message)
    };
    DataError {
        file: file.to_owned(),
        record,
        field,
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_copy_is_the_same_dataset() {
        assert_eq!(unpack_bundled().unwrap(), *bundled().unwrap());
    }

    #[test]
    fn shape_errors_name_record_and_field() {
        let e = load("f.json", r#"{"schema_version": 1, "states": [{"id": "ARM", "name": "Armenia", "colour": "red"}]}"#)
            .unwrap_err();
        assert_eq!(
            (e.0[0].record.as_str(), e.0[0].field.as_str()),
            ("ARM", "colour")
        );
        let e = load("f.json", "{\"as_of\": \"2026-13-01\"}").unwrap_err();
        assert_eq!(e.0[0].field, "as_of");
        assert!(
            e.0[0].message().contains("invalid date"),
            "{}",
            e.0[0].message()
        );
        let e = load("f.json", "{ not json").unwrap_err();
        assert!(e.0[0].message().starts_with("not valid JSON"));
    }
}
