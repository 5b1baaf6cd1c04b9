//! Reading the files of a sharded catalog (`crate::shard`): the index, artifact
//! shards and list pages. Each is checked as strictly as a single-file catalog, and every
//! problem is reported with its JSON path inside that file.

use std::collections::HashSet;

use crate::json::{self, Value};

use super::artifact::{is_valid_id, read_artifact};
use super::fields::{describe, Fields};
use super::{brand, read_signal_defs, specs};
use crate::catalog::{Artifact, Brand, SignalDef};
use crate::issues::{CatalogError, Findings, Issue};
use crate::json_path::JsonPath;
use crate::shard::{
    is_safe_template, ListEntry, RelatedById, RelatedEntry, ShardLayout, INDEX_FORMAT, LIST_FORMAT,
    SHARD_FORMAT,
};
use crate::spec::SpecDef;

/// The index file of a sharded catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedIndex {
    pub brand: Brand,
    pub signals: Vec<SignalDef>,
    pub specs: Vec<SpecDef>,
    /// Featured comparisons; their ids are checked when their shards arrive.
    pub featured: Vec<Vec<String>>,
    pub layout: ShardLayout,
    pub warnings: Vec<Issue>,
}

/// One artifact shard.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedShard {
    pub artifacts: Vec<Artifact>,
    pub related: RelatedById,
}

/// Largest text worth checking for the index format before a full parse: an index holds
/// no artifacts, so a bigger document is a single-file catalog.
pub const MAX_INDEX_BYTES: usize = 8 << 20;

/// Texts up to this size are always checked for the index format. A bigger one is checked
/// only when the format name appears in its first `HEAD_BYTES` (`versus-catalog shard`
/// writes `format` first): checking every big single-file catalog would read it twice.
pub const ALWAYS_CHECKED_BYTES: usize = 64 << 10;
pub const HEAD_BYTES: usize = 4 << 10;

/// True when `text` is (or claims to be) the index of a sharded catalog: JSON whose
/// top-level `format` (the last, if given twice) names the index format.
pub fn is_index(text: &str) -> bool {
    if text.len() > MAX_INDEX_BYTES {
        return false;
    }
    if text.len() > ALWAYS_CHECKED_BYTES {
        let head = &text.as_bytes()[..HEAD_BYTES.min(text.len())];
        let named = head
            .windows(INDEX_FORMAT.len())
            .any(|window| window == INDEX_FORMAT.as_bytes());
        if !named {
            return false;
        }
    }
    json::parse(text)
        .is_ok_and(|head| head.get("format").and_then(Value::as_str) == Some(INDEX_FORMAT))
}

fn finish<T>(value: Option<T>, findings: Findings) -> Result<(T, Vec<Issue>), CatalogError> {
    match value {
        Some(value) if findings.errors.is_empty() => Ok((value, findings.warnings)),
        _ => Err(CatalogError::Invalid {
            total_errors: findings.total_errors.max(1),
            errors: if findings.errors.is_empty() {
                vec![Issue {
                    severity: crate::Severity::Error,
                    path: JsonPath::root().to_string(),
                    message: "the file could not be read".to_owned(),
                }]
            } else {
                findings.errors
            },
            warnings: findings.warnings,
        }),
    }
}

/// Checks `format` is exactly `expected`.
fn check_format(fields: &mut Fields, expected: &str) -> bool {
    match fields.get("format") {
        Some(Value::String(format)) if format == expected => true,
        Some(other) => {
            let path = fields.at("format");
            fields.wrong(&path, &format!("\"{expected}\""), other);
            false
        }
        None => {
            fields.missing("format", &format!("\"{expected}\""));
            false
        }
    }
}

/// Parses and checks the index file of a sharded catalog.
pub fn parse_index(text: &str) -> Result<ParsedIndex, CatalogError> {
    let value = json::parse(text)?;
    let mut findings = Findings::default();
    let index = read_index(&value, &mut findings);
    let (mut index, warnings) = finish(index, findings)?;
    index.warnings = warnings;
    Ok(index)
}

