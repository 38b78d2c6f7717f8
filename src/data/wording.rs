//! Reading a source's own words for an amount: which hedge they carry ("about", «около», "up
//! to"…) and whether they contain the figure we record, so validation can hold each stated
//! amount to its source's wording. English and Russian, the languages of our sources; words in
//! another language are checked for the figure only. Pure: no web crate; tested natively.

use super::schema::Qualifier;

/// Hedge phrases and the qualifier each one means. A phrase counts only where it stands right
/// before a figure ("about 320", "around $5", «около 70»), so "handed over 12 vehicles" or
/// «до 2025 года» in a longer quote are not read as hedges of the amount.
const HEDGES: &[(&str, Qualifier)] = &[
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("some", Qualifier::About),
    ("около", Qualifier::About),
    ("примерно", Qualifier::About),
    ("порядка", Qualifier::About),
    ("приблизительно", Qualifier::About),
    ("почти", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("до", Qualifier::UpTo),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("более", Qualifier::MoreThan),
    ("свыше", Qualifier::MoreThan),
    ("больше", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("не менее", Qualifier::AtLeast),
    ("не меньше", Qualifier::AtLeast),
];

/// Currency signs that may stand between a hedge and its number ("about $5 million").
const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '₽'];

/// How the word after a number begins when the number is an amount of money: a scale or a
/// currency, in English or Russian ("320 million", «70 млрд», «200 миллионах», "5 dollars").
const MONEY_WORDS: &[&str] = &[
    "million",
    "billion",
    "thousand",
    "mln",
    "bn",
    "m ",
    "k ",
    "dollar",
    "rouble",
    "ruble",
    "euro",
    "tenge",
    "somoni",
    "usd",
    "rub",
    "eur",
    "kzt",
    "млн",
    "млрд",
    "тыс",
    "миллион",
    "миллиард",
    "тысяч",
    "доллар",
    "рубл",
    "евро",
    "тенге",
    "сомони",
];

/// Whether `rest` begins with an amount of money, after any spaces: a currency sign ("$5"), a
/// three-letter code before a number ("USD 1.1 million"), or a number (a range too, "150–200")
/// followed by a scale or currency word. So "over 12 vehicles" or «до 2025 года» are not
/// amounts.
fn starts_with_amount(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let Some(first) = rest.chars().next() else {
        return false;
    };
    if CURRENCY_SIGNS.contains(&first) {
        return true;
    }
    if first.is_ascii_uppercase() {
        let code_len = rest.chars().take_while(char::is_ascii_uppercase).count();
        return code_len == 3 && rest[3..].starts_with([' ', '\u{a0}']) && {
            let after = rest[3..].trim_start_matches([' ', '\u{a0}']);
            after.starts_with(|c: char| c.is_ascii_digit())
        };
    }
    if !first.is_ascii_digit() {
        return false;
    }
    // The number: digits, with separators and a range dash between digits.
    let mut end = 0;
    let chars: Vec<(usize, char)> = rest.char_indices().collect();
    for (n, (at, c)) in chars.iter().enumerate() {
        let joins_digits = matches!(c, '.' | ',' | ' ' | '\u{a0}' | '-' | '–')
            && chars
                .get(n + 1)
                .is_some_and(|(_, next)| next.is_ascii_digit());
        if c.is_ascii_digit() || joins_digits {
            end = at + c.len_utf8();
        } else {
            break;
        }
    }
    let word = rest[end..]
        .trim_start_matches([' ', '\u{a0}'])
        .to_lowercase()
        + " ";
    word.starts_with(CURRENCY_SIGNS) || MONEY_WORDS.iter().any(|w| word.starts_with(w))
}

/// The hedge the words put on their figure, if any: the first hedge phrase, in the order the
/// words run, that stands right before a figure.
pub fn hedge(words: &str) -> Option<Qualifier> {
    let lower = words.to_lowercase();
    let mut found: Option<(usize, Qualifier)> = None;
    for (phrase, qualifier) in HEDGES {
        for (at, _) in lower.match_indices(phrase) {
            let before_is_word = lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let after = &lower[at + phrase.len()..];
            let after_is_word = after.chars().next().is_some_and(char::is_alphanumeric);
            if before_is_word
                || after_is_word
                || !starts_with_amount(&words_after(words, &lower, at + phrase.len()))
            {
                continue;
            }
            if found.is_none_or(|(first, _)| at < first) {
                found = Some((at, *qualifier));
            }
        }
    }
    found.map(|(_, q)| q)
}

/// The original (not lower-cased) text after byte `at` of the lower-cased copy. Lower-casing
/// can change byte lengths, so the position is mapped by characters.
fn words_after(words: &str, lower: &str, at: usize) -> String {
    let chars_before = lower[..at].chars().count();
    words.chars().skip(chars_before).collect()
}

/// The figure as it may be written: its mantissa on the scale a source would use ("70" for 70
/// billion, "1.1" or "1,1" for 1.1 million) and the whole number with and without thousands
/// separators ("3000000", "3,000,000", "3 000 000").
pub fn figure_forms(amount: f64) -> Vec<String> {
    let mut forms = Vec::new();
    for scale in [1e9, 1e6, 1e3] {
        if amount >= scale {
            let mantissa = amount / scale;
            let hundredths = (mantissa * 100.0).round() / 100.0;
            let text = format!("{hundredths}");
            forms.push(text.clone());
            if text.contains('.') {
                forms.push(text.replace('.', ","));
            }
            break;
        }
    }
    if amount.fract() == 0.0 && amount < 1e15 {
        let whole = format!("{}", amount as u64);
        forms.push(whole.clone());
        for sep in [",", " ", "\u{a0}", "."] {
            forms.push(grouped(&whole, sep));
        }
    }
    forms.dedup();
    forms
}

/// `digits` in groups of three from the right, joined by `sep` ("3000000" → "3,000,000").
pub fn grouped(digits: &str, sep: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// Whether the words contain the figure as a whole number, not as part of a longer one ("3"
/// is in "$3 million", not in "320 million" or "1.3 million").
pub fn contains_figure(words: &str, amount: f64) -> bool {
    figure_forms(amount).iter().any(|form| {
        words.match_indices(form.as_str()).any(|(at, _)| {
            let before = &words[..at];
            let after = &words[at + form.len()..];
            let digit_before = before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
                || (before.ends_with(['.', ','])
                    && before[..before.len() - 1]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_digit()));
            let mut rest = after.chars();
            let digit_after = match rest.next() {
                Some(c) if c.is_ascii_digit() => true,
                Some('.' | ',') => rest.next().is_some_and(|c| c.is_ascii_digit()),
                _ => false,
            };
            !digit_before && !digit_after
        })
    })
}

/// Whether `code` looks like a BCP 47 language tag ("en", "ru", "pt-BR").
pub fn is_language_tag(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_in_english_and_russian() {
        assert_eq!(
            hedge("worth about 320 million rubles"),
            Some(Qualifier::About)
        );
        assert_eq!(hedge("около 70 млрд рублей"), Some(Qualifier::About));
        assert_eq!(hedge("Около 70 млрд рублей"), Some(Qualifier::About));
        assert_eq!(hedge("around $5 million"), Some(Qualifier::About));
        assert_eq!(hedge("up to 70 billion roubles"), Some(Qualifier::UpTo));
        assert_eq!(hedge("до 70 млрд рублей"), Some(Qualifier::UpTo));
        assert_eq!(hedge("more than $9 million"), Some(Qualifier::MoreThan));
        assert_eq!(hedge("свыше 320 млн рублей"), Some(Qualifier::MoreThan));
        assert_eq!(hedge("at least USD 3 million"), Some(Qualifier::AtLeast));
        assert_eq!(hedge("не менее 3 млн долларов"), Some(Qualifier::AtLeast));
    }

    #[test]
    fn plain_figures_and_lookalikes_do_not_hedge() {
        assert_eq!(hedge("$1.1 million"), None);
        assert_eq!(hedge("3 млн долларов"), None);
        assert_eq!(hedge("handed over 12 vehicles worth $122 million"), None);
        assert_eq!(
            hedge("программа до 2025 года стоимостью 150-200 млн долларов"),
            None
        );
        assert_eq!(
            hedge("программа стоимостью 150-200 млн долларов до конца года"),
            None
        );
        assert_eq!(hedge("a grant for some outposts worth $1.1 million"), None);
        assert_eq!(hedge("more than 40 items worth $1.1 million"), None);
        assert_eq!(hedge("около 150-200 млн долларов"), Some(Qualifier::About));
        assert_eq!(hedge("о 200 миллионах и о 150"), None);
        assert_eq!(hedge("moreover 5"), None);
        assert_eq!(hedge("Дон 5"), None);
    }

    #[test]
    fn the_first_hedge_before_a_figure_counts() {
        assert_eq!(
            hedge("about 320 million rubles, more than $5 million"),
            Some(Qualifier::About)
        );
    }

    #[test]
    fn figures_are_found_whole() {
        assert!(contains_figure("worth about 320 million rubles", 320e6));
        assert!(contains_figure("около 70 млрд рублей", 70e9));
        assert!(contains_figure("$1.1 million", 1.1e6));
        assert!(contains_figure("1,1 млн долларов", 1.1e6));
        assert!(contains_figure("3 000 000 долларов", 3e6));
        assert!(contains_figure("USD 3,000,000", 3e6));
        assert!(contains_figure("$3 million", 3e6));
        assert!(!contains_figure("$320 million", 3e6));
        assert!(!contains_figure("$1.3 million", 3e6));
        assert!(!contains_figure("$13 million", 3e6));
        assert!(!contains_figure("no figure at all", 3e6));
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en"));
        assert!(is_language_tag("ru"));
        assert!(is_language_tag("pt-BR"));
        assert!(!is_language_tag("EN"));
        assert!(!is_language_tag("english"));
        assert!(!is_language_tag(""));
        assert!(!is_language_tag("ru-"));
    }
}
