//! The sharded catalog layout: one catalog split into small static files, so a page fetches
//! only what it shows, however many artifacts the catalog has.
//!
//! ```text
//! index.json            versus-catalog-index/1: brand, signals, featured, kinds,
//!                       categories, the artifact count, and where the other files are
//! artifacts/{n}.json    versus-catalog-shard/1: the artifacts whose id hashes to shard n,
//!                       exactly as in the catalog, plus their related artifacts
//! list/{n}.json         versus-catalog-list/1: page n of the browse list, best rank first
//! ```
//!
//! An id's shard is `fnv1a32(id) % count` (FNV-1a, 32 bits, over the id's UTF-8 bytes).
//! Related artifacts are derived when the catalog is sharded, with the same weighted
//! overlap the single-file catalog uses, because a browser holding a few shards cannot
//! rank against artifacts it never fetched. `versus-catalog shard` writes the layout;
//! docs/catalog.md ("Sharded catalogs") documents it.

use std::collections::HashMap;

use super::catalog::display_name;

/// The writer (`versus-catalog shard`), for native tools only: it builds JSON with serde.
#[cfg(feature = "tools")]
mod write;
#[cfg(feature = "tools")]
pub use write::{shard_text, ShardError, ShardOptions, ShardSummary};

pub const INDEX_FORMAT: &str = "versus-catalog-index/1";
pub const SHARD_FORMAT: &str = "versus-catalog-shard/1";
pub const LIST_FORMAT: &str = "versus-catalog-list/1";

/// The placeholder a shard path template holds for the shard or page number.
pub const NUMBER_PLACEHOLDER: &str = "{n}";

/// FNV-1a over the id's bytes: the shard of an id is this modulo the shard count.
pub fn fnv1a32(text: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// Where a sharded catalog's files are, relative to its index file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardLayout {
    /// Path template of artifact shards, e.g. `artifacts/{n}.json`.
    pub artifacts_path: String,
    pub artifact_shards: u32,
    /// Path template of list pages, e.g. `list/{n}.json`.
    pub list_path: String,
    pub list_pages: u32,
    pub page_size: u32,
    pub artifact_count: u64,
    pub kinds: Vec<String>,
    pub categories: Vec<String>,
}

impl ShardLayout {
    /// The shard holding the artifact with this id.
    pub fn shard_of(&self, id: &str) -> u32 {
        fnv1a32(id) % self.artifact_shards.max(1)
    }

    pub fn shard_path(&self, shard: u32) -> String {
        self.artifacts_path
            .replace(NUMBER_PLACEHOLDER, &shard.to_string())
    }

    pub fn page_path(&self, page: u32) -> String {
        self.list_path
            .replace(NUMBER_PLACEHOLDER, &page.to_string())
    }
}

/// A path template is relative, stays below the index file, and has one `{n}`.
pub fn is_safe_template(template: &str) -> bool {
    let Some((before, after)) = template.split_once(NUMBER_PLACEHOLDER) else {
        return false;
    };
    let plain = |part: &str| {
        part.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
    };
    plain(before)
        && plain(after)
        && !template.starts_with('/')
        && !template
            .split('/')
            .any(|segment| segment == ".." || segment == ".")
        && template.len() <= 200
}

/// One row of the browse list: what a tile, search and the filters need.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "tools", derive(serde::Serialize))]
pub struct ListEntry {
    pub id: String,
    pub name: String,
    #[cfg_attr(feature = "tools", serde(skip_serializing_if = "Option::is_none"))]
    pub vendor: Option<String>,
    pub kind: String,
    pub rank: u8,
    #[cfg_attr(feature = "tools", serde(skip_serializing_if = "Option::is_none"))]
    pub summary: Option<String>,
    #[cfg_attr(feature = "tools", serde(skip_serializing_if = "Vec::is_empty"))]
    pub categories: Vec<String>,
}

impl ListEntry {
    /// `Vendor: Name`, or the name alone.
    pub fn display_name(&self) -> String {
        display_name(self.vendor.as_deref(), &self.name)
    }
}

/// A related artifact as a shard stores it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "tools", derive(serde::Serialize))]
pub struct RelatedEntry {
    pub id: String,
    /// Weighted Jaccard similarity in 0..=1.
    pub score: f64,
    /// Shared intents, heaviest first.
    pub shared: Vec<String>,
}

/// Related lists by artifact id, as shards carry them.
pub type RelatedById = HashMap<String, Vec<RelatedEntry>>;
