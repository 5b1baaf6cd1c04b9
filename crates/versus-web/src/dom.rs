//! The browser window, or none when the components render natively (`ssr`: tests and the
//! site generator). Calling a wasm-bindgen import off wasm panics, so every component that
//! may render natively reaches the DOM through here.

/// The window on wasm; `None` natively.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// On a page of a generated site (`versus-catalog site`): the way from the page back to
/// the site's root (`../../`, or `/sub/` on the 404 page), from `data-versus-root`.
pub fn site_root() -> Option<String> {
    window()?
        .document()?
        .document_element()?
        .get_attribute("data-versus-root")
}
