//! Pages rendered natively to HTML with the components the browser runs (yew's server
//! renderer), for the site generator (`versus-catalog site`). Links are paths to the
//! generated pages (`crate::links::LinkMode::Paths`); the theme is an inline style, as
//! the app sets it through the CSSOM once it takes over. `render_card` is a widget's card
//! alone, for the fragments embedded widgets paint first (`versus.js`).

use std::rc::Rc;

use yew::prelude::*;

use super::app::PageOf;
use super::links::{LinkMode, PathLinks};
use super::load::Shared;
use super::route::Route;
use super::router::Location;
use super::theme::ThemeChoice;
use super::widget::{EmbedTarget, WidgetBody};
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

#[derive(Properties, PartialEq)]
pub struct StaticCardProps {
    pub shared: Shared,
    pub target: EmbedTarget,
    pub links: Rc<PathLinks>,
}

/// What a widget shows for `target` once its catalog is loaded (`WidgetBody`), with links
/// by path from the site's root: the card `versus.js` paints before the wasm runs.
#[component]
pub fn StaticCard(props: &StaticCardProps) -> Html {
    html! {
        <ContextProvider<LinkMode> context={LinkMode::Paths(props.links.clone())}>
            <ContextProvider<Shared> context={props.shared.clone()}>
                <WidgetBody shared={props.shared.clone()} target={props.target.clone()} site={AttrValue::Static("")} />
            </ContextProvider<Shared>>
        </ContextProvider<LinkMode>>
    }
}

/// The inside of a widget's `.vs-app` root for `target`, as HTML, links relative to the
/// site's root (`links.root` is `""`). Same executor as `render`.
pub async fn render_card(shared: Shared, target: EmbedTarget, links: PathLinks) -> String {
    yew::LocalServerRenderer::<StaticCard>::with_props(StaticCardProps {
        shared,
        target,
        links: Rc::new(links),
    })
    .hydratable(false)
    .render()
    .await
}
