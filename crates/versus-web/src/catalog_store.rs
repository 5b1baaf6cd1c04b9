//! One fetch per catalog URL, shared by every widget and page on the document.
//!
//! The first request for a URL starts the fetch; later ones subscribe to it. A failure is
//! kept until someone retries, so ten widgets on a broken catalog make one request, not ten.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::load::{fetch_catalog, fetch_list_page, fetch_shard, Load, LoadError, Shared};
use super::vec_map::VecMap;
use versus_core::shard::ListEntry;
use versus_core::urls::{is_http_url, is_relative_url};

enum Entry {
    Pending(Vec<Callback<Load<Shared>>>),
    Done(Load<Shared>),
}

/// One fetched page of a sharded catalog's browse list.
type ListPage = Rc<Vec<ListEntry>>;

/// A file of a sharded catalog (an artifact shard or a list page) being fetched or failed.
enum FileState {
    Pending(Vec<Callback<()>>),
    Failed(LoadError),
}

/// Which file of which catalog.
#[derive(Clone, Debug, PartialEq)]
enum FileKey {
    Shard(String, u32),
    Page(String, u32),
}

thread_local! {
    static ENTRIES: RefCell<VecMap<String, Entry>> = const { RefCell::new(VecMap::new()) };
    static FILES: RefCell<VecMap<FileKey, FileState>> = const { RefCell::new(VecMap::new()) };
    static PAGES: RefCell<VecMap<FileKey, ListPage>> = const { RefCell::new(VecMap::new()) };
}

/// The newest state of a loaded catalog: a sharded one grows as shards arrive.
pub fn latest(url: &str) -> Option<Shared> {
    ENTRIES.with(|entries| match entries.borrow().get(url) {
        Some(Entry::Done(Load::Ready(shared))) => Some(shared.clone()),
        _ => None,
    })
}

/// Why fetching one of `shards` of the catalog at `url` failed, if it did.
pub fn shard_failure(url: &str, shards: &[u32]) -> Option<LoadError> {
    shards
        .iter()
        .find_map(|&shard| failure(&FileKey::Shard(url.to_owned(), shard)))
}

/// Why fetching this file failed, if it did (until the failure is forgotten).
fn failure(key: &FileKey) -> Option<LoadError> {
    FILES.with(|files| match files.borrow().get(key) {
        Some(FileState::Failed(error)) => Some(error.clone()),
        _ => None,
    })
}

/// Forgets failed shard and page fetches of the catalog at `url`, so they are tried again.
pub fn forget_file_failures(url: &str) {
    FILES.with(|files| {
        files.borrow_mut().retain(|key, state| {
            let (FileKey::Shard(of, _) | FileKey::Page(of, _)) = key;
            !(of == url && matches!(state, FileState::Failed(_)))
        })
    });
}

/// Starts fetching a file unless it is pending or failed; `notify` hears when it settles.
/// Returns true when the caller should start the fetch.
fn subscribe(key: FileKey, notify: Callback<()>) -> bool {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.get_mut(&key) {
            Some(FileState::Pending(waiting)) => {
                waiting.push(notify);
                false
            }
            Some(FileState::Failed(_)) => false,
            None => {
                files.insert(key, FileState::Pending(vec![notify]));
                true
            }
        }
    })
}

/// Settles a file fetch and tells everyone waiting for it.
fn settle(key: FileKey, failure: Option<LoadError>) {
    let waiting = FILES.with(|files| {
        let mut files = files.borrow_mut();
        let previous = match failure {
            Some(error) => files.insert(key, FileState::Failed(error)),
            None => files.remove(&key),
        };
        match previous {
            Some(FileState::Pending(waiting)) => waiting,
            _ => Vec::new(),
        }
    });
    for notify in waiting {
        notify.emit(());
    }
}

/// Fetches `shards` of the sharded catalog at `url` (each once, whoever asks) and adds
/// their artifacts to it; `notify` hears each time one settles.
pub fn ensure_shards(url: &str, shards: &[u32], notify: Callback<()>) {
    for &shard in shards {
        let key = FileKey::Shard(url.to_owned(), shard);
        if !subscribe(key.clone(), notify.clone()) {
            continue;
        }
        let url = url.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(current) = latest(&url) else {
                return settle(key, None);
            };
            let fetched = fetch_shard(current.0.clone(), shard).await;
            let failure = match fetched {
                Err(error) => Some(error),
                Ok(parsed) => {
                    // Merge into the newest state: other shards may have arrived meanwhile.
                    if let Some(merged) =
                        latest(&url).and_then(|now| now.0.with_shard(shard, parsed))
                    {
                        let merged = Shared(Rc::new(merged));
                        ENTRIES.with(|entries| {
                            entries
                                .borrow_mut()
                                .insert(url.clone(), Entry::Done(Load::Ready(merged)))
                        });
                    }
                    None
                }
            };
            settle(key, failure);
        });
    }
}

