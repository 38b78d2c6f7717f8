//! The dataset as flat tables, one CSV file each (RFC 4180: comma-separated, quoted where
//! needed, CRLF line ends, with a UTF-8 byte-order mark so spreadsheet programs read Cyrillic
//! right). Nested lists become their own tables keyed by the record's id; lists of ids are
//! joined with "; ". Codes are written as the JSON file writes them. Pure.

use serde::Serialize;

use crate::data::{Conflict, Dataset, PartialDate, Wording};

/// One table: a file name, its column names and its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

/// A code as the JSON file writes it (`not_party`, `border_troops`).
fn code<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn date(d: &PartialDate) -> String {
    d.iso()
}

fn opt_date(d: &Option<PartialDate>) -> String {
    d.as_ref().map(date).unwrap_or_default()
}

fn list(ids: &[String]) -> String {
    ids.join("; ")
}

fn opt(text: &Option<String>) -> String {
    text.clone().unwrap_or_default()
}

fn num(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn conflict(c: &Option<Conflict>) -> [String; 2] {
    match c {
        Some(c) => [c.note.clone(), list(&c.sources)],
        None => [String::new(), String::new()],
    }
}

/// Every table of the dataset, in the order the README lists them.
pub fn tables(ds: &Dataset) -> Vec<Table> {
    let mut announcements = Vec::new();
    let status_periods = ds
        .status_periods
        .iter()
        .map(|p| {
            for a in &p.announced {
                announcements.push(vec![
                    p.id.clone(),
                    date(&a.date),
                    a.text.clone(),
                    list(&a.sources),
                ]);
            }
            let [conflict_note, conflict_sources] = conflict(&p.conflict);
            vec![
                p.id.clone(),
                p.state.clone(),
                code(&p.status),
                date(&p.start),
                code(&p.start_basis),
                opt_date(&p.end),
                p.title.clone(),
                p.description.clone(),
                opt(&p.effective_note),
                code(&p.confidence),
                list(&p.sources),
                conflict_note,
                conflict_sources,
            ]
        })
        .collect();
    let events = ds
        .events
        .iter()
        .map(|e| {
            let [conflict_note, conflict_sources] = conflict(&e.conflict);
            vec![
                e.id.clone(),
                date(&e.date),
                opt_date(&e.end_date),
                code(&e.lane),
                code(&e.kind),
                list(&e.states),
                e.title.clone(),
                e.description.clone(),
                code(&e.confidence),
                list(&e.sources),
                conflict_note,
                conflict_sources,
            ]
        })
        .collect();
    let mut items = Vec::new();
    let assistance = ds
        .assistance
        .iter()
        .map(|r| {
            for i in &r.items {
                items.push(vec![
                    r.id.clone(),
                    i.what.clone(),
                    i.unit.clone(),
                    i.count.map(|c| c.to_string()).unwrap_or_default(),
                    opt(&i.count_text),
                ]);
            }
            let [conflict_note, conflict_sources] = conflict(&r.conflict);
            let wording = r.value.wording.clone().unwrap_or(Wording {
                text: String::new(),
                lang: String::new(),
                source: String::new(),
            });
            vec![
                r.id.clone(),
                date(&r.date),
                code(&r.date_kind),
                opt_date(&r.deadline),
                code(&r.track),
                r.donor.clone(),
                code(&r.kind),
                code(&r.recipient),
                code(&r.value.status),
                opt(&r.value.currency),
                num(r.value.amount),
                num(r.value.min),
                num(r.value.max),
                r.value
                    .qualifier
                    .map(|q| q.code().to_owned())
                    .unwrap_or_default(),
                wording.text,
                wording.lang,
                wording.source,
                r.counts.clone(),
                r.title.clone(),
                r.description.clone(),
                code(&r.confidence),
                list(&r.sources),
                conflict_note,
                conflict_sources,
                opt(&r.relates_to),
                if r.relates_to_inferred { "true" } else { "" }.to_owned(),
            ]
        })
        .collect();
    let p = &ds.programme;
    vec![
        Table {
            name: "states.csv",
            columns: &["id", "name"],
            rows: ds
                .states
                .iter()
                .map(|s| vec![s.id.clone(), s.name.clone()])
                .collect(),
        },
        Table {
            name: "status_periods.csv",
            columns: &[
                "id",
                "state",
                "status",
                "start",
                "start_basis",
                "end",
                "title",
                "description",
                "effective_note",
                "confidence",
                "sources",
                "conflict_note",
                "conflict_sources",
            ],
            rows: status_periods,
        },
        Table {
            name: "announcements.csv",
            columns: &["period_id", "date", "text", "sources"],
            rows: announcements,
        },
        Table {
            name: "events.csv",
            columns: &[
                "id",
                "date",
                "end_date",
                "lane",
                "kind",
                "states",
                "title",
                "description",
                "confidence",
                "sources",
                "conflict_note",
                "conflict_sources",
            ],
            rows: events,
        },
        Table {
            name: "assistance.csv",
            columns: &[
                "id",
                "date",
                "date_kind",
                "deadline",
                "track",
                "donor",
                "kind",
                "recipient",
                "value_status",
                "currency",
                "amount",
                "min",
                "max",
                "qualifier",
                "wording",
                "wording_lang",
                "wording_source",
                "counts",
                "title",
                "description",
                "confidence",
                "sources",
                "conflict_note",
                "conflict_sources",
                "relates_to",
                "relates_to_inferred",
            ],
            rows: assistance,
        },
        Table {
            name: "assistance_items.csv",
            columns: &["record_id", "what", "unit", "count", "count_text"],
            rows: items,
        },
        Table {
            name: "programme.csv",
            columns: &[
                "id",
                "title",
                "approved",
                "runs_from",
                "runs_to",
                "status_date",
                "status_text",
                "status_sources",
                "confidence",
                "sources",
            ],
            rows: vec![vec![
                p.id.clone(),
                p.title.clone(),
                date(&p.approved),
                date(&p.runs_from),
                date(&p.runs_to),
                date(&p.status.date),
                p.status.text.clone(),
                list(&p.status.sources),
                code(&p.confidence),
                list(&p.sources),
            ]],
        },
        Table {
            name: "programme_stages.csv",
            columns: &["number", "from_year", "to_year", "title", "description"],
            rows: p
                .stages
                .iter()
                .map(|s| {
                    vec![
                        s.number.to_string(),
                        s.from_year.to_string(),
                        s.to_year.to_string(),
                        s.title.clone(),
                        s.description.clone(),
                    ]
                })
                .collect(),
        },
        Table {
            name: "sources.csv",
            columns: &["id", "publisher", "title", "date", "url", "note"],
            rows: ds
                .sources
                .iter()
                .map(|s| {
                    vec![
                        s.id.clone(),
                        s.publisher.clone(),
                        s.title.clone(),
                        opt_date(&s.date),
                        opt(&s.url),
                        opt(&s.note),
                    ]
                })
                .collect(),
        },
        Table {
            name: "chapters.csv",
            columns: &[
                "id",
                "date",
                "title",
                "text",
                "highlights",
                "sources",
                "visual",
                "span_from",
                "span_to",
            ],
            rows: ds
                .chapters
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        date(&c.date),
                        c.title.clone(),
                        c.text.clone(),
                        list(&c.highlights),
                        list(&c.sources),
                        c.visual.as_ref().map(code).unwrap_or_default(),
                        c.span.map(|s| date(&s.from)).unwrap_or_default(),
                        c.span.map(|s| date(&s.to)).unwrap_or_default(),
                    ]
                })
                .collect(),
        },
        Table {
            name: "corrections.csv",
            columns: &["id", "claim", "correction", "confidence", "sources"],
            rows: ds
                .corrections
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        c.claim.clone(),
                        c.correction.clone(),
                        code(&c.confidence),
                        list(&c.sources),
                    ]
                })
                .collect(),
        },
        Table {
            name: "changelog.csv",
            columns: &[
                "id", "version", "record", "field", "was", "now", "why", "sources",
            ],
            rows: ds
                .changelog
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        c.version.clone(),
                        c.record.clone(),
                        c.field.clone(),
                        opt(&c.was),
                        opt(&c.now),
                        c.why.clone(),
                        list(&c.sources),
                    ]
                })
                .collect(),
        },
    ]
}

