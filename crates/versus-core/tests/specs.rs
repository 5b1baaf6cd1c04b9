//! Specs, usage prices and sources: how they are read, checked, shown side by side, and
//! weighed by verdicts, dominance and the cost calculator.

mod common;

use common::{error_lines, parse, read};
use versus_core::spec::cost::{cost_view, Usage};
use versus_core::spec::{Per, SpecValue};
use versus_core::verdict::{dominates, verdict_all};
use versus_core::view::{compare_view, select, Selection};
use versus_core::{parse_catalog, Catalog};

fn atlas() -> Catalog {
    parse("tests/fixtures/specs.json").expect("valid").catalog
}

fn pick<'c>(catalog: &'c Catalog, ids: &[&str]) -> Vec<&'c versus_core::catalog::Artifact> {
    let ids: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
    match select(catalog, &ids) {
        Selection::Ready(artifacts) => artifacts,
        other => panic!("{other:?}"),
    }
}

fn rows(catalog: &Catalog, ids: &[&str]) -> Vec<(String, Vec<String>, Vec<bool>)> {
    let view = compare_view(catalog, &pick(catalog, ids)).unwrap();
    view.rows
        .iter()
        .map(|row| {
            (
                row.label.clone(),
                row.cells.iter().map(|c| c.text.clone()).collect(),
                row.cells.iter().map(|c| c.best).collect(),
            )
        })
        .collect()
}

#[test]
fn values_are_read_typed_and_in_definition_order() {
    let catalog = atlas();
    let ember = catalog.get("ember-8b").unwrap();
    let ids: Vec<&str> = ember.specs.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["context_window", "max_output", "parameters", "open_weights"]
    );
    assert_eq!(ember.specs[3].value, SpecValue::Flag(true));
    let own = ember.specs[1]
        .source
        .as_ref()
        .expect("a value with its own source");
    assert_eq!(
        own.short(&Default::default()),
        "Kestrel docs, checked 2026-07-01"
    );
    // Per-token rates are kept per token, whatever they were written per.
    let lumen = catalog.get("lumen-pro").unwrap();
    assert_eq!(lumen.pricing.usage[1].amount, Some(10.0 / 1e6));
    assert_eq!(lumen.pricing.usage[1].per, Per::Token);
    assert_eq!(lumen.pricing.usage[2].per, Per::Unit("image".into()));
    assert_eq!(ember.pricing.usage[1].amount, None, "\"varies\"");
    assert_eq!(
        lumen.sources[0].line(&Default::default()),
        "Prices and specs: OpenRouter, checked 2026-08-14"
    );
}

#[test]
fn spec_and_price_rows_show_both_values_and_mark_the_better() {
    let catalog = atlas();
    let table = rows(&catalog, &["lumen-pro", "ember-8b"]);
    let find = |label: &str| {
        table
            .iter()
            .find(|(l, _, _)| l == label)
            .unwrap_or_else(|| panic!("no row {label}: {table:?}"))
    };
    let context = find("Context window");
    assert_eq!(context.1, ["1,048,576 tokens", "262,144 tokens"]);
    assert_eq!(context.2, [true, false]);
    assert_eq!(find("Parameters").1, ["—", "8B"]);
    assert_eq!(find("Parameters").2, [false, false], "better: none");
    assert_eq!(find("Open weights").2, [false, true]);
    let input = find("Input price");
    assert_eq!(input.1, ["$1.25 / 1M tokens", "$0.20 / 1M tokens"]);
    assert_eq!(input.2, [false, true], "lower is better for prices");
    let output = find("Output price");
    assert_eq!(output.1, ["$10.00 / 1M tokens", "Varies"]);
    assert_eq!(
        output.2,
        [false, false],
        "nothing to beat a price that varies"
    );
    assert_eq!(find("Image price").1, ["$0.0048 / image", "—"]);
    // No one fills these rows: they are not shown.
    for absent in ["Nobody fills this", "Starting Price", "Times Matched"] {
        assert!(table.iter().all(|(l, _, _)| l != absent), "{absent}");
    }
    let labels: Vec<&str> = table.iter().map(|(l, _, _)| l.as_str()).collect();
    let at = |label| labels.iter().position(|l| *l == label).unwrap();
    assert!(at("Quality") < at("Context window") && at("Context window") < at("Pricing"));
    assert!(at("Pricing") < at("Input price") && at("Input price") < at("Capabilities"));
    // The one value with its own source says so under it.
    let view = compare_view(&catalog, &pick(&catalog, &["lumen-pro", "ember-8b"])).unwrap();
    let max_output = view.rows.iter().find(|r| r.label == "Max output").unwrap();
    assert_eq!(
        max_output.cells[1].note.as_deref(),
        Some("Kestrel docs, checked 2026-07-01")
    );
}

