//! A JSON tree that borrows from the text it was parsed from, for validation.
//!
//! `serde_json::Value` owns a `String` for every string and a `BTreeMap` for every object,
//! so a 50 MB catalog costs millions of allocations to build and as many to free. Here a
//! string without escapes borrows its bytes from the text and an object is one `Vec`, which
//! makes parsing and dropping several times cheaper. It reads exactly like
//! `serde_json::Value` for the validator: numbers are `serde_json::Number`, and an object
//! answers `get` and iterates as a `BTreeMap` would (sorted keys, the last duplicate
//! wins), so findings come out the same and in the same order.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

/// One JSON value, borrowing unescaped strings from the parsed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number),
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
        order.sort_by(|&a, &b| self.members[a].0.cmp(&self.members[b].0));
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
            Value::Number(number) => number.as_f64(),
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

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value<'de>, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value<'de>, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value<'de>, E> {
        // As serde_json::Value: JSON has no NaN or infinity, so this never gives null.
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Borrowed(value)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(value)))
    }

    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value<'de>, A::Error> {
        let mut map = Map::new();
        while let Some(Key(key)) = access.next_key()? {
            let value = access.next_value()?;
            map.members.push((key, value));
        }
        Ok(Value::Object(map))
    }
}

/// An object key, borrowed from the text when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(value)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same text read by serde_json::Value and by this tree, compared as JSON.
    fn same_as_serde_json(text: &str) {
        fn convert(value: &Value) -> serde_json::Value {
            match value {
                Value::Null => serde_json::Value::Null,
                Value::Bool(b) => serde_json::Value::Bool(*b),
                Value::Number(n) => serde_json::Value::Number(n.clone()),
                Value::String(s) => serde_json::Value::String(s.to_string()),
                Value::Array(items) => {
                    serde_json::Value::Array(items.iter().map(convert).collect())
                }
                Value::Object(map) => serde_json::Value::Object(
                    map.iter()
                        .map(|(k, v)| (k.to_owned(), convert(v)))
                        .collect(),
                ),
            }
        }
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        let ours: Value = serde_json::from_str(text).unwrap();
        assert_eq!(convert(&ours), theirs, "{text}");
        // Iteration order too: serde_json's map is sorted.
        if let (Value::Object(map), serde_json::Value::Object(their_map)) = (&ours, &theirs) {
            let keys: Vec<&str> = map.iter().map(|(k, _)| k).collect();
            let their_keys: Vec<&str> = their_map.keys().map(String::as_str).collect();
            assert_eq!(keys, their_keys);
        }
    }

    #[test]
    fn reads_like_serde_json_value() {
        same_as_serde_json(
            r#"{"b":1,"a":[true,null,2.5,-3,"x\"y"],"c":{"z":{}},"é\u00e9":"\ud83d\ude00"}"#,
        );
        same_as_serde_json(r#"{"k":1,"j":2,"k":3}"#);
        same_as_serde_json("[1e400]".replace("1e400", "1e300").as_str());
        same_as_serde_json(r#""plain""#);
    }

    /// JSON text with duplicate keys, escapes, unicode, numbers of every kind and nesting.
    fn json_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let key = prop_oneof![
            Just("k".to_owned()),
            Just("a\\nb".to_owned()),
            Just("é".to_owned()),
            "[a-c]{0,2}"
        ];
        let leaf = prop_oneof![
            Just("null".to_owned()),
            Just("true".to_owned()),
            Just("-0".to_owned()),
            Just("1e300".to_owned()),
            Just("-12.5e-3".to_owned()),
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            "[a-z\\\\\"é😀]{0,6}".prop_map(|s| serde_json::Value::from(s).to_string()),
        ];
        leaf.prop_recursive(4, 40, 6, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                proptest::collection::vec((key.clone(), inner), 0..6).prop_map(|members| {
                    let members: Vec<String> = members
                        .into_iter()
                        .map(|(k, v)| format!("{}:{v}", serde_json::Value::from(k)))
                        .collect();
                    format!("{{{}}}", members.join(","))
                }),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn any_json_reads_like_serde_json_value(text in json_text()) {
            same_as_serde_json(&text);
        }
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let value: Value = serde_json::from_str(r#"{"plain":"text","esc":"a\nb"}"#).unwrap();
        assert!(matches!(
            value.get("plain"),
            Some(Value::String(Cow::Borrowed("text")))
        ));
        assert!(matches!(
            value.get("esc"),
            Some(Value::String(Cow::Owned(_)))
        ));
    }

    #[test]
    fn the_last_duplicate_key_wins_and_iterates_once() {
        let value: Value = serde_json::from_str(r#"{"k":1,"j":2,"k":3}"#).unwrap();
        assert_eq!(value.get("k").and_then(Value::as_f64), Some(3.0));
        let Value::Object(map) = &value else { panic!() };
        let members: Vec<(&str, f64)> = map.iter().map(|(k, v)| (k, v.as_f64().unwrap())).collect();
        assert_eq!(members, [("j", 2.0), ("k", 3.0)]);
        assert_eq!(map.len(), 2);
    }
}
