//! Unknown routes and unknown ids: say so, and offer what the catalog has.

use yew::prelude::*;

use super::use_catalog;
use crate::components::site_frame::site_frame;
use crate::links::PageLink;
use crate::route::Route;
use versus_core::catalog::Catalog;
use versus_core::messages::page;

/// "No artifact `x` in this catalog" (`message`), then every artifact `catalog` does have.
/// A view function: it keeps no state (see `crate::components`).
pub fn unknown_artifacts(message: &str, catalog: &Catalog) -> Html {
    let locale = &catalog.brand.locale;
    html! {
        <section class="vs-card vs-notice" aria-labelledby="vs-notice-title">
            <h1 id="vs-notice-title">{ locale.text(page::NOT_FOUND_TITLE) }</h1>
            <p class="vs-notice__message">{ message }</p>
            <h2>{ locale.text(page::NOT_FOUND_ARTIFACTS) }</h2>
            <ul class="vs-link-list">
                { for catalog.artifacts.iter().map(|a| html! {
                    <li><PageLink to={Route::Artifact { id: a.id.clone() }}>{ a.display_name() }</PageLink>
                        <span class="vs-muted">{ locale.say(page::ASIDE, &[("text", &a.kind)]) }</span></li>
                }) }
            </ul>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> Html {
    let Some(shared) = use_catalog() else {
        return Html::default();
    };
    let catalog = &shared.0.catalog;
    site_frame(
        &catalog.brand,
        unknown_artifacts(catalog.brand.locale.text(page::NOT_FOUND_NO_PAGE), catalog),
    )
}
