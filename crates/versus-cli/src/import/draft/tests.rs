//! How drafts are written: rates, the placeholder rank and its note, the source entry.

use super::*;
use crate::import::capabilities::TOOL_CALLING;

const ORIGIN: Origin = Origin {
    name: "Example",
    spec_ids: &["context_window"],
};

fn rate(rate: &'static str, amount: Amount) -> Rate {
    Rate {
        rate,
        label: None,
        amount,
        per: "token",
    }
}

#[test]
fn rates_write_numbers_varies_and_labels() {
    assert_eq!(
        rate_json(&rate("input", Amount::Fixed(0.000003))),
        json!({"rate": "input", "amount": 0.000003, "currency": "USD", "per": "token"})
    );
    assert_eq!(
        rate_json(&rate("output", Amount::Varies))["amount"],
        json!("varies")
    );
    let batch = Rate {
        label: Some("Batch input price"),
        ..rate("batch_input", Amount::Fixed(1e-7))
    };
    assert_eq!(rate_json(&batch)["label"], json!("Batch input price"));
}

#[test]
fn the_plan_is_free_only_when_both_token_prices_are_zero() {
    let mut draft = Draft::new("a".into(), "A".into(), "Model", "https://x.dev");
    assert_eq!(draft.plan_from_prices(), Plan::Paid, "no prices at all");
    draft.usage = vec![
        rate("input", Amount::Fixed(0.0)),
        rate("output", Amount::Fixed(0.0)),
    ];
    assert_eq!(draft.plan_from_prices(), Plan::Free);
    draft.usage[1].amount = Amount::Varies;
    assert_eq!(draft.plan_from_prices(), Plan::Paid);
}

#[test]
fn a_new_artifact_has_the_placeholder_rank_its_note_and_its_source() {
    let mut draft = Draft::new(
        "acme-one".into(),
        "One".into(),
        "Model",
        "https://x.dev/list",
    );
    draft.specs.push(("context_window", json!(8192)));
    draft.usage.push(rate("input", Amount::Fixed(1e-6)));
    draft.capabilities.push(TOOL_CALLING);
    draft.details.push(("Tokenizer", json!("Acme")));
    let artifact = artifact_json(&draft, &ORIGIN, "Model Atlas", "2026-08-14");
    assert_eq!(artifact["rank"], json!(50));
    assert_eq!(artifact.get("vendor"), None, "no vendor, no key");
    assert_eq!(artifact.get("summary"), None);
    assert_eq!(artifact["specs"], json!({"context_window": 8192}));
    assert_eq!(artifact["pricing"]["plan"], json!("paid"));
    assert_eq!(artifact["pricing"].get("free_tier"), None);
    assert_eq!(artifact["capabilities"][0]["title"], json!("Tool calling"));
    assert_eq!(artifact["updated"], json!("2026-08-14"));
    assert_eq!(
        artifact["sources"],
        json!([{"about": "Prices and specs", "name": "Example", "url": "https://x.dev/list", "checked": "2026-08-14"}])
    );
    let details = artifact["details"].as_array().unwrap();
    assert_eq!(details[0], json!({"label": "Tokenizer", "value": "Acme"}));
    assert!(is_rank_note(details.last().unwrap()));
    assert!(!is_rank_note(&details[0]));
    let note = details.last().unwrap()["value"].as_str().unwrap();
    assert!(
        note.starts_with("Not yet scored by Model Atlas: the rank of 50 is a neutral placeholder"),
        "{note}"
    );
}

#[test]
fn every_spec_an_importer_fills_is_defined() {
    for origin in [
        crate::import::openrouter::ORIGIN,
        crate::import::litellm::ORIGIN,
    ] {
        for id in origin.spec_ids {
            let definition = spec_definition(id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(definition["id"], json!(id));
        }
    }
    assert_eq!(spec_definition("parameters"), None);
}
