//! What a reader sees when their own dataset breaks a rule: one broken fixture per rule, each
//! made from `tests/fixtures/custom/valid.json` (a real subset of the bundled data), must be
//! reported on the right record and field, with what is wrong and what was expected, in English
//! and in Russian. Also the limits, and that the CSTO-only checks spare other datasets.

use csto_explorer::data::{self, DataError, MAX_BYTES, MAX_RECORDS, Problem, load_custom};
use serde_json::{Value, json};

const VALID: &str = include_str!("fixtures/custom/valid.json");

fn valid() -> Value {
    serde_json::from_str(VALID).unwrap()
}

fn record<'a>(v: &'a mut Value, section: &str, id: &str) -> &'a mut Value {
    v[section]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{section}/{id} is not in the fixture"))
}

fn problems(v: &Value) -> Vec<DataError> {
    match load_custom("mine.json", &serde_json::to_string_pretty(v).unwrap()) {
        Ok(_) => Vec::new(),
        Err(e) => e.0,
    }
}

type Mutation = fn(&mut Value);
/// A fixture: its name, the change that breaks the rule, the record and field, and the problem.
type Fixture = (
    &'static str,
    Mutation,
    &'static str,
    &'static str,
    fn(&Problem) -> bool,
);

/// One fixture per rule: its name, the change that breaks it, and where and what the problem is.
fn fixtures() -> Vec<Fixture> {
    vec![
        (
            "schema version",
            |v| v["schema_version"] = json!(2),
            "(top level)",
            "schema_version",
            |p| matches!(p, Problem::SchemaVersion(2)),
        ),
        (
            "as_of exact",
            |v| v["as_of"] = json!("2026-01"),
            "(top level)",
            "as_of",
            |p| matches!(p, Problem::AsOfNotExact),
        ),
        (
            "empty text",
            |v| record(v, "states", "TJK")["name"] = json!(""),
            "TJK",
            "name",
            |p| matches!(p, Problem::Empty),
        ),
        (
            "padded text",
            |v| record(v, "states", "TJK")["name"] = json!(" Tajikistan"),
            "TJK",
            "name",
            |p| matches!(p, Problem::Padded),
        ),
        (
            "duplicate id",
            |v| record(v, "events", "aslov-2015")["id"] = json!("sultonov-2021"),
            "sultonov-2021",
            "id",
            |p| matches!(p, Problem::DuplicateId),
        ),
        (
            "id characters",
            |v| record(v, "events", "aslov-2015")["id"] = json!("aslov 2015"),
            "aslov 2015",
            "id",
            |p| matches!(p, Problem::BadId),
        ),
        (
            "state code",
            |v| {
                record(v, "states", "TJK")["id"] = json!("Tjk");
                for p in v["status_periods"].as_array_mut().unwrap() {
                    if p["state"] == "TJK" {
                        p["state"] = json!("Tjk");
                    }
                }
                for e in v["events"].as_array_mut().unwrap() {
                    e["states"] = json!(["Tjk"]);
                }
            },
            "Tjk",
            "id",
            |p| matches!(p, Problem::NotAlpha3),
        ),
        (
            "web address",
            |v| v["sources"][0]["url"] = json!("javascript:alert(1)"),
            "ria-2025-11-26",
            "url",
            |p| matches!(p, Problem::NotWebAddress(_)),
        ),
        (
            "after as_of",
            |v| record(v, "events", "aslov-2015")["date"] = json!("2030-01-01"),
            "aslov-2015",
            "date",
            |p| matches!(p, Problem::AfterAsOf { .. }),
        ),
        (
            "no source",
            |v| record(v, "events", "aslov-2015")["sources"] = json!([]),
            "aslov-2015",
            "sources",
            |p| matches!(p, Problem::NoSource),
        ),
        (
            "unknown source",
            |v| record(v, "events", "aslov-2015")["sources"] = json!(["nowhere"]),
            "aslov-2015",
            "sources",
            |p| matches!(p, Problem::UnknownSource(s) if s == "nowhere"),
        ),
        (
            "end after start",
            |v| record(v, "status_periods", "kaz-signatory")["end"] = json!("1992-01-01"),
            "kaz-signatory",
            "end",
            |p| matches!(p, Problem::NotAfter { .. }),
        ),
        (
            "announced before effect",
            |v| {
                record(v, "status_periods", "kaz-party")["announced"] = json!([{"date": "1995-01-01", "text": "Said so.", "sources": ["ria-2025-11-26"]}])
            },
            "kaz-party",
            "announced[0].date",
            |p| matches!(p, Problem::AnnouncedAfterEffect),
        ),
        (
            "open period",
            |v| {
                record(v, "status_periods", "kaz-signatory")["end"] = Value::Null;
            },
            "kaz-signatory",
            "end",
            |p| matches!(p, Problem::OpenButLater(o) if o == "kaz-party"),
        ),
        (
            "overlap",
            |v| record(v, "status_periods", "kaz-signatory")["end"] = json!("1995-01-01"),
            "kaz-party",
            "start",
            |p| matches!(p, Problem::Overlaps { .. }),
        ),
        (
            "state without period",
            |v| {
                v["states"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"id": "UZB", "name": "Uzbekistan"}))
            },
            "UZB",
            "status_periods",
            |p| matches!(p, Problem::NoStatusPeriod),
        ),
        (
            "unknown state",
            |v| record(v, "events", "aslov-2015")["states"] = json!(["ARM"]),
            "aslov-2015",
            "states",
            |p| matches!(p, Problem::UnknownState(s) if s == "ARM"),
        ),
        (
            "one state on a state lane",
            |v| record(v, "events", "aslov-2015")["states"] = json!(["TJK", "RUS"]),
            "aslov-2015",
            "states",
            |p| matches!(p, Problem::LaneNeedsOneState),
        ),
        (
            "deadline",
            |v| record(v, "assistance", "sochi-pledge")["deadline"] = json!("2010-01-01"),
            "sochi-pledge",
            "deadline",
            |p| matches!(p, Problem::DeadlineNotAfter),
        ),
        (
            "donor",
            |v| record(v, "assistance", "kaz-agreement-2018")["donor"] = json!("ARM"),
            "kaz-agreement-2018",
            "donor",
            |p| matches!(p, Problem::UnknownDonor(_)),
        ),
        (
            "collective track",
            |v| record(v, "assistance", "sochi-pledge")["track"] = json!("bilateral"),
            "sochi-pledge",
            "track",
            |p| matches!(p, Problem::CollectiveTrack),
        ),
        (
            "positive amount",
            |v| record(v, "assistance", "rus-delivery-2017")["value"]["amount"] = json!(0),
            "rus-delivery-2017",
            "value.amount",
            |p| matches!(p, Problem::NotPositive),
        ),
        (
            "range",
            |v| record(v, "assistance", "rus-rearm-2013")["value"]["min"] = json!(300000000),
            "rus-rearm-2013",
            "value",
            |p| matches!(p, Problem::BadRange),
        ),
        (
            "amount fields",
            |v| {
                record(v, "assistance", "sochi-pledge")["value"] =
                    json!({"status": "undisclosed", "currency": "USD"})
            },
            "sochi-pledge",
            "value",
            |p| matches!(p, Problem::AmountFields),
        ),
        (
            "currency",
            |v| {
                record(v, "assistance", "rus-delivery-2017")["value"]["currency"] = json!("dollars")
            },
            "rus-delivery-2017",
            "value.currency",
            |p| matches!(p, Problem::BadCurrency(_)),
        ),
        (
            "zero count",
            |v| record(v, "assistance", "rus-brdm-2021")["items"][0]["count"] = json!(0),
            "rus-brdm-2021",
            "items[0].count",
            |p| matches!(p, Problem::ZeroCount),
        ),
        (
            "no count",
            |v| {
                let item = &mut record(v, "assistance", "rus-brdm-2021")["items"][0];
                item.as_object_mut().unwrap().remove("count");
                item.as_object_mut().unwrap().remove("count_text");
            },
            "rus-brdm-2021",
            "items[0].count",
            |p| matches!(p, Problem::NoCount),
        ),
        (
            "relates to nothing",
            |v| record(v, "assistance", "rus-outpost-2023")["relates_to"] = json!("nothing"),
            "rus-outpost-2023",
            "relates_to",
            |p| matches!(p, Problem::RelatesToMissing(_)),
        ),
        (
            "relates to a delivery",
            |v| {
                record(v, "assistance", "rus-outpost-2023")["relates_to"] =
                    json!("rus-delivery-2017")
            },
            "rus-outpost-2023",
            "relates_to",
            |p| matches!(p, Problem::RelatesToNotPledge(_)),
        ),
        (
            "relates to a later pledge",
            |v| record(v, "assistance", "rus-outpost-pledge-2021")["date"] = json!("2025-01-01"),
            "rus-outpost-2023",
            "relates_to",
            |p| matches!(p, Problem::RelatesToLater(_)),
        ),
        (
            "runs before approval",
            |v| v["programme"]["runs_from"] = json!("2020-01-01"),
            "targeted-programme",
            "runs_from",
            |p| matches!(p, Problem::RunsBeforeApproval),
        ),
        (
            "runs_to",
            |v| v["programme"]["runs_to"] = json!("2025-01-01"),
            "targeted-programme",
            "runs_to",
            |p| matches!(p, Problem::RunsToNotAfter),
        ),
        (
            "stage number",
            |v| v["programme"]["stages"][1]["number"] = json!(5),
            "targeted-programme",
            "stages[1].number",
            |p| {
                matches!(
                    p,
                    Problem::StageNumber {
                        found: 5,
                        expected: 2
                    }
                )
            },
        ),
        (
            "stage years",
            |v| v["programme"]["stages"][2]["to_year"] = json!(2035),
            "targeted-programme",
            "stages[2]",
            |p| matches!(p, Problem::StageYears),
        ),
        (
            "uncited source",
            |v| {
                v["sources"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"id": "orphan", "publisher": "P", "title": "T"}))
            },
            "orphan",
            "id",
            |p| matches!(p, Problem::Uncited),
        ),
        (
            "conflict sources",
            |v| {
                record(v, "events", "aslov-2015")["conflict"] =
                    json!({"note": "They differ.", "sources": []})
            },
            "aslov-2015",
            "conflict.sources",
            |p| matches!(p, Problem::ConflictNoSources),
        ),
        (
            "chapter order",
            |v| {
                v["chapters"] = json!([
            {"id": "c1", "date": "2020", "title": "Later", "text": "T.", "highlights": [], "sources": ["ria-2025-11-26"]},
            {"id": "c2", "date": "2010", "title": "Earlier", "text": "T.", "highlights": [], "sources": ["ria-2025-11-26"]}])
            },
            "c2",
            "date",
            |p| matches!(p, Problem::ChapterOrder),
        ),
        (
            "chapter highlight",
            |v| {
                v["chapters"] = json!([
            {"id": "c1", "date": "2020", "title": "One", "text": "T.", "highlights": ["nothing"], "sources": ["ria-2025-11-26"]}])
            },
            "c1",
            "highlights",
            |p| matches!(p, Problem::UnknownHighlight(_)),
        ),
        // Shape problems, as serde reports them.
        (
            "not JSON",
            |v| *v = json!("{ not json"),
            "(top level)",
            "",
            |p| matches!(p, Problem::WrongType { .. } | Problem::NotJson { .. }),
        ),
        (
            "missing field",
            |v| {
                record(v, "events", "aslov-2015")
                    .as_object_mut()
                    .unwrap()
                    .remove("title");
            },
            "aslov-2015",
            "title",
            |p| matches!(p, Problem::MissingField),
        ),
        (
            "unknown field",
            |v| record(v, "events", "aslov-2015")["colour"] = json!("red"),
            "aslov-2015",
            "colour",
            |p| matches!(p, Problem::UnknownField { .. }),
        ),
        (
            "wrong type",
            |v| v["programme"]["stages"][0]["number"] = json!("one"),
            "(top level)",
            "programme.stages[0].number",
            |p| matches!(p, Problem::WrongType { .. }),
        ),
        (
            "unknown variant",
            |v| record(v, "events", "aslov-2015")["confidence"] = json!("certain"),
            "aslov-2015",
            "confidence",
            |p| matches!(p, Problem::WrongValue { .. }),
        ),
        (
            "bad date",
            |v| record(v, "events", "aslov-2015")["date"] = json!("2015-02-30"),
            "aslov-2015",
            "date",
            |p| matches!(p, Problem::BadDate(_)),
        ),
    ]
}

