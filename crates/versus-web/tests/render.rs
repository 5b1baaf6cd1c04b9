//! Components rendered to HTML natively (yew's server renderer): what a person would read,
//! and catalog markup staying text.

#[path = "../../versus-core/tests/common/mod.rs"]
mod common;

use std::rc::Rc;

use versus_core::view::compare_view;
use versus_core::{parse_catalog, Catalog};
use versus_web::components::comparison_card::{ComparisonCard, ComparisonCardProps};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct CardHostProps {
    card: Rc<ComparisonCardProps>,
}

/// The card as the site renders it (links are plain hash links: no router needed).
#[component]
fn CardHost(props: &CardHostProps) -> Html {
    html! {
        <ComparisonCard view={props.card.view.clone()} locale={props.card.locale.clone()} search_href={props.card.search_href.clone()} />
    }
}

async fn render_card(catalog: &Catalog, a: &str, b: &str) -> String {
    let sides = [catalog.get(a).unwrap(), catalog.get(b).unwrap()];
    let view = compare_view(catalog, &sides).unwrap();
    let card = Rc::new(ComparisonCardProps {
        view: Rc::new(view),
        locale: catalog.brand.locale.clone(),
        search_href: Some("#/?q=x".into()),
        on_remove: None,
        toolbar: Html::default(),
        weights: Html::default(),
        weighted: None,
        calculator: Html::default(),
    });
    yew::LocalServerRenderer::<CardHost>::with_props(CardHostProps { card })
        .render()
        .await
}

#[tokio::test(flavor = "current_thread")]
async fn comparison_card_shows_every_seed_section() {
    let html = render_card(
        &common::default_catalog(),
        "ernie-4-5-vl-424b-a47b",
        "flux-1-pro",
    )
    .await;
    for expected in [
        "Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro",
        "FLUX.1 Pro scores higher at 58/100 vs ERNIE 4.5 VL 424B A47B at 20/100.",
        "FLUX.1 Pro also has a free tier, making it more accessible.",
        "UnfragileRank",
        "+5 more capabilities",
        "$0.42 / 1M prompt tokens",
        "FLUX.1 Pro Capabilities",
        "Need something different?",
        "<th scope=\"row\">Times Matched</th>",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn catalog_markup_renders_as_text() {
    let text = common::read("tests/fixtures/minimal.json")
        .replace(
            "\"name\": \"Alpha\"",
            "\"name\": \"<img src=x onerror=alert(1)>Alpha\"",
        )
        .replace("Exports reports quickly.", "<script>alert('x')</script>");
    let catalog = parse_catalog(&text).unwrap().catalog;
    let html = render_card(&catalog, "alpha", "beta").await;
    assert!(!html.contains("<img src=x"), "raw markup leaked");
    assert!(!html.contains("<script>"), "raw script leaked");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;Alpha"));
    assert!(html.contains("&lt;script&gt;"));
}
