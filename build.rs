//! Checks the bundled dataset at build time — its shape and every validation rule — and packs
//! it for the browser, so no build (tests run or not) can ship data that breaks a rule.
//!
//! The browser build embeds the dataset as postcard bytes rather than JSON text: decoding
//! postcard needs no JSON parser and no field-name matching in the wasm, which keeps the first
//! view within its size budget. Native builds (tests, the server renderer) still read the JSON
//! itself and run every validation rule; a test proves both decode to the same dataset.
#![allow(dead_code)]

#[path = "src/data/date.rs"]
mod date;
#[path = "src/data/schema.rs"]
mod schema;
#[path = "src/data/validate.rs"]
mod validate;

pub use date::{Day, PartialDate};

/// The same shape as `csto_explorer::data::DataError`, which `validate.rs` builds.
pub struct DataError {
    pub file: String,
    pub record: String,
    pub field: String,
    pub message: String,
}

const DATASET: &str = "static/data/csto.json";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed=src/data/schema.rs");
    println!("cargo:rerun-if-changed=src/data/date.rs");
    println!("cargo:rerun-if-changed=src/data/validate.rs");
    let json = std::fs::read_to_string(DATASET).unwrap_or_else(|e| panic!("{DATASET}: {e}"));
    let dataset: schema::Dataset = serde_json::from_str(&json).unwrap_or_else(|e| {
        // The full located message (record and field) comes from `cargo test --test data_integrity`.
        panic!("{DATASET}: {e} (run `cargo test --test data_integrity` for the record and field)")
    });
    let problems = validate::validate(DATASET, &dataset);
    if !problems.is_empty() {
        let list: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "- {}: record '{}', field '{}': {}",
                    p.file, p.record, p.field, p.message
                )
            })
            .collect();
        panic!(
            "{} problem(s) in the dataset:\n{}",
            problems.len(),
            list.join("\n")
        );
    }
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset serialises");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("csto.postcard"), bytes).expect("OUT_DIR is writable");
}
