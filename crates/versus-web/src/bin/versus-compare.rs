//! The compare-first module: the standalone site's comparison page alone, about 20 KiB
//! (brotli) lighter than the site's module, for readers who land on a comparison.
//! `index.html` starts it for `#/compare/…` routes and hands the page over to the site's
//! module when it needs more (`crate::handover`), calling `stop` to end this one.
#![forbid(unsafe_code)]

use std::cell::RefCell;

use versus_web::app::App;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

thread_local! {
    static RUNNING: RefCell<Option<AppHandle<App>>> = const { RefCell::new(None) };
}

fn main() {
    let app = versus_web::app::start(versus_web::handover::COMPARE_FIRST);
    RUNNING.with(|running| *running.borrow_mut() = app);
}

/// Ends this module's app and removes what it rendered (its listeners included), once the
/// site's module has taken over.
#[wasm_bindgen]
pub fn stop() {
    if let Some(app) = RUNNING.with(|running| running.borrow_mut().take()) {
        app.destroy();
    }
}
