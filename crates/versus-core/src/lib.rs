//! The pure core of Versus: everything that is not the DOM.
//!
//! Catalog types, parsing and validation with JSON paths, verdicts, related ranking,
//! formatting and view models with ready-formatted strings. This crate's dependency tree
//! holds no yew, web-sys, wasm-bindgen, js-sys or gloo (`cargo tree -p versus-core -e
//! normal`), so the compiler keeps it pure and `cargo test` exercises it natively.
//! What only native tools need (the JSON Schema, the shard writer, the validator's
//! reports) sits behind the `tools` feature, so the wasm modules never compile schemars
//! or serde_json.
#![forbid(unsafe_code)]
// Unit tests hold the size rules' stand-ins to their std originals (crates/clippy.toml).
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod attributes;
pub mod case;
pub mod catalog;
pub mod decimal;
pub mod format;
pub mod issues;
pub mod json;
pub mod json_path;
pub mod jsonld;
pub mod loaded;
pub mod messages;
pub mod parse;
pub mod related;
#[cfg(feature = "tools")]
pub mod report;
#[cfg(feature = "tools")]
pub mod schema;
pub mod search;
pub mod shard;
pub mod site;
pub mod snippet;
pub mod sort;
pub mod spec;
pub mod theme;
pub mod urls;
pub mod verdict;
pub mod view;

pub use catalog::{Artifact, Catalog};
pub use issues::{CatalogError, Issue, Severity};
pub use parse::{parse_catalog, parse_catalog_then, ChunkedParse, Parsed};
