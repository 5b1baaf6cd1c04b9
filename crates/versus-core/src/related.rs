//! Related artifacts: others ranked by weighted Jaccard overlap of capability intents.
//!
//! Each intent weighs `ln(1 + N / df)`, so rare intents count more than ones every
//! artifact shares. An inverted index (intent → artifacts) means a query touches only
//! artifacts that share at least one intent, never the whole catalog.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

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
        // Shared weight per artifact, accumulated in a dense array: one pass over the
        // postings of this artifact's intents, no hashing.
        let mut shared_weight = vec![0.0f64; self.artifact_weight.len()];
        let mut touched: Vec<u32> = Vec::new();
        for &intent in own {
            let weight = self.weights[intent as usize];
            for &other in &self.postings[intent as usize] {
                let slot = &mut shared_weight[other as usize];
                if *slot == 0.0 {
                    touched.push(other);
                }
                *slot += weight;
            }
        }
        let own_weight = self.artifact_weight[index];
        let scored: Vec<(u32, f64)> = touched
            .into_iter()
            .filter(|&other| other as usize != index)
            .map(|other| {
                let shared = shared_weight[other as usize];
                let union = own_weight + self.artifact_weight[other as usize] - shared;
                (other, if union > 0.0 { shared / union } else { 0.0 })
            })
            .collect();
        self.best(index, scored, limit)
    }

    /// The `limit` best of `scored`, best first, with what each shares with `index`.
    fn best(&self, index: usize, mut scored: Vec<(u32, f64)>, limit: usize) -> Vec<Related> {
        let order = |a: &(u32, f64), b: &(u32, f64)| {
            b.1.total_cmp(&a.1)
                .then_with(|| self.ranks[b.0 as usize].cmp(&self.ranks[a.0 as usize]))
                .then_with(|| a.0.cmp(&b.0))
        };
        let best = if limit <= TOP_KEPT_BY_INSERTION && limit < scored.len() {
            top_by_insertion(scored, limit, order)
        } else {
            sort::sort_by(&mut scored, order);
            scored.truncate(limit);
            scored
        };
        best.into_iter()
            .map(|(other, score)| Related {
                index: other as usize,
                score,
                shared: self.shared_intents(index, other as usize),
            })
            .collect()
    }

    /// `related`, looking at no more than `max_candidates` artifacts: those found first
    /// in the postings of this artifact's rarest intents. Each candidate is scored exactly
    /// by intersecting intent lists, so the cost is bounded by `max_candidates` whatever
    /// the catalog size. When no more than `max_candidates` artifacts share an intent with
    /// this one, the result is exactly `related(index, limit)`.
    pub fn related_bounded(
        &self,
        index: usize,
        limit: usize,
        max_candidates: usize,
    ) -> Vec<Related> {
        let Some(own) = self.artifact_intents.get(index) else {
            return Vec::new();
        };
        let mut rarest_first = own.clone();
        #[allow(
            clippy::disallowed_methods,
            reason = "only the native shard writer calls this; the wasm never links it"
        )]
        rarest_first.sort_by_key(|&intent| self.postings[intent as usize].len());
        let mut admitted: HashSet<u32, BuildHasherDefault<U32Hasher>> = HashSet::default();
        'scan: for &intent in &rarest_first {
            for &other in &self.postings[intent as usize] {
                if admitted.len() >= max_candidates {
                    break 'scan;
                }
                if other as usize != index {
                    admitted.insert(other);
                }
            }
        }
        // Which intents this artifact has, for a constant-time check per candidate intent.
        let mut mine = vec![false; self.intents.len()];
        for &intent in own {
            mine[intent as usize] = true;
        }
        let own_weight = self.artifact_weight[index];
        let scored: Vec<(u32, f64)> = admitted
            .into_iter()
            .map(|other| {
                // Both intent lists are sorted, so this sums the shared weights in the
                // order `related` does, and the floats come out identical.
                let shared: f64 = self.artifact_intents[other as usize]
                    .iter()
                    .filter(|&&intent| mine[intent as usize])
                    .map(|&intent| self.weights[intent as usize])
                    .sum();
                let union = own_weight + self.artifact_weight[other as usize] - shared;
                (other, if union > 0.0 { shared / union } else { 0.0 })
            })
            .collect();
        self.best(index, scored, limit)
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

/// A hasher for artifact positions: one multiply instead of SipHash, for the candidate set
/// of `related_bounded` (positions are not attacker-chosen keys).
#[derive(Default)]
struct U32Hasher(u64);

