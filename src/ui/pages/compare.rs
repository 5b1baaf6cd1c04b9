//! `#/compare/{a}/{b}`: the comparison card for artifacts of the catalog.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::UnknownArtifacts;
use super::{set_title, use_catalog};
use crate::domain::view::{compare_view, search_href, select, selection_problem, Selection};
use crate::ui::components::comparison_card::ComparisonCard;
use crate::ui::components::embed_panel::EmbedPanel;
use crate::ui::components::site_frame::SiteFrame;
use crate::ui::widget::EmbedTarget;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub ids: Vec<String>,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let Some(shared) = use_catalog() else {
        return Html::default();
    };
    let catalog = &shared.0.catalog;
    let brand = catalog.brand.clone();
    let artifacts = match select(catalog, &props.ids) {
        Selection::Ready(artifacts) => artifacts,
        Selection::Unknown(unknown) => {
            return html! {
                <SiteFrame {brand}>
                    <UnknownArtifacts message={selection_problem(&unknown)} catalog={shared.clone()} />
                </SiteFrame>
            }
        }
        Selection::TooFew => {
            return html! {
                <SiteFrame {brand}>
                    <UnknownArtifacts message={selection_problem(&[])} catalog={shared.clone()} />
                </SiteFrame>
            }
        }
    };
    let Some(view) = compare_view(catalog, &artifacts) else {
        return Html::default();
    };
    set_title(&format!("{} · {}", view.title, catalog.brand.name));
    let search = search_href(catalog, artifacts[0], "");
    let ids: Vec<String> = artifacts.iter().map(|a| a.id.clone()).collect();
    html! {
        <SiteFrame {brand}>
            <ComparisonCard view={Rc::new(view.clone())} search_href={AttrValue::from(search)} />
            <EmbedPanel target={EmbedTarget::Compare(ids)} title={view.title.clone()} catalog_url={shared.0.source.clone()} />
        </SiteFrame>
    }
}
