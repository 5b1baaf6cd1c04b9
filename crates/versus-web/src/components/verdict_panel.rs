//! The verdict, generated from data: headline, reasons, the rank gap by signal, standings
//! for three or four artifacts, and dominance notes.

use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::verdict::Verdict;

/// The verdict section. `entries` is `(name, "58/100")` per column, for the standings of
/// three or four artifacts; `weighted` is the verdict under the reader's own weights, when
/// they set any. A view function: it keeps no state (see
/// `crate::components`).
pub fn verdict_panel(
    verdict: &Verdict,
    rank_label: &str,
    entries: &[(String, String)],
    weighted: Option<&AttrValue>,
    locale: &Locale,
) -> Html {
    html! {
        <section class="vs-verdict" aria-labelledby="vs-verdict-title">
            <h2 id="vs-verdict-title">{ locale.text(page::CARD_VERDICT_TITLE) }</h2>
            <p class="vs-verdict__headline">{ &verdict.headline }</p>
            if let Some(weighted) = weighted {
                <p class="vs-verdict__weighted">{ weighted.clone() }</p>
            }
            if entries.len() > 2 {
                <ol class="vs-verdict__standings">
                    { for verdict.standings.iter().filter_map(|&i| entries.get(i)).map(|(name, rank)| html! {
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
            <p class="vs-verdict__basis">{ locale.say(page::CARD_VERDICT_BASIS, &[("rank_label", rank_label)]) }</p>
        </section>
    }
}
