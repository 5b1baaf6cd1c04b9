//! Reading one entry of `artifacts`.

use crate::json::Value;

use super::fields::Fields;
use crate::case::to_lowercase;
use crate::catalog::{Artifact, Capability, Confidence, Detail, Plan, Price, Pricing, SignalDef};
use crate::issues::Findings;
use crate::json_path::JsonPath;
use crate::sort;
use crate::urls::is_http_url;

/// True for a slug `[a-z0-9][a-z0-9-]{0,63}`.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    (1..=64).contains(&bytes.len())
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

pub fn read_artifact(
    value: &Value,
    path: JsonPath,
    signal_defs: &[SignalDef],
    findings: &mut Findings,
) -> Option<Artifact> {
    let mut fields = Fields::of(value, path, findings)?;
    let id = fields.required_text("id").and_then(|id| {
        if is_valid_id(&id) {
            Some(id)
        } else {
            let path = fields.at("id");
            fields.wrong(
                &path,
                "a slug of a-z, 0-9 and '-' (1–64 characters, not starting with '-')",
                &Value::from(id),
            );
            None
        }
    });
    let name = fields.required_text("name");
    let vendor = fields.optional_text("vendor");
    let kind = fields.required_text("kind");
    let summary = fields.optional_text("summary");
    let about = fields.optional_text("about");
    let url = fields.optional_text("url").and_then(|url| {
        if is_http_url(url.trim()) {
            Some(url.trim().to_owned())
        } else {
            let path = fields.at("url");
            fields.wrong(&path, "an http(s) URL", &Value::from(url));
            None
        }
    });
    let rank = fields.integer_in("rank", 0, 100, true);
    let signals = read_signals(&mut fields, signal_defs);
    let pricing = match fields.get("pricing") {
        Some(value) => read_pricing(value, fields.at("pricing"), fields.findings),
        None => {
            fields.missing("pricing", "an object with a plan");
            None
        }
    };
    let times_matched = fields.integer_in("times_matched", 0, u64::MAX, false);
    let capability_count = fields
        .integer_in("capability_count", 0, u64::from(u32::MAX), false)
        .map(|count| count as u32);
    let capabilities = read_capabilities(&mut fields);
    if let (Some(count), Some(listed)) = (capability_count, &capabilities) {
        if (count as usize) < listed.len() {
            let path = fields.at("capability_count");
            fields.findings.error(
                path,
                format!(
                    "expected an integer ≥ {} (the number of listed capabilities), found {count}",
                    listed.len()
                ),
            );
        }
    }
    let best_for = fields.text_list("best_for");
    let limitations = fields.text_list("limitations");
    let requirements = fields.text_list("requirements");
    let inputs = fields.text_list("inputs");
    let outputs = fields.text_list("outputs");
    let details = read_details(&mut fields);
    let categories = fields.text_list("categories");
    let alternatives = fields.text_list("alternatives");
    let specs = super::specs::read_spec_values(&mut fields);
    let sources = super::specs::read_sources(&mut fields);
    let updated = fields.optional_text("updated").and_then(|date| {
        if is_iso_date(&date) {
            Some(date)
        } else {
            let path = fields.at("updated");
            fields.wrong(&path, "a date YYYY-MM-DD", &Value::from(date));
            None
        }
    });
    Some(Artifact {
        id: id?,
        name: name?,
        vendor,
        kind: kind?,
        summary,
        about,
        url,
        rank: rank? as u8,
        signals,
        pricing: pricing?,
        times_matched,
        capability_count,
        capabilities: capabilities?,
        best_for,
        limitations,
        requirements,
        inputs,
        outputs,
        details,
        categories,
        alternatives,
        updated,
        specs,
        sources,
    })
}

pub(super) fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let numeric = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if numeric(y, 4) && numeric(m, 2) && numeric(d, 2) => {
            let month: u32 = m.parse().unwrap_or(0);
            let day: u32 = d.parse().unwrap_or(0);
            (1..=12).contains(&month) && (1..=31).contains(&day)
        }
        _ => false,
    }
}

fn read_signals(fields: &mut Fields, signal_defs: &[SignalDef]) -> Vec<(String, f64)> {
    let Some(value) = fields.get("signals") else {
        return Vec::new();
    };
    let path = fields.at("signals");
    let Value::Object(map) = value else {
        fields.wrong(&path, "an object of signal id → number 0..=1", value);
        return Vec::new();
    };
    let mut signals = Vec::new();
    for (id, value) in map.iter() {
        let Some(number) = fields.number_value(|| path.key(id), value, 0.0, 1.0) else {
            continue;
        };
        if signal_defs.iter().any(|def| def.id == id) {
            signals.push((id.to_owned(), number));
        } else {
            fields
                .findings
                .warning(path.key(id), "not one of the catalog's signals; not shown");
        }
    }
    // Keep the catalog's row order.
    sort::sort_by_key(&mut signals, |(id, _)| {
        signal_defs.iter().position(|def| &def.id == id)
    });
    signals
}

