//! What must hold for *any* catalog text, checked by the proptest target
//! (`tests/fuzz_domain.rs`) and the coverage-guided cargo-fuzz target (`fuzz/`).
//!
//! Parsing never panics; every error and warning path names a real place in the document;
//! a valid catalog derives verdicts, cards, artifact pages, related lists, search results
//! and embed snippets without panicking, and related scores stay in 0..=1.

use serde_json::Value;
use versus_core::catalog::Catalog;
use versus_core::related::RelatedIndex;
use versus_core::search::{search, Query};
use versus_core::snippet::{embed_snippets, SnippetTarget};
use versus_core::verdict::verdict;
use versus_core::view::{artifact_view, compare_view, RELATED_SHOWN};
use versus_core::{parse_catalog, CatalogError, ChunkedParse, Issue};

/// At most this many artifacts get their own page and pairings checked, so a huge
/// generated catalog stays quick.
const CHECKED_ARTIFACTS: usize = 12;

/// Parses `text` and checks every invariant; panics (with the reason) when one breaks.
pub fn check_catalog_text(text: &str) {
    check_chunked_matches(text);
    match parse_catalog(text) {
        Err(CatalogError::Syntax {
            message,
            line,
            column,
        }) => {
            assert!(!message.is_empty(), "a syntax error says what is wrong");
            assert!(
                serde_json::from_str::<Value>(text).is_err(),
                "a syntax error for JSON that serde_json reads"
            );
            let lines = text.split('\n').count();
            assert!(
                (1..=lines).contains(&line),
                "syntax error line {line} (column {column}) outside 1..={lines}"
            );
        }
        Err(CatalogError::Invalid {
            errors,
            total_errors,
            warnings,
        }) => {
            assert!(!errors.is_empty(), "an invalid catalog names an error");
            assert!(total_errors >= errors.len());
            let value: Value = serde_json::from_str(text).expect("Invalid implies valid JSON");
            for issue in errors.iter().chain(&warnings) {
                check_issue(&value, issue);
            }
        }
        Ok(parsed) => {
            let value: Value = serde_json::from_str(text).expect("Ok implies valid JSON");
            for issue in &parsed.warnings {
                check_issue(&value, issue);
            }
            check_derived(&parsed.catalog);
        }
    }
}

/// One step of a JSON path as the validator prints it.
#[derive(Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn is_plain_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Reads `brand.theme.accent`, `artifacts[3].rank`, `signals["my key"]` or `(root)`.
fn parse_path(path: &str) -> Option<Vec<Step>> {
    if path == "(root)" {
        return Some(Vec::new());
    }
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(inside) = rest.strip_prefix('[') {
            if inside.starts_with('"') {
                let mut stream = serde_json::Deserializer::from_str(inside).into_iter::<String>();
                let key = stream.next()?.ok()?;
                rest = inside[stream.byte_offset()..].strip_prefix(']')?;
                steps.push(Step::Key(key));
            } else {
                let end = inside.find(']')?;
                let digits = &inside[..end];
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                steps.push(Step::Index(digits.parse().ok()?));
                rest = &inside[end + 1..];
            }
        } else {
            let body = if steps.is_empty() {
                rest
            } else {
                rest.strip_prefix('.')?
            };
            let end = body.find(['.', '[']).unwrap_or(body.len());
            if !is_plain_key(&body[..end]) {
                return None;
            }
            steps.push(Step::Key(body[..end].to_owned()));
            rest = &body[end..];
        }
    }
    (!steps.is_empty()).then_some(steps)
}

/// The path must read back as steps, and lead to a place in the document: every step but
/// the last exists, and the last does too unless the field is reported missing.
pub fn check_issue(document: &Value, issue: &Issue) {
    let steps = parse_path(&issue.path)
        .unwrap_or_else(|| panic!("path {:?} does not read back ({issue})", issue.path));
    assert!(!issue.message.is_empty(), "{issue}: empty message");
    let mut at = document;
    for (position, step) in steps.iter().enumerate() {
        let next = match (step, at) {
            (Step::Key(key), Value::Object(map)) => map.get(key),
            (Step::Index(index), Value::Array(items)) => items.get(*index),
            _ => None,
        };
        match next {
            Some(value) => at = value,
            None if position + 1 == steps.len()
                && issue.message.starts_with("required field is missing") =>
            {
                return
            }
            None => panic!("{issue}: step {step:?} leads nowhere in the document"),
        }
    }
}

