//! A JSON tree that borrows from the text it was parsed from, for validation, and the
//! small reader that builds it.
//!
//! `serde_json::Value` owns a `String` for every string and a `BTreeMap` for every object,
//! so a 50 MB catalog costs millions of allocations to build and as many to free. Here a
//! string without escapes borrows its bytes from the text and an object is one `Vec`, which
//! makes parsing and dropping several times cheaper. It reads exactly like
//! `serde_json::Value` for the validator: an object answers `get` and iterates as a
//! `BTreeMap` would (sorted keys, the last duplicate wins), so findings come out the same
//! and in the same order.
//!
//! The reader ([`parse`]) is our own rather than `serde_json`'s so that the browser's wasm
//! carries neither serde_json nor float formatting; it accepts and refuses exactly what
//! `serde_json::from_str` does, with the same messages, lines and columns (the tests in
//! `tests/json.rs` hold it to that).

mod number;
mod read;

use super::sort;
use std::borrow::Cow;

pub use number::Number;
pub use read::{parse, parse_at, SyntaxError};

/// One JSON value, borrowing unescaped strings from the parsed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Map<'a>),
}

/// A JSON object: its members in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'a> {
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Map<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of `key`; with duplicate keys, the last one (as `serde_json` keeps).
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.members
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.members.iter().any(|(name, _)| name == key)
    }

    /// Adds a member (a later `get` of the same key finds this one).
    pub fn insert(&mut self, key: impl Into<Cow<'a, str>>, value: Value<'a>) {
        self.members.push((key.into(), value));
    }

    /// The members as `BTreeMap` iteration gives them: sorted by key, one per key (the last).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        let mut order: Vec<usize> = (0..self.members.len()).collect();
        sort::sort_indices(&mut order, &mut |a, b| {
            self.members[a].0.cmp(&self.members[b].0)
        });
        // After a stable sort, the last of equal keys is the last in the document.
        let members = &self.members;
        let keep: Vec<usize> = order
            .iter()
            .enumerate()
            .filter(|&(position, &index)| {
                order
                    .get(position + 1)
                    .is_none_or(|&next| members[next].0 != members[index].0)
            })
            .map(|(_, &index)| index)
            .collect();
        keep.into_iter().map(move |index| {
            let (key, value) = &members[index];
            (&**key, value)
        })
    }

    pub fn values(&self) -> impl Iterator<Item = &Value<'a>> {
        self.members.iter().map(|(_, value)| value)
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<'a> Value<'a> {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(number) => Some(number.as_f64()),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::String(Cow::Owned(text))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::String(Cow::Borrowed(text))
    }
}

/// `text` as a JSON string literal, escaped as `serde_json` writes one: `"` and `\` get a
/// backslash, control characters become `\n`, `\t`, `\r`, `\b`, `\f` or `\u00XX`, and
/// everything else (all of Unicode) stays as it is.
pub fn quote(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            '\u{8}' => quoted.push_str("\\b"),
            '\u{c}' => quoted.push_str("\\f"),
            '\0'..='\u{1f}' => {
                let byte = c as usize;
                quoted.push_str("\\u00");
                quoted.push(char::from(HEX[byte >> 4]));
                quoted.push(char::from(HEX[byte & 0xf]));
            }
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let value = parse(r#"{"plain":"text","esc":"a\nb"}"#).unwrap();
        assert!(matches!(
            value.get("plain"),
            Some(Value::String(Cow::Borrowed("text")))
        ));
        assert!(matches!(
            value.get("esc"),
            Some(Value::String(Cow::Owned(text))) if text == "a\nb"
        ));
    }

    #[test]
    fn the_last_duplicate_key_wins_and_iterates_once() {
        let value = parse(r#"{"k":1,"j":2,"k":3}"#).unwrap();
        assert_eq!(value.get("k").and_then(Value::as_f64), Some(3.0));
        let Value::Object(map) = &value else { panic!() };
        let members: Vec<(&str, f64)> = map.iter().map(|(k, v)| (k, v.as_f64().unwrap())).collect();
        assert_eq!(members, [("j", 2.0), ("k", 3.0)]);
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn numbers_keep_their_text() {
        let value = parse("[1.50, -0, 1e2, 7]").unwrap();
        let numbers: Vec<(&str, f64)> = value
            .as_array()
            .unwrap()
            .iter()
            .map(|item| match item {
                Value::Number(n) => (n.as_str(), n.as_f64()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            numbers,
            [("1.50", 1.5), ("-0", -0.0), ("1e2", 100.0), ("7", 7.0)]
        );
        assert!(numbers[1].1.is_sign_negative());
    }

    #[test]
    fn parse_at_reads_one_value_and_says_where_it_ends() {
        let text = r#"{"a": [1, {"b": null}], "c": 2}"#;
        let (value, end) = parse_at(text, 5, 1).unwrap();
        assert_eq!(&text[5..end], r#" [1, {"b": null}]"#);
        assert_eq!(value.as_array().map(Vec::len), Some(2));
        // A number ends at the first byte that cannot continue it; the caller judges that.
        assert_eq!(parse_at("12x", 0, 0).map(|(_, end)| end), Ok(2));
        // The levels already open count towards the limit of 127.
        let deep = format!("{}{}", "[".repeat(3), "]".repeat(3));
        assert!(parse_at(&deep, 0, 124).is_ok());
        let error = parse_at(&deep, 0, 125).unwrap_err();
        assert_eq!(error.message, "recursion limit exceeded");
        assert_eq!((error.line, error.column), (1, 3));
    }

    #[test]
    fn quotes_like_serde_json() {
        assert_eq!(quote("my key"), r#""my key""#);
        assert_eq!(
            quote("a\"b\\c\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}é😀"),
            "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\u{7f}é😀\""
        );
    }
}
