//! Comparable specs: the catalog's spec definitions (label, unit, which way is better, how
//! a value is written), each artifact's values, usage prices per unit, and where a fact
//! comes from. `measure` turns specs and prices into comparable rows; `cost` is the
//! calculator's arithmetic.

pub mod cost;
pub mod measure;
mod write;

pub use write::{compact, sentence_label};

use crate::format::Locale;
use crate::messages::table as words;
use crate::messages::Msg;

/// One catalog-level spec definition, e.g. `Context window` in tokens, higher is better.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecDef {
    pub id: String,
    pub label: String,
    /// Written after a number with a space: `1,048,576 tokens`.
    pub unit: Option<String>,
    pub better: Better,
    pub format: SpecFormat,
    /// Fraction digits for `decimal` and `percent`.
    pub digits: u8,
}

/// Which direction of a spec is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
    Neither,
}

/// How a spec's values are typed and written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecFormat {
    Integer,
    Decimal,
    Compact,
    Percent,
    Text,
    YesNo,
}

impl SpecFormat {
    /// Every format by its catalog name.
    pub const NAMES: [(&'static str, SpecFormat); 6] = [
        ("integer", SpecFormat::Integer),
        ("decimal", SpecFormat::Decimal),
        ("compact", SpecFormat::Compact),
        ("percent", SpecFormat::Percent),
        ("text", SpecFormat::Text),
        ("yes_no", SpecFormat::YesNo),
    ];

    /// True for the formats whose values are numbers.
    pub fn is_numeric(self) -> bool {
        !matches!(self, SpecFormat::Text | SpecFormat::YesNo)
    }
}

/// One value as the catalog gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum SpecValue {
    Number(f64),
    Text(String),
    Flag(bool),
    /// The source says it varies.
    Varies,
}

/// An artifact's value of one spec, with its own source if it names one.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecEntry {
    pub id: String,
    pub value: SpecValue,
    pub source: Option<Source>,
}

/// Where facts come from and when they were checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Which facts: `Prices`, `Specs` …
    pub about: Option<String>,
    pub name: String,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub checked: Option<String>,
}

impl Source {
    /// `Prices: ` (or `Source: `): what comes before the publisher's name.
    pub fn prefix(&self, locale: &Locale) -> String {
        match &self.about {
            Some(about) => locale.say(words::SOURCE_ABOUT, &[("about", about)]),
            None => locale.text(words::SOURCE_PLAIN).to_owned(),
        }
    }

    /// `, checked 2026-08-14` (or nothing): what comes after it.
    pub fn suffix(&self, locale: &Locale) -> String {
        match &self.checked {
            Some(date) => locale.say(words::SOURCE_CHECKED, &[("date", date)]),
            None => String::new(),
        }
    }

    /// `Prices: OpenRouter, checked 2026-08-14`.
    pub fn line(&self, locale: &Locale) -> String {
        format!(
            "{}{}{}",
            self.prefix(locale),
            self.name,
            self.suffix(locale)
        )
    }

    /// `OpenRouter, checked 2026-08-14`: the line without what it covers (for one value).
    pub fn short(&self, locale: &Locale) -> String {
        format!("{}{}", self.name, self.suffix(locale))
    }
}

/// A per-unit price: `$3.00 / 1M tokens` for input tokens, `$0.0048 / image`.
#[derive(Clone, Debug, PartialEq)]
pub struct UsageRate {
    /// `input`, `output`, `cache_read`, `image` … or a catalog's own id.
    pub rate: String,
    /// The catalog's row label, for a rate id Versus does not know.
    pub label: Option<String>,
    /// Per one `per`; `None` when the source says the price varies.
    pub amount: Option<f64>,
    pub currency: String,
    pub per: Per,
    pub source: Option<Source>,
}

/// What a usage rate is priced per.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Per {
    /// One token (amounts given per 1K or 1M tokens are divided down when read).
    Token,
    /// Any other unit: `image`, `request`, `second` …
    Unit(String),
}

/// The rates Versus knows, in row order, with their labels.
pub const KNOWN_RATES: [(&str, Msg); 9] = [
    ("input", words::RATE_INPUT),
    ("output", words::RATE_OUTPUT),
    ("cache_read", words::RATE_CACHE_READ),
    ("cache_write", words::RATE_CACHE_WRITE),
    ("reasoning", words::RATE_REASONING),
    ("audio", words::RATE_AUDIO),
    ("image", words::RATE_IMAGE),
    ("request", words::RATE_REQUEST),
    ("web_search", words::RATE_WEB_SEARCH),
];

/// A rate's row label: the catalog's, else the known one, else the id.
pub fn rate_label(rate: &str, label: Option<&str>, locale: &Locale) -> String {
    if let Some(label) = label {
        return label.to_owned();
    }
    KNOWN_RATES.iter().find(|(id, _)| *id == rate).map_or_else(
        || rate.replace('_', " "),
        |(_, label)| locale.text(*label).to_owned(),
    )
}

/// True for the rates priced per token unless the catalog says otherwise.
pub fn is_token_rate(rate: &str) -> bool {
    matches!(
        rate,
        "input" | "output" | "cache_read" | "cache_write" | "reasoning" | "audio"
    )
}

impl UsageRate {
    /// The row label: the catalog's, else the known one, else the id.
    pub fn label(&self, locale: &Locale) -> String {
        rate_label(&self.rate, self.label.as_deref(), locale)
    }

    /// The amount as shown: per 1M tokens for token rates; `None` when it varies.
    pub fn shown_amount(&self) -> Option<f64> {
        let amount = self.amount?;
        Some(match self.per {
            Per::Token => amount * 1e6,
            Per::Unit(_) => amount,
        })
    }

