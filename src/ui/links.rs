//! Links to artifact and comparison pages that work in the routed site and in widgets.
//!
//! The site navigates with the router; a widget embedded in someone else's page has no
//! router, so its links open the standalone site (next to `versus.js`) in a new tab.

use yew::prelude::*;
#[cfg(feature = "site")]
use yew_router::prelude::Link;
use yew_router::Routable;

use super::route::Route;

/// How links render below this point; the site provides nothing (router links).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkMode {
    Site,
    /// Absolute URL of the standalone site's `index.html` (plus `?catalog=` when needed).
    External(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct PageLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a page of the standalone site.
#[component]
pub fn PageLink(props: &PageLinkProps) -> Html {
    let mode = use_context::<LinkMode>().unwrap_or(LinkMode::Site);
    match mode {
        #[cfg(feature = "site")]
        LinkMode::Site => html! {
            <Link<Route> classes={props.classes.clone()} to={props.to.clone()}>{ props.children.clone() }</Link<Route>>
        },
        // The embed-only module has no router: a plain hash link (never rendered there,
        // since widgets always link out to the site).
        #[cfg(not(feature = "site"))]
        LinkMode::Site => html! {
            <a class={props.classes.clone()} href={format!("#{}", props.to.to_path())}>{ props.children.clone() }</a>
        },
        LinkMode::External(site) => html! {
            <a class={props.classes.clone()} href={format!("{site}#{}", props.to.to_path())} target="_blank" rel="noopener">
                { props.children.clone() }
            </a>
        },
    }
}
