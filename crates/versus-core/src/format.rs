//! Locale-aware formatting of numbers, ranks, signals and prices.
//!
//! A small built-in table covers the common locales; an unknown region falls back to its
//! language, an unknown language to `en-US` conventions (the tag is kept as given).

use super::catalog::Price;
use super::decimal::{fixed, scientific};
use std::sync::Arc;

use super::messages::{is_rtl, table as words, Counted, Msg, Table, Words};

/// Number conventions for one BCP 47 tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    pub tag: String,
    decimal: char,
    group: &'static str,
    /// Currency symbol after the amount (`2.140,00 €`) rather than before (`$2,140.00`).
    symbol_after: bool,
    language: String,
    /// The words it speaks: English, a built-in table, a catalog's `strings`.
    pub words: Words,
}

impl Default for Locale {
    /// `en-US`, the contract's default.
    fn default() -> Self {
        Locale {
            tag: "en-US".into(),
            decimal: '.',
            group: ",",
            symbol_after: false,
            language: "en".into(),
            words: Words::default(),
        }
    }
}

const NBSP: &str = "\u{a0}";
const NARROW_NBSP: &str = "\u{202f}";

impl Locale {
    /// Parses a BCP 47 tag (`de-DE`, `fr`, `pt-BR`); `None` if it is not one.
    pub fn parse(tag: &str) -> Option<Locale> {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next()?.to_ascii_lowercase();
        let language_ok =
            (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic());
        let rest: Vec<&str> = parts.collect();
        let rest_ok = rest
            .iter()
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if !language_ok || !rest_ok {
            return None;
        }
        let region = rest
            .iter()
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(|p| p.to_ascii_uppercase())
            .unwrap_or_default();
        let (decimal, group, symbol_after) = conventions(&language, &region);
        Some(Locale {
            tag: tag.to_owned(),
            decimal,
            group,
            symbol_after,
            words: Words::default(),
            language,
        })
    }

    /// This locale speaking a built-in table (`None`: English) under the catalog's strings.
    pub fn with_builtin(&self, builtin: Option<Arc<Table>>) -> Locale {
        let mut locale = self.clone();
        locale.words = Words::new(builtin, self.words.overrides().cloned());
        locale
    }

    /// Locale `tag` for one widget (its `lang` attribute) speaking `builtin`; the catalog's
    /// strings come along only when they are in the same language. `None` if `tag` is not
    /// a language tag.
    pub fn for_widget(&self, tag: &str, builtin: Option<Arc<Table>>) -> Option<Locale> {
        let mut locale = Locale::parse(tag)?;
        let overrides = if locale.language == self.language {
            self.words.overrides().cloned()
        } else {
            None
        };
        locale.words = Words::new(builtin, overrides);
        Some(locale)
    }

    /// The primary language subtag (`de` of `de-AT`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// True for a language written right to left.
    pub fn is_rtl(&self) -> bool {
        is_rtl(&self.language)
    }

    /// `rtl` or `ltr`, for a `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A message's text.
    pub fn text(&self, message: Msg) -> &str {
        self.words.text(message)
    }

    /// A message with its placeholders filled.
    pub fn say(&self, message: Msg, args: &[(&str, &str)]) -> String {
        self.words.say(message, args)
    }

    /// A counted message for `n` (`{count}` is `n` as this locale writes it).
    pub fn count(&self, message: Counted, n: u64, args: &[(&str, &str)]) -> String {
        self.words
            .count(&self.language, message, n, &self.integer(n), args)
    }

    /// True when sentences built around catalog words may use English plurals.
    pub fn is_english(&self) -> bool {
        self.language == "en"
    }

    /// `2140.5` with 2 decimals → `2,140.50` (en-US) or `2.140,50` (de-DE).
    pub fn decimal(&self, value: f64, decimals: usize) -> String {
        let text = fixed(value.abs(), decimals);
        let (whole, fraction) = match text.split_once('.') {
            Some((whole, fraction)) => (whole.to_owned(), Some(fraction.to_owned())),
            None => (text.clone(), None),
        };
        let mut out = String::new();
        if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        out.push_str(&self.group_digits(&whole));
        if let Some(fraction) = fraction {
            out.push(self.decimal);
            out.push_str(&fraction);
        }
        out
    }

    /// An integer with grouping: `1,234,567`.
    pub fn integer(&self, value: u64) -> String {
        self.group_digits(&value.to_string())
    }

    fn group_digits(&self, digits: &str) -> String {
        // Spanish and Polish do not group four-digit numbers.
        let min_grouping = if matches!(self.language.as_str(), "es" | "pl") {
            5
        } else {
            4
        };
        if digits.len() < min_grouping {
            return digits.to_owned();
        }
        let mut out = String::new();
        for (position, digit) in digits.chars().enumerate() {
            if position > 0 && (digits.len() - position).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(digit);
        }
        out
    }

