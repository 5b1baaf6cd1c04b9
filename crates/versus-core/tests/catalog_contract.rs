//! The catalog contract on fixture catalogs: what is accepted, what is rejected and how.

mod common;

use common::{default_catalog, error_lines, parse};
use versus_core::catalog::Plan;
use versus_core::CatalogError;

#[test]
fn default_catalog_is_valid_without_warnings() {
    let parsed = parse("data/catalog.json").expect("valid");
    assert!(
        parsed.warnings.is_empty(),
        "warnings: {:?}",
        parsed.warnings
    );
    let catalog = parsed.catalog;
    assert_eq!(catalog.brand.name, "Unfragile");
    assert_eq!(catalog.brand.rank_label, "UnfragileRank");
    assert_eq!(
        catalog.brand.footer.as_deref(),
        Some("© 2026 Unfragile. Stronger through disorder.")
    );
    assert_eq!(catalog.featured.len(), 3);
}

#[test]
fn default_catalog_has_every_seed_artifact() {
    let catalog = default_catalog();
    for id in [
        "ernie-4-5-vl-424b-a47b",
        "ernie-4-5-vl-28b-a3b",
        "sdnext",
        "fast-stable-diffusion",
        "flux-1-pro",
    ] {
        assert!(catalog.get(id).is_some(), "missing {id}");
    }
    for name in [
        "ERNIE 4.5 21B A3B",
        "Llama 4 Maverick",
        "GPT-5.2",
        "Qwen3 VL 8B Instruct",
        "Ministral 3 3B 2512",
        "Qwen3 VL 30B A3B Thinking",
        "GLM 4.6V",
        "Qwen VL Plus",
    ] {
        assert!(
            catalog.artifacts.iter().any(|a| a.name == name),
            "missing {name}"
        );
    }
    assert!(catalog
        .artifacts
        .iter()
        .any(|a| a.name.contains("11-777") && a.kind == "Course"));
}

#[test]
fn default_catalog_carries_seed_figures() {
    let catalog = default_catalog();
    let ernie = catalog.get("ernie-4-5-vl-424b-a47b").unwrap();
    assert_eq!(
        (ernie.rank, ernie.pricing.plan, ernie.total_capabilities()),
        (20, Plan::Paid, 5)
    );
    let price = ernie.pricing.starting_price.as_ref().unwrap();
    assert_eq!(
        (price.amount, price.currency.as_str(), price.per.as_deref()),
        (4.2e-7, "USD", Some("prompt token"))
    );
    let expect = [
        ("sdnext", 51, 16, 8),
        ("fast-stable-diffusion", 48, 11, 3),
        ("flux-1-pro", 58, 13, 5),
    ];
    for (id, rank, total, hidden) in expect {
        let artifact = catalog.get(id).unwrap();
        assert_eq!(
            (
                artifact.rank,
                artifact.total_capabilities(),
                artifact.hidden_capabilities()
            ),
            (rank, total, hidden),
            "{id}"
        );
        assert!(artifact.pricing.free_tier, "{id} has a free tier");
    }
    assert_eq!(
        catalog
            .get("ernie-4-5-vl-28b-a3b")
            .unwrap()
            .total_capabilities(),
        7
    );
}

#[test]
fn minimal_catalog_gets_contract_defaults() {
    let parsed = parse("tests/fixtures/minimal.json").expect("valid");
    let catalog = parsed.catalog;
    assert_eq!(catalog.brand.rank_label, "Rank");
    assert_eq!(catalog.brand.locale.tag, "en-US");
    let labels: Vec<&str> = catalog.signals.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Adoption", "Quality", "Ecosystem", "Match Graph"]);
    // free_tier defaults to plan != "paid".
    assert!(!catalog.get("alpha").unwrap().pricing.free_tier);
    assert!(catalog.get("beta").unwrap().pricing.free_tier);
    // intents fall back to words of the title.
    assert_eq!(
        catalog.get("beta").unwrap().capabilities[0].intents,
        ["fast", "export", "reports"]
    );
}

