//! "Copy link": puts the address of exactly this view on the clipboard.

use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::page;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The catalog's locale, for the button's words.
    pub locale: Locale,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let copied = use_state(|| false);
    let on_click = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = crate::dom::window() else {
                return;
            };
            if let Ok(href) = window.location().href() {
                let _ = window.navigator().clipboard().write_text(&href);
                copied.set(true);
            }
        })
    };
    html! {
        <button type="button" class="vs-button vs-button--ghost" onclick={on_click} aria-live="polite">
            { props.locale.text(if *copied { page::LINK_COPIED } else { page::COPY_LINK }) }
        </button>
    }
}
