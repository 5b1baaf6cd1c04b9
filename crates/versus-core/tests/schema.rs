//! The generated JSON Schema: committed copy up to date, and agreeing with the parser.

// serde_json and std are the references here (crates/clippy.toml bans them from the product).
#![allow(clippy::disallowed_methods)]

mod common;

use serde_json::{json, Value};
use versus_core::parse_catalog;
use versus_core::schema::catalog_schema;

const SCHEMA_FILE: &str = "static/catalog.schema.json";

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&catalog_schema()).expect("the generated schema compiles")
}

fn json_file(path: &str) -> Value {
    serde_json::from_str(&common::read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Schema errors of `instance` as `path: message` lines.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn committed_schema_is_up_to_date() {
    let text = common::read(SCHEMA_FILE);
    let committed: Value = serde_json::from_str(&text).expect("committed schema is JSON");
    assert!(
        committed == catalog_schema() && text.ends_with("}\n"),
        "{SCHEMA_FILE} is stale; regenerate it with\n  \
         cargo run --bin versus-catalog -- schema > {SCHEMA_FILE}"
    );
}

#[test]
fn schema_is_valid_draft_2020_12() {
    let schema = catalog_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(jsonschema::meta::is_valid(&schema));
}

#[test]
fn valid_catalogs_pass_the_schema() {
    let validator = validator();
    for path in [
        "data/catalog.json",
        "tests/fixtures/minimal.json",
        "tests/fixtures/velo-de.json",
        "tests/fixtures/specs.json",
    ] {
        let errors = schema_errors(&validator, &json_file(path));
        assert!(errors.is_empty(), "{path}:\n{}", errors.join("\n"));
    }
}

#[test]
fn invalid_catalogs_fail_the_schema() {
    let validator = validator();
    let broken = schema_errors(&validator, &json_file("tests/fixtures/broken.json"));
    // A nullable object (`theme`, `starting_price`) is an `anyOf`, reported at the object.
    for path in [
        "/brand/home_url",
        "/brand/locale",
        "/brand/theme",
        "/artifacts/1/rank",
        "/artifacts/1/pricing/plan",
        "/artifacts/2/id",
        "/artifacts/2/url",
        "/artifacts/2/signals/adoption",
        "/artifacts/2/pricing/starting_price",
        "/artifacts/2/updated",
        "/artifacts/3/capabilities",
        "/featured/1",
    ] {
        assert!(
            broken
                .iter()
                .any(|line| line.starts_with(&format!("{path}: "))),
            "no schema error at {path}:\n{}",
            broken.join("\n")
        );
    }
    let wrong_format = schema_errors(&validator, &json_file("tests/fixtures/wrong-format.json"));
    assert!(
        wrong_format
            .iter()
            .any(|line| line.starts_with("/format: ")),
        "{wrong_format:?}"
    );
}

/// `minimal.json` with the value at `pointer` replaced (or added).
fn minimal_with(pointer: &str, value: Value) -> Value {
    let mut catalog = json_file("tests/fixtures/minimal.json");
    let (parent, key) = pointer.rsplit_once('/').expect("a JSON pointer");
    let slot = catalog
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("minimal.json has no {parent}"));
    match slot {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().expect("an index")] = value,
        other => panic!("{parent} is {other}, not a container"),
    }
    catalog
}

