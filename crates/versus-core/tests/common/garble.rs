//! Text garbling for the property tests: a valid text with a few edits (cut short, garbage
//! put in or around it, a run replaced or taken out), always on char boundaries so the
//! result stays a `str`. Each test brings the garbage that matters to what it tests.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;

/// The case count of a property test: `PROPTEST_CASES` raises it for a long local run.
pub fn cases(default: u32) -> ProptestConfig {
    ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|cases| cases.parse().ok())
            .unwrap_or(default),
    )
}

/// One way to garble a text; positions pick a byte, moved back to a char boundary.
#[derive(Clone, Debug)]
pub enum Edit {
    Truncate(Index),
    Insert(Index, String),
    /// Up to `usize` bytes at the position replaced by the text.
    Replace(Index, usize, String),
    Delete(Index, usize),
    /// Before the text (`true`) or after it.
    Around(bool, String),
}

/// Any edit, with `garbage` as what is put in; runs replaced or taken out are at most
/// `longest` bytes.
pub fn edit(
    garbage: impl Strategy<Value = String> + Clone + 'static,
    longest: usize,
) -> impl Strategy<Value = Edit> {
    let at = any::<Index>();
    prop_oneof![
        at.clone().prop_map(Edit::Truncate),
        (at.clone(), garbage.clone()).prop_map(|(at, text)| Edit::Insert(at, text)),
        (at.clone(), 1..=longest, garbage.clone())
            .prop_map(|(at, n, text)| Edit::Replace(at, n, text)),
        (at, 1..=longest).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<bool>(), garbage).prop_map(|(before, text)| Edit::Around(before, text)),
    ]
}

/// The char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` with `edit` applied.
pub fn apply(text: &str, edit: &Edit) -> String {
    let at = |index: &Index| floor_boundary(text, index.index(text.len() + 1));
    let splice = |start: usize, end: usize, middle: &str| {
        let end = floor_boundary(text, end).max(start);
        format!("{}{middle}{}", &text[..start], &text[end..])
    };
    match edit {
        Edit::Truncate(index) => text[..at(index)].to_owned(),
        Edit::Insert(index, garbage) => splice(at(index), at(index), garbage),
        Edit::Replace(index, n, garbage) => splice(at(index), at(index) + n, garbage),
        Edit::Delete(index, n) => splice(at(index), at(index) + n, ""),
        Edit::Around(true, garbage) => format!("{garbage}{text}"),
        Edit::Around(false, garbage) => format!("{text}{garbage}"),
    }
}

/// `text` with every edit applied in turn.
pub fn apply_all(text: String, edits: &[Edit]) -> String {
    edits.iter().fold(text, |text, edit| apply(&text, edit))
}
