//! Writes the data downloads next to the built page: for every language the page offers, the
//! CSV tables with their README in a zip and the dataset as JSON, both from the bundled data
//! (see `src/export/package.rs`). And for every language but English, the texts file the page
//! fetches (`data/i18n/<code>.json`): the dataset's translation as Trunk copied it, plus the
//! interface's strings (see `i18n::texts_file`). And the host script for articles under the
//! name build.rs gave it from its content's hash (`permalink::EMBED_SCRIPT`, which the embed
//! code names with its integrity value), beside the plain `embed.js` that earlier embed codes
//! name. Trunk runs it after each build (Trunk.toml), into its staging directory:
//!
//!     cargo run --features build-tools --bin data-files -- dist      (or TRUNK_STAGING_DIR=dist)

use std::path::PathBuf;
use std::process::ExitCode;

use csto_explorer::data::bundled_in;
use csto_explorer::data::translate::parse_translation;
use csto_explorer::export::package::{csv_zip, json};
use csto_explorer::i18n::{Lang, texts_file};
use csto_explorer::permalink::EMBED_SCRIPT;

fn main() -> ExitCode {
    let root = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".to_owned());
    let root = PathBuf::from(root);
    // Trunk copied static/embed.js, which build.rs hashed, byte for byte.
    let host_script = std::fs::copy(root.join("embed.js"), root.join(EMBED_SCRIPT));
    if let Err(e) = host_script {
        eprintln!("data_files: cannot copy embed.js to {EMBED_SCRIPT}: {e}");
        return ExitCode::FAILURE;
    }
    let dir = root.join("data");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("data_files: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for lang in Lang::available() {
        let ds = match bundled_in(lang.code()) {
            Ok(ds) => ds,
            Err(e) => {
                eprintln!("data_files: the dataset does not load: {e}");
                return ExitCode::FAILURE;
            }
        };
        let files = match json(ds, lang) {
            Ok(json) => [csv_zip(ds, lang), json],
            Err(e) => {
                eprintln!("data_files: {e}");
                return ExitCode::FAILURE;
            }
        };
        if lang != Lang::ENGLISH {
            let path = dir.join("i18n").join(format!("{}.json", lang.code()));
            let entries = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| parse_translation(&text));
            let written = entries.and_then(|entries| {
                std::fs::write(&path, texts_file(lang, &entries)).map_err(|e| e.to_string())
            });
            if let Err(e) = written {
                eprintln!("data_files: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
        for file in files {
            let path = dir.join(&file.name);
            if let Err(e) = std::fs::write(&path, &file.bytes) {
                eprintln!("data_files: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
