//! The loaded catalog (`versus_core::loaded`), which the browser shell only fetches for:
//! a sharded catalog says which shards a page still needs, grows one shard at a time, keeps
//! each artifact only from the shard its id hashes to, and ranks related artifacts as the
//! single file does.

// serde_json builds a hostile shard here (crates/clippy.toml bans it from the product).
#![allow(clippy::disallowed_methods)]

mod common;

use std::collections::BTreeMap;

use versus_core::loaded::Loaded;
use versus_core::parse::shard::{parse_index, parse_shard};
use versus_core::related::RelatedIndex;
use versus_core::shard::{shard_text, ShardOptions};
use versus_core::view::RELATED_SHOWN;

const CATALOG: &str = "data/catalog.json";

/// The default catalog sharded into memory (about 2 artifacts a shard): path → text.
fn sharded_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let options = ShardOptions {
        per_shard: 2,
        page_size: 5,
        ..ShardOptions::default()
    };
    shard_text(&common::read(CATALOG), options, |path, text| {
        files.insert(path.to_owned(), text.to_owned());
        Ok::<(), ()>(())
    })
    .unwrap();
    files
}

fn index_only(files: &BTreeMap<String, String>) -> Loaded {
    Loaded::sharded(
        parse_index(&files["index.json"]).unwrap(),
        "https://cdn.example/index.json",
    )
}

/// `loaded` with every shard it still needs for `ids` added.
fn with_shards_for(mut loaded: Loaded, files: &BTreeMap<String, String>, ids: &[&str]) -> Loaded {
    for number in loaded.missing_shards(ids.iter().copied()) {
        let layout = loaded.sharded.as_ref().unwrap().layout.clone();
        let text = &files[&layout.shard_path(number)];
        let shard = parse_shard(text, &loaded.catalog.signals, &loaded.catalog.specs).unwrap();
        loaded = loaded.with_shard(number, shard).unwrap();
    }
    loaded
}

#[test]
fn a_single_file_needs_no_shards_and_ranks_related_with_the_index() {
    let parsed = common::parse(CATALOG).unwrap();
    let catalog = parsed.catalog.clone();
    let loaded = Loaded::single(parsed, "data/catalog.json");
    let ids: Vec<&str> = catalog.artifacts.iter().map(|a| a.id.as_str()).collect();
    assert!(loaded.missing_shards(ids.iter().copied()).is_empty());
    assert!(loaded
        .with_shard(
            0,
            parse_shard(
                r#"{"format": "versus-catalog-shard/1", "shard": 0, "artifacts": []}"#,
                &catalog.signals,
                &catalog.specs
            )
            .unwrap()
        )
        .is_none());
    let index = RelatedIndex::build(&catalog);
    for position in 0..catalog.artifacts.len() {
        assert_eq!(
            loaded.related_of(position),
            index.related(position, RELATED_SHOWN)
        );
    }
    let wanted = loaded.wanted_ids(&[ids[0].to_owned()], true);
    assert_eq!(
        wanted,
        vec![ids[0].to_owned()],
        "a single file fetches nothing more"
    );
}

#[test]
fn a_sharded_catalog_fetches_each_needed_shard_once_and_then_nothing() {
    let files = sharded_files();
    let catalog = common::default_catalog();
    let pair = [
        catalog.artifacts[0].id.as_str(),
        catalog.artifacts[5].id.as_str(),
    ];
    let loaded = index_only(&files);
    assert!(loaded.catalog.artifacts.is_empty());
    let needed = loaded.missing_shards(pair);
    let layout = loaded.sharded.as_ref().unwrap().layout.clone();
    let mut expected: Vec<u32> = pair.iter().map(|id| layout.shard_of(id)).collect();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(needed, expected);

    let loaded = with_shards_for(loaded, &files, &pair);
    assert!(
        loaded.missing_shards(pair).is_empty(),
        "nothing more to fetch"
    );
    for id in pair {
        assert_eq!(
            loaded.catalog.get(id),
            catalog.get(id),
            "{id} as in the single file"
        );
    }
    let fetched = &loaded.sharded.as_ref().unwrap().fetched;
    assert_eq!(fetched.len(), expected.len());
    // An id in no shard (unknown) is asked for once, then known missing.
    let unknown = "no-such-artifact";
    let loaded = with_shards_for(loaded, &files, &[unknown]);
    assert!(loaded.missing_shards([unknown]).is_empty());
    assert!(loaded.catalog.get(unknown).is_none());
}

