//! LiteLLM entries as drafts, on the odd values its file holds.

use serde_json::json;

use super::{import, vendor_of_provider};
use crate::import::draft::Plan;
use crate::import::values::Amount;

#[test]
fn the_documentation_entry_and_strays_are_skipped() {
    let import = import(&json!({
        "sample_spec": {"max_tokens": "set to max_output_tokens if provider specifies it", "litellm_provider": "one of …"},
        "note": "text",
        "settings": {"region": "us"},
        "gpt-4o": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05}
    }))
    .unwrap();
    assert_eq!(import.drafts.len(), 1);
    assert_eq!(import.skipped, 3);
    assert!(
        import
            .report
            .contains(&"\"sample_spec\": skipped: LiteLLM's documentation entry".to_owned()),
        "{:?}",
        import.report
    );
    assert!(import
        .report
        .contains(&"\"note\": skipped: not an object".to_owned()));
}

#[test]
fn odd_values_are_read_or_reported() {
    let import = import(&json!({
        "azure/gpt-4o-mini": {
            "litellm_provider": "azure", "mode": "chat",
            "max_tokens": "16384", "max_output_tokens": null,
            "input_cost_per_token": "1.65e-07", "output_cost_per_token": 6.6e-07,
            "cache_read_input_token_cost": "free",
            "supports_vision": "true", "supports_function_calling": "sometimes",
            "tpm": "2000000"
        }
    }))
    .unwrap();
    let draft = &import.drafts[0];
    assert_eq!(
        (draft.id.as_str(), draft.name.as_str()),
        ("azure-gpt-4o-mini", "gpt-4o-mini")
    );
    assert_eq!(draft.vendor.as_deref(), Some("Azure OpenAI"));
    assert_eq!(
        draft.specs,
        [("context_window", json!(16384))],
        "max_tokens as the fallback"
    );
    let rates: Vec<_> = draft.usage.iter().map(|r| (r.rate, r.amount)).collect();
    assert_eq!(
        rates,
        [
            ("input", Amount::Fixed(1.65e-07)),
            ("output", Amount::Fixed(6.6e-07))
        ]
    );
    assert_eq!(draft.inputs, ["text", "image"]);
    assert!(draft
        .details
        .contains(&("Tokens per minute", json!(2_000_000))));
    assert_eq!(
        import.report,
        [
            "\"azure/gpt-4o-mini\": cache_read_input_token_cost: \"free\" is not a number; left out",
            "\"azure/gpt-4o-mini\": supports_function_calling: \"sometimes\" is not true or false; left out",
        ]
    );
}

#[test]
fn modes_decide_kind_modalities_and_categories() {
    let import = import(&json!({
        "text-embedding-3-small": {"litellm_provider": "openai", "mode": "embedding", "max_input_tokens": 8191, "input_cost_per_token": 2e-08, "output_cost_per_token": 0.0},
        "vertex_ai/imagen-4": {"litellm_provider": "vertex_ai-image-models", "mode": "image_generation", "output_cost_per_image": 0.04},
        "whisper-1": {"litellm_provider": "openai", "mode": "audio_transcription", "input_cost_per_second": 0.0001},
        "ollama/llama3": {"litellm_provider": "ollama", "mode": "completion", "input_cost_per_token": 0, "output_cost_per_token": "0"}
    }))
    .unwrap();
    let summary: Vec<_> = import
        .drafts
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                d.kind.as_str(),
                d.inputs.join("+"),
                d.outputs.join("+"),
                d.categories[0],
                d.plan,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "ollama-llama3",
                "Completion model",
                "text".into(),
                "text".into(),
                "Text generation",
                Plan::Free
            ),
            (
                "text-embedding-3-small",
                "Embedding model",
                "text".into(),
                "embedding".into(),
                "Embeddings",
                Plan::Paid
            ),
            (
                "vertex-ai-imagen-4",
                "Image model",
                "text".into(),
                "image".into(),
                "Image generation",
                Plan::Paid
            ),
            (
                "whisper-1",
                "Transcription model",
                "audio".into(),
                "text".into(),
                "Speech to text",
                Plan::Paid
            ),
        ]
    );
    let image = &import.drafts[2];
    assert_eq!(
        (
            image.usage[0].rate,
            image.usage[0].per,
            image.usage[0].label
        ),
        ("image_output", "image", Some("Image output price"))
    );
    let whisper = &import.drafts[3];
    assert_eq!(
        (whisper.usage[0].rate, whisper.usage[0].per),
        ("input_per_second", "second")
    );
}

#[test]
fn bedrock_keys_keep_their_version_suffix_in_the_name() {
    let import = import(&json!({
        "bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0": {
            "litellm_provider": "bedrock", "mode": "chat", "max_input_tokens": 200000,
            "deprecation_date": "2025-10-22", "source": "javascript:alert(1)"
        },
        "claude-sonnet-4-5": {"litellm_provider": "anthropic", "mode": "chat", "source": "https://docs.anthropic.com/pricing"}
    }))
    .unwrap();
    let bedrock = &import.drafts[0];
    assert_eq!(
        bedrock.id,
        "bedrock-us-anthropic-claude-3-5-sonnet-20241022-v2-0"
    );
    assert_eq!(bedrock.name, "us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    assert_eq!(bedrock.vendor.as_deref(), Some("Amazon Bedrock"));
    assert!(bedrock
        .specs
        .contains(&("deprecation", json!("2025-10-22"))));
    assert!(
        bedrock
            .source_url
            .starts_with("https://github.com/BerriAI/litellm/"),
        "not http(s): the file instead"
    );
    assert_eq!(
        import.drafts[1].source_url,
        "https://docs.anthropic.com/pricing"
    );
}

#[test]
fn providers_have_readable_vendors() {
    assert_eq!(
        vendor_of_provider("vertex_ai-language-models"),
        "Google Vertex AI"
    );
    assert_eq!(vendor_of_provider("bedrock_converse"), "Amazon Bedrock");
    assert_eq!(vendor_of_provider("fireworks_ai"), "Fireworks AI");
    assert_eq!(vendor_of_provider("my_new-host"), "My New Host");
}

#[test]
fn a_document_that_is_not_an_object_is_not_a_price_map() {
    assert!(import(&json!([{"gpt-4o": {}}])).is_err());
}
