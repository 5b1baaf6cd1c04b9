//! Catalog types, exactly as `versus-catalog/1` defines them, after validation.

use std::collections::HashMap;

use super::format::Locale;
use super::messages::table as words;
use super::messages::Msg;
use super::spec::{Source, SpecDef, SpecEntry, UsageRate};
use super::theme::Theme;

/// The only format this build reads.
pub const FORMAT: &str = "versus-catalog/1";

/// A validated catalog: every reference resolved, every value in range.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    pub brand: Brand,
    pub signals: Vec<SignalDef>,
    /// Comparable specs, in row order (each artifact's values are in this order too).
    pub specs: Vec<SpecDef>,
    pub artifacts: Vec<Artifact>,
    /// Featured comparisons, each 2–4 ids that exist in `artifacts`.
    pub featured: Vec<Vec<String>>,
    by_id: HashMap<String, usize>,
}

impl Catalog {
    /// The catalog in `locale`'s words (see [`speak`]).
    pub fn speak(&mut self, locale: Locale) {
        speak(&mut self.brand, &mut self.signals, locale);
    }

    /// Builds the id index; the caller guarantees ids are unique.
    pub fn new(
        brand: Brand,
        signals: Vec<SignalDef>,
        artifacts: Vec<Artifact>,
        featured: Vec<Vec<String>>,
    ) -> Self {
        Self::with_specs(brand, signals, Vec::new(), artifacts, featured)
    }

    /// `new`, with spec definitions.
    pub fn with_specs(
        brand: Brand,
        signals: Vec<SignalDef>,
        specs: Vec<SpecDef>,
        artifacts: Vec<Artifact>,
        featured: Vec<Vec<String>>,
    ) -> Self {
        let by_id = artifacts
            .iter()
            .enumerate()
            .map(|(index, artifact)| (artifact.id.clone(), index))
            .collect();
        Self {
            brand,
            signals,
            specs,
            artifacts,
            featured,
            by_id,
        }
    }

    /// The artifact with this id, if the catalog has it.
    pub fn get(&self, id: &str) -> Option<&Artifact> {
        self.index_of(id).map(|index| &self.artifacts[index])
    }

    /// Position of the artifact with this id in `artifacts`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every distinct `kind`, in first-seen order.
    pub fn kinds(&self) -> Vec<&str> {
        distinct(self.artifacts.iter().map(|a| a.kind.as_str()))
    }

    /// Every distinct category, in first-seen order.
    pub fn categories(&self) -> Vec<&str> {
        distinct(
            self.artifacts
                .iter()
                .flat_map(|a| a.categories.iter().map(String::as_str)),
        )
    }
}

fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// Who publishes the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    pub name: String,
    pub tagline: Option<String>,
    /// Name of the 0–100 score; `Rank` when the catalog gives none.
    pub rank_label: String,
    pub rank_about: Option<String>,
    pub logo_url: Option<String>,
    pub home_url: Option<String>,
    /// http(s) template containing `{query}`.
    pub search_url: Option<String>,
    pub footer: Option<String>,
    pub locale: Locale,
    pub theme: Theme,
}

impl Brand {
    /// The search link for a query, if the brand has a search URL.
    pub fn search_link(&self, query: &str) -> Option<String> {
        self.search_url
            .as_ref()
            .map(|template| template.replace("{query}", &percent_encode(query)))
    }
}

/// Encodes a query for a URL component (RFC 3986 unreserved characters stay).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A score signal shown as a feature-table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignalDef {
    pub id: String,
    pub label: String,
}

/// The signal rows used when a catalog declares none.
pub fn default_signals() -> Vec<SignalDef> {
    DEFAULT_SIGNALS
        .into_iter()
        .map(|(id, label)| SignalDef {
            id: id.to_owned(),
            label: label.en.to_owned(),
        })
        .collect()
}

/// The default signals' ids and labels.
pub const DEFAULT_SIGNALS: [(&str, Msg); 4] = [
    ("adoption", words::SIGNAL_ADOPTION),
    ("quality", words::SIGNAL_QUALITY),
    ("ecosystem", words::SIGNAL_ECOSYSTEM),
    ("match_graph", words::SIGNAL_MATCH_GRAPH),
];

/// Makes `brand` speak `locale`: the rank label and the default signals' labels that the
/// catalog left to Versus (they read as the old locale's words) follow the new one.
pub fn speak(brand: &mut Brand, signals: &mut [SignalDef], locale: Locale) {
    let old = std::mem::replace(&mut brand.locale, locale);
    let new = &brand.locale;
    if brand.rank_label == old.text(words::RANK) {
        brand.rank_label = new.text(words::RANK).to_owned();
    }
    for signal in signals.iter_mut() {
        if let Some((_, label)) = DEFAULT_SIGNALS.iter().find(|(id, _)| *id == signal.id) {
            if signal.label == old.text(*label) {
                signal.label = new.text(*label).to_owned();
            }
        }
    }
}

