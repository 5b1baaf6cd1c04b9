//! Unknown routes and unknown ids: say so, and offer what the catalog has.

use yew::prelude::*;

use super::use_catalog;
use crate::components::site_frame::site_frame;
use crate::links::PageLink;
use crate::route::Route;
use versus_core::catalog::Catalog;

/// "No artifact `x` in this catalog" (`message`), then every artifact `catalog` does have.
/// A view function: it keeps no state (see `crate::components`).
pub fn unknown_artifacts(message: &str, catalog: &Catalog) -> Html {
    html! {
        <section class="vs-card vs-notice" aria-labelledby="vs-notice-title">
            <h1 id="vs-notice-title">{ "Nothing to compare here" }</h1>
            <p class="vs-notice__message">{ message }</p>
            <h2>{ "Artifacts in this catalog" }</h2>
            <ul class="vs-link-list">
                { for catalog.artifacts.iter().map(|a| html! {
                    <li><PageLink to={Route::Artifact { id: a.id.clone() }}>{ a.display_name() }</PageLink>
                        <span class="vs-muted">{ format!(" · {}", a.kind) }</span></li>
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
    site_frame(
        &shared.0.catalog.brand,
        unknown_artifacts("There is no page at this address.", &shared.0.catalog),
    )
}
