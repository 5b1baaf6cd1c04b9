//! The JSON Schema of `versus-catalog/1`, generated from wire types that mirror the
//! catalog contract field for field.
//!
//! The schema is for editors and CI; `parse_catalog` stays the authority. The schema is
//! written to accept every catalog the parser accepts (`tests/schema.rs` checks rule by
//! rule that both agree) and rejects what JSON Schema can express: required fields, types,
//! enums, ranges, array sizes and string patterns (ids, URLs, dates, locales, theme
//! colours and fonts). Checks that span fields stay with the parser (`versus-catalog
//! validate`): unique artifact and signal ids, `capability_count` ≥ the listed
//! capabilities, and the warnings (unknown `featured`/`alternatives` ids, values for
//! undeclared signals, unknown theme keys). Unknown fields are allowed everywhere, for
//! forward compatibility.
//!
//! `static/catalog.schema.json` is this schema, written by `versus-catalog schema`.

mod artifact;
mod brand;
mod patterns;
mod spec;
mod strings;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

pub use self::artifact::{
    Artifact, Capability, Confidence, Detail, DetailValue, Plan, Price, Pricing, SignalValue,
};
pub use self::brand::{Brand, CssColor, Theme};
use self::patterns::NON_BLANK;
pub use self::spec::{Source, SpecDef, UsageRate};
use super::catalog::FORMAT;

/// One JSON document whose brand, signals and artifacts drive every card. Unknown fields are ignored.
#[derive(JsonSchema)]
#[schemars(title = "Versus catalog (versus-catalog/1)")]
pub struct Catalog {
    /// Exactly `versus-catalog/1`; any other value is rejected.
    #[schemars(extend("const" = FORMAT))]
    pub format: String,
    /// Who publishes this catalog.
    pub brand: Brand,
    /// Score signals shown as feature-table rows, in order; default: Adoption, Quality, Ecosystem, Match Graph.
    pub signals: Option<Vec<SignalDef>>,
    /// Comparable specs shown as feature-table rows, in order (see docs/catalog.md, "Specs").
    pub specs: Option<Vec<SpecDef>>,
    /// The artifacts: at least one, ids unique.
    #[schemars(length(min = 1))]
    pub artifacts: Vec<Artifact>,
    /// Comparisons offered on the standalone home page: each 2–4 artifact ids.
    #[schemars(inner(length(min = 2, max = 4)))]
    pub featured: Option<Vec<Vec<String>>>,
    /// Your own words for any message Versus shows, by key (every key and its default is in
    /// docs/strings.md): rename a label, reword the verdict, or translate a language Versus has
    /// no table of. In the catalog's language (`brand.locale`); a counted message takes one
    /// string or one per CLDR plural category. Unknown keys and texts that drop a placeholder
    /// are validation warnings.
    pub strings: Option<strings::Strings>,
}

/// A score signal shown as a feature-table row.
#[derive(JsonSchema)]
pub struct SignalDef {
    /// Key of the signal in each artifact's `signals`, unique in the catalog.
    #[schemars(pattern(NON_BLANK))]
    pub id: String,
    /// Row label, e.g. `Adoption`.
    #[schemars(pattern(NON_BLANK))]
    pub label: String,
}

/// The JSON Schema (draft 2020-12) of `versus-catalog/1`.
pub fn catalog_schema() -> Value {
    SchemaSettings::draft2020_12()
        .with_transform(schemars::transform::RecursiveTransform(drop_format))
        .into_generator()
        .into_root_schema_for::<Catalog>()
        .to_value()
}

/// Removes `format`: schemars adds Rust-type formats (`uint8`, `double`) that are not JSON
/// Schema formats, and strict validators such as AJV reject unknown formats.
fn drop_format(schema: &mut Schema) {
    schema.remove("format");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'v>(schema: &'v Value, pointer: &str) -> &'v Value {
        schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("schema has no {pointer}"))
    }

    #[test]
    fn states_the_format_and_draft() {
        let schema = catalog_schema();
        assert_eq!(
            at(&schema, "/$schema"),
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(at(&schema, "/properties/format/const"), FORMAT);
        let required = at(&schema, "/required");
        assert_eq!(
            required,
            &serde_json::json!(["format", "brand", "artifacts"])
        );
    }

    #[test]
    fn expresses_ranges_and_enums() {
        let schema = catalog_schema();
        assert_eq!(at(&schema, "/$defs/Artifact/properties/rank/maximum"), 100);
        assert_eq!(at(&schema, "/$defs/SignalValue/maximum"), 1);
        assert_eq!(at(&schema, "/$defs/Theme/properties/radius_px/maximum"), 48);
        assert_eq!(
            at(&schema, "/$defs/Plan/enum"),
            &serde_json::json!(["free", "paid", "freemium"])
        );
        assert_eq!(at(&schema, "/properties/artifacts/minItems"), 1);
        assert_eq!(at(&schema, "/properties/featured/items/maxItems"), 4);
    }

    #[test]
    fn never_closes_objects() {
        let text = catalog_schema().to_string();
        assert!(!text.contains("additionalProperties\":false"), "{text}");
    }
}
