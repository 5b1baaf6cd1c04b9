//! Related artifacts: others ranked by weighted Jaccard overlap of capability intents.
//!
//! Each intent weighs `ln(1 + N / df)`, so rare intents count more than ones every
//! artifact shares. An inverted index (intent → artifacts) means a query touches only
//! artifacts that share at least one intent, never the whole catalog.

use std::collections::HashMap;

use super::catalog::Catalog;

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
        scored.sort_by(|a, b| {
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
        shared.sort_by(|x, y| {
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
