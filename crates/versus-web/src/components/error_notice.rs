//! The one place a failure is shown: what went wrong, where, and a retry.

use yew::prelude::*;

use crate::load::LoadError;

/// The notice for `error`, whose "Try again" button calls `on_retry`. A view function: it
/// keeps no state (see `crate::components`).
pub fn error_notice(error: &LoadError, on_retry: Callback<()>) -> Html {
    let on_click = Callback::from(move |_: MouseEvent| on_retry.emit(()));
    html! {
        <section class="vs-error" role="alert" aria-labelledby="vs-error-title">
            <h2 id="vs-error-title" class="vs-error__title">{ &error.title }</h2>
            <p class="vs-error__url">{ "Catalog: " }<code>{ &error.url }</code></p>
            <ul class="vs-error__lines" tabindex="0" aria-label="Problems found">
                { for error.lines.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ul>
            <button type="button" class="vs-button" onclick={on_click}>{ "Try again" }</button>
        </section>
    }
}
