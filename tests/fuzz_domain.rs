//! Property tests over the whole domain: catalog parse + validate + verdict + related
//! ranking + view models must never panic, and every reported JSON path must name a real
//! place in the document (see `fuzz_domain/invariants.rs`). `PROPTEST_CASES` raises the
//! case count for a long local run.

mod common;
#[path = "fuzz_domain/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use serde_json::{json, Value};

/// Values that stress parsing and validation when dropped anywhere in a catalog.
fn hostile_value() -> impl Strategy<Value = Value> {
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

/// Every JSON pointer inside `value`, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
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

fn default_document() -> Value {
    serde_json::from_str(&common::read("data/catalog.json")).expect("the default catalog is JSON")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(192)
    ))]

    /// Any text at all: parse errors carry a message, never a panic.
    #[test]
    fn arbitrary_text(text in any::<String>()) {
        invariants::check_catalog_text(&text);
    }

    /// The default catalog with up to four nodes replaced by hostile values.
    #[test]
    fn mutated_default_catalog(
        edits in prop::collection::vec((any::<prop::sample::Index>(), hostile_value()), 1..5)
    ) {
        let mut document = default_document();
        for (index, value) in edits {
            let mut all = Vec::new();
            pointers(&document, String::new(), &mut all);
            let target = &all[index.index(all.len())];
            if target.is_empty() {
                continue; // replacing the root is covered by `arbitrary_text`
            }
            if let Some(slot) = document.pointer_mut(target) {
                *slot = value;
            }
        }
        invariants::check_catalog_text(&document.to_string());
    }

    /// Valid catalogs of random shape: verdicts, cards, pages and related lists hold up.
    #[test]
    fn generated_valid_catalogs(
        artifacts in prop::collection::vec(
            (0u8..=100, prop::collection::vec("[a-c]{1,2}", 0..6), 0.0f64..=1.0, any::<bool>()),
            1..9,
        )
    ) {
        let artifacts: Vec<Value> = artifacts
            .iter()
            .enumerate()
            .map(|(i, (rank, intents, adoption, paid))| json!({
                "id": format!("a-{i}"),
                "name": format!("Artifact {i}"),
                "kind": "Model",
                "rank": rank,
                "signals": {"adoption": adoption},
                "pricing": {"plan": if *paid { "paid" } else { "free" }},
                "capabilities": intents.iter().map(|t| json!({"title": t, "description": "d", "intents": [t]})).collect::<Vec<_>>(),
                "alternatives": ["a-0", "missing"],
            }))
            .collect();
        let document = json!({
            "format": "versus-catalog/1",
            "brand": {"name": "Fuzz"},
            "artifacts": artifacts,
        });
        invariants::check_catalog_text(&document.to_string());
    }
}
