//! `versus-catalog import litellm`: LiteLLM's `model_prices_and_context_window.json` (model
//! key → prices, limits and `supports_*` flags) as artifacts. Its values are written by
//! many hands (numbers as strings, `3e-06`, nulls), so each is read leniently and an
//! unreadable one costs a report line, not the entry.

mod entry;

use serde_json::Value;

use super::draft::Origin;
use super::ids::{readable, IdBook};
use super::Import;

pub const ORIGIN: Origin = Origin {
    name: "LiteLLM",
    spec_ids: &["context_window", "max_output", "deprecation"],
};

/// The file the import reads, named as the source of entries that cite none of their own.
const FILE_URL: &str =
    "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json";

/// Fields of which an entry must have one to be a model (a stray object is not).
const MODEL_FIELDS: [&str; 6] = [
    "litellm_provider",
    "mode",
    "max_tokens",
    "max_input_tokens",
    "input_cost_per_token",
    "output_cost_per_token",
];

/// The artifacts of a LiteLLM price map, or why it is not one.
pub fn import(document: &Value) -> Result<Import, String> {
    let Some(entries) = document.as_object() else {
        return Err("not a LiteLLM price map: expected an object of model name → entry".into());
    };
    let mut import = Import::default();
    let mut ids = IdBook::default();
    for (key, value) in entries {
        let label = Value::from(key.as_str()).to_string();
        let skip = if key == "sample_spec" {
            Some("LiteLLM's documentation entry")
        } else if !value.is_object() {
            Some("not an object")
        } else if !MODEL_FIELDS.iter().any(|field| value.get(field).is_some()) {
            Some("no litellm_provider, mode, token limit or token price: not a model entry")
        } else {
            None
        };
        if let Some(why) = skip {
            import.report.push(format!("{label}: skipped: {why}"));
            import.skipped += 1;
            continue;
        }
        match entry::draft(key, value, &label, &mut ids, &mut import.report) {
            Some(draft) => import.drafts.push(draft),
            None => import.skipped += 1,
        }
    }
    Ok(import)
}

/// The vendor shown for a `litellm_provider`.
fn vendor_of_provider(provider: &str) -> String {
    const KNOWN: [(&str, &str); 34] = [
        ("openai", "OpenAI"),
        ("text-completion-openai", "OpenAI"),
        ("azure", "Azure OpenAI"),
        ("azure_text", "Azure OpenAI"),
        ("azure_ai", "Azure AI"),
        ("anthropic", "Anthropic"),
        ("bedrock", "Amazon Bedrock"),
        ("bedrock_converse", "Amazon Bedrock"),
        ("sagemaker", "Amazon SageMaker"),
        ("gemini", "Google"),
        ("mistral", "Mistral AI"),
        ("codestral", "Mistral AI"),
        ("groq", "Groq"),
        ("deepseek", "DeepSeek"),
        ("xai", "xAI"),
        ("together_ai", "Together AI"),
        ("fireworks_ai", "Fireworks AI"),
        ("cohere", "Cohere"),
        ("cohere_chat", "Cohere"),
        ("perplexity", "Perplexity"),
        ("openrouter", "OpenRouter"),
        ("deepinfra", "DeepInfra"),
        ("replicate", "Replicate"),
        ("ollama", "Ollama"),
        ("cerebras", "Cerebras"),
        ("databricks", "Databricks"),
        ("watsonx", "IBM watsonx"),
        ("cloudflare", "Cloudflare"),
        ("ai21", "AI21 Labs"),
        ("nvidia_nim", "NVIDIA NIM"),
        ("voyage", "Voyage AI"),
        ("huggingface", "Hugging Face"),
        ("dashscope", "Alibaba Cloud"),
        ("moonshot", "Moonshot AI"),
    ];
    if provider.starts_with("vertex_ai") {
        return "Google Vertex AI".to_owned();
    }
    KNOWN
        .iter()
        .find(|(known, _)| *known == provider)
        .map_or_else(|| readable(provider), |(_, vendor)| (*vendor).to_owned())
}

/// The artifact kind of a LiteLLM `mode`.
fn kind_of_mode(mode: Option<&str>) -> &'static str {
    match mode {
        Some("chat" | "responses") => "Chat model",
        Some("completion") => "Completion model",
        Some("embedding") => "Embedding model",
        Some("image_generation") => "Image model",
        Some("audio_transcription") => "Transcription model",
        Some("audio_speech") => "Speech model",
        Some("rerank") => "Rerank model",
        Some("moderation" | "moderations") => "Moderation model",
        Some("video_generation") => "Video model",
        _ => "Model",
    }
}

/// What a `mode` takes and gives (before `supports_*` flags add to it), and its category.
fn modalities_of_mode(mode: Option<&str>) -> (&'static str, &'static str, &'static str) {
    match mode {
        Some("embedding") => ("text", "embedding", "Embeddings"),
        Some("image_generation") => ("text", "image", "Image generation"),
        Some("audio_transcription") => ("audio", "text", "Speech to text"),
        Some("audio_speech") => ("text", "audio", "Text to speech"),
        Some("rerank") => ("text", "ranking", "Reranking"),
        Some("moderation" | "moderations") => ("text", "classification", "Moderation"),
        Some("video_generation") => ("text", "video", "Video generation"),
        _ => ("text", "text", "Text generation"),
    }
}

#[cfg(test)]
#[path = "litellm/tests.rs"]
mod tests;
