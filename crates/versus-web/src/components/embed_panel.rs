//! "Embed" panel on standalone pages: the snippets for exactly what is shown, with copy buttons.

use yew::prelude::*;

use crate::load::DEFAULT_CATALOG;
use crate::widget::EmbedTarget;
use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::snippet::{embed_snippets, fallback_table, SnippetTarget};
use versus_core::view::{ColumnHead, TableRow};

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub target: EmbedTarget,
    pub title: AttrValue,
    /// The catalog URL as the page loaded it (relative or absolute).
    pub catalog_url: AttrValue,
    /// The catalog's locale, for the panel's words.
    pub locale: Locale,
    /// The feature table, for a plain-HTML fallback inside the element snippet.
    #[prop_or_default]
    pub columns: Vec<ColumnHead>,
    #[prop_or_default]
    pub rows: Vec<TableRow>,
}

/// How a comparison page renders its "Embed" panel: `EmbedPanel` in the site's module, a
/// placeholder that hands over in the compare-first module (`crate::handover`), so that one
/// does not link the snippets.
#[derive(Clone, Copy)]
pub struct PanelOf(pub fn(EmbedPanelProps) -> Html);

/// Fixed for the life of a module, so never a reason to re-render.
impl PartialEq for PanelOf {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The page's directory URL (`http://host/sub/path/`) and the page URL itself.
fn site_urls() -> Option<(String, String)> {
    let href = crate::dom::window()?.location().href().ok()?;
    let page = href.split(['#', '?']).next()?.to_owned();
    // A generated site's pages sit below its root, where `versus.js` is.
    let directory = match crate::dom::site_root() {
        Some(root) => web_sys::Url::new_with_base(&root, &page).ok()?.href(),
        None => page[..=page.rfind('/')?].to_owned(),
    };
    Some((directory, href))
}

/// The panel starts closed; its snippets are built and rendered only once it is opened,
/// not on every render of the page (each weight slider move used to rebuild all three).
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    html! {
        <details class="vs-card vs-embed-panel" ontoggle={on_toggle}>
            { summary_in(&props.locale) }
            if *open {
                { snippet_boxes(props) }
            }
        </details>
    }
}

/// The panel's heading, which opens and closes it, in `locale`'s words.
pub fn summary_in(locale: &Locale) -> Html {
    html! {
        <summary><span class="vs-embed-panel__title">{ locale.text(page::EMBED_TITLE) }</span>
            <span class="vs-muted">{ locale.text(page::EMBED_SUBTITLE) }</span></summary>
    }
}

/// The three snippets for what the page shows.
fn snippet_boxes(props: &EmbedPanelProps) -> Html {
    let Some((site, page)) = site_urls() else {
        return Html::default();
    };
    let default = format!(
        "{}{DEFAULT_CATALOG}",
        crate::dom::site_root().unwrap_or_default()
    );
    let catalog = (props.catalog_url.as_str() != default)
        .then(|| web_sys::Url::new_with_base(&props.catalog_url, &page).ok())
        .flatten()
        .map(|url| url.href());
    let target = match &props.target {
        EmbedTarget::Compare(ids) => SnippetTarget::Compare(ids.clone()),
        EmbedTarget::Artifact(id) => SnippetTarget::Artifact(id.clone()),
    };
    let fallback =
        (!props.rows.is_empty()).then(|| fallback_table(&props.title, &props.columns, &props.rows));
    let snippets = embed_snippets(
        &site,
        &target,
        catalog.as_deref(),
        &props.title,
        fallback.as_deref(),
    );
    let locale = &props.locale;
    let text = |message| AttrValue::from(locale.text(message).to_owned());
    let (copy, copied) = (text(page::EMBED_COPY), text(page::EMBED_COPIED));
    html! {
        <>
            <SnippetBox label={text(page::EMBED_ELEMENT)} hint={text(page::EMBED_ELEMENT_HINT)} code={snippets.element}
                        copy={copy.clone()} copied={copied.clone()} />
            <SnippetBox label={text(page::EMBED_IFRAME)} hint={text(page::EMBED_IFRAME_HINT)} code={snippets.iframe}
                        copy={copy.clone()} copied={copied.clone()} />
            <SnippetBox label={text(page::EMBED_RESIZE)} hint={text(page::EMBED_RESIZE_HINT)} code={snippets.resize_script}
                        {copy} {copied} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetBoxProps {
    label: AttrValue,
    hint: AttrValue,
    code: AttrValue,
    /// The copy button, before and after a copy.
    copy: AttrValue,
    copied: AttrValue,
}

#[component]
fn SnippetBox(props: &SnippetBoxProps) -> Html {
    let copied = use_state(|| false);
    let on_copy = {
        let code = props.code.to_string();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = crate::dom::window() {
                let _ = window.navigator().clipboard().write_text(&code);
                copied.set(true);
            }
        })
    };
    // Roughly one row per 100 characters, so wrapped lines are not clipped.
    let rows = props
        .code
        .lines()
        .map(|line| 1 + line.chars().count() / 100)
        .sum::<usize>()
        .clamp(2, 18);
    html! {
        <div class="vs-snippet">
            <div class="vs-snippet__head">
                <label class="vs-snippet__label">{ props.label.clone() }
                    <textarea class="vs-snippet__code" readonly=true rows={rows.to_string()} spellcheck="false" value={props.code.clone()} />
                </label>
                <button type="button" class="vs-button vs-button--ghost" onclick={on_copy}>
                    { if *copied { props.copied.clone() } else { props.copy.clone() } }
                </button>
            </div>
            <p class="vs-muted vs-snippet__hint">{ props.hint.clone() }</p>
        </div>
    }
}
