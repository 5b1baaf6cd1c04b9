//! Writes a catalog's sharded layout (`versus-catalog shard`); the layout is documented in
//! the parent module.
#![allow(
    clippy::disallowed_methods,
    reason = "native tools only (feature `tools`): the wasm never compiles this module"
)]

use std::borrow::Cow;

use serde_json::{json, Value};

use super::{
    ListEntry, RelatedEntry, ShardLayout, INDEX_FORMAT, LIST_FORMAT, NUMBER_PLACEHOLDER,
    SHARD_FORMAT,
};
use crate::catalog::Catalog;
use crate::issues::CatalogError;
use crate::parse::ChunkedParse;
use crate::related::RelatedIndex;
use crate::view::RELATED_SHOWN;

/// How `versus-catalog shard` cuts a catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShardOptions {
    /// Artifacts per shard file, on average.
    pub per_shard: usize,
    /// Entries per list page.
    pub page_size: usize,
    /// Most candidates scored when deriving one artifact's related list; see
    /// `RelatedIndex::related_bounded` (exact when no more artifacts share an intent).
    pub max_candidates: usize,
    /// Threads deriving related lists.
    pub threads: usize,
}

impl Default for ShardOptions {
    fn default() -> Self {
        Self {
            per_shard: 16,
            page_size: 500,
            max_candidates: 1000,
            threads: 2,
        }
    }
}

/// What `write_sharded` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardSummary {
    pub artifacts: usize,
    pub artifact_shards: u32,
    pub list_pages: u32,
    pub files: usize,
    pub bytes: u64,
}

/// Why a catalog could not be sharded.
#[derive(Debug)]
pub enum ShardError<E> {
    /// The catalog is not valid; nothing was written.
    Invalid(CatalogError),
    /// Writing a file failed.
    Write(E),
}

/// Validates catalog `text` and writes its sharded layout through `write(path, contents)`.
///
/// Artifacts are copied verbatim (unknown fields too) from their place in the text, so a
/// million-artifact catalog needs its text and its parsed artifacts in memory, never a
/// JSON tree of the whole document.
pub fn shard_text<E>(
    text: &str,
    options: ShardOptions,
    write: impl FnMut(&str, &str) -> Result<(), E>,
) -> Result<ShardSummary, ShardError<E>> {
    let (parsed, spans) = ChunkedParse::new(text)
        .recording_spans()
        .finish_with_spans();
    let parsed = parsed.map_err(ShardError::Invalid)?;
    let catalog = &parsed.catalog;
    let spans = spans.filter(|spans| spans.len() == catalog.artifacts.len());
    // The text around the entries is the top level with `"artifacts": []`.
    let verbatim = match spans.as_deref() {
        Some([(first, _), .., (_, last)]) | Some([(first, last)]) => {
            let around = format!("{}{}", &text[..*first], &text[*last..]);
            serde_json::from_str::<Value>(&around).ok().map(|head| {
                let raw = spans
                    .iter()
                    .flatten()
                    .map(|&(start, end)| Cow::Borrowed(&text[start..end]))
                    .collect::<Vec<_>>();
                (head, raw)
            })
        }
        _ => None,
    };
    // A layout the walk did not read itself: take the entries from the whole tree.
    let (head, artifacts) = verbatim.unwrap_or_else(|| {
        let document: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let raw = document
            .get("artifacts")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .map(|item| Cow::Owned(item.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        (document, raw)
    });
    write_sharded(&head, &artifacts, catalog, options, write).map_err(ShardError::Write)
}

/// Writes the sharded layout of a validated catalog through `write(path, contents)`.
/// `head` is the catalog's top level (its `artifacts` are not read); `artifacts` holds the
/// JSON text of each artifact, in catalog order.
fn write_sharded<E>(
    head: &Value,
    artifacts_json: &[Cow<str>],
    catalog: &Catalog,
    options: ShardOptions,
    mut write: impl FnMut(&str, &str) -> Result<(), E>,
) -> Result<ShardSummary, E> {
    let count = catalog.artifacts.len();
    let artifact_shards =
        u32::try_from(count.div_ceil(options.per_shard.max(1)).max(1)).unwrap_or(u32::MAX);
    let page_size = options.page_size.max(1);
    let list_pages = u32::try_from(count.div_ceil(page_size).max(1)).unwrap_or(u32::MAX);
    let layout = ShardLayout {
        artifacts_path: format!("artifacts/{NUMBER_PLACEHOLDER}.json"),
        artifact_shards,
        list_path: format!("list/{NUMBER_PLACEHOLDER}.json"),
        list_pages,
        page_size: u32::try_from(page_size).unwrap_or(u32::MAX),
        artifact_count: count as u64,
        kinds: catalog.kinds().into_iter().map(str::to_owned).collect(),
        categories: catalog
            .categories()
            .into_iter()
            .map(str::to_owned)
            .collect(),
    };
    let mut summary = ShardSummary {
        artifacts: count,
        artifact_shards,
        list_pages,
        files: 0,
        bytes: 0,
    };
    let mut emit = |path: &str, text: &str| {
        summary.files += 1;
        summary.bytes += text.len() as u64;
        write(path, text)
    };

    emit("index.json", &index_text(head, &layout))?;

    let related = related_lists(catalog, options);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); artifact_shards as usize];
    for (position, artifact) in catalog.artifacts.iter().enumerate() {
        members[layout.shard_of(&artifact.id) as usize].push(position);
    }
    for (shard, positions) in members.iter().enumerate() {
        let mut text = format!("{{\"format\":\"{SHARD_FORMAT}\",\"shard\":{shard},\"artifacts\":[");
        for (n, &position) in positions.iter().enumerate() {
            if n > 0 {
                text.push(',');
            }
            text.push_str(artifacts_json.get(position).map_or("null", |raw| raw));
        }
        let related: serde_json::Map<String, Value> = positions
            .iter()
            .filter_map(|&p| Some((catalog.artifacts.get(p)?.id.clone(), related.get(p)?)))
            .map(|(id, list)| (id, json!(list)))
            .collect();
        text.push_str("],\"related\":");
        text.push_str(&Value::Object(related).to_string());
        text.push('}');
        emit(&layout.shard_path(shard as u32), &text)?;
    }

    let mut order: Vec<usize> = (0..count).collect();
    let artifacts = &catalog.artifacts;
    order.sort_by(|&a, &b| {
        artifacts[b]
            .rank
            .cmp(&artifacts[a].rank)
            .then_with(|| artifacts[a].name.cmp(&artifacts[b].name))
            .then_with(|| artifacts[a].id.cmp(&artifacts[b].id))
    });
    for (page, chunk) in order.chunks(page_size).enumerate() {
        let entries: Vec<ListEntry> = chunk
            .iter()
            .map(|&p| {
                let a = &artifacts[p];
                ListEntry {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    vendor: a.vendor.clone(),
                    kind: a.kind.clone(),
                    rank: a.rank,
                    summary: a.summary.clone(),
                    categories: a.categories.clone(),
                }
            })
            .collect();
        let value = json!({ "format": LIST_FORMAT, "page": page, "entries": entries });
        emit(&layout.page_path(page as u32), &value.to_string())?;
    }
    Ok(summary)
}

