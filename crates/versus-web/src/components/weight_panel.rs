//! "Re-weight the verdict": one slider for the rank and one per signal. The page keeps the
//! weights in the URL; this component only reports changes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::verdict::{Weights, MAX_WEIGHT};

/// The sliders for `weights`: the rank (`rank_label`) and `signals` (`(id, label)` in
/// catalog order), the re-weighted verdict `sentence` when the weights are not neutral,
/// and `on_change` for every move, in `locale`'s words. A view function: it keeps no state (see
/// `crate::components`).
pub fn weight_panel(
    weights: &Weights,
    rank_label: &str,
    signals: &[(String, String)],
    sentence: Option<&str>,
    on_change: &Callback<Weights>,
    in_link: bool,
    locale: &Locale,
) -> Html {
    let rows = std::iter::once(("rank".to_owned(), rank_label.to_owned(), weights.rank)).chain(
        signals.iter().map(|(id, label)| {
            let weight = weights
                .signals
                .iter()
                .find(|(signal, _)| signal == id)
                .map_or(0, |(_, w)| *w);
            (id.clone(), label.clone(), weight)
        }),
    );
    let on_reset = {
        let (on_change, weights) = (on_change.clone(), weights.clone());
        Callback::from(move |_: MouseEvent| on_change.emit(weights.neutralized()))
    };
    html! {
        <details class="vs-weights" open={!weights.is_neutral()}>
            <summary>{ locale.text(page::WEIGHTS_TITLE) }</summary>
            <p class="vs-weights__hint">
                { locale.say(if in_link { page::WEIGHTS_HINT_LINK } else { page::WEIGHTS_HINT },
                             &[("max", &MAX_WEIGHT.to_string())]) }
            </p>
            <div class="vs-weights__grid">
                { for rows.map(|(key, label, weight)| {
                    let on_input = {
                        let (on_change, weights, key) = (on_change.clone(), weights.clone(), key.clone());
                        Callback::from(move |event: InputEvent| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            let mut next = weights.clone();
                            next.set(&key, input.value().parse().unwrap_or(0));
                            on_change.emit(next);
                        })
                    };
                    let id = format!("vs-weight-{key}");
                    let weight = weight.to_string();
                    html! {
                        <div class="vs-weights__row">
                            <label for={id.clone()}>{ label.clone() }</label>
                            <input id={id} type="range" min="0" max={MAX_WEIGHT.to_string()} step="1"
                                   value={weight.clone()} oninput={on_input}
                                   aria-valuetext={locale.say(page::WEIGHTS_VALUE_TEXT, &[("label", &label), ("weight", &weight)])} />
                            <output class="vs-weights__value">{ locale.say(page::WEIGHTS_VALUE, &[("weight", &weight)]) }</output>
                        </div>
                    }
                }) }
            </div>
            <p class="vs-weights__result" aria-live="polite">
                { sentence.map_or_else(|| locale.say(page::WEIGHTS_RANK_ALONE, &[("rank_label", rank_label)]), str::to_owned) }
            </p>
            <button type="button" class="vs-button vs-button--ghost" onclick={on_reset} disabled={weights.is_neutral()}>
                { locale.text(page::WEIGHTS_RESET) }
            </button>
        </details>
    }
}
