//! Placeholder shown while the catalog arrives.

use yew::prelude::*;

use super::error_notice::error_notice_in;
use crate::catalog_store::Wait;
use versus_core::format::Locale;
use versus_core::messages::page;

/// The loading card in English, while no catalog (and so no language) is known yet.
pub fn loading_card() -> Html {
    loading_card_in(&Locale::default())
}

/// The loading card in `locale`'s words. A view function: it keeps no state (see
/// `crate::components`).
pub fn loading_card_in(locale: &Locale) -> Html {
    html! {
        <div class="vs-loading" role="status" aria-live="polite">
            <span class="vs-loading__spinner" aria-hidden="true"></span>
            <span>{ locale.text(page::LOADING) }</span>
        </div>
    }
}

/// What a view of a loaded catalog speaking `locale` shows while it waits on shards: the
/// loading card, or the error and its retry.
pub fn waiting(wait: Wait, locale: &Locale) -> Html {
    match wait {
        Wait::Loading => loading_card_in(locale),
        Wait::Failed(error, on_retry) => error_notice_in(&error, on_retry, locale),
    }
}
