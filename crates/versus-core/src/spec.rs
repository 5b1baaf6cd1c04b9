//! Comparable specs: the catalog's spec definitions (label, unit, which way is better, how
//! a value is written), each artifact's values, usage prices per unit, and where a fact
//! comes from. `measure` turns specs and prices into comparable rows; `cost` is the
//! calculator's arithmetic.

pub mod cost;
pub mod measure;
mod write;

pub use write::{compact, sentence_label};

use crate::format::Locale;

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
    /// `Prices: OpenRouter, checked 2026-08-14`.
    pub fn line(&self) -> String {
        let mut line = match &self.about {
            Some(about) => format!("{about}: {}", self.name),
            None => format!("Source: {}", self.name),
        };
        if let Some(date) = &self.checked {
            line.push_str(&format!(", checked {date}"));
        }
        line
    }

    /// `OpenRouter, checked 2026-08-14`: the line without what it covers (for one value).
    pub fn short(&self) -> String {
        match &self.checked {
            Some(date) => format!("{}, checked {date}", self.name),
            None => self.name.clone(),
        }
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
pub const KNOWN_RATES: [(&str, &str); 9] = [
    ("input", "Input price"),
    ("output", "Output price"),
    ("cache_read", "Cache read price"),
    ("cache_write", "Cache write price"),
    ("reasoning", "Reasoning price"),
    ("audio", "Audio price"),
    ("image", "Image price"),
    ("request", "Request price"),
    ("web_search", "Web search price"),
];

/// True for the rates priced per token unless the catalog says otherwise.
pub fn is_token_rate(rate: &str) -> bool {
    matches!(
        rate,
        "input" | "output" | "cache_read" | "cache_write" | "reasoning" | "audio"
    )
}

impl UsageRate {
    /// The row label: the catalog's, else the known one, else the id.
    pub fn label(&self) -> String {
        if let Some(label) = &self.label {
            return label.clone();
        }
        KNOWN_RATES
            .iter()
            .find(|(id, _)| *id == self.rate)
            .map_or_else(
                || self.rate.replace('_', " "),
                |(_, label)| (*label).to_owned(),
            )
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
    pub fn shown_per(&self) -> &str {
        match &self.per {
            Per::Token => "1M tokens",
            Per::Unit(unit) => unit,
        }
    }

    /// `$3.00 / 1M tokens`, or `Varies`.
    pub fn write(&self, locale: &Locale) -> String {
        match self.shown_amount() {
            Some(amount) => format!(
                "{} / {}",
                write::money(amount, &self.currency, locale),
                self.shown_per()
            ),
            None => "Varies".to_owned(),
        }
    }
}

impl SpecDef {
    /// A value as the table shows it: `1,048,576 tokens`, `28B`, `Yes`, `Varies`.
    pub fn write(&self, value: &SpecValue, locale: &Locale) -> String {
        let number = self.write_bare(value, locale);
        match (value, &self.unit) {
            (SpecValue::Number(_), Some(unit)) => format!("{number} {unit}"),
            _ => number,
        }
    }

    /// A value without its unit (`1,048,576`), for `X vs Y tokens`.
    pub fn write_bare(&self, value: &SpecValue, locale: &Locale) -> String {
        match value {
            SpecValue::Varies => "Varies".to_owned(),
            SpecValue::Text(text) => text.clone(),
            SpecValue::Flag(true) => "Yes".to_owned(),
            SpecValue::Flag(false) => "No".to_owned(),
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
        assert_eq!(rate.label(), "Input price");
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
        assert_eq!(source.line(), "Prices: OpenRouter, checked 2026-08-14");
        assert_eq!(source.short(), "OpenRouter, checked 2026-08-14");
    }
}
