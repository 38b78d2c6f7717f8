//! Which dataset texts are ours to translate, and how a translation applies to them.
//!
//! A translation file (`static/data/i18n/<lang>.json`) maps a key — record id, then the field
//! path, such as `sochi-pledge.description` or `arm-frozen.announced.0.text` — to the text in
//! that language. Sources are not translated: a title stays as its publisher wrote it. Our own
//! notes about sources are. `visit_texts` is the one list of translated fields, so the build
//! check, the tests and the browser agree on it. Pure: no web crate.

use std::collections::BTreeMap;

use super::schema::{Conflict, Dataset};

/// Calls `visit(key, text)` for every translatable text in the dataset, in a fixed order.
pub fn visit_texts(dataset: &mut Dataset, visit: &mut dyn FnMut(String, &mut String)) {
    visit("dataset.title".into(), &mut dataset.title);
    visit("dataset.coverage_note".into(), &mut dataset.coverage_note);
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
    for record in &mut dataset.assistance {
        let id = &record.id;
        visit(format!("{id}.title"), &mut record.title);
        visit(format!("{id}.description"), &mut record.description);
        visit(format!("{id}.counts"), &mut record.counts);
        if let Some(q) = &mut record.value.qualifier {
            visit(format!("{id}.value.qualifier"), q);
        }
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

/// Every translatable text with its key, in visiting order.
pub fn texts(dataset: &Dataset) -> Vec<(String, String)> {
    let mut copy = dataset.clone();
    let mut out = Vec::new();
    visit_texts(&mut copy, &mut |key, text| out.push((key, text.clone())));
    out
}

/// What is wrong between a dataset and one translation of it: keys it lacks, keys it has that
/// the dataset does not, and empty texts. Each entry is `(key, message)`.
pub fn check(dataset: &Dataset, translation: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let wanted = texts(dataset);
    let mut problems = Vec::new();
    for (key, _) in &wanted {
        match translation.get(key) {
            None => problems.push((key.clone(), "has no translation".to_owned())),
            Some(text) if text.trim().is_empty() => {
                problems.push((key.clone(), "is translated as an empty text".to_owned()))
            }
            Some(_) => {}
        }
    }
    for key in translation.keys() {
        if !wanted.iter().any(|(k, _)| k == key) {
            problems.push((
                key.clone(),
                "is not a translatable text of the dataset".to_owned(),
            ));
        }
    }
    problems
}

/// The translation as a list in visiting order — how the browser build carries it, with no
/// keys. Missing keys keep the original text (a checked build has none).
pub fn ordered(dataset: &Dataset, translation: &BTreeMap<String, String>) -> Vec<String> {
    texts(dataset)
        .into_iter()
        .map(|(key, original)| translation.get(&key).cloned().unwrap_or(original))
        .collect()
}

/// The dataset with its texts replaced, in visiting order, by `texts`.
pub fn apply_ordered(dataset: &Dataset, texts: &[String]) -> Dataset {
    let mut out = dataset.clone();
    let mut next = texts.iter();
    visit_texts(&mut out, &mut |_, text| {
        if let Some(t) = next.next() {
            text.clone_from(t);
        }
    });
    out
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

        let mut translation: BTreeMap<String, String> = all.iter().cloned().collect();
        translation.insert("uzb-suspended.announced.1.text".into(), "X".into());
        translation.insert("RUS.name".into(), "Россия".into());
        let out = apply_ordered(ds, &ordered(ds, &translation));
        assert_eq!(out.state("RUS").unwrap().name, "Россия");
        let uzb = out
            .status_periods
            .iter()
            .find(|p| p.id == "uzb-suspended")
            .unwrap();
        assert_eq!(uzb.announced[1].text, "X");
        assert_eq!(out.sources, ds.sources, "sources stay as published");
    }

    #[test]
    fn check_names_missing_unknown_and_empty_keys() {
        let ds = bundled().unwrap();
        let mut translation: BTreeMap<String, String> = texts(ds).into_iter().collect();
        translation.remove("ARM.name");
        translation.insert("no-such.title".into(), "x".into());
        translation.insert("GEO.name".into(), " ".into());
        let problems = check(ds, &translation);
        let keys: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["ARM.name", "GEO.name", "no-such.title"]);
    }
}
