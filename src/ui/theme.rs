//! Applying a brand theme to a rendered root: CSS custom properties through the CSSOM
//! (never a `style` attribute or `<style>` element, so a strict CSP allows it).

use web_sys::HtmlElement;

use crate::domain::theme::{Theme, ThemeMode};

/// Sets `--vs-brand-*` properties and `data-theme` on `element`.
pub fn apply_theme(element: &HtmlElement, theme: &Theme, mode: ThemeMode) {
    let style = element.style();
    for (property, value) in theme.css_properties() {
        let _ = style.set_property(&property, &value);
    }
    let _ = style.set_property("color-scheme", mode.color_scheme());
    let _ = element.set_attribute("data-theme", mode.as_str());
}
