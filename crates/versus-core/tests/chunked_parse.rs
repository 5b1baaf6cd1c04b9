//! `ChunkedParse` gives exactly what `parse_catalog` gives — the catalog and its warnings,
//! or the same errors with the same paths, lines and columns — whatever the step budget,
//! for the shipped catalogs, the fixtures, mutated and reordered documents, cut and
//! garbled text; and a big catalog really is read in many small steps.
//! `PROPTEST_CASES` raises the case count for a long local run.

// serde_json and std are the references here (crates/clippy.toml bans them from the product).
#![allow(clippy::disallowed_methods)]

mod common;
#[path = "common/garble.rs"]
mod garble;
#[path = "fuzz_domain/mutate.rs"]
mod mutate;

use mutate::{default_document, edits, hostile_value, mutate};
use proptest::prelude::*;
use serde_json::{Map, Value};
use versus_core::{parse_catalog, CatalogError, ChunkedParse, Parsed};

/// Steps `text` to the end with `budget` bytes a step: the result and whether the walk
/// fell back to the plain parse.
fn chunked(text: &str, budget: usize) -> (Result<Parsed, CatalogError>, bool) {
    let mut parse = ChunkedParse::new(text);
    while !parse.step(budget) {}
    let fell_back = parse.falls_back();
    (parse.finish(), fell_back)
}

/// Asserts the chunked result equals `parse_catalog`'s; returns whether it fell back.
fn assert_same(text: &str, budget: usize) -> bool {
    let (result, fell_back) = chunked(text, budget);
    assert_eq!(result, parse_catalog(text), "budget {budget}");
    fell_back
}

/// Paths (from the crate root) of the shipped catalog and every JSON fixture.
fn catalog_files() -> Vec<String> {
    let dir = format!("{}/tests/fixtures", common::ROOT);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
        .map(|entry| entry.expect("a directory entry").file_name())
        .filter_map(|name| name.to_str().map(str::to_owned))
        .filter(|name| name.ends_with(".json"))
        .map(|name| format!("tests/fixtures/{name}"))
        .collect();
    files.sort();
    files.insert(0, "data/catalog.json".to_owned());
    files
}

fn budget() -> impl Strategy<Value = usize> {
    prop_oneof![
        4 => 1usize..=4096,
        2 => 4097usize..=1 << 20,
        1 => Just(usize::MAX),
    ]
}

/// The default catalog with its artifacts repeated `copies` times under fresh ids
/// (alternatives renamed alike, so they still resolve).
fn big_catalog(copies: usize) -> String {
    let mut document = default_document();
    let Some(Value::Array(originals)) = document.get("artifacts").cloned() else {
        panic!("the default catalog has artifacts");
    };
    let mut artifacts = Vec::new();
    for copy in 0..copies {
        let rename = |id: &Value| match (copy, id.as_str()) {
            (0, _) | (_, None) => id.clone(),
            (_, Some(id)) => Value::from(format!("{id}-{copy}")),
        };
        for original in &originals {
            let mut artifact = original.clone();
            if let Some(id) = artifact.get_mut("id") {
                *id = rename(id);
            }
            if let Some(Value::Array(alternatives)) = artifact.get_mut("alternatives") {
                for alternative in alternatives.iter_mut() {
                    *alternative = rename(alternative);
                }
            }
            artifacts.push(artifact);
        }
    }
    document["artifacts"] = Value::Array(artifacts);
    serde_json::to_string_pretty(&document).expect("a document serializes")
}

#[test]
fn shipped_catalogs_and_fixtures_match_at_any_budget() {
    for file in catalog_files() {
        let text = common::read(&file);
        let valid = parse_catalog(&text).is_ok();
        for budget in [1, 2, 3, 10, 100, 4096, 65536, usize::MAX] {
            let fell_back = assert_same(&text, budget);
            if valid {
                assert!(!fell_back, "{file} is valid, yet fell back");
            }
        }
    }
}

