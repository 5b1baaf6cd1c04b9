//! The verdict, generated from data, and how the rank is computed.

use yew::prelude::*;

use crate::domain::verdict::Verdict;

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub verdict: Verdict,
    pub rank_label: AttrValue,
}

#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    html! {
        <section class="vs-verdict" aria-labelledby="vs-verdict-title">
            <h2 id="vs-verdict-title">{ "Verdict" }</h2>
            <p class="vs-verdict__headline">{ &props.verdict.headline }</p>
            if !props.verdict.reasons.is_empty() {
                <ul class="vs-verdict__reasons">
                    { for props.verdict.reasons.iter().map(|reason| html! { <li>{ reason }</li> }) }
                </ul>
            }
            <p class="vs-verdict__basis">{ format!("Based on {}, pricing, capabilities and signals in the catalog.", props.rank_label) }</p>
        </section>
    }
}
