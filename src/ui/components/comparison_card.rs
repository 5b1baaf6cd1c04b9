//! The comparison card: title, feature table, capabilities per side, verdict.

use std::rc::Rc;

use yew::prelude::*;

use super::capability_list::CapabilityList;
use super::feature_table::FeatureTable;
use super::verdict_panel::VerdictPanel;
use crate::domain::view::CompareView;

#[derive(Properties, PartialEq)]
pub struct ComparisonCardProps {
    pub view: Rc<CompareView>,
    /// "Need something different?" target.
    #[prop_or_default]
    pub search_href: Option<AttrValue>,
}

#[component]
pub fn ComparisonCard(props: &ComparisonCardProps) -> Html {
    let view = &props.view;
    html! {
        <article class="vs-card vs-compare" aria-labelledby="vs-compare-title">
            <header class="vs-card__header">
                <h1 id="vs-compare-title" class="vs-card__title">{ &view.title }</h1>
                <p class="vs-card__subtitle">{ "Side-by-side comparison to help you choose." }</p>
                <p class="vs-verdict-teaser">{ &view.verdict.headline }</p>
            </header>
            <FeatureTable caption={format!("{}: feature comparison", view.title)} columns={view.columns.clone()} rows={view.rows.clone()} />
            <div class="vs-sides">
                { for view.sides.iter().map(|side| html! {
                    <section class="vs-side">
                        <h2 class="vs-side__title">{ &side.heading }</h2>
                        <CapabilityList items={side.items.clone()} more={side.more.clone().map(AttrValue::from)} />
                    </section>
                }) }
            </div>
            <VerdictPanel verdict={view.verdict.clone()} rank_label={view.rank_label.clone()} />
            <section class="vs-rank-about" aria-labelledby="vs-rank-about-title">
                <h2 id="vs-rank-about-title">{ &view.rank_label }</h2>
                if let Some(about) = &view.rank_about {
                    <p>{ about }</p>
                } else {
                    <p>{ format!("{} is the catalog's 0–100 score for each artifact.", view.rank_label) }</p>
                }
            </section>
            if let Some(href) = &props.search_href {
                <p class="vs-different">
                    <span>{ "Need something different? " }</span>
                    <a href={href.clone()}>{ "Search →" }</a>
                </p>
            }
        </article>
    }
}
