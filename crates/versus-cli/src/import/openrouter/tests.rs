//! OpenRouter models as drafts: names, prices, variants, ids.

use serde_json::{json, Value};

use super::{import, split_variant, vendor_and_name, vendor_of_org};
use crate::import::draft::{Draft, Plan};
use crate::import::values::Amount;

fn model(id: &str, name: &str, prompt: Value, completion: Value) -> Value {
    json!({
        "id": id,
        "name": name,
        "context_length": 131072,
        "architecture": {"input_modalities": ["text"], "output_modalities": ["text"], "modality": "text->text"},
        "pricing": {"prompt": prompt, "completion": completion, "image": "0", "request": "0"},
        "top_provider": {"max_completion_tokens": null, "is_moderated": false},
        "supported_parameters": ["tools"]
    })
}

fn drafts_of(models: Vec<Value>) -> (Vec<Draft>, Vec<String>) {
    let import = import(&json!({"data": models})).expect("a model list");
    (import.drafts, import.report)
}

fn amounts(draft: &Draft) -> Vec<(&str, Amount)> {
    draft
        .usage
        .iter()
        .map(|rate| (rate.rate, rate.amount))
        .collect()
}

#[test]
fn names_split_at_the_first_colon_space() {
    assert_eq!(
        vendor_and_name("Anthropic: Claude Opus 5", "anthropic/claude-opus-5"),
        (Some("Anthropic".into()), "Claude Opus 5".into())
    );
    assert_eq!(
        vendor_and_name("Qwen: Qwen3: Coder", "qwen/qwen3-coder"),
        (Some("Qwen".into()), "Qwen3: Coder".into())
    );
    assert_eq!(
        vendor_and_name("Auto Router", "openrouter/auto"),
        (Some("OpenRouter".into()), "Auto Router".into())
    );
    assert_eq!(
        vendor_and_name("Llama 3", "meta-llama/llama-3")
            .0
            .as_deref(),
        Some("Meta")
    );
    assert_eq!(vendor_of_org("mistralai"), "Mistral AI");
    assert_eq!(vendor_of_org("x-ai"), "xAI");
    assert_eq!(vendor_of_org("some-new_lab"), "Some New Lab");
    assert_eq!(vendor_of_org(""), "OpenRouter");
}

#[test]
fn variants_are_word_suffixes_only() {
    assert_eq!(split_variant("x/y:free"), ("x/y", Some("free")));
    assert_eq!(split_variant("x/y"), ("x/y", None));
    assert_eq!(split_variant("x/y:"), ("x/y:", None));
    assert_eq!(split_variant("a:b/c"), ("a:b/c", None));
}

#[test]
fn prices_read_minus_one_as_varies_and_drop_optional_zeros() {
    let mut auto = model("openrouter/auto", "Auto Router", json!("-1"), json!("-1"));
    auto["pricing"]["web_search"] = json!("abc");
    let free = model("acme/free-model", "Acme: Free", json!("0"), json!(0));
    let (drafts, report) = drafts_of(vec![auto, free]);
    assert_eq!(
        amounts(&drafts[0]),
        [("input", Amount::Varies), ("output", Amount::Varies)]
    );
    assert_eq!(drafts[0].plan, Plan::Paid);
    assert_eq!(
        report,
        ["data[0] (id \"openrouter/auto\"): pricing.web_search: \"abc\" is not a number; rate skipped"]
    );
    // Input and output stay at zero; zero image and request rates are left out.
    assert_eq!(
        amounts(&drafts[1]),
        [
            ("input", Amount::Fixed(0.0)),
            ("output", Amount::Fixed(0.0))
        ]
    );
    assert_eq!(drafts[1].plan, Plan::Free);
}

#[test]
fn a_free_twin_folds_into_its_base() {
    let (drafts, report) = drafts_of(vec![
        model(
            "meta-llama/llama-3.3-70b-instruct:free",
            "Meta: Llama 3.3 70B Instruct (free)",
            json!("0"),
            json!("0"),
        ),
        model(
            "meta-llama/llama-3.3-70b-instruct",
            "Meta: Llama 3.3 70B Instruct",
            json!("0.00000013"),
            json!("0.00000039"),
        ),
    ]);
    assert_eq!(drafts.len(), 1);
    let base = &drafts[0];
    assert_eq!(
        (base.id.as_str(), base.name.as_str()),
        (
            "meta-llama-llama-3-3-70b-instruct",
            "Llama 3.3 70B Instruct"
        )
    );
    assert_eq!((base.plan, base.free_tier), (Plan::Freemium, true));
    assert!(base.details.contains(&(
        "Free variant",
        json!("meta-llama/llama-3.3-70b-instruct:free")
    )));
    assert_eq!(amounts(base)[0], ("input", Amount::Fixed(0.00000013)));
    assert_eq!(
        report,
        ["data[0] (id \"meta-llama/llama-3.3-70b-instruct:free\"): folded into meta-llama-llama-3-3-70b-instruct as its free tier"]
    );
}

