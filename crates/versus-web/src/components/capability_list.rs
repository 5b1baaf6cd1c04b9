//! A list of capabilities: title, confidence, description, what is unique, how it compares,
//! and `+N more capabilities`, which expands in place when listed ones are folded away.

use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::view::CapabilityListView;

#[derive(Properties, PartialEq)]
pub struct CapabilityListProps {
    pub list: CapabilityListView,
    /// The catalog's locale, for the labels and `+N more`.
    pub locale: Locale,
}

#[component]
pub fn CapabilityList(props: &CapabilityListProps) -> Html {
    let expanded = use_state(|| false);
    let (list, locale) = (&props.list, &props.locale);
    let on_toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    // `+N more capabilities` (`capabilities.more`, the words a pre-rendered card's facade
    // writes too).
    let more = list.more(*expanded, locale);
    html! {
        <>
            // How many are not listed at all: `versus.js` counts them into the `+N more`
            // it makes when it folds a pre-rendered list for `max-capabilities`.
            <ul class="vs-capabilities" data-unlisted={list.unlisted.to_string()}>
                { for list.visible(*expanded).iter().map(|item| html! {
                    <li class="vs-capability">
                        <div class="vs-capability__head">
                            <h3 class="vs-capability__title">{ &item.title }</h3>
                            if let Some(confidence) = &item.confidence {
                                <span class="vs-chip">{ confidence }</span>
                            }
                        </div>
                        <p class="vs-capability__description">{ &item.description }</p>
                        if let Some(unique) = &item.unique {
                            <p class="vs-capability__unique"><strong>{ locale.text(page::CAPABILITY_UNIQUE) }</strong>{ unique }</p>
                        }
                        if let Some(versus) = &item.versus {
                            <p class="vs-capability__versus"><strong>{ locale.text(page::CAPABILITY_VERSUS) }</strong>{ versus }</p>
                        }
                    </li>
                }) }
            </ul>
            if list.expandable() {
                <button type="button" class="vs-more vs-more--button" aria-expanded={expanded.to_string()} onclick={on_toggle}>
                    { if *expanded { locale.text(page::CAPABILITIES_FEWER).to_owned() } else { more.clone().unwrap_or_default() } }
                </button>
                if *expanded {
                    if let Some(more) = more {
                        <p class="vs-more">{ more }</p>
                    }
                }
            } else if let Some(more) = more {
                <p class="vs-more">{ more }</p>
            }
        </>
    }
}