fn read_index(value: &Value, findings: &mut Findings) -> Option<ParsedIndex> {
    let mut fields = Fields::of(value, JsonPath::root(), findings)?;
    let format_ok = check_format(&mut fields, INDEX_FORMAT);
    let brand = match fields.get("brand") {
        Some(value) => brand::read_brand(value, fields.at("brand"), fields.findings),
        None => {
            fields.missing("brand", "an object with at least a name");
            None
        }
    };
    let mut brand = brand;
    let mut signals = read_signal_defs(&mut fields);
    super::strings::read_strings(&mut fields, &mut brand, &mut signals);
    let specs = specs::read_spec_defs(&mut fields);
    let featured = read_featured_ids(&mut fields);
    let artifact_count = fields.integer_in("artifact_count", 1, u64::MAX, true);
    let kinds = fields.text_list("kinds");
    let categories = fields.text_list("categories");
    let artifacts = read_files(&mut fields, "artifact_shards", false);
    let list = read_files(&mut fields, "list_pages", true);
    if !format_ok {
        return None;
    }
    let ((artifacts_path, artifact_shards, _), (list_path, list_pages, page_size)) =
        (artifacts?, list?);
    Some(ParsedIndex {
        brand: brand?,
        signals,
        specs,
        featured,
        layout: ShardLayout {
            artifacts_path,
            artifact_shards,
            list_path,
            list_pages,
            page_size,
            artifact_count: artifact_count?,
            kinds,
            categories,
        },
        warnings: Vec::new(),
    })
}

/// `{path, count[, page_size]}`: a path template and how many files it names.
fn read_files(fields: &mut Fields, key: &str, paged: bool) -> Option<(String, u32, u32)> {
    let expected = "an object {path, count}";
    let Some(value) = fields.get(key) else {
        fields.missing(key, expected);
        return None;
    };
    let mut files = Fields::of(value, fields.at(key), fields.findings)?;
    let path = files.required_text("path");
    let path = path.filter(|template| {
        let ok = is_safe_template(template);
        if !ok {
            let at = files.at("path");
            files.wrong(
                &at,
                "a relative path with one {n} (letters, digits, - _ . / only, no ..)",
                &Value::from(template.as_str()),
            );
        }
        ok
    });
    let count = files.integer_in("count", 1, u64::from(u32::MAX), true);
    let page_size = if paged {
        files.integer_in("page_size", 1, 100_000, true)
    } else {
        Some(0)
    };
    Some((
        path?,
        u32::try_from(count?).ok()?,
        u32::try_from(page_size?).ok()?,
    ))
}

/// `featured` of an index: 2–4 distinct, well-formed ids per entry.
fn read_featured_ids(fields: &mut Fields) -> Vec<Vec<String>> {
    let Some(items) = fields.array("featured", "an array of [id, id] pairs") else {
        return Vec::new();
    };
    let path = fields.at("featured");
    let mut featured = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let ids: Option<Vec<String>> = match item {
            Value::Array(ids) if (2..=4).contains(&ids.len()) => ids
                .iter()
                .map(|id| id.as_str().filter(|id| is_valid_id(id)).map(str::to_owned))
                .collect(),
            _ => None,
        };
        match ids {
            Some(ids) if ids.iter().collect::<HashSet<_>>().len() == ids.len() => {
                featured.push(ids)
            }
            _ => fields.findings.warning(
                path.index(index),
                format!(
                    "expected 2–4 distinct artifact ids, found {}; not shown",
                    describe(item)
                ),
            ),
        }
    }
    featured
}

/// Parses and checks one artifact shard of a sharded catalog.
pub fn parse_shard(
    text: &str,
    signals: &[SignalDef],
    spec_defs: &[SpecDef],
) -> Result<ParsedShard, CatalogError> {
    let value = json::parse(text)?;
    let mut findings = Findings::default();
    let shard = read_shard(&value, signals, spec_defs, &mut findings);
    finish(shard, findings).map(|(shard, _)| shard)
}

