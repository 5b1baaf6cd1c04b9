//! The verdict, generated from data: headline, reasons, the rank gap by signal, standings
//! for three or four artifacts, and dominance notes.

use yew::prelude::*;

use crate::domain::verdict::Verdict;

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub verdict: Verdict,
    pub rank_label: AttrValue,
    /// `(name, "58/100")` per column, for the standings.
    pub entries: Vec<(String, String)>,
    /// The verdict under the reader's own weights, when they set any.
    #[prop_or_default]
    pub weighted: Option<AttrValue>,
}

#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let verdict = &props.verdict;
    html! {
        <section class="vs-verdict" aria-labelledby="vs-verdict-title">
            <h2 id="vs-verdict-title">{ "Verdict" }</h2>
            <p class="vs-verdict__headline">{ &verdict.headline }</p>
            if let Some(weighted) = &props.weighted {
                <p class="vs-verdict__weighted">{ weighted.clone() }</p>
            }
            if props.entries.len() > 2 {
                <ol class="vs-verdict__standings">
                    { for verdict.standings.iter().filter_map(|&i| props.entries.get(i)).map(|(name, rank)| html! {
                        <li><span>{ name }</span>{ " " }<span class="vs-verdict__rank">{ rank }</span></li>
                    }) }
                </ol>
            }
            if !verdict.reasons.is_empty() {
                <ul class="vs-verdict__reasons">
                    { for verdict.reasons.iter().map(|reason| html! { <li>{ reason }</li> }) }
                </ul>
            }
            if let Some(breakdown) = &verdict.breakdown {
                <p class="vs-verdict__breakdown">{ breakdown }</p>
            }
            { for verdict.notes.iter().map(|note| html! { <p class="vs-verdict__note">{ note }</p> }) }
            <p class="vs-verdict__basis">{ format!("Based on {}, pricing, capabilities and signals in the catalog.", props.rank_label) }</p>
        </section>
    }
}
