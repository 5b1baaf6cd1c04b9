//! The words a locale speaks: the built-in English of every message, a built-in table of
//! another language over it (fetched or compiled in), and a catalog's `strings` over both.

use std::sync::Arc;

use super::{fill, plural, Plural};
#[cfg(feature = "tools")]
use super::{placeholders, ALL};
use crate::issues::Findings;
use crate::json::Value;
use crate::json_path::JsonPath;

/// A sentence or label, with English as its default. Tables find it by `id`, the hash of
/// its key: the browser modules carry no key names (the `tools` builds do, for validation,
/// the schema and docs/strings.md; a native test checks that no two keys share an id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg {
    #[cfg(feature = "tools")]
    pub key: &'static str,
    pub id: u32,
    pub en: &'static str,
}

/// A message whose wording depends on a count (`{count}` is the count as the locale writes
/// it): English's two forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    #[cfg(feature = "tools")]
    pub key: &'static str,
    pub id: u32,
    pub one: &'static str,
    pub other: &'static str,
}

/// What a message key names, for tables and validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    Plain(Msg),
    Counted(Counted),
}

/// A message key's id: its 32-bit FNV-1a hash.
pub const fn key_id(key: &str) -> u32 {
    let bytes = key.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        at += 1;
    }
    hash
}

#[cfg(feature = "tools")]
impl Known {
    pub fn key(self) -> &'static str {
        match self {
            Known::Plain(m) => m.key,
            Known::Counted(c) => c.key,
        }
    }

    /// The placeholders of its English text (of the `other` form for a count).
    pub fn placeholders(self) -> Vec<&'static str> {
        match self {
            Known::Plain(m) => placeholders(m.en),
            Known::Counted(c) => placeholders(c.other),
        }
    }
}

/// The message a key names, if Versus has it.
#[cfg(feature = "tools")]
pub fn known(key: &str) -> Option<Known> {
    ALL.iter()
        .flat_map(|area| area.iter())
        .copied()
        .find(|k| k.key() == key)
}

/// One message's text in a table: a single template, or one per plural category.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(Box<str>),
    Forms(Vec<(Plural, Box<str>)>),
}

impl Text {
    fn form(&self, category: Plural) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Forms(forms) => forms
                .iter()
                .find(|(c, _)| *c == category)
                .or_else(|| forms.iter().find(|(c, _)| *c == Plural::Other))
                .or(forms.first())
                .map_or("", |(_, text)| text),
        }
    }
}

