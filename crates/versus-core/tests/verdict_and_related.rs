//! Verdicts, related ranking and view models on the default catalog and fixtures.

mod common;

use common::{default_catalog, parse};
use versus_core::related::RelatedIndex;
use versus_core::verdict::verdict;
use versus_core::view::{artifact_view, compare_view, RELATED_SHOWN};
use versus_core::{Artifact, Catalog};

/// The catalog's artifacts with these ids, in this order.
fn pick<'c>(catalog: &'c Catalog, ids: &[&str]) -> Vec<&'c Artifact> {
    ids.iter()
        .map(|id| catalog.get(id).expect("a default-catalog id"))
        .collect()
}

fn verdict_text(a: &str, b: &str) -> (String, Vec<String>) {
    let catalog = default_catalog();
    let v = verdict(
        catalog.get(a).unwrap(),
        catalog.get(b).unwrap(),
        &catalog.criteria(),
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
    let v = verdict(gpt, llama, &catalog.criteria(), &catalog.brand.locale);
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
    let v = verdict(alpha, beta, &catalog.criteria(), &catalog.brand.locale);
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
    let sides = pick(&catalog, &["ernie-4-5-vl-424b-a47b", "flux-1-pro"]);
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
            "Parameters",
            "Active parameters",
            "Pricing",
            "Starting Price",
            "Image price",
            "Capabilities",
            "Times Matched",
        ]
    );
    let row = |label: &str| view.rows.iter().find(|r| r.label == label).unwrap();
    let texts =
        |label: &str| -> Vec<String> { row(label).cells.iter().map(|c| c.text.clone()).collect() };
    assert_eq!(texts("Parameters"), ["424B", "12B"]);
    assert_eq!(texts("Active parameters"), ["47B", "—"]);
    assert_eq!(texts("Image price"), ["—", "Varies"]);
    let price = &row("Starting Price").cells[0];
    assert_eq!(price.text, "$0.42 / 1M prompt tokens");
    assert_eq!(price.note.as_deref(), Some("$4.20e-7 per prompt token"));
    assert_eq!(row("Capabilities").cells[1].text, "13 decomposed");
    assert!(view.rows[1].cells[1].best && !view.rows[1].cells[0].best);
    assert_eq!(
        view.sides[1]
            .list
            .more(false, &Default::default())
            .as_deref(),
        Some("+5 more capabilities")
    );
    assert_eq!(view.sides[0].list.more(false, &Default::default()), None);
}

#[test]
fn artifact_view_lists_related_with_shared_intents() {
    let catalog = default_catalog();
    let index = RelatedIndex::build(&catalog);
    let position = catalog.index_of("ernie-4-5-vl-28b-a3b").unwrap();
    let view = artifact_view(&catalog, index.related(position, RELATED_SHOWN), position).unwrap();
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
    let mut limited = view.capabilities.clone();
    limited.limit(2);
    assert_eq!(
        (
            limited.visible(false).len(),
            limited.more(false, &Default::default()).as_deref()
        ),
        (2, Some("+5 more capabilities"))
    );
}

#[test]
fn selection_resolves_ids_and_explains_failures() {
    use versus_core::view::{select, selection_problem, Selection};
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
        selection_problem(&ids(&["nope"]), &Default::default()),
        "This catalog has no artifact “nope”."
    );
    assert_eq!(
        selection_problem(&[], &Default::default()),
        "A comparison needs two different artifacts from this catalog."
    );
}

#[test]
fn limiting_capabilities_adds_to_more() {
    let catalog = default_catalog();
    let sides = pick(&catalog, &["sdnext", "flux-1-pro"]);
    let mut view = compare_view(&catalog, &sides).unwrap();
    view.limit_capabilities(3);
    let sdnext = &view.sides[0].list;
    assert_eq!(sdnext.visible(false).len(), 3);
    assert_eq!(
        sdnext.more(false, &Default::default()).as_deref(),
        Some("+13 more capabilities")
    );
    assert!(sdnext.expandable());
    assert_eq!(
        sdnext.visible(true).len(),
        8,
        "expanding shows every listed capability"
    );
    assert_eq!(
        sdnext.more(true, &Default::default()).as_deref(),
        Some("+8 more capabilities"),
        "the unlisted remain"
    );
    assert_eq!(
        view.sides[1]
            .list
            .more(false, &Default::default())
            .as_deref(),
        Some("+10 more capabilities")
    );
    view.limit_capabilities(10);
    assert_eq!(
        view.sides[0].list.visible(false).len(),
        3,
        "limiting again never grows"
    );
}

fn verdict_for(ids: &[&str]) -> versus_core::verdict::Verdict {
    let catalog = default_catalog();
    let artifacts = pick(&catalog, ids);
    versus_core::verdict::verdict_all(&artifacts, &catalog.criteria(), &catalog.brand.locale)
}

#[test]
fn the_rank_gap_is_broken_down_by_signal() {
    let v = verdict_for(&["ernie-4-5-vl-424b-a47b", "flux-1-pro"]);
    assert_eq!(
        v.breakdown.as_deref(),
        Some("FLUX.1 Pro leads by 38 points: +1 Adoption, +1 Quality.")
    );
    assert_eq!(v.standings, [1, 0]);
    let v = verdict_for(&["sdnext", "fast-stable-diffusion"]);
    assert_eq!(
        v.breakdown.as_deref(),
        Some("sdnext leads by 3 points; the signals are level.")
    );
}

