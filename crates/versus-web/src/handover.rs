//! What the compare-first module (`src/bin/versus-compare.rs`) renders where the site's
//! module would render more, and how it hands the page over to that module.
//!
//! A reader who lands on a comparison gets this smaller module first. `index.html` loads
//! the site's module once the page needs it: on any other route (a link out of the
//! comparison, the back button) or when the reader opens the "Embed" panel. The site's
//! module renders into a hidden root, and `index.html` swaps it in once it shows a page.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::app::PageOf;
use super::components::embed_panel::{summary_in, EmbedPanelProps, PanelOf};
use super::components::loading::loading_card;
use super::links::no_compare_pages;
use super::pages::compare::ComparePage;
use super::route::{split_ids, Route};
use versus_core::messages::page;

/// The compare-first module's pages: comparisons, and a loading card for anything else
/// while the site's module arrives.
/// Its comparison page links to no other comparison, so no comparison has a page here.
pub const COMPARE_FIRST: PageOf = PageOf(compare_page, no_compare_pages);

fn compare_page(route: Route) -> Html {
    match route {
        Route::Compare { ids } => html! {
            <ComparePage ids={split_ids(&ids)} embed_panel={PanelOf(embed_panel_placeholder)} />
        },
        _ => html! { <main class="vs-page">{ loading_card() }</main> },
    }
}

/// The closed "Embed" panel as the site's module draws it; opening it hands over, and the
/// site's module shows the panel open.
fn embed_panel_placeholder(props: EmbedPanelProps) -> Html {
    let on_toggle = Callback::from(|event: Event| {
        let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
        if details.open() {
            hand_over(".vs-embed-panel");
        }
    });
    html! {
        <details class="vs-card vs-embed-panel" ontoggle={on_toggle}>
            { summary_in(&props.locale) }
            <p class="vs-muted">{ props.locale.text(page::EMBED_LOADING) }</p>
        </details>
    }
}

/// Asks `index.html` to hand the page over to the site's module, opening the element
/// `open` (a CSS selector of a `<details>`) on the other side.
fn hand_over(open: &str) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let handover = js_sys::Reflect::get(&window, &JsValue::from_str("__versusHandOver"));
    if let Ok(handover) = handover.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = handover.call1(&JsValue::NULL, &JsValue::from_str(open));
    }
}
