//! Verdicts that explain themselves: N-way standings, the rank gap broken down by signal,
//! and dominance (another artifact is at least as good on everything that is compared).

use super::{advantages, edge_items, join_list, verdict, Criteria, Verdict};
use std::cmp::Ordering;

use crate::catalog::{Artifact, Plan, SignalDef};
use crate::decimal::fixed;
use crate::format::Locale;
use crate::messages::verdict as words;
use crate::sort;
use crate::spec::measure::measures;

/// Ranks this close (inclusive) are "too close to call".
pub const CLOSE_MARGIN: u8 = 2;

/// Ranks two to four artifacts (in column order) and explains the result.
pub fn verdict_all(artifacts: &[&Artifact], criteria: &Criteria, locale: &Locale) -> Verdict {
    let signals = criteria.signals;
    let mut order: Vec<usize> = (0..artifacts.len()).collect();
    sort::sort_by(&mut order, |x, y| {
        artifacts[*y].rank.cmp(&artifacts[*x].rank)
    });
    let mut result = match artifacts {
        [a, b] => verdict(a, b, criteria, locale),
        _ => ranking(artifacts, &order, criteria, locale),
    };
    if let [first, second, ..] = order[..] {
        result.breakdown = breakdown(artifacts[first], artifacts[second], signals, locale);
    }
    result.notes = dominance_notes(artifacts, criteria, locale);
    result.standings = order;
    result
}

/// Three or four artifacts: who ranks first, and against each other one, why.
fn ranking(
    artifacts: &[&Artifact],
    order: &[usize],
    criteria: &Criteria,
    locale: &Locale,
) -> Verdict {
    let first = artifacts[order[0]];
    let others: Vec<String> = order[1..]
        .iter()
        .map(|&i| {
            let rank = artifacts[i].rank.to_string();
            locale.say(
                words::NAME_AT,
                &[("name", &artifacts[i].name), ("rank", &rank)],
            )
        })
        .collect();
    let runner_up = artifacts[order[1]];
    let close = first.rank - runner_up.rank <= CLOSE_MARGIN;
    let last = artifacts[order[order.len() - 1]];
    let headline = if first.rank == last.rank {
        // Nobody trails: a catalog whose artifacts are not scored yet ranks them all alike.
        let names: Vec<String> = order.iter().map(|&i| artifacts[i].name.clone()).collect();
        let names = join_list(&names, locale);
        locale.say(
            words::TIED,
            &[("names", &names), ("rank", &first.rank.to_string())],
        )
    } else if close {
        let trailing = others.len() - 1;
        locale.count(
            words::TOO_CLOSE_MANY,
            trailing as u64,
            &[
                ("a", &first.name),
                ("a_rank", &first.rank.to_string()),
                ("b", &runner_up.name),
                ("b_rank", &runner_up.rank.to_string()),
                ("rest", &join_list(&others[1..], locale)),
            ],
        )
    } else {
        locale.say(
            words::RANKS_FIRST,
            &[
                ("name", &first.name),
                ("rank", &first.rank.to_string()),
                ("rest", &join_list(&others, locale)),
            ],
        )
    };
    let reasons = order[1..]
        .iter()
        .map(|&i| {
            let other = artifacts[i];
            let ours = join_list(
                &edge_items(&advantages(first, other, criteria, locale), locale),
                locale,
            );
            let theirs = join_list(
                &edge_items(&advantages(other, first, criteria, locale), locale),
                locale,
            );
            let message = match (ours.is_empty(), theirs.is_empty()) {
                (false, true) => words::AGAINST,
                (false, false) => words::AGAINST_BOTH,
                (true, true) => words::AGAINST_NO_EDGE,
                (true, false) => words::AGAINST_ONLY_THEIRS,
            };
            locale.say(
                message,
                &[
                    ("other", &other.name),
                    ("first", &first.name),
                    ("edges", &ours),
                    ("their_edges", &theirs),
                ],
            )
        })
        .collect();
    Verdict {
        winner: (!close).then_some(order[0]),
        headline,
        reasons,
        ..Verdict::default()
    }
}

