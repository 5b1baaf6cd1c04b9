//! "Cost calculator": monthly input and output tokens in (typed in millions, or a preset),
//! each artifact's monthly cost out, the cheapest marked. The arithmetic is the core's
//! (`versus_core::spec::cost`); the page keeps the figures in the URL, the widget in its
//! own state. This component only reports changes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use versus_core::decimal::trimmed;
use versus_core::format::Locale;
use versus_core::messages::table as words;
use versus_core::spec::compact;
use versus_core::spec::cost::{CostView, Usage, PRESETS};

/// The calculator for `names` (column order) at `usage`, whose costs `view` holds. A view
/// function: it keeps no state (see `crate::components`).
pub fn cost_calculator(
    names: &[String],
    view: &CostView,
    usage: Usage,
    locale: &Locale,
    on_change: &Callback<Usage>,
) -> Html {
    let millions = |tokens: u64| trimmed(tokens as f64 / 1e6, 3);
    let field = |label: &str, id: &str, tokens: u64, set: fn(&mut Usage, u64)| {
        let on_input = {
            let on_change = on_change.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                // A half-typed figure (empty, `-`) changes nothing until it reads as a number;
                // the field is text, so the browser never rewrites what the reader types.
                let Some(tokens) = Usage::tokens_from_millions(&input.value()) else {
                    return;
                };
                let mut next = usage;
                set(&mut next, tokens);
                on_change.emit(next);
            })
        };
        html! {
            <div class="vs-cost__field">
                <label for={id.to_owned()}>{ label }</label>
                <span class="vs-cost__input">
                    <input id={id.to_owned()} type="text" inputmode="decimal" autocomplete="off"
                           value={millions(tokens)} oninput={on_input} />
                    <span class="vs-cost__unit">{ locale.text(words::COST_UNIT) }</span>
                </span>
            </div>
        }
    };
    html! {
        <section class="vs-cost" aria-labelledby="vs-cost-title">
            <h2 id="vs-cost-title">{ locale.text(words::COST_TITLE) }</h2>
            <div class="vs-cost__presets" role="group" aria-label={locale.text(words::COST_PRESETS).to_owned()}>
                { for PRESETS.iter().map(|(name, preset)| {
                    let on_click = {
                        let (on_change, preset) = (on_change.clone(), *preset);
                        Callback::from(move |_: MouseEvent| on_change.emit(preset))
                    };
                    let pressed = (*preset == usage).to_string();
                    html! {
                        <button type="button" class="vs-button vs-button--ghost vs-cost__preset"
                                aria-pressed={pressed} onclick={on_click}>
                            <span>{ locale.text(*name) }</span>
                            <span class="vs-cost__preset-figures">
                                { locale.say(words::COST_PRESET_FIGURES, &[("input", &compact(preset.input_tokens as f64, locale)), ("output", &compact(preset.output_tokens as f64, locale))]) }
                            </span>
                        </button>
                    }
                }) }
            </div>
            <div class="vs-cost__fields">
                { field(locale.text(words::COST_INPUT), "vs-cost-in", usage.input_tokens, |u, t| u.input_tokens = t) }
                { field(locale.text(words::COST_OUTPUT), "vs-cost-out", usage.output_tokens, |u, t| u.output_tokens = t) }
            </div>
            <ul class="vs-cost__results" aria-live="polite">
                { for names.iter().zip(&view.cells).map(|(name, cell)| html! {
                    <li class={classes!("vs-cost__result", cell.cheapest.then_some("vs-cost__result--cheapest"))}>
                        <span class="vs-cost__name">{ name }</span>
                        <span class="vs-cost__amount">
                            <strong>{ &cell.text }</strong>
                            if cell.priced {
                                <span class="vs-cost__per">{ locale.text(words::COST_PER_MONTH) }</span>
                            }
                        </span>
                        if cell.cheapest {
                            <span class="vs-chip vs-chip--best">{ locale.text(words::COST_CHEAPEST) }</span>
                        }
                    </li>
                }) }
            </ul>
            <p class="vs-cost__basis">{ &view.basis }</p>
        </section>
    }
}
