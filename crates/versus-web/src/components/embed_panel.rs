//! "Embed" panel on standalone pages: the snippets for exactly what is shown, with copy buttons.

use yew::prelude::*;

use crate::load::DEFAULT_CATALOG;
use crate::widget::EmbedTarget;
use versus_core::snippet::{embed_snippets, fallback_table, SnippetTarget};
use versus_core::view::{ColumnHead, TableRow};

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub target: EmbedTarget,
    pub title: AttrValue,
    /// The catalog URL as the page loaded it (relative or absolute).
    pub catalog_url: AttrValue,
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
            { summary() }
            if *open {
                { snippet_boxes(props) }
            }
        </details>
    }
}

/// The panel's heading, which opens and closes it.
pub fn summary() -> Html {
    html! {
        <summary><span class="vs-embed-panel__title">{ "Embed" }</span>
            <span class="vs-muted">{ " · put exactly this on your own page" }</span></summary>
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
    html! {
        <>
            <SnippetBox label="Web component (recommended)" hint="Works on any page that allows module scripts and WebAssembly from this origin." code={snippets.element} />
            <SnippetBox label="iframe (no scripts needed)" hint="For pages whose policy allows no scripts or no WebAssembly." code={snippets.iframe} />
            <SnippetBox label="Optional: auto-height for the iframe" hint="Resizes the frame to fit the card; accepts messages only from this origin." code={snippets.resize_script} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetBoxProps {
    label: AttrValue,
    hint: AttrValue,
    code: AttrValue,
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
                    { if *copied { "Copied ✓" } else { "Copy" } }
                </button>
            </div>
            <p class="vs-muted vs-snippet__hint">{ props.hint.clone() }</p>
        </div>
    }
}
