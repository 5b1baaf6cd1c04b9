//! One fetch per catalog URL, shared by every widget and page on the document.
//!
//! The first request for a URL starts the fetch; later ones subscribe to it. A failure is
//! kept until someone retries, so ten widgets on a broken catalog make one request, not ten.

use std::cell::RefCell;

use yew::prelude::*;

use super::load::{fetch_catalog, Load, LoadError, Shared};
use crate::domain::urls::{is_http_url, is_relative_url};

enum Entry {
    Pending(Vec<Callback<Load<Shared>>>),
    Done(Load<Shared>),
}

thread_local! {
    /// By catalog URL (a page uses one or a few: a list is smaller code than a map).
    static ENTRIES: RefCell<Vec<(String, Entry)>> = const { RefCell::new(Vec::new()) };
}

/// The state of the catalog at `url` now; `notify` hears when a pending fetch ends.
pub fn request(url: &str, notify: Callback<Load<Shared>>) -> Load<Shared> {
    let start_fetch = ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        match slot(&mut entries, url) {
            Some(Entry::Done(load)) => Err(load.clone()),
            Some(Entry::Pending(waiting)) => {
                waiting.push(notify);
                Ok(false)
            }
            None => {
                entries.push((url.to_owned(), Entry::Pending(vec![notify])));
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
                    let mut entries = entries.borrow_mut();
                    let done = Entry::Done(load.clone());
                    let previous = match slot(&mut entries, &url) {
                        Some(entry) => Some(std::mem::replace(entry, done)),
                        None => {
                            entries.push((url, done));
                            None
                        }
                    };
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

fn slot<'a>(entries: &'a mut [(String, Entry)], url: &str) -> Option<&'a mut Entry> {
    entries
        .iter_mut()
        .find(|(key, _)| key == url)
        .map(|(_, entry)| entry)
}

/// Forgets a failed load so the next request fetches again.
pub fn forget_failure(url: &str) {
    ENTRIES.with(|entries| {
        let mut entries = entries.borrow_mut();
        let failed = entries
            .iter()
            .position(|(key, entry)| key == url && matches!(entry, Entry::Done(Load::Failed(_))));
        if let Some(position) = failed {
            entries.swap_remove(position);
        }
    });
}

/// Checks a catalog URL given by a page or attribute: http(s) or relative only.
pub fn checked_catalog_url(url: &str) -> Result<String, LoadError> {
    let url = url.trim();
    if is_http_url(url) || is_relative_url(url) {
        Ok(url.to_owned())
    } else {
        Err(LoadError {
            url: url.to_owned(),
            title: "The catalog URL is not allowed".to_owned(),
            lines: vec!["A catalog URL must be http(s) or relative.".to_owned()],
        })
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
