//! The message table: keys, the built-in translations, and a catalog's `strings`.

// serde_json builds the test catalogs (crates/clippy.toml bans it from the product).
#![allow(clippy::disallowed_methods)]

mod common;

use std::sync::Arc;

use versus_core::messages::{
    builtin_for, plural_samples, read_table, Known, Plural, Text, ALL, BUILTIN,
};
use versus_core::view::compare_view;
use versus_core::Severity;

fn every_message() -> impl Iterator<Item = Known> {
    ALL.iter().flat_map(|area| area.iter().copied())
}

#[test]
fn keys_are_unique_and_well_formed() {
    let mut keys: Vec<&str> = every_message().map(Known::key).collect();
    let total = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), total, "a key is defined twice");
    // Tables find messages by the hash of their key: no two keys may share one.
    let mut ids: Vec<u32> = keys
        .iter()
        .map(|key| versus_core::messages::key_id(key))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "two keys hash alike");
    for key in keys {
        assert!(
            key.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'),
            "{key}: keys are lowercase, dotted"
        );
    }
}

#[test]
fn counted_messages_name_their_count_and_plain_ones_have_text() {
    for known in every_message() {
        match known {
            Known::Plain(m) => assert!(!m.en.is_empty(), "{}", m.key),
            Known::Counted(c) => {
                assert!(!c.one.is_empty() && !c.other.is_empty(), "{}", c.key);
            }
        }
    }
}

#[test]
fn tags_find_their_table() {
    assert_eq!(builtin_for("de-AT"), Some("de"));
    assert_eq!(builtin_for("de_CH"), Some("de"));
    assert_eq!(builtin_for("pt"), Some("pt-BR"));
    assert_eq!(builtin_for("pt-PT"), Some("pt-BR"));
    assert_eq!(builtin_for("zh-CN"), Some("zh-Hans"));
    assert_eq!(builtin_for("zh-Hans-CN"), Some("zh-Hans"));
    assert_eq!(builtin_for("ar-EG"), Some("ar"));
    assert_eq!(builtin_for("en-GB"), None);
    assert_eq!(builtin_for("sv-SE"), None, "no Swedish table: English");
}

/// The plural categories `language` uses for whole numbers.
fn categories(language: &str) -> Vec<Plural> {
    plural_samples(language)
        .into_iter()
        .map(|(category, _)| category)
        .collect()
}

