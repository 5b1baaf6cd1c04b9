//! The static site's plan (`versus_core::site`): which pages exist, and that the rule the
//! browser's links use (`has_compare_page`) agrees with it for every pair.

mod common;

use std::collections::HashSet;

use versus_core::related::RelatedIndex;
use versus_core::site::{has_compare_page, plan, SitePage, DEFAULT_RELATED};

fn compared(pages: &[SitePage]) -> HashSet<Vec<String>> {
    pages
        .iter()
        .filter_map(|page| match page {
            SitePage::Compare(ids) => Some(ids.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_plan_has_home_artifacts_comparisons_and_404_once_each() {
    for path in [
        "data/catalog.json",
        "tests/fixtures/velo-de.json",
        "tests/fixtures/minimal.json",
    ] {
        let catalog = common::parse(path)
            .unwrap_or_else(|_| panic!("{path}"))
            .catalog;
        let index = RelatedIndex::build(&catalog);
        let pages = plan(&catalog, &index, DEFAULT_RELATED);
        assert_eq!(pages.first(), Some(&SitePage::Home), "{path}");
        assert_eq!(pages.last(), Some(&SitePage::NotFound), "{path}");
        let unique: HashSet<&SitePage> = pages.iter().collect();
        assert_eq!(unique.len(), pages.len(), "{path}: a page twice");
        let files: HashSet<String> = pages.iter().map(SitePage::file).collect();
        assert_eq!(files.len(), pages.len(), "{path}: two pages, one file");
        for artifact in &catalog.artifacts {
            assert!(
                pages.contains(&SitePage::Artifact(artifact.id.clone())),
                "{path}"
            );
        }
        for ids in compared(&pages) {
            assert!((2..=4).contains(&ids.len()));
            assert!(ids.iter().all(|id| catalog.get(id).is_some()), "{ids:?}");
            assert!(ids[0] != ids[1], "{ids:?}");
        }
    }
}

#[test]
fn links_and_pages_agree_on_every_pair() {
    let catalog = common::default_catalog();
    let index = RelatedIndex::build(&catalog);
    for related in [0, 1, DEFAULT_RELATED] {
        let pages = compared(&plan(&catalog, &index, related));
        for a in &catalog.artifacts {
            for b in &catalog.artifacts {
                let ids = vec![a.id.clone(), b.id.clone()];
                assert_eq!(
                    has_compare_page(&catalog, &index, &ids, related),
                    pages.contains(&ids),
                    "{ids:?} with {related} related"
                );
            }
        }
        for featured in &catalog.featured {
            assert!(
                has_compare_page(&catalog, &index, featured, related),
                "{featured:?}"
            );
        }
    }
}

#[test]
fn more_related_means_more_pages_and_none_lost() {
    let catalog = common::default_catalog();
    let index = RelatedIndex::build(&catalog);
    let none = compared(&plan(&catalog, &index, 0));
    let some = compared(&plan(&catalog, &index, DEFAULT_RELATED));
    assert!(none.is_subset(&some));
    assert!(some.len() > none.len(), "{} vs {}", some.len(), none.len());
    // With no related pages, what is left is the featured comparisons and alternatives.
    for ids in &none {
        let first = catalog.get(&ids[0]).unwrap();
        assert!(
            catalog.featured.contains(ids) || first.alternatives.contains(&ids[1]),
            "{ids:?}"
        );
    }
}
