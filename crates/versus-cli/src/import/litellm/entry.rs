//! One LiteLLM entry as a draft artifact: limits as specs, `*_cost_*` fields as usage
//! rates, `supports_*` flags as capabilities and modalities.

use serde_json::Value;

use super::{kind_of_mode, modalities_of_mode, vendor_of_provider, FILE_URL};
use crate::import::capabilities::{self as caps, Capability};
use crate::import::draft::Draft;
use crate::import::ids::IdBook;
use crate::import::values::{count, flag, text};

/// LiteLLM's price fields: (field, rate, label for rates Versus does not know, unit, kept
/// at zero).
const PRICES: [(&str, &str, Option<&str>, &str, bool); 11] = [
    ("input_cost_per_token", "input", None, "token", true),
    ("output_cost_per_token", "output", None, "token", true),
    (
        "cache_read_input_token_cost",
        "cache_read",
        None,
        "token",
        false,
    ),
    (
        "cache_creation_input_token_cost",
        "cache_write",
        None,
        "token",
        false,
    ),
    (
        "output_cost_per_reasoning_token",
        "reasoning",
        None,
        "token",
        false,
    ),
    ("input_cost_per_audio_token", "audio", None, "token", false),
    ("input_cost_per_image", "image", None, "image", false),
    (
        "output_cost_per_image",
        "image_output",
        Some("Image output price"),
        "image",
        false,
    ),
    (
        "input_cost_per_second",
        "input_per_second",
        Some("Input price per second"),
        "second",
        false,
    ),
    (
        "output_cost_per_second",
        "output_per_second",
        Some("Output price per second"),
        "second",
        false,
    ),
    ("input_cost_per_request", "request", None, "request", false),
];

/// `supports_*` flags and the capability each claims.
const FLAGS: [(&str, Capability); 10] = [
    ("supports_function_calling", caps::TOOL_CALLING),
    (
        "supports_parallel_function_calling",
        caps::PARALLEL_TOOL_CALLS,
    ),
    ("supports_vision", caps::IMAGE_INPUT),
    ("supports_pdf_input", caps::FILE_INPUT),
    ("supports_audio_input", caps::AUDIO_INPUT),
    ("supports_audio_output", caps::AUDIO_OUTPUT),
    ("supports_reasoning", caps::REASONING),
    ("supports_response_schema", caps::STRUCTURED_OUTPUT),
    ("supports_web_search", caps::WEB_SEARCH),
    ("supports_prompt_caching", caps::PROMPT_CACHING),
];

/// The draft of the entry `key` (`None`: no id can be made; the report says why).
pub(super) fn draft(
    key: &str,
    entry: &Value,
    label: &str,
    ids: &mut IdBook,
    report: &mut Vec<String>,
) -> Option<Draft> {
    let id = ids.assign(key, label, report)?;
    let name = key
        .rsplit('/')
        .map(str::trim)
        .find(|part| !part.is_empty())
        .unwrap_or(key);
    let mode = text(entry.get("mode"));
    let source_url = text(entry.get("source"))
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .filter(|url| !url.contains(char::is_whitespace))
        .unwrap_or(FILE_URL);
    let mut draft = Draft::new(id, name.to_owned(), kind_of_mode(mode), source_url);
    let provider = text(entry.get("litellm_provider"));
    draft.vendor = provider
        .or_else(|| key.split_once('/').map(|(prefix, _)| prefix))
        .map(vendor_of_provider)
        .filter(|vendor| !vendor.is_empty());
    let mut problem =
        |field: &str, what: String| report.push(format!("{label}: {field}: {what}; left out"));
    let mut read_count = |field: &str| {
        count(entry.get(field)).unwrap_or_else(|what| {
            problem(field, what);
            None
        })
    };
    let context = read_count("max_input_tokens").or_else(|| read_count("max_tokens"));
    let output = read_count("max_output_tokens");
    let (tpm, rpm) = (read_count("tpm"), read_count("rpm"));
    for (spec, tokens) in [("context_window", context), ("max_output", output)] {
        if let Some(tokens) = tokens.filter(|tokens| *tokens > 0) {
            draft.specs.push((spec, tokens.into()));
        }
    }
    if let Some(date) = text(entry.get("deprecation_date")) {
        draft.specs.push(("deprecation", date.into()));
    }
    for (field, rate, rate_label, per, kept_at_zero) in PRICES {
        if let Err(what) = draft.add_price(entry.get(field), rate, rate_label, per, kept_at_zero) {
            problem(field, what);
        }
    }
    draft.plan = draft.plan_from_prices();
    let (input, output, category) = modalities_of_mode(mode);
    draft.inputs.push(input.to_owned());
    draft.outputs.push(output.to_owned());
    draft.categories.push(category);
    match output {
        "image" => caps::add(&mut draft.capabilities, caps::IMAGE_OUTPUT),
        "audio" => caps::add(&mut draft.capabilities, caps::AUDIO_OUTPUT),
        _ if input == "audio" => caps::add(&mut draft.capabilities, caps::AUDIO_INPUT),
        _ => {}
    }
    for (field, capability) in FLAGS {
        match flag(entry.get(field)) {
            Ok(Some(true)) => caps::add(&mut draft.capabilities, capability),
            Ok(_) => {}
            Err(what) => problem(field, what),
        }
    }
    for (capability, modality) in [
        (caps::IMAGE_INPUT, "image"),
        (caps::FILE_INPUT, "file"),
        (caps::AUDIO_INPUT, "audio"),
    ] {
        if draft.capabilities.contains(&capability) && !draft.inputs.iter().any(|m| m == modality) {
            draft.inputs.push(modality.to_owned());
        }
    }
    if draft.capabilities.contains(&caps::AUDIO_OUTPUT)
        && !draft.outputs.iter().any(|m| m == "audio")
    {
        draft.outputs.push("audio".to_owned());
    }
    if draft.inputs.len() > 1 {
        draft.categories.push("Multimodal");
    }
    draft.details.push(("LiteLLM key", key.into()));
    if let Some(provider) = provider {
        draft.details.push(("Provider", provider.into()));
    }
    if let Some(mode) = mode {
        draft.details.push(("Mode", mode.into()));
    }
    for (detail, limit) in [("Tokens per minute", tpm), ("Requests per minute", rpm)] {
        if let Some(limit) = limit {
            draft.details.push((detail, limit.into()));
        }
    }
    Some(draft)
}
