//! One OpenRouter model as a draft artifact: its name split from its vendor, its markdown
//! description made plain, its string prices read as numbers, and capabilities from its
//! modalities and supported parameters only.

use serde_json::Value;

use super::{org, vendor_and_name, vendor_of_org, Entry, LIST_URL};
use crate::import::capabilities::{self as caps, Capability};
use crate::import::draft::{Draft, Plan};
use crate::import::ids::IdBook;
use crate::import::markdown;
use crate::import::values::{count, date_of_unix, text};

/// OpenRouter's price keys: (key, rate, unit, kept at zero).
const PRICES: [(&str, &str, &str, bool); 9] = [
    ("prompt", "input", "token", true),
    ("completion", "output", "token", true),
    ("input_cache_read", "cache_read", "token", false),
    ("input_cache_write", "cache_write", "token", false),
    ("internal_reasoning", "reasoning", "token", false),
    ("audio", "audio", "token", false),
    ("image", "image", "image", false),
    ("request", "request", "request", false),
    ("web_search", "web_search", "search", false),
];

/// The draft of one model (`None`: no id can be made; the report says why).
pub(super) fn draft(entry: &Entry, ids: &mut IdBook, report: &mut Vec<String>) -> Option<Draft> {
    let id = ids.assign(entry.id, &entry.label, report)?;
    let model = entry.model;
    let (vendor, mut name) = match text(model.get("name")) {
        Some(name) => vendor_and_name(name, entry.base),
        None => {
            report.push(format!("{}: no \"name\"; named after its id", entry.label));
            let tail = entry.base.rsplit('/').next().unwrap_or(entry.base);
            (Some(vendor_of_org(org(entry.base))), tail.to_owned())
        }
    };
    if let Some(variant) = entry.variant {
        if !name.to_ascii_lowercase().contains(&format!("({variant})")) {
            name = format!("{name} ({variant})");
        }
    }
    let mut draft = Draft::new(id, name, "Model", LIST_URL);
    draft.vendor = vendor;
    let url_safe = |c: char| c.is_ascii_alphanumeric() || "-._~/".contains(c);
    if entry.base.chars().all(url_safe) {
        draft.url = Some(format!("https://openrouter.ai/{}", entry.base));
    }
    if let Some(description) = text(model.get("description")) {
        draft.summary = markdown::summary(description);
        // An about that only repeats the summary would show the same words twice.
        draft.about = Some(markdown::to_text(description))
            .filter(|about| !about.is_empty() && Some(about) != draft.summary.as_ref());
    }
    read_specs(entry, &mut draft, report);
    read_prices(entry, &mut draft, report);
    draft.plan = if entry.variant == Some("free") {
        Plan::Free
    } else {
        draft.plan_from_prices()
    };
    read_modalities(model.get("architecture"), &mut draft);
    let parameters = strings(model.get("supported_parameters"));
    for (parameter, capability) in [
        ("tools", caps::TOOL_CALLING),
        ("reasoning", caps::REASONING),
        ("include_reasoning", caps::REASONING),
        ("structured_outputs", caps::STRUCTURED_OUTPUT),
        ("response_format", caps::STRUCTURED_OUTPUT),
        ("web_search_options", caps::WEB_SEARCH),
    ] {
        if parameters.iter().any(|p| p == parameter) {
            caps::add(&mut draft.capabilities, capability);
        }
    }
    read_details(model, &mut draft);
    Some(draft)
}

fn read_specs(entry: &Entry, draft: &mut Draft, report: &mut Vec<String>) {
    let model = entry.model;
    let top = model.get("top_provider");
    let mut read_count = |path: &str, value: Option<&Value>| match count(value) {
        Ok(found) => found,
        Err(problem) => {
            report.push(format!("{}: {path}: {problem}; left out", entry.label));
            None
        }
    };
    let context = read_count("context_length", model.get("context_length")).or_else(|| {
        read_count(
            "top_provider.context_length",
            top.and_then(|t| t.get("context_length")),
        )
    });
    let output = read_count(
        "top_provider.max_completion_tokens",
        top.and_then(|t| t.get("max_completion_tokens")),
    );
    let created = read_count("created", model.get("created")).filter(|seconds| *seconds > 0);
    for (id, value) in [("context_window", context), ("max_output", output)] {
        if let Some(value) = value.filter(|tokens| *tokens > 0) {
            draft.specs.push((id, value.into()));
        }
    }
    if let Some(cutoff) = text(model.get("knowledge_cutoff")) {
        draft.specs.push(("knowledge_cutoff", cutoff.into()));
    }
    if let Some(seconds) = created.and_then(|s| i64::try_from(s).ok()) {
        draft.specs.push(("released", date_of_unix(seconds).into()));
    }
}

fn read_prices(entry: &Entry, draft: &mut Draft, report: &mut Vec<String>) {
    let pricing = entry.model.get("pricing");
    for (key, rate, per, kept_at_zero) in PRICES {
        let value = pricing.and_then(|p| p.get(key));
        if let Err(problem) = draft.add_price(value, rate, None, per, kept_at_zero) {
            report.push(format!(
                "{}: pricing.{key}: {problem}; rate skipped",
                entry.label
            ));
        }
    }
}

fn read_modalities(architecture: Option<&Value>, draft: &mut Draft) {
    let field = |key| strings(architecture.and_then(|a| a.get(key)));
    draft.inputs = field("input_modalities");
    draft.outputs = field("output_modalities");
    let claims: [(&[String], &str, Capability); 6] = [
        (&draft.inputs, "image", caps::IMAGE_INPUT),
        (&draft.inputs, "file", caps::FILE_INPUT),
        (&draft.inputs, "audio", caps::AUDIO_INPUT),
        (&draft.inputs, "video", caps::VIDEO_INPUT),
        (&draft.outputs, "image", caps::IMAGE_OUTPUT),
        (&draft.outputs, "audio", caps::AUDIO_OUTPUT),
    ];
    let mut found = Vec::new();
    for (list, modality, capability) in claims {
        if list.iter().any(|m| m == modality) {
            caps::add(&mut found, capability);
        }
    }
    draft.capabilities = found;
    for (modality, category) in [
        ("text", "Text generation"),
        ("image", "Image generation"),
        ("audio", "Audio generation"),
        ("embeddings", "Embeddings"),
    ] {
        if draft.outputs.iter().any(|m| m == modality) {
            draft.categories.push(category);
        }
    }
    if draft.inputs.len() > 1 {
        draft.categories.push("Multimodal");
    }
    if let Some(modality) = text(architecture.and_then(|a| a.get("modality"))) {
        draft.details.push(("Modality", modality.into()));
    }
}

fn read_details(model: &serde_json::Map<String, Value>, draft: &mut Draft) {
    if let Some(tokenizer) = text(model.get("architecture").and_then(|a| a.get("tokenizer"))) {
        draft.details.push(("Tokenizer", tokenizer.into()));
    }
    if let Some(hugging_face) = text(model.get("hugging_face_id")) {
        draft.details.push((
            "Hugging Face",
            format!("https://huggingface.co/{hugging_face}").into(),
        ));
    }
    let moderated = model
        .get("top_provider")
        .and_then(|t| t.get("is_moderated"))
        .and_then(Value::as_bool);
    if let Some(moderated) = moderated {
        draft
            .details
            .push(("Moderated", if moderated { "Yes" } else { "No" }.into()));
    }
}

/// The non-blank strings of a JSON array, trimmed and lowercased (modalities, parameters).
fn strings(value: Option<&Value>) -> Vec<String> {
    let items = value
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().filter_map(|item| text(Some(item))) {
        let item = item.to_ascii_lowercase();
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
