//! The standalone app: loads the catalog once, applies its theme, routes to pages.

use yew::prelude::*;
use yew_router::prelude::*;

use super::components::error_notice::ErrorNotice;
use super::components::loading::LoadingCard;
use super::load::{fetch_catalog, Load, LoadError, Shared, DEFAULT_CATALOG};
use super::pages::artifact::ArtifactPage;
use super::pages::compare::ComparePage;
use super::pages::home::HomePage;
use super::pages::not_found::NotFoundPage;
use super::route::{split_ids, Route};
use crate::domain::urls::{is_http_url, is_relative_url};

/// The catalog URL: `?catalog=URL` when given, else the embedded default.
fn catalog_url() -> Result<String, LoadError> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let requested = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("catalog"))
        .filter(|url| !url.trim().is_empty());
    match requested {
        None => Ok(DEFAULT_CATALOG.to_owned()),
        Some(url) if is_http_url(&url) || is_relative_url(&url) => Ok(url),
        Some(url) => Err(LoadError {
            url: url.clone(),
            title: "The catalog URL is not allowed".to_owned(),
            lines: vec!["?catalog= takes an http(s) or relative URL.".to_owned()],
        }),
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Compare { ids } => html! { <ComparePage ids={split_ids(&ids)} /> },
        Route::Artifact { id } => html! { <ArtifactPage id={id} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

#[component]
pub fn App() -> Html {
    let attempt = use_state(|| 0u32);
    let load = use_state(|| Load::<Shared>::Loading);
    let root = use_node_ref();
    {
        let load = load.clone();
        use_effect_with(*attempt, move |_| {
            load.set(Load::Loading);
            match catalog_url() {
                Err(error) => load.set(Load::Failed(error)),
                Ok(url) => wasm_bindgen_futures::spawn_local(async move {
                    load.set(match fetch_catalog(url).await {
                        Ok(shared) => Load::Ready(shared),
                        Err(error) => Load::Failed(error),
                    });
                }),
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with((*load).clone(), move |load| {
            if let (Load::Ready(shared), Some(element)) =
                (load, root.cast::<web_sys::HtmlElement>())
            {
                apply_theme(&element, shared);
            }
        });
    }
    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    let body = match &*load {
        Load::Loading => html! { <LoadingCard /> },
        Load::Failed(error) => html! {
            <main class="vs-page"><ErrorNotice error={error.clone()} {on_retry} /></main>
        },
        Load::Ready(shared) => html! {
            <ContextProvider<Shared> context={shared.clone()}>
                <Switch<Route> render={switch} />
            </ContextProvider<Shared>>
        },
    };
    html! {
        <HashRouter>
            <div class="vs-app" ref={root}>{ body }</div>
        </HashRouter>
    }
}

/// Sets the brand theme as CSS custom properties through the CSSOM (no inline styles,
/// so a strict CSP allows it). Values were validated by the domain.
fn apply_theme(element: &web_sys::HtmlElement, shared: &Shared) {
    let style = element.style();
    for (property, value) in shared.0.catalog.brand.theme.css_properties() {
        let _ = style.set_property(&property, &value);
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", &shared.0.catalog.brand.locale.tag);
        }
    }
}
