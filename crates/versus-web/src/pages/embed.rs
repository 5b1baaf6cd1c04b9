//! `#/embed/compare/{a}/{b}` and `#/embed/artifact/{id}`: the card alone, for an iframe.
//! It posts its height to the parent so a small host script can size the frame.

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use yew::prelude::*;

use super::{set_title, use_catalog};
use crate::app::page_param;
use crate::links::LinkMode;
pub use crate::widget::EmbedTarget;
use crate::widget::{WidgetBody, WidgetOptions};
use versus_core::messages::page;

#[derive(Properties, PartialEq)]
pub struct EmbedFrameProps {
    pub target: EmbedTarget,
}

/// This page's address without its route: where links out of the frame go.
fn site_address() -> String {
    let href = crate::dom::window()
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
            let reporter = frame.cast::<web_sys::Element>().and_then(report_height);
            move || {
                if let Some(reporter) = reporter {
                    reporter.stop();
                }
            }
        });
    }
    let Some(shared) = use_catalog() else {
        return Html::default();
    };
    let brand = &shared.0.catalog.brand;
    set_title(
        &brand
            .locale
            .say(page::EMBED_FRAME_TITLE, &[("brand", &brand.name)]),
    );
    let options = WidgetOptions {
        compact: page_param("compact").is_some_and(|v| v != "false"),
        max_capabilities: page_param("max-capabilities").and_then(|v| v.parse().ok()),
    };
    let site = site_address();
    html! {
        <ContextProvider<LinkMode> context={LinkMode::External(site.clone().into(), Default::default())}>
            <div class={classes!("vs-embed-frame", options.compact.then_some("vs-compact"))} ref={frame}>
                <WidgetBody shared={shared.clone()} target={props.target.clone()} {options} site={site} />
            </div>
        </ContextProvider<LinkMode>>
    }
}

/// A live observer, the answer to the host's "measure" requests, and the callbacks they
/// hold (all dropped together on unmount).
struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    on_request: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl HeightReporter {
    fn stop(&self) {
        self.observer.disconnect();
        if let Some(window) = crate::dom::window() {
            let _ = window.remove_event_listener_with_callback(
                "message",
                self.on_request.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Posts `{type: "versus:height", height}` to the parent whenever the card's size changes,
/// and whenever the parent asks with `{type: "versus:measure"}` (a host script that loads
/// after the frame has rendered would otherwise never hear the first heights).
fn report_height(element: web_sys::Element) -> Option<HeightReporter> {
    let window = crate::dom::window()?;
    let parent = window.parent().ok().flatten()?;
    let measured = element.clone();
    let post = Rc::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"versus:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only a height crosses: nothing secret, so any parent origin may read it.
        let _ = parent.post_message(&message, "*");
    });
    let on_resize = {
        let post = post.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post())
    };
    let on_request =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok();
            if kind.and_then(|k| k.as_string()).as_deref() == Some("versus:measure") {
                post();
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_request.as_ref().unchecked_ref());
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(HeightReporter {
        observer,
        _on_resize: on_resize,
        on_request,
    })
}
