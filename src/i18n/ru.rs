//! Русский: the CSTO's working language and the one its region reads first.

use super::{Key, Language};

pub const LANGUAGE: Language = Language {
    code: "ru",
    name: "Русский",
    switched_on: true,
    text,
    plural,
    plural_forms: 3,
    months_with_day: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    months_short: [
        "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
    decimal_separator: ",",
    thousands_separator: "\u{a0}",
};

/// One (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 25–30, 11–14).
fn plural(n: u64) -> usize {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => 0,
        (2..=4, r) if !(12..=14).contains(&r) => 1,
        _ => 2,
    }
}

/// What the page shows before the language's texts file has arrived, or when it could not be
/// fetched, is compiled in; every other string is in `ru.json` (see `super::interface_text`).
fn text(key: Key) -> Option<&'static str> {
    match key {
        Key::Loading => Some("Загрузка временной шкалы и графика…"),
        Key::TextsNotLoaded => Some(
            "Русские тексты не удалось загрузить, поэтому страница показана на английском.",
        ),
        _ => super::interface_text(LANGUAGE.code, key),
    }
}
