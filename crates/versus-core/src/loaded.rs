//! A loaded catalog and what the pages derive from it: the related index (built once, on
//! first use), and for a sharded catalog, which shards are loaded, which a page still needs,
//! and the catalog with one more shard added. Pure data and logic: the browser shell
//! (`versus-web`'s `load`) fetches, this decides, and native tests check it.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::parse::shard::{ParsedIndex, ParsedShard};
use crate::parse::Parsed;
use crate::related::{Related, RelatedIndex};
use crate::shard::{RelatedById, ShardLayout};
use crate::view::RELATED_SHOWN;
use crate::{Catalog, Issue};

/// A parsed catalog and what the pages derive from it once.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    /// Built on first use: only artifact pages need it, and a comparison should not wait.
    related: OnceCell<RelatedIndex>,
    pub warnings: Vec<Issue>,
    pub source: String,
    /// Set for a sharded catalog: `catalog` then holds only the artifacts fetched so far.
    pub sharded: Option<Sharded>,
}

/// The most alternatives of one artifact whose shards its page fetches.
const MAX_LINKED: usize = 24;

/// What a sharded catalog has fetched beyond its index.
#[derive(Clone, Debug)]
pub struct Sharded {
    pub layout: Rc<ShardLayout>,
    /// Related lists of the fetched artifacts, derived when the catalog was sharded.
    pub related: RelatedById,
    /// Shard numbers fetched so far (a page fetches a few dozen at most).
    pub fetched: Vec<u32>,
}

impl Loaded {
    /// A single-file catalog, parsed from `source`.
    pub fn single(parsed: Parsed, source: &str) -> Self {
        Self {
            catalog: parsed.catalog,
            related: OnceCell::new(),
            warnings: parsed.warnings,
            source: source.to_owned(),
            sharded: None,
        }
    }

    /// A sharded catalog from its index at `source`: brand and layout now, artifacts as
    /// pages fetch their shards (`with_shard`).
    pub fn sharded(index: ParsedIndex, source: &str) -> Self {
        Self {
            catalog: Catalog::with_specs(
                index.brand,
                index.signals,
                index.specs,
                Vec::new(),
                index.featured,
            ),
            related: OnceCell::new(),
            warnings: index.warnings,
            source: source.to_owned(),
            sharded: Some(Sharded {
                layout: Rc::new(index.layout),
                related: RelatedById::new(),
                fetched: Vec::new(),
            }),
        }
    }

    /// The related-artifacts index of the catalog (built once, the first time it is asked for).
    pub fn related(&self) -> &RelatedIndex {
        self.related
            .get_or_init(|| RelatedIndex::build(&self.catalog))
    }

    /// The related artifacts of the one at `position`, best first, among those loaded.
    pub fn related_of(&self, position: usize) -> Vec<Related> {
        let Some(sharded) = &self.sharded else {
            return self.related().related(position, RELATED_SHOWN);
        };
        let Some(artifact) = self.catalog.artifacts.get(position) else {
            return Vec::new();
        };
        let entries = sharded
            .related
            .get(&artifact.id)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        entries
            .iter()
            .filter(|entry| entry.id != artifact.id)
            .filter_map(|entry| {
                Some(Related {
                    index: self.catalog.index_of(&entry.id)?,
                    score: entry.score,
                    shared: entry.shared.clone(),
                })
            })
            .take(RELATED_SHOWN)
            .collect()
    }

    /// The shards still to fetch before every id in `ids` is loaded (or known missing).
    pub fn missing_shards<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
        let Some(sharded) = &self.sharded else {
            return Vec::new();
        };
        let mut shards: Vec<u32> = ids
            .into_iter()
            .filter(|id| self.catalog.index_of(id).is_none())
            .map(|id| sharded.layout.shard_of(id))
            .filter(|shard| !sharded.fetched.contains(shard))
            .collect();
        shards.sort_unstable();
        shards.dedup();
        shards
    }

    /// The ids a page about `ids` needs: them, and once loaded, what their pages link to.
    pub fn wanted_ids(&self, ids: &[String], with_links: bool) -> Vec<String> {
        let mut wanted: Vec<String> = ids.to_vec();
        let Some(sharded) = self.sharded.as_ref().filter(|_| with_links) else {
            return wanted;
        };
        for artifact in ids.iter().filter_map(|id| self.catalog.get(id)) {
            let related = sharded
                .related
                .get(&artifact.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            wanted.extend(related.iter().take(RELATED_SHOWN).map(|r| r.id.clone()));
            // Capped: a hostile shard listing thousands of alternatives must not make the
            // page fetch thousands of shards.
            wanted.extend(artifact.alternatives.iter().take(MAX_LINKED).cloned());
        }
        wanted
    }

    /// This catalog with a fetched shard added (artifacts already loaded are kept).
    pub fn with_shard(&self, number: u32, shard: ParsedShard) -> Option<Loaded> {
        let sharded = self.sharded.as_ref()?;
        let mut artifacts = self.catalog.artifacts.clone();
        let mut related = sharded.related.clone();
        for artifact in shard.artifacts {
            // Only what belongs in this shard: a shard cannot replace another's artifacts.
            if sharded.layout.shard_of(&artifact.id) == number
                && self.catalog.index_of(&artifact.id).is_none()
            {
                if let Some(list) = shard.related.get(&artifact.id) {
                    related.insert(artifact.id.clone(), list.clone());
                }
                artifacts.push(artifact);
            }
        }
        let mut fetched = sharded.fetched.clone();
        if !fetched.contains(&number) {
            fetched.push(number);
        }
        let catalog = &self.catalog;
        Some(Loaded {
            catalog: Catalog::with_specs(
                catalog.brand.clone(),
                catalog.signals.clone(),
                catalog.specs.clone(),
                artifacts,
                catalog.featured.clone(),
            ),
            related: OnceCell::new(),
            warnings: self.warnings.clone(),
            source: self.source.clone(),
            sharded: Some(Sharded {
                layout: sharded.layout.clone(),
                related,
                fetched,
            }),
        })
    }
}
