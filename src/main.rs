//! Entry point of the standalone site's wasm module (built by trunk): renders the app into
//! `#versus-site`. Host pages load the embed-only module instead (`src/bin/versus-embed.rs`,
//! through `versus.js`), so the custom elements are not part of this one.
#![forbid(unsafe_code)]

fn main() {
    versus::ui::panic::install();
    let site = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("versus-site"));
    if let Some(root) = site {
        yew::Renderer::<versus::ui::App>::with_root(root).render();
    }
}
