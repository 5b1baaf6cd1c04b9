//! Reader-chosen weights: the rank and each signal re-weighted, a 0–100 score recomputed
//! per artifact, and the sentence saying who leads under those weights. Weights travel in
//! the URL (`rank:1,adoption:3`), so a re-weighted comparison is shareable.

use crate::catalog::{Artifact, SignalDef};
use crate::format::Locale;
use crate::messages::verdict as words;
use crate::sort;

/// The largest weight a reader can give one score.
pub const MAX_WEIGHT: u8 = 5;

/// How much the rank and each catalog signal count, in catalog signal order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weights {
    pub rank: u8,
    /// `(signal id, weight)` for every catalog signal.
    pub signals: Vec<(String, u8)>,
}

impl Weights {
    /// The catalog's own view: the rank alone decides.
    pub fn neutral(signals: &[SignalDef]) -> Self {
        Self {
            rank: 1,
            signals: signals.iter().map(|s| (s.id.clone(), 0)).collect(),
        }
    }

    /// Reads `rank:1,adoption:3`. Unknown keys and malformed parts are ignored and
    /// values are capped at `MAX_WEIGHT`: a hand-edited URL never breaks the page.
    pub fn parse(text: &str, signals: &[SignalDef]) -> Self {
        let mut weights = Self::neutral(signals);
        for part in text.split(',') {
            let Some((key, value)) = part.split_once(':') else {
                continue;
            };
            if let Ok(value) = value.trim().parse::<u8>() {
                weights.set(key.trim(), value);
            }
        }
        weights
    }

    /// The same signals back at the catalog's own view (rank ×1, every signal ×0).
    pub fn neutralized(&self) -> Self {
        Self {
            rank: 1,
            signals: self.signals.iter().map(|(id, _)| (id.clone(), 0)).collect(),
        }
    }

    /// Sets the weight of `rank` or of a signal id; other keys change nothing.
    pub fn set(&mut self, key: &str, value: u8) {
        let value = value.min(MAX_WEIGHT);
        if key == "rank" {
            self.rank = value;
        } else if let Some(slot) = self.signals.iter_mut().find(|(id, _)| id == key) {
            slot.1 = value;
        }
    }

    /// True when the weights say what the catalog's rank already says.
    pub fn is_neutral(&self) -> bool {
        self.rank == 1 && self.signals.iter().all(|(_, w)| *w == 0)
    }

    /// `rank:1,adoption:3`: every non-zero weight (and the rank's, always).
    pub fn encode(&self) -> String {
        std::iter::once(format!("rank:{}", self.rank))
            .chain(
                self.signals
                    .iter()
                    .filter(|(_, w)| *w > 0)
                    .map(|(id, w)| format!("{id}:{w}")),
            )
            .collect::<Vec<_>>()
            .join(",")
    }

    fn total(&self) -> u32 {
        u32::from(self.rank) + self.signals.iter().map(|(_, w)| u32::from(*w)).sum::<u32>()
    }
}

/// Each artifact's weighted score in 0..=100: the weighted mean of rank/100 and its
/// signals (a missing signal counts as 0). `None` when every weight is zero.
pub fn weighted_scores(artifacts: &[&Artifact], weights: &Weights) -> Option<Vec<f64>> {
    let total = weights.total();
    if total == 0 {
        return None;
    }
    let scores = artifacts
        .iter()
        .map(|artifact| {
            let rank = f64::from(weights.rank) * f64::from(artifact.rank) / 100.0;
            let signals: f64 = weights
                .signals
                .iter()
                .map(|(id, w)| f64::from(*w) * artifact.signal(id).unwrap_or(0.0).clamp(0.0, 1.0))
                .sum();
            100.0 * (rank + signals) / f64::from(total)
        })
        .collect();
    Some(scores)
}

/// The sentence for custom weights, e.g. `With your weights (UnfragileRank ×1, Adoption ×3),
/// FLUX.1 Pro leads at 81/100, ahead of ERNIE 4.5 VL 424B A47B at 15/100.`
/// `None` for neutral weights (the ordinary verdict already says it).
pub fn weighted_verdict(
    artifacts: &[&Artifact],
    signals: &[SignalDef],
    rank_label: &str,
    weights: &Weights,
    locale: &Locale,
) -> Option<String> {
    if weights.is_neutral() || artifacts.len() < 2 {
        return None;
    }
    let basis = describe(signals, rank_label, weights, locale);
    let Some(scores) = weighted_scores(artifacts, weights) else {
        return Some(locale.say(words::WEIGHTED_ZERO, &[("basis", &basis)]));
    };
    let rounded: Vec<u32> = scores.iter().map(|s| s.round() as u32).collect();
    let mut order: Vec<usize> = (0..artifacts.len()).collect();
    sort::sort_by(&mut order, |x, y| scores[*y].total_cmp(&scores[*x]));
    let at = |i: usize| {
        let rank = rounded[i].to_string();
        locale.say(
            words::NAME_AT,
            &[("name", &artifacts[i].name), ("rank", &rank)],
        )
    };
    let (first, second) = (order[0], order[1]);
    let others: Vec<String> = order[1..].iter().map(|&i| at(i)).collect();
    let sentence = if rounded[first] == rounded[second] {
        let tied: Vec<String> = order
            .iter()
            .filter(|&&i| rounded[i] == rounded[first])
            .map(|&i| artifacts[i].name.clone())
            .collect();
        locale.say(
            words::WEIGHTED_TIE,
            &[
                ("basis", &basis),
                ("names", &super::join_list(&tied, locale)),
                ("rank", &rounded[first].to_string()),
            ],
        )
    } else {
        locale.say(
            words::WEIGHTED_LEADS,
            &[
                ("basis", &basis),
                ("name", &artifacts[first].name),
                ("rank", &rounded[first].to_string()),
                ("rest", &super::join_list(&others, locale)),
            ],
        )
    };
    Some(sentence)
}