fn read_shard(
    value: &Value,
    signals: &[SignalDef],
    spec_defs: &[SpecDef],
    findings: &mut Findings,
) -> Option<ParsedShard> {
    let mut fields = Fields::of(value, JsonPath::root(), findings)?;
    let format_ok = check_format(&mut fields, SHARD_FORMAT);
    let items = fields.array("artifacts", "an array of artifacts");
    let path = fields.at("artifacts");
    let mut artifacts: Vec<Artifact> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (index, item) in items.into_iter().flatten().enumerate() {
        if let Some(mut artifact) = read_artifact(item, path.index(index), signals, fields.findings)
        {
            let specs_path = path.index(index).key("specs");
            specs::settle_specs(&mut artifact.specs, spec_defs, &specs_path, fields.findings);
            if !seen.insert(artifact.id.clone()) {
                let at = path.index(index).key("id");
                fields
                    .findings
                    .error(at, format!("duplicate id \"{}\"", artifact.id));
            } else {
                artifacts.push(artifact);
            }
        }
    }
    let related = read_related(&mut fields);
    format_ok.then_some(ParsedShard { artifacts, related })
}

/// `related`: artifact id → `[{id, score, shared}]`.
fn read_related(fields: &mut Fields) -> RelatedById {
    let mut related = RelatedById::new();
    let Some(value) = fields.get("related") else {
        return related;
    };
    let path = fields.at("related");
    let Value::Object(map) = value else {
        fields.wrong(&path, "an object of artifact id → related list", value);
        return related;
    };
    for (id, list) in map.iter() {
        let at = path.key(id);
        let Value::Array(items) = list else {
            fields.wrong(&at, "an array of {id, score, shared}", list);
            continue;
        };
        let mut entries = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let Some(mut entry) = Fields::of(item, at.index(index), fields.findings) else {
                continue;
            };
            let other = entry.required_text("id").filter(|id| is_valid_id(id));
            let score = entry
                .get("score")
                .and_then(|score| score.as_f64())
                .filter(|score| (0.0..=1.0).contains(score));
            let shared = entry.text_list("shared");
            match (other, score) {
                (Some(id), Some(score)) => entries.push(RelatedEntry { id, score, shared }),
                _ => entry
                    .findings
                    .error(at.index(index), "expected {id, score 0..=1, shared}"),
            }
        }
        related.insert(id.to_owned(), entries);
    }
    related
}

/// Parses and checks one page of a sharded catalog's browse list.
pub fn parse_list_page(text: &str) -> Result<Vec<ListEntry>, CatalogError> {
    let value = json::parse(text)?;
    let mut findings = Findings::default();
    let entries = read_list_page(&value, &mut findings);
    finish(entries, findings).map(|(entries, _)| entries)
}

fn read_list_page(value: &Value, findings: &mut Findings) -> Option<Vec<ListEntry>> {
    let mut fields = Fields::of(value, JsonPath::root(), findings)?;
    let format_ok = check_format(&mut fields, LIST_FORMAT);
    if fields.get("entries").is_none() {
        fields.missing("entries", "an array of list entries");
    }
    let items = fields.array("entries", "an array of list entries")?;
    let path = fields.at("entries");
    let mut entries = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let Some(mut entry) = Fields::of(item, path.index(index), fields.findings) else {
            continue;
        };
        let id = entry.required_text("id");
        let id = id.filter(|id| {
            let ok = is_valid_id(id);
            if !ok {
                let at = entry.at("id");
                entry.wrong(&at, "an artifact id slug", &Value::from(id.as_str()));
            }
            ok
        });
        let name = entry.required_text("name");
        let kind = entry.required_text("kind");
        let rank = entry.integer_in("rank", 0, 100, true);
        let vendor = entry.optional_text("vendor");
        let summary = entry.optional_text("summary");
        let categories = entry.text_list("categories");
        if let (Some(id), Some(name), Some(kind), Some(rank)) = (id, name, kind, rank) {
            entries.push(ListEntry {
                id,
                name,
                vendor,
                kind,
                rank: u8::try_from(rank).unwrap_or(100),
                summary,
                categories,
            });
        }
    }
    format_ok.then_some(entries)
}
