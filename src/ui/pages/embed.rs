//! `#/embed/compare/{a}/{b}` and `#/embed/artifact/{id}`: the card alone, for an iframe.
//! It posts its height to the parent so a small host script can size the frame.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{set_title, use_catalog};
use crate::ui::app::page_param;
use crate::ui::links::LinkMode;
pub use crate::ui::widget::EmbedTarget;
use crate::ui::widget::{WidgetBody, WidgetOptions};

#[derive(Properties, PartialEq)]
pub struct EmbedFrameProps {
    pub target: EmbedTarget,
}

/// This page's address without its route: where links out of the frame go.
fn site_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

#[component]
pub fn EmbedFrame(props: &EmbedFrameProps) -> Html {
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with((), move |_| {
            let observer = frame.cast::<web_sys::Element>().and_then(report_height);
            move || {
                if let Some((observer, _closure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let Some(shared) = use_catalog() else {
        return Html::default();
    };
    set_title(&format!("{} comparison", shared.0.catalog.brand.name));
    let options = WidgetOptions {
        compact: page_param("compact").is_some_and(|v| v != "false"),
        max_capabilities: page_param("max-capabilities").and_then(|v| v.parse().ok()),
    };
    let site = site_address();
    html! {
        <ContextProvider<LinkMode> context={LinkMode::External(site.clone().into())}>
            <div class={classes!("vs-embed-frame", options.compact.then_some("vs-compact"))} ref={frame}>
                <WidgetBody shared={shared.clone()} target={props.target.clone()} {options} site={site} />
            </div>
        </ContextProvider<LinkMode>>
    }
}

/// A live observer and the callback it holds (dropped together on unmount).
type HeightReporter = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Posts `{type: "versus:height", height}` to the parent whenever the card's size changes.
fn report_height(element: web_sys::Element) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let measured = element.clone();
    let closure = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"versus:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only a height crosses: nothing secret, so any parent origin may read it.
        let _ = parent.post_message(&message, "*");
    });
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some((observer, closure))
}
