//! The site's router: the location hash as a context, following `hashchange`.
//!
//! Links are plain `href="#/…"` anchors, so the browser does the navigating (middle-click,
//! copy link address and the back button all work) and this only listens.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::UrlSearchParams;
use yew::prelude::*;

use super::route::{split_hash, Route};

/// Where the site is: the route and the hash's query string (without `?`).
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub route: Route,
    pub query: String,
}

impl Location {
    fn current() -> Self {
        let hash = crate::dom::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let (path, query) = split_hash(&hash);
        // A hash route wins; without one, a generated page is at its own route.
        let path = match hash.trim_start_matches('#').starts_with('/') {
            true => path.to_owned(),
            false => page_route().unwrap_or_else(|| path.to_owned()),
        };
        Location {
            route: Route::recognize(&path),
            query: query.to_owned(),
        }
    }

    /// A parameter of the hash's query (`weights` in `#/compare/a/b?weights=…`).
    pub fn param(&self, name: &str) -> Option<String> {
        // Also keeps pages that render natively (no query there) off the DOM API.
        if self.query.is_empty() {
            return None;
        }
        UrlSearchParams::new_with_str(&self.query).ok()?.get(name)
    }
}

/// The route of a generated page (`versus-catalog site`): its `data-versus-route`, or on
/// the 404 page, which is served at any missing address, the address below the site's
/// root (`data-versus-root`, a path there).
pub fn page_route() -> Option<String> {
    let window = crate::dom::window()?;
    let html = window.document()?.document_element()?;
    let route = html.get_attribute("data-versus-route")?;
    if !route.is_empty() {
        return Some(route);
    }
    let root = html.get_attribute("data-versus-root")?;
    let path = window.location().pathname().ok()?;
    let rest = path.strip_prefix(root.as_str())?;
    // `compare/a/b/` or `compare/a/b/index.html`: the route `/compare/a/b`.
    let rest = rest.trim_end_matches("index.html").trim_end_matches('/');
    Some(format!("/{rest}"))
}

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    pub children: Html,
}

/// Provides the current `Location` to everything below it.
#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let location = use_state(Location::current);
    {
        let location = location.clone();
        use_effect_with((), move |()| {
            let listener = Closure::<dyn Fn()>::new(move || location.set(Location::current()));
            let window = crate::dom::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    html! {
        <ContextProvider<Location> context={(*location).clone()}>
            { props.children.clone() }
        </ContextProvider<Location>>
    }
}

/// The current location (the home page outside a `HashRouter`).
#[hook]
pub fn use_location() -> Location {
    use_context::<Location>().unwrap_or(Location {
        route: Route::Home,
        query: String::new(),
    })
}

/// Goes to `route` with an optional query parameter. `replace` swaps the history entry
/// instead of adding one. Either way the browser fires `hashchange`, which re-renders.
pub fn navigate(route: &Route, params: &[(&str, &str)], replace: bool) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let mut hash = format!("#{}", route.to_path());
    if !params.is_empty() {
        if let Ok(query) = UrlSearchParams::new() {
            for (name, value) in params {
                query.append(name, value);
            }
            hash.push('?');
            hash.push_str(&String::from(query.to_string()));
        }
    }
    let location = window.location();
    let _ = if replace {
        location.replace(&hash)
    } else {
        location.set_hash(&hash)
    };
}
