//! Applying a brand theme to a rendered root: CSS custom properties through the CSSOM
//! (never a `style` attribute or `<style>` element, so a strict CSP allows it).

use web_sys::HtmlElement;

use versus_core::theme::{Theme, ThemeMode};

/// Sets `--vs-brand-*` properties and `data-theme` on `element`.
pub fn apply_theme(element: &HtmlElement, theme: &Theme, mode: ThemeMode) {
    let style = element.style();
    for (property, value) in theme.css_properties() {
        let _ = style.set_property(&property, &value);
    }
    let _ = style.set_property("color-scheme", mode.color_scheme());
    let _ = element.set_attribute("data-theme", mode.as_str());
}

/// The standalone site's palette choice, shared with the header's switch.
#[derive(Clone, PartialEq)]
pub struct ThemeChoice {
    pub mode: ThemeMode,
    pub on_change: yew::Callback<ThemeMode>,
}

/// Keeps `?theme=` in the page URL in step with the reader's choice (light is the default
/// and needs no parameter), without reloading and without touching the hash route.
pub fn remember_theme_in_url(mode: ThemeMode) {
    let Some(window) = crate::dom::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    match mode {
        ThemeMode::Light => params.delete("theme"),
        other => params.set("theme", other.as_str()),
    }
    let query = String::from(params.to_string());
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