fn read_pricing(value: &Value, path: JsonPath, findings: &mut Findings) -> Option<Pricing> {
    let mut fields = Fields::of(value, path, findings)?;
    let plan = match fields.get("plan") {
        None => {
            fields.missing("plan", "one of free, paid, freemium");
            None
        }
        Some(Value::String(plan)) if plan == "free" => Some(Plan::Free),
        Some(Value::String(plan)) if plan == "paid" => Some(Plan::Paid),
        Some(Value::String(plan)) if plan == "freemium" => Some(Plan::Freemium),
        Some(other) => {
            let path = fields.at("plan");
            fields.wrong(&path, "one of free, paid, freemium", other);
            None
        }
    };
    let free_tier = fields.optional_bool("free_tier");
    let usage = super::specs::read_usage(&mut fields);
    let starting_price = fields
        .get("starting_price")
        .and_then(|value| read_price(value, fields.at("starting_price"), fields.findings));
    let plan = plan?;
    Some(Pricing {
        plan,
        free_tier: free_tier.unwrap_or(plan != Plan::Paid),
        starting_price,
        usage,
    })
}

fn read_price(value: &Value, path: JsonPath, findings: &mut Findings) -> Option<Price> {
    let mut fields = Fields::of(value, path, findings)?;
    let amount = match fields.get("amount") {
        None => {
            fields.missing("amount", "a number ≥ 0");
            None
        }
        Some(value) => {
            let path = fields.path.clone();
            fields.number_value(|| path.key("amount"), value, 0.0, f64::MAX)
        }
    };
    let currency = fields.required_text("currency");
    let per = fields.optional_text("per");
    Some(Price {
        amount: amount?,
        currency: currency?,
        per,
    })
}

fn read_capabilities(fields: &mut Fields) -> Option<Vec<Capability>> {
    let path = fields.at("capabilities");
    let Some(value) = fields.get("capabilities") else {
        fields.missing("capabilities", "an array (it may be empty)");
        return None;
    };
    let Value::Array(items) = value else {
        fields.wrong(&path, "an array of capabilities", value);
        return None;
    };
    let mut capabilities = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        capabilities.extend(read_capability(item, path.index(index), fields.findings));
    }
    Some(capabilities)
}

fn read_capability(value: &Value, path: JsonPath, findings: &mut Findings) -> Option<Capability> {
    let mut fields = Fields::of(value, path, findings)?;
    let title = fields.required_text("title");
    let confidence = match fields.get("confidence") {
        None => None,
        Some(Value::String(level)) if level == "low" => Some(Confidence::Low),
        Some(Value::String(level)) if level == "medium" => Some(Confidence::Medium),
        Some(Value::String(level)) if level == "high" => Some(Confidence::High),
        Some(other) => {
            let path = fields.at("confidence");
            fields.wrong(&path, "one of low, medium, high", other);
            None
        }
    };
    let description = fields.required_text("description");
    let unique = fields.optional_text("unique");
    let versus = fields.optional_text("versus");
    let given_intents = fields.text_list_as("intents", |intent| to_lowercase(intent.trim()));
    let title = title?;
    let intents = if given_intents.is_empty() {
        title_words(&title)
    } else {
        given_intents
    };
    Some(Capability {
        title,
        confidence,
        description: description?,
        unique,
        versus,
        intents,
    })
}

/// Fallback intents: the meaningful words of a capability title.
pub fn title_words(title: &str) -> Vec<String> {
    const STOP_WORDS: [&str; 16] = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
        "to", "with",
    ];
    let mut words: Vec<String> = Vec::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .map(to_lowercase)
    {
        if word.chars().count() >= 2
            && !STOP_WORDS.contains(&word.as_str())
            && !words.contains(&word)
        {
            words.push(word);
        }
    }
    words
}

fn read_details(fields: &mut Fields) -> Vec<Detail> {
    let Some(items) = fields.array("details", "an array of {label, value}") else {
        return Vec::new();
    };
    let path = fields.at("details");
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let mut detail = Fields::of(item, path.index(index), fields.findings)?;
            let label = detail.required_text("label");
            // A value may be written as a number (`"value": 424`); show it as text.
            let value = match detail.get("value") {
                Some(Value::Number(n)) => Some(n.as_str().to_owned()),
                _ => detail.required_text("value"),
            };
            Some(Detail {
                label: label?,
                value: value?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_ids() {
        assert!(is_valid_id("flux-1-pro"));
        assert!(is_valid_id("0day"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id("Flux"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn title_words_drop_stop_words() {
        assert_eq!(
            title_words("Image-to-text visual description and captioning"),
            vec!["image", "text", "visual", "description", "captioning"]
        );
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-11-25"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("25.11.2026"));
    }
}
