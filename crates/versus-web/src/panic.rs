//! A panic is a bug, but the reader still gets a message inside the widget, never a blank box.

use std::panic::PanicHookInfo;

use versus_core::format::Locale;
use versus_core::messages::page;

/// Installs the hook before the first render.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(show_panic));
}

fn show_panic(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Versus crashed: {info}").into());
    let Some(document) = crate::dom::window().and_then(|w| w.document()) else {
        return;
    };
    #[cfg(feature = "elements")]
    let mut roots: Vec<web_sys::Element> = crate::embed::containers();
    #[cfg(not(feature = "elements"))]
    let mut roots: Vec<web_sys::Element> = Vec::new();
    if let Ok(site) = document.query_selector_all(".vs-app") {
        roots.extend(
            (0..site.length())
                .filter_map(|i| site.item(i))
                .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok()),
        );
    }
    // No catalog (and so no language) is known here: the words are English.
    let locale = Locale::default();
    for root in roots {
        // Text only, built with DOM calls: nothing from the panic message is parsed as HTML.
        root.set_text_content(None);
        if let Ok(notice) = document.create_element("section") {
            notice.set_class_name("vs-error vs-crash");
            notice.set_attribute("role", "alert").ok();
            notice.set_text_content(Some(locale.text(page::ERROR_CRASHED)));
            root.append_child(&notice).ok();
        }
    }
}
