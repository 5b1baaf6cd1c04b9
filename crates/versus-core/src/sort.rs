//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the closure, so every call site used to
//! carry its own copy of the standard library's sort (about 3 KB of wasm each). Here the
//! standard sort runs once, over indices, behind a `dyn` comparator; each call site keeps
//! only a small generic wrapper. The result is the same as `sort_by`: stable, same order.

use std::cmp::Ordering;

/// Sorts `items` like `items.sort_by(compare)` (stable).
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `order` is a permutation, so every slot is taken exactly once.
    items.extend(order.iter().filter_map(|&index| slots[index].take()));
}

/// Sorts `items` like `items.sort_by_key(key)` (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts indices by `compare` (stable): the one instance of the standard sort.
#[inline(never)]
pub fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    #[allow(clippy::disallowed_methods, reason = "the one instance of std's sort")]
    order.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_std_sort_by(items in proptest::collection::vec((0u8..4, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            super::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            // The comparator form the call sites use, on purpose.
            #[allow(clippy::unnecessary_sort_by)]
            theirs.sort_by(|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn same_as_std_sort_by_key(items in proptest::collection::vec(any::<(u8, String)>(), 0..40)) {
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |item| item.0 % 5);
            let mut theirs = items;
            theirs.sort_by_key(|item| item.0 % 5);
            prop_assert_eq!(ours, theirs);
        }
    }
}
