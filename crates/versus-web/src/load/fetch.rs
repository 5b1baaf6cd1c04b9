//! Fetching a catalog and the files of a sharded one: a timeout that aborts, errors that
//! say what happened, and a request `index.html` or `versus.js` already started taken
//! over instead of a second one (`prefetch`).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use versus_core::loaded::Loaded;
use versus_core::messages::{builtin_for, read_table, Table};
use versus_core::parse::shard::ParsedShard;
use versus_core::shard::ShardLayout;
use versus_core::CatalogError;

use super::error::{LoadError, LoadErrorKind};
use super::prefetch::take_prefetched;
use super::{parse_loaded, Shared};

/// How long a catalog may take before the widget gives up and offers a retry.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;

/// Fetches and parses the catalog at `url`, aborting after `FETCH_TIMEOUT_MS`.
pub async fn fetch_catalog(url: String) -> Result<Shared, LoadError> {
    let (content_type, text) = fetch_text(&url).await?;
    parse_loaded(&url, &text)
        .await
        .map_err(|error| explain_content_type(error, &content_type))
}

thread_local! {
    /// Where `locales/` is: the folder of `versus.js` for embeds, the site's root for the
    /// site (empty: relative to the page).
    static LOCALES_BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// Built-in tables fetched so far, by file name (a page speaks one or two languages).
    static TABLES: RefCell<Vec<(&'static str, Arc<Table>)>> = const { RefCell::new(Vec::new()) };
}

/// Sets the folder `locales/*.json` is fetched from.
pub fn set_locales_base(base: String) {
    LOCALES_BASE.with(|b| *b.borrow_mut() = base);
}

/// The built-in table of `tag`'s language, fetched once per page: `None` for English, a
/// language without a table, or a table that could not be fetched (then the words stay
/// English and the console says why: a card in English beats no card).
pub async fn builtin_table(tag: &str) -> Option<Arc<Table>> {
    let file = builtin_for(tag)?;
    let known = TABLES.with(|tables| {
        let tables = tables.borrow();
        tables
            .iter()
            .find(|(f, _)| *f == file)
            .map(|(_, t)| t.clone())
    });
    if known.is_some() {
        return known;
    }
    let url = format!(
        "{}locales/{file}.json",
        LOCALES_BASE.with(|b| b.borrow().clone())
    );
    let table = match fetch_text(&url).await {
        Ok((_, text)) => read_table(&text).map(|(table, _)| Arc::new(table)).ok(),
        Err(error) => {
            let lines = error.lines.join(" ");
            web_sys::console::warn_1(&format!("Versus: {url}: {lines}").into());
            None
        }
    }?;
    TABLES.with(|tables| tables.borrow_mut().push((file, table.clone())));
    Some(table)
}

/// Fetches and parses shard `number` of the sharded catalog `loaded`.
pub async fn fetch_shard(loaded: Rc<Loaded>, number: u32) -> Result<ParsedShard, LoadError> {
    let (signals, specs) = (&loaded.catalog.signals, &loaded.catalog.specs);
    fetch_file(
        &loaded,
        |layout| layout.shard_path(number),
        |text| versus_core::parse::shard::parse_shard(text, signals, specs),
    )
    .await
}

/// Fetches and parses page `page` of a sharded catalog's browse list.
pub async fn fetch_list_page(
    loaded: Rc<Loaded>,
    page: u32,
) -> Result<Vec<versus_core::shard::ListEntry>, LoadError> {
    fetch_file(
        &loaded,
        |layout| layout.page_path(page),
        versus_core::parse::shard::parse_list_page,
    )
    .await
}

/// Fetches the file of sharded catalog `loaded` that `path` names (relative to the
/// catalog) and parses it; errors name that file's URL.
async fn fetch_file<T>(
    loaded: &Loaded,
    path: impl FnOnce(&ShardLayout) -> String,
    parse: impl FnOnce(&str) -> Result<T, CatalogError>,
) -> Result<T, LoadError> {
    let layout = loaded
        .sharded
        .as_ref()
        .map(|sharded| sharded.layout.clone())
        .ok_or_else(|| LoadError::network(&loaded.source, "not a sharded catalog".to_owned()))?;
    let relative = path(&layout);
    let url = catalog_file_url(&loaded.source, &relative).unwrap_or(relative);
    let (content_type, text) = fetch_text(&url).await?;
    parse(&text)
        .map_err(|error| explain_content_type(LoadError::invalid(&url, &error), &content_type))
}

/// "not valid JSON" from a server that said it sent something else: say so.
fn explain_content_type(mut error: LoadError, content_type: &str) -> LoadError {
    let looks_wrong = !content_type.is_empty() && !content_type.contains("json");
    if looks_wrong && error.kind == LoadErrorKind::Syntax {
        error.lines.push(format!(
            "The server sent “{content_type}”, not JSON: is the URL right?"
        ));
    }
    error
}

/// The body of `url` as text and its content type, aborting after `FETCH_TIMEOUT_MS`.
async fn fetch_text(url: &str) -> Result<(String, String), LoadError> {
    let (content_type, mut body) = match take_prefetched(url) {
        Some(prefetched) => prefetched.answer(url).await?,
        None => fetch_bytes(url).await?,
    };
    // As `text()` would: a byte-order mark is dropped, and invalid UTF-8 becomes U+FFFD
    // (the parse then says where).
    if body.starts_with(b"\xEF\xBB\xBF") {
        body.drain(..3);
    }
    let text = String::from_utf8(body)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
    Ok((content_type, text))
}

/// The content type and body bytes of `url`.
async fn fetch_bytes(url: &str) -> Result<(String, Vec<u8>), LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let timer = controller.as_ref().map(|controller| {
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(FETCH_TIMEOUT_MS as u32, move || controller.abort())
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let timed_out = || signal.as_ref().is_some_and(|s| s.aborted());
    let response = gloo_net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|error| no_answer(url, &error.to_string(), timed_out()))?;
    if !response.ok() {
        return Err(LoadError::http(
            url,
            response.status(),
            &response.status_text(),
        ));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    // The body as bytes, copied straight into wasm memory: `text()` would decode it to a
    // JS string only for wasm-bindgen to encode it back to UTF-8, in one long task.
    let body = response.binary().await;
    drop(timer);
    let body = body.map_err(|error| unfinished(url, &error.to_string(), timed_out()))?;
    Ok((content_type, body))
}

/// The request gave no answer: it timed out, or it failed with `error`.
pub(super) fn no_answer(url: &str, error: &str, timed_out: bool) -> LoadError {
    LoadError::network(
        url,
        if timed_out {
            format!("No answer within {} seconds.", FETCH_TIMEOUT_MS / 1000)
        } else {
            format!(
                "{error} (is the server reachable, and does it allow this origin through CORS?)"
            )
        },
    )
}

/// The answer's body did not arrive whole: it timed out, or it failed with `error`.
pub(super) fn unfinished(url: &str, error: &str, timed_out: bool) -> LoadError {
    LoadError::network(
        url,
        if timed_out {
            format!(
                "The answer did not finish within {} seconds.",
                FETCH_TIMEOUT_MS / 1000
            )
        } else {
            error.to_owned()
        },
    )
}

/// The absolute URL of a file of the catalog at `catalog_url` (`relative` to it).
pub fn catalog_file_url(catalog_url: &str, relative: &str) -> Option<String> {
    resolve_from_catalog(catalog_url, relative)
}

/// A relative URL in a catalog (the brand logo) is relative to the catalog file, not to
/// whichever page shows it: a host page or the site at another address.
pub(super) fn resolve_from_catalog(catalog_url: &str, relative: &str) -> Option<String> {
    let page = crate::dom::window()?.location().href().ok()?;
    let catalog = web_sys::Url::new_with_base(catalog_url, &page).ok()?;
    Some(
        web_sys::Url::new_with_base(relative, &catalog.href())
            .ok()?
            .href(),
    )
}
