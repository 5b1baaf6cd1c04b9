//! The artifact an importer builds and the catalog JSON it becomes. Importers only gather
//! facts; how those are written (rates, sources, the placeholder rank) is decided here
//! once, so that both sources write them alike and `--merge` can tell them apart.

use serde_json::{json, Map, Value};

use super::capabilities::Capability;
use super::values::{amount, Amount};

/// The rank of an artifact the publisher has not scored: the middle of 0–100.
pub const PLACEHOLDER_RANK: u64 = 50;

pub use versus_core::catalog::Plan;

/// One `pricing.usage` rate, in USD.
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    pub rate: &'static str,
    /// The row label, for rates Versus does not know (`Batch input price`).
    pub label: Option<&'static str>,
    pub amount: Amount,
    pub per: &'static str,
}

/// An imported artifact before it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: String,
    pub name: String,
    pub vendor: Option<String>,
    pub kind: String,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub about: Option<String>,
    pub categories: Vec<&'static str>,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub capabilities: Vec<Capability>,
    /// Spec id → value (a number or text), in the order of the importer's definitions.
    pub specs: Vec<(&'static str, Value)>,
    pub usage: Vec<Rate>,
    pub plan: Plan,
    pub free_tier: bool,
    /// Label → value (text or a number).
    pub details: Vec<(&'static str, Value)>,
    /// Where this artifact's facts were read (the price list, or the page it cites).
    pub source_url: String,
}

impl Draft {
    /// Adds the rate a price list gives at `value` (read by `values::amount`); a zero
    /// amount only when `kept_at_zero`. `Err` says what is wrong with the value, for the
    /// importer's report (the rate is then left out).
    pub fn add_price(
        &mut self,
        value: Option<&Value>,
        rate: &'static str,
        label: Option<&'static str>,
        per: &'static str,
        kept_at_zero: bool,
    ) -> Result<(), String> {
        match amount(value)? {
            Some(amount) if kept_at_zero || !amount.is_zero() => self.usage.push(Rate {
                rate,
                label,
                amount,
                per,
            }),
            _ => {}
        }
        Ok(())
    }

    pub fn new(id: String, name: String, kind: &str, source_url: &str) -> Self {
        Self {
            id,
            name,
            vendor: None,
            kind: kind.to_owned(),
            url: None,
            summary: None,
            about: None,
            categories: Vec::new(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            capabilities: Vec::new(),
            specs: Vec::new(),
            usage: Vec::new(),
            plan: Plan::Paid,
            free_tier: false,
            details: Vec::new(),
            source_url: source_url.to_owned(),
        }
    }

    /// The rate called `rate`, if the draft has one.
    pub fn rate(&self, rate: &str) -> Option<&Rate> {
        self.usage.iter().find(|known| known.rate == rate)
    }

    /// Free when both token prices are known and zero, else paid.
    pub fn plan_from_prices(&self) -> Plan {
        let zero = |rate| self.rate(rate).is_some_and(|rate| rate.amount.is_zero());
        if zero("input") && zero("output") {
            Plan::Free
        } else {
            Plan::Paid
        }
    }
}

/// What an importer says about itself in the catalog: its source entry and the specs it
/// fills.
pub struct Origin {
    /// `OpenRouter`, `LiteLLM`: the `name` of its entry in `sources`.
    pub name: &'static str,
    pub spec_ids: &'static [&'static str],
}

/// The source entry an importer writes on each artifact.
pub fn source_entry(origin: &Origin, url: &str, checked: &str) -> Value {
    json!({"about": "Prices and specs", "name": origin.name, "url": url, "checked": checked})
}

/// The catalog JSON of a spec the importers fill.
pub fn spec_definition(id: &str) -> Option<Value> {
    Some(match id {
        "context_window" => {
            json!({"id": id, "label": "Context window", "unit": "tokens", "better": "higher", "format": "integer"})
        }
        "max_output" => {
            json!({"id": id, "label": "Max output", "unit": "tokens", "better": "higher", "format": "integer"})
        }
        "knowledge_cutoff" => json!({"id": id, "label": "Knowledge cutoff", "format": "text"}),
        "released" => json!({"id": id, "label": "Released", "format": "text"}),
        "deprecation" => json!({"id": id, "label": "Deprecation", "format": "text"}),
        _ => return None,
    })
}

pub fn rate_json(rate: &Rate) -> Value {
    let mut entry = Map::new();
    entry.insert("rate".into(), rate.rate.into());
    if let Some(label) = rate.label {
        entry.insert("label".into(), label.into());
    }
    let amount = match rate.amount {
        Amount::Fixed(amount) => json!(amount),
        Amount::Varies => json!("varies"),
    };
    entry.insert("amount".into(), amount);
    entry.insert("currency".into(), "USD".into());
    entry.insert("per".into(), rate.per.into());
    Value::Object(entry)
}

/// The note on a placeholder rank, so that nobody reads 50 as a verdict.
pub fn rank_note(brand: &str) -> Value {
    let value = format!(
        "Not yet scored by {brand}: the rank of {PLACEHOLDER_RANK} is a neutral placeholder, \
         not a judgement."
    );
    json!({"label": "Rank note", "value": value})
}

/// True for a note `rank_note` wrote, for any brand (the brand may have been renamed since).
pub fn is_rank_note(detail: &Value) -> bool {
    let value = detail
        .get("value")
        .and_then(Value::as_str)
        .unwrap_or_default();
    detail.get("label") == Some(&json!("Rank note"))
        && value.starts_with("Not yet scored by ")
        && value.ends_with(" is a neutral placeholder, not a judgement.")
}

/// The catalog JSON of a new artifact, with the placeholder rank and its note.
pub fn artifact_json(draft: &Draft, origin: &Origin, brand: &str, checked: &str) -> Value {
    let mut artifact = Map::new();
    let mut put = |key: &str, value: Value| {
        artifact.insert(key.to_owned(), value);
    };
    put("id", draft.id.clone().into());
    put("name", draft.name.clone().into());
    if let Some(vendor) = &draft.vendor {
        put("vendor", vendor.clone().into());
    }
    put("kind", draft.kind.clone().into());
    put("rank", PLACEHOLDER_RANK.into());
    for (key, text) in [
        ("summary", &draft.summary),
        ("about", &draft.about),
        ("url", &draft.url),
    ] {
        if let Some(text) = text {
            put(key, text.clone().into());
        }
    }
    for (key, list) in [("inputs", &draft.inputs), ("outputs", &draft.outputs)] {
        if !list.is_empty() {
            put(key, json!(list));
        }
    }
    if !draft.categories.is_empty() {
        put("categories", json!(draft.categories));
    }
    put("capabilities", capabilities_json(&draft.capabilities));
    let facts = facts_json(draft, origin, checked);
    for key in ["specs", "pricing", "sources", "updated"] {
        if let Some(value) = facts.get(key) {
            put(key, value.clone());
        }
    }
    let mut details: Vec<Value> = draft
        .details
        .iter()
        .map(|(label, value)| json!({"label": label, "value": value}))
        .collect();
    details.push(rank_note(brand));
    put("details", Value::Array(details));
    Value::Object(artifact)
}

/// The fields `--merge` refreshes on an artifact the publisher already has: `specs`,
/// `pricing` (plan, free tier, usage), `inputs`, `outputs`, `sources` and `updated`.
pub fn facts_json(draft: &Draft, origin: &Origin, checked: &str) -> Map<String, Value> {
    let mut facts = Map::new();
    if !draft.specs.is_empty() {
        let specs: Map<String, Value> = draft
            .specs
            .iter()
            .map(|(id, value)| ((*id).to_owned(), value.clone()))
            .collect();
        facts.insert("specs".into(), Value::Object(specs));
    }
    let mut pricing = json!({"plan": draft.plan.id()});
    if draft.free_tier {
        pricing["free_tier"] = true.into();
    }
    pricing["usage"] = draft.usage.iter().map(rate_json).collect();
    facts.insert("pricing".into(), pricing);
    facts.insert("inputs".into(), json!(draft.inputs));
    facts.insert("outputs".into(), json!(draft.outputs));
    facts.insert(
        "sources".into(),
        json!([source_entry(origin, &draft.source_url, checked)]),
    );
    facts.insert("updated".into(), checked.into());
    facts
}

pub fn capabilities_json(capabilities: &[Capability]) -> Value {
    capabilities
        .iter()
        .map(|c| json!({"title": c.title, "description": c.description, "intents": c.intents}))
        .collect()
}

#[cfg(test)]
#[path = "draft/tests.rs"]
mod tests;