#[test]
fn the_fixture_is_a_valid_dataset_of_its_own() {
    assert_eq!(problems(&valid()), Vec::new());
}

#[test]
fn each_broken_fixture_names_record_field_what_is_wrong_and_what_was_expected() {
    for (name, mutate, record, field, is_expected) in fixtures() {
        let mut v = valid();
        mutate(&mut v);
        let found = problems(&v);
        let hit = found
            .iter()
            .find(|p| p.record == record && p.field == field && is_expected(&p.problem));
        let Some(hit) = hit else {
            panic!("{name}: expected a problem at {record}/{field}; got\n{found:#?}");
        };
        assert_eq!(hit.file, "mine.json", "{name}");
        let (en_wrong, en_expected) = hit.problem.describe("en");
        let (ru_wrong, ru_expected) = hit.problem.describe("ru");
        for text in [&en_wrong, &en_expected, &ru_wrong, &ru_expected] {
            assert!(!text.trim().is_empty(), "{name}: an empty message");
        }
        assert_ne!(
            en_wrong, ru_wrong,
            "{name}: the Russian text is the English one"
        );
        assert!(
            ru_wrong.chars().any(|c| ('а'..='я').contains(&c)),
            "{name}: {ru_wrong:?} is not Russian"
        );
    }
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut v = valid();
    record(&mut v, "events", "aslov-2015")["sources"] = json!([]);
    record(&mut v, "states", "TJK")["name"] = json!("");
    v["programme"]["runs_to"] = json!("2025-01-01");
    assert!(problems(&v).len() >= 3);
}

