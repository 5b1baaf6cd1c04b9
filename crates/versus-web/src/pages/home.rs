//! `#/`: the brand, featured comparisons, and the whole catalog to browse and pick from.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{set_title, use_catalog};
use crate::catalog_store::{forget_file_failures, list_page, use_artifacts, Need};
use crate::components::error_notice::error_notice_in;
use crate::components::site_frame::site_frame;
use crate::links::PageLink;
use crate::load::Load;
use crate::route::Route;
use crate::router::{navigate, use_location};
use versus_core::catalog::display_name;
use versus_core::format::format_rank;
use versus_core::messages::page;
use versus_core::search::{search, search_in, Query, Searchable};
use versus_core::shard::ListEntry;
use versus_core::site::home_title_in;

#[component]
pub fn HomePage() -> Html {
    // The search starts from the hash route's `q` parameter (`#/?q=vision`), if any.
    let location = use_location();
    let text = use_state(|| location.param("q").unwrap_or_default());
    let kind = use_state(|| None::<String>);
    let category = use_state(|| None::<String>);
    let picked = use_state(Vec::<String>::new);
    let pages_wanted = use_state(|| 1u32);
    let page_tick = use_state(|| 0u32);
    let context = use_catalog();
    // A sharded catalog fetches the featured artifacts' shards; a single file has them all.
    // (The first dozen comparisons: an index listing thousands must not cost thousands of
    // fetches.)
    let featured_ids: Vec<String> = context
        .iter()
        .flat_map(|shared| shared.0.catalog.featured.iter().take(12).flatten().cloned())
        .collect();
    let shared = match use_artifacts(context, featured_ids, false) {
        Some(Need::Ready(shared)) => shared,
        Some(Need::Waiting(shared, _)) => shared,
        None => return Html::default(),
    };
    let catalog = &shared.0.catalog;
    let locale = &catalog.brand.locale;
    // The browse list of a sharded catalog: pages of entries, best rank first.
    let mut list_status = None;
    let mut entries: Vec<ListEntry> = Vec::new();
    if let Some(sharded) = &shared.0.sharded {
        let layout = &sharded.layout;
        let wanted = (*pages_wanted).min(layout.list_pages);
        let mut loading = false;
        for page in 0..wanted {
            let tick = page_tick.clone();
            match list_page(&shared, page, Callback::from(move |()| tick.set(*tick + 1))) {
                Load::Ready(page) => entries.extend(page.iter().cloned()),
                Load::Loading => loading = true,
                Load::Failed(error) => {
                    let (tick, url) = (page_tick.clone(), shared.0.source.clone());
                    let on_retry = Callback::from(move |()| {
                        forget_file_failures(&url);
                        tick.set(*tick + 1);
                    });
                    list_status = Some(error_notice_in(&error, on_retry, locale));
                    break;
                }
            }
        }
        if list_status.is_none() {
            let more = {
                let pages_wanted = pages_wanted.clone();
                Callback::from(move |_: MouseEvent| pages_wanted.set(*pages_wanted + 1))
            };
            let shown = entries.len() as u64;
            list_status = Some(html! {
                <p class="vs-list-status" aria-live="polite">
                    { locale.count(page::HOME_SHOWING, layout.artifact_count, &[("shown", &locale.integer(shown))]) }
                    if loading {
                        <span class="vs-muted">{ locale.text(page::HOME_LOADING_MORE) }</span>
                    } else if wanted < layout.list_pages {
                        { " " }<button type="button" class="vs-button vs-button--ghost" onclick={more}>{ locale.text(page::HOME_SHOW_MORE) }</button>
                    }
                </p>
            });
        }
    }
    set_title(&home_title_in(&catalog.brand.locale, &catalog.brand.name));

    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            text.set(input.value());
        })
    };
    let select_setter = |state: UseStateHandle<Option<String>>| {
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let value = select.value();
            state.set((!value.is_empty()).then_some(value));
        })
    };
    let on_kind = select_setter(kind.clone());
    let on_category = select_setter(category.clone());
    let toggle = |id: String| {
        let picked = picked.clone();
        Callback::from(move |_: Event| {
            let mut next = (*picked).clone();
            if let Some(position) = next.iter().position(|p| *p == id) {
                next.remove(position);
            } else if next.len() < 4 {
                next.push(id.clone());
            }
            picked.set(next);
        })
    };
    let on_compare = {
        let picked = picked.clone();
        Callback::from(move |_: MouseEvent| {
            let ids: Vec<&str> = picked.iter().map(String::as_str).collect();
            navigate(&Route::compare(&ids), &[], false);
        })
    };

    let query = Query {
        text: (*text).clone(),
        kind: (*kind).clone(),
        category: (*category).clone(),
    };
    let tiles: Vec<TileData> = match &shared.0.sharded {
        None => search(catalog, &query)
            .into_iter()
            .filter_map(|i| catalog.artifacts.get(i))
            .map(TileData::of)
            .collect(),
        Some(_) => search_in(&entries, &query)
            .into_iter()
            .filter_map(|i| entries.get(i))
            .map(TileData::of)
            .collect(),
    };
    let (kinds, categories): (Vec<&str>, Vec<&str>) = match &shared.0.sharded {
        None => (catalog.kinds(), catalog.categories()),
        Some(sharded) => (
            sharded.layout.kinds.iter().map(String::as_str).collect(),
            sharded
                .layout
                .categories
                .iter()
                .map(String::as_str)
                .collect(),
        ),
    };
    let total = shared
        .0
        .sharded
        .as_ref()
        .map_or(catalog.artifacts.len() as u64, |s| s.layout.artifact_count);
    let can_compare = (2..=4).contains(&picked.len());

    site_frame(
        &catalog.brand,
        html! {
            <>
                <section class="vs-hero">
                    <h1>{ locale.say(page::HOME_TITLE, &[("brand", &catalog.brand.name)]) }</h1>
                    if let Some(tagline) = &catalog.brand.tagline {
                        <p class="vs-hero__tagline">{ tagline }</p>
                    }
                </section>
                if !catalog.featured.is_empty() {
                    <section class="vs-section vs-featured" aria-labelledby="vs-featured-title">
                        <h2 id="vs-featured-title">{ locale.text(page::HOME_FEATURED) }</h2>
                        <ul class="vs-featured__grid">
                            { for catalog.featured.iter().map(|ids| {
                                let sides: Vec<_> = ids.iter().filter_map(|id| catalog.get(id)).collect();
                                let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
                                // A sharded catalog's featured artifacts may still be on their way.
                                if sides.len() != ids.len() {
                                    return Html::default();
                                }
                                html! {
                                    <li>
                                        <PageLink classes="vs-featured__card" to={Route::compare(&refs)}>
                                            { for sides.iter().enumerate().map(|(i, a)| html! {
                                                <>
                                                    if i > 0 { <span class="vs-featured__vs">{ locale.text(page::HOME_FEATURED_VS) }</span> }
                                                    <span class="vs-featured__side">
                                                        <span class="vs-featured__name">{ a.display_name() }</span>
                                                        <span class="vs-featured__rank">{ locale.say(page::HOME_FEATURED_RANK, &[("rank_label", &catalog.brand.rank_label), ("rank", &format_rank(a.rank))]) }</span>
                                                    </span>
                                                </>
                                            }) }
                                        </PageLink>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
                <section class="vs-section vs-browse" aria-labelledby="vs-browse-title">
                    <h2 id="vs-browse-title">{ locale.count(page::HOME_ALL, total, &[]) }</h2>
                    <div class="vs-filters">
                        <label class="vs-field">
                            <span>{ locale.text(page::HOME_SEARCH) }</span>
                            <input type="search" placeholder={locale.text(page::HOME_SEARCH_PLACEHOLDER).to_owned()} value={(*text).clone()} oninput={on_text} />
                        </label>
                        { filter_select(locale.text(page::HOME_KIND), locale.text(page::HOME_ALL_KINDS), &kinds, kind.as_deref(), on_kind) }
                        if !categories.is_empty() {
                            { filter_select(locale.text(page::HOME_CATEGORY), locale.text(page::HOME_ALL_CATEGORIES), &categories, category.as_deref(), on_category) }
                        }
                    </div>
                    <div class="vs-compare-bar" aria-live="polite">
                        <span>{ match picked.len() { 0 => locale.text(page::HOME_PICK_PROMPT).to_owned(), n => locale.count(page::HOME_PICKED, n as u64, &[]) } }</span>
                        <button type="button" class="vs-button" disabled={!can_compare} onclick={on_compare}>{ locale.text(page::HOME_COMPARE_SELECTED) }</button>
                    </div>
                    { list_status.unwrap_or_default() }
                    if tiles.is_empty() {
                        <p class="vs-empty">{ locale.text(page::HOME_NO_MATCH) }</p>
                    }
                    <ul class="vs-grid">
                        { for tiles.iter().map(|a| {
                            let is_picked = picked.contains(&a.id);
                            html! {
                                <li class={classes!("vs-tile", is_picked.then_some("vs-tile--picked"))}>
                                    <div class="vs-tile__top">
                                        <span class="vs-chip">{ &a.kind }</span>
                                        <span class="vs-tile__rank">{ format_rank(a.rank) }</span>
                                    </div>
                                    <h3 class="vs-tile__name">
                                        <PageLink to={Route::Artifact { id: a.id.clone() }}>{ &a.display_name }</PageLink>
                                    </h3>
                                    if let Some(summary) = &a.summary {
                                        <p class="vs-tile__summary">{ summary }</p>
                                    }
                                    <label class="vs-tile__pick">
                                        <input type="checkbox" checked={is_picked} onchange={toggle(a.id.clone())} />
                                        <span>{ locale.text(page::HOME_PICK) }</span>
                                    </label>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            </>
        },
    )
}

/// A browse filter labelled `label`: `all` (no filter) or one of `options`.
fn filter_select(
    label: &str,
    all: &str,
    options: &[&str],
    selected: Option<&str>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="vs-field">
            <span>{ label }</span>
            <select {onchange}>
                <option value="" selected={selected.is_none()}>{ all }</option>
                { for options.iter().map(|o| html! { <option value={o.to_string()} selected={selected == Some(*o)}>{ *o }</option> }) }
            </select>
        </label>
    }
}

/// What a browse tile shows, from a loaded artifact or a sharded catalog's list entry.
struct TileData {
    id: String,
    display_name: String,
    kind: String,
    rank: u8,
    summary: Option<String>,
}

impl TileData {
    /// A tile for a loaded artifact or a list entry: both are `Searchable`.
    fn of(item: &impl Searchable) -> Self {
        Self {
            id: item.id().to_owned(),
            display_name: display_name(item.vendor(), item.name()),
            kind: item.kind().to_owned(),
            rank: item.rank(),
            summary: item.summary().map(str::to_owned),
        }
    }
}
