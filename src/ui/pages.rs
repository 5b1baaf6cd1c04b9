//! One component per route; only pages read the catalog context.

pub mod artifact;
pub mod compare;
pub mod embed;
pub mod home;
pub mod not_found;

use yew::prelude::*;

use super::load::Shared;

/// The loaded catalog; pages render only below the provider, so it is always there.
#[hook]
pub fn use_catalog() -> Option<Shared> {
    use_context::<Shared>()
}

/// Sets the document title for the page being shown.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}