/// Message texts by key id (a locale file or a catalog's `strings`), sorted for lookup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    entries: Vec<(u32, Text)>,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&Text> {
        self.by_id(key_id(key))
    }

    fn by_id(&self, id: u32) -> Option<&Text> {
        self.entries
            .binary_search_by(|(k, _)| k.cmp(&id))
            .ok()
            .map(|at| &self.entries[at].1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Reads a table from a JSON object at `path`: each member a message key and its text,
    /// or for a counted message an object of CLDR categories (`one`, `other` …). With the
    /// `tools` feature (the validator, the site generator, the tests), unknown keys, a
    /// placeholder the English has and the text lacks (or the reverse) and values of the
    /// wrong type are warnings at their path; the rest of the table is kept either way.
    pub fn read(value: &Value, path: &JsonPath, findings: &mut Findings) -> Table {
        let Value::Object(members) = value else {
            findings.warning(path, "expected an object of message key → text; ignored");
            return Table::default();
        };
        let mut entries: Vec<(u32, Text)> = Vec::new();
        for (key, value) in members.iter() {
            let at = path.key(key);
            let text = match value {
                Value::String(text) => Some(Text::Plain(text.as_ref().into())),
                Value::Object(forms) => read_forms(forms, &at, findings),
                _ => None,
            };
            if let Some(text) = checked(key, value, text, &at, findings) {
                entries.push((key_id(key), text));
            }
        }
        crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        Table { entries }
    }
}

/// A counted message's forms, by CLDR category; `None` without an `other` form.
fn read_forms(forms: &crate::json::Map, at: &JsonPath, findings: &mut Findings) -> Option<Text> {
    let mut read = Vec::new();
    for (name, form) in forms.iter() {
        match (Plural::parse(name), form.as_str()) {
            (Some(category), Some(text)) => read.push((category, text.into())),
            (None, _) => findings.warning(
                at.key(name),
                "expected a CLDR plural category: zero, one, two, few, many or other; ignored",
            ),
            (_, None) => findings.warning(at.key(name), "expected a string; ignored"),
        }
    }
    if !read.iter().any(|(c, _)| *c == Plural::Other) {
        findings.warning(at, "a counted message needs an \"other\" form; ignored");
        return None;
    }
    Some(Text::Forms(read))
}

/// The text to keep for `key`, after the checks: the key is a message's, the value has
/// its type, and the text keeps its placeholders.
#[cfg(feature = "tools")]
fn checked(
    key: &str,
    value: &Value,
    text: Option<Text>,
    at: &JsonPath,
    findings: &mut Findings,
) -> Option<Text> {
    let Some(known) = known(key) else {
        findings.warning(
            at,
            "not a Versus message key (see docs/strings.md); ignored",
        );
        return None;
    };
    match (known, text) {
        (Known::Plain(_), Some(Text::Plain(text))) => {
            let text = Text::Plain(text);
            check_placeholders(known, &text, at, findings);
            Some(text)
        }
        (Known::Counted(_), Some(text)) => {
            check_placeholders(known, &text, at, findings);
            Some(text)
        }
        (Known::Plain(_), _) => {
            findings.warning(at, "expected a string; ignored");
            None
        }
        (Known::Counted(_), None) => {
            // An object without an `other` form has had its warning.
            if !matches!(value, Value::Object(_)) {
                findings.warning(
                    at,
                    "expected a string or an object of plural forms; ignored",
                );
            }
            None
        }
    }
}

/// In the browser, where warnings are never shown (`versus-catalog validate` and the JSON
/// Schema report them), every text is kept as read: a key no message has is never looked
/// up. This keeps the message list and its English out of modules that do not show them.
#[cfg(not(feature = "tools"))]
fn checked(_: &str, _: &Value, text: Option<Text>, _: &JsonPath, _: &mut Findings) -> Option<Text> {
    text
}

/// Warns when a text drops a placeholder of the English, or names one Versus never fills.
#[cfg(feature = "tools")]
fn check_placeholders(known: Known, text: &Text, at: &JsonPath, findings: &mut Findings) {
    let expected = known.placeholders();
    let texts: Vec<&str> = match text {
        Text::Plain(text) => vec![text],
        Text::Forms(forms) => forms.iter().map(|(_, text)| &**text).collect(),
    };
    for text in texts {
        let found = placeholders(text);
        // A count's `one` form may say "one" instead of `{count}`.
        let counted = matches!(known, Known::Counted(_));
        for name in &expected {
            if !found.contains(name) && !(counted && *name == "count") {
                findings.warning(at, format!("the text lacks the placeholder {{{name}}}"));
            }
        }
        for name in found {
            if !expected.contains(&name) {
                findings.warning(
                    at,
                    format!("{{{name}}} is not a placeholder of this message; it shows as written"),
                );
            }
        }
    }
}

/// How a locale says things: English, under a built-in table, under a catalog's strings.
#[derive(Clone, Debug, Default)]
pub struct Words {
    builtin: Option<Arc<Table>>,
    overrides: Option<Arc<Table>>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Option<Arc<Table>>, b: &Option<Arc<Table>>| match (a, b) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same(&self.builtin, &other.builtin) && same(&self.overrides, &other.overrides)
    }
}

impl Words {
    pub fn new(builtin: Option<Arc<Table>>, overrides: Option<Arc<Table>>) -> Self {
        Words { builtin, overrides }
    }

    /// The catalog's own strings, if it has any.
    pub fn overrides(&self) -> Option<&Arc<Table>> {
        self.overrides.as_ref()
    }

    /// True when a built-in table of another language than English is in place.
    pub fn has_builtin(&self) -> bool {
        self.builtin.is_some()
    }

    fn lookup(&self, id: u32) -> Option<&Text> {
        let over = self.overrides.as_ref().and_then(|t| t.by_id(id));
        over.or_else(|| self.builtin.as_ref().and_then(|t| t.by_id(id)))
    }

    /// A message's text, unfilled.
    pub fn text(&self, message: Msg) -> &str {
        match self.lookup(message.id) {
            Some(text) => text.form(Plural::Other),
            None => message.en,
        }
    }

    /// A message with its placeholders filled.
    pub fn say(&self, message: Msg, args: &[(&str, &str)]) -> String {
        fill(self.text(message), args)
    }

    /// A counted message for `n` in `language`'s plural rules, `{count}` being `count` (the
    /// number as written).
    pub fn count(
        &self,
        language: &str,
        message: Counted,
        n: u64,
        count: &str,
        args: &[(&str, &str)],
    ) -> String {
        let category = plural(language, n);
        let template = match self.lookup(message.id) {
            Some(text) => text.form(category),
            None if plural("en", n) == Plural::One => message.one,
            None => message.other,
        };
        let mut all: Vec<(&str, &str)> = vec![("count", count)];
        all.extend_from_slice(args);
        fill(template, &all)
    }
}
