//! Reading spec definitions, spec values, usage rates and sources.
//!
//! An artifact's spec values are read on their own and checked against the definitions
//! once the whole catalog is read (`settle_specs`): `specs` may come after `artifacts` in
//! the text, and the chunked parse should not hold entries back waiting for it.

use super::fields::{describe, Fields};
use crate::issues::Findings;
use crate::json::Value;
use crate::json_path::JsonPath;
use crate::spec::{
    is_token_rate, Better, Per, Source, SpecDef, SpecEntry, SpecFormat, SpecValue, UsageRate,
};
use crate::urls::is_http_url;

/// True for a spec or rate id: `[a-z0-9][a-z0-9_-]{0,63}`.
fn is_key(id: &str) -> bool {
    let bytes = id.as_bytes();
    (1..=64).contains(&bytes.len())
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-' || *b == b'_')
}

const KEY_EXPECTED: &str = "an id of a-z, 0-9, '_' and '-' (1–64 characters)";

/// The top-level `specs` (none when absent).
pub fn read_spec_defs(fields: &mut Fields) -> Vec<SpecDef> {
    let Some(items) = fields.array("specs", "an array of {id, label, …}") else {
        return Vec::new();
    };
    let path = fields.at("specs");
    let mut defs: Vec<SpecDef> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Some(mut def) = Fields::of(item, path.index(index), fields.findings) else {
            continue;
        };
        let id = def.required_text("id").filter(|id| {
            let ok = is_key(id);
            if !ok {
                let path = def.at("id");
                def.wrong(&path, KEY_EXPECTED, &Value::from(id.clone()));
            }
            ok
        });
        let label = def.required_text("label");
        let unit = def.optional_text("unit");
        let better = match def.get("better") {
            None => Some(Better::Neither),
            Some(Value::String(word)) if word == "higher" => Some(Better::Higher),
            Some(Value::String(word)) if word == "lower" => Some(Better::Lower),
            Some(Value::String(word)) if word == "none" => Some(Better::Neither),
            Some(other) => {
                let path = def.at("better");
                def.wrong(&path, "one of higher, lower, none", other);
                None
            }
        };
        let format = match def.get("format") {
            None => Some(SpecFormat::Decimal),
            Some(Value::String(name)) => SpecFormat::NAMES
                .iter()
                .find(|(known, _)| known == name)
                .map(|(_, format)| *format),
            Some(_) => None,
        };
        if format.is_none() {
            let path = def.at("format");
            let found = def.get("format").cloned().unwrap_or(Value::Null);
            def.wrong(
                &path,
                "one of integer, decimal, compact, percent, text, yes_no",
                &found,
            );
        }
        let digits = def.integer_in("digits", 0, 6, false).unwrap_or(2) as u8;
        let (Some(id), Some(label), Some(better), Some(format)) = (id, label, better, format)
        else {
            continue;
        };
        if defs.iter().any(|known| known.id == id) {
            let path = def.at("id");
            def.findings
                .error(path, format!("duplicate spec id \"{id}\""));
            continue;
        }
        defs.push(SpecDef {
            id,
            label,
            unit,
            better,
            format,
            digits,
        });
    }
    defs
}

/// An artifact's `specs`, as written (checked later by `settle_specs`).
pub fn read_spec_values(fields: &mut Fields) -> Vec<SpecEntry> {
    let Some(value) = fields.get("specs") else {
        return Vec::new();
    };
    let path = fields.at("specs");
    let Value::Object(map) = value else {
        fields.wrong(&path, "an object of spec id → value", value);
        return Vec::new();
    };
    let mut entries = Vec::with_capacity(map.len());
    for (id, value) in map.iter() {
        let path = path.key(id);
        let (value, source) = match value {
            Value::Null => continue,
            Value::Object(_) => {
                let Some(mut inner) = Fields::of(value, path.clone(), fields.findings) else {
                    continue;
                };
                let source = read_own_source(&mut inner);
                match inner.get("value") {
                    Some(plain) => (
                        plain_value(plain, &path.key("value"), inner.findings),
                        source,
                    ),
                    None => {
                        inner.missing("value", "a number, text, true/false or \"varies\"");
                        (None, source)
                    }
                }
            }
            plain => (plain_value(plain, &path, fields.findings), None),
        };
        if let Some(value) = value {
            entries.push(SpecEntry {
                id: id.to_owned(),
                value,
                source,
            });
        }
    }
    entries
}

