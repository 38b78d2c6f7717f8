//! Text for numbers, amounts and counted things, written the way a reader would say them
//! ("USD 1.1 million", "several trucks"). Pure; tested natively.

use crate::data::{Amount, Items, Value};

/// "3", "1.1", "150" — at most one decimal, none when it would be ".0". Integer arithmetic:
/// it keeps float formatting out of the wasm binary.
fn short_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

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

fn scaled(value: f64) -> (f64, &'static str) {
    if value >= 1e9 {
        (value / 1e9, " billion")
    } else if value >= 1e6 {
        (value / 1e6, " million")
    } else if value >= 1e3 {
        (value / 1e3, " thousand")
    } else {
        (value, "")
    }
}

/// "USD 3 million", "RUB 70 billion".
pub fn money(currency: &str, amount: f64) -> String {
    let (n, unit) = scaled(amount);
    format!("{currency} {}{unit}", short_number(n))
}

/// "USD 150–200 million" when both ends share a magnitude, else "USD 900 thousand–1.2 million".
pub fn money_range(currency: &str, min: f64, max: f64) -> String {
    let (a, unit_a) = scaled(min);
    let (b, unit_b) = scaled(max);
    if unit_a == unit_b {
        format!("{currency} {}–{}{unit_b}", short_number(a), short_number(b))
    } else {
        format!(
            "{currency} {}{unit_a}–{}{unit_b}",
            short_number(a),
            short_number(b)
        )
    }
}

/// The value as text; `None` when no source states one.
pub fn value(value: &Value) -> Option<String> {
    let text = match value.amount() {
        Amount::Stated { currency, amount } => money(currency, amount),
        Amount::Range { currency, min, max } => money_range(currency, min, max),
        Amount::Undisclosed | Amount::Malformed => return None,
    };
    Some(match &value.qualifier {
        Some(q) => format!("{q} {text}"),
        None => text,
    })
}

/// "12 vehicles", "several trucks", "1 radar station".
pub fn items(item: &Items) -> String {
    match (item.count, &item.count_text) {
        (Some(n), _) => format!("{} {}", group_thousands(n), item.unit),
        (None, Some(text)) => format!("{} ({text})", item.unit),
        (None, None) => item.unit.clone(),
    }
}

/// "20,076".
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_naturally() {
        assert_eq!(money("USD", 3_000_000.0), "USD 3 million");
        assert_eq!(money("USD", 1_100_000.0), "USD 1.1 million");
        assert_eq!(money("RUB", 70_000_000_000.0), "RUB 70 billion");
        assert_eq!(money("RUB", 320_000_000.0), "RUB 320 million");
        assert_eq!(money("USD", 950.0), "USD 950");
        assert_eq!(money_range("USD", 150e6, 200e6), "USD 150–200 million");
        assert_eq!(
            money_range("USD", 900e3, 1.2e6),
            "USD 900 thousand–1.2 million"
        );
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
    fn undisclosed_has_no_number() {
        assert_eq!(value(&Value::UNDISCLOSED), None);
    }

    #[test]
    fn counted_things() {
        let item = |count, text: Option<&str>| Items {
            what: "x".into(),
            unit: "rounds".into(),
            count,
            count_text: text.map(str::to_owned),
        };
        assert_eq!(items(&item(Some(20_076), None)), "20,076 rounds");
        assert_eq!(items(&item(None, Some("several"))), "rounds (several)");
        assert_eq!(group_thousands(1_000_000), "1,000,000");
        assert_eq!(group_thousands(999), "999");
    }
}
