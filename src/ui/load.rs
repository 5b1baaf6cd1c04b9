//! Fetching the catalog: a request is a value (`Load`), its failure a `LoadError`.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::domain::related::RelatedIndex;
use crate::domain::{parse_catalog_then, Catalog, CatalogError, Issue};

/// The catalog this build serves when the page names no other.
pub const DEFAULT_CATALOG: &str = "data/catalog.json";

/// A parsed catalog and what the pages derive from it once.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    /// Built on first use: only artifact pages need it, and a comparison should not wait.
    related: OnceCell<RelatedIndex>,
    pub warnings: Vec<Issue>,
    pub source: String,
}

impl Loaded {
    /// The related-artifacts index of the catalog (built once, the first time it is asked for).
    pub fn related(&self) -> &RelatedIndex {
        self.related
            .get_or_init(|| RelatedIndex::build(&self.catalog))
    }
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
    // The parsed JSON tree is freed in a later task, after this one has rendered the card.
    let defer_free = |tree: serde_json::Value| {
        gloo_timers::callback::Timeout::new(0, move || drop(tree)).forget();
    };
    let mut parsed =
        parse_catalog_then(text, defer_free).map_err(|error| LoadError::invalid(url, &error))?;
    if let Some(logo) = parsed.catalog.brand.logo_url.as_mut() {
        if let Some(absolute) = resolve_from_catalog(url, logo) {
            *logo = absolute;
        }
    }
    Ok(Shared(Rc::new(Loaded {
        catalog: parsed.catalog,
        related: OnceCell::new(),
        warnings: parsed.warnings,
        source: url.to_owned(),
    })))
}

/// A relative URL in a catalog (the brand logo) is relative to the catalog file, not to
/// whichever page shows it: a host page or the site at another address.
fn resolve_from_catalog(catalog_url: &str, relative: &str) -> Option<String> {
    let page = web_sys::window()?.location().href().ok()?;
    let catalog = web_sys::Url::new_with_base(catalog_url, &page).ok()?;
    Some(
        web_sys::Url::new_with_base(relative, &catalog.href())
            .ok()?
            .href(),
    )
}

/// How long a catalog may take before the widget gives up and offers a retry.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;

/// Fetches and parses the catalog at `url`, aborting after `FETCH_TIMEOUT_MS`.
pub async fn fetch_catalog(url: String) -> Result<Shared, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let timer = controller.as_ref().map(|controller| {
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(FETCH_TIMEOUT_MS as u32, move || controller.abort())
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let response = gloo_net::http::Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await;
    let timed_out = signal.as_ref().is_some_and(|s| s.aborted());
    let response = response.map_err(|error| {
        if timed_out {
            LoadError::network(&url, format!("No answer within {} seconds.", FETCH_TIMEOUT_MS / 1000))
        } else {
            LoadError::network(
                &url,
                format!("{error} (is the server reachable, and does it allow this origin through CORS?)"),
            )
        }
    })?;
    if !response.ok() {
        return Err(LoadError::http(
            &url,
            response.status(),
            &response.status_text(),
        ));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    let text = response.text().await;
    drop(timer);
    let text = text.map_err(|error| {
        let message = if signal.as_ref().is_some_and(|s| s.aborted()) {
            format!(
                "The answer did not finish within {} seconds.",
                FETCH_TIMEOUT_MS / 1000
            )
        } else {
            error.to_string()
        };
        LoadError::network(&url, message)
    })?;
    parse_loaded(&url, &text).map_err(|mut error| {
        let looks_wrong = !content_type.is_empty() && !content_type.contains("json");
        if looks_wrong && error.title.contains("not valid JSON") {
            error.lines.push(format!(
                "The server sent “{content_type}”, not JSON: is the URL right?"
            ));
        }
        error
    })
}
