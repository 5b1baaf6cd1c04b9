//! The comparison card: title, feature table, scores chart, overlap, capabilities per side,
//! verdict, how the rank is computed, and where to look next.

use std::rc::Rc;

use yew::prelude::*;

use super::capability_list::CapabilityList;
use super::feature_table::feature_table;
use super::score_chart::score_chart;
use super::source_list::source_list;
use super::verdict_panel::verdict_panel;
use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::view::CompareView;

#[derive(Properties, PartialEq)]
pub struct ComparisonCardProps {
    pub view: Rc<CompareView>,
    /// The catalog's locale, for the card's own words.
    pub locale: Locale,
    /// "Need something different?" target.
    #[prop_or_default]
    pub search_href: Option<AttrValue>,
    /// Drops an artifact from the comparison (standalone site only).
    #[prop_or_default]
    pub on_remove: Option<Callback<String>>,
    /// Extra controls for the toolbar (the site's picker and share actions).
    #[prop_or_default]
    pub toolbar: Html,
    /// Shown above the verdict (the site's weight sliders).
    #[prop_or_default]
    pub weights: Html,
    /// Shown under the table (the cost calculator, when the artifacts have token rates).
    #[prop_or_default]
    pub calculator: Html,
    /// The verdict under the reader's weights, if any.
    #[prop_or_default]
    pub weighted: Option<AttrValue>,
}

#[component]
pub fn ComparisonCard(props: &ComparisonCardProps) -> Html {
    let (view, locale) = (&props.view, &props.locale);
    let hide_identical = use_state(|| false);
    let on_hide = {
        let hide_identical = hide_identical.clone();
        Callback::from(move |_: Event| hide_identical.set(!*hide_identical))
    };
    let entries: Vec<(String, String)> = view
        .columns
        .iter()
        .map(|c| (c.display_name.clone(), c.rank.clone()))
        .collect();
    let overlap = &view.overlap;
    html! {
        <article class={classes!("vs-card", "vs-compare", format!("vs-cols-{}", view.columns.len()))} aria-labelledby="vs-compare-title">
            <header class="vs-card__header">
                <h1 id="vs-compare-title" class="vs-card__title">{ &view.title }</h1>
                <p class="vs-card__subtitle">{ locale.text(page::CARD_SUBTITLE) }</p>
                <p class="vs-verdict-teaser">{ &view.verdict.headline }</p>
            </header>
            <div class="vs-toolbar">
                <label class="vs-toggle">
                    <input type="checkbox" checked={*hide_identical} onchange={on_hide} />
                    <span>{ locale.text(page::CARD_HIDE_IDENTICAL) }</span>
                </label>
                { props.toolbar.clone() }
            </div>
            { feature_table(&locale.say(page::CARD_TABLE_CAPTION, &[("title", &view.title)]), &view.columns, &view.rows,
                            *hide_identical, props.on_remove.as_ref(), locale) }
            { source_list(&view.sources, locale) }
            { props.calculator.clone() }
            { score_chart(&view.chart, locale) }
            if !overlap.shared.is_empty() || overlap.unique.iter().any(|(_, u)| !u.is_empty()) {
                <section class="vs-overlap" aria-labelledby="vs-overlap-title">
                    <h2 id="vs-overlap-title">{ locale.text(page::CARD_OVERLAP_TITLE) }</h2>
                    <div class="vs-overlap__grid">
                        <div class="vs-overlap__group vs-overlap__group--shared">
                            <h3>{ locale.text(if view.columns.len() > 2 { page::CARD_SHARED_ALL } else { page::CARD_SHARED_BOTH }) }</h3>
                            { chips(&overlap.shared, locale.text(page::CARD_NOTHING_SHARED)) }
                        </div>
                        { for overlap.unique.iter().map(|(name, intents)| html! {
                            <div class="vs-overlap__group">
                                <h3>{ locale.say(page::CARD_ONLY_IN, &[("name", name)]) }</h3>
                                { chips(intents, locale.text(page::CARD_NOTHING_UNIQUE)) }
                            </div>
                        }) }
                    </div>
                </section>
            }
            <div class="vs-sides">
                { for view.sides.iter().map(|side| html! {
                    <section class="vs-side">
                        <h2 class="vs-side__title">{ &side.heading }</h2>
                        <CapabilityList list={side.list.clone()} locale={locale.clone()} />
                    </section>
                }) }
            </div>
            { props.weights.clone() }
            { verdict_panel(&view.verdict, &view.rank_label, &entries, props.weighted.as_ref(), locale) }
            <section class="vs-rank-about" aria-labelledby="vs-rank-about-title">
                <h2 id="vs-rank-about-title">{ &view.rank_label }</h2>
                if let Some(about) = &view.rank_about {
                    <p>{ about }</p>
                } else {
                    <p>{ locale.say(page::CARD_RANK_ABOUT, &[("rank_label", &view.rank_label)]) }</p>
                }
            </section>
            if let Some(href) = &props.search_href {
                <p class="vs-different">
                    <span>{ locale.text(page::CARD_DIFFERENT) }</span>
                    <a href={href.clone()}>{ locale.text(page::CARD_SEARCH) }</a>
                </p>
            }
        </article>
    }
}

fn chips(items: &[String], when_empty: &str) -> Html {
    if items.is_empty() {
        return html! { <p class="vs-muted">{ when_empty }</p> };
    }
    html! {
        <ul class="vs-tags">{ for items.iter().map(|item| html! { <li class="vs-chip">{ item }</li> }) }</ul>
    }
}