    /// An amount of money: `$2,140.00`, `2.140,00 €`, `¥300`.
    pub fn money(&self, amount: f64, currency: &str, decimals: usize) -> String {
        let number = self.decimal(amount, decimals);
        let code = currency.trim().to_ascii_uppercase();
        match currency_symbol(&code, &self.language) {
            Some(symbol) if self.symbol_after => format!("{number}{NBSP}{symbol}"),
            Some(symbol) if symbol.chars().all(|c| c.is_alphabetic()) => {
                format!("{symbol}{NBSP}{number}")
            }
            Some(symbol) => format!("{symbol}{number}"),
            None if self.symbol_after => format!("{number}{NBSP}{}", currency.trim()),
            None => format!("{}{NBSP}{number}", currency.trim()),
        }
    }
}

/// (decimal separator, group separator, symbol after amount) by language and region.
fn conventions(language: &str, region: &str) -> (char, &'static str, bool) {
    match (language, region) {
        ("de", "CH") | ("it", "CH") | ("fr", "CH") => ('.', "’", false),
        ("pt", "BR") => (',', ".", false),
        ("nl", _) => (',', ".", false),
        ("de" | "es" | "it" | "pt" | "da" | "id" | "tr" | "el" | "ro" | "hr" | "sl" | "sr", _) => {
            (',', ".", true)
        }
        ("fr", _) => (',', NARROW_NBSP, true),
        (
            "ru" | "uk" | "pl" | "cs" | "sk" | "sv" | "nb" | "no" | "fi" | "hu" | "bg" | "lt"
            | "lv" | "et",
            _,
        ) => (',', NBSP, true),
        _ => ('.', ",", false),
    }
}

/// The symbol a person expects for an ISO 4217 code; `None` to print the code itself.
fn currency_symbol(code: &str, language: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "CNY" if language == "zh" => "¥",
        "CNY" => "CN¥",
        "INR" => "₹",
        "KRW" => "₩",
        "BRL" => "R$",
        "RUB" => "₽",
        "UAH" => "₴",
        "PLN" if language == "pl" => "zł",
        "TRY" => "₺",
        "ILS" => "₪",
        "VND" => "₫",
        "NGN" => "₦",
        "PHP" => "₱",
        _ => return None,
    })
}

/// Decimal places a currency is normally shown with.
fn currency_decimals(code: &str) -> usize {
    match code.trim().to_ascii_uppercase().as_str() {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "HUF" => 0,
        _ => 2,
    }
}

/// A price as a person reads it, plus the exact catalog figure when it was rescaled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceText {
    /// `$0.42 / 1M prompt tokens`, `$20.00 / month`, `€9.00`.
    pub readable: String,
    /// `$4.20e-7 per prompt token` when `readable` is rescaled.
    pub exact: Option<String>,
}

/// Formats a starting price; amounts under a cent are shown per 1K, 1M or 1B units.
pub fn format_price(price: &Price, locale: &Locale) -> PriceText {
    let decimals = currency_decimals(&price.currency);
    let smallest_shown = 10f64.powi(-(decimals as i32)).min(1.0);
    let unit = price
        .per
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if price.amount > 0.0 && price.amount < smallest_shown {
        let scales = [
            (1e3, words::SCALE_THOUSAND),
            (1e6, words::SCALE_MILLION),
            (1e9, words::SCALE_BILLION),
            (1e12, words::SCALE_TRILLION),
        ];
        let (factor, label) = scales
            .iter()
            .copied()
            .find(|(factor, _)| price.amount * factor >= smallest_shown)
            .unwrap_or(scales[3]);
        let scaled = price.amount * factor;
        let money = locale.money(
            scaled,
            &price.currency,
            significant_decimals(scaled, decimals, 2, 6),
        );
        let units = match unit {
            Some(unit) if locale.is_english() => pluralize(unit),
            Some(unit) => unit.to_owned(),
            None => locale.text(words::PRICE_UNITS).to_owned(),
        };
        let exact_money = format!(
            "{}{}",
            exact_prefix(&price.currency),
            scientific(price.amount, 2)
        );
        let exact = match unit {
            Some(unit) => locale.say(
                words::PRICE_EXACT,
                &[("money", &exact_money), ("unit", unit)],
            ),
            None => exact_money,
        };
        return PriceText {
            readable: locale.say(
                words::PRICE_SCALED,
                &[
                    ("money", &money),
                    ("scale", locale.text(label)),
                    ("units", &units),
                ],
            ),
            exact: Some(exact),
        };
    }
    let money = locale.money(
        price.amount,
        &price.currency,
        significant_decimals(price.amount, decimals, 2, 6),
    );
    PriceText {
        readable: match unit {
            Some(unit) => locale.say(words::PRICE_PER, &[("money", &money), ("unit", unit)]),
            None => money,
        },
        exact: None,
    }
}

