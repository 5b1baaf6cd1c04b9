//! `strings`: the catalog's own words for Versus's messages. Its keys come from the
//! message table (`crate::messages`), so the schema lists every key with its English text.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};

use crate::messages::{Known, ALL};

/// Message key → text (see docs/strings.md). Like every object of the format it stays
/// open: an unknown key is a validation warning, not an error.
pub struct Strings;

impl JsonSchema for Strings {
    fn schema_name() -> Cow<'static, str> {
        "Strings".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let forms = generator.subschema_for::<PluralForms>().to_value();
        let mut properties = Map::new();
        for known in ALL.iter().flat_map(|area| area.iter()) {
            let schema = match known {
                Known::Plain(message) => serde_json::json!({
                    "type": "string",
                    "description": format!("Default: {}", message.en),
                }),
                Known::Counted(message) => serde_json::json!({
                    "description": format!("Default: {} / {} (a string, or one per CLDR plural category)", message.one, message.other),
                    "anyOf": [
                        {"type": "string"},
                        forms,
                    ],
                }),
            };
            properties.insert(known.key().to_owned(), schema);
        }
        json_schema!({
            "type": "object",
            "properties": Value::Object(properties),
        })
    }
}

/// A counted message's text per CLDR plural category; `other` is required.
pub struct PluralForms;

impl JsonSchema for PluralForms {
    fn schema_name() -> Cow<'static, str> {
        "PluralForms".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let form = serde_json::json!({"type": "string"});
        json_schema!({
            "type": "object",
            "properties": {
                "zero": form, "one": form, "two": form, "few": form, "many": form, "other": form,
            },
            "required": ["other"],
        })
    }
}
