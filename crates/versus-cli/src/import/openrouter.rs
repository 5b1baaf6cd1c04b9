//! `versus-catalog import openrouter`: OpenRouter's model list (`GET /api/v1/models`) as
//! artifacts. A `:free` or `:batch` twin of a listed model is folded into it (a free tier,
//! batch prices) rather than listed twice; other variants stay artifacts of their own.

mod model;

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::draft::{Draft, Origin, Plan, Rate};
use super::ids::{readable, IdBook};
use super::values::amount;
use super::Import;

pub const ORIGIN: Origin = Origin {
    name: "OpenRouter",
    spec_ids: &[
        "context_window",
        "max_output",
        "knowledge_cutoff",
        "released",
    ],
};

/// The list the import reads, named as each artifact's source.
const LIST_URL: &str = "https://openrouter.ai/api/v1/models";

/// One model of `data`, with its id split into base and variant.
struct Entry<'a> {
    /// `data[4] (id "x/y:free")`: how report lines name it.
    label: String,
    model: &'a Map<String, Value>,
    id: &'a str,
    base: &'a str,
    variant: Option<&'a str>,
}

/// The artifacts of an OpenRouter model list, or why it is not one.
pub fn import(document: &Value) -> Result<Import, String> {
    let Some(models) = document.get("data").and_then(Value::as_array) else {
        return Err("no \"data\" array: not an OpenRouter model list (GET /api/v1/models)".into());
    };
    let mut import = Import::default();
    let entries = entries(models, &mut import);
    let bases: HashSet<&str> = entries
        .iter()
        .filter(|e| e.variant.is_none())
        .map(|e| e.id)
        .collect();
    let foldable = |entry: &Entry| {
        matches!(entry.variant, Some("free" | "batch")) && bases.contains(entry.base)
    };
    let mut ids = IdBook::default();
    let mut draft_of: HashMap<&str, usize> = HashMap::new();
    for entry in entries.iter().filter(|entry| !foldable(entry)) {
        if let Some(draft) = model::draft(entry, &mut ids, &mut import.report) {
            draft_of.insert(entry.id, import.drafts.len());
            import.drafts.push(draft);
        } else {
            import.skipped += 1;
        }
    }
    for entry in entries.iter().filter(|entry| foldable(entry)) {
        match draft_of.get(entry.base) {
            Some(&index) => {
                fold(entry, &mut import.drafts[index], &mut import.report);
                import.folded += 1;
            }
            // The base was listed but could not be imported: stand alone instead.
            None => match model::draft(entry, &mut ids, &mut import.report) {
                Some(draft) => import.drafts.push(draft),
                None => import.skipped += 1,
            },
        }
    }
    Ok(import)
}

/// The models of `data` that have an id, each id once.
fn entries<'a>(models: &'a [Value], import: &mut Import) -> Vec<Entry<'a>> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut entries = Vec::new();
    for (index, model) in models.iter().enumerate() {
        let Some(object) = model.as_object() else {
            import
                .report
                .push(format!("data[{index}]: skipped: not an object"));
            import.skipped += 1;
            continue;
        };
        let Some(id) = object
            .get("id")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|id| !id.is_empty())
        else {
            import
                .report
                .push(format!("data[{index}]: skipped: no \"id\""));
            import.skipped += 1;
            continue;
        };
        let label = format!("data[{index}] (id \"{id}\")");
        if let Some(first) = seen.get(id) {
            import
                .report
                .push(format!("{label}: skipped: the same id as data[{first}]"));
            import.skipped += 1;
            continue;
        }
        seen.insert(id, index);
        let (base, variant) = split_variant(id);
        entries.push(Entry {
            label,
            model: object,
            id,
            base,
            variant,
        });
    }
    entries
}

/// `x/y:free` → (`x/y`, `free`); an id without a `:word` suffix has no variant.
fn split_variant(id: &str) -> (&str, Option<&str>) {
    match id.rsplit_once(':') {
        Some((base, variant))
            if !base.is_empty()
                && !variant.is_empty()
                && variant
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
        {
            (base, Some(variant))
        }
        _ => (id, None),
    }
}

/// Folds a `:free` twin into its base as a free tier, or a `:batch` twin as batch rates.
fn fold(entry: &Entry, base: &mut Draft, report: &mut Vec<String>) {
    if entry.variant == Some("free") {
        base.free_tier = true;
        if base.plan == Plan::Paid {
            base.plan = Plan::Freemium;
        }
        base.details.push(("Free variant", entry.id.into()));
        report.push(format!(
            "{}: folded into {} as its free tier",
            entry.label, base.id
        ));
        return;
    }
    let pricing = entry.model.get("pricing");
    for (key, rate, label) in [
        ("prompt", "batch_input", "Batch input price"),
        ("completion", "batch_output", "Batch output price"),
    ] {
        match amount(pricing.and_then(|p| p.get(key))) {
            Ok(Some(amount)) if !amount.is_zero() => base.usage.push(Rate {
                rate,
                label: Some(label),
                amount,
                per: "token",
            }),
            Ok(_) => {}
            Err(problem) => report.push(format!(
                "{}: pricing.{key}: {problem}; rate skipped",
                entry.label
            )),
        }
    }
    report.push(format!(
        "{}: folded into {} as its batch prices",
        entry.label, base.id
    ));
}

/// `Anthropic: Claude Opus 5` → (`Anthropic`, `Claude Opus 5`); without `: `, the vendor
/// comes from the id's organisation.
fn vendor_and_name(name: &str, base_id: &str) -> (Option<String>, String) {
    match name.split_once(": ") {
        Some((vendor, rest)) if !vendor.trim().is_empty() && !rest.trim().is_empty() => {
            (Some(vendor.trim().to_owned()), rest.trim().to_owned())
        }
        _ => (Some(vendor_of_org(org(base_id))), name.to_owned()),
    }
}

fn org(base_id: &str) -> &str {
    base_id.split_once('/').map_or("", |(org, _)| org)
}

/// A readable vendor for an OpenRouter organisation id.
fn vendor_of_org(org: &str) -> String {
    const KNOWN: [(&str, &str); 24] = [
        ("openai", "OpenAI"),
        ("anthropic", "Anthropic"),
        ("google", "Google"),
        ("meta-llama", "Meta"),
        ("mistralai", "Mistral AI"),
        ("x-ai", "xAI"),
        ("deepseek", "DeepSeek"),
        ("qwen", "Qwen"),
        ("baidu", "Baidu"),
        ("cohere", "Cohere"),
        ("microsoft", "Microsoft"),
        ("amazon", "Amazon"),
        ("nvidia", "NVIDIA"),
        ("perplexity", "Perplexity"),
        ("moonshotai", "Moonshot AI"),
        ("z-ai", "Z.ai"),
        ("minimax", "MiniMax"),
        ("nousresearch", "Nous Research"),
        ("ai21", "AI21 Labs"),
        ("ibm-granite", "IBM"),
        ("tencent", "Tencent"),
        ("bytedance", "ByteDance"),
        ("openrouter", "OpenRouter"),
        ("arcee-ai", "Arcee AI"),
    ];
    if let Some((_, vendor)) = KNOWN.iter().find(|(known, _)| *known == org) {
        return (*vendor).to_owned();
    }
    match readable(org) {
        name if name.is_empty() => "OpenRouter".to_owned(),
        name => name,
    }
}

#[cfg(test)]
#[path = "openrouter/tests.rs"]
mod tests;
