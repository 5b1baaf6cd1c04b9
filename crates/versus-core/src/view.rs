//! View models: what the pages show, with every string already formatted.
//!
//! The UI renders these and decides nothing; tests assert on them natively.

mod artifact_page;
mod chart;
mod compare;
mod overlap;
mod picker;

pub use artifact_page::{
    artifact_view, ArtifactView, LinkedArtifact, RelatedView, SpecLine, RELATED_SHOWN,
};
pub use chart::{score_chart, Bar, ChartRow};
pub use compare::{
    compare_view, search_href, select, selection_problem, Cell, ColumnHead, CompareView, Selection,
    SideCapabilities, SourceNote, TableRow,
};
pub use overlap::{gain_and_loss, intents_of, overlap, OverlapView};
pub use picker::{picker_view, PickerCandidate, PickerView};

use super::catalog::{Artifact, Capability};
use super::format::Locale;
use super::messages::page::CAPABILITIES_TOTAL;
use super::messages::site::MORE_CAPABILITIES;

/// One capability as shown on cards and artifact pages.
#[derive(Clone, Debug, PartialEq)]
pub struct CapabilityView {
    pub title: String,
    pub confidence: Option<String>,
    pub description: String,
    pub unique: Option<String>,
    pub versus: Option<String>,
}

impl CapabilityView {
    pub fn new(capability: &Capability, locale: &Locale) -> Self {
        Self {
            title: capitalize(&capability.title),
            confidence: capability
                .confidence
                .map(|c| locale.text(c.label()).to_owned()),
            description: capability.description.clone(),
            unique: capability.unique.clone(),
            versus: capability.versus.clone(),
        }
    }
}

/// An artifact's capability list: every listed capability, how many show before the
/// reader expands it, and how many were decomposed but not listed in the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct CapabilityListView {
    pub items: Vec<CapabilityView>,
    pub shown: usize,
    pub unlisted: u32,
}

impl CapabilityListView {
    pub fn of(artifact: &Artifact, locale: &Locale) -> Self {
        let items: Vec<CapabilityView> = artifact
            .capabilities
            .iter()
            .map(|capability| CapabilityView::new(capability, locale))
            .collect();
        Self {
            shown: items.len(),
            items,
            unlisted: artifact.hidden_capabilities(),
        }
    }

    /// Shows at most `max` before expanding; never grows.
    pub fn limit(&mut self, max: usize) {
        self.shown = self.shown.min(max);
    }

    /// True when some listed capabilities wait behind "+N more".
    pub fn expandable(&self) -> bool {
        self.shown < self.items.len()
    }

    /// The capabilities on screen.
    pub fn visible(&self, expanded: bool) -> &[CapabilityView] {
        if expanded {
            &self.items
        } else {
            &self.items[..self.shown.min(self.items.len())]
        }
    }

    /// `+N more capabilities`: everything not on screen, listed or not.
    pub fn more(&self, expanded: bool, locale: &Locale) -> Option<String> {
        let folded = if expanded {
            0
        } else {
            self.items.len().saturating_sub(self.shown)
        };
        more_label(self.unlisted + folded as u32, locale)
    }
}

/// `+N more capabilities` for `hidden` capabilities not listed.
pub fn more_label(hidden: u32, locale: &Locale) -> Option<String> {
    (hidden > 0).then(|| locale.count(MORE_CAPABILITIES, u64::from(hidden), &[]))
}

/// `5 decomposed`.
pub fn capability_total(artifact: &Artifact, locale: &Locale) -> String {
    let total = artifact.total_capabilities();
    locale.count(CAPABILITIES_TOTAL, u64::from(total), &[])
}

/// Upper-cases the first letter (seed titles are lower case).
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let mut out = String::with_capacity(text.len() + 4);
            super::case::push_uppercase(first, &mut out);
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}
