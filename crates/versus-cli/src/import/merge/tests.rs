//! The daily merge: the publisher's words and ranks stay, the imported facts refresh.

use serde_json::{json, Value};

use super::merge;
use crate::import::draft::{Draft, Origin, Plan, Rate};
use crate::import::values::Amount;

const ORIGIN: Origin = Origin {
    name: "OpenRouter",
    spec_ids: &["context_window", "max_output"],
};

fn existing() -> Value {
    json!({
        "format": "versus-catalog/1",
        "brand": {"name": "Model Atlas", "rank_label": "Atlas score"},
        "signals": [{"id": "quality", "label": "Quality"}],
        "specs": [
            {"id": "context_window", "label": "Context", "unit": "tokens", "better": "higher", "format": "integer"},
            {"id": "parameters", "label": "Parameters", "format": "compact"}
        ],
        "featured": [["acme-one", "acme-old"]],
        "artifacts": [
            {
                "id": "acme-one", "name": "One (our name)", "vendor": "ACME Corp", "kind": "LLM", "rank": 91,
                "summary": "Our own summary.", "capabilities": [{"title": "Hand-written", "description": "By us."}],
                "signals": {"quality": 0.9},
                "specs": {"context_window": 1000, "parameters": 7e9, "max_output": {"value": 4096, "source": "Vendor docs"}},
                "pricing": {"plan": "freemium", "usage": [
                    {"rate": "input", "amount": 9, "currency": "USD", "per": "1M tokens"},
                    {"rate": "web_search", "amount": 0.02, "currency": "USD", "per": "search"},
                    {"rate": "fine_tuning", "label": "Fine-tuning price", "amount": 0.000008, "currency": "USD", "source": "Vendor docs"}
                ]},
                "sources": [
                    {"about": "Prices", "name": "OpenRouter", "url": "https://openrouter.ai/api/v1/models", "checked": "2026-01-01"},
                    {"about": "Parameters", "name": "Vendor docs", "url": "https://acme.dev/docs"}
                ],
                "updated": "2026-01-01"
            },
            {"id": "acme-old", "name": "Old", "kind": "Model", "rank": 40, "capabilities": [], "pricing": {"plan": "paid"}}
        ]
    })
}

fn draft(id: &str, name: &str) -> Draft {
    let mut draft = Draft::new(
        id.into(),
        name.into(),
        "Model",
        "https://openrouter.ai/api/v1/models",
    );
    draft.vendor = Some("Acme".into());
    draft.summary = Some("Imported summary.".into());
    draft.inputs = vec!["text".into(), "image".into()];
    draft.outputs = vec!["text".into()];
    draft.specs = vec![
        ("context_window", json!(262144)),
        ("max_output", json!(32768)),
    ];
    draft.usage = vec![
        Rate {
            rate: "input",
            label: None,
            amount: Amount::Fixed(0.000001),
            per: "token",
        },
        Rate {
            rate: "output",
            label: None,
            amount: Amount::Fixed(0.000004),
            per: "token",
        },
    ];
    draft.plan = Plan::Paid;
    draft.details = vec![("Tokenizer", json!("Acme"))];
    draft
}

