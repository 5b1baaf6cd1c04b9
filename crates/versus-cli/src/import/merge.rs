//! `import --merge`: the daily refresh of a publisher's catalog. The publisher owns the
//! brand, ranks and every word written by hand; the import owns the facts it read (spec
//! values, usage rates, modalities, its own source entry). A value or rate that names a
//! source of its own other than the importer was set by hand, and stays.

mod artifact;

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::draft::{artifact_json, spec_definition, Draft, Origin};
use artifact::{refresh, Context};

const FORMAT: &str = "versus-catalog/1";

/// The merged catalog and what the merge did.
pub struct Merged {
    pub catalog: Value,
    pub report: Vec<String>,
    pub added: usize,
    pub refreshed: usize,
    pub kept: usize,
}

/// Merges imported drafts into `existing`, or says why `existing` is not a catalog to
/// merge into.
pub fn merge(
    existing: Value,
    drafts: &[Draft],
    origin: &Origin,
    checked: &str,
) -> Result<Merged, String> {
    let Value::Object(mut catalog) = existing else {
        return Err("not a catalog: expected a JSON object".into());
    };
    match catalog.get("format") {
        None => {
            catalog.insert("format".into(), FORMAT.into());
        }
        Some(Value::String(format)) if format == FORMAT => {}
        Some(other) => {
            return Err(format!(
                "format is {other}, not \"{FORMAT}\": merge into a single-file catalog"
            ))
        }
    }
    let brand = catalog
        .get("brand")
        .and_then(|brand| brand.get("name"))
        .and_then(Value::as_str)
        .unwrap_or("the publisher")
        .to_owned();
    add_spec_definitions(&mut catalog, origin)?;
    let Some(Value::Array(artifacts)) = catalog.get_mut("artifacts") else {
        return Err("no \"artifacts\" array".into());
    };
    let mut merged = Merged {
        catalog: Value::Null,
        report: Vec::new(),
        added: 0,
        refreshed: 0,
        kept: 0,
    };
    let mut position: HashMap<String, usize> = HashMap::new();
    for (index, artifact) in artifacts.iter().enumerate() {
        if let Some(id) = artifact.get("id").and_then(Value::as_str) {
            position.entry(id.to_owned()).or_insert(index);
        }
    }
    let mut refreshed = vec![false; artifacts.len()];
    let context = Context {
        origin,
        brand: &brand,
        checked,
    };
    for draft in drafts {
        match position.get(&draft.id) {
            Some(&index) => {
                let label = format!("artifacts[{index}] (id \"{}\")", draft.id);
                refresh(
                    &mut artifacts[index],
                    draft,
                    &context,
                    &label,
                    &mut merged.report,
                );
                refreshed[index] = true;
                merged.refreshed += 1;
            }
            None => {
                artifacts.push(artifact_json(draft, origin, &brand, checked));
                merged.added += 1;
            }
        }
    }
    for (index, artifact) in artifacts.iter().enumerate().take(refreshed.len()) {
        if !refreshed[index] {
            let id = artifact.get("id").and_then(Value::as_str).unwrap_or("?");
            merged.report.push(format!(
                "artifacts[{index}] (id \"{id}\"): not in the import; kept as is"
            ));
            merged.kept += 1;
        }
    }
    merged.catalog = Value::Object(catalog);
    Ok(merged)
}

/// Adds the importer's spec definitions the catalog lacks; the publisher's stay as written.
fn add_spec_definitions(catalog: &mut Map<String, Value>, origin: &Origin) -> Result<(), String> {
    let specs = catalog.entry("specs").or_insert_with(|| json!([]));
    let Value::Array(specs) = specs else {
        return Err("\"specs\" is not an array".into());
    };
    for id in origin.spec_ids {
        let defined = specs
            .iter()
            .any(|def| def.get("id").and_then(Value::as_str) == Some(id));
        if !defined {
            specs.extend(spec_definition(id));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "merge/tests.rs"]
mod tests;
