//! A list of capabilities: title, confidence, description, what is unique, how it compares.

use yew::prelude::*;

use crate::domain::view::CapabilityView;

#[derive(Properties, PartialEq)]
pub struct CapabilityListProps {
    pub items: Vec<CapabilityView>,
    #[prop_or_default]
    pub more: Option<AttrValue>,
}

#[component]
pub fn CapabilityList(props: &CapabilityListProps) -> Html {
    html! {
        <>
            <ul class="vs-capabilities">
                { for props.items.iter().map(|item| html! {
                    <li class="vs-capability">
                        <div class="vs-capability__head">
                            <h3 class="vs-capability__title">{ &item.title }</h3>
                            if let Some(confidence) = item.confidence {
                                <span class="vs-chip">{ confidence }</span>
                            }
                        </div>
                        <p class="vs-capability__description">{ &item.description }</p>
                        if let Some(unique) = &item.unique {
                            <p class="vs-capability__unique"><strong>{ "Unique: " }</strong>{ unique }</p>
                        }
                        if let Some(versus) = &item.versus {
                            <p class="vs-capability__versus"><strong>{ "vs alternatives: " }</strong>{ versus }</p>
                        }
                    </li>
                }) }
            </ul>
            if let Some(more) = &props.more {
                <p class="vs-more">{ more.clone() }</p>
            }
        </>
    }
}
