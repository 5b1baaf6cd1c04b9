//! Links to artifact and comparison pages that work in the routed site and in widgets.
//!
//! The site's links are hash links (`crate::router` follows them); a widget embedded in
//! someone else's page links to the standalone site (next to `versus.js`) in a new tab.

use yew::prelude::*;

use super::route::Route;

/// How links render below this point; the site provides nothing (hash links).
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
