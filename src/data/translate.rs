//! Which dataset texts are ours to translate, and how a translation applies to them.
//!
//! A translation file (`static/data/i18n/<lang>.json`) maps a key — record id, then the field
//! path, such as `sochi-pledge.description` or `arm-frozen.announced.0.text` — to the text in
//! that language. Sources are not translated: a title stays as its publisher wrote it. Our own
//! notes about sources are. `visit_texts` is the one list of translated fields, so the build
//! check, the tests and the browser agree on it. The browser fetches a language's file only
//! when a reader picks that language and reads it with `parse_translation`, a small parser of
//! our own that keeps a JSON library out of the wasm. Pure: no web crate.

use super::schema::{Conflict, Dataset};

/// Calls `visit(key, text)` for every translatable text in the dataset, in a fixed order.
pub fn visit_texts(dataset: &mut Dataset, visit: &mut dyn FnMut(String, &mut String)) {
    visit("dataset.title".into(), &mut dataset.title);
    visit("dataset.coverage_note".into(), &mut dataset.coverage_note);
    visit("dataset.licence".into(), &mut dataset.licence);
    for state in &mut dataset.states {
        visit(format!("{}.name", state.id), &mut state.name);
    }
    for source in &mut dataset.sources {
        if let Some(note) = &mut source.note {
            visit(format!("{}.note", source.id), note);
        }
    }
    for period in &mut dataset.status_periods {
        let id = &period.id;
        visit(format!("{id}.title"), &mut period.title);
        visit(format!("{id}.description"), &mut period.description);
        if let Some(note) = &mut period.effective_note {
            visit(format!("{id}.effective_note"), note);
        }
        for (i, step) in period.announced.iter_mut().enumerate() {
            visit(format!("{id}.announced.{i}.text"), &mut step.text);
        }
        visit_conflict(id, &mut period.conflict, visit);
    }
    for event in &mut dataset.events {
        let id = &event.id;
        visit(format!("{id}.title"), &mut event.title);
        visit(format!("{id}.description"), &mut event.description);
        visit_conflict(id, &mut event.conflict, visit);
    }
    for chapter in &mut dataset.chapters {
        visit(format!("{}.title", chapter.id), &mut chapter.title);
        visit(format!("{}.text", chapter.id), &mut chapter.text);
    }
    for record in &mut dataset.assistance {
        let id = &record.id;
        visit(format!("{id}.title"), &mut record.title);
        visit(format!("{id}.description"), &mut record.description);
        visit(format!("{id}.counts"), &mut record.counts);
        for (i, item) in record.items.iter_mut().enumerate() {
            visit(format!("{id}.items.{i}.what"), &mut item.what);
            visit(format!("{id}.items.{i}.unit"), &mut item.unit);
            if let Some(text) = &mut item.count_text {
                visit(format!("{id}.items.{i}.count_text"), text);
            }
        }
        visit_conflict(id, &mut record.conflict, visit);
    }
    let programme = &mut dataset.programme;
    let id = &programme.id;
    visit(format!("{id}.title"), &mut programme.title);
    for stage in &mut programme.stages {
        let n = stage.number;
        visit(format!("{id}.stages.{n}.title"), &mut stage.title);
        visit(
            format!("{id}.stages.{n}.description"),
            &mut stage.description,
        );
    }
    visit(format!("{id}.status.text"), &mut programme.status.text);
    for correction in &mut dataset.corrections {
        let id = &correction.id;
        visit(format!("{id}.claim"), &mut correction.claim);
        visit(format!("{id}.correction"), &mut correction.correction);
    }
    for change in &mut dataset.changelog {
        let id = &change.id;
        visit(format!("{id}.why"), &mut change.why);
        // What a text said and says is translated with it; a date, a code or an address is
        // the same in every language.
        if is_prose_field(&change.field) {
            for (name, text) in [("was", &mut change.was), ("now", &mut change.now)] {
                if let Some(text) = text {
                    visit(format!("{id}.{name}"), text);
                }
            }
        }
    }
}

