//! Writes an imported catalog as pretty JSON with its keys in reading order (`id`, `name`,
//! `vendor` … rather than serde_json's alphabetical map order), so that the daily
//! `--merge` run rewrites the publisher's file with small, readable diffs. The order is
//! fixed by the key names, so a second run over its own output changes nothing.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// Top-level keys, in order.
const TOP: &[&str] = &[
    "$schema",
    "format",
    "brand",
    "signals",
    "specs",
    "featured",
    "artifacts",
];

/// Brand keys, in the order docs/catalog.md explains them.
const BRAND: &[&str] = &[
    "name",
    "tagline",
    "rank_label",
    "rank_about",
    "locale",
    "home_url",
    "logo_url",
    "search_url",
    "footer",
    "theme",
];

/// Artifact keys: who it is, what it is, the facts, then bookkeeping.
const ARTIFACT: &[&str] = &[
    "id",
    "name",
    "vendor",
    "kind",
    "rank",
    "summary",
    "about",
    "url",
    "categories",
    "inputs",
    "outputs",
    "specs",
    "pricing",
    "capabilities",
    "capability_count",
    "best_for",
    "limitations",
    "requirements",
    "alternatives",
    "details",
    "signals",
    "times_matched",
    "sources",
    "updated",
];

/// Keys of the small objects (spec definitions, rates, sources, capabilities, details,
/// pricing, spec values with a source).
const OTHER: &[&str] = &[
    "id",
    "rate",
    "title",
    "label",
    "about",
    "name",
    "plan",
    "free_tier",
    "starting_price",
    "usage",
    "value",
    "amount",
    "currency",
    "per",
    "unit",
    "better",
    "format",
    "digits",
    "description",
    "intents",
    "confidence",
    "unique",
    "versus",
    "source",
    "url",
    "checked",
];

/// `value` as pretty JSON, keys in reading order, ending in a newline.
pub fn pretty(value: &Value) -> String {
    let ordered = Ordered {
        value,
        parent: None,
    };
    let mut text = serde_json::to_string_pretty(&ordered).unwrap_or_else(|_| value.to_string());
    text.push('\n');
    text
}

/// A value serialised with ordered keys; `parent` is the key it is found under (array
/// elements share their array's key).
struct Ordered<'v> {
    value: &'v Value,
    parent: Option<&'v str>,
}

fn key_order(parent: Option<&str>) -> &'static [&'static str] {
    match parent {
        None => TOP,
        Some("brand") => BRAND,
        Some("artifacts") => ARTIFACT,
        Some(_) => OTHER,
    }
}

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.value {
            Value::Array(items) => serializer.collect_seq(items.iter().map(|value| Ordered {
                value,
                parent: self.parent,
            })),
            Value::Object(map) => {
                let order = key_order(self.parent);
                let mut keys: Vec<&String> = map.keys().collect();
                versus_core::sort::sort_by_key(&mut keys, |key| {
                    (
                        order
                            .iter()
                            .position(|known| known == key)
                            .unwrap_or(order.len()),
                        *key,
                    )
                });
                let mut out = serializer.serialize_map(Some(keys.len()))?;
                for key in keys {
                    let value = Ordered {
                        value: &map[key],
                        parent: Some(key),
                    };
                    out.serialize_entry(key, &value)?;
                }
                out.end()
            }
            other => other.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pretty;
    use serde_json::json;

    #[test]
    fn keys_come_in_reading_order() {
        let catalog = json!({
            "artifacts": [{"updated": "2026-08-14", "rank": 50, "id": "a", "name": "A",
                           "pricing": {"usage": [], "plan": "paid"}, "zeta": 1, "alpha": 2}],
            "brand": {"locale": "en-US", "name": "B"},
            "format": "versus-catalog/1",
        });
        let text = pretty(&catalog);
        let at = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {text}"))
        };
        assert!(at("\"format\"") < at("\"brand\"") && at("\"brand\"") < at("\"artifacts\""));
        assert!(at("\"name\": \"B\"") < at("\"locale\""));
        assert!(at("\"id\"") < at("\"name\": \"A\"") && at("\"name\": \"A\"") < at("\"rank\""));
        assert!(at("\"plan\"") < at("\"usage\"") && at("\"usage\"") < at("\"updated\""));
        // Unknown keys last, alphabetically.
        assert!(at("\"updated\"") < at("\"alpha\"") && at("\"alpha\"") < at("\"zeta\""));
        assert!(text.ends_with("}\n"));
        assert_eq!(pretty(&catalog), text, "stable");
    }
}
