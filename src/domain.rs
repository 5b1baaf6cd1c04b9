//! The pure domain core: everything that is not the DOM.
//!
//! Nothing in here imports yew, web_sys, gloo or wasm_bindgen, so `cargo test`
//! exercises it natively.

pub mod attributes;
pub mod case;
pub mod catalog;
pub mod decimal;
pub mod format;
pub mod issues;
pub mod json;
pub mod json_path;
pub mod jsonld;
pub mod parse;
pub mod related;
pub mod report;
pub mod schema;
pub mod search;
pub mod shard;
pub mod snippet;
pub mod sort;
pub mod theme;
pub mod urls;
pub mod verdict;
pub mod view;

pub use catalog::{Artifact, Catalog};
pub use issues::{CatalogError, Issue, Severity};
pub use parse::{parse_catalog, parse_catalog_then, ChunkedParse, Parsed};