#[test]
fn identical_spec_rows_can_be_hidden() {
    let catalog = atlas();
    let view = compare_view(&catalog, &pick(&catalog, &["lumen-pro", "quill-mini"])).unwrap();
    let identical: Vec<&str> = view
        .rows
        .iter()
        .filter(|r| r.identical())
        .map(|r| r.label.as_str())
        .collect();
    assert!(identical.contains(&"Open weights"), "{identical:?}");
    assert!(!identical.contains(&"Context window"));
}

#[test]
fn verdict_reasons_say_the_size_of_a_spec_difference() {
    let catalog = atlas();
    let pair = pick(&catalog, &["lumen-pro", "ember-8b"]);
    let v = verdict_all(&pair, &catalog.criteria(), &catalog.brand.locale);
    let text = v.text();
    assert!(
        text.contains("a 4× larger context window (1,048,576 vs 262,144 tokens)"),
        "{text}"
    );
    assert!(
        text.contains("a 6.3× lower input price ($0.20 vs $1.25 per 1M tokens)"),
        "{text}"
    );
    // A price that varies is never a reason either way.
    assert!(!text.contains("output price"), "{text}");

    let ranked = pick(&catalog, &["lumen-pro", "quill-mini"]);
    let v = verdict_all(&ranked, &catalog.criteria(), &catalog.brand.locale);
    assert_eq!(v.winner, Some(0));
    assert!(
        v.reasons.contains(
            &"Lumen Pro has an 8× larger context window: 1,048,576 vs 131,072 tokens.".to_owned()
        ),
        "{:?}",
        v.reasons
    );
    assert!(v
        .reasons
        .iter()
        .any(|r| r.contains("a 20% lower input price: $1.25 vs $1.50 per 1M tokens")));
}

#[test]
fn specs_and_prices_count_in_dominance() {
    let catalog = atlas();
    let lumen = catalog.get("lumen-pro").unwrap();
    let quill = catalog.get("quill-mini").unwrap();
    let ember = catalog.get("ember-8b").unwrap();
    assert!(dominates(lumen, quill, &catalog.criteria()));
    // Ember is cheaper and open but has less context: neither dominates.
    assert!(!dominates(lumen, ember, &catalog.criteria()));
    assert!(!dominates(ember, lumen, &catalog.criteria()));
    // Without specs Quill would only trail on rank and quality; one better spec saves it.
    let text = read("tests/fixtures/specs.json").replace(
        r#""context_window": 131072"#,
        r#""context_window": 2000000"#,
    );
    let changed = parse_catalog(&text).unwrap().catalog;
    let (lumen, quill) = (
        changed.get("lumen-pro").unwrap(),
        changed.get("quill-mini").unwrap(),
    );
    assert!(!dominates(lumen, quill, &changed.criteria()));
}

#[test]
fn the_calculator_prices_a_month_and_marks_the_cheapest() {
    let catalog = atlas();
    let locale = &catalog.brand.locale;
    let three = pick(&catalog, &["lumen-pro", "ember-8b", "quill-mini"]);
    let usage = Usage {
        input_tokens: 10_000_000,
        output_tokens: 2_000_000,
    };
    let view = cost_view(&three, usage, locale).expect("they have token rates");
    let texts: Vec<&str> = view.cells.iter().map(|c| c.text.as_str()).collect();
    // 10M × $1.25/M + 2M × $10/M; Ember's output varies; 10M × $1.50/M + 2M × $12/M.
    assert_eq!(texts, ["$32.50", "Varies", "$39.00"]);
    let cheapest: Vec<bool> = view.cells.iter().map(|c| c.cheapest).collect();
    assert_eq!(cheapest, [true, false, false]);
    // Input only: Ember's varying output price does not matter.
    let input_only = Usage {
        input_tokens: 10_000_000,
        output_tokens: 0,
    };
    let view = cost_view(&three, input_only, locale).unwrap();
    assert_eq!(view.cells[1].text, "$2.00");
    assert!(view.cells[1].cheapest);
    assert_eq!(Usage::parse(&usage.encode()), usage);
    assert_eq!(Usage::parse("in:x,out:-3,zzz"), Usage::default());
}

#[test]
fn a_catalog_without_rates_has_no_calculator() {
    let catalog = common::default_catalog();
    let pair = pick(&catalog, &["sdnext", "fast-stable-diffusion"]);
    assert!(cost_view(&pair, Usage::default(), &catalog.brand.locale).is_none());
}

#[test]
fn sources_are_grouped_by_the_artifacts_that_share_them() {
    let catalog = atlas();
    let shared = compare_view(&catalog, &pick(&catalog, &["lumen-pro", "ember-8b"])).unwrap();
    assert_eq!(shared.sources.len(), 1);
    assert_eq!(shared.sources[0].of, None);
    let mixed = compare_view(&catalog, &pick(&catalog, &["lumen-pro", "quill-mini"])).unwrap();
    assert_eq!(mixed.sources.len(), 1);
    assert_eq!(mixed.sources[0].of.as_deref(), Some("Lumen Pro"));
}

