//! Fetching the catalog: a request is a value (`Load`), its failure a `LoadError`.

use std::cell::OnceCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::yield_now::yield_now;
use versus_core::parse::shard::{is_index, parse_index, ParsedShard};
use versus_core::related::{Related, RelatedIndex};
use versus_core::shard::{RelatedById, ShardLayout};
use versus_core::view::RELATED_SHOWN;
use versus_core::{Catalog, CatalogError, ChunkedParse, Issue};

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
    /// Set for a sharded catalog: `catalog` then holds only the artifacts fetched so far.
    pub sharded: Option<Sharded>,
}

/// The most alternatives of one artifact whose shards its page fetches.
const MAX_LINKED: usize = 24;

/// What a sharded catalog has fetched beyond its index.
#[derive(Clone, Debug)]
pub struct Sharded {
    pub layout: Rc<ShardLayout>,
    /// Related lists of the fetched artifacts, derived when the catalog was sharded.
    pub related: RelatedById,
    /// Shard numbers fetched so far (a page fetches a few dozen at most).
    pub fetched: Vec<u32>,
}

impl Loaded {
    /// The related-artifacts index of the catalog (built once, the first time it is asked for).
    pub fn related(&self) -> &RelatedIndex {
        self.related
            .get_or_init(|| RelatedIndex::build(&self.catalog))
    }

    /// The related artifacts of the one at `position`, best first, among those loaded.
    pub fn related_of(&self, position: usize) -> Vec<Related> {
        let Some(sharded) = &self.sharded else {
            return self.related().related(position, RELATED_SHOWN);
        };
        let Some(artifact) = self.catalog.artifacts.get(position) else {
            return Vec::new();
        };
        let entries = sharded
            .related
            .get(&artifact.id)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        entries
            .iter()
            .filter(|entry| entry.id != artifact.id)
            .filter_map(|entry| {
                Some(Related {
                    index: self.catalog.index_of(&entry.id)?,
                    score: entry.score,
                    shared: entry.shared.clone(),
                })
            })
            .take(RELATED_SHOWN)
            .collect()
    }

    /// The shards still to fetch before every id in `ids` is loaded (or known missing).
    pub fn missing_shards<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
        let Some(sharded) = &self.sharded else {
            return Vec::new();
        };
        let mut shards: Vec<u32> = ids
            .into_iter()
            .filter(|id| self.catalog.index_of(id).is_none())
            .map(|id| sharded.layout.shard_of(id))
            .filter(|shard| !sharded.fetched.contains(shard))
            .collect();
        shards.sort_unstable();
        shards.dedup();
        shards
    }

    /// The ids a page about `ids` needs: them, and once loaded, what their pages link to.
    pub fn wanted_ids(&self, ids: &[String], with_links: bool) -> Vec<String> {
        let mut wanted: Vec<String> = ids.to_vec();
        let Some(sharded) = self.sharded.as_ref().filter(|_| with_links) else {
            return wanted;
        };
        for artifact in ids.iter().filter_map(|id| self.catalog.get(id)) {
            let related = sharded
                .related
                .get(&artifact.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            wanted.extend(related.iter().take(RELATED_SHOWN).map(|r| r.id.clone()));
            // Capped: a hostile shard listing thousands of alternatives must not make the
            // page fetch thousands of shards.
            wanted.extend(artifact.alternatives.iter().take(MAX_LINKED).cloned());
        }
        wanted
    }

    /// This catalog with a fetched shard added (artifacts already loaded are kept).
    pub fn with_shard(&self, number: u32, shard: ParsedShard) -> Option<Loaded> {
        let sharded = self.sharded.as_ref()?;
        let mut artifacts = self.catalog.artifacts.clone();
        let mut related = sharded.related.clone();
        for artifact in shard.artifacts {
            // Only what belongs in this shard: a shard cannot replace another's artifacts.
            if sharded.layout.shard_of(&artifact.id) == number
                && self.catalog.index_of(&artifact.id).is_none()
            {
                if let Some(list) = shard.related.get(&artifact.id) {
                    related.insert(artifact.id.clone(), list.clone());
                }
                artifacts.push(artifact);
            }
        }
        let mut fetched = sharded.fetched.clone();
        if !fetched.contains(&number) {
            fetched.push(number);
        }
        let catalog = &self.catalog;
        Some(Loaded {
            catalog: Catalog::new(
                catalog.brand.clone(),
                catalog.signals.clone(),
                artifacts,
                catalog.featured.clone(),
            ),
            related: OnceCell::new(),
            warnings: self.warnings.clone(),
            source: self.source.clone(),
            sharded: Some(Sharded {
                layout: sharded.layout.clone(),
                related,
                fetched,
            }),
        })
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

/// What went wrong loading a catalog, for `error_notice`.
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

/// Bytes of catalog text parsed per slice; between slices the page paints and answers input.
const SLICE_BYTES: usize = 1 << 20;

/// Parses fetched text into a ready catalog, or the error to show, a slice at a time: a
/// 50 MB catalog never blocks the page for the whole parse.
pub async fn parse_loaded(url: &str, text: &str) -> Result<Shared, LoadError> {
    if is_index(text) {
        return parse_sharded(url, text);
    }
    let mut parse = ChunkedParse::new(text);
    while !parse.step(SLICE_BYTES) {
        yield_now().await;
    }
    let mut parsed = parse
        .finish()
        .map_err(|error| LoadError::invalid(url, &error))?;
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
        sharded: None,
    })))
}

