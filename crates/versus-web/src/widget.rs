//! What an embedded widget shows: one comparison card or one artifact page, nothing else.
//! Used by the custom elements (`crate::embed`) and by the iframe route.

use std::rc::Rc;

use yew::prelude::*;

use super::catalog_store::{use_artifacts, use_catalog_load, Need};
use super::components::comparison_card::ComparisonCard;
use super::components::cost_calculator::cost_calculator;
use super::components::error_notice::error_notice_in;
use super::components::loading::{loading_card_in, waiting};
use super::components::weight_panel::weight_panel;
use super::links::LinkMode;
use super::load::{Load, LoadError, Shared, LANG_KEY};
use super::pages::artifact::artifact_body;
use super::pages::not_found::unknown_artifacts;
use super::theme::apply_theme;
use versus_core::format::Locale;
use versus_core::spec::cost::{cost_view, Usage};
use versus_core::theme::{Theme, ThemeMode};
use versus_core::verdict::{weighted_verdict, Weights};
use versus_core::view::{
    artifact_view, compare_view, search_href, select, selection_problem, Selection,
};

/// Which card a widget renders.
#[derive(Clone, Debug, PartialEq)]
pub enum EmbedTarget {
    Compare(Vec<String>),
    Artifact(String),
}

/// Host-chosen presentation options.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetOptions {
    pub compact: bool,
    pub max_capabilities: Option<usize>,
}

#[derive(Properties, PartialEq)]
pub struct WidgetBodyProps {
    pub shared: Shared,
    pub target: EmbedTarget,
    #[prop_or_default]
    pub options: WidgetOptions,
    /// The standalone site's address, for links out of the widget.
    pub site: AttrValue,
}

