//! Placeholder shown while the catalog arrives.

use yew::prelude::*;

#[component]
pub fn LoadingCard() -> Html {
    html! {
        <div class="vs-loading" role="status" aria-live="polite">
            <span class="vs-loading__spinner" aria-hidden="true"></span>
            <span>{ "Loading catalog…" }</span>
        </div>
    }
}