/// `UnfragileRank ×1, Adoption ×3`: the non-zero weights with their labels.
fn describe(signals: &[SignalDef], rank_label: &str, weights: &Weights, locale: &Locale) -> String {
    let mut parts = Vec::new();
    if weights.rank > 0 {
        parts.push(format!("{rank_label} ×{}", weights.rank));
    }
    for (id, w) in weights.signals.iter().filter(|(_, w)| *w > 0) {
        let label = signals
            .iter()
            .find(|s| &s.id == id)
            .map_or(id.as_str(), |s| s.label.as_str());
        parts.push(format!("{label} ×{w}"));
    }
    if parts.is_empty() {
        locale.text(words::WEIGHTS_NONE).to_owned()
    } else {
        parts.join(locale.text(words::LIST_SEPARATOR))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signals() -> Vec<SignalDef> {
        ["adoption", "quality"]
            .iter()
            .map(|id| SignalDef {
                id: (*id).to_owned(),
                label: format!("{}{}", id[..1].to_uppercase(), &id[1..]),
            })
            .collect()
    }

    fn artifact(name: &str, rank: u8, adoption: f64) -> Artifact {
        let plan = crate::catalog::Plan::Free;
        super::super::tests::artifact(name, rank, plan, &[("adoption", adoption)])
    }

    #[test]
    fn parse_ignores_junk_and_caps_values() {
        let w = Weights::parse("rank:0,adoption:9,nope:3,quality,quality:x", &signals());
        assert_eq!(w.rank, 0);
        assert_eq!(
            w.signals,
            vec![("adoption".into(), MAX_WEIGHT), ("quality".into(), 0)]
        );
        assert_eq!(w.encode(), "rank:0,adoption:5");
        assert_eq!(Weights::parse(&w.encode(), &signals()), w);
    }

    #[test]
    fn neutral_weights_add_nothing() {
        let (a, b) = (artifact("Alpha", 20, 1.0), artifact("Beta", 58, 0.0));
        let w = Weights::neutral(&signals());
        assert!(w.is_neutral());
        let mut custom = w.clone();
        custom.set("quality", 2);
        assert_eq!(custom.neutralized(), w);
        assert_eq!(
            weighted_verdict(&[&a, &b], &signals(), "Rank", &w, &Locale::default()),
            None
        );
    }

    #[test]
    fn a_heavy_signal_can_flip_the_lead() {
        let (a, b) = (artifact("Alpha", 20, 1.0), artifact("Beta", 60, 0.0));
        let mut w = Weights::neutral(&signals());
        w.set("adoption", 3);
        let scores = weighted_scores(&[&a, &b], &w).expect("weights are not all zero");
        // Alpha: (0.20 + 3 × 1.0) / 4 = 80; Beta: (0.60 + 0) / 4 = 15
        assert!((scores[0] - 80.0).abs() < 1e-9 && (scores[1] - 15.0).abs() < 1e-9);
        assert_eq!(
            weighted_verdict(&[&a, &b], &signals(), "Rank", &w, &Locale::default()).as_deref(),
            Some("With your weights (Rank ×1, Adoption ×3), Alpha leads at 80/100, ahead of Beta at 15/100.")
        );
    }

    #[test]
    fn ties_and_all_zero_are_said_plainly() {
        let (a, b) = (artifact("Alpha", 40, 0.5), artifact("Beta", 40, 0.5));
        let mut w = Weights::neutral(&signals());
        w.set("adoption", 1);
        assert_eq!(
            weighted_verdict(&[&a, &b], &signals(), "Rank", &w, &Locale::default()).as_deref(),
            Some("With your weights (Rank ×1, Adoption ×1), Alpha and Beta tie at 45/100.")
        );
        w.set("adoption", 0);
        w.set("rank", 0);
        let text = weighted_verdict(&[&a, &b], &signals(), "Rank", &w, &Locale::default())
            .expect("a sentence");
        assert!(
            text.starts_with("With every weight at zero nothing counts"),
            "{text}"
        );
    }
}
