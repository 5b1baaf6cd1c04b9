//! What the fuzz targets (`fuzz_targets/`) check.
//!
//! The catalog invariants are the proptests' own: `invariants` *is*
//! `crates/versus-core/tests/fuzz_domain/invariants.rs`, compiled here as it stands, so the
//! property tests and the coverage-guided fuzzer hold the parser to one set of rules.
//! `issues` carries the same path rules over to the readers of a sharded catalog (index,
//! shard, list page), whose results the catalog invariants do not cover.

#[path = "../../crates/versus-core/tests/fuzz_domain/invariants.rs"]
pub mod invariants;

pub mod issues;

/// The input as text: libFuzzer hands bytes, the parsers read `&str`. Non-UTF-8 input is
/// skipped (the browser and the CLI decode before parsing).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}
