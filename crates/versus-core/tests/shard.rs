//! The sharded layout: what `write_sharded` writes reads back, through the same readers the
//! widget uses, as the same catalog: every artifact in the shard its id hashes to, the same
//! related lists, every artifact on one list page, best rank first.

mod common;

use std::collections::BTreeMap;

use common::read;
use versus_core::parse::shard::{is_index, parse_index, parse_list_page, parse_shard};
use versus_core::related::RelatedIndex;
use versus_core::shard::{fnv1a32, is_safe_template, shard_text, ShardOptions};
use versus_core::view::RELATED_SHOWN;
use versus_core::CatalogError;

/// Shards the catalog at `path` into memory: file path → contents.
fn shard_in_memory(path: &str, options: ShardOptions) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let summary = shard_text(&read(path), options, |path, text| {
        files.insert(path.to_owned(), text.to_owned());
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(summary.files, files.len());
    files
}

fn small_shards() -> ShardOptions {
    ShardOptions {
        per_shard: 2,
        page_size: 5,
        ..ShardOptions::default()
    }
}

#[test]
fn every_artifact_reads_back_from_the_shard_its_id_names() {
    for path in ["data/catalog.json", "tests/fixtures/velo-de.json"] {
        let catalog = common::parse(path).unwrap().catalog;
        let files = shard_in_memory(path, small_shards());
        let index_text = &files["index.json"];
        assert!(is_index(index_text));
        let index = parse_index(index_text).unwrap();
        assert_eq!(index.brand, catalog.brand);
        assert_eq!(index.signals, catalog.signals);
        assert_eq!(index.featured, catalog.featured);
        assert_eq!(index.layout.artifact_count, catalog.artifacts.len() as u64);
        assert_eq!(
            index.layout.artifact_shards as usize,
            catalog.artifacts.len().div_ceil(2)
        );
        for artifact in &catalog.artifacts {
            let shard = index.layout.shard_of(&artifact.id);
            let text = &files[&index.layout.shard_path(shard)];
            let parsed = parse_shard(text, &index.signals, &index.specs).unwrap();
            let found = parsed.artifacts.iter().find(|a| a.id == artifact.id);
            assert_eq!(found, Some(artifact), "{path}: {}", artifact.id);
        }
    }
}

#[test]
fn shards_carry_the_related_lists_of_the_single_file() {
    let catalog = common::default_catalog();
    let related = RelatedIndex::build(&catalog);
    let files = shard_in_memory("data/catalog.json", small_shards());
    let index = parse_index(&files["index.json"]).unwrap();
    for (position, artifact) in catalog.artifacts.iter().enumerate() {
        let text = &files[&index.layout.shard_path(index.layout.shard_of(&artifact.id))];
        let shard = parse_shard(text, &index.signals, &index.specs).unwrap();
        let stored: Vec<(String, Vec<String>)> = shard.related[&artifact.id]
            .iter()
            .map(|r| (r.id.clone(), r.shared.clone()))
            .collect();
        let expected: Vec<(String, Vec<String>)> = related
            .related(position, RELATED_SHOWN)
            .into_iter()
            .map(|r| (catalog.artifacts[r.index].id.clone(), r.shared))
            .collect();
        assert_eq!(stored, expected, "{}", artifact.id);
    }
}

#[test]
fn list_pages_hold_every_artifact_once_best_rank_first() {
    let catalog = common::default_catalog();
    let files = shard_in_memory("data/catalog.json", small_shards());
    let index = parse_index(&files["index.json"]).unwrap();
    assert_eq!(index.layout.list_pages, 3); // 14 artifacts, 5 per page
    let entries: Vec<_> = (0..index.layout.list_pages)
        .flat_map(|page| parse_list_page(&files[&index.layout.page_path(page)]).unwrap())
        .collect();
    assert_eq!(entries.len(), catalog.artifacts.len());
    assert!(entries.windows(2).all(|pair| pair[0].rank >= pair[1].rank));
    for artifact in &catalog.artifacts {
        let entry = entries.iter().find(|e| e.id == artifact.id).unwrap();
        assert_eq!(entry.display_name(), artifact.display_name());
    }
}

#[test]
fn shard_numbers_follow_fnv1a() {
    // Published test vectors of 32-bit FNV-1a.
    assert_eq!(fnv1a32(""), 0x811c_9dc5);
    assert_eq!(fnv1a32("a"), 0xe40c_292c);
    assert_eq!(fnv1a32("foobar"), 0xbf9c_f968);
}

#[test]
fn file_paths_cannot_leave_the_catalog_folder() {
    for good in ["artifacts/{n}.json", "a/b/{n}", "{n}.json"] {
        assert!(is_safe_template(good), "{good}");
    }
    for bad in [
        "https://evil.example/{n}.json",
        "//evil.example/{n}",
        "/abs/{n}.json",
        "../{n}.json",
        "a/../../{n}",
        "artifacts/{n}/{n}.json",
        "artifacts.json",
        "a?b={n}",
        "javascript:{n}",
    ] {
        assert!(!is_safe_template(bad), "{bad}");
    }
}

#[test]
fn a_hostile_index_is_refused_with_paths() {
    let text = r#"{"format":"versus-catalog-index/1","brand":{"name":"X"},"artifact_count":0,
        "artifact_shards":{"path":"https://evil.example/{n}.json","count":4},
        "list_pages":{"path":"list/{n}.json","count":1}}"#;
    let Err(CatalogError::Invalid { errors, .. }) = parse_index(text) else {
        panic!("accepted");
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "artifact_count",
            "artifact_shards.path",
            "list_pages.page_size"
        ]
    );
}

