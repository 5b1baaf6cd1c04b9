//! "Re-weight the verdict": one slider for the rank and one per signal. The page keeps the
//! weights in the URL; this component only reports changes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::verdict::{Weights, MAX_WEIGHT};

#[derive(Properties, PartialEq)]
pub struct WeightPanelProps {
    pub weights: Weights,
    pub rank_label: AttrValue,
    /// `(signal id, label)` in catalog order.
    pub signals: Vec<(String, String)>,
    /// The re-weighted verdict sentence, when the weights are not neutral.
    #[prop_or_default]
    pub sentence: Option<String>,
    pub on_change: Callback<Weights>,
}

#[component]
pub fn WeightPanel(props: &WeightPanelProps) -> Html {
    let rows = std::iter::once((
        "rank".to_owned(),
        props.rank_label.to_string(),
        props.weights.rank,
    ))
    .chain(props.signals.iter().map(|(id, label)| {
        let weight = props
            .weights
            .signals
            .iter()
            .find(|(signal, _)| signal == id)
            .map_or(0, |(_, w)| *w);
        (id.clone(), label.clone(), weight)
    }));
    let on_reset = {
        let (on_change, weights) = (props.on_change.clone(), props.weights.clone());
        Callback::from(move |_: MouseEvent| on_change.emit(weights.neutralized()))
    };
    html! {
        <details class="vs-weights" open={!props.weights.is_neutral()}>
            <summary>{ "Re-weight the verdict" }</summary>
            <p class="vs-weights__hint">
                { format!("Choose how much each score counts (0–{MAX_WEIGHT}). The verdict is recomputed as you move a slider, and the page link keeps your weights.") }
            </p>
            <div class="vs-weights__grid">
                { for rows.map(|(key, label, weight)| {
                    let on_input = {
                        let (on_change, weights, key) = (props.on_change.clone(), props.weights.clone(), key.clone());
                        Callback::from(move |event: InputEvent| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            let mut next = weights.clone();
                            next.set(&key, input.value().parse().unwrap_or(0));
                            on_change.emit(next);
                        })
                    };
                    let id = format!("vs-weight-{key}");
                    html! {
                        <div class="vs-weights__row">
                            <label for={id.clone()}>{ label.clone() }</label>
                            <input id={id} type="range" min="0" max={MAX_WEIGHT.to_string()} step="1"
                                   value={weight.to_string()} oninput={on_input}
                                   aria-valuetext={format!("{label} counts ×{weight}")} />
                            <output class="vs-weights__value">{ format!("×{weight}") }</output>
                        </div>
                    }
                }) }
            </div>
            <p class="vs-weights__result" aria-live="polite">
                { props.sentence.clone().unwrap_or_else(|| format!("At these weights {} alone decides, as in the verdict below.", props.rank_label)) }
            </p>
            <button type="button" class="vs-button vs-button--ghost" onclick={on_reset} disabled={props.weights.is_neutral()}>
                { "Reset weights" }
            </button>
        </details>
    }
}
