//! Placeholder shown while the catalog arrives.

use yew::prelude::*;

use super::error_notice::error_notice;
use crate::catalog_store::Wait;

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

/// What a view shows while it waits on shards: the loading card, or the error and its retry.
pub fn waiting(wait: Wait) -> Html {
    match wait {
        Wait::Loading => loading_card(),
        Wait::Failed(error, on_retry) => error_notice(&error, on_retry),
    }
}
