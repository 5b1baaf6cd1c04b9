//! The thin yew shell: routes, pages and components rendering domain view models.

pub mod app;
pub mod components;
pub mod load;
pub mod pages;
pub mod panic;
pub mod route;

pub use app::App;
