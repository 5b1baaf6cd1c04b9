//! Typed field readers over the JSON tree that record a finding instead of failing.

use crate::decimal::trimmed;
use crate::json::{quote, Map, Value};

use crate::issues::Findings;
use crate::json_path::JsonPath;

/// Short description of a JSON value for "found …" messages.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.as_str().to_owned(),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            let ellipsis = if s.chars().count() > 40 { "…" } else { "" };
            quote(&format!("{shown}{ellipsis}"))
        }
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// The text of a non-empty (not only blank) JSON string.
fn non_empty_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !is_blank(s) => Some(s.to_string()),
        _ => None,
    }
}

/// True for an empty or whitespace-only string; most strings start with a letter, which
/// settles it without walking characters from both ends.
fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(byte) if byte.is_ascii_alphanumeric() => false,
        _ => s.trim().is_empty(),
    }
}

/// Reads fields of one JSON object, reporting each problem at its path.
pub struct Fields<'v, 'f> {
    pub map: &'v Map<'v>,
    pub path: JsonPath,
    pub findings: &'f mut Findings,
}

impl<'v, 'f> Fields<'v, 'f> {
    /// Views `value` as an object, or records `expected an object` and returns `None`.
    pub fn of(value: &'v Value<'v>, path: JsonPath, findings: &'f mut Findings) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self {
                map,
                path,
                findings,
            }),
            other => {
                findings.error(
                    &path,
                    format!("expected an object, found {}", describe(other)),
                );
                None
            }
        }
    }

    /// The value under `key`, treating `null` as absent.
    pub fn get(&self, key: &str) -> Option<&'v Value<'v>> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn at(&self, key: &str) -> JsonPath {
        self.path.key(key)
    }

    pub fn missing(&mut self, key: &str, expected: &str) {
        let path = self.at(key);
        self.findings.error(
            path,
            format!("required field is missing (expected {expected})"),
        );
    }

    pub fn wrong(&mut self, path: &JsonPath, expected: &str, found: &Value) {
        self.findings.error(
            path,
            format!("expected {expected}, found {}", describe(found)),
        );
    }

    /// A required non-empty string.
    pub fn required_text(&mut self, key: &str) -> Option<String> {
        match self.get(key) {
            None => {
                self.missing(key, "a non-empty string");
                None
            }
            // The path is built only for an error: most values are fine.
            Some(value) => non_empty_text(value).or_else(|| {
                let path = self.at(key);
                self.wrong(&path, "a non-empty string", value);
                None
            }),
        }
    }

    /// An optional string; empty strings count as absent.
    pub fn optional_text(&mut self, key: &str) -> Option<String> {
        let value = self.get(key)?;
        match value {
            Value::String(s) if is_blank(s) => None,
            Value::String(s) => Some(s.to_string()),
            other => {
                let path = self.at(key);
                self.wrong(&path, "a string", other);
                None
            }
        }
    }

    /// The array under `key` (absent gives `None`; another type is reported).
    pub fn array(&mut self, key: &str, expected: &str) -> Option<&'v Vec<Value<'v>>> {
        let value = self.get(key)?;
        match value {
            Value::Array(items) => Some(items),
            other => {
                let path = self.at(key);
                self.wrong(&path, expected, other);
                None
            }
        }
    }

    /// An optional array of non-empty strings; absent gives an empty list.
    pub fn text_list(&mut self, key: &str) -> Vec<String> {
        self.text_list_as(key, str::to_owned)
    }

    /// `text_list`, each string made into `convert(string)` without an owned copy first.
    pub fn text_list_as(&mut self, key: &str, convert: impl Fn(&str) -> String) -> Vec<String> {
        let Some(items) = self.array(key, "an array of strings") else {
            return Vec::new();
        };
        let mut texts = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match item {
                Value::String(s) if !is_blank(s) => texts.push(convert(s)),
                _ => {
                    let path = self.at(key).index(index);
                    self.wrong(&path, "a non-empty string", item);
                }
            }
        }
        texts
    }

    /// An optional boolean.
    pub fn optional_bool(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                let path = self.at(key);
                self.wrong(&path, "true or false", other);
                None
            }
        }
    }

    /// An integer in `min..=max` (`max == u64::MAX` means unbounded).
    pub fn integer_in(&mut self, key: &str, min: u64, max: u64, required: bool) -> Option<u64> {
        // Worded only for a finding: most values are fine.
        let expected = || {
            if max == u64::MAX {
                format!("an integer ≥ {min}")
            } else {
                format!("an integer {min}..={max}")
            }
        };
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key, &expected());
            }
            return None;
        };
        let number = value.as_f64().filter(|n| n.fract() == 0.0);
        match number {
            Some(n) if n >= min as f64 && n <= max as f64 => Some(n as u64),
            _ => {
                let path = self.at(key);
                self.wrong(&path, &expected(), value);
                None
            }
        }
    }

    pub fn number_value(
        &mut self,
        path: impl FnOnce() -> JsonPath,
        value: &Value,
        min: f64,
        max: f64,
    ) -> Option<f64> {
        match value.as_f64() {
            Some(n) if n.is_finite() && n >= min && n <= max => Some(n),
            _ => {
                // Bounds are written without core's float formatting (see `decimal`).
                let (min, max_text) = (trimmed(min, 6), trimmed(max, 6));
                let expected = if max == f64::MAX {
                    format!("a number ≥ {min}")
                } else {
                    format!("a number {min}..={max_text}")
                };
                self.wrong(&path(), &expected, value);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_blank;

    #[test]
    fn blank_is_empty_or_only_whitespace_of_any_script() {
        for blank in ["", " ", "\t\n\r ", "\u{3000}", "\u{a0} \u{2003}"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["a", "1", " a ", "\tx", "é", "\u{3000}名", "…"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }
}
