//! The thin yew shell: routes, pages and components rendering the core's view models
//! (`versus-core`). The same components build for the browser (`csr`) and natively
//! (`ssr`, for tests and pre-rendering). Custom elements live in `embed` alone.
#![forbid(unsafe_code)]

pub mod app;
pub mod catalog_store;
pub mod components;
pub mod dom;
pub mod handover;
pub mod host_events;
pub mod links;
pub mod load;
pub mod pages;
pub mod panic;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod route;
pub mod router;
pub mod theme;
pub mod vec_map;
pub mod widget;
pub mod yield_now;

pub use app::App;
#[cfg(feature = "elements")]
pub mod embed;
