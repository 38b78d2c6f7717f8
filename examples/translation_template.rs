//! Prints every translatable dataset text as JSON, keyed the way `static/data/i18n/<lang>.json`
//! expects, with the English text as the value to translate:
//! `cargo run --example translation_template > /tmp/template.json`. With a language code
//! (`-- ru`), it prints only the keys that language's file still lacks.
use csto_explorer::data::{bundled, translate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let ds = bundled().map_err(|e| e.to_string())?;
    let existing = match std::env::args().nth(1) {
        Some(lang) => {
            let path = format!("static/data/i18n/{lang}.json");
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    translate::parse_translation(&text).map_err(|e| format!("{path}: {e}"))?
                }
                Err(_) => Vec::new(),
            }
        }
        None => Vec::new(),
    };
    let mut out = serde_json::Map::new();
    for (key, text) in translate::texts(ds) {
        if translate::lookup(&existing, &key).is_none() {
            out.insert(key, text.into());
        }
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
