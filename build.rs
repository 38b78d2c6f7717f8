//! Checks the bundled dataset's shape at build time and packs it for the browser.
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

const DATASET: &str = "static/data/csto.json";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed=src/data/schema.rs");
    println!("cargo:rerun-if-changed=src/data/date.rs");
    let json = std::fs::read_to_string(DATASET).unwrap_or_else(|e| panic!("{DATASET}: {e}"));
    let dataset: schema::Dataset = serde_json::from_str(&json).unwrap_or_else(|e| {
        // The full located message (record and field) comes from `cargo test --test data_integrity`.
        panic!("{DATASET}: {e} (run `cargo test --test data_integrity` for the record and field)")
    });
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset serialises");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("csto.postcard"), bytes).expect("OUT_DIR is writable");
}
