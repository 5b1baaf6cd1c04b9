//! `#/compare/{a}/{b}[/{c}[/{d}]]`: the comparison card, with a picker to add and remove
//! artifacts (the URL follows, so every view is shareable) and an Embed panel.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::not_found::unknown_artifacts;
use super::{set_json_ld, set_title, use_catalog_with};
use crate::catalog_store::list_page;
use crate::components::comparison_card::ComparisonCard;
use crate::components::copy_link::CopyLink;
use crate::components::cost_calculator::cost_calculator;
use crate::components::embed_panel::{EmbedPanelProps, PanelOf};
use crate::components::site_frame::site_frame;
use crate::components::weight_panel::weight_panel;
use crate::links::use_home_prefix;
use crate::load::{Load, Shared};
use crate::route::Route;
use crate::router::{navigate, use_location};
use crate::widget::EmbedTarget;
use versus_core::case::to_lowercase;
use versus_core::catalog::Catalog;
use versus_core::jsonld;
use versus_core::messages::page;
use versus_core::shard::ListEntry;
use versus_core::site::compare_title_in;
use versus_core::spec::cost::{cost_view, Usage};
use versus_core::verdict::{weighted_verdict, Weights};
use versus_core::view::{
    compare_view, picker_view, search_href, select, selection_problem, PickerCandidate, PickerView,
    Selection,
};

/// The most artifacts the "Add to comparison" picker lists at once.
const PICKER_SHOWN: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub ids: Vec<String>,
    pub embed_panel: PanelOf,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    // `#/compare/a/b?weights=rank:1,adoption:3&usage=in:2000000,out:500000`: the reader's
    // weights and calculator figures live in the URL.
    let location = use_location();
    let weights_param = location.param("weights");
    let usage = Usage::parse(location.param("usage").as_deref().unwrap_or(""));
    let home_prefix = use_home_prefix();
    let list_tick = use_state(|| 0u32);
    let picker_filter = use_state(String::new);
    // The picker's options, kept while the catalog, the selection, the filter and the
    // list page stay the same: a weight slider re-renders the page on every move, and
    // listing 100k candidates took 20 ms of each.
    let picker_memo = use_mut_ref(|| None::<(PickerKey, Rc<PickerView>)>);
    let shared = match use_catalog_with(props.ids.clone(), false) {
        Ok(shared) => shared,
        Err(waiting) => return waiting,
    };
    let catalog = &shared.0.catalog;
    let brand = &catalog.brand;
    let artifacts = match select(catalog, &props.ids) {
        Selection::Ready(artifacts) => artifacts,
        Selection::Unknown(unknown) => {
            return site_frame(
                brand,
                unknown_artifacts(&selection_problem(&unknown, &catalog.brand.locale), catalog),
            )
        }
        Selection::TooFew => {
            return site_frame(
                brand,
                unknown_artifacts(&selection_problem(&[], &catalog.brand.locale), catalog),
            )
        }
    };
    let Some(view) = compare_view(catalog, &artifacts) else {
        return Html::default();
    };
    set_title(&compare_title_in(
        &catalog.brand.locale,
        &view.title,
        &catalog.brand.name,
    ));
    set_json_ld(&jsonld::script_text(&jsonld::comparison(
        catalog,
        &artifacts,
        &view.title,
    )));
    let ids: Vec<String> = artifacts.iter().map(|a| a.id.clone()).collect();
    let weights = Weights::parse(weights_param.as_deref().unwrap_or(""), &catalog.signals);
    let weighted = weighted_verdict(
        &artifacts,
        &catalog.signals,
        &catalog.brand.rank_label,
        &weights,
        &catalog.brand.locale,
    );
    // Adding or removing an artifact keeps the reader's weights and usage.
    let go = {
        let weights = weights.clone();
        move |ids: Vec<String>| go_to(&ids, &weights, usage, false)
    };
    let on_weights = {
        let ids = ids.clone();
        Callback::from(move |next: Weights| go_to(&ids, &next, usage, true))
    };
    let on_usage = {
        let (ids, weights) = (ids.clone(), weights.clone());
        Callback::from(move |next: Usage| go_to(&ids, &weights, next, true))
    };
    let names: Vec<String> = artifacts.iter().map(|a| a.name.clone()).collect();
    let calculator = cost_view(&artifacts, usage, &catalog.brand.locale)
        .map(|cost| cost_calculator(&names, &cost, usage, &catalog.brand.locale, &on_usage))
        .unwrap_or_default();
    let signal_labels: Vec<(String, String)> = catalog
        .signals
        .iter()
        .map(|s| (s.id.clone(), s.label.clone()))
        .collect();
    let weight_panel = weight_panel(
        &weights,
        &catalog.brand.rank_label,
        &signal_labels,
        weighted.as_deref(),
        &on_weights,
        true,
        &catalog.brand.locale,
    );
    let on_remove = {
        let (ids, go) = (ids.clone(), go.clone());
        Callback::from(move |id: String| go(ids.iter().filter(|i| **i != id).cloned().collect()))
    };
    let on_add = {
        let (ids, go) = (ids.clone(), go.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let id = select.value();
            if !id.is_empty() {
                let mut next = ids.clone();
                next.push(id);
                go(next);
            }
        })
    };
    // A sharded catalog also offers the best-ranked page of its browse list.
    let tick = list_tick.clone();
    let listed = shared
        .0
        .sharded
        .is_some()
        .then(|| list_page(&shared, 0, Callback::from(move |()| tick.set(*tick + 1))));
    let listed = match &listed {
        Some(Load::Ready(entries)) => Some(entries),
        _ => None,
    };
    let key = PickerKey {
        catalog: shared.clone(),
        ids: ids.clone(),
        filter: (*picker_filter).clone(),
        listed: listed.is_some(),
    };
    let kept = picker_memo
        .borrow()
        .as_ref()
        .filter(|(kept, _)| *kept == key)
        .map(|(_, picker)| picker.clone());
    let picker = kept.unwrap_or_else(|| {
        let picker = Rc::new(picker_options(catalog, &ids, listed, &picker_filter));
        *picker_memo.borrow_mut() = Some((key, picker.clone()));
        picker
    });
    let filterable = picker.candidates > PICKER_SHOWN;
    let locale = &catalog.brand.locale;
    let prompt = if picker.cut {
        locale.count(page::PICKER_PROMPT_CUT, PICKER_SHOWN as u64, &[])
    } else {
        locale.text(page::PICKER_PROMPT).to_owned()
    };
    let filter_hint = locale.count(page::PICKER_FILTER, picker.candidates as u64, &[]);
    let on_filter = {
        let picker_filter = picker_filter.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            picker_filter.set(input.value());
        })
    };
    let toolbar = html! {
        <>
            if ids.len() < 4 {
                <label class="vs-picker">
                    <span class="vs-visually-hidden">{ locale.text(page::PICKER_LABEL) }</span>
                    if filterable {
                        <input type="search" class="vs-picker__filter" placeholder={filter_hint}
                            aria-label={locale.text(page::PICKER_FILTER_LABEL).to_owned()} value={(*picker_filter).clone()} oninput={on_filter} />
                    }
                    <select onchange={on_add}>
                        <option value="" selected=true>{ prompt }</option>
                        { for picker.options.iter().map(|(id, name)| html! { <option value={id.clone()}>{ name }</option> }) }
                    </select>
                </label>
            }
            <CopyLink locale={locale.clone()} />
            <button type="button" class="vs-button vs-button--ghost vs-print" onclick={Callback::from(|_: MouseEvent| {
                if let Some(window) = crate::dom::window() { let _ = window.print(); }
            })}>{ locale.text(page::PRINT) }</button>
        </>
    };
    let search = search_href(catalog, artifacts[0], &home_prefix);
    let (title, rows, columns) = (view.title.clone(), view.rows.clone(), view.columns.clone());
    site_frame(
        brand,
        html! {
            <>
                <ComparisonCard view={Rc::new(view)} locale={locale.clone()} search_href={AttrValue::from(search)} {on_remove} {toolbar}
                                weights={weight_panel} weighted={weighted.map(AttrValue::from)} {calculator} />
                { (props.embed_panel.0)(EmbedPanelProps {
                    target: EmbedTarget::Compare(ids),
                    title: title.into(),
                    catalog_url: shared.0.source.clone().into(),
                    locale: locale.clone(),
                    rows,
                    columns,
                }) }
            </>
        },
    )
}