/// Whether what a change says of a field ("description", "value", "announced") is prose that
/// translations carry, rather than a date or an address, which read the same in every language.
pub fn is_prose_field(field: &str) -> bool {
    const NOT_PROSE: &[&str] = &["date", "start", "end", "end_date", "deadline", "url"];
    !NOT_PROSE.contains(&field)
}

fn visit_conflict(
    id: &str,
    conflict: &mut Option<Conflict>,
    visit: &mut dyn FnMut(String, &mut String),
) {
    if let Some(conflict) = conflict {
        visit(format!("{id}.conflict.note"), &mut conflict.note);
    }
}

/// A translation: (key, text) pairs sorted by key, as `parse_translation` returns them. A sorted
/// list rather than a map keeps map code out of the wasm; lookups are binary searches.
pub type Translation = Vec<(String, String)>;

/// The translated text for `key`, if the translation has one.
pub fn lookup<'a>(translation: &'a [(String, String)], key: &str) -> Option<&'a String> {
    translation
        .binary_search_by(|(k, _)| k.as_str().cmp(key))
        .ok()
        .map(|i| &translation[i].1)
}

/// Every translatable text with its key, in visiting order.
pub fn texts(dataset: &Dataset) -> Vec<(String, String)> {
    let mut copy = dataset.clone();
    let mut out = Vec::new();
    visit_texts(&mut copy, &mut |key, text| out.push((key, text.clone())));
    out
}

/// What is wrong between a dataset and one translation of it: keys it lacks, keys it has that
/// the dataset does not, and empty texts. Each entry is `(key, message)`.
pub fn check(dataset: &Dataset, translation: &[(String, String)]) -> Vec<(String, String)> {
    let wanted = texts(dataset);
    let mut problems = Vec::new();
    for (key, _) in &wanted {
        match lookup(translation, key) {
            None => problems.push((key.clone(), "has no translation".to_owned())),
            Some(text) if text.trim().is_empty() => {
                problems.push((key.clone(), "is translated as an empty text".to_owned()))
            }
            Some(_) => {}
        }
    }
    for (key, _) in translation {
        if !wanted.iter().any(|(k, _)| k == key) {
            problems.push((
                key.clone(),
                "is not a translatable text of the dataset".to_owned(),
            ));
        }
    }
    problems
}

/// Replaces each text of `dataset` that `translation` has; texts it lacks keep their original
/// (a checked, switched-on language lacks none). Works in place on a dataset the caller owns:
/// cloning the whole dataset would cost the wasm several kilobytes of `Clone` code.
pub fn apply(mut dataset: Dataset, translation: &[(String, String)]) -> Dataset {
    visit_texts(&mut dataset, &mut |key, text| {
        if let Some(t) = lookup(translation, &key) {
            text.clone_from(t);
        }
    });
    dataset
}

/// Reads a translation file: one JSON object whose values are all strings, as
/// `static/data/i18n/<code>.json` is. Anything else — another JSON shape, a duplicate key, bad
/// escapes, trailing text — is an error naming the byte offset.
pub fn parse_translation(text: &str) -> Result<Translation, String> {
    let mut p = FlatJson {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let mut out = Vec::new();
    p.skip_ws();
    p.expect(b'{')?;
    p.skip_ws();
    if p.peek() == Some(b'}') {
        p.at += 1;
    } else {
        loop {
            p.skip_ws();
            let key = p.string()?;
            p.skip_ws();
            p.expect(b':')?;
            p.skip_ws();
            let value = p.string()?;
            out.push((key, value));
            p.skip_ws();
            match p.next_byte() {
                Some(b',') => continue,
                Some(b'}') => break,
                _ => return Err(p.error("',' or '}'")),
            }
        }
    }
    p.skip_ws();
    if p.at != p.bytes.len() {
        return Err(p.error("the end of the file"));
    }
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    if let Some(pair) = out.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("the key '{}' appears twice", pair[0].0));
    }
    Ok(out)
}

