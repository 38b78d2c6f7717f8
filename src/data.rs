//! The bundled dataset: compiled into the binary from `static/data/csto.json` (the same file is
//! also served next to the page), parsed and validated once. `load` is the one entry point for
//! any dataset text, so tests, fixtures and the app share the same checks. Pure: no web crate.

pub mod date;
pub mod schema;
pub mod validate;

use std::fmt;
use std::sync::LazyLock;

pub use date::{Day, PartialDate};
pub use schema::*;

/// Where the bundled dataset lives in the repository (and, under `data/`, in the built site).
pub const BUNDLED_PATH: &str = "static/data/csto.json";
/// The bundled dataset's text, exactly as shipped.
pub const BUNDLED_JSON: &str = include_str!("../static/data/csto.json");

// Natively (tests, the server renderer) the bundled text goes through every check. The browser
// build only parses it: the test suite has already proved this exact text valid, and leaving the
// validator out keeps the wasm within its size budget.
#[cfg(not(target_arch = "wasm32"))]
static BUNDLED: LazyLock<Result<Dataset, DataErrors>> =
    LazyLock::new(|| load(BUNDLED_PATH, BUNDLED_JSON));
#[cfg(target_arch = "wasm32")]
static BUNDLED: LazyLock<Result<Dataset, DataErrors>> =
    LazyLock::new(|| parse(BUNDLED_PATH, BUNDLED_JSON));

/// The bundled dataset, or every problem found in it.
pub fn bundled() -> Result<&'static Dataset, &'static DataErrors> {
    BUNDLED.as_ref()
}

/// One problem in a dataset, located by file, record id and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The record's id, or a description such as `(top level)` where there is no record.
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record '{}', field '{}': {}",
            self.file, self.record, self.field, self.message
        )
    }
}

/// Every problem found, so that one run lists them all.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// Parses a dataset's shape (types, required and unknown fields) without checking its rules.
pub fn parse(file: &str, json: &str) -> Result<Dataset, DataErrors> {
    serde_json::from_str(json).map_err(|e| DataErrors(vec![locate_shape_error(file, json, &e)]))
}

/// serde reports a shape problem by line and column only. The text before that point says
/// where it is: the nearest `"id"` names the record and the last key names the field (unless
/// the message names one, as in "unknown field `colour`"). Parsing straight into the typed
/// dataset, with no generic JSON tree, keeps the wasm binary small.
fn locate_shape_error(file: &str, json: &str, err: &serde_json::Error) -> DataError {
    let offset = json
        .split_inclusive('\n')
        .take(err.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        + err.column();
    let before = json.get(..offset.min(json.len())).unwrap_or(json);
    let message = err.to_string();
    let named = message
        .split('`')
        .nth(1)
        .filter(|_| message.contains("field `"))
        .map(str::to_owned);
    let record = last_value_of_key(before, "id").unwrap_or_else(|| "(top level)".to_owned());
    let field = named.or_else(|| last_key(before)).unwrap_or_default();
    let message = if err.is_syntax() || err.is_eof() {
        format!("not valid JSON: {message}")
    } else {
        message
    };
    DataError {
        file: file.to_owned(),
        record,
        field,
        message,
    }
}

/// The string value of the last `"key": "value"` pair in `text`.
fn last_value_of_key(text: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\"");
    let at = text.rfind(&pattern)? + pattern.len();
    let rest = text[at..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    Some(rest[..rest.find('"')?].to_owned())
}

/// The last object key in `text`: a quoted string followed by a colon.
fn last_key(text: &str) -> Option<String> {
    let colon = text.rfind("\":")?;
    let start = text[..colon].rfind('"')? + 1;
    Some(text[start..colon].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

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
            e.0[0].message.contains("invalid date"),
            "{}",
            e.0[0].message
        );
        let e = load("f.json", "{ not json").unwrap_err();
        assert!(e.0[0].message.starts_with("not valid JSON"));
    }
}
