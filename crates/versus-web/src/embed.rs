//! The live widgets of `<versus-compare items="a,b">` and `<versus-artifact item="x">`.
//! The elements themselves (lifecycle, shadow root, stylesheet, the pre-rendered card
//! painted before any wasm) are `static/versus.js`'s; it mounts a widget here when the
//! reader reaches for a card or when there is no pre-rendered card. The only Rust that
//! knows about host attributes, and the one that tells host pages what happens
//! (`crate::host_events`, as DOM events).

use serde::Serialize;
use std::cell::{Cell, RefCell};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback};

use crate::catalog_store::checked_catalog_url;
use crate::host_events::{Changed, Host, HostEvent};
use crate::widget::{EmbedTarget, Widget, WidgetOptions, WidgetProps};
use versus_core::attributes::{parse_flag, parse_items, parse_max};
use versus_core::catalog::percent_encode;
use versus_core::format::Locale;
use versus_core::theme::ThemeMode;

/// A mounted widget: handle id, app, container, its way to the page (kept, so an
/// attribute change does not give every link a new one).
type Mounted = (u32, AppHandle<Widget>, Element, Host);

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    static NEXT_HANDLE: Cell<u32> = const { Cell::new(1) };
    /// Mounted widgets by handle id (a page has a few: a list is smaller code than a map).
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Remembers `base`, the URL of the folder holding `versus.js`.
pub fn set_base(base: String) {
    crate::load::set_locales_base(base.clone());
    BASE.with(|b| *b.borrow_mut() = base);
}

/// Renders the widget of `host` (a `tag` element) into `container`; its handle. Its
/// events are dispatched on `container`, inside the shadow root: composed, they reach the
/// host element and the page (retargeted to the element), and `versus.js` can hold back
/// the `ready` of a widget that takes over a painted card.
pub fn mount(tag: String, host: HtmlElement, container: Element) -> u32 {
    let mut props = read_attributes(&tag, &host);
    props.host = teller(host, container.clone());
    let told = props.host.clone();
    let handle = yew::Renderer::<Widget>::with_root_and_props(container.clone(), props).render();
    let id = NEXT_HANDLE.with(|next| {
        let id = next.get();
        next.set(id.wrapping_add(1));
        id
    });
    MOUNTED.with(|mounted| mounted.borrow_mut().push((id, handle, container, told)));
    id
}

/// Re-reads `host`'s attributes into widget `id`.
pub fn update(id: u32, host: HtmlElement) {
    let tag = host.local_name();
    let mut props = read_attributes(&tag, &host);
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        if let Some((_, handle, _, told)) = mounted.iter_mut().find(|(key, ..)| *key == id) {
            props.host = told.clone();
            handle.update(props);
        }
    });
}

/// Removes widget `id`.
pub fn unmount(id: u32) {
    let removed = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let position = mounted.iter().position(|(key, ..)| *key == id)?;
        Some(mounted.swap_remove(position))
    });
    if let Some((_, handle, ..)) = removed {
        handle.destroy();
    }
}

/// The containers of every mounted widget (for the panic hook), if not busy.
pub fn containers() -> Vec<Element> {
    MOUNTED.with(|mounted| {
        mounted
            .try_borrow()
            .map(|m| {
                m.iter()
                    .map(|(_, _, container, _)| container.clone())
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The widget's way to its host page: a reader's change of the compared set becomes the
/// element's `items` first (so the page reads the new set from it), then every event is
/// dispatched on `container`.
fn teller(host: HtmlElement, container: Element) -> Host {
    Host(Some(Callback::from(move |event: HostEvent| {
        if let HostEvent::Change(change) = &event {
            if change.reason == Changed::Items {
                let _ = host.set_attribute("items", &change.items.join(","));
            }
        }
        dispatch(&container, &event)
    })))
}

/// Dispatches `event` on `target`, bubbling and composed, its detail built by
/// serde-wasm-bindgen as plain objects (JSON's shape); true when a listener cancelled it.
fn dispatch(target: &Element, event: &HostEvent) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(event.cancelable());
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(detail) = event.serialize(&serializer) {
        init.set_detail(&detail);
    }
    match CustomEvent::new_with_event_init_dict(event.name(), &init) {
        Ok(custom) => !target.dispatch_event(&custom).unwrap_or(true),
        Err(_) => false,
    }
}

fn read_attributes(tag: &str, host: &HtmlElement) -> WidgetProps {
    let attribute = |name: &str| host.get_attribute(name);
    let base = BASE.with(|b| b.borrow().clone());
    let target = if tag == "versus-artifact" {
        EmbedTarget::Artifact(attribute("item").unwrap_or_default().trim().to_owned())
    } else {
        EmbedTarget::Compare(parse_items(&attribute("items").unwrap_or_default()))
    };
    let custom_catalog = attribute("catalog").filter(|c| !c.trim().is_empty());
    // A relative catalog attribute is relative to the host page, like any HTML URL.
    let catalog = match &custom_catalog {
        Some(url) => checked_catalog_url(url).map(|url| absolute(&url, &document_url())),
        None => Ok(format!("{base}data/catalog.json")),
    };
    let site = match (&custom_catalog, &catalog) {
        (Some(_), Ok(url)) => format!("{base}index.html?catalog={}", percent_encode(url)),
        _ => format!("{base}index.html"),
    };
    WidgetProps {
        target,
        catalog,
        mode: ThemeMode::parse(attribute("theme").as_deref()),
        options: WidgetOptions {
            compact: parse_flag(attribute("compact").as_deref()),
            max_capabilities: parse_max(attribute("max-capabilities").as_deref()),
        },
        site: site.into(),
        lang: attribute("lang")
            .map(|tag| tag.trim().to_owned())
            .filter(|tag| Locale::parse(tag).is_some()),
        host: Host::default(),
    }
}

fn document_url() -> String {
    crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.url().ok())
        .unwrap_or_default()
}

fn absolute(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}