#[test]
fn a_broken_shard_names_the_path_inside_it() {
    let text = r#"{"format":"versus-catalog-shard/1","artifacts":[{"id":"a","name":"A","kind":"Tool",
        "rank":140,"pricing":{"plan":"free"},"capabilities":[]}]}"#;
    let error = parse_shard(text, &[], &[]).unwrap_err();
    assert_eq!(
        error.lines(),
        ["artifacts[0].rank: expected an integer 0..=100, found 140"]
    );
    assert!(matches!(
        parse_shard("{\"format\":", &[], &[]),
        Err(CatalogError::Syntax { .. })
    ));
}

#[test]
fn artifacts_are_copied_verbatim_with_unknown_fields() {
    let text = read("data/catalog.json").replacen(
        "\"id\": \"flux-1-pro\"",
        "\"id\": \"flux-1-pro\", \"x_publisher_note\": {\"kept\": true}",
        1,
    );
    assert!(
        text.contains("x_publisher_note"),
        "the fixture edit applied"
    );
    let mut files = BTreeMap::new();
    shard_text(&text, small_shards(), |path, text| {
        files.insert(path.to_owned(), text.to_owned());
        Ok::<(), ()>(())
    })
    .unwrap();
    let index = parse_index(&files["index.json"]).unwrap();
    let shard = &files[&index.layout.shard_path(index.layout.shard_of("flux-1-pro"))];
    assert!(
        shard.contains(r#""x_publisher_note": {"kept": true}"#),
        "{shard}"
    );
}

#[test]
fn the_index_names_its_format_first_and_big_catalogs_are_not_read_twice() {
    let files = shard_in_memory("data/catalog.json", small_shards());
    assert!(files["index.json"].starts_with(r#"{"format":"versus-catalog-index/1","#));
    // A big index is still recognised when its format comes first…
    let padded = files["index.json"].replacen(
        r#""brand":{"#,
        &format!(r#""x_padding":"{}","brand":{{"#, "p".repeat(100_000)),
        1,
    );
    assert!(padded.len() > 100_000 && is_index(&padded));
    // …and a big single-file catalog is not taken for one.
    let big = read("data/catalog.json").replacen(
        r#""brand""#,
        &format!(r#""x_padding":"{}","brand""#, "p".repeat(100_000)),
        1,
    );
    assert!(!is_index(&big));
}
