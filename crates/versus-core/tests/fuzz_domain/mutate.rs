//! Hostile values and a mutator for catalog documents, shared by the property tests
//! (`tests/fuzz_domain.rs`, `tests/chunked_parse.rs`).
#![allow(dead_code)]

use proptest::prelude::*;
use serde_json::{json, Value};

/// Values that stress parsing and validation when dropped anywhere in a catalog.
pub fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(-1)),
        Just(json!(140)),
        Just(json!(1e308)),
        Just(json!(0.5)),
        Just(json!("")),
        Just(json!("javascript:alert(1)")),
        Just(json!("<img src=x onerror=alert(1)>")),
        Just(json!("red; background: url(https://evil.example)")),
        Just(json!("مرحبا 👋🏽 עולם")),
        Just(json!([])),
        Just(json!({})),
        Just(json!([["a", "b"]])),
        "[a-z0-9-]{0,12}".prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ]
}

/// Up to four (node, replacement) edits for [`mutate`].
pub fn edits() -> impl Strategy<Value = Vec<(prop::sample::Index, Value)>> {
    prop::collection::vec((any::<prop::sample::Index>(), hostile_value()), 1..5)
}

/// Every JSON pointer inside `value`, the root included.
pub fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `document` with the nodes `edits` pick replaced (never the root).
pub fn mutate(mut document: Value, edits: Vec<(prop::sample::Index, Value)>) -> Value {
    for (index, value) in edits {
        let mut all = Vec::new();
        pointers(&document, String::new(), &mut all);
        let target = &all[index.index(all.len())];
        if target.is_empty() {
            continue; // replacing the root is covered by arbitrary text
        }
        if let Some(slot) = document.pointer_mut(target) {
            *slot = value;
        }
    }
    document
}

pub fn default_document() -> Value {
    serde_json::from_str(&super::common::read("data/catalog.json"))
        .expect("the default catalog is JSON")
}
