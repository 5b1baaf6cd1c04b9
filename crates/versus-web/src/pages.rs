//! One component per route; only pages read the catalog context.

pub mod artifact;
pub mod compare;
pub mod embed;
pub mod home;
pub mod not_found;

use yew::prelude::*;

use super::catalog_store::{use_artifacts, Need};
use super::components::loading::waiting;
use super::components::site_frame::site_frame;
use super::load::Shared;

/// The loaded catalog; pages render only below the provider, so it is always there.
#[hook]
pub fn use_catalog() -> Option<Shared> {
    use_context::<Shared>()
}

/// The catalog with the artifacts `ids` loaded (a sharded catalog fetches their shards),
/// or the page to show meanwhile: a loading card or an error with a retry, in the frame.
#[hook]
pub fn use_catalog_with(ids: Vec<String>, with_links: bool) -> Result<Shared, Html> {
    let shared = use_catalog();
    let need = use_artifacts(shared.clone(), ids, with_links);
    match need {
        Some(Need::Ready(shared)) => Ok(shared),
        Some(Need::Waiting(shared, wait)) => {
            let brand = &shared.0.catalog.brand;
            Err(site_frame(brand, waiting(wait, &brand.locale)))
        }
        None => Err(Html::default()),
    }
}

/// Sets the document title for the page being shown.
pub fn set_title(title: &str) {
    if let Some(document) = crate::dom::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Puts this page's schema.org JSON-LD in the document head (replacing the previous page's).
pub fn set_json_ld(text: &str) {
    let Some(document) = crate::dom::window().and_then(|w| w.document()) else {
        return;
    };
    let script = match document.get_element_by_id("versus-jsonld") {
        Some(script) => script,
        None => {
            let Ok(script) = document.create_element("script") else {
                return;
            };
            script.set_id("versus-jsonld");
            let _ = script.set_attribute("type", "application/ld+json");
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    script.set_text_content(Some(text));
}