#[test]
fn broken_specs_are_errors_at_their_json_path() {
    let text = read("tests/fixtures/specs.json")
        .replace(
            r#""better": "higher", "format": "integer"}"#,
            r#""better": "up", "format": "integer"}"#,
        )
        .replace(r#""format": "compact""#, r#""format": "short""#)
        .replace(
            r#""open_weights": true"#,
            r#""open_weights": "yes", "speed": 3"#,
        )
        .replace(r#""amount": 0.0048"#, r#""amount": -1"#)
        .replace(r#""currency": "USD", "per": "image""#, r#""per": "image""#)
        .replace(r#""checked": "2026-07-01""#, r#""checked": "July 2026""#)
        .replace(
            r#""url": "https://example.com/docs""#,
            r#""url": "javascript:alert(1)""#,
        );
    std::fs::write(format!("{}/target/specs-broken.json", common::ROOT), &text).unwrap();
    let lines = error_lines("target/specs-broken.json");
    let expected = [
        "specs[0].better: expected one of higher, lower, none, found \"up\"",
        "specs[1].better: expected one of higher, lower, none, found \"up\"",
        "specs[2].format: expected one of integer, decimal, compact, percent, text, yes_no, found \"short\"",
        "artifacts[0].pricing.usage[2].amount: expected a number ≥ 0, found -1",
        "artifacts[0].pricing.usage[2].currency: required field is missing (expected a non-empty string)",
        "artifacts[1].specs.max_output.url: expected an http(s) URL, found \"javascript:alert(1)\"",
        "artifacts[1].specs.max_output.checked: expected a date YYYY-MM-DD, found \"July 2026\"",
        "artifacts[1].specs.open_weights: expected true or false or \"varies\" (spec \"open_weights\" is yes_no), found \"yes\"",
    ];
    for line in expected {
        assert!(
            lines.iter().any(|l| l == line),
            "missing {line:?} in {lines:#?}"
        );
    }
}

#[test]
fn an_undefined_spec_is_a_warning_and_not_shown() {
    let text = read("tests/fixtures/specs.json").replace(
        r#""open_weights": true"#,
        r#""open_weights": true, "speed": 3"#,
    );
    let parsed = parse_catalog(&text).expect("still valid");
    assert!(parsed
        .warnings
        .iter()
        .any(|w| w.to_string()
            == "artifacts[1].specs.speed: not one of the catalog's specs; not shown"));
    assert!(parsed
        .catalog
        .get("ember-8b")
        .unwrap()
        .spec("speed")
        .is_none());
}

#[test]
fn catalogs_without_specs_read_as_before() {
    let minimal = parse("tests/fixtures/minimal.json").unwrap().catalog;
    assert!(minimal.specs.is_empty());
    assert!(minimal
        .artifacts
        .iter()
        .all(|a| a.specs.is_empty() && a.sources.is_empty()));
}

#[test]
fn the_chunked_parse_reads_specs_given_after_the_artifacts() {
    let text = read("tests/fixtures/specs.json");
    // Move `specs` to the end of the document.
    let start = text.find("\"specs\": [").unwrap();
    let end = start + text[start..].find("],\n").unwrap() + 3;
    let moved = format!(
        "{}{},\n  {}\n}}",
        &text[..start],
        text[end..].trim_end().trim_end_matches('}').trim_end(),
        text[start..end - 2].trim_end()
    );
    assert!(moved.find("\"specs\": [").unwrap() > moved.find("\"artifacts\"").unwrap());
    let plain = parse_catalog(&moved).expect("valid with specs last");
    assert_eq!(plain.catalog, atlas());
    let mut chunked = versus_core::parse::ChunkedParse::new(&moved);
    while !chunked.step(200) {}
    assert_eq!(chunked.finish(), Ok(plain));
}

#[test]
fn three_artifacts_at_the_same_rank_are_tied_not_trailing() {
    let text = read("tests/fixtures/specs.json").replace(r#""rank": 30"#, r#""rank": 50"#);
    let catalog = parse_catalog(&text).unwrap().catalog;
    let three = pick(&catalog, &["lumen-pro", "ember-8b", "quill-mini"]);
    let v = verdict_all(&three, &catalog.criteria(), &catalog.brand.locale);
    assert_eq!(
        v.headline,
        "Lumen Pro, Ember 8B and Quill Mini are tied at 50/100."
    );
    assert_eq!(v.winner, None);
    // Each other one is still weighed against the first, specs included.
    assert!(
        v.reasons
            .iter()
            .any(|r| r.contains("larger context window")),
        "{:?}",
        v.reasons
    );
}
