//! The comparison card: title, feature table, capabilities per side, verdict.

use super::{capability_total, overlap, score_chart, CapabilityListView, ChartRow, OverlapView};
use crate::catalog::{percent_encode, Artifact, Catalog};
use crate::format::Locale;
use crate::format::{format_price, format_rank, format_signal};
use crate::messages::{page, table as words, verdict};
use crate::spec::measure::{rate_measures, spec_measures, Measure};
use crate::spec::Source;
use crate::verdict::{dominates, join_list, verdict_all, Verdict};

/// The whole comparison card for 2 (or more) artifacts.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// `Baidu: ERNIE 4.5 VL 424B A47B vs FLUX.1 Pro`.
    pub title: String,
    pub columns: Vec<ColumnHead>,
    pub rows: Vec<TableRow>,
    pub sides: Vec<SideCapabilities>,
    pub verdict: Verdict,
    /// Rank and signals as bars.
    pub chart: Vec<ChartRow>,
    /// Intents shared by all and unique to each.
    pub overlap: OverlapView,
    pub rank_label: String,
    pub rank_about: Option<String>,
    /// Where the compared facts come from, grouped by artifacts that share sources.
    pub sources: Vec<SourceNote>,
}

/// Sources shared by some of the compared artifacts.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceNote {
    /// `FLUX.1 Pro and Qwen3`; `None` when every compared artifact shares these sources.
    pub of: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ColumnHead {
    pub id: String,
    pub display_name: String,
    pub kind: String,
    /// `58/100`.
    pub rank: String,
    /// Another compared artifact is at least as good on everything compared.
    pub dominated: bool,
}

/// One row of the feature table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub label: String,
    pub cells: Vec<Cell>,
}

impl TableRow {
    /// Every cell reads the same (the "hide identical rows" toggle hides these).
    pub fn identical(&self) -> bool {
        self.cells
            .windows(2)
            .all(|pair| pair[0].text == pair[1].text)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    /// A second line, e.g. the exact catalog price behind a rescaled one.
    pub note: Option<String>,
    /// This cell holds the better value of its row.
    pub best: bool,
}

impl Cell {
    fn plain(text: String) -> Self {
        Self {
            text,
            note: None,
            best: false,
        }
    }
}

/// One side's capability list.
#[derive(Clone, Debug, PartialEq)]
pub struct SideCapabilities {
    /// `FLUX.1 Pro Capabilities`.
    pub heading: String,
    pub list: CapabilityListView,
}

impl CompareView {
    /// Shows at most `max` capabilities per side before expanding.
    pub fn limit_capabilities(&mut self, max: usize) {
        for side in &mut self.sides {
            side.list.limit(max);
        }
    }
}

/// The artifacts a list of ids names, or why they cannot be compared.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection<'a> {
    Ready(Vec<&'a Artifact>),
    /// Ids the catalog does not have.
    Unknown(Vec<String>),
    /// Fewer than two distinct artifacts.
    TooFew,
}

/// Resolves 2–4 ids (duplicates dropped, extra ids ignored) against the catalog.
pub fn select<'a>(catalog: &'a Catalog, ids: &[String]) -> Selection<'a> {
    let unknown: Vec<String> = ids
        .iter()
        .filter(|id| catalog.get(id).is_none())
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Selection::Unknown(unknown);
    }
    let mut artifacts: Vec<&Artifact> = Vec::new();
    for artifact in ids.iter().filter_map(|id| catalog.get(id)) {
        if artifacts.len() < 4 && !artifacts.iter().any(|a| a.id == artifact.id) {
            artifacts.push(artifact);
        }
    }
    if artifacts.len() < 2 {
        Selection::TooFew
    } else {
        Selection::Ready(artifacts)
    }
}

/// What to tell a reader whose ids could not be compared.
pub fn selection_problem(unknown: &[String], locale: &Locale) -> String {
    if unknown.is_empty() {
        return locale.text(page::NEEDS_TWO).to_owned();
    }
    let quoted: Vec<String> = unknown
        .iter()
        .map(|id| locale.say(page::QUOTED, &[("text", id)]))
        .collect();
    let ids = quoted.join(locale.text(verdict::LIST_SEPARATOR));
    locale.count(
        page::NO_SUCH_ARTIFACTS,
        unknown.len() as u64,
        &[("ids", &ids)],
    )
}

/// Where "Need something different?" points: the brand's search, else `fallback_prefix`
/// (the site's home) with the first artifact's category or kind as the query.
pub fn search_href(catalog: &Catalog, first: &Artifact, fallback_prefix: &str) -> String {
    let query = first.categories.first().unwrap_or(&first.kind);
    catalog
        .brand
        .search_link(query)
        .unwrap_or_else(|| format!("{fallback_prefix}#/?q={}", percent_encode(query)))
}

