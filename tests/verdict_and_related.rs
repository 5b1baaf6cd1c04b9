//! Verdicts, related ranking and view models on the default catalog and fixtures.

mod common;

use common::{default_catalog, parse};
use versus::domain::related::RelatedIndex;
use versus::domain::verdict::verdict;
use versus::domain::view::{artifact_view, compare_view};

fn verdict_text(a: &str, b: &str) -> (String, Vec<String>) {
    let catalog = default_catalog();
    let v = verdict(
        catalog.get(a).unwrap(),
        catalog.get(b).unwrap(),
        &catalog.signals,
        &catalog.brand.locale,
    );
    (v.headline, v.reasons)
}

#[test]
fn flux_beats_ernie_with_the_free_tier_reason() {
    let (headline, reasons) = verdict_text("ernie-4-5-vl-424b-a47b", "flux-1-pro");
    assert_eq!(
        headline,
        "FLUX.1 Pro scores higher at 58/100 vs ERNIE 4.5 VL 424B A47B at 20/100."
    );
    assert_eq!(
        reasons[0],
        "FLUX.1 Pro also has a free tier, making it more accessible."
    );
    assert!(
        reasons.contains(&"FLUX.1 Pro covers more capabilities (13 vs 5).".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"FLUX.1 Pro leads on Adoption and Quality.".to_owned()),
        "{reasons:?}"
    );
}

#[test]
fn the_higher_rank_wins_whichever_side_it_is_on() {
    let (forward, _) = verdict_text("sdnext", "ernie-4-5-vl-424b-a47b");
    let (backward, _) = verdict_text("ernie-4-5-vl-424b-a47b", "sdnext");
    assert_eq!(forward, backward);
    assert_eq!(
        forward,
        "sdnext scores higher at 51/100 vs ERNIE 4.5 VL 424B A47B at 20/100."
    );
    let (headline, _) = verdict_text("ernie-4-5-vl-424b-a47b", "fast-stable-diffusion");
    assert_eq!(
        headline,
        "fast-stable-diffusion scores higher at 48/100 vs ERNIE 4.5 VL 424B A47B at 20/100."
    );
}

#[test]
fn the_loser_keeps_its_edges() {
    // GPT-5.2 outranks Llama 4 Maverick but Maverick is free.
    let catalog = default_catalog();
    let (gpt, llama) = (
        catalog.get("gpt-5-2").unwrap(),
        catalog.get("llama-4-maverick").unwrap(),
    );
    let v = verdict(gpt, llama, &catalog.signals, &catalog.brand.locale);
    assert!(
        v.headline.starts_with("GPT-5.2 scores higher"),
        "{}",
        v.headline
    );
    assert!(
        v.reasons
            .iter()
            .any(|r| r.starts_with("Llama 4 Maverick has the edge on a free tier")),
        "{:?}",
        v.reasons
    );
}

#[test]
fn equal_ranks_tie() {
    let catalog = parse("tests/fixtures/minimal.json").unwrap().catalog;
    let (alpha, beta) = (catalog.get("alpha").unwrap(), catalog.get("beta").unwrap());
    let v = verdict(alpha, beta, &catalog.signals, &catalog.brand.locale);
    assert_eq!(v.winner, None);
    assert_eq!(v.headline, "Alpha and Beta are tied at 70/100.");
    assert_eq!(
        v.reasons,
        ["Beta has the edge on a free tier and more capabilities (1 vs 0)."]
    );
}

