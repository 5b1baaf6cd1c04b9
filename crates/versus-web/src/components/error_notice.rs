//! The one place a failure is shown: what went wrong, where, and a retry.

use yew::prelude::*;

use crate::load::LoadError;
use versus_core::format::Locale;
use versus_core::messages::page;

/// The notice for `error` in English, for a page or widget whose catalog never loaded and
/// so has no language of its own (`error_notice_in` where the catalog's locale is known).
pub fn error_notice(error: &LoadError, on_retry: Callback<()>) -> Html {
    error_notice_in(error, on_retry, &Locale::default())
}

/// The notice for `error` in `locale`'s words, whose "Try again" button calls `on_retry`.
/// A view function: it keeps no state (see `crate::components`).
pub fn error_notice_in(error: &LoadError, on_retry: Callback<()>, locale: &Locale) -> Html {
    let on_click = Callback::from(move |_: MouseEvent| on_retry.emit(()));
    html! {
        <section class="vs-error" role="alert" aria-labelledby="vs-error-title">
            <h2 id="vs-error-title" class="vs-error__title">{ error.title(locale) }</h2>
            <p class="vs-error__url">{ locale.text(page::ERROR_CATALOG) }<code>{ &error.url }</code></p>
            <ul class="vs-error__lines" tabindex="0" aria-label={locale.text(page::ERROR_PROBLEMS).to_owned()}>
                { for error.shown_lines(locale).into_iter().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ul>
            <button type="button" class="vs-button" onclick={on_click}>{ locale.text(page::ERROR_RETRY) }</button>
        </section>
    }
}
