//! Unicode lower- and upper-casing with the same results as `str::to_lowercase` and
//! `char::to_uppercase`, from compact tables that `build.rs` derives from those very
//! functions. The standard library's own tables cost about 24 KB of wasm; these about a third.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// Same as `text.to_lowercase()`, including the final sigma rule (`ΟΔΟΣ` → `οδος`).
pub fn to_lowercase(text: &str) -> String {
    // Catalog ids, intents and names are mostly ASCII: one bulk pass instead of a
    // character at a time.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (index, c) in text.char_indices() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == 'Σ' {
            out.push(if is_word_final(text, index) {
                'ς'
            } else {
                'σ'
            });
        } else {
            push_mapped(c, &LOWER, &LOWER_MULTI, &mut out);
        }
    }
    out
}

/// Appends `c.to_uppercase()` to `out`.
pub fn push_uppercase(c: char, out: &mut String) {
    push_mapped(c, &UPPER, &UPPER_MULTI, out);
}

fn push_mapped(c: char, runs: &[(u32, u32, i32)], multi: &[(char, &str)], out: &mut String) {
    if let Ok(found) = multi.binary_search_by_key(&c, |&(from, _)| from) {
        out.push_str(multi[found].1);
        return;
    }
    let code = u32::from(c);
    let after = runs.partition_point(|&(first, _, _)| first <= code);
    if let Some(&(first, packed, delta)) = after.checked_sub(1).map(|run| &runs[run]) {
        let (last, stride) = (packed & 0xff_ffff, packed >> 24);
        if code <= last && (code - first) % stride == 0 {
            if let Some(mapped) = char::from_u32(code.wrapping_add_signed(delta)) {
                out.push(mapped);
                return;
            }
        }
    }
    out.push(c);
}

/// The Unicode `Final_Sigma` condition for the `Σ` at byte `index`.
fn is_word_final(text: &str, index: usize) -> bool {
    let after = index + 'Σ'.len_utf8();
    ignorable_then_cased(text[..index].chars().rev())
        && !ignorable_then_cased(text[after..].chars())
}

fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| sigma_class(c) != 1)
        .is_some_and(|c| sigma_class(c) == 2)
}

/// 0 = neither, 1 = case-ignorable, 2 = cased and not case-ignorable (see `build.rs`).
fn sigma_class(c: char) -> u32 {
    let code = u32::from(c);
    let (mut start, mut class) = (0u32, 0u32);
    let mut bytes = SIGMA_CLASSES.iter();
    while let Some(value) = read_leb128(&mut bytes) {
        start += value >> 2;
        if start > code {
            break;
        }
        class = value & 3;
    }
    class
}

fn read_leb128<'a>(bytes: &mut impl Iterator<Item = &'a u8>) -> Option<u32> {
    let mut value = 0u32;
    let mut shift = 0;
    for &byte in bytes {
        value |= u32::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(value);
        }
        shift += 7;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn every_char_maps_like_std() {
        for c in all_chars() {
            let text = c.to_string();
            assert_eq!(to_lowercase(&text), text.to_lowercase(), "lower {c:?}");
            let mut upper = String::new();
            push_uppercase(c, &mut upper);
            assert_eq!(upper, c.to_uppercase().collect::<String>(), "upper {c:?}");
        }
    }

    /// What `build.rs` probes: the class of `c` as `str::to_lowercase` sees it.
    fn std_class(c: char) -> u32 {
        let final_sigma = |text: String| text.to_lowercase().ends_with('ς');
        if final_sigma(format!("{c}Σ")) {
            2
        } else if final_sigma(format!("A{c}Σ")) {
            1
        } else {
            0
        }
    }

    /// `SIGMA_CLASSES` decoded in one pass: (first char of a class run, class).
    fn sigma_runs() -> Vec<(u32, u32)> {
        let mut runs = vec![(0, 0)];
        let mut bytes = SIGMA_CLASSES.iter();
        let mut start = 0;
        while let Some(value) = read_leb128(&mut bytes) {
            start += value >> 2;
            runs.push((start, value & 3));
        }
        runs
    }

    #[test]
    fn sigma_classes_of_every_char_like_std() {
        let runs = sigma_runs();
        let mut next = 1;
        let mut class = 0;
        for c in all_chars() {
            while next < runs.len() && runs[next].0 <= u32::from(c) {
                class = runs[next].1;
                next += 1;
            }
            assert_eq!(class, std_class(c), "{c:?}");
        }
    }

    #[test]
    fn sigma_lookup_at_every_class_change_like_std() {
        for (start, _) in sigma_runs() {
            for code in [start.saturating_sub(1), start, start + 1] {
                let Some(c) = char::from_u32(code) else {
                    continue;
                };
                assert_eq!(sigma_class(c), std_class(c), "{c:?}");
                for text in [
                    format!("{c}Σ"),
                    format!("A{c}Σ"),
                    format!("AΣ{c}"),
                    format!("AΣ{c}A"),
                ] {
                    assert_eq!(to_lowercase(&text), text.to_lowercase(), "{text:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn strings_lowercase_like_std(text in "[AaΣσ'.\u{301}\u{345}\u{1c5} İẞßÅǅ1-]{0,12}") {
            prop_assert_eq!(to_lowercase(&text), text.to_lowercase());
        }
    }
}