fn plain_value(value: &Value, path: &JsonPath, findings: &mut Findings) -> Option<SpecValue> {
    match value {
        Value::Number(_) => value
            .as_f64()
            .filter(|n| n.is_finite())
            .map(SpecValue::Number),
        Value::String(text) if text.trim().eq_ignore_ascii_case("varies") => {
            Some(SpecValue::Varies)
        }
        Value::String(text) if !text.trim().is_empty() => Some(SpecValue::Text(text.to_string())),
        Value::Bool(flag) => Some(SpecValue::Flag(*flag)),
        other => {
            findings.error(
                path,
                format!(
                    "expected a number, text, true/false or \"varies\", found {}",
                    describe(other)
                ),
            );
            None
        }
    }
}

/// `source`, `url` and `checked` of one value or rate.
fn read_own_source(fields: &mut Fields) -> Option<Source> {
    let name = fields.optional_text("source");
    let url = read_url(fields, "url");
    let checked = read_date(fields, "checked");
    match name {
        Some(name) => Some(Source {
            about: None,
            name,
            url,
            checked,
        }),
        None if url.is_some() || checked.is_some() => {
            fields.missing(
                "source",
                "who publishes the value, since url or checked is given",
            );
            None
        }
        None => None,
    }
}

fn read_url(fields: &mut Fields, key: &str) -> Option<String> {
    let url = fields.optional_text(key)?;
    if is_http_url(url.trim()) {
        Some(url.trim().to_owned())
    } else {
        let path = fields.at(key);
        fields.wrong(&path, "an http(s) URL", &Value::from(url));
        None
    }
}

fn read_date(fields: &mut Fields, key: &str) -> Option<String> {
    let date = fields.optional_text(key)?;
    if super::artifact::is_iso_date(&date) {
        Some(date)
    } else {
        let path = fields.at(key);
        fields.wrong(&path, "a date YYYY-MM-DD", &Value::from(date));
        None
    }
}

/// Checks spec values against the definitions: an unknown id is a warning, a value of the
/// wrong type an error; both are dropped, the rest put in definition order.
pub fn settle_specs(
    entries: &mut Vec<SpecEntry>,
    defs: &[SpecDef],
    path: &JsonPath,
    findings: &mut Findings,
) {
    entries.retain(|entry| {
        let Some(def) = defs.iter().find(|def| def.id == entry.id) else {
            findings.warning(
                path.key(&entry.id),
                "not one of the catalog's specs; not shown",
            );
            return false;
        };
        let fits = match (&entry.value, def.format) {
            (SpecValue::Varies, _) => true,
            (SpecValue::Number(_), format) => format.is_numeric(),
            (SpecValue::Text(_), format) => format == SpecFormat::Text,
            (SpecValue::Flag(_), format) => format == SpecFormat::YesNo,
        };
        if !fits {
            let expected = match def.format {
                SpecFormat::Text => "text",
                SpecFormat::YesNo => "true or false",
                _ => "a number",
            };
            findings.error(
                path.key(&entry.id),
                format!(
                    "expected {expected} or \"varies\" (spec \"{}\" is {}), found {}",
                    def.id,
                    format_name(def.format),
                    found(&entry.value)
                ),
            );
        }
        fits
    });
    crate::sort::sort_by_key(entries, |entry| {
        defs.iter().position(|def| def.id == entry.id)
    });
}