/// `FLUX.1 Pro leads by 38 points: +1 Adoption, +1 Quality.` (signal differences, largest first).
fn breakdown(
    first: &Artifact,
    second: &Artifact,
    signals: &[SignalDef],
    locale: &Locale,
) -> Option<String> {
    let gap = first.rank.checked_sub(second.rank).filter(|gap| *gap > 0)?;
    let mut differences: Vec<(f64, &str)> = signals
        .iter()
        .filter_map(|def| {
            let delta =
                first.signal(&def.id).unwrap_or(0.0) - second.signal(&def.id).unwrap_or(0.0);
            (delta.abs() > 1e-9).then_some((delta, def.label.as_str()))
        })
        .collect();
    sort::sort_by(&mut differences, |x, y| y.0.abs().total_cmp(&x.0.abs()));
    let gap = locale.count(words::POINTS, u64::from(gap), &[]);
    if differences.is_empty() {
        return Some(locale.say(
            words::BREAKDOWN_LEVEL,
            &[("name", &first.name), ("gap", &gap)],
        ));
    }
    let parts: Vec<String> = differences
        .iter()
        .map(|(delta, label)| {
            format!(
                "{}{} {label}",
                if *delta > 0.0 { "+" } else { "−" },
                signal_amount(delta.abs(), locale)
            )
        })
        .collect();
    let parts = parts.join(locale.text(words::LIST_SEPARATOR));
    Some(locale.say(
        words::BREAKDOWN,
        &[("name", &first.name), ("gap", &gap), ("parts", &parts)],
    ))
}

fn signal_amount(value: f64, locale: &Locale) -> String {
    if value.fract() == 0.0 {
        fixed(value, 0)
    } else {
        locale.decimal(value, 2)
    }
}

/// True when `better` is at least as good as `worse` on every signal, on price, on
/// capability count and on every spec and usage price both have, and strictly better on
/// at least one of them.
pub fn dominates(better: &Artifact, worse: &Artifact, criteria: &Criteria) -> bool {
    let signals = criteria.signals;
    let mut strictly = false;
    let mut at_least = |b: f64, w: f64| {
        strictly |= b > w;
        b >= w
    };
    let signals_ok = signals.iter().all(|def| {
        at_least(
            better.signal(&def.id).unwrap_or(0.0),
            worse.signal(&def.id).unwrap_or(0.0),
        )
    });
    let price_ok = at_least(price_score(better), price_score(worse));
    let capabilities_ok = at_least(
        f64::from(better.total_capabilities()),
        f64::from(worse.total_capabilities()),
    );
    let specs_ok = measures(criteria.specs, &[better, worse])
        .iter()
        .all(|measure| match measure.compare(better, worse) {
            Some(Ordering::Less) => false,
            Some(Ordering::Greater) => {
                strictly = true;
                true
            }
            _ => true,
        });
    signals_ok && price_ok && capabilities_ok && specs_ok && strictly
}

/// How accessible the pricing is: free outright > freemium/free tier > paid.
fn price_score(artifact: &Artifact) -> f64 {
    match (artifact.pricing.plan, artifact.pricing.free_tier) {
        (Plan::Free, _) => 2.0,
        (_, true) => 1.0,
        (_, false) => 0.0,
    }
}

fn dominance_notes(artifacts: &[&Artifact], criteria: &Criteria, locale: &Locale) -> Vec<String> {
    let mut notes = Vec::new();
    for worse in artifacts {
        let by: Vec<String> = artifacts
            .iter()
            .filter(|better| better.id != worse.id && dominates(better, worse, criteria))
            .map(|better| better.name.clone())
            .collect();
        if !by.is_empty() {
            let by = join_list(&by, locale);
            notes.push(locale.say(words::DOMINATED, &[("loser", &worse.name), ("winner", &by)]));
        }
    }
    notes
}