/// Everything the pages derive from a valid catalog.
fn check_derived(catalog: &Catalog) {
    let count = catalog.artifacts.len();
    assert!(count >= 1, "a valid catalog has an artifact");
    let index = RelatedIndex::build(catalog);
    let checked = count.min(CHECKED_ARTIFACTS);
    for position in 0..checked {
        let artifact = &catalog.artifacts[position];
        assert_eq!(catalog.get(&artifact.id).map(|a| &a.id), Some(&artifact.id));
        let page = artifact_view(catalog, index.related(position, RELATED_SHOWN), position)
            .expect("every artifact has a page");
        assert_eq!(page.id, artifact.id);
        check_related(&index, position, count);
        let snippets = embed_snippets(
            "https://cdn.example/versus/",
            &SnippetTarget::Artifact(artifact.id.clone()),
            Some("https://data.example/catalog.json?a=1&b=\"2\""),
            &artifact.display_name(),
            None,
        );
        // Catalog text never adds markup to the snippets: only their own tags open.
        assert_eq!(
            snippets.iframe.matches('<').count(),
            2,
            "{}",
            snippets.iframe
        );
        assert_eq!(
            snippets.element.matches('<').count(),
            4,
            "{}",
            snippets.element
        );
        let query = Query {
            text: artifact.name.chars().take(3).collect(),
            kind: Some(artifact.kind.clone()),
            category: artifact.categories.first().cloned(),
        };
        let hits = search(catalog, &query);
        assert!(hits.iter().all(|&hit| hit < count));
    }
    for first in 0..checked {
        for second in 0..checked {
            if first != second {
                check_pair(catalog, first, second);
            }
        }
    }
    if count >= 4 {
        let four: Vec<_> = catalog.artifacts.iter().take(4).collect();
        let view = compare_view(catalog, &four).expect("four artifacts compare");
        assert!(view.rows.iter().all(|row| row.cells.len() == 4));
    }
    let everything = search(catalog, &Query::default());
    assert_eq!(
        everything.len(),
        count,
        "an empty search lists every artifact"
    );
}

fn check_related(index: &RelatedIndex, position: usize, count: usize) {
    let related = index.related(position, count);
    let mut previous = f64::INFINITY;
    for item in &related {
        assert_ne!(item.index, position, "an artifact is not related to itself");
        assert!(item.index < count);
        assert!(
            (0.0..=1.0).contains(&item.score),
            "related score {} outside 0..=1",
            item.score
        );
        assert!(item.score <= previous, "related is best first");
        previous = item.score;
        assert!(!item.shared.is_empty(), "related artifacts share an intent");
    }
    let mut seen: Vec<usize> = related.iter().map(|r| r.index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), related.len(), "each related artifact once");
    assert!(index.related(position, 3).len() <= 3);
}

fn check_pair(catalog: &Catalog, first: usize, second: usize) {
    let (a, b) = (&catalog.artifacts[first], &catalog.artifacts[second]);
    let result = verdict(a, b, &catalog.criteria(), &catalog.brand.locale);
    assert!(!result.headline.is_empty());
    match result.winner {
        None => {}
        Some(0) => assert!(a.rank > b.rank, "{}", result.headline),
        Some(1) => assert!(b.rank > a.rank, "{}", result.headline),
        Some(other) => panic!("winner column {other} of two"),
    }
    let view = compare_view(catalog, &[a, b]).expect("two artifacts compare");
    assert_eq!(view.columns.len(), 2);
    assert!(view.rows.iter().all(|row| row.cells.len() == 2));
    assert_eq!(view.sides.len(), 2);
}

/// `ChunkedParse`, stepped with a budget of about a seventh of the text, gives exactly
/// what `parse_catalog` gives.
fn check_chunked_matches(text: &str) {
    let mut parse = ChunkedParse::new(text);
    while !parse.step(text.len() / 7 + 1) {}
    assert_eq!(parse.finish(), parse_catalog(text), "ChunkedParse differs");
}
