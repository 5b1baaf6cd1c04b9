//! schema.org JSON-LD for the standalone pages, so search engines understand what is
//! compared without running the widget.

use serde_json::{json, Value};

use super::catalog::{Artifact, Catalog, Plan};

/// One artifact as a schema.org `SoftwareApplication` (or `Course`).
pub fn artifact_item(catalog: &Catalog, artifact: &Artifact) -> Value {
    let kind = if artifact.kind.eq_ignore_ascii_case("course") {
        "Course"
    } else {
        "SoftwareApplication"
    };
    let mut item = json!({
        "@type": kind,
        "name": artifact.display_name(),
        "identifier": artifact.id,
        "additionalProperty": [{
            "@type": "PropertyValue",
            "name": catalog.brand.rank_label,
            "value": artifact.rank,
            "minValue": 0,
            "maxValue": 100,
        }],
    });
    let fields = [
        ("description", artifact.summary.clone()),
        ("url", artifact.url.clone()),
        ("dateModified", artifact.updated.clone()),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            item[key] = Value::from(value);
        }
    }
    if let Some(vendor) = &artifact.vendor {
        let role = if kind == "Course" {
            "provider"
        } else {
            "publisher"
        };
        item[role] = json!({"@type": "Organization", "name": vendor});
    }
    if kind == "SoftwareApplication" {
        item["applicationCategory"] = Value::from(artifact.kind.clone());
    }
    let price = artifact.pricing.starting_price.as_ref();
    if artifact.pricing.plan == Plan::Free || price.is_some() {
        item["offers"] = json!({
            "@type": "Offer",
            "price": price.map_or(0.0, |p| p.amount),
            "priceCurrency": price.map_or("USD", |p| p.currency.as_str()),
        });
    }
    item
}

/// The compared artifacts as an `ItemList` in column order.
pub fn comparison(catalog: &Catalog, artifacts: &[&Artifact], title: &str) -> Value {
    let elements: Vec<Value> = artifacts
        .iter()
        .enumerate()
        .map(|(position, artifact)| {
            json!({
                "@type": "ListItem",
                "position": position + 1,
                "item": artifact_item(catalog, artifact),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": title,
        "numberOfItems": artifacts.len(),
        "itemListElement": elements,
    })
}

/// One artifact page.
pub fn artifact_page(catalog: &Catalog, artifact: &Artifact) -> Value {
    let mut item = artifact_item(catalog, artifact);
    item["@context"] = Value::from("https://schema.org");
    item
}

/// JSON-LD text safe inside a `<script>` element (no `</script>` can close it early).
pub fn script_text(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_catalog;

    #[test]
    fn lists_compared_items_and_escapes_markup() {
        let text = r#"{"format":"versus-catalog/1","brand":{"name":"B","rank_label":"Score"},"artifacts":[
            {"id":"a","name":"A </script><b>","vendor":"V","kind":"Model","rank":50,"pricing":{"plan":"free"},"capabilities":[]},
            {"id":"b","name":"B","kind":"Course","rank":40,"pricing":{"plan":"paid","starting_price":{"amount":9,"currency":"EUR"}},"capabilities":[]}]}"#;
        let catalog = parse_catalog(text).unwrap().catalog;
        let sides: Vec<&Artifact> = catalog.artifacts.iter().collect();
        let value = comparison(&catalog, &sides, "A vs B");
        assert_eq!(
            value["itemListElement"][0]["item"]["@type"],
            "SoftwareApplication"
        );
        assert_eq!(
            value["itemListElement"][0]["item"]["publisher"]["name"],
            "V"
        );
        assert_eq!(value["itemListElement"][1]["item"]["@type"], "Course");
        assert_eq!(
            value["itemListElement"][1]["item"]["offers"]["priceCurrency"],
            "EUR"
        );
        assert_eq!(
            value["itemListElement"][0]["item"]["additionalProperty"][0]["name"],
            "Score"
        );
        let script = script_text(&value);
        assert!(!script.contains("</script>"));
        let back: Value = serde_json::from_str(&script).unwrap();
        assert_eq!(back, value);
    }
}
