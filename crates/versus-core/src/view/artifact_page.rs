//! The artifact page: every section the seed artifact pages show.

use super::{capability_total, gain_and_loss, CapabilityListView};
use crate::catalog::{Artifact, Catalog, Detail};
use crate::decimal::fixed;
use crate::format::{format_price, format_rank, format_signal};
use crate::messages::table as words;
use crate::related::{intent_label, Related};
use crate::spec::measure::measures;
use crate::spec::Source;

/// How many related artifacts an artifact page lists.
pub const RELATED_SHOWN: usize = 6;

#[derive(Clone, Debug, PartialEq)]
pub struct ArtifactView {
    pub id: String,
    pub display_name: String,
    pub kind: String,
    pub plan: String,
    pub summary: Option<String>,
    pub about: Option<String>,
    pub url: Option<String>,
    pub updated: Option<String>,
    pub rank: String,
    pub rank_label: String,
    pub rank_about: Option<String>,
    /// `(label, value)` rows: signals, price, times matched.
    pub facts: Vec<(String, String)>,
    /// Specs and usage prices the artifact has: label, value, the value's own source.
    pub specs: Vec<SpecLine>,
    /// Where the artifact's facts come from.
    pub sources: Vec<Source>,
    pub capability_total: String,
    pub capabilities: CapabilityListView,
    pub related: Vec<RelatedView>,
    pub best_for: Vec<String>,
    pub limitations: Vec<String>,
    pub requirements: Vec<String>,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub details: Vec<Detail>,
    pub categories: Vec<String>,
    pub alternatives: Vec<LinkedArtifact>,
}

/// One spec or usage price on the artifact page.
#[derive(Clone, Debug, PartialEq)]
pub struct SpecLine {
    pub label: String,
    pub value: String,
    /// `Kestrel docs, checked 2026-07-01` when the value names its own source.
    pub source: Option<String>,
}

/// An artifact referenced from another page.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkedArtifact {
    pub id: String,
    pub display_name: String,
    pub summary: Option<String>,
}

impl From<&Artifact> for LinkedArtifact {
    fn from(artifact: &Artifact) -> Self {
        Self {
            id: artifact.id.clone(),
            display_name: artifact.display_name(),
            summary: artifact.summary.clone(),
        }
    }
}

/// A related artifact with what it shares.
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedView {
    pub artifact: LinkedArtifact,
    /// `62% overlap`.
    pub overlap: String,
    /// Shared intents, readable (`image captioning`).
    pub shared: Vec<String>,
    /// Intents switching to it would add.
    pub gain: Vec<String>,
    /// Intents switching to it would give up.
    pub loss: Vec<String>,
}

/// The page of the artifact at `position`; `related` are its related artifacts, best
/// first (from `RelatedIndex::related`, or precomputed by a sharded catalog).
pub fn artifact_view(
    catalog: &Catalog,
    related: Vec<Related>,
    position: usize,
) -> Option<ArtifactView> {
    let artifact = catalog.artifacts.get(position)?;
    let locale = &catalog.brand.locale;
    let mut facts: Vec<(String, String)> = catalog
        .signals
        .iter()
        .filter_map(|def| {
            let value = artifact.signal(&def.id)?;
            Some((def.label.clone(), format_signal(Some(value), locale)))
        })
        .collect();
    let fact = |label| locale.text(label).to_owned();
    facts.push((
        fact(words::FACT_PRICING),
        fact(artifact.pricing.plan.label()),
    ));
    facts.push((
        fact(words::FACT_FREE_TIER),
        fact(if artifact.pricing.free_tier {
            words::YES
        } else {
            words::NO
        }),
    ));
    if let Some(price) = &artifact.pricing.starting_price {
        let text = format_price(price, locale);
        let value = match text.exact {
            Some(exact) => format!("{} ({exact})", text.readable),
            None => text.readable,
        };
        facts.push((fact(words::FACT_STARTING_PRICE), value));
    }
    if let Some(matched) = artifact.times_matched {
        facts.push((fact(words::FACT_TIMES_MATCHED), locale.integer(matched)));
    }
    let specs = measures(&catalog.specs, &[artifact])
        .iter()
        .filter_map(|measure| {
            let cell = measure.cell(artifact, locale)?;
            Some(SpecLine {
                label: measure.label(locale),
                value: cell.text,
                source: cell.source.map(|source| source.short(locale)),
            })
        })
        .collect();
    let related = related
        .into_iter()
        .filter_map(|related| {
            let other = catalog.artifacts.get(related.index)?;
            let (gain, loss) = gain_and_loss(artifact, other);
            Some(RelatedView {
                gain,
                loss,
                artifact: LinkedArtifact::from(other),
                overlap: locale.say(
                    words::OVERLAP,
                    &[("percent", &fixed((related.score * 100.0).round(), 0))],
                ),
                shared: related.shared.iter().map(|s| intent_label(s)).collect(),
            })
        })
        .collect();
    let alternatives = artifact
        .alternatives
        .iter()
        .filter(|id| **id != artifact.id)
        .filter_map(|id| catalog.get(id))
        .map(LinkedArtifact::from)
        .collect();
    Some(ArtifactView {
        id: artifact.id.clone(),
        display_name: artifact.display_name(),
        kind: artifact.kind.clone(),
        plan: fact(artifact.pricing.plan.label()),
        summary: artifact.summary.clone(),
        about: artifact.about.clone(),
        url: artifact.url.clone(),
        updated: artifact.updated.clone(),
        rank: format_rank(artifact.rank),
        rank_label: catalog.brand.rank_label.clone(),
        rank_about: catalog.brand.rank_about.clone(),
        facts,
        specs,
        sources: artifact.sources.clone(),
        capability_total: capability_total(artifact, locale),
        capabilities: CapabilityListView::of(artifact, locale),
        related,
        best_for: artifact.best_for.clone(),
        limitations: artifact.limitations.clone(),
        requirements: artifact.requirements.clone(),
        inputs: artifact.inputs.clone(),
        outputs: artifact.outputs.clone(),
        details: artifact.details.clone(),
        categories: artifact.categories.clone(),
        alternatives,
    })
}