/// The index file: `format` first (readers look for it near the start), then the
/// catalog's top level without artifacts, and the layout.
fn index_text(document: &Value, layout: &ShardLayout) -> String {
    let rest = index_document(document, layout).to_string();
    // `rest` is an object with at least the layout in it: `{"…": …}`.
    format!(
        "{{\"format\":\"{INDEX_FORMAT}\",{}",
        rest.get(1..).unwrap_or("}")
    )
}

/// The index members other than `format` (a map sorts its keys).
fn index_document(document: &Value, layout: &ShardLayout) -> Value {
    let mut index = serde_json::Map::new();
    for key in ["brand", "signals", "specs", "strings", "featured"] {
        if let Some(value) = document.get(key) {
            index.insert(key.to_owned(), value.clone());
        }
    }
    index.insert("artifact_count".to_owned(), json!(layout.artifact_count));
    index.insert("kinds".to_owned(), json!(layout.kinds));
    index.insert("categories".to_owned(), json!(layout.categories));
    index.insert(
        "artifact_shards".to_owned(),
        json!({ "path": layout.artifacts_path, "count": layout.artifact_shards }),
    );
    index.insert(
        "list_pages".to_owned(),
        json!({ "path": layout.list_path, "count": layout.list_pages, "page_size": layout.page_size }),
    );
    Value::Object(index)
}

/// Every artifact's related list, by position, computed on `options.threads` threads.
fn related_lists(catalog: &Catalog, options: ShardOptions) -> Vec<Vec<RelatedEntry>> {
    let index = RelatedIndex::build(catalog);
    let count = catalog.artifacts.len();
    let threads = options.threads.clamp(1, 64);
    let chunk = count.div_ceil(threads).max(1);
    let one = |position: usize| -> Vec<RelatedEntry> {
        index
            .related_bounded(position, RELATED_SHOWN, options.max_candidates)
            .into_iter()
            .filter_map(|related| {
                Some(RelatedEntry {
                    id: catalog.artifacts.get(related.index)?.id.clone(),
                    score: (related.score * 10_000.0).round() / 10_000.0,
                    shared: related.shared,
                })
            })
            .collect()
    };
    let mut lists: Vec<Vec<RelatedEntry>> = Vec::with_capacity(count);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..count)
            .step_by(chunk)
            .map(|start| {
                let one = &one;
                scope.spawn(move || {
                    (start..(start + chunk).min(count))
                        .map(one)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for (worker, start) in workers.into_iter().zip((0..count).step_by(chunk)) {
            match worker.join() {
                Ok(part) => lists.extend(part),
                // Only a bug in the related code panics; its artifacts get no list.
                Err(_) => lists.resize_with(start + chunk.min(count - start), Vec::new),
            }
        }
    });
    lists.resize_with(count, Vec::new);
    lists
}
