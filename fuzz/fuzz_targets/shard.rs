//! Any text as each file of a sharded catalog: `parse_index`, `parse_shard` and
//! `parse_list_page` never panic; their syntax errors, errors and warnings follow the
//! catalog's rules (paths name real places in the file, see `versus_fuzz::issues`); what
//! they accept holds up (safe relative file paths with the number filled in, shard numbers
//! in range, valid distinct ids, scores in 0..=1, ranks in 0..=100); and `is_index`
//! recognises exactly the JSON whose `format` names the index format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use versus_core::catalog::default_signals;
use versus_core::parse::is_valid_id;
use versus_core::parse::shard::{
    is_index, parse_index, parse_list_page, parse_shard, ALWAYS_CHECKED_BYTES,
};
use versus_core::shard::{is_safe_template, ShardLayout, INDEX_FORMAT};
use versus_fuzz::issues::check_result;
use versus_fuzz::text;

/// A file path the layout names: the number filled in, relative, below the index.
fn check_file_path(path: &str) {
    assert!(!path.contains('{') && !path.contains('}'), "{path:?}");
    assert!(!path.is_empty() && !path.starts_with('/'), "{path:?}");
    assert!(!path.contains("://") && !path.contains('\\'), "{path:?}");
    assert!(
        !path.split('/').any(|segment| segment == ".." || segment == "."),
        "{path:?}"
    );
}

fn check_layout(layout: &ShardLayout) {
    assert!(layout.artifact_shards >= 1 && layout.list_pages >= 1);
    assert!((1..=100_000).contains(&layout.page_size));
    assert!(layout.artifact_count >= 1);
    assert!(is_safe_template(&layout.artifacts_path));
    assert!(is_safe_template(&layout.list_path));
    for shard in [0, layout.artifact_shards / 2, layout.artifact_shards - 1] {
        check_file_path(&layout.shard_path(shard));
    }
    for page in [0, layout.list_pages - 1] {
        check_file_path(&layout.page_path(page));
    }
    for id in ["a", "flux-1-pro", ""] {
        assert!(layout.shard_of(id) < layout.artifact_shards);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else {
        return;
    };

    let index = parse_index(text);
    check_result(
        text,
        &index,
        index.as_ref().map_or(&[][..], |index| &index.warnings),
    );
    if text.len() <= ALWAYS_CHECKED_BYTES {
        let named = serde_json::from_str::<Value>(text)
            .is_ok_and(|value| value.get("format").and_then(Value::as_str) == Some(INDEX_FORMAT));
        assert_eq!(is_index(text), named, "is_index disagrees with the format");
    }
    if let Ok(index) = &index {
        assert!(is_index(text), "an accepted index is not recognised as one");
        check_layout(&index.layout);
        for ids in &index.featured {
            assert!((2..=4).contains(&ids.len()));
            assert!(ids.iter().all(|id| is_valid_id(id)), "{ids:?}");
            for (position, id) in ids.iter().enumerate() {
                assert!(!ids[..position].contains(id), "{ids:?}");
            }
        }
        let mut ids: Vec<&str> = index.signals.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), index.signals.len(), "duplicate signal ids");
    }

    for signals in [default_signals(), Vec::new()] {
        let shard = parse_shard(text, &signals, &[]);
        check_result(text, &shard, &[]);
        if let Ok(shard) = &shard {
            let mut ids: Vec<&str> = shard.artifacts.iter().map(|a| a.id.as_str()).collect();
            assert!(ids.iter().all(|id| is_valid_id(id)), "{ids:?}");
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), shard.artifacts.len(), "duplicate artifact ids");
            for artifact in &shard.artifacts {
                assert!(artifact.rank <= 100, "rank {}", artifact.rank);
            }
            for list in shard.related.values() {
                for entry in list {
                    assert!(is_valid_id(&entry.id), "{:?}", entry.id);
                    assert!((0.0..=1.0).contains(&entry.score), "score {}", entry.score);
                }
            }
        }
    }

    let page = parse_list_page(text);
    check_result(text, &page, &[]);
    if let Ok(entries) = &page {
        for entry in entries {
            assert!(is_valid_id(&entry.id), "{:?}", entry.id);
            assert!(entry.rank <= 100, "rank {}", entry.rank);
            assert!(!entry.display_name().is_empty());
        }
    }
});