/// Builds the card for `artifacts` (at least two, in column order).
pub fn compare_view(catalog: &Catalog, artifacts: &[&Artifact]) -> Option<CompareView> {
    if artifacts.len() < 2 {
        return None;
    }
    let locale = &catalog.brand.locale;
    let criteria = catalog.criteria();
    let names: Vec<String> = artifacts.iter().map(|a| a.display_name()).collect();
    let columns = artifacts
        .iter()
        .map(|a| ColumnHead {
            id: a.id.clone(),
            display_name: a.display_name(),
            kind: a.kind.clone(),
            rank: format_rank(a.rank),
            dominated: artifacts
                .iter()
                .any(|other| other.id != a.id && dominates(other, a, &criteria)),
        })
        .collect();

    let mut rows = vec![row(locale.text(words::ROW_TYPE), artifacts, |a| {
        Cell::plain(a.kind.clone())
    })];
    rows.push(marked(
        row(&catalog.brand.rank_label, artifacts, |a| {
            Cell::plain(format_rank(a.rank))
        }),
        artifacts,
        |a| Some(f64::from(a.rank)),
    ));
    for signal in &catalog.signals {
        if artifacts.iter().all(|a| a.signal(&signal.id).is_none()) {
            continue; // a row nobody fills says nothing
        }
        let signal_row = row(&signal.label, artifacts, |a| {
            Cell::plain(format_signal(a.signal(&signal.id), locale))
        });
        rows.push(marked(signal_row, artifacts, |a| a.signal(&signal.id)));
    }
    rows.extend(measure_rows(
        &spec_measures(&catalog.specs, artifacts),
        artifacts,
        locale,
    ));
    rows.push(marked(
        row(locale.text(words::ROW_PRICING), artifacts, |a| {
            Cell::plain(locale.text(a.pricing.plan.label()).to_owned())
        }),
        artifacts,
        |a| Some(if a.pricing.free_tier { 1.0 } else { 0.0 }),
    ));
    if artifacts.iter().any(|a| a.pricing.starting_price.is_some()) {
        rows.push(row(
            locale.text(words::ROW_STARTING_PRICE),
            artifacts,
            |a| match &a.pricing.starting_price {
                Some(price) => {
                    let text = format_price(price, locale);
                    Cell {
                        text: text.readable,
                        note: text.exact,
                        best: false,
                    }
                }
                None => Cell::plain("—".to_owned()),
            },
        ));
    }
    rows.extend(measure_rows(&rate_measures(artifacts), artifacts, locale));
    rows.push(marked(
        row(locale.text(words::ROW_CAPABILITIES), artifacts, |a| {
            Cell::plain(capability_total(a, locale))
        }),
        artifacts,
        |a| Some(f64::from(a.total_capabilities())),
    ));
    if artifacts.iter().any(|a| a.times_matched.is_some()) {
        rows.push(row(locale.text(words::ROW_TIMES_MATCHED), artifacts, |a| {
            Cell::plain(
                a.times_matched
                    .map_or("—".to_owned(), |n| locale.integer(n)),
            )
        }));
    }

    let sides = artifacts
        .iter()
        .map(|a| SideCapabilities {
            heading: locale.say(words::CAPABILITIES_OF, &[("name", &a.display_name())]),
            list: CapabilityListView::of(a, locale),
        })
        .collect();

    Some(CompareView {
        title: names.join(locale.text(words::TITLE_SEPARATOR)),
        columns,
        rows,
        sides,
        verdict: verdict_all(artifacts, &criteria, locale),
        chart: score_chart(catalog, artifacts, locale),
        overlap: overlap(artifacts),
        rank_label: catalog.brand.rank_label.clone(),
        rank_about: catalog.brand.rank_about.clone(),
        sources: source_notes(artifacts, locale),
    })
}

/// One row per measure: each value with its own source under it, the best marked.
fn measure_rows(measures: &[Measure], artifacts: &[&Artifact], locale: &Locale) -> Vec<TableRow> {
    measures
        .iter()
        .map(|measure| {
            let cells = row(&measure.label(locale), artifacts, |a| {
                match measure.cell(a, locale) {
                    Some(cell) => Cell {
                        text: cell.text,
                        note: cell.source.map(|source| source.short(locale)),
                        best: false,
                    },
                    None => Cell::plain("—".to_owned()),
                }
            });
            marked(cells, artifacts, |a| measure.merit(a))
        })
        .collect()
}

/// Sources grouped by the artifacts that share the same list, in column order.
fn source_notes(artifacts: &[&Artifact], locale: &Locale) -> Vec<SourceNote> {
    let mut groups: Vec<(Vec<String>, &[Source])> = Vec::new();
    for artifact in artifacts.iter().filter(|a| !a.sources.is_empty()) {
        match groups
            .iter_mut()
            .find(|(_, sources)| *sources == artifact.sources.as_slice())
        {
            Some((names, _)) => names.push(artifact.name.clone()),
            None => groups.push((vec![artifact.name.clone()], &artifact.sources)),
        }
    }
    let everyone = groups.len() == 1 && groups[0].0.len() == artifacts.len();
    groups
        .into_iter()
        .map(|(names, sources)| SourceNote {
            of: (!everyone).then(|| join_list(&names, locale)),
            sources: sources.to_vec(),
        })
        .collect()
}

fn row(label: &str, artifacts: &[&Artifact], cell: impl Fn(&Artifact) -> Cell) -> TableRow {
    TableRow {
        label: label.to_owned(),
        cells: artifacts.iter().map(|a| cell(a)).collect(),
    }
}

/// Marks the cells holding the highest value, only when some known value is lower: a tie
/// at the top against a missing value (`—`) is not an advantage worth pointing at.
fn marked(
    mut row: TableRow,
    artifacts: &[&Artifact],
    value: impl Fn(&Artifact) -> Option<f64>,
) -> TableRow {
    let values: Vec<Option<f64>> = artifacts.iter().map(|a| value(a)).collect();
    let best = values
        .iter()
        .flatten()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    let someone_lower = values.iter().flatten().any(|v| *v < best);
    if someone_lower && best.is_finite() {
        for (cell, v) in row.cells.iter_mut().zip(&values) {
            cell.best = *v == Some(best);
        }
    }
    row
}