#[test]
fn every_locale_has_every_key_with_the_same_placeholders() {
    let mut files: Vec<&str> = BUILTIN.iter().map(|(_, file)| *file).collect();
    files.dedup();
    assert_eq!(files.len(), 7);
    let mut problems: Vec<String> = Vec::new();
    for file in files {
        let text = versus_core::messages::builtin_text(file).expect("compiled in");
        let (table, findings) = match read_table(text) {
            Ok(read) => read,
            Err(error) => {
                problems.push(format!("{file}.json: {error}"));
                continue;
            }
        };
        // Unknown keys, dropped or invented placeholders, wrong types: all warnings.
        problems.extend(
            findings
                .warnings
                .iter()
                .chain(&findings.errors)
                .map(|issue| format!("{file}.json: {issue}")),
        );
        let language = file.split('-').next().unwrap_or(file);
        for known in every_message() {
            match (known, table.get(known.key())) {
                (_, None) => problems.push(format!("{file}.json: lacks {}", known.key())),
                (Known::Counted(_), Some(Text::Forms(forms))) => {
                    for category in categories(language) {
                        if !forms.iter().any(|(c, _)| *c == category) {
                            problems.push(format!(
                                "{file}.json: {} lacks the \"{}\" form",
                                known.key(),
                                category.name()
                            ));
                        }
                    }
                }
                (Known::Counted(_), Some(Text::Plain(_))) if categories(language).len() > 1 => {
                    problems.push(format!(
                        "{file}.json: {} needs one text per plural form",
                        known.key()
                    ))
                }
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn with_strings(strings: serde_json::Value) -> versus_core::Parsed {
    let mut catalog: serde_json::Value =
        serde_json::from_str(&common::read("tests/fixtures/minimal.json")).expect("JSON");
    catalog["strings"] = strings;
    versus_core::parse_catalog(&catalog.to_string()).expect("strings never reject a catalog")
}

#[test]
fn a_catalog_renames_labels_and_rewords_sentences() {
    let parsed = with_strings(serde_json::json!({
        "row.type": "Bike type",
        "rank.label": "Score",
        "signal.adoption": "Riders",
        "verdict.scores_higher": "{winner} ({winner_rank}) beats {loser} ({loser_rank}).",
        "breakdown.points": {"one": "one point", "other": "{count} points"},
    }));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let catalog = &parsed.catalog;
    assert_eq!(
        catalog.brand.rank_label, "Score",
        "the default rank label follows"
    );
    let artifacts: Vec<_> = catalog.artifacts.iter().take(2).collect();
    let view = compare_view(catalog, &artifacts).expect("a card");
    assert_eq!(view.rows[0].label, "Bike type");
    assert!(view.rows.iter().any(|row| row.label == "Score"));
    let headline = &view.verdict.headline;
    if view.verdict.winner.is_some() {
        assert!(headline.contains(" beats "), "{headline}");
    }
}

#[test]
fn a_catalogs_own_labels_win_over_message_defaults() {
    let mut catalog: serde_json::Value =
        serde_json::from_str(&common::read("tests/fixtures/velo-de.json")).expect("JSON");
    catalog["strings"] = serde_json::json!({"rank.label": "Punkte"});
    let parsed = versus_core::parse_catalog(&catalog.to_string()).expect("valid");
    let given = catalog["brand"]["rank_label"].as_str();
    match given {
        Some(label) => assert_eq!(parsed.catalog.brand.rank_label, label),
        None => assert_eq!(parsed.catalog.brand.rank_label, "Punkte"),
    }
}

#[test]
fn bad_strings_are_warnings_at_their_path() {
    let parsed = with_strings(serde_json::json!({
        "row.nope": "x",
        "verdict.tied": "Gleichstand bei {rank}/100.",
        "verdict.no_edge": "{who} hat keinen Vorteil.",
        "row.type": 3,
        "breakdown.points": {"one": "ein Punkt"},
        "reason.edge": {"other": "x"},
    }));
    let at = |path: &str| -> Vec<String> {
        parsed
            .warnings
            .iter()
            .filter(|w| w.path == path && w.severity == Severity::Warning)
            .map(|w| w.message.clone())
            .collect()
    };
    assert!(at("strings[\"row.nope\"]")[0].contains("not a Versus message key"));
    let tied = at("strings[\"verdict.tied\"]");
    assert!(tied.iter().any(|m| m.contains("{names}")), "{tied:?}");
    let invented = at("strings[\"verdict.no_edge\"]");
    assert!(invented.iter().any(|m| m.contains("{who}")), "{invented:?}");
    assert!(at("strings[\"row.type\"]")[0].contains("expected a string"));
    assert!(at("strings[\"breakdown.points\"]")[0].contains("\"other\""));
    assert!(at("strings[\"reason.edge\"]")[0].contains("expected a string"));
    // What was valid still applies: nothing else is lost.
    let catalog = &parsed.catalog;
    assert_eq!(catalog.brand.rank_label, "Rank");
}

#[test]
fn counts_pick_the_plural_form_of_the_language() {
    let table = r#"{"breakdown.points": {"zero": "0 نقاط", "one": "نقطة واحدة", "two": "نقطتان", "few": "{count} نقاط", "many": "{count} نقطة", "other": "{count} نقطة*"}}"#;
    let (table, findings) = read_table(table).expect("JSON");
    assert!(
        findings
            .warnings
            .iter()
            .all(|w| w.message.contains("{count}")),
        "{:?}",
        findings.warnings
    );
    let mut arabic = versus_core::format::Locale::parse("ar-EG").expect("a tag");
    arabic = arabic.with_builtin(Some(Arc::new(table)));
    let points = versus_core::messages::verdict::POINTS;
    assert_eq!(arabic.count(points, 1, &[]), "نقطة واحدة");
    assert_eq!(arabic.count(points, 2, &[]), "نقطتان");
    assert_eq!(arabic.count(points, 5, &[]), "5 نقاط");
    assert_eq!(arabic.count(points, 11, &[]), "11 نقطة");
    assert_eq!(arabic.count(points, 100, &[]), "100 نقطة*");
    let english = versus_core::format::Locale::default();
    assert_eq!(english.count(points, 1, &[]), "1 point");
    assert_eq!(english.count(points, 1_000, &[]), "1,000 points");
}

#[test]
fn committed_key_reference_is_up_to_date() {
    let committed = common::read("docs/strings.md");
    assert!(
        committed == versus_core::messages::reference(),
        "docs/strings.md is stale; regenerate it with\n  \
         cargo run --bin versus-catalog -- strings > docs/strings.md"
    );
}
