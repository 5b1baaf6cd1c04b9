//! Where the facts come from: `Prices: OpenRouter, checked 2026-08-14`, the publisher's
//! name linked when the catalog gives an http(s) URL (checked when the catalog was read).

use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::table as words;
use versus_core::spec::Source;
use versus_core::view::SourceNote;

/// The sources of a card, grouped by the artifacts that share them; nothing when none.
pub fn source_list(notes: &[SourceNote], locale: &Locale) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <div class="vs-sources">
            <span class="vs-sources__title">{ locale.text(words::SOURCES) }</span>
            <ul>
                { for notes.iter().flat_map(|note| note.sources.iter().map(move |source| html! {
                    <li>
                        if let Some(of) = &note.of {
                            <span class="vs-sources__of">{ locale.say(words::SOURCES_OF, &[("names", of)]) }</span>
                        }
                        { source_line(source, locale) }
                    </li>
                })) }
            </ul>
        </div>
    }
}

/// One source: what it covers, who (linked), when checked.
pub fn source_line(source: &Source, locale: &Locale) -> Html {
    html! {
        <>
            { source.prefix(locale) }
            if let Some(url) = &source.url {
                <a href={url.clone()} rel="nofollow noopener noreferrer" target="_blank">{ &source.name }</a>
            } else {
                { &source.name }
            }
            { source.suffix(locale) }
        </>
    }
}
