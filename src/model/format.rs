//! Text for numbers, amounts and counted things, written the way a reader would say them
//! in the reader's language ("USD 1.1 million", "1,1 млн долл. США"). Pure; tested natively.

use crate::data::{Amount, Items, Value};
use crate::i18n::{Key, Lang};

/// A CSS percentage with three decimals ("12.345%"), for placing items along an axis.
pub fn css_percent(value: f64) -> String {
    let thousandths = if value.is_finite() {
        (value * 1000.0).round() as i64
    } else {
        0
    };
    let sign = if thousandths < 0 { "-" } else { "" };
    let abs = thousandths.abs();
    format!("{sign}{}.{:03}%", abs / 1000, abs % 1000)
}

fn scaled(value: f64) -> (f64, Option<Key>) {
    if value >= 1e9 {
        (value / 1e9, Some(Key::Billion))
    } else if value >= 1e6 {
        (value / 1e6, Some(Key::Million))
    } else if value >= 1e3 {
        (value / 1e3, Some(Key::Thousand))
    } else {
        (value, None)
    }
}

fn with_currency(lang: Lang, currency: &str, amount: &str) -> String {
    lang.fill(
        Key::MoneyPattern,
        &[("currency", &lang.currency(currency)), ("amount", amount)],
    )
}

fn scale_word(lang: Lang, key: Option<Key>) -> &'static str {
    key.map_or("", |k| lang.t(k))
}

/// "USD 3 million" / "3 млн долл. США".
pub fn money(lang: Lang, currency: &str, amount: f64) -> String {
    let (n, unit) = scaled(amount);
    let amount = format!("{}{}", lang.short_number(n), scale_word(lang, unit));
    with_currency(lang, currency, &amount)
}

/// "USD 150–200 million" when both ends share a magnitude, else "USD 900 thousand–1.2 million".
pub fn money_range(lang: Lang, currency: &str, min: f64, max: f64) -> String {
    let (a, unit_a) = scaled(min);
    let (b, unit_b) = scaled(max);
    let amount = if unit_a == unit_b {
        format!(
            "{}–{}{}",
            lang.short_number(a),
            lang.short_number(b),
            scale_word(lang, unit_b)
        )
    } else {
        format!(
            "{}{}–{}{}",
            lang.short_number(a),
            scale_word(lang, unit_a),
            lang.short_number(b),
            scale_word(lang, unit_b)
        )
    };
    with_currency(lang, currency, &amount)
}

/// The value as text; `None` when no source states one.
pub fn value(lang: Lang, value: &Value) -> Option<String> {
    let text = match value.amount() {
        Amount::Stated { currency, amount } => money(lang, currency, amount),
        Amount::Range { currency, min, max } => money_range(lang, currency, min, max),
        Amount::Undisclosed | Amount::Malformed => return None,
    };
    Some(match value.qualifier {
        Some(q) => format!("{} {text}", lang.qualifier(q)),
        None => text,
    })
}

/// "12 vehicles", "several trucks", "1 radar station". The dataset's translations give the
/// unit in the form its count takes.
pub fn items(lang: Lang, item: &Items) -> String {
    match (item.count, &item.count_text) {
        (Some(n), _) => format!("{} {}", lang.integer(n), item.unit),
        (None, Some(text)) => format!("{} ({text})", item.unit),
        (None, None) => item.unit.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Lang = Lang::ENGLISH;

    fn ru() -> Lang {
        Lang::from_code("ru").unwrap()
    }

    #[test]
    fn money_reads_naturally() {
        assert_eq!(money(EN, "USD", 3_000_000.0), "USD 3 million");
        assert_eq!(money(EN, "USD", 1_100_000.0), "USD 1.1 million");
        assert_eq!(money(EN, "RUB", 70_000_000_000.0), "RUB 70 billion");
        assert_eq!(money(EN, "RUB", 320_000_000.0), "RUB 320 million");
        assert_eq!(money(EN, "USD", 950.0), "USD 950");
        assert_eq!(money_range(EN, "USD", 150e6, 200e6), "USD 150–200 million");
        assert_eq!(
            money_range(EN, "USD", 900e3, 1.2e6),
            "USD 900 thousand–1.2 million"
        );
        assert_eq!(money(ru(), "USD", 1_100_000.0), "1,1 млн долл. США");
        assert_eq!(money(ru(), "RUB", 70e9), "70 млрд руб.");
        assert_eq!(money(ru(), "EUR", 5e6), "5 млн EUR");
    }

    #[test]
    fn percentages_for_css() {
        assert_eq!(css_percent(12.3456), "12.346%");
        assert_eq!(css_percent(0.0), "0.000%");
        assert_eq!(css_percent(-0.5), "-0.500%");
        assert_eq!(css_percent(100.0), "100.000%");
        assert_eq!(css_percent(f64::NAN), "0.000%");
    }

    #[test]
    fn a_qualifier_is_written_in_the_readers_language() {
        let v = Value {
            status: crate::data::ValueStatus::Stated,
            currency: Some("RUB".into()),
            amount: Some(70e9),
            qualifier: Some(crate::data::Qualifier::About),
            ..Value::UNDISCLOSED
        };
        assert_eq!(value(EN, &v).as_deref(), Some("about RUB 70 billion"));
        assert_eq!(value(ru(), &v).as_deref(), Some("около 70 млрд руб."));
    }

    #[test]
    fn undisclosed_has_no_number() {
        assert_eq!(value(EN, &Value::UNDISCLOSED), None);
    }

    #[test]
    fn counted_things() {
        let item = |count, text: Option<&str>| Items {
            what: "x".into(),
            unit: "rounds".into(),
            count,
            count_text: text.map(str::to_owned),
        };
        assert_eq!(items(EN, &item(Some(20_076), None)), "20,076 rounds");
        assert_eq!(items(EN, &item(None, Some("several"))), "rounds (several)");
        assert_eq!(EN.integer(1_000_000), "1,000,000");
        assert_eq!(EN.integer(999), "999");
    }
}
