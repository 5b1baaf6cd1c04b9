//! Placeholder shown while the catalog arrives.

use yew::prelude::*;

/// The loading card. A view function: it keeps no state (see
/// `crate::components`).
pub fn loading_card() -> Html {
    html! {
        <div class="vs-loading" role="status" aria-live="polite">
            <span class="vs-loading__spinner" aria-hidden="true"></span>
            <span>{ "Loading catalog…" }</span>
        </div>
    }
}