impl Hasher for U32Hasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = u64::from(value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// `image-captioning` → `image captioning`, for display.
pub fn intent_label(intent: &str) -> String {
    intent.replace(['-', '_'], " ")
}

/// Up to this many best, `best` keeps them by insertion rather than sorting everything.
const TOP_KEPT_BY_INSERTION: usize = 64;

/// The `limit` first of `items` under the total order `order`, in that order. Once `limit`
/// are kept, most candidates cost one comparison with the worst kept; a better one is
/// inserted in place (at most `limit` moves). Linear in `items` for a small `limit`, and
/// no separate selection algorithm in the wasm.
fn top_by_insertion<T>(
    items: Vec<T>,
    limit: usize,
    mut order: impl FnMut(&T, &T) -> Ordering,
) -> Vec<T> {
    let mut kept: Vec<T> = Vec::with_capacity(limit + 1);
    for item in items {
        let beats_worst = kept
            .last()
            .is_none_or(|worst| order(&item, worst) == Ordering::Less);
        if kept.len() == limit && !beats_worst {
            continue;
        }
        let at = kept.partition_point(|k| order(k, &item) != Ordering::Greater);
        kept.insert(at, item);
        kept.truncate(limit);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_catalog;

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
    fn top_k_equals_scoring_every_artifact() {
        // 60 artifacts over 7 intents, so ties and near-ties abound.
        let mut state = 12345u32;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let vocabulary = ["a", "b", "c", "d", "e", "f", "g"];
        let sets: Vec<Vec<&str>> = (0..60)
            .map(|_| {
                let mut set: Vec<&str> = vocabulary
                    .iter()
                    .filter(|_| next() % 3 == 0)
                    .copied()
                    .collect();
                if set.is_empty() {
                    set.push("g");
                }
                set
            })
            .collect();
        let refs: Vec<&[&str]> = sets.iter().map(Vec::as_slice).collect();
        let c = catalog(&refs);
        let index = RelatedIndex::build(&c);
        for target in 0..c.artifacts.len() {
            let mut every: Vec<(usize, f64)> = (0..c.artifacts.len())
                .filter(|&other| other != target)
                .filter_map(|other| {
                    // Summed in the index's own order, so equal sets give equal floats.
                    let shared: f64 = index.artifact_intents[target]
                        .iter()
                        .filter(|id| index.artifact_intents[other].contains(id))
                        .map(|&id| index.weights[id as usize])
                        .sum();
                    (shared > 0.0).then(|| {
                        let union =
                            index.artifact_weight[target] + index.artifact_weight[other] - shared;
                        (other, shared / union)
                    })
                })
                .collect();
            every.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| c.artifacts[b.0].rank.cmp(&c.artifacts[a.0].rank))
                    .then_with(|| a.0.cmp(&b.0))
            });
            for limit in [1, 5, 100] {
                let got: Vec<usize> = index
                    .related(target, limit)
                    .iter()
                    .map(|r| r.index)
                    .collect();
                let want: Vec<usize> = every.iter().take(limit).map(|e| e.0).collect();
                assert_eq!(got, want, "artifact {target}, limit {limit}");
            }
        }
    }

    #[test]
    fn bounded_related_looks_at_no_more_candidates_than_allowed() {
        // a0's rarest intent "x" is shared by a1 and a2 only; with room for two
        // candidates, the common "c" (a3, a4) is never scanned.
        let c = catalog(&[&["x", "c"], &["x", "c"], &["x"], &["c"], &["c"]]);
        let index = RelatedIndex::build(&c);
        let bounded: Vec<usize> = index
            .related_bounded(0, 10, 2)
            .iter()
            .map(|r| r.index)
            .collect();
        assert_eq!(bounded, [1, 2]);
        let every: Vec<usize> = index.related(0, 10).iter().map(|r| r.index).collect();
        assert_eq!(every, [1, 2, 4, 3]);
    }

    #[test]
    fn intent_labels_read_as_words() {
        assert_eq!(intent_label("image-captioning"), "image captioning");
    }

    proptest::proptest! {
        #[test]
        fn top_by_insertion_keeps_what_a_stable_sort_puts_first(
            items in proptest::collection::vec(0u8..6, 0..80),
            limit in 0usize..12,
        ) {
            // Few distinct keys: ties are common, and stability decides among them.
            let tagged: Vec<(u8, usize)> = items.into_iter().zip(0..).collect();
            let order = |a: &(u8, usize), b: &(u8, usize)| b.0.cmp(&a.0);
            let mut sorted = tagged.clone();
            sort::sort_by(&mut sorted, order);
            sorted.truncate(limit);
            proptest::prop_assert_eq!(top_by_insertion(tagged, limit, order), sorted);
        }
    }
}