#[test]
fn related_of_ernie_28b_ranks_its_siblings_first() {
    let catalog = default_catalog();
    let index = RelatedIndex::build(&catalog);
    let position = catalog.index_of("ernie-4-5-vl-28b-a3b").unwrap();
    let related = index.related(position, 6);
    let ids: Vec<&str> = related
        .iter()
        .map(|r| catalog.artifacts[r.index].id.as_str())
        .collect();
    assert_eq!(ids[0], "ernie-4-5-vl-424b-a47b");
    for expected in [
        "ernie-4-5-21b-a3b",
        "llama-4-maverick",
        "gpt-5-2",
        "qwen3-vl-8b-instruct",
        "ministral-3-3b-2512",
    ] {
        assert!(ids.contains(&expected), "{expected} not in {ids:?}");
    }
    assert!(related.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(related
        .iter()
        .all(|r| !r.shared.is_empty() && r.score > 0.0 && r.score <= 1.0));
    assert!(
        !ids.contains(&"ernie-4-5-vl-28b-a3b"),
        "never related to itself"
    );
}

#[test]
fn related_is_symmetric_in_score() {
    let catalog = default_catalog();
    let index = RelatedIndex::build(&catalog);
    let a = catalog.index_of("ernie-4-5-vl-28b-a3b").unwrap();
    let b = catalog.index_of("ernie-4-5-vl-424b-a47b").unwrap();
    let ab = index
        .related(a, 20)
        .into_iter()
        .find(|r| r.index == b)
        .unwrap();
    let ba = index
        .related(b, 20)
        .into_iter()
        .find(|r| r.index == a)
        .unwrap();
    assert!((ab.score - ba.score).abs() < 1e-12);
    assert_eq!(index.shared_intents(a, b).len(), ab.shared.len());
}

#[test]
fn compare_view_has_every_seed_row() {
    let catalog = default_catalog();
    let sides = [
        catalog.get("ernie-4-5-vl-424b-a47b").unwrap(),
        catalog.get("flux-1-pro").unwrap(),
    ];
    let view = compare_view(&catalog, &sides).unwrap();
    assert_eq!(view.title, "Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro");
    let labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Type",
            "UnfragileRank",
            "Adoption",
            "Quality",
            "Ecosystem",
            "Match Graph",
            "Pricing",
            "Starting Price",
            "Capabilities",
            "Times Matched",
        ]
    );
    let price = &view.rows[7].cells[0];
    assert_eq!(price.text, "$0.42 / 1M prompt tokens");
    assert_eq!(price.note.as_deref(), Some("$4.20e-7 per prompt token"));
    assert_eq!(view.rows[8].cells[1].text, "13 decomposed");
    assert!(view.rows[1].cells[1].best && !view.rows[1].cells[0].best);
    assert_eq!(view.sides[1].more.as_deref(), Some("+5 more capabilities"));
    assert_eq!(view.sides[0].more, None);
}

#[test]
fn artifact_view_lists_related_with_shared_intents() {
    let catalog = default_catalog();
    let index = RelatedIndex::build(&catalog);
    let view = artifact_view(
        &catalog,
        &index,
        catalog.index_of("ernie-4-5-vl-28b-a3b").unwrap(),
    )
    .unwrap();
    assert_eq!(view.display_name, "Baidu: ERNIE 4.5 VL 28B A3B");
    assert_eq!(view.related.len(), 6);
    assert_eq!(
        view.related[0].artifact.display_name,
        "Baidu: ERNIE 4.5 VL 424B A47B"
    );
    assert!(
        view.related[0].shared.iter().all(|s| !s.contains('-')),
        "readable labels"
    );
    assert!(!view.best_for.is_empty() && !view.limitations.is_empty());
    assert_eq!(view.capability_total, "7 decomposed");
    let mut limited = view.clone();
    limited.limit_capabilities(2);
    assert_eq!(
        (limited.capabilities.len(), limited.more.as_deref()),
        (2, Some("+5 more capabilities"))
    );
}

#[test]
fn selection_resolves_ids_and_explains_failures() {
    use versus::domain::view::{select, selection_problem, Selection};
    let catalog = default_catalog();
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match select(&catalog, &ids(&["sdnext", "flux-1-pro", "sdnext"])) {
        Selection::Ready(found) => assert_eq!(found.len(), 2),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        select(&catalog, &ids(&["sdnext", "sdnext"])),
        Selection::TooFew
    );
    assert_eq!(
        select(&catalog, &ids(&["sdnext", "nope"])),
        Selection::Unknown(ids(&["nope"]))
    );
    assert_eq!(
        selection_problem(&ids(&["nope"])),
        "This catalog has no artifact “nope”."
    );
    assert_eq!(
        selection_problem(&[]),
        "A comparison needs two different artifacts from this catalog."
    );
}

#[test]
fn limiting_capabilities_adds_to_more() {
    let catalog = default_catalog();
    let sides = [
        catalog.get("sdnext").unwrap(),
        catalog.get("flux-1-pro").unwrap(),
    ];
    let mut view = compare_view(&catalog, &sides).unwrap();
    view.limit_capabilities(3);
    assert_eq!(view.sides[0].items.len(), 3);
    assert_eq!(view.sides[0].more.as_deref(), Some("+13 more capabilities"));
    assert_eq!(view.sides[1].more.as_deref(), Some("+10 more capabilities"));
    view.limit_capabilities(10);
    assert_eq!(view.sides[0].items.len(), 3, "limiting again never grows");
}
