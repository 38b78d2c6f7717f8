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
#[path = "src/data/problem.rs"]
mod problem;
#[path = "src/data/schema.rs"]
mod schema;
#[path = "src/data/translate.rs"]
mod translate;
#[path = "src/data/validate.rs"]
mod validate;
#[path = "src/data/wording.rs"]
mod wording;

pub use date::{Day, PartialDate};

/// The same shape as `csto_explorer::data::DataError`, which `validate.rs` builds.
pub struct DataError {
    pub file: String,
    pub record: String,
    pub field: String,
    pub problem: problem::Problem,
}

const DATASET: &str = "static/data/csto.json";
/// One file per language, `<code>.json`, mapping dataset text keys to translations.
const TRANSLATIONS: &str = "static/data/i18n";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed=src/data/schema.rs");
    println!("cargo:rerun-if-changed=src/data/date.rs");
    println!("cargo:rerun-if-changed=src/data/validate.rs");
    println!("cargo:rerun-if-changed=src/data/translate.rs");
    println!("cargo:rerun-if-changed=src/data/wording.rs");
    println!("cargo:rerun-if-changed={TRANSLATIONS}");
    let json = std::fs::read_to_string(DATASET).unwrap_or_else(|e| panic!("{DATASET}: {e}"));
    // The citation names the exact file shipped: its SHA-256, byte for byte.
    println!(
        "cargo:rustc-env=CSTO_DATASET_SHA256={}",
        sha256_hex(json.as_bytes())
    );
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
                    p.file, p.record, p.field, p.problem
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
    check_translations(&dataset, &out);
    pack_map(&dataset, &out);
    name_embed_script();
}

/// SHA-256 in lower-case hex (the `sha2` crate; build time only, so it costs the wasm nothing).
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(bytes))
}

/// Bytes in lower-case hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The host script an article loads (`static/embed.js`), which the build also publishes under a
/// name from its content's hash (`src/bin/data-files.rs`), so the embed code can carry its
/// Subresource Integrity value: `CSTO_EMBED_SCRIPT` (the name) and `CSTO_EMBED_INTEGRITY`.
fn name_embed_script() {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    const SCRIPT: &str = "static/embed.js";
    println!("cargo:rerun-if-changed={SCRIPT}");
    let bytes = std::fs::read(SCRIPT).unwrap_or_else(|e| panic!("{SCRIPT}: {e}"));
    let digest = Sha384::digest(&bytes);
    println!(
        "cargo:rustc-env=CSTO_EMBED_SCRIPT=csto-embed-{}.js",
        hex(&digest[..8])
    );
    println!(
        "cargo:rustc-env=CSTO_EMBED_INTEGRITY=sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
}

const MAP: &str = "static/data/map.json";

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    attribution: String,
    width: u32,
    height: u32,
    shapes: Vec<MapShape>,
    context: Vec<String>,
    border: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MapShape {
    id: String,
    d: String,
    label: [i32; 2],
}

/// Compiles the region map (made by `tools/map.mjs`) into Rust constants: the app draws it with
/// no parsing at all. Refuses a map that lacks a state of the dataset or Afghanistan.
fn pack_map(dataset: &schema::Dataset, out: &std::path::Path) {
    println!("cargo:rerun-if-changed={MAP}");
    let text = std::fs::read_to_string(MAP).unwrap_or_else(|e| panic!("{MAP}: {e}"));
    let map: MapFile = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{MAP}: {e}"));
    let path_ok = |d: &str| {
        d.starts_with('M')
            && d.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.,".contains(&b))
    };
    for id in dataset.states.iter().map(|s| s.id.as_str()).chain(["AFG"]) {
        let shape = map.shapes.iter().find(|s| s.id == id);
        assert!(
            shape.is_some_and(|s| path_ok(&s.d)),
            "{MAP}: no usable shape for {id}"
        );
    }
    assert!(
        path_ok(&map.border),
        "{MAP}: the Tajik–Afghan border is missing"
    );
    assert!(
        map.context.iter().all(|d| path_ok(d)),
        "{MAP}: a context shape is malformed"
    );
    let mut rust = format!(
        "pub const WIDTH: u32 = {};\npub const HEIGHT: u32 = {};\npub const ATTRIBUTION: &str = {:?};\npub const BORDER: &str = {:?};\npub const SHAPES: &[Shape] = &[\n",
        map.width, map.height, map.attribution, map.border
    );
    for s in &map.shapes {
        rust.push_str(&format!(
            "    Shape {{ id: {:?}, d: {:?}, label: ({}, {}) }},\n",
            s.id, s.d, s.label[0], s.label[1]
        ));
    }
    rust.push_str("];\npub const CONTEXT: &[&str] = &[\n");
    for d in &map.context {
        rust.push_str(&format!("    {d:?},\n"));
    }
    rust.push_str("];\n");
    std::fs::write(out.join("map.rs"), rust).expect("OUT_DIR is writable");
}

/// Checks each translation file against the dataset: unknown keys and empty texts stop the
/// build; a missing key only warns (the text stays English), because a language that is not
/// yet switched on may be incomplete — `cargo test` fails for a switched-on one. Also lists the
/// files for native builds to compile in (the browser fetches them instead).
fn check_translations(dataset: &schema::Dataset, out: &std::path::Path) {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(TRANSLATIONS)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    let mut table = String::from("&[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name")
            .to_owned();
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // The same reader the browser uses.
        let map = translate::parse_translation(&text).unwrap_or_else(|e| {
            panic!("{}: {e} (expected an object of key: text)", path.display())
        });
        let mut fatal = Vec::new();
        let mut missing = 0;
        for (key, message) in translate::check(dataset, &map) {
            if message == "has no translation" {
                missing += 1;
            } else {
                fatal.push(format!("- {}: '{key}' {message}", path.display()));
            }
        }
        if missing > 0 {
            println!(
                "cargo:warning={}: {missing} text(s) have no translation and stay in English \\
                 (`cargo run --example translation_template -- {code}` lists them)",
                path.display()
            );
        }
        if !fatal.is_empty() {
            panic!(
                "{} problem(s) in the translations:\n{}",
                fatal.len(),
                fatal.join("\n")
            );
        }
        let absolute = std::fs::canonicalize(&path).expect("the file exists");
        table.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    table.push(']');
    std::fs::write(out.join("translations.rs"), table).expect("OUT_DIR is writable");
}
