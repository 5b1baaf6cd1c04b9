//! Shared helpers for the native integration tests.
#![allow(dead_code)]

use versus_core::{parse_catalog, Catalog, CatalogError, Parsed};

/// The workspace root: paths in the tests (`data/…`, `tests/fixtures/…`) are relative to it.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

pub fn read(path: &str) -> String {
    let full = format!("{ROOT}/{path}");
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("reading {full}: {e}"))
}

pub fn parse(path: &str) -> Result<Parsed, CatalogError> {
    parse_catalog(&read(path))
}

pub fn default_catalog() -> Catalog {
    match parse("data/catalog.json") {
        Ok(parsed) => parsed.catalog,
        Err(error) => panic!("default catalog is invalid:\n{}", error.lines().join("\n")),
    }
}

/// The error lines of a catalog expected to be invalid.
pub fn error_lines(path: &str) -> Vec<String> {
    match parse(path) {
        Ok(_) => panic!("{path} should be rejected"),
        Err(error) => error.lines(),
    }
}
