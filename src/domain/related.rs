//! Related artifacts: others ranked by weighted Jaccard overlap of capability intents.
//!
//! Each intent weighs `ln(1 + N / df)`, so rare intents count more than ones every
//! artifact shares. An inverted index (intent → artifacts) means a query touches only
//! artifacts that share at least one intent, never the whole catalog.

use std::collections::HashMap;

use super::catalog::Catalog;
use super::sort;

/// One related artifact and why it is related.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    /// Position in `catalog.artifacts`.
    pub index: usize,
    /// Weighted Jaccard similarity in 0..=1.
    pub score: f64,
    /// The shared intents, heaviest first.
    pub shared: Vec<String>,
}

/// Intent postings and weights for one catalog.
#[derive(Clone, Debug, Default)]
pub struct RelatedIndex {
    intents: Vec<String>,
    weights: Vec<f64>,
    /// Per artifact: its distinct intent ids, sorted.
    artifact_intents: Vec<Vec<u32>>,
    /// Per artifact: the sum of its intent weights.
    artifact_weight: Vec<f64>,
    /// Per intent: the artifacts that have it.
    postings: Vec<Vec<u32>>,
    ranks: Vec<u8>,
}

impl RelatedIndex {
    pub fn build(catalog: &Catalog) -> Self {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut intents: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut artifact_intents = Vec::with_capacity(catalog.artifacts.len());
        for (artifact_index, artifact) in catalog.artifacts.iter().enumerate() {
            let mut own: Vec<u32> = Vec::new();
            for intent in artifact.capabilities.iter().flat_map(|c| c.intents.iter()) {
                let id = *ids.entry(intent.as_str()).or_insert_with(|| {
                    intents.push(intent.clone());
                    postings.push(Vec::new());
                    (intents.len() - 1) as u32
                });
                own.push(id);
            }
            own.sort_unstable();
            own.dedup();
            for &id in &own {
                postings[id as usize].push(artifact_index as u32);
            }
            artifact_intents.push(own);
        }
        let total = catalog.artifacts.len().max(1) as f64;
        let weights: Vec<f64> = postings
            .iter()
            .map(|posting| (1.0 + total / posting.len().max(1) as f64).ln())
            .collect();
        let artifact_weight = artifact_intents
            .iter()
            .map(|own: &Vec<u32>| own.iter().map(|&id| weights[id as usize]).sum())
            .collect();
        Self {
            intents,
            weights,
            artifact_intents,
            artifact_weight,
            postings,
            ranks: catalog.artifacts.iter().map(|a| a.rank).collect(),
        }
    }

    /// The `limit` artifacts most related to the one at `index`, best first.
    /// Ties go to the higher rank, then to catalog order.
    pub fn related(&self, index: usize, limit: usize) -> Vec<Related> {
        let Some(own) = self.artifact_intents.get(index) else {
            return Vec::new();
        };
        let mut shared_weight: HashMap<u32, f64> = HashMap::new();
        for &intent in own {
            let weight = self.weights[intent as usize];
            for &other in &self.postings[intent as usize] {
                if other as usize != index {
                    *shared_weight.entry(other).or_insert(0.0) += weight;
                }
            }
        }
        let own_weight = self.artifact_weight[index];
        let mut scored: Vec<(u32, f64)> = shared_weight
            .into_iter()
            .map(|(other, shared)| {
                let union = own_weight + self.artifact_weight[other as usize] - shared;
                (other, if union > 0.0 { shared / union } else { 0.0 })
            })
            .collect();
        sort::sort_by(&mut scored, |a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| self.ranks[b.0 as usize].cmp(&self.ranks[a.0 as usize]))
                .then_with(|| a.0.cmp(&b.0))
        });
        scored.truncate(limit);
        scored
            .into_iter()
            .map(|(other, score)| Related {
                index: other as usize,
                score,
                shared: self.shared_intents(index, other as usize),
            })
            .collect()
    }

    /// Intents both artifacts have, heaviest (rarest) first.
    pub fn shared_intents(&self, a: usize, b: usize) -> Vec<String> {
        let (Some(left), Some(right)) =
            (self.artifact_intents.get(a), self.artifact_intents.get(b))
        else {
            return Vec::new();
        };
        let mut shared: Vec<u32> = left
            .iter()
            .filter(|id| right.binary_search(id).is_ok())
            .copied()
            .collect();
        sort::sort_by(&mut shared, |x, y| {
            self.weights[*y as usize]
                .total_cmp(&self.weights[*x as usize])
                .then_with(|| self.intents[*x as usize].cmp(&self.intents[*y as usize]))
        });
        shared
            .into_iter()
            .map(|id| self.intents[id as usize].clone())
            .collect()
    }
}

/// `image-captioning` → `image captioning`, for display.
pub fn intent_label(intent: &str) -> String {
    intent.replace(['-', '_'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_catalog;

    fn catalog(intents: &[&[&str]]) -> Catalog {
        let artifacts: Vec<String> = intents
            .iter()
            .enumerate()
            .map(|(i, tags)| {
                let tags: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
                format!(
                    r#"{{"id":"a{i}","name":"A{i}","kind":"Tool","rank":{rank},"pricing":{{"plan":"free"}},
                    "capabilities":[{{"title":"t","description":"d","intents":[{}]}}]}}"#,
                    tags.join(","),
                    rank = 10 + i
                )
            })
            .collect();
        let text = format!(
            r#"{{"format":"versus-catalog/1","brand":{{"name":"B"}},"artifacts":[{}]}}"#,
            artifacts.join(",")
        );
        parse_catalog(&text).expect("valid").catalog
    }

    #[test]
    fn rare_shared_intents_outweigh_common_ones() {
        // a0 shares the rare "x" with a1 and the common "c" with everyone.
        let c = catalog(&[&["x", "c"], &["x", "c", "y"], &["c", "y"], &["c"]]);
        let index = RelatedIndex::build(&c);
        let related = index.related(0, 10);
        let order: Vec<usize> = related.iter().map(|r| r.index).collect();
        assert_eq!(order, [1, 3, 2]);
        assert_eq!(related[0].shared, ["x", "c"]);
    }

    #[test]
    fn identical_intent_sets_score_one_and_disjoint_ones_are_absent() {
        let c = catalog(&[&["p", "q"], &["p", "q"], &["z"]]);
        let related = RelatedIndex::build(&c).related(0, 10);
        assert_eq!(related.len(), 1);
        assert!((related[0].score - 1.0).abs() < 1e-12);
    }

    #[test]
    fn ties_go_to_the_higher_rank_and_limit_applies() {
        let c = catalog(&[&["p"], &["p"], &["p"], &["p"]]);
        let related = RelatedIndex::build(&c).related(0, 2);
        let order: Vec<usize> = related.iter().map(|r| r.index).collect();
        assert_eq!(order, [3, 2]);
        assert!(RelatedIndex::build(&c).related(99, 2).is_empty());
    }

    #[test]
    fn intent_labels_read_as_words() {
        assert_eq!(intent_label("image-captioning"), "image captioning");
    }
}
