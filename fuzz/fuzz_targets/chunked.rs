//! `ChunkedParse` stepped with budgets the input chooses gives exactly what
//! `parse_catalog` gives (the proptests' rule, `tests/chunked_parse.rs`), whatever the
//! budgets; it never panics, always makes progress, reads forward only, decides to fall
//! back the same way at every budget, and the entry spans it records for the shard tool
//! are the entries of `artifacts` exactly.
//!
//! Input: a header, then the catalog text (UTF-8).
//!   byte 0, bits 0-1: how many budget bytes follow (1-4); the steps cycle through them
//!   byte 0, bit 2:    stop stepping after a few steps and let `finish` do the rest
//!   bytes 1..:        budgets: 0 = usize::MAX, 1-127 = that many bytes,
//!                     128-254 = (b - 127) * 97 bytes, 255 = 1 MiB
//! The seeds (`fuzz/corpus/chunked/`) are the catalog seeds with the header
//! `\x03\x01\x07\x40\x00` (budgets 1, 7, 64, ∞) put before them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use versus_core::{parse_catalog, ChunkedParse};

fn budget(byte: u8) -> usize {
    match byte {
        0 => usize::MAX,
        1..=127 => usize::from(byte),
        128..=254 => (usize::from(byte) - 127) * 97,
        255 => 1 << 20,
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let count = usize::from(head & 3) + 1;
    if rest.len() < count {
        return;
    }
    let (budget_bytes, body) = rest.split_at(count);
    let budgets: Vec<usize> = budget_bytes.iter().map(|&b| budget(b)).collect();
    let stop_early = head & 4 != 0;
    let Ok(text) = std::str::from_utf8(body) else {
        return;
    };
    let expected = parse_catalog(text);

    // Stepped with the input's budgets.
    let mut parse = ChunkedParse::new(text);
    let mut steps = 0usize;
    let mut read = 0usize;
    let mut fell_back = false;
    // Every step reads at least one byte or moves the walk on (at most one move per
    // entry of `artifacts` without reading), so this many steps always finish.
    let most_steps = 2 * text.len() + 8;
    loop {
        if stop_early && steps == count {
            break;
        }
        let finished = parse.step(budgets[steps % count]);
        steps += 1;
        assert_eq!(finished, parse.is_finished(), "step's answer is is_finished");
        let now = parse.bytes_read();
        assert!(now >= read, "read backwards: {read} then {now}");
        assert!(now <= text.len(), "read {now} bytes of {}", text.len());
        read = now;
        assert!(!fell_back || parse.falls_back(), "fell back, then stopped falling back");
        fell_back = parse.falls_back();
        if finished {
            assert!(parse.step(1), "a finished parse stays finished");
            break;
        }
        assert!(steps <= most_steps, "{steps} steps for {} bytes", text.len());
    }
    let finished = parse.is_finished();
    let fell_back = parse.falls_back();
    let result = parse.finish();
    assert_eq!(result, expected, "ChunkedParse differs (budgets {budgets:?})");

    // In one go, recording the entries' spans.
    let (whole, spans) = ChunkedParse::new(text).recording_spans().finish_with_spans();
    assert_eq!(whole, expected, "ChunkedParse with spans differs");
    if finished {
        // Falling back depends on the text, never on the budgets.
        assert_eq!(fell_back, spans.is_none(), "fell back at some budgets only");
    }
    if let (Ok(_), Some(spans)) = (&expected, spans) {
        let document: Value = serde_json::from_str(text).expect("Ok implies valid JSON");
        let entries = document["artifacts"]
            .as_array()
            .expect("a valid catalog has an artifacts array");
        assert_eq!(spans.len(), entries.len(), "one span per entry");
        let mut end = 0;
        for (&(start, stop), entry) in spans.iter().zip(entries) {
            assert!(end <= start && start < stop && stop <= text.len(), "span {start}..{stop}");
            end = stop;
            let slice = text.get(start..stop).expect("spans fall on char boundaries");
            let copied: Value = serde_json::from_str(slice).expect("a span is one JSON value");
            assert_eq!(&copied, entry, "span {start}..{stop} is not its entry");
        }
    }
});
