//! The embed-only wasm module: the live `<versus-compare>` and `<versus-artifact>` widgets
//! for host pages, without the standalone site (its pages and router). `versus.js` defines
//! the elements and loads this when a widget needs it; `scripts/build` builds it next to
//! the site's module.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

fn main() {
    versus_web::panic::install();
}

/// Starts the widgets' side of `versus.js`: `base` is its folder, `prefetched` the catalog
/// requests it started (an object by URL, which it may add to later).
#[wasm_bindgen]
pub fn start(base: String, prefetched: JsValue) {
    versus_web::load::keep_prefetched(prefetched);
    versus_web::embed::set_base(base);
}

/// Renders the widget of `host` (`versus-compare` or `versus-artifact`) into `container`.
#[wasm_bindgen]
pub fn mount(tag: String, host: HtmlElement, container: Element) -> u32 {
    versus_web::embed::mount(tag, host, container)
}

/// `host`'s attributes changed.
#[wasm_bindgen]
pub fn update(id: u32, host: HtmlElement) {
    versus_web::embed::update(id, host);
}

/// `host` left the page.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    versus_web::embed::unmount(id);
}
