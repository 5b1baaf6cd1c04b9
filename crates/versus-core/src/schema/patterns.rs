//! Regular expressions the JSON Schema uses for string fields.
//!
//! Each one mirrors a check in `parse/` as closely as ECMA-262 (the dialect JSON Schema
//! validators use) allows, without lookaround or inline flags, so AJV, Python's
//! `jsonschema` and the Rust `jsonschema` crate all read them alike. Optional strings the
//! parser treats as absent when blank also accept a blank value here.

/// A required string: at least one non-whitespace character.
pub const NON_BLANK: &str = r"\S";

/// Artifact ids: `[a-z0-9][a-z0-9-]{0,63}`.
pub const ID: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// Spec and usage-rate ids: `[a-z0-9][a-z0-9_-]{0,63}`.
pub const KEY: &str = "^[a-z0-9][a-z0-9_-]{0,63}$";

/// The word `varies`, in any case, with blanks around it allowed.
pub const VARIES: &str = r"^\s*[Vv][Aa][Rr][Ii][Ee][Ss]\s*$";

/// `updated`: `YYYY-MM-DD` with a month 01–12 and a day 01–31.
pub const DATE: &str = r"^\s*$|^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$";

/// `brand.locale`: a BCP 47 tag such as `de-DE`, `pt_BR` or `zh-Hans-CN`.
pub const LOCALE: &str = r"^\s*$|^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$";

/// `brand.theme.font_family`: letters, digits, spaces, commas, quotes and hyphens.
/// Non-ASCII letters are allowed as a block (`\u0080-\uFFFF`): ECMA-262 without the `u`
/// flag has no Unicode letter class.
pub const FONT_FAMILY: &str = r#"^\s*$|^[A-Za-z0-9 ,'"\u0080-\uFFFF-]+$"#;

/// A character that may appear in a URL: no whitespace, controls, quotes, `<>`, `\` or `` ` ``.
const URL_CHAR: &str = r#"[^\s\x00-\x1f\x7f-\x9f"<>\\`]"#;

/// A character of a URL's host: a `URL_CHAR` that is not `/`, `?` or `#`.
const HOST_CHAR: &str = r#"[^\s\x00-\x1f\x7f-\x9f"<>\\`/?#]"#;

/// A character before the first `/`, `?` or `#` of a relative URL: no `:` (no scheme).
const RELATIVE_HEAD_CHAR: &str = r#"[^\s\x00-\x1f\x7f-\x9f"<>\\`:/?#]"#;

/// A character right after a leading `/`: anything but another `/` (no `//host`).
const AFTER_ROOT_CHAR: &str = r#"[^\s\x00-\x1f\x7f-\x9f"<>\\`/]"#;

const HTTP_SCHEME: &str = "[Hh][Tt][Tt][Pp][Ss]?://";

/// An absolute http(s) URL with a host (artifact `url`, `brand.home_url`).
pub fn http_url() -> String {
    format!(r"^\s*$|^\s*{HTTP_SCHEME}{HOST_CHAR}+{URL_CHAR}*\s*$")
}

/// An http(s) URL or a relative reference that cannot carry a scheme (`brand.logo_url`).
pub fn http_or_relative_url() -> String {
    let absolute = format!("{HTTP_SCHEME}{HOST_CHAR}+{URL_CHAR}*");
    let rooted = format!("/(?:{AFTER_ROOT_CHAR}{URL_CHAR}*)?");
    let relative = format!("{RELATIVE_HEAD_CHAR}+(?:[/?#]{URL_CHAR}*)?|[?#]{URL_CHAR}*");
    format!(r"^\s*$|^\s*(?:{absolute}|{rooted}|{relative})\s*$")
}

/// An http(s) URL template containing `{query}` (`brand.search_url`).
pub fn search_url_template() -> String {
    let query = r"\{query\}";
    format!(
        r"^\s*$|^\s*{HTTP_SCHEME}(?:{HOST_CHAR}*{query}{URL_CHAR}*|{HOST_CHAR}+{URL_CHAR}*{query}{URL_CHAR}*)\s*$"
    )
}

/// A theme colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`/`hsl()`/`hsla()`
/// with numeric arguments, or a CSS named colour, in any letter case.
pub fn css_color() -> String {
    let hex = "#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})";
    let argument = "(?:[0-9.,%/+ -]|[Dd][Ee][Gg])";
    let function =
        format!(r"(?:[Rr][Gg][Bb][Aa]?|[Hh][Ss][Ll][Aa]?)\({argument}*[0-9]{argument}*\)");
    let names: Vec<String> = named_colors().map(any_case).collect();
    format!(r"^\s*(?:{hex}|{function}|{})\s*$", names.join("|"))
}

/// `red` → `[Rr][Ee][Dd]`: JSON Schema regexes have no case-insensitive flag.
fn any_case(word: &str) -> String {
    word.chars()
        .map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c))
        .collect()
}

/// The CSS named colours `theme::check_color` accepts.
pub fn named_colors() -> impl Iterator<Item = &'static str> {
    crate::theme::NAMED_COLORS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::check_color;

    #[test]
    fn named_colours_match_the_theme_checker() {
        for name in named_colors() {
            assert_eq!(check_color(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn any_case_spells_both_cases() {
        assert_eq!(any_case("red"), "[Rr][Ee][Dd]");
    }
}
