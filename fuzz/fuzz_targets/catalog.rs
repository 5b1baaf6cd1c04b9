//! Any bytes as a single-file catalog: `parse_catalog` (parse + validate) never panics,
//! every error and warning path names a real place in the document, syntax errors only
//! for text serde_json rejects, and a valid catalog derives verdicts, pages, related
//! lists, search results and embed snippets that hold up. The checks are the proptests'
//! (`crates/versus-core/tests/fuzz_domain/invariants.rs`, `check_catalog_text`), which
//! also compares `ChunkedParse` (one budget) with `parse_catalog`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use versus_fuzz::{invariants, text};

fuzz_target!(|data: &[u8]| {
    if let Some(text) = text(data) {
        invariants::check_catalog_text(text);
    }
});
