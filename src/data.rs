//! The bundled dataset: compiled into the binary from `static/data/csto.json` (the same file is
//! also served next to the page), parsed and validated once. `load` is the one entry point for
//! any dataset text, so tests, fixtures and the app share the same checks. Pure: no web crate.

pub mod date;
pub mod digest;
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
    serde_json::from_str(json).map_err(|first| {
        let first = locate_shape_error(file, json, &first);
        let mut all = record_shape_errors(file, json);
        if !all.contains(&first) {
            all.insert(0, first);
        }
        DataErrors(all)
    })
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
        let err = serde_json::from_str::<std::collections::HashMap<String, T>>(wrapped).err()?;
        Some(locate_shape_error(file, wrapped, &err))
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

/// serde reports a shape problem by line and column only; [`json_path_at`] turns that position
/// into the record's id and the field's path, without a second, path-tracking deserialization.
fn locate_shape_error(file: &str, json: &str, err: &serde_json::Error) -> DataError {
    let offset = json
        .split_inclusive('\n')
        .take(err.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        + err.column().saturating_sub(1);
    let message = err.to_string();
    let (record, mut field) = json_path_at(json, offset);
    if let Some(named) = message
        .split('`')
        .nth(1)
        .filter(|_| message.contains("missing field `"))
    {
        // serde stops at the object's closing brace, after its last key: that key is not the
        // problem, the missing one is.
        field.truncate(field.rfind('.').unwrap_or(0));
        if !field.is_empty() {
            field.push('.');
        }
        field.push_str(named);
    }
    let problem = if err.is_syntax() || err.is_eof() {
        let detail = message
            .rfind(" at line ")
            .map_or(message.as_str(), |i| &message[..i]);
        Problem::NotJson {
            line: err.line(),
            column: err.column(),
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

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
        id: Option<String>,
    },
    Array {
        index: usize,
    },
}

/// Where byte `offset` of a JSON text lies: the `id` of the record (an object directly inside
/// a top-level array) around it, and the path from that record (or from the top) to the value,
/// such as `announced[0].date`. A small scanner, not a parser: it only tracks nesting.
pub fn json_path_at(json: &str, offset: usize) -> (String, String) {
    let mut stack: Vec<Frame> = Vec::new();
    let mut snapshot: Option<Vec<(usize, String)>> = None;
    let mut record_depth_id: Option<String> = None;
    let bytes = json.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if snapshot.is_none() && i >= offset {
            snapshot = Some(describe(&stack));
        }
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let text = json.get(start..i.min(json.len())).unwrap_or("").to_owned();
                let depth = stack.len();
                if let Some(Frame::Object {
                    key,
                    expecting_key,
                    id,
                }) = stack.last_mut()
                {
                    if *expecting_key {
                        *key = Some(text);
                        *expecting_key = false;
                    } else if depth == 3 && key.as_deref() == Some("id") {
                        *id = Some(text);
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
                id: None,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                let closed = stack.pop();
                // The record around the offset closes: its id is now known.
                if stack.len() == 2 && snapshot.is_some() {
                    if let Some(Frame::Object { id, .. }) = closed {
                        record_depth_id = id;
                    }
                    break;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let path = snapshot.unwrap_or_else(|| describe(&stack));
    // Depth 0 is the top-level object, 1 a section's array, 2 a record in it.
    let in_record = path.len() >= 3 && matches!(stack.get(1), Some(Frame::Array { .. }) | None);
    let render = |steps: &[(usize, String)]| {
        let mut out = String::new();
        for (_, step) in steps {
            if !out.is_empty() && !step.starts_with('[') {
                out.push('.');
            }
            out.push_str(step);
        }
        out
    };
    if in_record {
        let section = path[0].1.clone();
        let record = record_depth_id.unwrap_or_else(|| format!("{section}{}", path[1].1));
        (record, render(&path[2..]))
    } else {
        ("(top level)".to_owned(), render(&path))
    }
}

/// The open containers as path steps: object keys and array indices.
fn describe(stack: &[Frame]) -> Vec<(usize, String)> {
    stack
        .iter()
        .enumerate()
        .filter_map(|(depth, f)| match f {
            Frame::Object {
                key: Some(k),
                expecting_key: false,
                ..
            } => Some((depth, k.clone())),
            Frame::Object {
                key: Some(k),
                expecting_key: true,
                ..
            } if depth + 1 == stack.len() => Some((depth, k.clone())),
            Frame::Array { index } => Some((depth, format!("[{index}]"))),
            _ => None,
        })
        .collect()
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
