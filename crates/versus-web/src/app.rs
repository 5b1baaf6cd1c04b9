//! The standalone site: loads the catalog once, applies its theme, routes to pages.

use std::rc::Rc;

use yew::prelude::*;

use super::catalog_store::{checked_catalog_url, use_catalog_load};
use super::components::embed_panel::{EmbedPanel, PanelOf};
use super::components::error_notice::error_notice;
use super::components::loading::loading_card;
use super::links::{site_compare_pages, ComparePages, LinkMode, PathLinks};
use super::load::{Load, Shared, DEFAULT_CATALOG};
use super::pages::artifact::ArtifactPage;
use super::pages::compare::ComparePage;
use super::pages::embed::{EmbedFrame, EmbedTarget};
use super::pages::home::HomePage;
use super::pages::not_found::NotFoundPage;
use super::route::{split_ids, Route};
use super::router::{use_location, HashRouter};
use super::theme::{apply_theme, remember_theme_in_url, ThemeChoice};
use versus_core::format::Locale;
use versus_core::site::DEFAULT_RELATED;
use versus_core::theme::ThemeMode;

/// A query parameter of the page URL (`?catalog=…&theme=dark`).
pub fn page_param(name: &str) -> Option<String> {
    let search = crate::dom::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.trim().is_empty())
}

/// How a site module renders the page of a route: every page (the site's module,
/// `src/bin/versus-app.rs`), or only comparisons (the compare-first module,
/// `src/bin/versus-compare.rs`, see `crate::handover`). Each module's `main` gives `App` its
/// own, so a module links only the pages it can show.
/// With the page, which comparisons a generated site has pages for, as far as the module's
/// links need to know (`crate::links::ComparePages`).
#[derive(Clone, Copy)]
pub struct PageOf(pub fn(Route) -> Html, pub ComparePages);

/// Fixed for the life of a module, so never a reason to re-render.
impl PartialEq for PageOf {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl PageOf {
    /// The whole site.
    pub const ANY: PageOf = PageOf(any_page, site_compare_pages);
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
    let root = crate::dom::window()?
        .document()?
        .get_element_by_id("versus-site")?;
    Some(yew::Renderer::<App>::with_root_and_props(root, AppProps { page_of }).render())
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let url = use_memo((), |_| {
        crate::load::set_locales_base(crate::dom::site_root().unwrap_or_default());
        // A generated site's pages find the default catalog from its root.
        let default = || {
            format!(
                "{}{DEFAULT_CATALOG}",
                crate::dom::site_root().unwrap_or_default()
            )
        };
        checked_catalog_url(&page_param("catalog").unwrap_or_else(default))
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
                set_document_language(&shared.0.catalog.brand.locale, mode);
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
    let compare_pages = props.page_of.1;
    let links = use_memo((), move |_| generated_site_links(compare_pages));
    html! {
        <HashRouter>
            <ContextProvider<LinkMode> context={(*links).clone()}>
                <ContextProvider<ThemeChoice> context={choice}>
                    <div class="vs-app" data-theme={mode.as_str()} ref={root}>{ body }</div>
                </ContextProvider<ThemeChoice>>
            </ContextProvider<LinkMode>>
        </HashRouter>
    }
}

/// Links by path on a page of a generated site (`versus-catalog site`) showing the
/// catalog it was generated for; hash links anywhere else, and for another `?catalog=`,
/// whose pages were never generated.
fn generated_site_links(compare_pages: ComparePages) -> LinkMode {
    let html = crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    let root = html
        .as_ref()
        .and_then(|html| html.get_attribute("data-versus-root"));
    match root {
        Some(root) if page_param("catalog").is_none() => {
            let related = html
                .and_then(|html| html.get_attribute("data-versus-related"))
                .and_then(|n| n.parse().ok())
                .unwrap_or(DEFAULT_RELATED);
            LinkMode::Paths(Rc::new(PathLinks {
                root,
                related,
                compare_pages,
            }))
        }
        _ => LinkMode::Site,
    }
}

/// The page is the brand's: its language, and a `color-scheme` matching the theme so a
/// frame around a dark card paints no white box.
fn set_document_language(locale: &Locale, mode: ThemeMode) {
    if let Some(html) = crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", &locale.tag);
        let _ = html.set_attribute("dir", locale.dir());
        if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(html) {
            let _ = html
                .style()
                .set_property("color-scheme", mode.color_scheme());
        }
    }
}
