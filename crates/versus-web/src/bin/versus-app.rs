//! Entry point of the standalone site's wasm module (built by trunk): renders the app into
//! `#versus-site`. Host pages load the embed-only module instead (`src/bin/versus-embed.rs`,
//! through `versus.js`), so the custom elements are not part of this one. A reader who
//! lands on a comparison gets the smaller compare-first module first
//! (`src/bin/versus-compare.rs`); this one takes over when they go on to another page.
#![forbid(unsafe_code)]

fn main() {
    versus_web::app::start(versus_web::app::PageOf::ANY);
}
