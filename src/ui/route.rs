//! Hash routes, so any static host serves every page.

use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    /// `#/compare/{a}/{b}` (up to four ids).
    #[at("/compare/*ids")]
    Compare { ids: String },
    #[at("/artifact/:id")]
    Artifact { id: String },
    /// Only the card, for an iframe on a host page that allows no scripts.
    #[at("/embed/compare/*ids")]
    EmbedCompare { ids: String },
    #[at("/embed/artifact/:id")]
    EmbedArtifact { id: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The comparison route for these ids.
    pub fn compare(ids: &[&str]) -> Route {
        Route::Compare { ids: ids.join("/") }
    }
}

/// Splits `a/b/c` into ids, dropping empty segments.
pub fn split_ids(ids: &str) -> Vec<String> {
    ids.split('/')
        .filter(|segment| !segment.is_empty())
        .map(str::to_owned)
        .collect()
}