#[component]
pub fn WidgetBody(props: &WidgetBodyProps) -> Html {
    let (ids, with_links) = match &props.target {
        EmbedTarget::Compare(ids) => (ids.clone(), false),
        EmbedTarget::Artifact(id) => (vec![id.clone()], true),
    };
    let shared = match use_artifacts(Some(props.shared.clone()), ids, with_links) {
        Some(Need::Ready(shared)) => shared,
        Some(Need::Waiting(shared, wait)) => return waiting(wait, &shared.0.catalog.brand.locale),
        None => return Html::default(),
    };
    let loaded = &shared.0;
    let catalog = &loaded.catalog;
    match &props.target {
        EmbedTarget::Compare(ids) => match select(catalog, ids) {
            Selection::Ready(_) => html! {
                <WidgetCompare shared={shared.clone()} ids={ids.clone()} options={props.options.clone()} site={props.site.clone()} />
            },
            Selection::Unknown(unknown) => {
                unknown_artifacts(&selection_problem(&unknown, &catalog.brand.locale), catalog)
            }
            Selection::TooFew => {
                unknown_artifacts(&selection_problem(&[], &catalog.brand.locale), catalog)
            }
        },
        EmbedTarget::Artifact(id) => {
            let view = catalog
                .index_of(id)
                .and_then(|position| artifact_view(catalog, loaded.related_of(position), position));
            match view {
                Some(mut view) => {
                    if let Some(max) = props.options.max_capabilities {
                        view.capabilities.limit(max);
                    }
                    artifact_body(&view, &catalog.brand.locale)
                }
                None => unknown_artifacts(
                    &selection_problem(std::slice::from_ref(id), &catalog.brand.locale),
                    catalog,
                ),
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct WidgetCompareProps {
    shared: Shared,
    /// Known ids (`select` said so), in column order.
    ids: Vec<String>,
    options: WidgetOptions,
    site: AttrValue,
}

/// A comparison card with the reader's weights, kept in the widget (a host page's address
/// is not the widget's to change).
#[component]
fn WidgetCompare(props: &WidgetCompareProps) -> Html {
    let catalog = &props.shared.0.catalog;
    let weights = use_state(|| Weights::neutral(&catalog.signals));
    let usage = use_state(Usage::default);
    let Selection::Ready(artifacts) = select(catalog, &props.ids) else {
        return Html::default();
    };
    let Some(mut view) = compare_view(catalog, &artifacts) else {
        return Html::default();
    };
    if let Some(max) = props.options.max_capabilities {
        view.limit_capabilities(max);
    }
    let weighted = weighted_verdict(
        &artifacts,
        &catalog.signals,
        &catalog.brand.rank_label,
        &weights,
        &catalog.brand.locale,
    );
    let signals: Vec<(String, String)> = catalog
        .signals
        .iter()
        .map(|s| (s.id.clone(), s.label.clone()))
        .collect();
    let on_weights = {
        let weights = weights.clone();
        Callback::from(move |next: Weights| weights.set(next))
    };
    let panel = weight_panel(
        &weights,
        &catalog.brand.rank_label,
        &signals,
        weighted.as_deref(),
        &on_weights,
        false,
        &catalog.brand.locale,
    );
    let on_usage = {
        let usage = usage.clone();
        Callback::from(move |next: Usage| usage.set(next))
    };
    let names: Vec<String> = artifacts.iter().map(|a| a.name.clone()).collect();
    let calculator = cost_view(&artifacts, *usage, &catalog.brand.locale)
        .map(|cost| cost_calculator(&names, &cost, *usage, &catalog.brand.locale, &on_usage))
        .unwrap_or_default();
    let search = search_href(catalog, artifacts[0], &props.site);
    html! {
        <ComparisonCard view={Rc::new(view)} locale={catalog.brand.locale.clone()} search_href={AttrValue::from(search)}
                        weights={panel} weighted={weighted.map(AttrValue::from)} {calculator} />
    }
}

/// Everything a host element configures.
#[derive(Properties, Clone, PartialEq)]
pub struct WidgetProps {
    pub target: EmbedTarget,
    /// The checked catalog URL, or why the attribute was refused.
    pub catalog: Result<String, LoadError>,
    pub mode: ThemeMode,
    pub options: WidgetOptions,
    /// The standalone site (`…/index.html`, with `?catalog=` when not the default).
    pub site: AttrValue,
    /// The element's `lang` attribute, when it is a language tag: this widget speaks it
    /// instead of the catalog's `brand.locale`.
    pub lang: Option<String>,
}

/// A self-contained widget: loads its catalog (shared per URL), applies the brand theme,
/// and renders its card, a loading state, or an error with a retry.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    // A widget in another language than its catalog's loads the catalog in that language:
    // its own entry in the catalog store (`load::LANG_KEY`), the same file fetched.
    let key = props.catalog.clone().map(|url| match &props.lang {
        Some(lang) => format!("{url}{LANG_KEY}{lang}"),
        None => url,
    });
    let (load, on_retry) = use_catalog_load(key);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((load.clone(), props.mode), move |(load, mode)| {
            if let Some(element) = root.cast::<web_sys::HtmlElement>() {
                let theme = match load {
                    Load::Ready(shared) => shared.0.catalog.brand.theme.clone(),
                    _ => Theme::default(),
                };
                apply_theme(&element, &theme, *mode);
            }
        });
    }
    let locale = match &load {
        Load::Ready(shared) => shared.0.catalog.brand.locale.clone(),
        // Before the catalog its words are not known yet: English, marked so.
        _ => Locale::default(),
    };
    let body = match &load {
        Load::Loading => loading_card_in(&locale),
        Load::Failed(error) => error_notice_in(error, on_retry, &locale),
        Load::Ready(shared) => html! {
            <WidgetBody shared={shared.clone()} target={props.target.clone()} options={props.options.clone()} site={props.site.clone()} />
        },
    };
    let (lang, dir) = (locale.tag.clone(), locale.dir());
    html! {
        <ContextProvider<LinkMode> context={LinkMode::External(props.site.clone())}>
            <div class={classes!("vs-app", "vs-widget", props.options.compact.then_some("vs-compact"))} {lang} {dir} ref={root}>
                { body }
            </div>
        </ContextProvider<LinkMode>>
    }
}
