//! Writing spec numbers and usage amounts in the catalog's locale.

use super::SpecFormat;
use crate::case::to_lowercase;
use crate::decimal::trimmed;
use crate::format::{significant_decimals, Locale};
use crate::messages::table as words;

/// A number as its spec format writes it.
pub fn number(value: f64, format: SpecFormat, digits: u8, locale: &Locale) -> String {
    match format {
        SpecFormat::Integer if (0.0..1e18).contains(&value) => locale.integer(value.round() as u64),
        SpecFormat::Integer => locale.decimal(value, 0),
        SpecFormat::Compact => compact(value, locale),
        SpecFormat::Percent => format!("{}%", short_decimal(value, digits, locale)),
        _ => short_decimal(value, digits, locale),
    }
}

/// Up to `digits` fraction digits, trailing zeros dropped: `0.50` → `0.5`, `3.00` → `3`.
fn short_decimal(value: f64, digits: u8, locale: &Locale) -> String {
    let text = trimmed(value, usize::from(digits.min(6)));
    let decimals = text
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len());
    locale.decimal(value, decimals)
}

/// `424B`, `262K`, `1.05M`: at most three significant digits and a K/M/B/T suffix.
pub fn compact(value: f64, locale: &Locale) -> String {
    let magnitude = value.abs();
    let scales = [
        (1e12, words::COMPACT_TRILLION),
        (1e9, words::COMPACT_BILLION),
        (1e6, words::COMPACT_MILLION),
        (1e3, words::COMPACT_THOUSAND),
    ];
    let Some((factor, suffix)) = scales.iter().find(|(factor, _)| magnitude >= *factor) else {
        return short_decimal(value, 2, locale);
    };
    let scaled = value / factor;
    let digits = if scaled.abs() >= 100.0 {
        0
    } else if scaled.abs() >= 10.0 {
        1
    } else {
        2
    };
    locale.say(*suffix, &[("n", &short_decimal(scaled, digits, locale))])
}

/// Money with the currency's decimals, and up to three significant digits for amounts
/// under one (`$0.125`, `$0.0048`).
pub fn money(amount: f64, currency: &str, locale: &Locale) -> String {
    let minimum = if matches!(currency.trim().to_ascii_uppercase().as_str(), "JPY" | "KRW") {
        0
    } else {
        2
    };
    let decimals = significant_decimals(amount, minimum, 3, 8);
    // `0.00480` reads as `0.0048`; keep the currency's own decimals at least.
    let text = trimmed(amount, decimals);
    let shown = text
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len());
    locale.money(amount, currency, shown.max(minimum))
}

/// A label inside a sentence: `Context window` → `context window`, but `MMLU score` and
/// `GPU hours` keep their capitals.
pub fn sentence_label(label: &str, locale: &Locale) -> String {
    // German capitalizes every noun; Japanese, Chinese and Arabic have no case.
    if matches!(locale.language(), "de" | "lb") {
        return label.to_owned();
    }
    let mut chars = label.char_indices();
    let (Some((_, first)), Some((second_at, second))) = (chars.next(), chars.next()) else {
        return label.to_owned();
    };
    // Casing through `case` (std's tables cost about 24 KB of wasm): a letter is a
    // capital when lowercasing changes it.
    let lower = |c: char| to_lowercase(c.encode_utf8(&mut [0; 4]));
    let capital = |c: char| *lower(c) != *c.encode_utf8(&mut [0; 4]);
    if capital(first) && !capital(second) {
        format!("{}{}", lower(first), &label[second_at..])
    } else {
        label.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_numbers_keep_three_significant_digits() {
        let en = Locale::default();
        assert_eq!(compact(28e9, &en), "28B");
        assert_eq!(compact(262_144.0, &en), "262K");
        assert_eq!(compact(1_048_576.0, &en), "1.05M");
        assert_eq!(compact(47.5e9, &en), "47.5B");
        assert_eq!(compact(950.0, &en), "950");
        assert_eq!(compact(2.1e12, &en), "2.1T");
    }

    #[test]
    fn money_shows_small_amounts_to_two_significant_digits() {
        let en = Locale::default();
        assert_eq!(money(3.0, "USD", &en), "$3.00");
        assert_eq!(money(0.0048, "USD", &en), "$0.0048");
        assert_eq!(money(0.15, "USD", &en), "$0.15");
        assert_eq!(money(0.125, "USD", &en), "$0.125");
        assert_eq!(money(0.00482, "USD", &en), "$0.00482");
        assert_eq!(money(0.0, "USD", &en), "$0.00");
        assert_eq!(
            money(1234.5, "EUR", &Locale::parse("de-DE").unwrap()),
            "1.234,50\u{a0}€"
        );
    }

    #[test]
    fn labels_lose_only_a_leading_capital() {
        assert_eq!(
            sentence_label("Context window", &Locale::default()),
            "context window"
        );
        assert_eq!(
            sentence_label("MMLU score", &Locale::default()),
            "MMLU score"
        );
        assert_eq!(sentence_label("x", &Locale::default()), "x");
    }
}
