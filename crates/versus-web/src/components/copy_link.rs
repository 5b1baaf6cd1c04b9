//! "Copy link": puts the address of exactly this view on the clipboard.

use yew::prelude::*;

#[component]
pub fn CopyLink() -> Html {
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
            { if *copied { "Link copied ✓" } else { "Copy link" } }
        </button>
    }
}