#[test]
fn schema_and_parser_agree_on_each_rule() {
    let validator = validator();
    let valid = [
        (
            "/brand/theme",
            json!({"accent": "RebeccaPurple", "text": " #0f766e "}),
        ),
        (
            "/brand/theme",
            json!({"accent": "rgb(15, 118, 110)", "muted": "hsl(120deg 50% 40%)"}),
        ),
        (
            "/brand/theme",
            json!({"font_family": "\"Noto Sans JP\", ヒラギノ角ゴ, sans-serif"}),
        ),
        ("/brand/logo_url", json!("img/logo.svg")),
        ("/brand/logo_url", json!("/static/logo.png?v=1:2")),
        ("/brand/home_url", json!("HTTPS://Example.com/a?b=c")),
        (
            "/brand/search_url",
            json!("https://x.example/suche?q={query}"),
        ),
        ("/brand/locale", json!("zh-Hans-CN")),
        ("/artifacts/0/rank", json!(100.0)),
        ("/artifacts/0/vendor", Value::Null),
        ("/artifacts/0/updated", json!("2026-02-29")),
        (
            "/artifacts/0/details",
            json!([{"label": "Gänge", "value": 24}]),
        ),
        ("/artifacts/0/signals", json!({"adoption": 0, "quality": 1})),
        ("/artifacts/0/a_future_field", json!({"ignored": true})),
        (
            "/featured",
            json!([["alpha", "beta"], ["beta", "alpha", "alpha"]]),
        ),
        (
            "/specs",
            json!([{"id": "context_window", "label": "Context", "unit": "tokens", "better": "higher", "format": "integer"},
                   {"id": "open", "label": "Open", "format": "yes_no", "digits": 0}]),
        ),
        (
            "/artifacts/0/pricing/usage",
            json!([{"rate": "input", "amount": 0.000003, "currency": "USD"},
                   {"rate": "output", "amount": " Varies ", "currency": "USD", "per": "1M tokens"},
                   {"rate": "my_rate", "label": "Per page", "amount": 0, "currency": "EUR", "per": "page",
                    "source": "Docs", "checked": "2026-01-02"}]),
        ),
        (
            "/strings",
            json!({"row.type": "Radtyp", "breakdown.points": {"one": "ein Punkt", "other": "{count} Punkte"},
                   "verdict.tied": "{names}: Gleichstand bei {rank}/100."}),
        ),
        (
            "/artifacts/0/sources",
            json!([{"name": "OpenRouter", "about": "Prices", "url": "https://openrouter.ai", "checked": "2026-08-14"}]),
        ),
    ];
    let invalid = [
        ("/format", json!("versus-catalog/2")),
        ("/brand/name", json!("  ")),
        ("/brand/theme", json!({"accent": "red; background: url(x)"})),
        ("/brand/theme", json!({"accent": "#ggg"})),
        ("/brand/theme", json!({"accent": "var(--x)"})),
        ("/brand/theme", json!({"accent": "blue !important"})),
        ("/brand/theme", json!({"font_family": "x}body{"})),
        ("/brand/theme", json!({"radius_px": 49})),
        ("/brand/home_url", json!("javascript:alert(1)")),
        ("/brand/home_url", json!("https://")),
        ("/brand/logo_url", json!("//evil.example/x.png")),
        ("/brand/logo_url", json!("data:image/png;base64,AAAA")),
        ("/brand/search_url", json!("https://x.example/suche")),
        ("/brand/locale", json!("not a locale!")),
        ("/artifacts", json!([])),
        ("/artifacts/0/id", json!("Bad Id")),
        ("/artifacts/0/id", json!("-x")),
        ("/artifacts/0/kind", json!("")),
        ("/artifacts/0/rank", json!(140)),
        ("/artifacts/0/rank", json!(10.5)),
        ("/artifacts/0/url", json!("data:text/html,hi")),
        ("/artifacts/0/signals", json!({"adoption": 2})),
        ("/artifacts/0/pricing", Value::Null),
        ("/artifacts/0/pricing/plan", json!("gratis")),
        (
            "/artifacts/0/pricing/starting_price",
            json!({"amount": -1, "currency": "EUR"}),
        ),
        ("/artifacts/0/capabilities", json!("none")),
        ("/artifacts/1/capabilities/0/confidence", json!("certain")),
        ("/artifacts/0/updated", json!("2026-13-01")),
        ("/artifacts/0/best_for", json!(["ok", ""])),
        ("/featured", json!([["alpha"]])),
        (
            "/specs",
            json!([{"id": "Context Window", "label": "Context"}]),
        ),
        (
            "/specs",
            json!([{"id": "c", "label": "C", "better": "more"}]),
        ),
        (
            "/specs",
            json!([{"id": "c", "label": "C", "format": "short"}]),
        ),
        ("/specs", json!([{"id": "c", "label": " "}])),
        ("/specs", json!([{"id": "c", "label": "C", "digits": 7}])),
        (
            "/artifacts/0/pricing/usage",
            json!([{"rate": "input", "amount": -1, "currency": "USD"}]),
        ),
        (
            "/artifacts/0/pricing/usage",
            json!([{"rate": "input", "amount": "free", "currency": "USD"}]),
        ),
        (
            "/artifacts/0/pricing/usage",
            json!([{"rate": "input", "amount": 1}]),
        ),
        (
            "/artifacts/0/pricing/usage",
            json!([{"rate": "Input!", "amount": 1, "currency": "USD"}]),
        ),
        ("/artifacts/0/sources", json!([{"about": "Prices"}])),
        (
            "/artifacts/0/sources",
            json!([{"name": "X", "url": "javascript:alert(1)"}]),
        ),
        (
            "/artifacts/0/sources",
            json!([{"name": "X", "checked": "2026-8-1"}]),
        ),
    ];
    let cases = valid
        .into_iter()
        .map(|case| (case, true))
        .chain(invalid.into_iter().map(|case| (case, false)));
    for ((pointer, value), expected) in cases {
        let catalog = minimal_with(pointer, value.clone());
        let by_parser = parse_catalog(&catalog.to_string()).is_ok();
        let by_schema = validator.is_valid(&catalog);
        assert!(
            by_parser == expected && by_schema == expected,
            "{pointer} = {value}: expected valid={expected}, parser says {by_parser}, \
             schema says {by_schema} {:?}",
            schema_errors(&validator, &catalog)
        );
    }
}
