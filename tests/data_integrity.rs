//! The bundled dataset passes every rule, and each rule catches what it is for: every broken
//! variant below fails with a message that names the file, the record and the field.

use csto_explorer::data::{self, BUNDLED_JSON, BUNDLED_PATH, Day, Status, bundled, load};
use serde_json::{Value, json};

fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED_JSON).expect("bundled JSON parses")
}

/// Applies `mutate` to the bundled dataset and returns the problems `load` reports.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<data::DataError> {
    let mut v = bundled_value();
    mutate(&mut v);
    let text = serde_json::to_string_pretty(&v).unwrap();
    match load("fixture.json", &text) {
        Ok(_) => Vec::new(),
        Err(e) => e.0,
    }
}

fn find<'a>(v: &'a mut Value, section: &str, id: &str) -> &'a mut Value {
    v[section]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{section}/{id} not in the bundled data"))
}

#[track_caller]
fn expect_problem(problems: &[data::DataError], record: &str, field: &str, words: &str) {
    assert!(
        problems.iter().any(|p| p.file == "fixture.json"
            && p.record == record
            && p.field == field
            && p.message().contains(words)),
        "expected a problem in record {record:?}, field {field:?}, saying {words:?}; got:\n{}",
        problems
            .iter()
            .map(|p| format!("  {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn bundled_dataset_is_valid() {
    if let Err(errors) = load(BUNDLED_PATH, BUNDLED_JSON) {
        panic!("{errors}");
    }
    let ds = bundled().unwrap();
    assert_eq!(ds.states.len(), 9);
    let mut codes: Vec<&str> = ds.states.iter().map(|s| s.id.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        [
            "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"
        ]
    );
}

#[test]
fn every_record_is_sourced_and_rated() {
    let ds = bundled().unwrap();
    let mut cited = 0;
    for sources in ds
        .status_periods
        .iter()
        .map(|p| &p.sources)
        .chain(ds.events.iter().map(|e| &e.sources))
        .chain(ds.assistance.iter().map(|a| &a.sources))
        .chain(ds.corrections.iter().map(|c| &c.sources))
    {
        assert!(!sources.is_empty());
        for id in sources {
            let s = ds.source(id).unwrap();
            assert!(!s.publisher.is_empty() && !s.title.is_empty());
            cited += 1;
        }
    }
    assert!(cited > 150, "{cited} citations");
    let with_url = ds.sources.iter().filter(|s| s.url.is_some()).count();
    assert!(
        with_url * 2 > ds.sources.len(),
        "most sources carry a web address"
    );
}

#[test]
fn the_story_reads_as_the_sources_say() {
    let ds = bundled().unwrap();
    let day = |y, m, d| Day::from_ymd(y, m, d).unwrap();
    // Armenia: frozen, not withdrawn.
    assert_eq!(
        ds.period_at("ARM", day(2026, 1, 31)).unwrap().status,
        Status::Frozen
    );
    // Uzbekistan 2012: the note announced on 28 June (its sending date disputed), suspended
    // months later by the Collective Security Council.
    let uzb = ds.period_at("UZB", day(2013, 1, 1)).unwrap();
    assert_eq!(uzb.status, Status::Suspended);
    assert_eq!(uzb.start.iso(), "2012-12-19");
    let announced: Vec<String> = uzb.announced.iter().map(|a| a.date.iso()).collect();
    assert_eq!(announced, ["2012-06-28"]);
    assert!(uzb.conflict.as_ref().unwrap().note.contains("20 June"));
    assert!(uzb.description.contains("six months' written notice"));
    // 1999: 20 April is the last day as parties of Azerbaijan, Georgia and Uzbekistan.
    for state in ["AZE", "GEO", "UZB"] {
        assert_eq!(
            ds.period_at(state, day(1999, 4, 20)).unwrap().status,
            Status::Member
        );
        assert_eq!(
            ds.period_at(state, day(1999, 4, 21)).unwrap().status,
            Status::NotParty
        );
    }
    // The corrections the starting article needs come first.
    assert_eq!(ds.corrections[0].id, "article-date");
    assert!(ds.corrections[0].correction.contains("2017"));
    assert_eq!(ds.corrections[1].id, "no-1994-treaty");
    // No amount is zero, and undisclosed is its own state.
    assert!(!BUNDLED_JSON.contains("\"amount\": 0"));
    assert!(
        ds.assistance
            .iter()
            .any(|a| a.value == csto_explorer::data::Value::UNDISCLOSED)
    );
    assert_eq!(ds.as_of.iso(), "2026-03-11");
}

#[test]
fn unknown_fields_are_rejected() {
    let p = problems_after(|v| find(v, "events", "sochi-2013")["colour"] = json!("red"));
    expect_problem(&p, "sochi-2013", "colour", "unknown field");
    let p = problems_after(|v| v["extra"] = json!(1));
    expect_problem(&p, "(top level)", "extra", "unknown field");
}

#[test]
fn missing_fields_and_bad_values_name_their_field() {
    let p = problems_after(|v| {
        find(v, "status_periods", "arm-frozen")
            .as_object_mut()
            .unwrap()
            .remove("confidence");
    });
    expect_problem(&p, "arm-frozen", "confidence", "missing field");
    let p = problems_after(|v| find(v, "events", "protocol-1999")["date"] = json!("1999-04-31"));
    expect_problem(&p, "protocol-1999", "date", "invalid date");
    let p = problems_after(|v| find(v, "events", "protocol-1999")["confidence"] = json!("certain"));
    expect_problem(&p, "protocol-1999", "confidence", "unknown variant");
}

#[test]
fn every_record_needs_a_known_source() {
    let p = problems_after(|v| find(v, "events", "un-observer-2004")["sources"] = json!([]));
    expect_problem(&p, "un-observer-2004", "sources", "cites no source");
    let p = problems_after(|v| {
        find(v, "assistance", "blr-pledge-2014")["sources"] = json!(["nowhere"])
    });
    expect_problem(
        &p,
        "blr-pledge-2014",
        "sources",
        "unknown source \"nowhere\"",
    );
    let p = problems_after(|v| {
        find(v, "sources", "tass-2012-06-28")["url"] = json!("javascript:alert(1)")
    });
    expect_problem(&p, "tass-2012-06-28", "url", "must start with http");
}

#[test]
fn dates_must_be_ordered_and_inside_the_story() {
    let p = problems_after(|v| find(v, "status_periods", "aze-party")["end"] = json!("1993-01-01"));
    expect_problem(&p, "aze-party", "end", "not after start");
    let p = problems_after(|v| find(v, "events", "bubble-2025")["date"] = json!("2027-01-01"));
    expect_problem(&p, "bubble-2025", "date", "after as_of");
    let p = problems_after(|v| find(v, "events", "bubble-2025")["date"] = json!("1990"));
    expect_problem(&p, "bubble-2025", "date", "before the treaty was signed");
    let p = problems_after(|v| {
        find(v, "status_periods", "uzb-suspended")["announced"][0]["date"] = json!("2013-01-05");
    });
    expect_problem(
        &p,
        "uzb-suspended",
        "announced[0].date",
        "after the change took effect",
    );
}

#[test]
fn a_state_has_one_status_at_a_time() {
    let p =
        problems_after(|v| find(v, "status_periods", "uzb-party-2")["start"] = json!("2006-01-01"));
    expect_problem(&p, "uzb-party-2", "start", "overlaps uzb-out");
    let p = problems_after(|v| {
        find(v, "status_periods", "geo-party")
            .as_object_mut()
            .unwrap()
            .remove("end");
    });
    expect_problem(&p, "geo-party", "end", "is open");
}

#[test]
fn references_must_resolve() {
    let p = problems_after(|v| find(v, "status_periods", "blr-party")["state"] = json!("BLX"));
    expect_problem(&p, "blr-party", "state", "not one of the states");
    let p = problems_after(|v| {
        find(v, "assistance", "rus-outpost-2023")["relates_to"] = json!("ghost")
    });
    expect_problem(
        &p,
        "rus-outpost-2023",
        "relates_to",
        "not another assistance record",
    );
    let p =
        problems_after(|v| find(v, "assistance", "kaz-agreement-2018")["donor"] = json!("NATO"));
    expect_problem(&p, "kaz-agreement-2018", "donor", "neither a state");
    let p = problems_after(|v| {
        find(v, "assistance", "rus-outpost-2023")["relates_to"] = json!("rus-brdm-2021")
    });
    expect_problem(&p, "rus-outpost-2023", "relates_to", "is not a pledge");
    let p = problems_after(|v| {
        let sources = v["sources"].as_array_mut().unwrap();
        sources.push(json!({"id": "orphan", "publisher": "P", "title": "T"}));
    });
    expect_problem(&p, "orphan", "id", "cited by no record");
    let p = problems_after(|v| find(v, "events", "sochi-2013")["id"] = json!("treaty-signed"));
    expect_problem(&p, "treaty-signed", "id", "more than one record");
}

#[test]
fn amounts_are_never_zero_or_invented() {
    let p =
        problems_after(|v| find(v, "assistance", "blr-pledge-2014")["value"]["amount"] = json!(0));
    expect_problem(&p, "blr-pledge-2014", "value.amount", "positive number");
    let p = problems_after(|v| {
        find(v, "assistance", "programme-2024")["value"] =
            json!({"status": "undisclosed", "amount": 5});
    });
    expect_problem(&p, "programme-2024", "value", "do not match the status");
    let p =
        problems_after(|v| find(v, "assistance", "rus-brdm-2021")["items"][0]["count"] = json!(0));
    expect_problem(&p, "rus-brdm-2021", "items[0].count", "must not be 0");
}

/// Every stated amount carries its source's own words, and the value agrees with them: the
/// figure is in the words, and a hedge in the words ("about", «около») is the qualifier.
#[test]
fn every_stated_amount_carries_its_sources_words() {
    let ds = bundled().unwrap();
    let mut stated = 0;
    for a in &ds.assistance {
        let figures = match a.value.amount() {
            data::Amount::Stated { amount, .. } => vec![amount],
            data::Amount::Range { min, max, .. } => vec![min, max],
            _ => continue,
        };
        stated += 1;
        let words = a
            .value
            .wording
            .as_ref()
            .unwrap_or_else(|| panic!("{}: a stated amount without its source's words", a.id));
        assert!(a.sources.contains(&words.source), "{}", a.id);
        for figure in figures {
            assert!(
                data::wording::contains_figure(&words.text, figure),
                "{}: {figure} not in {:?}",
                a.id,
                words.text
            );
        }
        assert_eq!(
            data::wording::hedge(&words.text),
            a.value.qualifier,
            "{}: the qualifier must be the words' hedge",
            a.id
        );
    }
    assert_eq!(stated, 7, "seven amounts are stated in the data");
    let get = |id: &str| ds.assistance.iter().find(|a| a.id == id).unwrap();
    assert_eq!(
        get("rus-plan-2015").value.qualifier,
        Some(data::Qualifier::About)
    );
    assert_eq!(
        get("rus-radar-2019").value.qualifier,
        Some(data::Qualifier::About)
    );
    assert_eq!(get("blr-pledge-2014").value.qualifier, None);
}

#[test]
fn an_amount_must_agree_with_its_sources_words() {
    let p = problems_after(|v| {
        find(v, "assistance", "rus-radar-2019")["value"]
            .as_object_mut()
            .unwrap()
            .remove("wording");
    });
    expect_problem(
        &p,
        "rus-radar-2019",
        "value.wording",
        "no words from its source",
    );
    let p = problems_after(|v| {
        find(v, "assistance", "rus-plan-2015")["value"]
            .as_object_mut()
            .unwrap()
            .remove("qualifier");
    });
    expect_problem(&p, "rus-plan-2015", "value.qualifier", "say \"about\"");
    let p = problems_after(|v| {
        find(v, "assistance", "rus-plan-2015")["value"]["qualifier"] = json!("up to");
    });
    expect_problem(&p, "rus-plan-2015", "value.qualifier", "says \"up to\"");
    let p = problems_after(|v| {
        find(v, "assistance", "blr-pledge-2014")["value"]["qualifier"] = json!("more than");
    });
    expect_problem(&p, "blr-pledge-2014", "value.qualifier", "say \"none\"");
    let p = problems_after(|v| {
        find(v, "assistance", "blr-pledge-2014")["value"]["wording"]["text"] =
            json!("в размере 4 млн. долларов");
    });
    expect_problem(
        &p,
        "blr-pledge-2014",
        "value.wording.text",
        "figure 3000000",
    );
    let p = problems_after(|v| {
        find(v, "assistance", "blr-pledge-2014")["value"]["wording"]["source"] =
            json!("tass-2012-06-28");
    });
    expect_problem(
        &p,
        "blr-pledge-2014",
        "value.wording.source",
        "does not cite",
    );
    let p = problems_after(|v| {
        find(v, "assistance", "blr-pledge-2014")["value"]["wording"]["lang"] = json!("Russian");
    });
    expect_problem(
        &p,
        "blr-pledge-2014",
        "value.wording.lang",
        "not a language code",
    );
    let p = problems_after(|v| {
        find(v, "assistance", "rus-plan-2015")["value"]["qualifier"] = json!("roughly");
    });
    expect_problem(&p, "rus-plan-2015", "value.qualifier", "unknown variant");
    let p = problems_after(|v| {
        find(v, "assistance", "blr-decides-2014")["relates_to_inferred"] = json!(true);
    });
    expect_problem(
        &p,
        "blr-decides-2014",
        "relates_to_inferred",
        "no relates_to",
    );
}

/// Version 1.2.0 logs our own corrections, each naming a record of the file, what it said and
/// says, why, and its sources; the log is checked like any record.
#[test]
fn the_changelog_names_every_corrected_record() {
    let ds = bundled().unwrap();
    assert_eq!(ds.dataset_version, "1.2.0");
    let changed: Vec<&str> = ds
        .changelog
        .iter()
        .filter(|c| c.version == "1.2.0")
        .map(|c| c.record.as_str())
        .collect();
    for record in [
        "uzb-suspended",
        "chapter-uzbekistan",
        "uzb-2012",
        "rus-outpost-pledge-2021",
        "rus-outpost-announced-2021",
        "rus-outpost-2023",
        "rus-plan-2015",
        "rus-radar-2019",
        "aze-party",
        "geo-party",
        "uzb-party-1",
        "aze-out",
        "geo-out",
        "uzb-out",
        "chapter-1999",
        "gibler-unts",
        "treaty-in-force",
        "chapter-little-delivered",
        "blr-uniforms-2017",
        "sochi-pledge",
        "chapter-sochi",
        "article-date",
        "rus-radars-2019-02",
    ] {
        assert!(changed.contains(&record), "the changelog misses {record}");
    }
    for change in &ds.changelog {
        assert!(
            change.was.is_some() || change.now.is_some(),
            "{}: what changed",
            change.id
        );
        assert!(!change.sources.is_empty(), "{}", change.id);
    }
    let urls_added = ds
        .changelog
        .iter()
        .filter(|c| c.field == "url" && c.was.is_none())
        .count();
    assert_eq!(urls_added, 35);

    let p = problems_after(|v| v["changelog"][0]["record"] = json!("no-such-record"));
    expect_problem(&p, "change-1-2-0-01", "record", "not in the dataset");
    let p = problems_after(|v| {
        let first = &mut v["changelog"][0];
        first["was"] = first["now"].clone();
    });
    expect_problem(&p, "change-1-2-0-01", "now", "says nothing changed");
    let p = problems_after(|v| v["changelog"][0]["sources"] = json!(["no-such-source"]));
    expect_problem(&p, "change-1-2-0-01", "sources", "no-such-source");
    let p = problems_after(|v| v["changelog"][0]["why"] = json!(" "));
    expect_problem(&p, "change-1-2-0-01", "why", "must not be empty");
}

/// The Russian texts use «обязательство» for a pledge (a text we quote as it was, in the
/// changelog, excepted).
#[test]
fn russian_calls_a_pledge_an_obligation() {
    let ru = translation("ru");
    for (key, text) in &ru {
        if !key.ends_with(".was") {
            assert!(!text.contains("обещ"), "{key}: {text:?}");
        }
    }
    let interface = include_str!("../src/i18n/ru.json");
    assert!(!interface.contains("обещ"));
}

#[test]
fn cross_checks_catch_a_wrong_roster() {
    let p = problems_after(|v| find(v, "status_periods", "geo-party")["end"] = json!("1999-05-20"));
    expect_problem(
        &p,
        "(cross-check)",
        "status_periods",
        "six parties once the first term had ended",
    );
    // A period's end is the first day after it: ending on 20 April loses that last day.
    let p = problems_after(|v| {
        find(v, "status_periods", "geo-party")["end"] = json!("1999-04-20");
        find(v, "status_periods", "geo-out")["start"] = json!("1999-04-20");
    });
    expect_problem(
        &p,
        "(cross-check)",
        "status_periods",
        "nine parties on the first term's last day",
    );
    let p =
        problems_after(|v| find(v, "status_periods", "blr-signatory")["end"] = json!("1994-05-01"));
    expect_problem(&p, "(cross-check)", "status_periods", "nine parties");
}

#[test]
fn broken_fixture_files_fail_with_located_messages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let errors = load(&name, &text).expect_err(&name).0;
        // Each fixture's first line of `expect` says what must be reported.
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("expect")).unwrap())
                .unwrap();
        let (record, field) = (
            expected["record"].as_str().unwrap(),
            expected["field"].as_str().unwrap(),
        );
        assert!(
            errors
                .iter()
                .any(|e| e.file == name && e.record == record && e.field == field),
            "{name}: expected {record}/{field}, got {errors:?}"
        );
        seen += 1;
    }
    assert!(seen >= 2);
}

