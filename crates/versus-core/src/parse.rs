//! Parsing and validating a `versus-catalog/1` document.
//!
//! The JSON is read into a tree (`versus_core::json::Value`) first, then walked field by field
//! so that *every* problem is reported with its JSON path, not only the first one.

mod artifact;
mod brand;
mod chunked;
mod fields;
pub mod shard;
mod specs;
mod strings;

use std::collections::{HashMap, HashSet};

use crate::json::{self, Value};

pub use self::artifact::is_valid_id;
pub use self::chunked::ChunkedParse;
use self::fields::{describe, Fields};
use super::catalog::{default_signals, Artifact, Brand, Catalog, SignalDef, FORMAT};
use super::issues::{CatalogError, Findings, Issue};
use super::json_path::JsonPath;
use super::spec::SpecDef;

/// A usable catalog and the soft problems found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub catalog: Catalog,
    pub warnings: Vec<Issue>,
}

/// Parses catalog text; errors name every problem with its JSON path.
pub fn parse_catalog(text: &str) -> Result<Parsed, CatalogError> {
    parse_catalog_then(text, drop)
}

/// `parse_catalog`, handing the parsed JSON tree to `dispose` instead of dropping it.
/// Freeing a big tree costs about as much as parsing it, so a browser shell can free it
/// after the first card is on screen rather than before.
pub fn parse_catalog_then<'t>(
    text: &'t str,
    dispose: impl FnOnce(Value<'t>),
) -> Result<Parsed, CatalogError> {
    let value = json::parse(text)?;
    let parsed = validate_catalog(&value);
    dispose(value);
    parsed
}

/// Validates an already-parsed JSON value.
pub fn validate_catalog(value: &Value) -> Result<Parsed, CatalogError> {
    let mut findings = Findings::default();
    let catalog = read_catalog(value, &mut findings);
    match catalog {
        Some(catalog) if findings.errors.is_empty() => Ok(Parsed {
            catalog,
            warnings: findings.warnings,
        }),
        _ => Err(CatalogError::Invalid {
            total_errors: findings.total_errors.max(1),
            errors: if findings.errors.is_empty() {
                vec![Issue {
                    severity: super::Severity::Error,
                    path: JsonPath::root().to_string(),
                    message: "the catalog could not be read".to_owned(),
                }]
            } else {
                findings.errors
            },
            warnings: findings.warnings,
        }),
    }
}

fn read_catalog(value: &Value, findings: &mut Findings) -> Option<Catalog> {
    let mut fields = Fields::of(value, JsonPath::root(), findings)?;
    let head = read_head(&mut fields);
    let artifacts = read_artifacts(&mut fields, &head.signals, &head.specs);
    let featured = read_featured(&mut fields, &artifacts);
    head.into_catalog(artifacts, featured)
}

/// What a catalog says before its artifacts: whether the format is right, the brand and
/// the signal definitions (artifacts are validated against those).
struct Head {
    format_ok: bool,
    brand: Option<Brand>,
    signals: Vec<SignalDef>,
    specs: Vec<SpecDef>,
}

impl Head {
    /// The catalog, unless the format or a required part is wrong.
    fn into_catalog(
        self,
        artifacts: Option<Vec<Artifact>>,
        featured: Vec<Vec<String>>,
    ) -> Option<Catalog> {
        if !self.format_ok {
            return None;
        }
        Some(Catalog::with_specs(
            self.brand?,
            self.signals,
            self.specs,
            artifacts?,
            featured,
        ))
    }
}

/// Reads `format`, `brand` and `signals` of the top-level object.
fn read_head(fields: &mut Fields) -> Head {
    let format_ok = match fields.get("format") {
        None => {
            fields.missing("format", &format!("\"{FORMAT}\""));
            false
        }
        Some(Value::String(format)) if format == FORMAT => true,
        Some(other) => {
            let path = fields.at("format");
            fields.wrong(
                &path,
                &format!("\"{FORMAT}\" (the only format this Versus reads)"),
                other,
            );
            false
        }
    };
    let brand = match fields.get("brand") {
        Some(value) => brand::read_brand(value, fields.at("brand"), fields.findings),
        None => {
            fields.missing("brand", "an object with at least a name");
            None
        }
    };
    let mut brand = brand;
    let mut signals = read_signal_defs(fields);
    strings::read_strings(fields, &mut brand, &mut signals);
    let specs = specs::read_spec_defs(fields);
    Head {
        format_ok,
        brand,
        signals,
        specs,
    }
}

fn read_signal_defs(fields: &mut Fields) -> Vec<SignalDef> {
    let Some(items) = fields.array("signals", "an array of {id, label}") else {
        return if fields.get("signals").is_some() {
            Vec::new()
        } else {
            default_signals()
        };
    };
    let path = fields.at("signals");
    let mut signals: Vec<SignalDef> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Some(mut signal) = Fields::of(item, path.index(index), fields.findings) else {
            continue;
        };
        let (Some(id), Some(label)) = (signal.required_text("id"), signal.required_text("label"))
        else {
            continue;
        };
        // A catalog has a handful of signals: a scan is smaller code than a set.
        if signals.iter().any(|known| known.id == id) {
            let path = signal.at("id");
            signal
                .findings
                .error(path, format!("duplicate signal id \"{id}\""));
            continue;
        }
        signals.push(SignalDef { id, label });
    }
    signals
}

