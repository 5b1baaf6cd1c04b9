//! schema.org JSON-LD for the standalone pages, so search engines understand what is
//! compared without running the widget.
//!
//! The JSON is written as text rather than built as a `serde_json::Value`, so that the
//! site's wasm carries neither a JSON serializer nor float formatting. Members come in
//! the order `serde_json` wrote them before (sorted by key).

use super::catalog::{Artifact, Catalog, Plan};
use super::format::Locale;
use super::json::quote;
use super::messages::table::PRICE_EXACT;
use super::spec::{SpecValue, UsageRate};

const SCHEMA_ORG: &str = "https://schema.org";

/// A JSON object written member by member; callers add keys in sorted order.
struct Object(String);

impl Object {
    fn new() -> Self {
        Self(String::from("{"))
    }

    /// Adds a member whose value is JSON text already.
    fn json(mut self, key: &str, value: &str) -> Self {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push_str(&quote(key));
        self.0.push(':');
        self.0.push_str(value);
        self
    }

    fn text(self, key: &str, value: &str) -> Self {
        self.json(key, &quote(value))
    }

    fn number(self, key: &str, value: impl ToString) -> Self {
        self.json(key, &value.to_string())
    }

    /// Adds a string member when there is a value.
    fn maybe_text(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.text(key, value),
            None => self,
        }
    }

    fn finish(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// One artifact as a schema.org `SoftwareApplication` (or `Course`), as JSON text.
pub fn artifact_item(catalog: &Catalog, artifact: &Artifact) -> String {
    item(catalog, artifact, Object::new())
}

/// One artifact page.
pub fn artifact_page(catalog: &Catalog, artifact: &Artifact) -> String {
    item(
        catalog,
        artifact,
        Object::new().text("@context", SCHEMA_ORG),
    )
}

/// The members of an artifact's item, after those `object` has.
fn item(catalog: &Catalog, artifact: &Artifact, object: Object) -> String {
    let course = artifact.kind.eq_ignore_ascii_case("course");
    let rank = Object::new()
        .text("@type", "PropertyValue")
        .number("maxValue", 100)
        .number("minValue", 0)
        .text("name", &catalog.brand.rank_label)
        .number("value", artifact.rank)
        .finish();
    let mut object = object
        .text(
            "@type",
            if course {
                "Course"
            } else {
                "SoftwareApplication"
            },
        )
        .json("additionalProperty", &properties(catalog, artifact, rank));
    if !course {
        object = object.text("applicationCategory", &artifact.kind);
    }
    object = object
        .maybe_text("dateModified", artifact.updated.as_deref())
        .maybe_text("description", artifact.summary.as_deref())
        .text("identifier", &artifact.id)
        .text("name", &artifact.display_name());
    if let Some(offer) = offer(artifact) {
        object = object.json("offers", &offer);
    }
    if let Some(vendor) = &artifact.vendor {
        let organization = Object::new()
            .text("@type", "Organization")
            .text("name", vendor)
            .finish();
        let role = if course { "provider" } else { "publisher" };
        object = object.json(role, &organization);
    }
    object.maybe_text("url", artifact.url.as_deref()).finish()
}

/// The rank, then each spec and usage price as a `PropertyValue` (a value that varies, or a
/// number [`price_text`] cannot write, is left out).
fn properties(catalog: &Catalog, artifact: &Artifact, rank: String) -> String {
    let locale = &catalog.brand.locale;
    let mut all = vec![rank];
    for entry in &artifact.specs {
        let Some(def) = catalog.specs.iter().find(|def| def.id == entry.id) else {
            continue;
        };
        let value = match &entry.value {
            SpecValue::Number(n) => price_text(*n),
            SpecValue::Text(text) => Some(quote(text)),
            SpecValue::Flag(flag) => Some(flag.to_string()),
            SpecValue::Varies => None,
        };
        if let Some(value) = value {
            let property = Object::new()
                .text("@type", "PropertyValue")
                .text("name", &def.label)
                .maybe_text("unitText", def.unit.as_deref())
                .json("value", &value);
            all.push(property.finish());
        }
    }
    all.extend(
        artifact
            .pricing
            .usage
            .iter()
            .filter_map(|rate| rate_property(rate, locale)),
    );
    format!("[{}]", all.join(","))
}

/// `{"name": "Input price", "unitText": "USD per 1M tokens", "value": 3}`.
fn rate_property(rate: &UsageRate, locale: &Locale) -> Option<String> {
    let value = price_text(rate.shown_amount()?)?;
    let unit = locale.say(
        PRICE_EXACT,
        &[("money", &rate.currency), ("unit", rate.shown_per(locale))],
    );
    Some(
        Object::new()
            .text("@type", "PropertyValue")
            .text("name", &rate.label(locale))
            .text("unitText", &unit)
            .json("value", &value)
            .finish(),
    )
}

/// The `Offer` of a free artifact or one with a starting price; `None` otherwise, and for
/// an amount [`price_text`] cannot write.
fn offer(artifact: &Artifact) -> Option<String> {
    let price = artifact.pricing.starting_price.as_ref();
    if artifact.pricing.plan != Plan::Free && price.is_none() {
        return None;
    }
    let offer = Object::new()
        .text("@type", "Offer")
        .json("price", &price_text(price.map_or(0.0, |p| p.amount))?)
        .text(
            "priceCurrency",
            price.map_or("USD", |p| p.currency.as_str()),
        )
        .finish();
    Some(offer)
}

/// `amount` as a JSON number with the fewest decimals that read back as exactly this
/// `f64` (`19.99`, `0.0025`, `9`), found with integer arithmetic so the wasm needs no
/// float formatting. `None` for amounts no price list has: negative, from 2^64 up, or
/// needing more than 22 decimals or about 16 significant digits.
fn price_text(amount: f64) -> Option<String> {
    const TWO_TO_64: f64 = 18_446_744_073_709_551_616.0;
    let mut scale = 1.0;
    for decimals in 0..=22 {
        let scaled = amount * scale + 0.5;
        if !(0.0..TWO_TO_64).contains(&scaled) {
            return None;
        }
        let digits = scaled as u64;
        // Exact when `digits` is an f64 itself and 10^decimals is (up to 10^22): the
        // division is then correctly rounded, as a JSON reader rounds the decimal.
        let exact = digits as f64;
        if exact as u64 == digits && exact / scale == amount {
            return Some(with_decimal_point(digits, decimals));
        }
        scale *= 10.0;
    }
    None
}

/// `digits × 10^-decimals` written out: `with_decimal_point(25, 4)` is `0.0025`.
fn with_decimal_point(digits: u64, decimals: usize) -> String {
    let digits = digits.to_string();
    if decimals == 0 {
        return digits;
    }
    let padded = format!("{digits:0>width$}", width = decimals + 1);
    let (whole, fraction) = padded.split_at(padded.len() - decimals);
    format!("{whole}.{fraction}")
}

/// The compared artifacts as an `ItemList` in column order, as JSON text.
pub fn comparison(catalog: &Catalog, artifacts: &[&Artifact], title: &str) -> String {
    let elements: Vec<String> = artifacts
        .iter()
        .enumerate()
        .map(|(position, artifact)| {
            Object::new()
                .text("@type", "ListItem")
                .json("item", &artifact_item(catalog, artifact))
                .number("position", position + 1)
                .finish()
        })
        .collect();
    Object::new()
        .text("@context", SCHEMA_ORG)
        .text("@type", "ItemList")
        .json("itemListElement", &format!("[{}]", elements.join(",")))
        .text("name", title)
        .number("numberOfItems", artifacts.len())
        .finish()
}

/// JSON-LD text safe inside a `<script>` element (no `</script>` can close it early).
pub fn script_text(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_catalog;
    use serde_json::{json, Value};

    const CATALOG: &str = r#"{"format":"versus-catalog/1","brand":{"name":"B","rank_label":"Score"},"artifacts":[
        {"id":"a","name":"A </script><b>","vendor":"V","kind":"Model","rank":50,"pricing":{"plan":"free"},"capabilities":[],"summary":"S","url":"https://a.example","updated":"2026-01-02"},
        {"id":"b","name":"B","kind":"Course","rank":40,"pricing":{"plan":"paid","starting_price":{"amount":9.5,"currency":"EUR"}},"capabilities":[]},
        {"id":"c","name":"C","vendor":"W","kind":"course","rank":30,"pricing":{"plan":"paid"},"capabilities":[]}]}"#;

    /// What `serde_json::json!` built here before the JSON was written by hand.
    fn expected_item(id: &str) -> Value {
        let property = |rank: u8| {
            json!([{"@type": "PropertyValue", "name": "Score", "value": rank,
                    "minValue": 0, "maxValue": 100}])
        };
        match id {
            "a" => json!({
                "@type": "SoftwareApplication", "name": "V: A </script><b>", "identifier": "a",
                "additionalProperty": property(50), "description": "S",
                "url": "https://a.example", "dateModified": "2026-01-02",
                "publisher": {"@type": "Organization", "name": "V"},
                "applicationCategory": "Model",
                "offers": {"@type": "Offer", "price": 0, "priceCurrency": "USD"},
            }),
            "b" => json!({
                "@type": "Course", "name": "B", "identifier": "b",
                "additionalProperty": property(40),
                "offers": {"@type": "Offer", "price": 9.5, "priceCurrency": "EUR"},
            }),
            _ => json!({
                "@type": "Course", "name": "W: C", "identifier": "c",
                "additionalProperty": property(30),
                "provider": {"@type": "Organization", "name": "W"},
            }),
        }
    }

    #[test]
    fn lists_compared_items_and_escapes_markup() {
        let catalog = parse_catalog(CATALOG).unwrap().catalog;
        let sides: Vec<&Artifact> = catalog.artifacts.iter().collect();
        let script = script_text(&comparison(&catalog, &sides, "A vs B"));
        assert!(!script.contains("</script>"));
        let elements: Vec<Value> = ["a", "b", "c"]
            .iter()
            .enumerate()
            .map(|(index, id)| {
                json!({"@type": "ListItem", "position": index + 1, "item": expected_item(id)})
            })
            .collect();
        let expected = json!({
            "@context": "https://schema.org", "@type": "ItemList", "name": "A vs B",
            "numberOfItems": 3, "itemListElement": elements,
        });
        let back: Value = serde_json::from_str(&script).unwrap();
        assert_eq!(back, expected);
        // Keys sorted, as serde_json wrote them.
        assert_eq!(script_text(&serde_json::to_string(&back).unwrap()), script);
    }

    #[test]
    fn an_artifact_page_has_its_context() {
        let catalog = parse_catalog(CATALOG).unwrap().catalog;
        let page = artifact_page(&catalog, &catalog.artifacts[1]);
        let mut expected = expected_item("b");
        expected["@context"] = json!("https://schema.org");
        assert_eq!(serde_json::from_str::<Value>(&page).unwrap(), expected);
    }

    #[test]
    fn prices_are_written_exactly_and_short() {
        for (amount, text) in [
            (0.0, "0"),
            (9.0, "9"),
            (9.5, "9.5"),
            (19.99, "19.99"),
            (0.0025, "0.0025"),
            (1e-7, "0.0000001"),
            (1234567.891, "1234567.891"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (9007199254740993.0, "9007199254740992"),
            (1e19, "10000000000000000000"),
        ] {
            assert_eq!(price_text(amount).as_deref(), Some(text), "{amount:?}");
            assert_eq!(text.parse::<f64>(), Ok(amount));
        }
        for amount in [1e20, 1e-23, f64::MAX, -1.0, f64::NAN] {
            assert_eq!(price_text(amount), None, "{amount:?}");
        }
    }

    #[test]
    fn specs_and_usage_prices_are_property_values() {
        let text = CATALOG
            .replace(
                r#""artifacts":["#,
                r#""specs":[{"id":"ctx","label":"Context window","unit":"tokens","format":"integer"},
                           {"id":"open","label":"Open weights","format":"yes_no"},
                           {"id":"speed","label":"Speed"}],"artifacts":["#,
            )
            .replace(
                r#""pricing":{"plan":"free"},"#,
                r#""pricing":{"plan":"free","usage":[{"rate":"input","amount":0.000003,"currency":"USD"},
                   {"rate":"output","amount":"varies","currency":"USD"}]},
                   "specs":{"ctx":1048576,"open":true,"speed":"varies"},"#,
            );
        let catalog = parse_catalog(&text).unwrap().catalog;
        let item: Value =
            serde_json::from_str(&artifact_item(&catalog, &catalog.artifacts[0])).unwrap();
        assert_eq!(
            item["additionalProperty"],
            json!([
                {"@type": "PropertyValue", "name": "Score", "value": 50, "minValue": 0, "maxValue": 100},
                {"@type": "PropertyValue", "name": "Context window", "unitText": "tokens", "value": 1048576},
                {"@type": "PropertyValue", "name": "Open weights", "value": true},
                {"@type": "PropertyValue", "name": "Input price", "unitText": "USD per 1M tokens", "value": 3},
            ])
        );
    }
}
