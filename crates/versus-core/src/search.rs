//! Browsing the catalog: search by name, filter by kind and category.

use super::case::to_lowercase;
use super::catalog::{Artifact, Catalog};
use super::shard::ListEntry;
use super::sort;

/// What the reader typed and picked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub kind: Option<String>,
    pub category: Option<String>,
}

/// What search and the filters look at; artifacts and sharded list entries both have it.
pub trait Searchable {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
    fn vendor(&self) -> Option<&str>;
    fn kind(&self) -> &str;
    fn rank(&self) -> u8;
    fn summary(&self) -> Option<&str>;
    fn categories(&self) -> &[String];
}

macro_rules! searchable {
    ($type:ty) => {
        impl Searchable for $type {
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
            fn vendor(&self) -> Option<&str> {
                self.vendor.as_deref()
            }
            fn kind(&self) -> &str {
                &self.kind
            }
            fn rank(&self) -> u8 {
                self.rank
            }
            fn summary(&self) -> Option<&str> {
                self.summary.as_deref()
            }
            fn categories(&self) -> &[String] {
                &self.categories
            }
        }
    };
}

searchable!(Artifact);
searchable!(ListEntry);

/// Positions of matching artifacts: best text match first, then higher rank.
pub fn search(catalog: &Catalog, query: &Query) -> Vec<usize> {
    search_in(&catalog.artifacts, query)
}

/// Positions of matching items: best text match first, then higher rank.
pub fn search_in<T: Searchable>(items: &[T], query: &Query) -> Vec<usize> {
    let needle = to_lowercase(query.text.trim());
    let mut hits: Vec<(u8, u8, usize)> = items
        .iter()
        .enumerate()
        .filter(|(_, a)| query.kind.as_deref().is_none_or(|kind| a.kind() == kind))
        .filter(|(_, a)| {
            query
                .category
                .as_deref()
                .is_none_or(|category| a.categories().iter().any(|c| c == category))
        })
        .filter_map(|(index, a)| match_quality(a, &needle).map(|q| (q, a.rank(), index)))
        .collect();
    sort::sort_by(&mut hits, |x, y| {
        x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2))
    });
    hits.into_iter().map(|(_, _, index)| index).collect()
}

/// 0 = name starts with the text, 1 = name or vendor contains it, 2 = elsewhere; `None` = no match.
fn match_quality<T: Searchable>(item: &T, needle: &str) -> Option<u8> {
    if needle.is_empty() {
        return Some(0);
    }
    let name = to_lowercase(item.name());
    if name.starts_with(needle) || item.id().starts_with(needle) {
        return Some(0);
    }
    let vendor = to_lowercase(item.vendor().unwrap_or(""));
    let display = format!("{vendor}: {name}");
    if name.contains(needle) || vendor.contains(needle) || display.contains(needle) {
        return Some(1);
    }
    let elsewhere = [item.kind(), item.summary().unwrap_or("")]
        .into_iter()
        .chain(item.categories().iter().map(String::as_str))
        .any(|text| to_lowercase(text).contains(needle));
    elsewhere.then_some(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_catalog;

    fn catalog() -> Catalog {
        let text = r#"{"format":"versus-catalog/1","brand":{"name":"B"},"artifacts":[
            {"id":"qwen-vl","name":"Qwen VL","vendor":"Qwen","kind":"Model","rank":30,"pricing":{"plan":"paid"},"capabilities":[],"categories":["Vision"]},
            {"id":"glm","name":"GLM 4.6V","vendor":"Z.ai","kind":"Model","rank":40,"pricing":{"plan":"paid"},"capabilities":[],"summary":"Beats Qwen on layouts"},
            {"id":"course","name":"Multimodal ML","kind":"Course","rank":50,"pricing":{"plan":"free"},"capabilities":[],"categories":["Vision","Education"]}
        ]}"#;
        parse_catalog(text).expect("valid").catalog
    }

    fn ids(c: &Catalog, hits: Vec<usize>) -> Vec<String> {
        hits.into_iter()
            .map(|i| c.artifacts[i].id.clone())
            .collect()
    }

    #[test]
    fn name_matches_rank_above_summary_matches() {
        let c = catalog();
        let query = Query {
            text: "QWEN".into(),
            ..Query::default()
        };
        assert_eq!(ids(&c, search(&c, &query)), ["qwen-vl", "glm"]);
    }

    #[test]
    fn empty_query_lists_everything_by_rank() {
        let c = catalog();
        assert_eq!(
            ids(&c, search(&c, &Query::default())),
            ["course", "glm", "qwen-vl"]
        );
    }

    #[test]
    fn filters_by_kind_and_category() {
        let c = catalog();
        let by_kind = Query {
            kind: Some("Course".into()),
            ..Query::default()
        };
        assert_eq!(ids(&c, search(&c, &by_kind)), ["course"]);
        let by_category = Query {
            category: Some("Vision".into()),
            ..Query::default()
        };
        assert_eq!(ids(&c, search(&c, &by_category)), ["course", "qwen-vl"]);
        assert_eq!(c.kinds(), ["Model", "Course"]);
        assert_eq!(c.categories(), ["Vision", "Education"]);
    }
}
