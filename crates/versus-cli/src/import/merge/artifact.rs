//! One artifact the publisher already has, refreshed: the imported facts replace the
//! old ones, except values and rates the publisher sourced by hand; everything written by
//! hand stays.

use serde_json::{json, Map, Value};

use crate::import::draft::{
    artifact_json, facts_json, is_rank_note, rank_note, Draft, Origin, PLACEHOLDER_RANK,
};

/// What every refreshed artifact shares.
pub(super) struct Context<'a> {
    pub origin: &'a Origin,
    /// The catalog's brand name, for the note on a placeholder rank.
    pub brand: &'a str,
    pub checked: &'a str,
}

/// True for a value or rate the publisher sourced by hand.
fn sourced_elsewhere(value: &Value, origin: &Origin) -> bool {
    value
        .get("source")
        .and_then(Value::as_str)
        .is_some_and(|source| source != origin.name)
}

/// Refreshes the facts of an artifact the publisher has, keeping everything written by
/// hand; fields the publisher never filled are taken from the import.
pub(super) fn refresh(
    artifact: &mut Value,
    draft: &Draft,
    context: &Context,
    label: &str,
    report: &mut Vec<String>,
) {
    let Some(object) = artifact.as_object_mut() else {
        return;
    };
    let origin = context.origin;
    let mut facts = facts_json(draft, origin, context.checked);
    if let Some(Value::Object(values)) = facts.remove("specs") {
        let specs = object.entry("specs").or_insert_with(|| json!({}));
        if !specs.is_object() {
            report.push(format!(
                "{label}: specs was not an object; replaced by the import's"
            ));
            *specs = json!({});
        }
        if let Value::Object(specs) = specs {
            for (id, value) in values {
                match specs.get(&id) {
                    Some(own) if sourced_elsewhere(own, origin) => {
                        report.push(format!(
                            "{label}: specs.{id}: kept the value sourced by hand"
                        ));
                    }
                    _ => {
                        specs.insert(id, value);
                    }
                }
            }
        }
    }
    if let Some(Value::Object(pricing)) = facts.remove("pricing") {
        refresh_pricing(object, pricing, origin);
    }
    for key in ["inputs", "outputs"] {
        match facts.remove(key) {
            Some(Value::Array(list)) if list.is_empty() => {}
            Some(list) => {
                object.insert(key.into(), list);
            }
            None => {}
        }
    }
    if let Some(Value::Array(mine)) = facts.remove("sources") {
        let sources = object.entry("sources").or_insert_with(|| json!([]));
        let others: Vec<Value> = match sources {
            Value::Array(sources) => sources
                .drain(..)
                .filter(|source| source.get("name").and_then(Value::as_str) != Some(origin.name))
                .collect(),
            _ => Vec::new(),
        };
        *sources = Value::Array(others.into_iter().chain(mine).collect());
    }
    object.insert("updated".into(), context.checked.into());
    // Anything the publisher never wrote comes from the import; the rank note only with
    // the placeholder rank it explains.
    let Value::Object(mut fresh) = artifact_json(draft, origin, context.brand, context.checked)
    else {
        return;
    };
    if object.get("rank").is_some_and(|rank| !rank.is_null()) {
        if let Some(Value::Array(details)) = fresh.get_mut("details") {
            let note = rank_note(context.brand);
            details.retain(|detail| *detail != note);
        }
    }
    for (key, value) in fresh {
        if object.get(&key).is_none_or(Value::is_null) {
            object.insert(key, value);
        }
    }
    drop_stale_rank_note(object, context.brand, label, report);
}

/// Removes the importer's rank note once the publisher has scored the artifact (its rank
/// is no longer the placeholder), so that the note never contradicts the score.
fn drop_stale_rank_note(
    object: &mut Map<String, Value>,
    brand: &str,
    label: &str,
    report: &mut Vec<String>,
) {
    let rank = object.get("rank").and_then(Value::as_u64);
    if rank.is_none_or(|rank| rank == PLACEHOLDER_RANK) {
        return;
    }
    let Some(Value::Array(details)) = object.get_mut("details") else {
        return;
    };
    let before = details.len();
    details.retain(|detail| !is_rank_note(detail));
    if details.len() < before {
        report.push(format!(
            "{label}: scored by {brand}; the placeholder rank note removed"
        ));
    }
}

/// Replaces the usage rates, keeping rates sourced by hand; keeps the publisher's plan
/// and free tier when it states a plan.
fn refresh_pricing(object: &mut Map<String, Value>, imported: Map<String, Value>, origin: &Origin) {
    let Some(Value::Object(pricing)) = object.get_mut("pricing") else {
        object.insert("pricing".into(), Value::Object(imported));
        return;
    };
    let own: Vec<Value> = match pricing.get("usage") {
        Some(Value::Array(rates)) => rates
            .iter()
            .filter(|rate| sourced_elsewhere(rate, origin))
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    let rate_id = |rate: &Value| rate.get("rate").and_then(Value::as_str).map(str::to_owned);
    let mut usage: Vec<Value> = match imported.get("usage") {
        Some(Value::Array(rates)) => rates
            .iter()
            .map(|rate| {
                own.iter()
                    .find(|mine| rate_id(mine) == rate_id(rate))
                    .unwrap_or(rate)
                    .clone()
            })
            .collect(),
        _ => Vec::new(),
    };
    for rate in own {
        if !usage.iter().any(|known| rate_id(known) == rate_id(&rate)) {
            usage.push(rate);
        }
    }
    pricing.insert("usage".into(), Value::Array(usage));
    if pricing.get("plan").is_none_or(Value::is_null) {
        for key in ["plan", "free_tier"] {
            if let Some(value) = imported.get(key) {
                pricing.insert(key.into(), value.clone());
            }
        }
    }
}
