//! What an embedded widget shows: one comparison card or one artifact page, nothing else.
//! Used by the custom elements (`crate::embed`) and by the iframe route.

use std::rc::Rc;

use yew::prelude::*;

use super::catalog_store::{use_artifacts, use_catalog_load, Need, Wait};
use super::components::comparison_card::ComparisonCard;
use super::components::cost_calculator::cost_calculator;
use super::components::error_notice::error_notice_in;
use super::components::loading::{loading_card_in, waiting};
use super::components::weight_panel::weight_panel;
use super::host_events::{use_tell, Change, Changed, Failure, Host, HostEvent, Kind, Ready};
use super::links::LinkMode;
use super::load::{key_parts, Load, LoadError, Shared, LANG_KEY};
use super::pages::artifact::artifact_body;
use super::pages::not_found::unknown_artifacts;
use super::theme::apply_theme;
use versus_core::catalog::Catalog;
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

impl EmbedTarget {
    /// Its kind and the ids it asks for, as host events name them.
    pub fn parts(&self) -> (Kind, Vec<String>) {
        match self {
            EmbedTarget::Compare(ids) => (Kind::Compare, ids.clone()),
            EmbedTarget::Artifact(id) => (Kind::Artifact, vec![id.clone()]),
        }
    }
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
    /// The page the widget is embedded in (none when pre-rendered or in the iframe).
    #[prop_or_default]
    pub host: Host,
}

#[component]
pub fn WidgetBody(props: &WidgetBodyProps) -> Html {
    let (ids, with_links) = match &props.target {
        EmbedTarget::Compare(ids) => (ids.clone(), false),
        EmbedTarget::Artifact(id) => (vec![id.clone()], true),
    };
    let need = use_artifacts(Some(props.shared.clone()), ids, with_links);
    // Which ids the catalog lacks: one answer for what is shown and what the page hears.
    let missing = match &need {
        Some(Need::Ready(shared)) => missing(&shared.0.catalog, &props.target),
        _ => None,
    };
    // Once the card (or why there is none) is shown, the host page hears it; again only
    // when that changes.
    let settled = need
        .as_ref()
        .filter(|_| props.host.present())
        .and_then(|need| settled(need, &props.target, missing.as_deref()));
    use_tell(&props.host, settled);
    let shared = match need {
        Some(Need::Ready(shared)) => shared,
        Some(Need::Waiting(shared, wait)) => return waiting(wait, &shared.0.catalog.brand.locale),
        None => return Html::default(),
    };
    let loaded = &shared.0;
    let catalog = &loaded.catalog;
    let unknown =
        |ids: &[String]| unknown_artifacts(&selection_problem(ids, &catalog.brand.locale), catalog);
    if let Some(ids) = &missing {
        return unknown(ids);
    }
    match &props.target {
        EmbedTarget::Compare(ids) => html! {
            <WidgetCompare shared={shared.clone()} ids={ids.clone()} options={props.options.clone()} site={props.site.clone()} host={props.host.clone()} />
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
                    artifact_body(&view, &catalog.brand.locale, &props.host)
                }
                None => unknown(std::slice::from_ref(id)),
            }
        }
    }
}

/// The ids of `target` that `catalog` lacks (none listed: a comparison of fewer than two
/// distinct ids), or None when it has them all.
fn missing(catalog: &Catalog, target: &EmbedTarget) -> Option<Vec<String>> {
    match target {
        EmbedTarget::Compare(ids) => match select(catalog, ids) {
            Selection::Ready(_) => None,
            Selection::Unknown(unknown) => Some(unknown),
            Selection::TooFew => Some(Vec::new()),
        },
        EmbedTarget::Artifact(id) => catalog.index_of(id).is_none().then(|| vec![id.clone()]),
    }
}