/// The index of a sharded catalog: brand and layout now, artifacts as pages need them.
fn parse_sharded(url: &str, text: &str) -> Result<Shared, LoadError> {
    let mut index = parse_index(text).map_err(|error| LoadError::invalid(url, &error))?;
    if let Some(logo) = index.brand.logo_url.as_mut() {
        if let Some(absolute) = resolve_from_catalog(url, logo) {
            *logo = absolute;
        }
    }
    Ok(Shared(Rc::new(Loaded {
        catalog: Catalog::new(index.brand, index.signals, Vec::new(), index.featured),
        related: OnceCell::new(),
        warnings: index.warnings,
        source: url.to_owned(),
        sharded: Some(Sharded {
            layout: Rc::new(index.layout),
            related: RelatedById::new(),
            fetched: Vec::new(),
        }),
    })))
}

/// The absolute URL of a file of the catalog at `catalog_url` (`relative` to it).
pub fn catalog_file_url(catalog_url: &str, relative: &str) -> Option<String> {
    resolve_from_catalog(catalog_url, relative)
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
    let (content_type, text) = fetch_text(&url).await?;
    parse_loaded(&url, &text)
        .await
        .map_err(|error| explain_content_type(error, &content_type))
}

/// Fetches and parses shard `number` of the sharded catalog `loaded`.
pub async fn fetch_shard(loaded: Rc<Loaded>, number: u32) -> Result<ParsedShard, LoadError> {
    let signals = &loaded.catalog.signals;
    fetch_file(
        &loaded,
        |layout| layout.shard_path(number),
        |text| versus_core::parse::shard::parse_shard(text, signals),
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
    if looks_wrong && error.title.contains("not valid JSON") {
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
fn no_answer(url: &str, error: &str, timed_out: bool) -> LoadError {
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
fn unfinished(url: &str, error: &str, timed_out: bool) -> LoadError {
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

/// A catalog request started while the page was still loading, before the wasm ran:
/// `index.html` starts one for the site's catalog (`window.__versusCatalogs`), `versus.js`
/// one for each catalog the widgets already on a host page name (handed over through
/// `keep_prefetched`, so the host page gets no global). Kept by URL: the response, its body
/// being read, and the signal its `FETCH_TIMEOUT_MS` timer aborts.
struct Prefetched {
    response: js_sys::Promise,
    body: js_sys::Promise,
    signal: web_sys::AbortSignal,
}

thread_local! {
    static HANDED_OVER: std::cell::RefCell<JsValue> = const { std::cell::RefCell::new(JsValue::UNDEFINED) };
}

/// Keeps the requests `versus.js` started (an object of `Prefetched` by URL).
pub fn keep_prefetched(requests: JsValue) {
    HANDED_OVER.with(|kept| *kept.borrow_mut() = requests);
}

/// The prefetched request for `url`, if there is one; taken, so that a retry asks again.
fn take_prefetched(url: &str) -> Option<Prefetched> {
    let window = web_sys::window()?;
    let handed_over = HANDED_OVER.with(|kept| kept.borrow().clone());
    let all = if handed_over.is_object() {
        handed_over
    } else {
        js_sys::Reflect::get(&window, &JsValue::from_str("__versusCatalogs")).ok()?
    };
    if !all.is_object() {
        return None;
    }
    let href = JsValue::from_str(
        &web_sys::Url::new_with_base(url, &window.location().href().ok()?)
            .ok()?
            .href(),
    );
    let entry = js_sys::Reflect::get(&all, &href).ok()?;
    if !entry.is_object() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(all.unchecked_ref::<js_sys::Object>(), &href);
    let field = |name: &str| js_sys::Reflect::get(&entry, &JsValue::from_str(name)).ok();
    Some(Prefetched {
        response: field("response")?.dyn_into().ok()?,
        body: field("body")?.dyn_into().ok()?,
        signal: field("signal")?.dyn_into().ok()?,
    })
}

impl Prefetched {
    /// What `fetch_bytes` would give, from the request already under way.
    async fn answer(self, url: &str) -> Result<(String, Vec<u8>), LoadError> {
        // As gloo words a failed request: the error's `toString()` ("TypeError: Failed to
        // fetch").
        let error_text = |error: JsValue| match error.dyn_ref::<js_sys::Error>() {
            Some(error) => String::from(error.to_string()),
            None => error
                .as_string()
                .unwrap_or_else(|| "the request failed".to_owned()),
        };
        let response: web_sys::Response = JsFuture::from(self.response)
            .await
            .map_err(|error| no_answer(url, &error_text(error), self.signal.aborted()))?
            .dyn_into()
            .map_err(|_| no_answer(url, "the request gave no response", false))?;
        if !response.ok() {
            return Err(LoadError::http(
                url,
                response.status(),
                &response.status_text(),
            ));
        }
        let content_type = response
            .headers()
            .get("content-type")
            .ok()
            .flatten()
            .unwrap_or_default();
        let body = JsFuture::from(self.body)
            .await
            .map_err(|error| unfinished(url, &error_text(error), self.signal.aborted()))?;
        Ok((content_type, js_sys::Uint8Array::new(&body).to_vec()))
    }
}
