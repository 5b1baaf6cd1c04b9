//! Wire shape of one entry of `artifacts`, for the JSON Schema.

use std::collections::BTreeMap;

use schemars::JsonSchema;

use super::patterns::{http_url, DATE, ID, NON_BLANK};
use super::spec::{Source, SpecValue, UsageRate};

/// One thing that can be compared: a model, repository, course, API …
#[derive(JsonSchema)]
pub struct Artifact {
    /// Slug `[a-z0-9][a-z0-9-]{0,63}`, unique in the catalog; used in URLs and embed attributes.
    #[schemars(pattern(ID))]
    pub id: String,
    /// Display name, e.g. `ERNIE 4.5 VL 424B A47B`.
    #[schemars(pattern(NON_BLANK))]
    pub name: String,
    /// Shown before the name: `Baidu: ERNIE 4.5 VL 424B A47B`.
    pub vendor: Option<String>,
    /// Free label: `Model`, `Repository`, `Course`, `API`, …
    #[schemars(pattern(NON_BLANK))]
    pub kind: String,
    /// One or two sentences under the name.
    pub summary: Option<String>,
    /// Longer text for the artifact page.
    pub about: Option<String>,
    /// http(s) link; any other scheme (`javascript:`, `data:` …) is rejected.
    #[schemars(pattern(http_url()))]
    pub url: Option<String>,
    /// The brand's score, an integer 0–100.
    #[schemars(range(max = 100))]
    pub rank: u8,
    /// Signal id → value 0–1 for the catalog's `signals` rows; a missing one shows as `—`.
    pub signals: Option<BTreeMap<String, SignalValue>>,
    /// How the artifact is paid for.
    pub pricing: Pricing,
    /// How often the artifact was matched.
    pub times_matched: Option<u64>,
    /// Capabilities decomposed in all (at least the number listed); shows `+N more capabilities`.
    pub capability_count: Option<u32>,
    /// The decomposed capabilities shown on cards (may be empty).
    pub capabilities: Vec<Capability>,
    /// Who or what the artifact suits best.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub best_for: Option<Vec<String>>,
    /// Known weaknesses.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub limitations: Option<Vec<String>>,
    /// What it needs to run or use.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub requirements: Option<Vec<String>>,
    /// Input kinds, e.g. `["text", "image"]`.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub inputs: Option<Vec<String>>,
    /// Output kinds, e.g. `["text"]`.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub outputs: Option<Vec<String>>,
    /// Label/value facts, e.g. `{"label": "Total parameters", "value": "424B"}`.
    pub details: Option<Vec<Detail>>,
    /// Category names used for browsing.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub categories: Option<Vec<String>>,
    /// Ids of other artifacts; an id not in the catalog is a warning, not an error.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub alternatives: Option<Vec<String>>,
    /// Date of the last update, `YYYY-MM-DD`.
    #[schemars(pattern(DATE))]
    pub updated: Option<String>,
    /// Spec id → value for the catalog's `specs` rows; a missing one shows as `—`.
    pub specs: Option<BTreeMap<String, Option<SpecValue>>>,
    /// Where the artifact's facts come from and when they were checked.
    pub sources: Option<Vec<Source>>,
}

/// A signal value between 0 and 1.
#[derive(JsonSchema)]
pub struct SignalValue(#[schemars(range(min = 0, max = 1))] pub f64);

/// How an artifact is paid for.
#[derive(JsonSchema)]
pub struct Pricing {
    /// `free`, `paid` or `freemium`.
    pub plan: Plan,
    /// Whether there is a free tier; default: `plan` is not `paid`.
    pub free_tier: Option<bool>,
    /// The lowest price, e.g. 4.2e-7 USD per prompt token.
    pub starting_price: Option<Price>,
    /// Per-unit rates (input and output tokens, images, requests …), each a table row.
    pub usage: Option<Vec<UsageRate>>,
}

/// The pricing plan.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Plan {
    Free,
    Paid,
    Freemium,
}

/// `{amount, currency, per}`, e.g. `{"amount": 4.2e-7, "currency": "USD", "per": "prompt token"}`.
#[derive(JsonSchema)]
pub struct Price {
    /// The amount, at least 0.
    #[schemars(range(min = 0))]
    pub amount: f64,
    /// ISO 4217 code such as `USD` or `EUR`.
    #[schemars(pattern(NON_BLANK))]
    pub currency: String,
    /// The unit priced, e.g. `month` or `prompt token`.
    pub per: Option<String>,
}

/// One decomposed capability of an artifact.
#[derive(JsonSchema)]
pub struct Capability {
    /// Short title, e.g. `image-to-text visual description`.
    #[schemars(pattern(NON_BLANK))]
    pub title: String,
    /// How sure the decomposition is.
    pub confidence: Option<Confidence>,
    /// What the capability does.
    #[schemars(pattern(NON_BLANK))]
    pub description: String,
    /// What makes it unique.
    pub unique: Option<String>,
    /// How it compares with alternatives.
    pub versus: Option<String>,
    /// Tags that related-artifact ranking overlaps; default: the words of the title.
    #[schemars(inner(pattern(NON_BLANK)))]
    pub intents: Option<Vec<String>>,
}

/// Confidence of a capability.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// One label/value fact about an artifact.
#[derive(JsonSchema)]
pub struct Detail {
    /// e.g. `Total parameters`.
    #[schemars(pattern(NON_BLANK))]
    pub label: String,
    /// e.g. `424B`; a number is shown as written.
    pub value: DetailValue,
}

/// A detail value: text or a number.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum DetailValue {
    Text(#[schemars(pattern(NON_BLANK))] String),
    Number(f64),
}
