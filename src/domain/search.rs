//! Browsing the catalog: search by name, filter by kind and category.

use super::catalog::{Artifact, Catalog};

/// What the reader typed and picked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub kind: Option<String>,
    pub category: Option<String>,
}

/// Positions of matching artifacts: best text match first, then higher rank.
pub fn search(catalog: &Catalog, query: &Query) -> Vec<usize> {
    let needle = query.text.trim().to_lowercase();
    let mut hits: Vec<(u8, u8, usize)> = catalog
        .artifacts
        .iter()
        .enumerate()
        .filter(|(_, a)| query.kind.as_deref().is_none_or(|kind| a.kind == kind))
        .filter(|(_, a)| {
            query
                .category
                .as_deref()
                .is_none_or(|category| a.categories.iter().any(|c| c == category))
        })
        .filter_map(|(index, a)| match_quality(a, &needle).map(|q| (q, a.rank, index)))
        .collect();
    hits.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    hits.into_iter().map(|(_, _, index)| index).collect()
}

/// 0 = name starts with the text, 1 = name or vendor contains it, 2 = elsewhere; `None` = no match.
fn match_quality(artifact: &Artifact, needle: &str) -> Option<u8> {
    if needle.is_empty() {
        return Some(0);
    }
    let name = artifact.name.to_lowercase();
    if name.starts_with(needle) || artifact.id.starts_with(needle) {
        return Some(0);
    }
    let vendor = artifact.vendor.as_deref().unwrap_or("").to_lowercase();
    if name.contains(needle)
        || vendor.contains(needle)
        || artifact.display_name().to_lowercase().contains(needle)
    {
        return Some(1);
    }
    let elsewhere = [
        artifact.kind.as_str(),
        artifact.summary.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .chain(artifact.categories.iter().map(String::as_str))
    .any(|text| text.to_lowercase().contains(needle));
    elsewhere.then_some(2)
}
