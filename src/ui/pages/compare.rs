//! `#/compare/{a}/{b}`: the comparison card for artifacts of the catalog.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::{unknown_message, UnknownArtifacts};
use super::{set_title, use_catalog};
use crate::domain::catalog::{percent_encode, Artifact};
use crate::domain::view::compare_view;
use crate::ui::components::comparison_card::ComparisonCard;
use crate::ui::components::site_frame::SiteFrame;

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
    let unknown: Vec<String> = props
        .ids
        .iter()
        .filter(|id| catalog.get(id).is_none())
        .cloned()
        .collect();
    if !unknown.is_empty() || props.ids.len() < 2 {
        return html! {
            <SiteFrame {brand}>
                <UnknownArtifacts message={unknown_message(&unknown)} catalog={shared.clone()} />
            </SiteFrame>
        };
    }
    let mut artifacts: Vec<&Artifact> = Vec::new();
    for id in props.ids.iter().take(4) {
        if let Some(artifact) = catalog.get(id) {
            if !artifacts.iter().any(|a| a.id == artifact.id) {
                artifacts.push(artifact);
            }
        }
    }
    let Some(view) = compare_view(catalog, &artifacts) else {
        return html! {
            <SiteFrame {brand}>
                <UnknownArtifacts message={unknown_message(&[])} catalog={shared.clone()} />
            </SiteFrame>
        };
    };
    set_title(&format!("{} · {}", view.title, catalog.brand.name));
    let query = artifacts[0]
        .categories
        .first()
        .cloned()
        .unwrap_or_else(|| artifacts[0].kind.clone());
    let search_href = catalog
        .brand
        .search_link(&query)
        .unwrap_or_else(|| format!("#/?q={}", percent_encode(&query)));
    html! {
        <SiteFrame {brand}>
            <ComparisonCard view={Rc::new(view)} search_href={AttrValue::from(search_href)} />
        </SiteFrame>
    }
}
