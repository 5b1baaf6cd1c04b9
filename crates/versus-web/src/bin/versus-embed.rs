//! The embed-only wasm module: `<versus-compare>` and `<versus-artifact>` for host pages,
//! without the standalone site (its pages and router), so host pages download less.
//! `versus.js` loads it; `scripts/build` builds it next to the site's module.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;

fn main() {
    versus_web::panic::install();
}

/// Defines `<versus-compare>` and `<versus-artifact>`; `base` is the folder of `versus.js`,
/// `prefetched` the catalog requests it already started, by URL.
#[wasm_bindgen]
pub fn register_elements(base: String, prefetched: JsValue) {
    versus_web::load::keep_prefetched(prefetched);
    versus_web::embed::register(base);
}
