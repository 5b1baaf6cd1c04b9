//! Unknown routes and unknown ids: say so, and offer what the catalog has.

use yew::prelude::*;

use super::use_catalog;
use crate::ui::components::site_frame::SiteFrame;
use crate::ui::links::PageLink;
use crate::ui::load::Shared;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct UnknownArtifactsProps {
    pub message: AttrValue,
    pub catalog: Shared,
}

/// "No artifact `x` in this catalog", then every artifact it does have.
#[component]
pub fn UnknownArtifacts(props: &UnknownArtifactsProps) -> Html {
    let catalog = &props.catalog.0.catalog;
    html! {
        <section class="vs-card vs-notice" aria-labelledby="vs-notice-title">
            <h1 id="vs-notice-title">{ "Nothing to compare here" }</h1>
            <p class="vs-notice__message">{ props.message.clone() }</p>
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
    html! {
        <SiteFrame brand={shared.0.catalog.brand.clone()}>
            <UnknownArtifacts message="There is no page at this address." catalog={shared.clone()} />
        </SiteFrame>
    }
}