#[test]
fn broken_catalog_reports_every_problem_with_its_path() {
    let lines = error_lines("tests/fixtures/broken.json");
    let expected = [
        "brand.home_url: expected an http(s) URL, found \"javascript:alert(1)\"",
        "brand.locale: expected a BCP 47 language tag",
        "brand.theme.accent: expected a CSS colour",
        "brand.theme.font_family: expected a font list",
        "brand.theme.radius_px: expected a number 0..=48, found 99",
        "artifacts[1].rank: expected an integer 0..=100, found 140",
        "artifacts[1].pricing.plan: expected one of free, paid, freemium, found \"gratis\"",
        "artifacts[2].id: expected a slug",
        "artifacts[2].name: expected a non-empty string, found \"\"",
        "artifacts[2].rank: expected an integer 0..=100, found 10.5",
        "artifacts[2].url: expected an http(s) URL, found \"javascript:alert(document.cookie)\"",
        "artifacts[2].signals.adoption: expected a number 0..=1, found 2",
        "artifacts[2].pricing.starting_price.amount: expected a number ≥ 0, found -1",
        "artifacts[2].capability_count: expected an integer ≥ 1 (the number of listed capabilities), found 0",
        "artifacts[2].capabilities[0].confidence: expected one of low, medium, high, found \"certain\"",
        "artifacts[2].updated: expected a date YYYY-MM-DD, found \"yesterday\"",
        "artifacts[3].capabilities: expected an array of capabilities, found \"none\"",
        "featured[1]: expected a pair of artifact ids [id, id], found \"bad-rank\"",
    ];
    for prefix in expected {
        assert!(
            lines.iter().any(|line| line.starts_with(prefix)),
            "missing {prefix:?} in:\n{}",
            lines.join("\n")
        );
    }
    assert_eq!(
        lines.len(),
        expected.len(),
        "unexpected extra lines:\n{}",
        lines.join("\n")
    );
}

#[test]
fn duplicate_ids_are_reported_once_the_entry_is_valid() {
    let text = common::read("tests/fixtures/minimal.json")
        .replace("\"id\": \"beta\"", "\"id\": \"alpha\"");
    let lines = versus_core::parse_catalog(&text).unwrap_err().lines();
    assert_eq!(
        lines,
        ["artifacts[1].id: duplicate id \"alpha\" (first used by artifacts[0])"]
    );
}

#[test]
fn unknown_alternatives_and_featured_ids_are_warnings() {
    let text = common::read("tests/fixtures/minimal.json").replace(
        "\"capabilities\": []\n    },",
        "\"capabilities\": [], \"alternatives\": [\"ghost\"]\n    },",
    );
    let text = text.replace(
        "\"future_field\"",
        "\"featured\": [[\"alpha\", \"ghost\"]], \"future_field\"",
    );
    let parsed = versus_core::parse_catalog(&text).expect("warnings only");
    let warnings: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "artifacts[0].alternatives[0]: unknown artifact id \"ghost\"; it is not shown",
            "featured[0]: unknown artifact id \"ghost\"; this comparison is not shown",
        ]
    );
    assert!(parsed.catalog.featured.is_empty());
}

#[test]
fn wrong_format_and_empty_artifacts_are_rejected() {
    let lines = error_lines("tests/fixtures/wrong-format.json");
    assert_eq!(lines, [
        "format: expected \"versus-catalog/1\" (the only format this Versus reads), found \"versus-catalog/2\"",
        "artifacts: expected at least one artifact, found an empty array",
    ]);
}

#[test]
fn truncated_json_names_line_and_column() {
    match parse("tests/fixtures/truncated.json") {
        Err(CatalogError::Syntax {
            line,
            column,
            message,
        }) => {
            assert_eq!(line, 2);
            assert!(column <= 1, "column {column}");
            assert!(message.contains("EOF"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn not_an_object_and_missing_fields() {
    let lines = versus_core::parse_catalog("[1, 2]").unwrap_err().lines();
    assert_eq!(lines, ["(root): expected an object, found an array"]);
    let lines = versus_core::parse_catalog("{}").unwrap_err().lines();
    assert_eq!(
        lines,
        [
            "format: required field is missing (expected \"versus-catalog/1\")",
            "brand: required field is missing (expected an object with at least a name)",
            "artifacts: required field is missing (expected an array with at least one artifact)",
        ]
    );
}