fn read_artifacts(
    fields: &mut Fields,
    signals: &[SignalDef],
    specs: &[SpecDef],
) -> Option<Vec<Artifact>> {
    let path = fields.at("artifacts");
    let Some(value) = fields.get("artifacts") else {
        fields.missing("artifacts", "an array with at least one artifact");
        return None;
    };
    let Value::Array(items) = value else {
        fields.wrong(&path, "an array with at least one artifact", value);
        return None;
    };
    if items.is_empty() {
        fields.findings.error(
            &path,
            "expected at least one artifact, found an empty array",
        );
        return None;
    }
    let mut reader = ArtifactReader::new(path, items.len());
    for (index, item) in items.iter().enumerate() {
        reader.read(index, item, signals, fields.findings);
    }
    Some(reader.finish(fields.findings, specs))
}

/// Reads the entries of `artifacts` one at a time, in order: all at once from a parsed
/// array, or a slice at a time (see [`ChunkedParse`]). Either way the findings are the
/// same and come in the same order.
struct ArtifactReader {
    /// The path of the `artifacts` array.
    path: JsonPath,
    /// Each id read so far and the index of the entry that first used it.
    first_seen: HashMap<String, usize>,
    artifacts: Vec<Artifact>,
}

impl ArtifactReader {
    /// A reader for the array at `path`, with room for `capacity` artifacts.
    fn new(path: JsonPath, capacity: usize) -> Self {
        Self {
            path,
            first_seen: HashMap::new(),
            artifacts: Vec::with_capacity(capacity),
        }
    }

    /// Validates `artifacts[index]`; keeps it unless it is broken or its id is taken.
    fn read(&mut self, index: usize, item: &Value, signals: &[SignalDef], findings: &mut Findings) {
        let item_path = self.path.index(index);
        let Some(artifact) = artifact::read_artifact(item, item_path.clone(), signals, findings)
        else {
            return;
        };
        if let Some(first) = self.first_seen.get(&artifact.id) {
            findings.error(
                item_path.key("id"),
                format!(
                    "duplicate id \"{}\" (first used by artifacts[{first}])",
                    artifact.id
                ),
            );
            return;
        }
        self.first_seen.insert(artifact.id.clone(), index);
        self.artifacts.push(artifact);
    }

    /// The artifacts kept, after warning about alternatives that name no artifact and
    /// checking spec values against the definitions.
    fn finish(mut self, findings: &mut Findings, specs: &[SpecDef]) -> Vec<Artifact> {
        for artifact in &mut self.artifacts {
            let Some(&index) = self.first_seen.get(&artifact.id) else {
                continue;
            };
            let specs_path = self.path.index(index).key("specs");
            specs::settle_specs(&mut artifact.specs, specs, &specs_path, findings);
            for (position, alternative) in artifact.alternatives.iter().enumerate() {
                if !self.first_seen.contains_key(alternative) {
                    findings.warning(
                        self.path.index(index).key("alternatives").index(position),
                        format!("unknown artifact id \"{alternative}\"; it is not shown"),
                    );
                }
            }
        }
        self.artifacts
    }
}

fn read_featured(fields: &mut Fields, artifacts: &Option<Vec<Artifact>>) -> Vec<Vec<String>> {
    let Some(items) = fields.array("featured", "an array of [id, id] pairs") else {
        return Vec::new();
    };
    let path = fields.at("featured");
    let known: HashSet<&str> = artifacts.iter().flatten().map(|a| a.id.as_str()).collect();
    let mut featured = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let item_path = path.index(index);
        let ids: Option<Vec<String>> = match item {
            Value::Array(ids) if (2..=4).contains(&ids.len()) => ids
                .iter()
                .map(|id| id.as_str().map(str::to_owned))
                .collect(),
            _ => None,
        };
        let Some(ids) = ids else {
            fields.findings.error(
                &item_path,
                format!(
                    "expected a pair of artifact ids [id, id], found {}",
                    describe(item)
                ),
            );
            continue;
        };
        let unknown: Vec<&String> = ids
            .iter()
            .filter(|id| !known.contains(id.as_str()))
            .collect();
        let distinct = ids
            .iter()
            .enumerate()
            .all(|(index, id)| !ids[..index].contains(id));
        if !unknown.is_empty() {
            let names: Vec<String> = unknown.iter().map(|id| format!("\"{id}\"")).collect();
            fields.findings.warning(
                &item_path,
                format!(
                    "unknown artifact id {}; this comparison is not shown",
                    names.join(", ")
                ),
            );
        } else if !distinct {
            fields
                .findings
                .warning(&item_path, "compares an artifact with itself; not shown");
        } else {
            featured.push(ids);
        }
    }
    featured
}