#[test]
fn the_publisher_keeps_brand_rank_and_words_while_facts_refresh() {
    let merged = merge(
        existing(),
        &[draft("acme-one", "One"), draft("acme-new", "New")],
        &ORIGIN,
        "2026-08-14",
    )
    .unwrap();
    let catalog = &merged.catalog;
    assert_eq!((merged.added, merged.refreshed, merged.kept), (1, 1, 1));
    assert_eq!(catalog["brand"], existing()["brand"]);
    assert_eq!(catalog["signals"], existing()["signals"]);
    assert_eq!(catalog["featured"], existing()["featured"]);
    let labels: Vec<&str> = catalog["specs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["Context", "Parameters", "Max output"],
        "the publisher's label, ours added"
    );

    let one = &catalog["artifacts"][0];
    for key in [
        "name",
        "vendor",
        "kind",
        "rank",
        "summary",
        "capabilities",
        "signals",
    ] {
        assert_eq!(one[key], existing()["artifacts"][0][key], "{key}");
    }
    assert_eq!(one["specs"]["context_window"], json!(262144), "refreshed");
    assert_eq!(
        one["specs"]["parameters"],
        json!(7e9),
        "not the importer's: kept"
    );
    assert_eq!(
        one["specs"]["max_output"]["source"],
        json!("Vendor docs"),
        "sourced by hand: kept"
    );
    let rates: Vec<(&str, &Value)> = one["pricing"]["usage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["rate"].as_str().unwrap(), &r["amount"]))
        .collect();
    assert_eq!(
        rates,
        [
            ("input", &json!(0.000001)),
            ("output", &json!(0.000004)),
            ("fine_tuning", &json!(0.000008))
        ],
        "stale web_search gone, the hand-sourced rate kept"
    );
    assert_eq!(
        one["pricing"]["plan"],
        json!("freemium"),
        "the publisher's plan"
    );
    assert_eq!(one["inputs"], json!(["text", "image"]));
    let sources: Vec<(&str, &str)> = one["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap(),
                s["checked"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [("Vendor docs", "-"), ("OpenRouter", "2026-08-14")]
    );
    assert_eq!(one["updated"], json!("2026-08-14"));
    assert_eq!(one["about"], Value::Null, "the import had none");
    let details = one["details"].as_array().unwrap();
    assert_eq!(
        details,
        &[json!({"label": "Tokenizer", "value": "Acme"})],
        "filled, without a rank note: the rank is the publisher's"
    );

    let old = &catalog["artifacts"][1];
    assert_eq!(
        old,
        &existing()["artifacts"][1],
        "not in the import: untouched"
    );
    let new = &catalog["artifacts"][2];
    assert_eq!(
        (new["id"].as_str(), new["rank"].as_u64()),
        (Some("acme-new"), Some(50))
    );
    let note = new["details"].as_array().unwrap().last().unwrap()["value"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(note.starts_with("Not yet scored by Model Atlas"), "{note}");
    assert_eq!(
        merged.report,
        [
            "artifacts[1] (id \"acme-old\"): not in the import; kept as is",
            "artifacts[0] (id \"acme-one\"): specs.max_output: kept the value sourced by hand"
        ]
        .iter()
        .rev()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
    );
}

#[test]
fn the_rank_note_goes_once_the_publisher_scores() {
    let mut catalog = existing();
    catalog["artifacts"][0]["details"] = json!([
        {"label": "Tokenizer", "value": "Acme"},
        crate::import::draft::rank_note("an older brand name"),
    ]);
    let merged = merge(
        catalog.clone(),
        &[draft("acme-one", "One")],
        &ORIGIN,
        "2026-08-14",
    )
    .unwrap();
    let details = &merged.catalog["artifacts"][0]["details"];
    assert_eq!(details, &json!([{"label": "Tokenizer", "value": "Acme"}]));
    assert!(merged.report.contains(
        &"artifacts[0] (id \"acme-one\"): scored by Model Atlas; the placeholder rank note removed"
            .to_owned()
    ));
    // Still the placeholder: the note stays.
    catalog["artifacts"][0]["rank"] = json!(50);
    let merged = merge(catalog, &[draft("acme-one", "One")], &ORIGIN, "2026-08-14").unwrap();
    assert_eq!(
        merged.catalog["artifacts"][0]["details"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn a_publisher_without_a_plan_gets_the_imported_one() {
    let mut catalog = existing();
    catalog["artifacts"][0]["pricing"] = json!({"usage": []});
    let mut imported = draft("acme-one", "One");
    imported.plan = Plan::Freemium;
    imported.free_tier = true;
    let merged = merge(catalog, &[imported], &ORIGIN, "2026-08-14").unwrap();
    let pricing = &merged.catalog["artifacts"][0]["pricing"];
    assert_eq!(
        (&pricing["plan"], &pricing["free_tier"]),
        (&json!("freemium"), &json!(true))
    );
}

#[test]
fn only_a_single_file_catalog_can_be_merged_into() {
    let index = json!({"format": "versus-catalog-index/1", "artifacts": []});
    let problems = [
        merge(json!([]), &[], &ORIGIN, "2026-08-14").err(),
        merge(index, &[], &ORIGIN, "2026-08-14").err(),
        merge(json!({"brand": {"name": "B"}}), &[], &ORIGIN, "2026-08-14").err(),
    ];
    assert_eq!(
        problems.map(|p| p.unwrap_or_default()),
        [
            "not a catalog: expected a JSON object".to_owned(),
            "format is \"versus-catalog-index/1\", not \"versus-catalog/1\": merge into a single-file catalog".to_owned(),
            "no \"artifacts\" array".to_owned(),
        ]
    );
}