#[test]
fn a_shard_cannot_bring_artifacts_that_hash_elsewhere_or_replace_loaded_ones() {
    let files = sharded_files();
    let catalog = common::default_catalog();
    let first = &catalog.artifacts[0];
    let loaded = with_shards_for(index_only(&files), &files, &[first.id.as_str()]);
    let layout = loaded.sharded.as_ref().unwrap().layout.clone();
    let home = layout.shard_of(&first.id);
    // A hostile shard under another number carrying every artifact of the catalog.
    let other = (0..layout.artifact_shards).find(|n| *n != home).unwrap();
    let mut everything = String::from(r#"{"format": "versus-catalog-shard/1", "shard": "#);
    everything.push_str(&other.to_string());
    everything.push_str(r#", "artifacts": ["#);
    let text = common::read(CATALOG);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let artifacts: Vec<String> = value["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let mut a = a.clone();
            a["name"] = "Renamed by a hostile shard".into();
            a.to_string()
        })
        .collect();
    everything.push_str(&artifacts.join(","));
    everything.push_str("]}");
    let shard = parse_shard(&everything, &loaded.catalog.signals, &loaded.catalog.specs).unwrap();
    let before: Vec<String> = loaded
        .catalog
        .artifacts
        .iter()
        .map(|a| a.id.clone())
        .collect();
    // Under the number of the shard already loaded: the loaded artifacts stay as they were.
    let again = parse_shard(&everything, &loaded.catalog.signals, &loaded.catalog.specs).unwrap();
    let reloaded = loaded.with_shard(home, again).unwrap();
    assert_eq!(reloaded.catalog.artifacts, loaded.catalog.artifacts);
    let grown = loaded.with_shard(other, shard).unwrap();
    assert_eq!(
        grown.catalog.get(&first.id),
        catalog.get(&first.id),
        "kept, not replaced"
    );
    for artifact in &grown.catalog.artifacts {
        assert!(
            before.contains(&artifact.id) || layout.shard_of(&artifact.id) == other,
            "{} hashes to shard {}, not {other}",
            artifact.id,
            layout.shard_of(&artifact.id)
        );
    }
    let from_other: Vec<_> = grown
        .catalog
        .artifacts
        .iter()
        .filter(|a| layout.shard_of(&a.id) == other)
        .collect();
    let expected = catalog
        .artifacts
        .iter()
        .filter(|a| layout.shard_of(&a.id) == other)
        .count();
    assert_eq!(
        from_other.len(),
        expected,
        "exactly the artifacts that hash to shard {other}"
    );
}

#[test]
fn sharded_related_lists_match_the_single_file_and_pages_want_what_they_link_to() {
    let files = sharded_files();
    let catalog = common::default_catalog();
    let index = RelatedIndex::build(&catalog);
    let every: Vec<&str> = catalog.artifacts.iter().map(|a| a.id.as_str()).collect();
    let loaded = with_shards_for(index_only(&files), &files, &every);
    assert_eq!(loaded.catalog.artifacts.len(), catalog.artifacts.len());
    for (position, artifact) in catalog.artifacts.iter().enumerate() {
        let single: Vec<&str> = index
            .related(position, RELATED_SHOWN)
            .iter()
            .map(|r| catalog.artifacts[r.index].id.as_str())
            .collect();
        let at = loaded.catalog.index_of(&artifact.id).unwrap();
        let sharded: Vec<&str> = loaded
            .related_of(at)
            .iter()
            .map(|r| loaded.catalog.artifacts[r.index].id.as_str())
            .collect();
        assert_eq!(sharded, single, "related of {}", artifact.id);

        let wanted = loaded.wanted_ids(std::slice::from_ref(&artifact.id), true);
        assert_eq!(wanted[0], artifact.id);
        for id in sharded
            .iter()
            .copied()
            .chain(artifact.alternatives.iter().map(String::as_str))
        {
            assert!(wanted.iter().any(|w| w == id), "{} wants {id}", artifact.id);
        }
        assert_eq!(
            loaded.wanted_ids(std::slice::from_ref(&artifact.id), false),
            vec![artifact.id.clone()]
        );
    }
}
