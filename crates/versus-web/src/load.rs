//! Loading the catalog: a request is a value (`Load`), its failure a `LoadError`. What a
//! loaded catalog holds and derives is the core's (`versus_core::loaded`); this module
//! fetches (`fetch`, `prefetch`) and parses in slices so the page stays responsive.

use std::rc::Rc;

use super::yield_now::yield_now;
use versus_core::format::Locale;
use versus_core::loaded::Loaded;
use versus_core::parse::shard::{is_index, parse_index};
use versus_core::ChunkedParse;

mod error;
mod fetch;
mod prefetch;

pub use error::{LoadError, LoadErrorKind};
use fetch::resolve_from_catalog;
pub use fetch::{
    builtin_table, catalog_file_url, fetch_catalog, fetch_list_page, fetch_shard, set_locales_base,
    FETCH_TIMEOUT_MS,
};
pub use prefetch::keep_prefetched;

/// The catalog this build serves when the page names no other.
pub const DEFAULT_CATALOG: &str = "data/catalog.json";

/// Ends the catalog store's key of a catalog loaded for a widget whose `lang` attribute
/// asks for another language (`…/catalog.json#versus-lang=ja`): its own entry, in that
/// language. A fetch never sends the fragment, so it is the same file.
pub const LANG_KEY: &str = "#versus-lang=";

/// A catalog store key as the catalog's URL and the language asked for by `LANG_KEY`.
pub fn key_parts(key: &str) -> (&str, Option<&str>) {
    match key.rsplit_once(LANG_KEY) {
        Some((url, tag)) => (url, Some(tag)),
        None => (key, None),
    }
}

/// The locale a catalog at `url` (a catalog store key) speaks: the language asked for by
/// `LANG_KEY`, else the catalog's own, with its built-in table fetched.
async fn speaking(url: &str, locale: &Locale) -> Option<Locale> {
    let asked = key_parts(url)
        .1
        .and_then(|tag| locale.for_widget(tag, None));
    let locale = asked.as_ref().unwrap_or(locale);
    let table = builtin_table(&locale.tag).await;
    (asked.is_some() || table.is_some()).then(|| locale.with_builtin(table))
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

/// Bytes of catalog text parsed per slice; between slices the page paints and answers input.
const SLICE_BYTES: usize = 1 << 20;

/// Parses fetched text into a ready catalog, or the error to show, a slice at a time: a
/// 50 MB catalog never blocks the page for the whole parse.
pub async fn parse_loaded(url: &str, text: &str) -> Result<Shared, LoadError> {
    if is_index(text) {
        return parse_sharded(url, text).await;
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
    if let Some(locale) = speaking(url, &parsed.catalog.brand.locale).await {
        parsed.catalog.speak(locale);
    }
    Ok(Shared(Rc::new(Loaded::single(parsed, url))))
}

/// The index of a sharded catalog: brand and layout now, artifacts as pages need them.
async fn parse_sharded(url: &str, text: &str) -> Result<Shared, LoadError> {
    let mut index = parse_index(text).map_err(|error| LoadError::invalid(url, &error))?;
    if let Some(locale) = speaking(url, &index.brand.locale).await {
        versus_core::catalog::speak(&mut index.brand, &mut index.signals, locale);
    }
    if let Some(logo) = index.brand.logo_url.as_mut() {
        if let Some(absolute) = resolve_from_catalog(url, logo) {
            *logo = absolute;
        }
    }
    Ok(Shared(Rc::new(Loaded::sharded(index, url))))
}
