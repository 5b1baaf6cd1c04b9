//! A second, differently branded catalog (`velo-de.json`, German bicycle components):
//! swapping the catalog rebrands every string the views produce.

mod common;

use versus_core::related::RelatedIndex;
use versus_core::view::{compare_view, CompareView, TableRow};
use versus_core::Catalog;

const FIXTURE: &str = "tests/fixtures/velo-de.json";

fn velowerk() -> Catalog {
    match common::parse(FIXTURE) {
        Ok(parsed) => {
            assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
            parsed.catalog
        }
        Err(error) => panic!("{FIXTURE} is invalid:\n{}", error.lines().join("\n")),
    }
}

fn compare(catalog: &Catalog, ids: [&str; 2]) -> CompareView {
    let artifacts: Vec<_> = ids
        .iter()
        .map(|id| catalog.get(id).unwrap_or_else(|| panic!("no {id}")))
        .collect();
    compare_view(catalog, &artifacts).expect("two artifacts compare")
}

fn row<'v>(view: &'v CompareView, label: &str) -> &'v TableRow {
    view.rows
        .iter()
        .find(|row| row.label == label)
        .unwrap_or_else(|| panic!("no row {label}"))
}

fn texts(row: &TableRow) -> Vec<&str> {
    row.cells.iter().map(|cell| cell.text.as_str()).collect()
}

#[test]
fn brand_comes_from_the_catalog() {
    let brand = velowerk().brand;
    assert_eq!(brand.name, "Velowerk");
    assert_eq!(brand.rank_label, "Velo-Index");
    assert_eq!(brand.locale.tag, "de-DE");
    assert_eq!(
        brand.search_link("Kette & Öl").as_deref(),
        Some("https://velowerk.example/suche?q=Kette%20%26%20%C3%96l")
    );
    let properties = brand.theme.css_properties();
    for (property, value) in [
        ("--vs-brand-accent", "#0f766e"),
        ("--vs-brand-background", "#f7f5f0"),
        ("--vs-brand-radius", "4px"),
    ] {
        assert!(
            properties.contains(&(property.to_owned(), value.to_owned())),
            "{property}: {value} missing from {properties:?}"
        );
    }
}

#[test]
fn table_rows_use_the_catalogs_own_labels() {
    let catalog = velowerk();
    let view = compare(&catalog, ["grossglockner-12", "kaze-r9"]);
    assert_eq!(
        view.title,
        "Alpenwerk: Großglockner 12-fach vs 風見工業: Kaze R9 Di"
    );
    let labels: Vec<&str> = view.rows.iter().map(|row| row.label.as_str()).collect();
    let signal_rows: Vec<&str> = labels
        .iter()
        .copied()
        .skip_while(|label| *label != "Velo-Index")
        .skip(1)
        .take(3)
        .collect();
    assert_eq!(signal_rows, ["Haltbarkeit", "Gewicht", "Preis-Leistung"]);
    for seed_word in ["Adoption", "Quality", "UnfragileRank", "Match Graph"] {
        assert!(!labels.contains(&seed_word), "{seed_word} in {labels:?}");
    }
    assert_eq!(view.rank_label, "Velo-Index");
    assert_eq!(texts(row(&view, "Velo-Index")), ["84/100", "79/100"]);
    assert_eq!(texts(row(&view, "Haltbarkeit")), ["0,92", "0,84"]);
    assert_eq!(texts(row(&view, "Times Matched")), ["1.280", "940"]);
}

#[test]
fn prices_print_the_german_way() {
    let catalog = velowerk();
    let view = compare(&catalog, ["grossglockner-12", "kaze-r9"]);
    // de-DE puts the euro sign after the amount, joined by a no-break space.
    assert_eq!(
        texts(row(&view, "Starting Price")),
        ["2.140,00\u{a0}€", "1.899,00\u{a0}€"]
    );
    let view = compare(&catalog, ["leger-30-carbon", "stadtlaeufer-alu"]);
    assert_eq!(
        texts(row(&view, "Starting Price")),
        ["1.249,50\u{a0}€ / Satz", "189,00\u{a0}€ / Satz"]
    );
    let view = compare(&catalog, ["pannenhilfe-plus", "feldweg-11"]);
    let tiny = &row(&view, "Starting Price").cells[0];
    assert_eq!(tiny.text, "3,50\u{a0}€ / 1K Kilometer");
    assert_eq!(tiny.note.as_deref(), Some("€3.50e-3 per Kilometer"));
}

#[test]
fn verdict_and_missing_fields() {
    let catalog = velowerk();
    let view = compare(&catalog, ["kaze-r9", "grossglockner-12"]);
    assert_eq!(view.verdict.winner, Some(1));
    assert_eq!(
        view.verdict.headline,
        "Großglockner 12-fach scores higher at 84/100 vs Kaze R9 Di at 79/100."
    );
    assert!(
        view.verdict
            .reasons
            .contains(&"Kaze R9 Di has the edge on Gewicht and Preis-Leistung.".to_owned()),
        "{:?}",
        view.verdict.reasons
    );
    // capability_count 9 with 3 listed.
    assert_eq!(
        view.sides[1]
            .list
            .more(false, &Default::default())
            .as_deref(),
        Some("+6 more capabilities")
    );

    let view = compare(&catalog, ["leger-30-carbon", "stadtlaeufer-alu"]);
    assert_eq!(view.columns[1].display_name, "Stadtläufer Alu");
    assert_eq!(texts(row(&view, "Gewicht")), ["0,93", "—"]);
    assert_eq!(texts(row(&view, "Capabilities"))[1], "0 decomposed");
}

#[test]
fn related_ranking_follows_shared_intents() {
    let catalog = velowerk();
    let index = RelatedIndex::build(&catalog);
    let position = |id: &str| catalog.index_of(id).expect("known id");
    let related = index.related(position("grossglockner-12"), 3);
    assert!(!related.is_empty());
    assert_eq!(catalog.artifacts[related[0].index].id, "kaze-r9");
    assert_eq!(related[0].shared, ["elektronisch", "rennrad", "schalten"]);
    assert!(index.related(position("stadtlaeufer-alu"), 3).is_empty());
}