/// One field, quoted when it holds a comma, a semicolon (the list separator of Excel in Russian
/// and other languages that write a decimal comma), a quote, a tab or a line break. A text a
/// spreadsheet would run as a formula (starting with =, +, - or @, or with a tab or a carriage
/// return before one) is prefixed with an apostrophe, the usual guard; a plain number is not.
pub fn field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let guarded = if formula && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', ';', '"', '\t', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The table as CSV text, beginning with a byte-order mark.
pub fn to_csv(table: &Table) -> String {
    let mut out = String::from("\u{FEFF}");
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(table.columns.iter().map(|c| field(c)).collect()));
    for row in &table.rows {
        out.push_str(&line(row.iter().map(|c| field(c)).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::bundled;

    /// What `to_csv` wrote, read by the `csv` crate (RFC 4180), as a spreadsheet would.
    fn parse(text: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes())
            .records()
            .map(|row| row.expect("valid CSV").iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn fields_are_quoted_and_guarded() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5"), "-5");
        assert_eq!(field("@cmd"), "'@cmd");
    }

    #[test]
    fn every_table_reads_back_to_the_records() {
        let ds = bundled().unwrap();
        let tables = tables(ds);
        for table in &tables {
            let rows = parse(&to_csv(table));
            assert_eq!(rows[0], table.columns, "{}", table.name);
            assert_eq!(rows[1..], table.rows[..], "{}", table.name);
            for row in &table.rows {
                assert_eq!(row.len(), table.columns.len(), "{}", table.name);
            }
        }
        let count = |name: &str| tables.iter().find(|t| t.name == name).unwrap().rows.len();
        assert_eq!(count("states.csv"), ds.states.len());
        assert_eq!(count("status_periods.csv"), ds.status_periods.len());
        assert_eq!(count("events.csv"), ds.events.len());
        assert_eq!(count("assistance.csv"), ds.assistance.len());
        assert_eq!(count("sources.csv"), ds.sources.len());
        assert_eq!(count("corrections.csv"), ds.corrections.len());
        assert_eq!(count("chapters.csv"), ds.chapters.len());
        assert_eq!(count("changelog.csv"), ds.changelog.len());
        assert_eq!(
            count("assistance_items.csv"),
            ds.assistance.iter().map(|r| r.items.len()).sum::<usize>()
        );
    }

    #[test]
    fn undisclosed_amounts_stay_empty_not_zero() {
        let ds = bundled().unwrap();
        let table = &tables(ds)[4];
        let status = table
            .columns
            .iter()
            .position(|c| *c == "value_status")
            .unwrap();
        let amount = table.columns.iter().position(|c| *c == "amount").unwrap();
        let undisclosed: Vec<_> = table
            .rows
            .iter()
            .filter(|r| r[status] == "undisclosed")
            .collect();
        assert!(!undisclosed.is_empty());
        assert!(undisclosed.iter().all(|r| r[amount].is_empty()));
    }
}