fn exact_prefix(currency: &str) -> String {
    match currency.trim().to_ascii_uppercase().as_str() {
        "USD" => "$".to_owned(),
        "EUR" => "€".to_owned(),
        "GBP" => "£".to_owned(),
        other => format!("{other} "),
    }
}

/// At least `minimum` decimals (the currency's), more when a value under one needs them to
/// show `digits` significant digits, at most `most`.
pub fn significant_decimals(value: f64, minimum: usize, digits: usize, most: usize) -> usize {
    if value <= 0.0 || value >= 1.0 {
        return minimum;
    }
    let leading_zeros = (-value.log10()).floor() as usize;
    (leading_zeros + digits).clamp(minimum, most)
}

/// English plural of a unit phrase: `prompt token` → `prompt tokens`, `query` → `queries`.
pub fn pluralize(unit: &str) -> String {
    let lower = unit.to_ascii_lowercase();
    if lower.ends_with('s') {
        return unit.to_owned();
    }
    if let Some(stem) = unit.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if lower.ends_with("ch") || lower.ends_with("sh") || lower.ends_with('x') {
        return format!("{unit}es");
    }
    format!("{unit}s")
}

/// `58/100`.
pub fn format_rank(rank: u8) -> String {
    format!("{rank}/100")
}

/// A signal value in 0..=1: whole numbers as `0`/`1`, else two decimals in the locale.
pub fn format_signal(value: Option<f64>, locale: &Locale) -> String {
    match value {
        None => "—".to_owned(),
        Some(v) if v.fract() == 0.0 => fixed(v, 0),
        Some(v) => locale.decimal(v, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> Locale {
        Locale::parse(tag).expect("valid tag")
    }

    fn price(amount: f64, currency: &str, per: Option<&str>) -> Price {
        Price {
            amount,
            currency: currency.into(),
            per: per.map(Into::into),
        }
    }

    #[test]
    fn groups_and_separates_by_locale() {
        assert_eq!(locale("en-US").decimal(2140.0, 2), "2,140.00");
        assert_eq!(locale("de-DE").decimal(2140.0, 2), "2.140,00");
        assert_eq!(
            locale("fr-FR").decimal(1234567.891, 2),
            "1\u{202f}234\u{202f}567,89"
        );
        assert_eq!(locale("es-ES").decimal(2140.0, 0), "2140");
        assert_eq!(locale("en").integer(1_000_000), "1,000,000");
    }

    #[test]
    fn de_de_prints_euros_after_the_amount() {
        assert_eq!(locale("de-DE").money(2140.0, "EUR", 2), "2.140,00\u{a0}€");
        assert_eq!(locale("en-US").money(2140.0, "EUR", 2), "€2,140.00");
        assert_eq!(locale("en-US").money(5.0, "CHF", 2), "CHF\u{a0}5.00");
    }

    #[test]
    fn tiny_per_token_prices_read_per_million() {
        let text = format_price(
            &price(4.2e-7, "USD", Some("prompt token")),
            &locale("en-US"),
        );
        assert_eq!(text.readable, "$0.42 / 1M prompt tokens");
        assert_eq!(text.exact.as_deref(), Some("$4.20e-7 per prompt token"));
        let text = format_price(&price(0.002, "USD", Some("image")), &locale("en-US"));
        assert_eq!(text.readable, "$2.00 / 1K images");
        let text = format_price(&price(1.5e-8, "USD", Some("token")), &locale("en-US"));
        assert_eq!(text.readable, "$0.015 / 1M tokens");
    }

    #[test]
    fn ordinary_prices_keep_their_unit() {
        let text = format_price(&price(20.0, "USD", Some("month")), &locale("en-US"));
        assert_eq!(text.readable, "$20.00 / month");
        assert_eq!(text.exact, None);
        let text = format_price(&price(2140.0, "EUR", None), &locale("de-DE"));
        assert_eq!(text.readable, "2.140,00\u{a0}€");
    }

    #[test]
    fn rejects_non_tags() {
        assert!(Locale::parse("de-DE").is_some());
        assert!(Locale::parse("zh-Hans-CN").is_some());
        assert!(Locale::parse("not a locale").is_none());
        assert!(Locale::parse("").is_none());
        assert!(Locale::parse("x;y").is_none());
    }

    #[test]
    fn pluralizes_units() {
        assert_eq!(pluralize("prompt token"), "prompt tokens");
        assert_eq!(pluralize("query"), "queries");
        assert_eq!(pluralize("seconds"), "seconds");
        assert_eq!(pluralize("day"), "days");
    }

    #[test]
    fn signals_show_whole_or_two_decimals() {
        assert_eq!(format_signal(Some(1.0), &locale("en-US")), "1");
        assert_eq!(format_signal(Some(0.5), &locale("de-DE")), "0,50");
        assert_eq!(format_signal(None, &locale("en-US")), "—");
    }
}