/// What the host page hears once `need` settles for `target` (`missing`: the ids its
/// catalog lacks): the card is ready, or why it is not. None while shards are arriving.
fn settled(need: &Need, target: &EmbedTarget, missing: Option<&[String]>) -> Option<HostEvent> {
    let shared = match need {
        Need::Ready(shared) => shared,
        Need::Waiting(_, Wait::Failed(error, _)) => {
            return Some(HostEvent::Error(Failure::load(error, target)))
        }
        Need::Waiting(_, Wait::Loading) => return None,
    };
    let locale = &shared.0.catalog.brand.locale;
    Some(match missing {
        None => {
            let (kind, items) = target.parts();
            HostEvent::Ready(Ready {
                kind,
                items,
                catalog: key_parts(&shared.0.source).0.to_owned(),
                lang: locale.tag.clone(),
                painted: false,
            })
        }
        Some(unknown) => HostEvent::Error(Failure::unknown(
            target,
            &shared.0.source,
            unknown,
            selection_problem(unknown, locale),
        )),
    })
}

#[derive(Properties, PartialEq)]
struct WidgetCompareProps {
    shared: Shared,
    /// Known ids (`select` said so), in column order.
    ids: Vec<String>,
    options: WidgetOptions,
    site: AttrValue,
    host: Host,
}

/// A comparison card with the reader's weights, kept in the widget (a host page's address
/// is not the widget's to change). The host page hears every change; with a host, the
/// reader may drop a column of three or more (the element's `items` follow).
#[component]
fn WidgetCompare(props: &WidgetCompareProps) -> Html {
    let catalog = &props.shared.0.catalog;
    let weights = use_state(|| Weights::neutral(&catalog.signals));
    let usage = use_state(Usage::default);
    let removable = props.host.present();
    let tell = {
        let (ids, host) = (props.ids.clone(), props.host.clone());
        move |reason: Changed, items: Option<Vec<String>>, weights: &Weights, usage: Usage| {
            host.tell(|| {
                HostEvent::Change(Change {
                    reason,
                    items: items.unwrap_or_else(|| ids.clone()),
                    weights: weights.into(),
                    usage: usage.into(),
                })
            });
        }
    };
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
        let (weights, usage, tell) = (weights.clone(), usage.clone(), tell.clone());
        Callback::from(move |next: Weights| {
            tell(Changed::Weights, None, &next, *usage);
            weights.set(next);
        })
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
        let (weights, usage, tell) = (weights.clone(), usage.clone(), tell.clone());
        Callback::from(move |next: Usage| {
            tell(Changed::Usage, None, &weights, next);
            usage.set(next);
        })
    };
    let on_remove = removable.then(|| {
        let (ids, weights, usage) = (props.ids.clone(), weights.clone(), usage.clone());
        Callback::from(move |id: String| {
            let rest = ids.iter().filter(|i| **i != id).cloned().collect();
            tell(Changed::Items, Some(rest), &weights, *usage);
        })
    });
    let names: Vec<String> = artifacts.iter().map(|a| a.name.clone()).collect();
    let calculator = cost_view(&artifacts, *usage, &catalog.brand.locale)
        .map(|cost| cost_calculator(&names, &cost, *usage, &catalog.brand.locale, &on_usage))
        .unwrap_or_default();
    let search = search_href(catalog, artifacts[0], &props.site);
    html! {
        <ComparisonCard view={Rc::new(view)} locale={catalog.brand.locale.clone()} search_href={AttrValue::from(search)}
                        weights={panel} weighted={weighted.map(AttrValue::from)} {calculator} {on_remove} />
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
    /// The element's page, which hears the widget's events (none in the iframe).
    #[prop_or_default]
    pub host: Host,
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
    let failed = match &load {
        Load::Failed(error) if props.host.present() => {
            Some(HostEvent::Error(Failure::load(error, &props.target)))
        }
        _ => None,
    };
    use_tell(&props.host, failed);
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
            <WidgetBody shared={shared.clone()} target={props.target.clone()} options={props.options.clone()} site={props.site.clone()} host={props.host.clone()} />
        },
    };
    let (lang, dir) = (locale.tag.clone(), locale.dir());
    html! {
        <ContextProvider<LinkMode> context={LinkMode::External(props.site.clone(), props.host.clone())}>
            <div class={classes!("vs-app", "vs-widget", props.options.compact.then_some("vs-compact"))} {lang} {dir} ref={root}>
                { body }
            </div>
        </ContextProvider<LinkMode>>
    }
}
