//! `#/artifact/{id}`: every section of an artifact page.

use yew::prelude::*;

use super::not_found::unknown_artifacts;
use super::{set_title, use_catalog_with};
use crate::components::capability_list::CapabilityList;
use crate::components::embed_panel::EmbedPanel;
use crate::components::site_frame::site_frame;
use crate::components::source_list::source_line;
use crate::host_events::Host;
use crate::links::{visit_link, PageLink};
use crate::route::Route;
use crate::widget::EmbedTarget;
use versus_core::format::Locale;
use versus_core::messages::{page, verdict as joining};
use versus_core::site::artifact_title_in;
use versus_core::view::selection_problem;
use versus_core::view::{artifact_view, ArtifactView};

#[derive(Properties, PartialEq)]
pub struct ArtifactPageProps {
    pub id: String,
}

#[component]
pub fn ArtifactPage(props: &ArtifactPageProps) -> Html {
    let shared = match use_catalog_with(vec![props.id.clone()], true) {
        Ok(shared) => shared,
        Err(waiting) => return waiting,
    };
    let loaded = &shared.0;
    let brand = &loaded.catalog.brand;
    let view = loaded
        .catalog
        .index_of(&props.id)
        .and_then(|position| artifact_view(&loaded.catalog, loaded.related_of(position), position));
    let Some(view) = view else {
        return site_frame(
            brand,
            unknown_artifacts(
                &selection_problem(std::slice::from_ref(&props.id), &brand.locale),
                &loaded.catalog,
            ),
        );
    };
    set_title(&artifact_title_in(
        &brand.locale,
        &view.display_name,
        &brand.name,
    ));
    site_frame(
        brand,
        html! {
            <>
                { artifact_body(&view, &brand.locale, &Host::default()) }
                <EmbedPanel target={EmbedTarget::Artifact(view.id.clone())} title={view.display_name.clone()} catalog_url={loaded.source.clone()}
                            locale={brand.locale.clone()} />
            </>
        },
    )
}

fn text_list(title: &str, class: &str, items: &[String]) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class={classes!("vs-section", class.to_owned())}>
            <h2>{ title }</h2>
            <ul class="vs-bullets">{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul>
        </section>
    }
}