/// Goes to the comparison of `ids`, carrying non-neutral weights and a usage other than
/// the calculator's default in the hash query. Slider moves and typing replace the history
/// entry (no flood of back-button stops); picking artifacts pushes one.
fn go_to(ids: &[String], weights: &Weights, usage: Usage, replace: bool) {
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let (encoded_weights, encoded_usage) = (weights.encode(), usage.encode());
    let mut params = Vec::new();
    if !weights.is_neutral() {
        params.push(("weights", encoded_weights.as_str()));
    }
    if usage != Usage::default() {
        params.push(("usage", encoded_usage.as_str()));
    }
    navigate(&Route::compare(&refs), &params, replace);
}

/// What the picker's options depend on.
#[derive(PartialEq)]
struct PickerKey {
    catalog: Shared,
    ids: Vec<String>,
    filter: String,
    listed: bool,
}

/// The picker's options: the catalog's artifacts not in `ids`, and a sharded catalog's
/// first list page (`listed`) for those not loaded yet, matching `filter`.
fn picker_options(
    catalog: &Catalog,
    ids: &[String],
    listed: Option<&Rc<Vec<ListEntry>>>,
    filter: &str,
) -> PickerView {
    let mut candidates: Vec<PickerCandidate> = catalog
        .artifacts
        .iter()
        .filter(|a| !ids.contains(&a.id))
        .map(|a| PickerCandidate {
            id: &a.id,
            vendor: a.vendor.as_deref(),
            name: &a.name,
            rank: a.rank,
        })
        .collect();
    if let Some(entries) = listed {
        candidates.extend(
            entries
                .iter()
                .filter(|e| !ids.contains(&e.id) && catalog.get(&e.id).is_none())
                .map(|e| PickerCandidate {
                    id: &e.id,
                    vendor: e.vendor.as_deref(),
                    name: &e.name,
                    rank: e.rank,
                }),
        );
    }
    // A long list is cut to the best-ranked matches of a filter: ten thousand options
    // cost the page a third of a second of layout and help nobody.
    picker_view(&candidates, &to_lowercase(filter.trim()), PICKER_SHOWN)
}