#[test]
fn a_big_catalog_is_read_in_many_small_steps() {
    let text = big_catalog(60);
    let budget = 16 * 1024;
    let mut parse = ChunkedParse::new(&text);
    let (mut steps, mut read, mut longest) = (0, 0, 0);
    loop {
        steps += 1;
        let finished = parse.step(budget);
        longest = longest.max(parse.bytes_read() - read);
        read = parse.bytes_read();
        if finished {
            break;
        }
    }
    assert!(!parse.falls_back());
    assert_eq!(read, text.len());
    assert!(
        steps >= text.len() / (budget + 20_000),
        "{steps} steps for {} bytes",
        text.len()
    );
    // One step reads the budget plus at most one artifact (each is well under 20 kB).
    assert!(longest < budget + 20_000, "a step read {longest} bytes");
    let parsed = parse.finish();
    assert_eq!(parsed, parse_catalog(&text));
    assert_eq!(
        parsed.map(|p| p.catalog.artifacts.len()).ok(),
        Some(60 * 14)
    );
}

#[test]
fn reordered_members_keep_the_sliced_path() {
    let Value::Object(members) = default_document() else {
        panic!("the default catalog is an object");
    };
    let mut keys: Vec<String> = members.keys().cloned().collect();
    keys.sort();
    keys.reverse(); // signals before artifacts … and after
    for order in [keys.clone(), {
        keys.reverse();
        keys.clone()
    }] {
        let mut reordered = Map::new();
        for key in &order {
            reordered.insert(key.clone(), members[key].clone());
        }
        let text = Value::Object(reordered).to_string();
        for budget in [1, 500, usize::MAX] {
            assert!(!assert_same(&text, budget), "{order:?} fell back");
        }
    }
}

/// What garbling puts into catalog text: JSON punctuation, the catalog's own keys, and
/// anything at all.
fn garbage() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        Just(",".to_owned()),
        Just("}".to_owned()),
        Just("]".to_owned()),
        Just("{".to_owned()),
        Just("[".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just(":".to_owned()),
        Just(" \n\t\r".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\u{0}".to_owned()),
        Just("x".to_owned()),
        Just("null".to_owned()),
        Just("\"artifacts\": [],".to_owned()),
        Just("\"artifacts\": null,".to_owned()),
        Just("\"signals\": [],".to_owned()),
        Just("\"format\": \"versus-catalog/1\",".to_owned()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(garble::cases(192))]

    /// The shipped catalog and every fixture, at random budgets.
    #[test]
    fn files_match_at_random_budgets(file in any::<prop::sample::Index>(), budget in budget()) {
        let files = catalog_files();
        let text = common::read(&files[file.index(files.len())]);
        assert_same(&text, budget);
    }

    /// The default catalog with hostile values dropped in, compact or pretty.
    #[test]
    fn mutated_catalogs_match(edits in edits(), pretty in any::<bool>(), budget in budget()) {
        let document = mutate(default_document(), edits);
        let text = if pretty {
            serde_json::to_string_pretty(&document).expect("a document serializes")
        } else {
            document.to_string()
        };
        assert_same(&text, budget);
    }

    /// Top-level members shuffled, dropped or given twice (serde_json keeps the last).
    #[test]
    fn shuffled_and_duplicated_members_match(
        order in Just((0..5).collect::<Vec<usize>>()).prop_shuffle(),
        keep in 2usize..=5,
        twice in prop::option::of((any::<prop::sample::Index>(), any::<prop::sample::Index>(), hostile_value(), any::<bool>())),
        budget in budget(),
    ) {
        let document = default_document();
        let Value::Object(members) = &document else {
            panic!("the default catalog is an object");
        };
        let members: Vec<(String, String)> = members
            .iter()
            .map(|(key, value)| (Value::from(key.as_str()).to_string(), value.to_string()))
            .collect();
        let mut chosen: Vec<(String, String)> = order
            .iter()
            .take(keep)
            .filter_map(|&i| members.get(i).cloned())
            .collect();
        if let Some((which, at, value, same_value)) = twice {
            let (key, original) = members[which.index(members.len())].clone();
            let value = if same_value { original } else { value.to_string() };
            chosen.insert(at.index(chosen.len() + 1), (key, value));
        }
        let text = format!(
            "{{{}}}",
            chosen.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(",")
        );
        assert_same(&text, budget);
    }

    /// Catalog text cut short, with garbage put in or bytes taken out.
    #[test]
    fn garbled_text_matches(
        file in any::<prop::sample::Index>(),
        edits in prop::collection::vec(garble::edit(garbage(), 63), 1..4),
        budget in budget(),
    ) {
        let files = catalog_files();
        let text = garble::apply_all(common::read(&files[file.index(files.len())]), &edits);
        assert_same(&text, budget);
    }

    /// Any text at all.
    #[test]
    fn arbitrary_text_matches(text in any::<String>(), budget in 1usize..64) {
        assert_same(&text, budget);
    }
}