/// The artifact page below the site frame (and the artifact widget, whose `host` hears its
/// "Visit" link), in `locale`'s words.
/// A view function: it keeps no state; the capability list inside does (see
/// `crate::components`).
pub fn artifact_body(view: &ArtifactView, locale: &Locale, host: &Host) -> Html {
    let first_other = view
        .alternatives
        .first()
        .or(view.related.first().map(|r| &r.artifact))
        .map(|a| a.id.clone());
    let text = |message| locale.text(message);
    let list = |items: &[String]| {
        if items.is_empty() {
            "—".to_owned()
        } else {
            items.join(locale.text(joining::LIST_SEPARATOR))
        }
    };
    html! {
        <article class="vs-card vs-artifact" aria-labelledby="vs-artifact-title">
            <header class="vs-card__header">
                <p class="vs-eyebrow">
                    <span class="vs-chip">{ &view.kind }</span>
                    <span class="vs-chip vs-chip--plan">{ &view.plan }</span>
                </p>
                <h1 id="vs-artifact-title" class="vs-card__title">{ &view.display_name }</h1>
                if let Some(summary) = &view.summary {
                    <p class="vs-card__subtitle">{ summary }</p>
                }
                <div class="vs-artifact__actions">
                    if let Some(url) = &view.url {
                        { visit_link(&view.id, url, host, "vs-button vs-button--ghost", html! { text(page::ARTIFACT_VISIT) }) }
                    }
                    if let Some(other) = first_other {
                        <PageLink classes="vs-button" to={Route::compare(&[&view.id, &other])}>{ text(page::ARTIFACT_COMPARE) }</PageLink>
                    }
                </div>
            </header>
            <div class="vs-artifact__grid">
                <div class="vs-artifact__main">
                    <section class="vs-section">
                        <h2>{ text(page::ARTIFACT_CAPABILITIES) }<span class="vs-muted">{ locale.say(page::ASIDE, &[("text", &view.capability_total)]) }</span></h2>
                        <CapabilityList list={view.capabilities.clone()} locale={locale.clone()} />
                    </section>
                    { related_section(view, locale) }
                    { text_list(text(page::ARTIFACT_BEST_FOR), "vs-best-for", &view.best_for) }
                    { text_list(text(page::ARTIFACT_LIMITATIONS), "vs-limitations", &view.limitations) }
                    if let Some(about) = &view.about {
                        <section class="vs-section"><h2>{ text(page::ARTIFACT_ABOUT) }</h2><p>{ about }</p></section>
                    }
                </div>
                <aside class="vs-artifact__aside">
                    <section class="vs-section vs-rank">
                        <h2>{ &view.rank_label }</h2>
                        <p class="vs-rank__value">{ &view.rank }</p>
                        if let Some(about) = &view.rank_about {
                            <p class="vs-muted">{ about }</p>
                        }
                        <dl class="vs-facts">
                            { for view.facts.iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
                        </dl>
                    </section>
                    if !view.specs.is_empty() {
                        <section class="vs-section vs-specs">
                            <h2>{ text(page::ARTIFACT_SPECS_TITLE) }</h2>
                            <dl class="vs-facts">
                                { for view.specs.iter().map(|line| html! {
                                    <>
                                        <dt>{ &line.label }</dt>
                                        <dd>
                                            { &line.value }
                                            if let Some(source) = &line.source {
                                                <span class="vs-cell__note">{ source }</span>
                                            }
                                        </dd>
                                    </>
                                }) }
                            </dl>
                        </section>
                    }
                    { text_list(text(page::ARTIFACT_REQUIREMENTS), "vs-requirements", &view.requirements) }
                    if !view.inputs.is_empty() || !view.outputs.is_empty() {
                        <section class="vs-section">
                            <h2>{ text(page::ARTIFACT_IO) }</h2>
                            <dl class="vs-facts">
                                <dt>{ text(page::ARTIFACT_INPUTS) }</dt><dd>{ list(&view.inputs) }</dd>
                                <dt>{ text(page::ARTIFACT_OUTPUTS) }</dt><dd>{ list(&view.outputs) }</dd>
                            </dl>
                        </section>
                    }
                    if !view.details.is_empty() {
                        <section class="vs-section">
                            <h2>{ text(page::ARTIFACT_DETAILS) }</h2>
                            <dl class="vs-facts">
                                { for view.details.iter().map(|d| html! { <><dt>{ &d.label }</dt><dd>{ &d.value }</dd></> }) }
                            </dl>
                        </section>
                    }
                    if !view.sources.is_empty() {
                        <section class="vs-section vs-source-list">
                            <h2>{ text(page::ARTIFACT_SOURCES) }</h2>
                            <ul>{ for view.sources.iter().map(|source| html! { <li>{ source_line(source, locale) }</li> }) }</ul>
                        </section>
                    }
                    if !view.categories.is_empty() {
                        <section class="vs-section">
                            <h2>{ text(page::ARTIFACT_CATEGORIES) }</h2>
                            <ul class="vs-tags">{ for view.categories.iter().map(|c| html! { <li class="vs-chip">{ c }</li> }) }</ul>
                        </section>
                    }
                    if !view.alternatives.is_empty() {
                        <section class="vs-section">
                            <h2>{ locale.say(page::ARTIFACT_ALTERNATIVES, &[("name", &view.display_name)]) }</h2>
                            <ul class="vs-link-list">
                                { for view.alternatives.iter().map(|alt| html! {
                                    <li>
                                        <PageLink to={Route::Artifact { id: alt.id.clone() }}>{ &alt.display_name }</PageLink>
                                        { text(page::SEPARATOR) }
                                        <PageLink classes="vs-compare-link" to={Route::compare(&[&view.id, &alt.id])}>{ text(page::ARTIFACT_COMPARE) }</PageLink>
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }
                    if let Some(updated) = &view.updated {
                        <p class="vs-muted vs-updated">{ locale.say(page::ARTIFACT_UPDATED, &[("date", updated)]) }</p>
                    }
                </aside>
            </div>
        </article>
    }
}

/// Related artifacts ranked by overlap, with what switching gains and gives up.
fn related_section(view: &ArtifactView, locale: &Locale) -> Html {
    if view.related.is_empty() {
        return Html::default();
    }
    let text = |message| locale.text(message);
    let separator = text(joining::LIST_SEPARATOR);
    html! {
        <section class="vs-section vs-related">
            <h2>{ text(page::RELATED_TITLE) }<span class="vs-muted">{ text(page::RELATED_ASIDE) }</span></h2>
            <p class="vs-muted">{ locale.say(page::RELATED_INTRO, &[("name", &view.display_name)]) }</p>
            <ol class="vs-related__list">
                { for view.related.iter().map(|related| html! {
                    <li class="vs-related__item">
                        <div class="vs-related__head">
                            <PageLink to={Route::Artifact { id: related.artifact.id.clone() }}>{ &related.artifact.display_name }</PageLink>
                            <span class="vs-chip">{ &related.overlap }</span>
                        </div>
                        if let Some(summary) = &related.artifact.summary {
                            <p class="vs-related__summary">{ summary }</p>
                        }
                        <p class="vs-related__shared">
                            <span class="vs-muted">{ text(page::RELATED_SHARES) }</span>{ related.shared.join(separator) }
                        </p>
                        if !related.gain.is_empty() || !related.loss.is_empty() {
                            <dl class="vs-related__switch">
                                if !related.gain.is_empty() {
                                    <dt>{ text(page::RELATED_GAINS) }</dt>
                                    <dd>{ related.gain.join(separator) }</dd>
                                }
                                if !related.loss.is_empty() {
                                    <dt>{ text(page::RELATED_GIVES_UP) }</dt>
                                    <dd>{ related.loss.join(separator) }</dd>
                                }
                            </dl>
                        }
                        <PageLink classes="vs-compare-link" to={Route::compare(&[&view.id, &related.artifact.id])}>{ text(page::RELATED_COMPARE) }</PageLink>
                    </li>
                }) }
            </ol>
        </section>
    }
}