fn format_name(format: SpecFormat) -> &'static str {
    SpecFormat::NAMES
        .iter()
        .find(|(_, known)| *known == format)
        .map_or("", |(name, _)| name)
}

fn found(value: &SpecValue) -> String {
    match value {
        SpecValue::Number(n) => crate::decimal::trimmed(*n, 6),
        SpecValue::Text(text) => crate::json::quote(text),
        SpecValue::Flag(flag) => flag.to_string(),
        SpecValue::Varies => "\"varies\"".to_owned(),
    }
}

/// `pricing.usage`: per-unit rates.
pub fn read_usage(fields: &mut Fields) -> Vec<UsageRate> {
    let Some(items) = fields.array("usage", "an array of {rate, amount, currency}") else {
        return Vec::new();
    };
    let path = fields.at("usage");
    let mut rates: Vec<UsageRate> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Some(mut entry) = Fields::of(item, path.index(index), fields.findings) else {
            continue;
        };
        if let Some(rate) = read_rate(&mut entry) {
            if rates.iter().any(|known| known.rate == rate.rate) {
                let path = entry.at("rate");
                entry
                    .findings
                    .error(path, format!("duplicate rate \"{}\"", rate.rate));
            } else {
                rates.push(rate);
            }
        }
    }
    rates
}

fn read_rate(entry: &mut Fields) -> Option<UsageRate> {
    let rate = entry.required_text("rate").filter(|id| {
        let ok = is_key(id);
        if !ok {
            let path = entry.at("rate");
            entry.wrong(&path, KEY_EXPECTED, &Value::from(id.clone()));
        }
        ok
    });
    let amount = match entry.get("amount") {
        None => {
            entry.missing("amount", "a number ≥ 0 or \"varies\"");
            None
        }
        Some(Value::String(word)) if word.trim().eq_ignore_ascii_case("varies") => Some(None),
        Some(value) => {
            let path = entry.at("amount");
            entry.number_value(|| path, value, 0.0, f64::MAX).map(Some)
        }
    };
    let currency = entry.required_text("currency");
    let label = entry.optional_text("label");
    let per_text = entry.optional_text("per");
    let source = read_own_source(entry);
    let (rate, amount) = (rate?, amount?);
    let (per, divisor) = per_unit(per_text.as_deref(), &rate);
    Some(UsageRate {
        amount: amount.map(|amount| amount / divisor),
        rate,
        label,
        currency: currency?.trim().to_owned(),
        per,
        source,
    })
}

/// What `per` prices, and what to divide a token amount by to get it per token.
fn per_unit(per: Option<&str>, rate: &str) -> (Per, f64) {
    let Some(per) = per.map(|p| p.trim().to_ascii_lowercase()) else {
        return if is_token_rate(rate) {
            (Per::Token, 1.0)
        } else {
            let unit = match rate {
                "web_search" => "search",
                "image" | "request" => rate,
                _ => "unit",
            };
            (Per::Unit(unit.to_owned()), 1.0)
        };
    };
    match per.as_str() {
        "token" | "tokens" | "1 token" => (Per::Token, 1.0),
        "1k tokens" | "1k token" | "1000 tokens" | "thousand tokens" => (Per::Token, 1e3),
        "1m tokens" | "1m token" | "1000000 tokens" | "million tokens" => (Per::Token, 1e6),
        _ => (Per::Unit(per), 1.0),
    }
}

/// `sources` of an artifact.
pub fn read_sources(fields: &mut Fields) -> Vec<Source> {
    let Some(items) = fields.array("sources", "an array of {name, about, url, checked}") else {
        return Vec::new();
    };
    let path = fields.at("sources");
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let mut source = Fields::of(item, path.index(index), fields.findings)?;
            let name = source.required_text("name");
            let about = source.optional_text("about");
            let url = read_url(&mut source, "url");
            let checked = read_date(&mut source, "checked");
            Some(Source {
                about,
                name: name?,
                url,
                checked,
            })
        })
        .collect()
}