#[test]
fn the_limits_are_checked_before_anything_else() {
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_BYTES));
    let e = load_custom("big.json", &big).unwrap_err().0;
    assert!(matches!(e[0].problem, Problem::TooLarge { .. }), "{e:?}");
    assert_eq!(e.len(), 1);

    let mut v = valid();
    let sources = v["sources"].as_array_mut().unwrap();
    let template = sources[0].clone();
    for i in 0..MAX_RECORDS {
        let mut s = template.clone();
        s["id"] = json!(format!("extra-{i}"));
        sources.push(s);
    }
    let e = problems(&v);
    assert!(
        matches!(
            e[0].problem,
            Problem::TooManyRecords {
                limit: MAX_RECORDS,
                ..
            }
        ),
        "{e:?}"
    );
    let (wrong, expected) = e[0].problem.describe("ru");
    assert!(wrong.contains("записей") && expected.contains(&MAX_RECORDS.to_string()));
}

#[test]
fn the_csto_checks_apply_to_the_bundled_data_only() {
    // Another alliance: founded before the CSTO treaty, and not nine parties in 1994.
    let mut v = valid();
    for p in v["status_periods"].as_array_mut().unwrap() {
        if p["status"] == "signatory" {
            p["start"] = json!("1949-04-04");
        }
    }
    assert_eq!(problems(&v), Vec::new());
    let text = serde_json::to_string(&v).unwrap();
    let bundled_rules = data::load("mine.json", &text).unwrap_err().0;
    assert!(
        bundled_rules
            .iter()
            .any(|p| matches!(p.problem, Problem::BeforeStart { .. }))
    );
    assert!(
        bundled_rules
            .iter()
            .any(|p| matches!(p.problem, Problem::CrossCheck { .. }))
    );
}

