//! View models: what the pages show, with every string already formatted.
//!
//! The UI renders these and decides nothing; tests assert on them natively.

mod artifact_page;
mod compare;

pub use artifact_page::{artifact_view, ArtifactView, LinkedArtifact, RelatedView};
pub use compare::{
    compare_view, search_href, select, selection_problem, Cell, ColumnHead, CompareView, Selection,
    SideCapabilities, TableRow,
};

use super::catalog::{Artifact, Capability};

/// One capability as shown on cards and artifact pages.
#[derive(Clone, Debug, PartialEq)]
pub struct CapabilityView {
    pub title: String,
    pub confidence: Option<&'static str>,
    pub description: String,
    pub unique: Option<String>,
    pub versus: Option<String>,
}

impl From<&Capability> for CapabilityView {
    fn from(capability: &Capability) -> Self {
        Self {
            title: capitalize(&capability.title),
            confidence: capability.confidence.map(|c| c.label()),
            description: capability.description.clone(),
            unique: capability.unique.clone(),
            versus: capability.versus.clone(),
        }
    }
}

/// `+N more capabilities` for `hidden` capabilities not listed.
pub fn more_label(hidden: u32) -> Option<String> {
    match hidden {
        0 => None,
        1 => Some("+1 more capability".to_owned()),
        n => Some(format!("+{n} more capabilities")),
    }
}

/// `5 decomposed`.
pub fn capability_total(artifact: &Artifact) -> String {
    format!("{} decomposed", artifact.total_capabilities())
}

/// Upper-cases the first letter (seed titles are lower case).
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
