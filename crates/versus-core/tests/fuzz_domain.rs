//! Property tests over the whole domain: catalog parse + validate + verdict + related
//! ranking + view models must never panic, and every reported JSON path must name a real
//! place in the document (see `fuzz_domain/invariants.rs`). `PROPTEST_CASES` raises the
//! case count for a long local run.

// serde_json and std are the references here (crates/clippy.toml bans them from the product).
#![allow(clippy::disallowed_methods)]

mod common;
#[path = "common/garble.rs"]
mod garble;
#[path = "fuzz_domain/invariants.rs"]
mod invariants;
#[path = "fuzz_domain/mutate.rs"]
mod mutate;

use mutate::{default_document, edits, mutate};
use proptest::prelude::*;
use serde_json::{json, Value};

proptest! {
    #![proptest_config(garble::cases(192))]

    /// Any text at all: parse errors carry a message, never a panic.
    #[test]
    fn arbitrary_text(text in any::<String>()) {
        invariants::check_catalog_text(&text);
    }

    /// The default catalog with up to four nodes replaced by hostile values.
    #[test]
    fn mutated_default_catalog(edits in edits()) {
        let document = mutate(default_document(), edits);
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