struct FlatJson<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

impl FlatJson<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn error(&self, wanted: &str) -> String {
        format!("byte {}: expected {wanted}", self.at)
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("'{}'", byte as char)))
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("four hex digits"))?;
        let value = u32::from_str_radix(digits, 16).map_err(|_| self.error("four hex digits"))?;
        self.at += 4;
        Ok(value)
    }

    /// A JSON string, from its opening quote to its closing one.
    fn string(&mut self) -> Result<String, String> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Stopping only at ASCII bytes keeps every slice on a character boundary.
            out.push_str(&self.text[start..self.at]);
            match self.next_byte() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => {
                    let escaped = match self.next_byte() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.next_byte() != Some(b'\\') || self.next_byte() != Some(b'u')
                                {
                                    return Err(self.error("the second half of a surrogate pair"));
                                }
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("a low surrogate"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            char::from_u32(code).ok_or_else(|| self.error("a valid character"))?
                        }
                        _ => return Err(self.error("a valid escape")),
                    };
                    out.push(escaped);
                }
                Some(_) => {
                    return Err(format!(
                        "byte {}: control character in a string",
                        self.at - 1
                    ));
                }
                None => return Err(self.error("the string's closing quote")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    #[test]
    fn keys_are_unique_and_a_translation_lands_on_its_field() {
        let ds = bundled().unwrap();
        let all = texts(ds);
        let mut keys: Vec<&str> = all.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "every text has its own key");

        let translation = vec![
            ("RUS.name".to_owned(), "Россия".to_owned()),
            ("uzb-suspended.announced.0.text".to_owned(), "X".to_owned()),
        ];
        let out = apply(ds.clone(), &translation);
        assert_eq!(out.state("RUS").unwrap().name, "Россия");
        let uzb = out
            .status_periods
            .iter()
            .find(|p| p.id == "uzb-suspended")
            .unwrap();
        assert_eq!(uzb.announced[0].text, "X");
        assert_eq!(out.sources, ds.sources, "sources stay as published");
    }

    #[test]
    fn check_names_missing_unknown_and_empty_keys() {
        let ds = bundled().unwrap();
        let mut translation: Translation = texts(ds)
            .into_iter()
            .filter(|(k, _)| k != "ARM.name")
            .map(|(k, v)| {
                if k == "GEO.name" {
                    (k, " ".to_owned())
                } else {
                    (k, v)
                }
            })
            .collect();
        translation.push(("no-such.title".into(), "x".into()));
        translation.sort_unstable();
        let problems = check(ds, &translation);
        let keys: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["ARM.name", "GEO.name", "no-such.title"]);
    }

    #[test]
    fn the_translation_reader_reads_json_objects_of_strings() {
        let parsed =
            parse_translation(r#" { "a": "x\"y\\z\n", "b": "\u0416\ud83d\ude00/\/", "c": "" } "#)
                .unwrap();
        assert_eq!(lookup(&parsed, "a").unwrap(), "x\"y\\z\n");
        assert_eq!(lookup(&parsed, "b").unwrap(), "Ж😀//");
        assert_eq!(lookup(&parsed, "c").unwrap(), "");
        assert_eq!(parse_translation("{}").unwrap().len(), 0);
        for bad in [
            "",
            "[]",
            r#"{"a": 1}"#,
            r#"{"a": "x",}"#,
            r#"{"a": "x"} x"#,
            r#"{"a": "x", "a": "y"}"#,
            r#"{"a": "\q"}"#,
            r#"{"a": "\ud83d"}"#,
            "{\"a\": \"line\nbreak\"}",
            r#"{"a": "open"#,
        ] {
            assert!(parse_translation(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
