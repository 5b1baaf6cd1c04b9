//! What compared artifacts have in common and what only one of them offers, by the intents
//! of their capabilities.

use crate::catalog::Artifact;
use crate::related::intent_label;

#[derive(Clone, Debug, PartialEq)]
pub struct OverlapView {
    /// Intents every compared artifact covers.
    pub shared: Vec<String>,
    /// Per artifact (column order): intents no other compared artifact covers.
    pub unique: Vec<(String, Vec<String>)>,
}

/// Distinct intents of an artifact, in the order its capabilities list them.
pub fn intents_of(artifact: &Artifact) -> Vec<&str> {
    let mut intents: Vec<&str> = Vec::new();
    for intent in artifact.capabilities.iter().flat_map(|c| c.intents.iter()) {
        if !intents.contains(&intent.as_str()) {
            intents.push(intent);
        }
    }
    intents
}

pub fn overlap(artifacts: &[&Artifact]) -> OverlapView {
    let sets: Vec<Vec<&str>> = artifacts.iter().map(|a| intents_of(a)).collect();
    let shared = sets
        .first()
        .map(|first| {
            first
                .iter()
                .filter(|intent| sets.iter().all(|set| set.contains(intent)))
                .map(|intent| intent_label(intent))
                .collect()
        })
        .unwrap_or_default();
    let unique = artifacts
        .iter()
        .enumerate()
        .map(|(index, artifact)| {
            let own = sets[index]
                .iter()
                .filter(|intent| {
                    sets.iter()
                        .enumerate()
                        .all(|(other, set)| other == index || !set.contains(intent))
                })
                .map(|intent| intent_label(intent))
                .collect();
            (artifact.name.clone(), own)
        })
        .collect();
    OverlapView { shared, unique }
}

/// What switching from `from` to `to` gains and loses, by intent (readable labels).
pub fn gain_and_loss(from: &Artifact, to: &Artifact) -> (Vec<String>, Vec<String>) {
    let (mine, theirs) = (intents_of(from), intents_of(to));
    let gain = theirs
        .iter()
        .filter(|i| !mine.contains(i))
        .map(|i| intent_label(i))
        .collect();
    let loss = mine
        .iter()
        .filter(|i| !theirs.contains(i))
        .map(|i| intent_label(i))
        .collect();
    (gain, loss)
}
