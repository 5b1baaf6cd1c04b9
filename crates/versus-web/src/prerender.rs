//! Pages rendered natively to HTML with the components the browser runs (yew's server
//! renderer), for the site generator (`versus-catalog site`). Links are paths to the
//! generated pages (`crate::links::LinkMode::Paths`); the theme is an inline style, as
//! the app sets it through the CSSOM once it takes over.

use std::rc::Rc;

use yew::prelude::*;

use super::app::PageOf;
use super::links::{LinkMode, PathLinks};
use super::load::Shared;
use super::route::Route;
use super::router::Location;
use super::theme::ThemeChoice;
use versus_core::theme::ThemeMode;

#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    pub shared: Shared,
    pub route: Route,
    pub links: Rc<PathLinks>,
}

/// The app as it first renders with the catalog loaded, at `route`, in the light theme.
#[component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let location = Location {
        route: props.route.clone(),
        query: String::new(),
    };
    let choice = ThemeChoice {
        mode: ThemeMode::Light,
        on_change: Callback::noop(),
    };
    let mut style: String = props
        .shared
        .0
        .catalog
        .brand
        .theme
        .css_properties()
        .into_iter()
        .map(|(property, value)| format!("{property}:{value};"))
        .collect();
    style.push_str("color-scheme:light");
    html! {
        <ContextProvider<Location> context={location}>
            <ContextProvider<LinkMode> context={LinkMode::Paths(props.links.clone())}>
                <ContextProvider<ThemeChoice> context={choice}>
                    <div class="vs-app" data-theme="light" {style}>
                        <ContextProvider<Shared> context={props.shared.clone()}>
                            { (PageOf::ANY.0)(props.route.clone()) }
                        </ContextProvider<Shared>>
                    </div>
                </ContextProvider<ThemeChoice>>
            </ContextProvider<LinkMode>>
        </ContextProvider<Location>>
    }
}

/// The `.vs-app` element of `route`'s page, as HTML. Call it inside a local executor that
/// yew's renderer accepts (a tokio `LocalSet`).
pub async fn render(shared: Shared, route: Route, links: PathLinks) -> String {
    yew::LocalServerRenderer::<StaticApp>::with_props(StaticAppProps {
        shared,
        route,
        links: Rc::new(links),
    })
    .hydratable(false)
    .render()
    .await
}