/// `Vendor: Name`, or the name alone: how an artifact is named everywhere.
pub fn display_name(vendor: Option<&str>, name: &str) -> String {
    match vendor {
        Some(vendor) => format!("{vendor}: {name}"),
        None => name.to_owned(),
    }
}

/// One thing that can be compared: a model, repository, course, API …
#[derive(Clone, Debug, PartialEq)]
pub struct Artifact {
    pub id: String,
    pub name: String,
    pub vendor: Option<String>,
    pub kind: String,
    pub summary: Option<String>,
    pub about: Option<String>,
    pub url: Option<String>,
    pub rank: u8,
    /// Signal id → value in 0..=1, in the catalog's order.
    pub signals: Vec<(String, f64)>,
    pub pricing: Pricing,
    pub times_matched: Option<u64>,
    pub capability_count: Option<u32>,
    pub capabilities: Vec<Capability>,
    pub best_for: Vec<String>,
    pub limitations: Vec<String>,
    pub requirements: Vec<String>,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub details: Vec<Detail>,
    pub categories: Vec<String>,
    pub alternatives: Vec<String>,
    pub updated: Option<String>,
    /// Spec values, in the catalog's spec order.
    pub specs: Vec<SpecEntry>,
    /// Where the artifact's facts come from.
    pub sources: Vec<Source>,
}

impl Artifact {
    /// `Vendor: Name`, or the name alone.
    pub fn display_name(&self) -> String {
        display_name(self.vendor.as_deref(), &self.name)
    }

    /// Capabilities in all: `capability_count` if given, else the listed count.
    pub fn total_capabilities(&self) -> u32 {
        let listed = u32::try_from(self.capabilities.len()).unwrap_or(u32::MAX);
        self.capability_count.unwrap_or(listed).max(listed)
    }

    /// Capabilities decomposed but not listed (`+N more capabilities`).
    pub fn hidden_capabilities(&self) -> u32 {
        let listed = u32::try_from(self.capabilities.len()).unwrap_or(u32::MAX);
        self.total_capabilities().saturating_sub(listed)
    }

    /// The value of a spec, if the artifact has one.
    pub fn spec(&self, id: &str) -> Option<&SpecEntry> {
        self.specs.iter().find(|entry| entry.id == id)
    }

    /// The value of a signal, if the artifact has one.
    pub fn signal(&self, id: &str) -> Option<f64> {
        self.signals
            .iter()
            .find(|(signal, _)| signal == id)
            .map(|(_, value)| *value)
    }
}

/// How an artifact is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    Free,
    Paid,
    Freemium,
}

impl Plan {
    /// As `pricing.plan` writes it: `free`, `paid`, `freemium`.
    pub fn id(self) -> &'static str {
        match self {
            Plan::Free => "free",
            Plan::Paid => "paid",
            Plan::Freemium => "freemium",
        }
    }

    pub fn label(self) -> Msg {
        match self {
            Plan::Free => words::PLAN_FREE,
            Plan::Paid => words::PLAN_PAID,
            Plan::Freemium => words::PLAN_FREEMIUM,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pricing {
    pub plan: Plan,
    pub free_tier: bool,
    pub starting_price: Option<Price>,
    /// Per-unit rates: input and output tokens, images, requests …
    pub usage: Vec<UsageRate>,
}

/// `{amount, currency, per}`, e.g. 4.2e-7 USD per prompt token.
#[derive(Clone, Debug, PartialEq)]
pub struct Price {
    pub amount: f64,
    pub currency: String,
    pub per: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn label(self) -> Msg {
        match self {
            Confidence::Low => words::CONFIDENCE_LOW,
            Confidence::Medium => words::CONFIDENCE_MEDIUM,
            Confidence::High => words::CONFIDENCE_HIGH,
        }
    }
}

/// One decomposed capability of an artifact.
#[derive(Clone, Debug, PartialEq)]
pub struct Capability {
    pub title: String,
    pub confidence: Option<Confidence>,
    pub description: String,
    pub unique: Option<String>,
    pub versus: Option<String>,
    /// Intent tags as given, or words of the title when none are given.
    pub intents: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    pub label: String,
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encodes_queries() {
        assert_eq!(percent_encode("a b&c/é"), "a%20b%26c%2F%C3%A9");
    }
}