#[test]
fn an_artifact_worse_on_everything_is_marked_dominated() {
    let v = verdict_for(&["ernie-4-5-vl-424b-a47b", "flux-1-pro"]);
    assert_eq!(v.notes, [
        "ERNIE 4.5 VL 424B A47B is dominated by FLUX.1 Pro: at least as good on every signal, spec, price and capability count."
    ]);
    // sdnext and FLUX.1 Pro each lead somewhere: neither dominates.
    assert!(verdict_for(&["sdnext", "flux-1-pro"]).notes.is_empty());
}

#[test]
fn three_way_verdicts_rank_everyone_with_reasons() {
    let v = verdict_for(&["ernie-4-5-vl-424b-a47b", "sdnext", "flux-1-pro"]);
    assert_eq!(v.headline, "FLUX.1 Pro ranks first at 58/100, ahead of sdnext at 51/100 and ERNIE 4.5 VL 424B A47B at 20/100.");
    assert_eq!(v.winner, Some(2));
    assert_eq!(v.standings, [2, 1, 0]);
    assert_eq!(v.reasons[0], "Against sdnext: FLUX.1 Pro has the edge on Quality; sdnext has the edge on more capabilities (16 vs 13) and Ecosystem.");
    assert!(
        v.reasons[1]
            .starts_with("Against ERNIE 4.5 VL 424B A47B: FLUX.1 Pro has the edge on a free tier"),
        "{}",
        v.reasons[1]
    );
    assert_eq!(
        v.notes.len(),
        1,
        "ERNIE is dominated by both others: {:?}",
        v.notes
    );
    assert!(
        v.notes[0].contains("by sdnext and FLUX.1 Pro")
            || v.notes[0].contains("by FLUX.1 Pro and sdnext")
    );
}

#[test]
fn four_way_and_too_close_to_call() {
    let v = verdict_for(&["sdnext", "fast-stable-diffusion", "flux-1-pro", "gpt-5-2"]);
    assert!(
        v.headline.starts_with("FLUX.1 Pro ranks first at 58/100"),
        "{}",
        v.headline
    );
    assert_eq!(v.reasons.len(), 3);
    let text = common::read("tests/fixtures/minimal.json").replace(
        "\"rank\": 70,\n      \"pricing\": { \"plan\": \"freemium\" }",
        "\"rank\": 69,\n      \"pricing\": { \"plan\": \"freemium\" }",
    );
    let catalog = versus_core::parse_catalog(&text).unwrap().catalog;
    let (alpha, beta) = (catalog.get("alpha").unwrap(), catalog.get("beta").unwrap());
    let v = versus_core::verdict::verdict_all(
        &[alpha, beta],
        &catalog.criteria(),
        &catalog.brand.locale,
    );
    assert_eq!(
        v.headline,
        "Too close to call: Alpha at 70/100 vs Beta at 69/100."
    );
    assert_eq!(v.winner, None);
    assert_eq!(
        v.reasons,
        ["Beta has the edge on a free tier and more capabilities (1 vs 0)."]
    );
}

#[test]
fn the_score_chart_has_a_bar_per_artifact_and_a_text_alternative() {
    let catalog = default_catalog();
    let sides = pick(&catalog, &["ernie-4-5-vl-424b-a47b", "flux-1-pro"]);
    let chart = versus_core::view::score_chart(&catalog, &sides, &catalog.brand.locale);
    assert_eq!(chart.len(), 5, "rank + four signals");
    assert_eq!(
        chart[0].description,
        "UnfragileRank: ERNIE 4.5 VL 424B A47B 20/100, FLUX.1 Pro 58/100."
    );
    assert!((chart[0].bars[1].fraction - 0.58).abs() < 1e-9 && chart[0].bars[1].best);
    assert!(
        !chart[3].bars.iter().any(|b| b.best),
        "level Ecosystem has no leader"
    );
}

#[test]
fn overlap_separates_shared_and_unique_intents() {
    let catalog = default_catalog();
    let pair = pick(&catalog, &["sdnext", "fast-stable-diffusion"]);
    let view = versus_core::view::overlap(&pair);
    assert!(
        view.shared.contains(&"text to image".to_owned()),
        "{:?}",
        view.shared
    );
    for (_, unique) in &view.unique {
        assert!(unique.iter().all(|u| !view.shared.contains(u)));
    }
    let (gain, loss) = versus_core::view::gain_and_loss(pair[0], pair[1]);
    assert!(!gain.is_empty() && !loss.is_empty());
    assert!(gain.iter().all(|g| !loss.contains(g)));
}

#[test]
fn identical_rows_are_flagged_for_hiding() {
    let catalog = default_catalog();
    let sides = pick(&catalog, &["sdnext", "fast-stable-diffusion"]);
    let view = compare_view(&catalog, &sides).unwrap();
    let identical: Vec<&str> = view
        .rows
        .iter()
        .filter(|r| r.identical())
        .map(|r| r.label.as_str())
        .collect();
    assert_eq!(
        identical,
        [
            "Type",
            "Adoption",
            "Quality",
            "Ecosystem",
            "Match Graph",
            "Pricing",
            "Times Matched"
        ]
    );
}
