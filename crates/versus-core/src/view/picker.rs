//! The compare page's "Add to comparison" picker: which artifacts it lists. A catalog of a
//! hundred thousand is cut to the best-ranked matches of a filter, and only those are
//! named: building a name and an id string for every candidate on every render (each
//! slider move re-renders the page) cost more than the rest of the page.

use crate::case::to_lowercase;
use crate::catalog::display_name;
use crate::sort;

/// An artifact the picker could add.
#[derive(Clone, Copy, Debug)]
pub struct PickerCandidate<'a> {
    pub id: &'a str,
    pub vendor: Option<&'a str>,
    pub name: &'a str,
    pub rank: u8,
}

/// What the picker shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PickerView {
    /// `(id, display name)`, in catalog order, or best rank first when cut.
    pub options: Vec<(String, String)>,
    /// How many candidates there are before filtering.
    pub candidates: usize,
    /// More match the filter than are shown.
    pub cut: bool,
}

/// The options for `candidates` matching `needle` (lower case; empty matches all): all of
/// them if there are at most `shown`, else the `shown` best-ranked (ties in catalog order).
pub fn picker_view(candidates: &[PickerCandidate], needle: &str, shown: usize) -> PickerView {
    let name = |c: &PickerCandidate| display_name(c.vendor, c.name);
    let mut matching: Vec<usize> = (0..candidates.len())
        .filter(|&i| {
            let c = &candidates[i];
            needle.is_empty() || c.id.contains(needle) || to_lowercase(&name(c)).contains(needle)
        })
        .collect();
    let cut = matching.len() > shown;
    if cut {
        sort::sort_by(&mut matching, |&a, &b| {
            candidates[b].rank.cmp(&candidates[a].rank)
        });
        matching.truncate(shown);
    }
    PickerView {
        options: matching
            .iter()
            .map(|&i| (candidates[i].id.to_owned(), name(&candidates[i])))
            .collect(),
        candidates: candidates.len(),
        cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: &'static str, rank: u8) -> PickerCandidate<'static> {
        PickerCandidate {
            id,
            vendor: Some("Acme"),
            name: id,
            rank,
        }
    }

    #[test]
    fn a_short_list_is_shown_whole_in_catalog_order() {
        let all = [candidate("b", 10), candidate("a", 90)];
        let view = picker_view(&all, "", 5);
        assert_eq!(
            view.options,
            [
                ("b".to_owned(), "Acme: b".to_owned()),
                ("a".to_owned(), "Acme: a".to_owned())
            ]
        );
        assert!(!view.cut);
        assert_eq!(view.candidates, 2);
    }

    #[test]
    fn a_long_list_keeps_the_best_ranked_ties_in_catalog_order() {
        let all = [
            candidate("low", 1),
            candidate("tie-1", 50),
            candidate("top", 99),
            candidate("tie-2", 50),
        ];
        let view = picker_view(&all, "", 3);
        let ids: Vec<&str> = view.options.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["top", "tie-1", "tie-2"]);
        assert!(view.cut);
    }

    #[test]
    fn the_filter_matches_ids_and_display_names_in_lower_case() {
        let all = [candidate("gpt-5", 80), candidate("flux", 70)];
        assert_eq!(picker_view(&all, "acme: fl", 5).options.len(), 1);
        assert_eq!(picker_view(&all, "gpt", 5).options[0].0, "gpt-5");
        assert!(picker_view(&all, "nothing", 5).options.is_empty());
        assert_eq!(picker_view(&all, "nothing", 5).candidates, 2);
    }
}
