//! The standalone site: loads the catalog once, applies its theme, routes to pages.

use yew::prelude::*;

use super::catalog_store::{checked_catalog_url, use_catalog_load};
use super::components::embed_panel::{EmbedPanel, PanelOf};
use super::components::error_notice::error_notice;
use super::components::loading::loading_card;
use super::load::{Load, Shared, DEFAULT_CATALOG};
use super::pages::artifact::ArtifactPage;
use super::pages::compare::ComparePage;
use super::pages::embed::{EmbedFrame, EmbedTarget};
use super::pages::home::HomePage;
use super::pages::not_found::NotFoundPage;
use super::route::{split_ids, Route};
use super::router::{use_location, HashRouter};
use super::theme::{apply_theme, remember_theme_in_url, ThemeChoice};
use versus_core::theme::ThemeMode;

/// A query parameter of the page URL (`?catalog=…&theme=dark`).
pub fn page_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.trim().is_empty())
}

/// How a site module renders the page of a route: every page (the site's module,
/// `src/bin/versus-app.rs`), or only comparisons (the compare-first module,
/// `src/bin/versus-compare.rs`, see `crate::handover`). Each module's `main` gives `App` its
/// own, so a module links only the pages it can show.
#[derive(Clone, Copy)]
pub struct PageOf(pub fn(Route) -> Html);

/// Fixed for the life of a module, so never a reason to re-render.
impl PartialEq for PageOf {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl PageOf {
    /// The whole site.
    pub const ANY: PageOf = PageOf(any_page);
}

/// The page of any route.
fn any_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Compare { ids } => html! {
            <ComparePage ids={split_ids(&ids)} embed_panel={PanelOf(|props| html! { <EmbedPanel ..props /> })} />
        },
        Route::Artifact { id } => html! { <ArtifactPage id={id} /> },
        Route::EmbedCompare { ids } => {
            html! { <EmbedFrame target={EmbedTarget::Compare(split_ids(&ids))} /> }
        }
        Route::EmbedArtifact { id } => html! { <EmbedFrame target={EmbedTarget::Artifact(id)} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct PagesProps {
    page_of: PageOf,
}

/// The page of the current route.
#[component]
fn Pages(props: &PagesProps) -> Html {
    (props.page_of.0)(use_location().route)
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub page_of: PageOf,
}

/// A site module's start: the panic notice, then the app in `#versus-site` (if the page
/// has one), rendering pages as `page_of` does.
pub fn start(page_of: PageOf) -> Option<yew::AppHandle<App>> {
    super::panic::install();
    let root = web_sys::window()?
        .document()?
        .get_element_by_id("versus-site")?;
    Some(yew::Renderer::<App>::with_root_and_props(root, AppProps { page_of }).render())
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let url = use_memo((), |_| {
        checked_catalog_url(&page_param("catalog").unwrap_or_else(|| DEFAULT_CATALOG.to_owned()))
    });
    let mode = use_state(|| ThemeMode::parse(page_param("theme").as_deref()));
    let choice = ThemeChoice {
        mode: *mode,
        on_change: {
            let mode = mode.clone();
            Callback::from(move |next: ThemeMode| {
                remember_theme_in_url(next);
                mode.set(next);
            })
        },
    };
    let (load, on_retry) = use_catalog_load((*url).clone());
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((load.clone(), *mode), move |(load, mode)| {
            let mode = *mode;
            if let (Load::Ready(shared), Some(element)) =
                (load, root.cast::<web_sys::HtmlElement>())
            {
                apply_theme(&element, &shared.0.catalog.brand.theme, mode);
                set_document_language(&shared.0.catalog.brand.locale.tag, mode);
            }
        });
    }
    let body = match &load {
        Load::Loading => html! { <main class="vs-page">{ loading_card() }</main> },
        Load::Failed(error) => html! {
            <main class="vs-page">{ error_notice(error, on_retry) }</main>
        },
        Load::Ready(shared) => html! {
            <ContextProvider<Shared> context={shared.clone()}>
                <Pages page_of={props.page_of} />
            </ContextProvider<Shared>>
        },
    };
    html! {
        <HashRouter>
            <ContextProvider<ThemeChoice> context={choice}>
                <div class="vs-app" data-theme={mode.as_str()} ref={root}>{ body }</div>
            </ContextProvider<ThemeChoice>>
        </HashRouter>
    }
}

/// The page is the brand's: its language, and a `color-scheme` matching the theme so a
/// frame around a dark card paints no white box.
fn set_document_language(tag: &str, mode: ThemeMode) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", tag);
        if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(html) {
            let _ = html
                .style()
                .set_property("color-scheme", mode.color_scheme());
        }
    }
}