/// The translation file of a language, as key → text.
fn translation(code: &str) -> data::translate::Translation {
    let path = format!("{}/{code}.json", data::TRANSLATIONS_DIR);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ours = data::translate::parse_translation(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    // Our small reader agrees with a full JSON parser on the real file.
    let reference: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(ours, reference.into_iter().collect::<Vec<_>>(), "{path}");
    ours
}

/// Every dataset text has a value in every language the reader can switch to: English in the
/// dataset itself, the others in `static/data/i18n/<code>.json`, with no stale keys.
#[test]
fn every_dataset_text_is_translated_into_every_switched_on_language() {
    let ds = bundled().unwrap();
    let texts = data::translate::texts(ds);
    assert!(texts.len() > 250, "the dataset's texts are all visited");
    for (key, english) in &texts {
        assert!(!english.trim().is_empty(), "{key} is empty in English");
    }
    for lang in csto_explorer::i18n::Lang::available().filter(|l| l.code() != "en") {
        let problems = data::translate::check(ds, &translation(lang.code()));
        assert!(
            problems.is_empty(),
            "{} problem(s) in {}/{}.json:\n{}",
            problems.len(),
            data::TRANSLATIONS_DIR,
            lang.code(),
            problems
                .iter()
                .map(|(k, m)| format!("- '{k}' {m}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// A Russian text with no Cyrillic letter is English left behind — unless the English is not
/// words either (a model name such as "BRDM-2M").
#[test]
fn russian_texts_are_russian() {
    let ds = bundled().unwrap();
    let ru = translation("ru");
    let english_words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            .count()
    };
    for (key, english) in data::translate::texts(ds) {
        let Some(text) = data::translate::lookup(&ru, &key) else {
            continue;
        };
        let cyrillic = text
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_ascii_lowercase()) || ('А'..='Я').contains(&c));
        assert!(
            cyrillic || english_words(&english) == 0,
            "{key}: {text:?} looks untranslated"
        );
    }
}

/// The Russian dataset keeps every fact: the same records, dates, amounts and sources; only
/// texts differ, and sources stay as published.
#[test]
fn translation_changes_texts_only() {
    let original = bundled().unwrap();
    let russian = data::bundled_in("ru").unwrap();
    let citation = |s: &data::Source| {
        (
            s.id.clone(),
            s.publisher.clone(),
            s.title.clone(),
            s.date,
            s.url.clone(),
        )
    };
    assert_eq!(
        russian.sources.iter().map(citation).collect::<Vec<_>>(),
        original.sources.iter().map(citation).collect::<Vec<_>>(),
        "citations stay as published; only our notes on them are translated"
    );
    assert_eq!(russian.status_periods.len(), original.status_periods.len());
    for (a, b) in original.assistance.iter().zip(&russian.assistance) {
        assert_eq!(
            (a.id.as_str(), a.date, &a.sources),
            (b.id.as_str(), b.date, &b.sources)
        );
        assert_eq!(a.value.amount(), b.value.amount(), "{}", a.id);
        assert_eq!(
            a.items.iter().map(|i| i.count).collect::<Vec<_>>(),
            b.items.iter().map(|i| i.count).collect::<Vec<_>>()
        );
    }
    assert_eq!(russian.state("RUS").unwrap().name, "Россия");
    assert_eq!(
        data::bundled_in("xx").unwrap(),
        original,
        "no translation: as written"
    );
}

/// The citation's fingerprint is the file as shipped, byte for byte.
#[test]
fn the_cited_sha256_is_that_of_the_shipped_file() {
    let bytes = std::fs::read(BUNDLED_PATH).unwrap();
    use sha2::{Digest, Sha256};
    let hex: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(data::BUNDLED_SHA256, hex);
    assert_eq!(data::BUNDLED_SHA256.len(), 64);
}

#[test]
fn chapters_are_sourced_in_order_and_point_at_real_records() {
    let ds = csto_explorer::data::bundled().unwrap();
    assert_eq!(ds.chapters.len(), 10, "the story's ten chapters");
    let p =
        problems_after(|v| find(v, "chapters", "chapter-sochi")["highlights"][0] = json!("ghost"));
    expect_problem(
        &p,
        "chapter-sochi",
        "highlights",
        "unknown record \"ghost\"",
    );
    let p = problems_after(|v| find(v, "chapters", "chapter-1999")["date"] = json!("1993-01-01"));
    expect_problem(
        &p,
        "chapter-1999",
        "date",
        "earlier than the chapter before it",
    );
    let p = problems_after(|v| find(v, "chapters", "chapter-now")["sources"] = json!([]));
    expect_problem(&p, "chapter-now", "sources", "cites no source");
}