#[test]
fn a_free_model_without_a_base_stands_alone() {
    let (drafts, report) = drafts_of(vec![model(
        "google/gemma-3-27b-it:free",
        "Google: Gemma 3 27B (free)",
        json!("0"),
        json!("0"),
    )]);
    assert!(report.is_empty(), "{report:?}");
    let draft = &drafts[0];
    assert_eq!(
        (draft.id.as_str(), draft.name.as_str()),
        ("google-gemma-3-27b-it-free", "Gemma 3 27B (free)")
    );
    assert_eq!((draft.plan, draft.free_tier), (Plan::Free, false));
    assert_eq!(
        draft.url.as_deref(),
        Some("https://openrouter.ai/google/gemma-3-27b-it")
    );
}

#[test]
fn a_batch_twin_adds_batch_rates_and_other_variants_stay_apart() {
    let (drafts, report) = drafts_of(vec![
        model(
            "openai/gpt-5-mini",
            "OpenAI: GPT-5 Mini",
            json!("0.00000025"),
            json!("0.000002"),
        ),
        model(
            "openai/gpt-5-mini:batch",
            "OpenAI: GPT-5 Mini (batch)",
            json!("0.000000125"),
            json!("0.000001"),
        ),
        model(
            "anthropic/claude-3.7-sonnet:thinking",
            "Anthropic: Claude 3.7 Sonnet",
            json!("0.000003"),
            json!("0.000015"),
        ),
        model("acme/x:nitro", "Acme: X (nitro)", json!("1"), json!("1")),
    ]);
    let names: Vec<(&str, &str)> = drafts
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("openai-gpt-5-mini", "GPT-5 Mini"),
            (
                "anthropic-claude-3-7-sonnet-thinking",
                "Claude 3.7 Sonnet (thinking)"
            ),
            ("acme-x-nitro", "X (nitro)"),
        ]
    );
    let batch: Vec<_> = drafts[0]
        .usage
        .iter()
        .filter(|r| r.rate.starts_with("batch"))
        .map(|r| (r.rate, r.label, r.amount))
        .collect();
    assert_eq!(
        batch,
        [
            (
                "batch_input",
                Some("Batch input price"),
                Amount::Fixed(0.000000125)
            ),
            (
                "batch_output",
                Some("Batch output price"),
                Amount::Fixed(0.000001)
            ),
        ]
    );
    assert_eq!(drafts[0].plan, Plan::Paid);
    assert_eq!(report, ["data[1] (id \"openai/gpt-5-mini:batch\"): folded into openai-gpt-5-mini as its batch prices"]);
}

#[test]
fn facts_become_specs_capabilities_and_details() {
    let mut rich = model(
        "acme/vision-1",
        "Acme: Vision 1",
        json!("0.000001"),
        json!("0.000002"),
    );
    rich["context_length"] = Value::Null;
    rich["top_provider"] =
        json!({"context_length": 65536, "max_completion_tokens": "8192", "is_moderated": true});
    rich["architecture"] = json!({"input_modalities": ["text", "image", "file"], "output_modalities": ["text", "image"], "tokenizer": "Acme"});
    rich["supported_parameters"] = json!([
        "tools",
        "response_format",
        "structured_outputs",
        "include_reasoning",
        "web_search_options"
    ]);
    rich["created"] = json!(1740441600);
    rich["knowledge_cutoff"] = json!("2025-03-31");
    rich["hugging_face_id"] = json!("acme/vision-1");
    rich["description"] = json!("**Vision 1** reads [images](<https://acme.dev/v>).");
    let (drafts, _) = drafts_of(vec![rich]);
    let draft = &drafts[0];
    assert_eq!(
        draft.specs,
        [
            ("context_window", json!(65536)),
            ("max_output", json!(8192)),
            ("knowledge_cutoff", json!("2025-03-31")),
            ("released", json!("2025-02-25")),
        ]
    );
    let titles: Vec<&str> = draft.capabilities.iter().map(|c| c.title).collect();
    assert_eq!(
        titles,
        [
            "Image input",
            "File input",
            "Image generation",
            "Tool calling",
            "Reasoning",
            "Structured output",
            "Web search"
        ]
    );
    assert_eq!(
        draft.categories,
        ["Text generation", "Image generation", "Multimodal"]
    );
    assert_eq!(draft.summary.as_deref(), Some("Vision 1 reads images."));
    assert_eq!(draft.about, None, "the same words as the summary");
    assert!(draft.details.contains(&(
        "Hugging Face",
        json!("https://huggingface.co/acme/vision-1")
    )));
    assert!(draft.details.contains(&("Moderated", json!("Yes"))));
}

#[test]
fn unusable_entries_are_skipped_with_their_path() {
    let import = import(&json!({"data": [
        7,
        {"name": "No id"},
        model("acme/a", "Acme: A", json!("1"), json!("1")),
        model("acme/a", "Acme: A again", json!("1"), json!("1")),
        model("///", "Nothing", json!("1"), json!("1")),
    ]}))
    .unwrap();
    assert_eq!(import.drafts.len(), 1);
    assert_eq!(import.skipped, 4);
    assert_eq!(
        import.report,
        [
            "data[0]: skipped: not an object",
            "data[1]: skipped: no \"id\"",
            "data[3] (id \"acme/a\"): skipped: the same id as data[2]",
            "data[4] (id \"///\"): skipped: no letter or digit to make an id from",
        ]
    );
}

#[test]
fn a_document_without_data_is_not_a_model_list() {
    for document in [json!({"models": []}), json!([1, 2]), json!({"data": {}})] {
        assert!(import(&document).is_err(), "{document}");
    }
}
