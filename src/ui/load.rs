//! Fetching the catalog: a request is a value (`Load`), its failure a `LoadError`.

use std::rc::Rc;

use crate::domain::related::RelatedIndex;
use crate::domain::{parse_catalog, Catalog, CatalogError, Issue};

/// The catalog this build serves when the page names no other.
pub const DEFAULT_CATALOG: &str = "data/catalog.json";

/// A parsed catalog and what the pages derive from it once.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub related: RelatedIndex,
    pub warnings: Vec<Issue>,
    pub source: String,
}

/// Catalogs compare by identity: a new fetch is a new value.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Loaded>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(LoadError),
}

/// What went wrong loading a catalog, for the `ErrorNotice`.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub url: String,
    pub title: String,
    pub lines: Vec<String>,
}

impl LoadError {
    pub fn network(url: &str, message: String) -> Self {
        Self {
            url: url.to_owned(),
            title: "The catalog could not be fetched".to_owned(),
            lines: vec![message],
        }
    }

    pub fn http(url: &str, status: u16, status_text: &str) -> Self {
        Self {
            url: url.to_owned(),
            title: format!("The catalog server answered {status} {status_text}"),
            lines: vec!["Check that the catalog URL is right and publicly readable.".to_owned()],
        }
    }

    pub fn invalid(url: &str, error: &CatalogError) -> Self {
        let title = match error {
            CatalogError::Syntax { .. } => "The catalog is not valid JSON".to_owned(),
            CatalogError::Invalid { total_errors, .. } => format!(
                "The catalog has {total_errors} problem{}",
                if *total_errors == 1 { "" } else { "s" }
            ),
        };
        Self {
            url: url.to_owned(),
            title,
            lines: error.lines(),
        }
    }
}

/// Parses fetched text into a ready catalog, or the error to show.
pub fn parse_loaded(url: &str, text: &str) -> Result<Shared, LoadError> {
    let parsed = parse_catalog(text).map_err(|error| LoadError::invalid(url, &error))?;
    let related = RelatedIndex::build(&parsed.catalog);
    Ok(Shared(Rc::new(Loaded {
        catalog: parsed.catalog,
        related,
        warnings: parsed.warnings,
        source: url.to_owned(),
    })))
}

/// Fetches and parses the catalog at `url`.
pub async fn fetch_catalog(url: String) -> Result<Shared, LoadError> {
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|error| {
            LoadError::network(
                &url,
                format!("{error} (is the server reachable and does it allow this origin?)"),
            )
        })?;
    if !response.ok() {
        return Err(LoadError::http(
            &url,
            response.status(),
            &response.status_text(),
        ));
    }
    let text = response
        .text()
        .await
        .map_err(|error| LoadError::network(&url, error.to_string()))?;
    parse_loaded(&url, &text)
}