/// Page `page` of a sharded catalog's browse list: ready, loading (fetch started, `notify`
/// hears when it settles) or failed.
pub fn list_page(shared: &Shared, page: u32, notify: Callback<()>) -> Load<Rc<Vec<ListEntry>>> {
    let url = shared.0.source.clone();
    let key = FileKey::Page(url, page);
    if let Some(entries) = PAGES.with(|pages| pages.borrow().get(&key).cloned()) {
        return Load::Ready(entries);
    }
    if let Some(error) = failure(&key) {
        return Load::Failed(error);
    }
    if subscribe(key.clone(), notify) {
        let loaded = shared.0.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let failure = match fetch_list_page(loaded, page).await {
                Ok(entries) => {
                    PAGES.with(|pages| pages.borrow_mut().insert(key.clone(), Rc::new(entries)));
                    None
                }
                Err(error) => Some(error),
            };
            settle(key, failure);
        });
    }
    Load::Loading
}

/// The catalog with every artifact in `ids` loaded (fetching shards of a sharded catalog
/// as needed), or why that failed, and a retry. `with_links` also loads what the pages of
/// those artifacts link to (related artifacts and alternatives).
#[hook]
pub fn use_artifacts(shared: Option<Shared>, ids: Vec<String>, with_links: bool) -> Option<Need> {
    let tick = use_state(|| 0u32);
    let url = shared
        .as_ref()
        .map(|s| s.0.source.clone())
        .unwrap_or_default();
    let current = latest(&url)
        .filter(|now| now.0.sharded.is_some())
        .or(shared);
    let missing = current.as_ref().map_or_else(Vec::new, |current| {
        let wanted = current.0.wanted_ids(&ids, with_links);
        current.0.missing_shards(wanted.iter().map(String::as_str))
    });
    let failure = shard_failure(&url, &missing);
    {
        let tick = tick.clone();
        let url = url.clone();
        let missing = missing.clone();
        use_effect_with((missing, *tick), move |(missing, _)| {
            if !missing.is_empty() {
                let tick = tick.clone();
                ensure_shards(&url, missing, Callback::from(move |()| tick.set(*tick + 1)));
            }
        });
    }
    let retry = {
        let tick = tick.clone();
        Callback::from(move |()| {
            forget_file_failures(&url);
            tick.set(*tick + 1);
        })
    };
    let current = current?;
    Some(match failure {
        Some(error) => Need::Waiting(current, Wait::Failed(error, retry)),
        // The named artifacts are enough to render; links fill in as they arrive.
        None if current
            .0
            .missing_shards(ids.iter().map(String::as_str))
            .is_empty() =>
        {
            Need::Ready(current)
        }
        None => Need::Waiting(current, Wait::Loading),
    })
}

/// A catalog with what a view needs loaded, or what it waits on and the catalog as it is
/// (for the frame around it). State, not markup: `components::loading::waiting` shows it.
pub enum Need {
    Ready(Shared),
    Waiting(Shared, Wait),
}

/// What a view waits on: shards still arriving, or a shard that failed and its retry.
pub enum Wait {
    Loading,
    Failed(LoadError, Callback<()>),
}

/// The state of the catalog at `url` now; `notify` hears when a pending fetch ends.
pub fn request(url: &str, notify: Callback<Load<Shared>>) -> Load<Shared> {
    let start_fetch = ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        match entries.get_mut(url) {
            Some(Entry::Done(load)) => Err(load.clone()),
            Some(Entry::Pending(waiting)) => {
                waiting.push(notify);
                Ok(false)
            }
            None => {
                entries.insert(url.to_owned(), Entry::Pending(vec![notify]));
                Ok(true)
            }
        }
    });
    match start_fetch {
        Err(done) => done,
        Ok(false) => Load::Loading,
        Ok(true) => {
            let url = url.to_owned();
            wasm_bindgen_futures::spawn_local(async move {
                let load = match fetch_catalog(url.clone()).await {
                    Ok(shared) => Load::Ready(shared),
                    Err(error) => Load::Failed(error),
                };
                let waiting = ENTRIES.with(|entries| {
                    let previous = entries.borrow_mut().insert(url, Entry::Done(load.clone()));
                    match previous {
                        Some(Entry::Pending(waiting)) => waiting,
                        _ => Vec::new(),
                    }
                });
                for notify in waiting {
                    notify.emit(load.clone());
                }
            });
            Load::Loading
        }
    }
}

/// Forgets a failed load so the next request fetches again.
pub fn forget_failure(url: &str) {
    ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        if matches!(entries.get(url), Some(Entry::Done(Load::Failed(_)))) {
            entries.remove(url);
        }
    });
}

/// Checks a catalog URL given by a page or attribute: http(s) or relative only.
pub fn checked_catalog_url(url: &str) -> Result<String, LoadError> {
    let url = url.trim();
    if is_http_url(url) || is_relative_url(url) {
        Ok(url.to_owned())
    } else {
        Err(LoadError::refused_url(url))
    }
}

/// Loads the catalog at `url` (already checked, or the error to show) and offers a retry.
#[hook]
pub fn use_catalog_load(url: Result<String, LoadError>) -> (Load<Shared>, Callback<()>) {
    let state = use_state(|| Load::<Shared>::Loading);
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            let setter = state.setter();
            state.set(match url {
                Err(error) => Load::Failed(error.clone()),
                Ok(url) => request(url, Callback::from(move |load| setter.set(load))),
            });
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| {
            if let Ok(url) = &url {
                forget_failure(url);
            }
            attempt.set(*attempt + 1);
        })
    };
    ((*state).clone(), retry)
}
