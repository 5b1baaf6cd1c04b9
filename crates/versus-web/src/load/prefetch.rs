//! Catalog requests started before the wasm ran, taken over by URL.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::error::LoadError;
use super::fetch::{no_answer, unfinished};

/// A catalog request started while the page was still loading, before the wasm ran:
/// `index.html` starts one for the site's catalog (`window.__versusCatalogs`), `versus.js`
/// one for each catalog the widgets already on a host page name (handed over through
/// `keep_prefetched`, so the host page gets no global). Kept by URL: the response, its body
/// being read, and the signal its `FETCH_TIMEOUT_MS` timer aborts.
pub(super) struct Prefetched {
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
pub(super) fn take_prefetched(url: &str) -> Option<Prefetched> {
    let window = crate::dom::window()?;
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
    pub(super) async fn answer(self, url: &str) -> Result<(String, Vec<u8>), LoadError> {
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
