//! Wire shapes of specs, usage rates and sources, for the JSON Schema.

use schemars::JsonSchema;

use super::patterns::{http_url, DATE, KEY, NON_BLANK, VARIES};

/// A comparable spec: one row of the comparison table.
#[derive(JsonSchema)]
pub struct SpecDef {
    /// `[a-z0-9][a-z0-9_-]{0,63}`, unique among the specs; the key in each artifact's `specs`.
    #[schemars(pattern(KEY))]
    pub id: String,
    /// Row label, e.g. `Context window`.
    #[schemars(pattern(NON_BLANK))]
    pub label: String,
    /// Written after a number with a space, e.g. `tokens`.
    pub unit: Option<String>,
    /// Which value is better: `higher`, `lower` or `none` (default).
    pub better: Option<Better>,
    /// Value type and how it is written: `integer`, `decimal` (default), `compact`, `percent`, `text` or `yes_no`.
    pub format: Option<SpecFormat>,
    /// Fraction digits for `decimal` and `percent`, 0–6 (default 2).
    #[schemars(range(max = 6))]
    pub digits: Option<u8>,
}

/// Which value of a spec is better.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Higher,
    Lower,
    None,
}

/// How a spec's values are typed and written.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpecFormat {
    Integer,
    Decimal,
    Compact,
    Percent,
    Text,
    YesNo,
}

/// A spec value: a number, text, true/false or `"varies"`, or an object naming its source.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum SpecValue {
    Plain(PlainValue),
    Sourced(SourcedValue),
}

/// A spec value as such.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum PlainValue {
    Number(f64),
    Text(#[schemars(pattern(NON_BLANK))] String),
    Flag(bool),
}

/// `{"value": 262144, "source": "Vendor docs", "url": "https://…", "checked": "2026-08-14"}`.
#[derive(JsonSchema)]
pub struct SourcedValue {
    /// The value.
    pub value: PlainValue,
    /// Who publishes this value; required with `url` or `checked`.
    pub source: Option<String>,
    /// http(s) link to where the value is published.
    #[schemars(pattern(http_url()))]
    pub url: Option<String>,
    /// When the value was checked, `YYYY-MM-DD`.
    #[schemars(pattern(DATE))]
    pub checked: Option<String>,
}

/// A per-unit price, e.g. `{"rate": "input", "amount": 0.000003, "currency": "USD", "per": "token"}`.
#[derive(JsonSchema)]
pub struct UsageRate {
    /// `input`, `output`, `cache_read`, `cache_write`, `reasoning`, `audio`, `image`, `request`, `web_search`, or another id with a `label`; unique per artifact.
    #[schemars(pattern(KEY))]
    pub rate: String,
    /// Per one `per`: a number ≥ 0, or `"varies"` where the price is variable.
    pub amount: RateAmount,
    /// ISO 4217 code such as `USD`.
    #[schemars(pattern(NON_BLANK))]
    pub currency: String,
    /// The unit priced: `token` (default for token rates), `1K tokens`, `1M tokens`, `image`, `request`, `second` …
    pub per: Option<String>,
    /// Row label for a rate id Versus does not know.
    pub label: Option<String>,
    /// Who publishes this rate; required with `url` or `checked`.
    pub source: Option<String>,
    /// http(s) link to where the rate is published.
    #[schemars(pattern(http_url()))]
    pub url: Option<String>,
    /// When the rate was checked, `YYYY-MM-DD`.
    #[schemars(pattern(DATE))]
    pub checked: Option<String>,
}

/// An amount ≥ 0, or `"varies"`.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum RateAmount {
    Number(#[schemars(range(min = 0))] f64),
    Varies(#[schemars(pattern(VARIES))] String),
}

/// Where an artifact's facts come from, e.g. `{"about": "Prices", "name": "OpenRouter", "checked": "2026-08-14"}`.
#[derive(JsonSchema)]
pub struct Source {
    /// Who publishes the facts.
    #[schemars(pattern(NON_BLANK))]
    pub name: String,
    /// Which facts: `Prices`, `Specs` …
    pub about: Option<String>,
    /// http(s) link.
    #[schemars(pattern(http_url()))]
    pub url: Option<String>,
    /// When they were checked, `YYYY-MM-DD`.
    #[schemars(pattern(DATE))]
    pub checked: Option<String>,
}
