//! A reader's dataset can be hostile in size as well as in content (issue 20): a check reports
//! at most the first hundred problems and counts the rest, so a file of a million wrong values
//! is answered with a short list; and the CSV tables cannot start a formula.
#![cfg(not(target_arch = "wasm32"))]

use csto_explorer::data::{MAX_BYTES, MAX_PROBLEMS, Problem, load_custom};

/// `{"states":[1,1,1,…]}` just under the size limit: every entry is a shape problem.
#[test]
fn a_million_shape_problems_are_reported_as_a_hundred_and_a_count() {
    let ones = (MAX_BYTES - 20) / 2;
    let json = format!("{{\"states\":[{}1]}}", "1,".repeat(ones - 1));
    assert!(json.len() <= MAX_BYTES);
    let problems = load_custom("ones.json", &json)
        .expect_err("not a dataset")
        .0;
    assert!(
        problems.len() <= MAX_PROBLEMS + 2,
        "{} problems",
        problems.len()
    );
    let last = problems.last().expect("some problems");
    let Problem::MoreProblems { more } = last.problem else {
        panic!("the last problem counts the rest: {last:?}");
    };
    assert!(more > 900_000, "{more} more");
    assert!(last.message().contains("more problems of the same kinds"));
}

/// Many records each breaking a rule: the rule pass caps too.
#[test]
fn rule_problems_are_capped_too() {
    let states: Vec<String> = (0..500)
        .map(|k| format!(r#"{{"id":"S{k}","name":"","iso3":"bad"}}"#))
        .collect();
    let json = format!(
        r#"{{"schema_version":1,"dataset_version":"1","title":"t","coverage_note":"c","licence":"l","as_of":"2026-01-01","states":[{}]}}"#,
        states.join(",")
    );
    let problems = load_custom("rules.json", &json)
        .expect_err("rules broken")
        .0;
    assert!(
        problems.len() <= MAX_PROBLEMS + 2,
        "{} problems",
        problems.len()
    );
    assert!(matches!(
        problems.last().map(|p| &p.problem),
        Some(Problem::MoreProblems { .. })
    ));
}

/// The CSV guard: a formula behind a leading tab or carriage return is guarded too, and a field
/// with a semicolon is quoted (Excel in Russian splits on it).
#[test]
fn csv_fields_cannot_start_a_formula_or_split_on_a_semicolon() {
    use csto_explorer::export::csv::field;
    for formula in ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"] {
        let written = field(formula);
        let unquoted = written.trim_matches('"');
        assert!(unquoted.starts_with('\''), "{formula:?} → {written:?}");
    }
    assert_eq!(field("-12.5"), "-12.5", "a plain number stays a number");
    assert_eq!(field("a; b"), "\"a; b\"");
    assert_eq!(field("plain"), "plain");
}

/// `data=` is decided on the parsed address: what the browser's URL parser makes of the tricky
/// spellings (scheme, origin, path; checked in the browser by tests/e2e/own-data.test.mjs) is
/// decided here.
#[test]
fn a_data_address_is_decided_on_its_parsed_parts() {
    use csto_explorer::permalink::{DataPlace, data_place};
    let page = ("https://news.example", "/graphics/csto/index.html");
    let place = |protocol, origin, path| data_place(protocol, origin, path, page.0, page.1);
    let elsewhere = |o: &str| DataPlace::Elsewhere(o.to_owned());
    // Under the app's own folder: loaded at once.
    assert_eq!(
        place(
            "https:",
            "https://news.example",
            "/graphics/csto/data/mine.json"
        ),
        DataPlace::Here
    );
    // Elsewhere on the same site (as a redirect page might be): asked first.
    assert_eq!(
        place("https:", "https://news.example", "/redirect"),
        elsewhere("https://news.example")
    );
    assert_eq!(
        place("https:", "https://news.example", "/graphics/other/x.json"),
        elsewhere("https://news.example")
    );
    // Another site over https: asked first; over http, or another scheme: refused.
    assert_eq!(
        place("https:", "https://host", "/x.json"),
        elsewhere("https://host")
    );
    assert_eq!(place("http:", "http://host", "/x.json"), DataPlace::Refused);
    for scheme in ["javascript:", "data:", "blob:", "file:", "ftp:"] {
        assert_eq!(place(scheme, "null", "/x"), DataPlace::Refused, "{scheme}");
    }
}

const VALID: &str = include_str!("fixtures/custom/valid.json");

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(VALID).expect("fixture");
    edit(&mut v);
    v.to_string()
}

/// A text that would be multiplied where it is repeated (one huge publisher cited by every
/// record) is refused with a problem naming its record and field; so is a control character.
#[test]
fn texts_have_length_limits_and_no_control_characters() {
    use csto_explorer::data::validate::{NAME_LIMIT, TITLE_LIMIT};
    let huge = edited(|v| v["sources"][0]["publisher"] = "P".repeat(1_500_000).into());
    let problems = load_custom("huge.json", &huge).expect_err("too long").0;
    let source = serde_json::from_str::<serde_json::Value>(VALID).unwrap()["sources"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        problems.iter().any(|p| p.record == source
            && p.field == "publisher"
            && p.problem
                == Problem::TooLong {
                    length: 1_500_000,
                    limit: NAME_LIMIT
                }),
        "{problems:?}"
    );
    let title = edited(|v| v["sources"][0]["title"] = "T".repeat(TITLE_LIMIT + 1).into());
    assert!(load_custom("t.json", &title).is_err());
    let control = edited(|v| v["states"][0]["name"] = "Bad\u{0007}name".into());
    let problems = load_custom("c.json", &control)
        .expect_err("control character")
        .0;
    assert!(
        problems
            .iter()
            .any(|p| p.field == "name" && p.problem == Problem::ControlCharacter)
    );
    // A line break is fine in a description, not in a name.
    let broken = edited(|v| v["states"][0]["name"] = "Two\nlines".into());
    assert!(load_custom("n.json", &broken).is_err());
}

/// The crash screen writes its texts as text: a translation file with markup in it stays inert.
#[test]
fn the_crash_screen_escapes_its_texts() {
    use csto_explorer::i18n::{Lang, add_interface};
    let ru = Lang::from_code("ru").expect("Russian has a table");
    add_interface("ru", [("PanicTitle", "<img src=x onerror=alert(1)>")]);
    let html = csto_explorer::web::panic_html(ru);
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(!html.contains("<img"));
}
