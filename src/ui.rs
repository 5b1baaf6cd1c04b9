//! The thin yew shell: routes, pages and components rendering domain view models.

pub mod app;
pub mod catalog_store;
pub mod components;
pub mod handover;
pub mod links;
pub mod load;
pub mod pages;
pub mod panic;
pub mod route;
pub mod router;
pub mod theme;
pub mod vec_map;
pub mod widget;
pub mod yield_now;

pub use app::App;