    /// `1M tokens`, `image`.
    pub fn shown_per<'a>(&'a self, locale: &'a Locale) -> &'a str {
        match &self.per {
            Per::Token => locale.text(words::PER_MILLION_TOKENS),
            Per::Unit(unit) => unit,
        }
    }

    /// `$3.00 / 1M tokens`, or `Varies`.
    pub fn write(&self, locale: &Locale) -> String {
        match self.shown_amount() {
            Some(amount) => locale.say(
                words::PRICE_PER,
                &[
                    ("money", &write::money(amount, &self.currency, locale)),
                    ("unit", self.shown_per(locale)),
                ],
            ),
            None => locale.text(words::VARIES).to_owned(),
        }
    }
}

impl SpecDef {
    /// A value as the table shows it: `1,048,576 tokens`, `28B`, `Yes`, `Varies`.
    pub fn write(&self, value: &SpecValue, locale: &Locale) -> String {
        let number = self.write_bare(value, locale);
        match (value, &self.unit) {
            (SpecValue::Number(_), Some(unit)) => {
                locale.say(words::WITH_UNIT, &[("value", &number), ("unit", unit)])
            }
            _ => number,
        }
    }

    /// A value without its unit (`1,048,576`), for `X vs Y tokens`.
    pub fn write_bare(&self, value: &SpecValue, locale: &Locale) -> String {
        match value {
            SpecValue::Varies => locale.text(words::VARIES).to_owned(),
            SpecValue::Text(text) => text.clone(),
            SpecValue::Flag(true) => locale.text(words::YES).to_owned(),
            SpecValue::Flag(false) => locale.text(words::NO).to_owned(),
            SpecValue::Number(n) => write::number(*n, self.format, self.digits, locale),
        }
    }

    /// The value as a number to compare (yes is 1), if it can be compared at all.
    pub fn comparable(&self, value: &SpecValue) -> Option<f64> {
        match (value, self.format) {
            (SpecValue::Number(n), format) if format.is_numeric() => Some(*n),
            (SpecValue::Flag(flag), SpecFormat::YesNo) => Some(if *flag { 1.0 } else { 0.0 }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(format: SpecFormat, unit: Option<&str>) -> SpecDef {
        SpecDef {
            id: "x".to_owned(),
            label: "X".to_owned(),
            unit: unit.map(str::to_owned),
            better: Better::Higher,
            format,
            digits: 2,
        }
    }

    #[test]
    fn values_are_written_by_format_with_the_unit_after_numbers() {
        let en = Locale::default();
        let de = Locale::parse("de-DE").unwrap();
        let tokens = def(SpecFormat::Integer, Some("tokens"));
        assert_eq!(
            tokens.write(&SpecValue::Number(1_048_576.0), &en),
            "1,048,576 tokens"
        );
        assert_eq!(
            tokens.write(&SpecValue::Number(1_048_576.0), &de),
            "1.048.576 tokens"
        );
        assert_eq!(tokens.write(&SpecValue::Varies, &en), "Varies");
        let params = def(SpecFormat::Compact, None);
        assert_eq!(params.write(&SpecValue::Number(424e9), &en), "424B");
        assert_eq!(params.write(&SpecValue::Number(1.5e6), &de), "1,5M");
        let share = def(SpecFormat::Percent, None);
        assert_eq!(share.write(&SpecValue::Number(85.25), &en), "85.25%");
        assert_eq!(share.write(&SpecValue::Number(85.0), &en), "85%");
        let score = def(SpecFormat::Decimal, None);
        assert_eq!(score.write(&SpecValue::Number(0.5), &en), "0.5");
        let open = def(SpecFormat::YesNo, Some("ignored"));
        assert_eq!(open.write(&SpecValue::Flag(true), &en), "Yes");
        assert_eq!(open.comparable(&SpecValue::Flag(false)), Some(0.0));
        let text = def(SpecFormat::Text, None);
        assert_eq!(text.comparable(&SpecValue::Text("a".into())), None);
    }

    #[test]
    fn token_rates_are_shown_per_million_and_varies_says_so() {
        let rate = UsageRate {
            rate: "input".to_owned(),
            label: None,
            amount: Some(0.000003),
            currency: "USD".to_owned(),
            per: Per::Token,
            source: None,
        };
        assert_eq!(rate.label(&Locale::default()), "Input price");
        assert_eq!(rate.write(&Locale::default()), "$3.00 / 1M tokens");
        let de = Locale::parse("de-DE").unwrap();
        assert_eq!(rate.write(&de), "3,00\u{a0}$ / 1M tokens");
        let image = UsageRate {
            rate: "image".to_owned(),
            amount: Some(0.0048),
            per: Per::Unit("image".to_owned()),
            ..rate.clone()
        };
        assert_eq!(image.write(&Locale::default()), "$0.0048 / image");
        let varies = UsageRate {
            amount: None,
            ..rate
        };
        assert_eq!(varies.write(&Locale::default()), "Varies");
    }

    #[test]
    fn sources_read_as_a_line() {
        let source = Source {
            about: Some("Prices".to_owned()),
            name: "OpenRouter".to_owned(),
            url: None,
            checked: Some("2026-08-14".to_owned()),
        };
        assert_eq!(
            source.line(&Locale::default()),
            "Prices: OpenRouter, checked 2026-08-14"
        );
        assert_eq!(
            source.short(&Locale::default()),
            "OpenRouter, checked 2026-08-14"
        );
    }
}