#[test]
fn the_guide_s_starting_skeleton_is_a_valid_dataset() {
    let guide = include_str!("../docs/DATASET.md");
    let section = guide
        .split("## A starting skeleton")
        .nth(1)
        .expect("docs/DATASET.md has a starting skeleton");
    let json = section
        .split("```json")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the skeleton is a JSON code block");
    if let Err(e) = load_custom("skeleton.json", json) {
        panic!("{e}");
    }
}

#[test]
fn shape_problems_in_several_records_are_listed_at_once() {
    let mut v = valid();
    record(&mut v, "events", "aslov-2015")["colour"] = json!("red");
    record(&mut v, "events", "sultonov-2021")["date"] = json!("2021-02-30");
    record(&mut v, "states", "TJK")
        .as_object_mut()
        .unwrap()
        .remove("name");
    v["sources"].as_array_mut().unwrap()[2]
        .as_object_mut()
        .unwrap()
        .remove("id");
    v["programme"]["stages"][0]["number"] = json!("one");
    let found = problems(&v);
    let places: Vec<(&str, &str)> = found
        .iter()
        .map(|p| (p.record.as_str(), p.field.as_str()))
        .collect();
    for expected in [
        ("aslov-2015", "colour"),
        ("sultonov-2021", "date"),
        ("TJK", "name"),
        ("sources[2]", "id"),
        ("(top level)", "programme.stages[0].number"),
    ] {
        assert!(places.contains(&expected), "{expected:?} not in {places:?}");
    }
    assert_eq!(found.len(), 5, "{found:#?}");
}
