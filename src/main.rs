//! Entry point of the wasm module (built by trunk). On the standalone site it renders the
//! app into `#versus-site`; on host pages `versus.js` calls `register_elements` instead.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;

fn main() {
    versus::ui::panic::install();
    let site = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("versus-site"));
    if let Some(root) = site {
        yew::Renderer::<versus::ui::App>::with_root(root).render();
    }
}

/// Defines `<versus-compare>` and `<versus-artifact>`; `base` is the folder of `versus.js`.
#[wasm_bindgen]
pub fn register_elements(base: String) {
    versus::embed::register(base);
}
