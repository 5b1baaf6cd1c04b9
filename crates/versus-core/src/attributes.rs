//! Reading embed attributes (`items="a, b"`, `compact`, `max-capabilities="4"`): untrusted
//! host input, validated before it names anything.

use super::parse::is_valid_id;

/// The ids of an `items` attribute (commas or spaces between), invalid slugs kept so the
/// widget can say which id it does not know.
pub fn parse_items(value: &str) -> Vec<String> {
    value
        .split([',', ' ', '\t', '\n'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .take(8)
        .map(|id| id.chars().take(80).collect())
        .collect()
}

/// True when every id is a well-formed slug.
pub fn all_valid(ids: &[String]) -> bool {
    ids.iter().all(|id| is_valid_id(id))
}

/// A boolean attribute: present and not `"false"`.
pub fn parse_flag(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

/// `max-capabilities`: a positive count, capped at 100.
pub fn parse_max(value: Option<&str>) -> Option<usize> {
    value
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
        .map(|n| n.min(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_on_commas_and_spaces() {
        assert_eq!(parse_items(" a, b  c,,"), ["a", "b", "c"]);
        assert!(parse_items("").is_empty());
        assert!(all_valid(&parse_items("flux-1-pro,sdnext")));
        assert!(!all_valid(&parse_items("x\"><script>")));
    }

    #[test]
    fn flags_and_counts() {
        assert!(parse_flag(Some("")) && parse_flag(Some("true")));
        assert!(!parse_flag(Some("false")) && !parse_flag(None));
        assert_eq!(parse_max(Some("4")), Some(4));
        assert_eq!(parse_max(Some("0")), None);
        assert_eq!(parse_max(Some("9999")), Some(100));
        assert_eq!(parse_max(Some("lots")), None);
    }
}
