//! Scores as pictures: one row of bars per score (the rank, then each signal), one bar per
//! compared artifact, with a sentence that says the same for readers who cannot see it.

use crate::catalog::{Artifact, Catalog};
use crate::decimal::fixed;
use crate::format::Locale;
use crate::format::{format_rank, format_signal};
use crate::messages::table as words;
use crate::messages::verdict::LIST_SEPARATOR;

/// One score compared across artifacts.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub label: String,
    pub bars: Vec<Bar>,
    /// `UnfragileRank: ERNIE 4.5 VL 424B A47B 20/100, FLUX.1 Pro 58/100.`
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub name: String,
    /// Bar length in 0..=1.
    pub fraction: f64,
    /// The bar's SVG width out of 100, at least 0.6 so that a zero still shows a sliver.
    pub width: String,
    pub text: String,
    /// The strictly highest value of its row.
    pub best: bool,
}

/// The rank row and one row per catalog signal.
pub fn score_chart(catalog: &Catalog, artifacts: &[&Artifact], locale: &Locale) -> Vec<ChartRow> {
    let mut rows = vec![chart_row(
        &catalog.brand.rank_label,
        artifacts,
        locale,
        |a| Some((f64::from(a.rank) / 100.0, format_rank(a.rank))),
    )];
    // A signal none of them has would be a row of empty bars.
    let known = |id: &str| artifacts.iter().any(|a| a.signal(id).is_some());
    for signal in catalog.signals.iter().filter(|s| known(&s.id)) {
        rows.push(chart_row(&signal.label, artifacts, locale, |a| {
            a.signal(&signal.id)
                .map(|v| (v, format_signal(Some(v), locale)))
        }));
    }
    rows
}

fn chart_row(
    label: &str,
    artifacts: &[&Artifact],
    locale: &Locale,
    value: impl Fn(&Artifact) -> Option<(f64, String)>,
) -> ChartRow {
    let values: Vec<Option<(f64, String)>> = artifacts.iter().map(|a| value(a)).collect();
    let top = values
        .iter()
        .flatten()
        .map(|(v, _)| *v)
        .fold(f64::NEG_INFINITY, f64::max);
    let leaders = values.iter().flatten().filter(|(v, _)| *v == top).count();
    let bars: Vec<Bar> = artifacts
        .iter()
        .zip(values)
        .map(|(artifact, value)| {
            let (fraction, text) = value.unwrap_or((0.0, "—".to_owned()));
            let shown = fraction.clamp(0.0, 1.0);
            Bar {
                name: artifact.name.clone(),
                fraction: shown,
                width: fixed((shown * 100.0).max(0.6), 2),
                best: leaders == 1 && fraction == top && text != "—",
                text,
            }
        })
        .collect();
    let parts: Vec<String> = bars
        .iter()
        .map(|bar| {
            locale.say(
                words::CHART_VALUE,
                &[("name", &bar.name), ("value", &bar.text)],
            )
        })
        .collect();
    let values = parts.join(locale.text(LIST_SEPARATOR));
    ChartRow {
        label: label.to_owned(),
        description: locale.say(
            words::CHART_DESCRIPTION,
            &[("label", label), ("values", &values)],
        ),
        bars,
    }
}
