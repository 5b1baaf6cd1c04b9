//! Parsing a catalog a slice at a time, so a browser can yield to its event loop between
//! slices instead of freezing for the whole of a big catalog.
//!
//! A small state machine walks the top-level object. Every member but `artifacts` is
//! parsed whole ([`json::parse_at`]) and kept (the "skeleton": format, brand, signals,
//! featured, unknown fields); the `artifacts` array is walked entry by entry, and each
//! entry is parsed from where it starts and validated right away with the same code
//! [`parse_catalog`] runs, under its own index, then dropped. Entries that come before
//! `signals` in the text wait, parsed, until the signal definitions are known. Each piece
//! is parsed knowing how many arrays and objects are open around it, so it meets the
//! nesting limit exactly where the whole document would.
//!
//! Only valid catalogs take this path. At the first thing that could make the result
//! differ from [`parse_catalog`]'s — a syntax error (nesting too deep included), a
//! duplicate top-level key, `artifacts` missing, empty or not an array, any validation
//! error at all — the walk stops, and [`ChunkedParse::finish`] runs [`parse_catalog`] on
//! the whole text instead. Broken catalogs are rare and may take one long task; they get
//! exactly the errors (paths, lines, columns) they always got.

use std::borrow::Cow;
use std::collections::VecDeque;

use crate::json::{self, Map, Value};

use super::fields::Fields;
use super::{parse_catalog, read_featured, read_head, read_signal_defs, ArtifactReader, Parsed};
use crate::catalog::SignalDef;
use crate::issues::{CatalogError, Findings};
use crate::json_path::JsonPath;

/// Arrays and objects open around a member of the top-level object (the object itself)
/// and around an entry of `artifacts` (the object and the array).
const MEMBER_DEPTH: usize = 1;
const ENTRY_DEPTH: usize = 2;

/// A catalog parse that runs in bounded steps; the result equals [`parse_catalog`]'s.
///
/// ```
/// use versus_core::parse::ChunkedParse;
/// let text = r#"{"format": "versus-catalog/1", "brand": {"name": "B"}, "artifacts": [
///     {"id": "a", "name": "A", "kind": "Model", "rank": 1, "pricing": {"plan": "free"}}]}"#;
/// let mut parse = ChunkedParse::new(text);
/// while !parse.step(64) {
///     // a browser yields to its event loop here
/// }
/// assert_eq!(parse.finish(), versus_core::parse_catalog(text));
/// ```
pub struct ChunkedParse<'t> {
    text: &'t str,
    /// Byte offset of the next unread byte of `text`.
    at: usize,
    state: State<'t>,
    /// Every top-level member read so far except `artifacts`.
    skeleton: Map<'t>,
    seen_artifacts: bool,
    /// The signal definitions, once the skeleton settles them.
    signals: Option<Vec<SignalDef>>,
    /// Index of the next entry of `artifacts`.
    next_index: usize,
    /// Entries parsed before the signal definitions were known: index, value, length.
    waiting: VecDeque<(usize, Value<'t>, usize)>,
    reader: ArtifactReader,
    /// Findings of the entries of `artifacts`, in order.
    findings: Findings,
    /// Where each entry of `artifacts` starts and ends in `text`, when asked for.
    spans: Option<Vec<(usize, usize)>>,
}

/// Where the walk is; each state but the last three starts by skipping whitespace.
#[derive(Debug)]
enum State<'t> {
    /// Before the top-level `{`.
    Start,
    /// Before a member's key (after `{` or a `,`).
    Key,
    /// Before the `:` after a key.
    Colon(Cow<'t, str>),
    /// Before the value of a member.
    Member(Cow<'t, str>),
    /// After a member: `,` or `}`.
    AfterMember,
    /// Before an entry of `artifacts` (after `[` or a `,`).
    Entry,
    /// After an entry: `,` or `]`.
    AfterEntry,
    /// After the top-level `}`: only whitespace may follow.
    Trailing,
    /// Validating entries that waited for the signal definitions.
    Waiting,
    /// All read and valid so far: `finish` assembles the catalog.
    Done,
    /// Something unusual: `finish` runs `parse_catalog` on the whole text.
    Fallback,
}

impl<'t> ChunkedParse<'t> {
    /// A parse of `text` that has not started yet.
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            at: 0,
            state: State::Start,
            skeleton: Map::new(),
            seen_artifacts: false,
            signals: None,
            next_index: 0,
            waiting: VecDeque::new(),
            reader: ArtifactReader::new(JsonPath::root().key("artifacts"), 0),
            findings: Findings::default(),
            spans: None,
        }
    }

    /// This parse, also noting where each entry of `artifacts` is in the text (for tools
    /// that copy entries verbatim, such as `versus-catalog shard`).
    pub fn recording_spans(mut self) -> Self {
        self.spans = Some(Vec::new());
        self
    }

    /// [`finish`](Self::finish), with the byte range of each entry of `artifacts` (in
    /// order) when the walk read the whole text itself; `None` when it fell back.
    #[allow(clippy::type_complexity)]
    pub fn finish_with_spans(
        mut self,
    ) -> (Result<Parsed, CatalogError>, Option<Vec<(usize, usize)>>) {
        while !self.step(usize::MAX) {}
        let spans = if matches!(self.state, State::Done) {
            self.spans.take()
        } else {
            None
        };
        (self.finish(), spans)
    }

    /// Does a bounded slice of the work: about `budget_bytes` of the text read (parsed
    /// and validated), though a single member or entry of `artifacts` is never split, so
    /// one bigger than the budget is done whole. Returns true once there is nothing left
    /// to do but [`finish`](Self::finish).
    pub fn step(&mut self, budget_bytes: usize) -> bool {
        let budget = budget_bytes.max(1);
        let mut spent = 0;
        while spent < budget && !self.is_finished() {
            spent = spent.saturating_add(self.advance(budget - spent));
        }
        self.is_finished()
    }

    /// True once [`step`](Self::step) has nothing left to do.
    pub fn is_finished(&self) -> bool {
        matches!(self.state, State::Done | State::Fallback)
    }

    /// True once the walk has met something unusual (most likely the catalog has an
    /// error) and [`finish`](Self::finish) will run [`parse_catalog`] on the whole text,
    /// in one go. While false, `finish` may still do so: errors in `format`, `brand` or
    /// `featured` only show there.
    pub fn falls_back(&self) -> bool {
        matches!(self.state, State::Fallback)
    }

    /// How far the text has been read, in bytes (the whole text's length when read).
    pub fn bytes_read(&self) -> usize {
        self.at
    }

    /// The result, equal to `parse_catalog(text)`'s; steps first if any work is left.
    pub fn finish(mut self) -> Result<Parsed, CatalogError> {
        while !self.step(usize::MAX) {}
        if !matches!(self.state, State::Done) {
            let text = self.text;
            drop(self); // what the walk gathered, before the plain parse builds its own
            return parse_catalog(text);
        }
        let skeleton = Value::Object(std::mem::take(&mut self.skeleton));
        let mut findings = Findings::default();
        let Some(mut fields) = Fields::of(&skeleton, JsonPath::root(), &mut findings) else {
            return parse_catalog(self.text);
        };
        let head = read_head(&mut fields);
        fields.findings.append(self.findings);
        let artifacts = Some(self.reader.finish(fields.findings, &head.specs));
        let featured = read_featured(&mut fields, &artifacts);
        let catalog = head.into_catalog(artifacts, featured);
        match catalog {
            Some(catalog) if findings.total_errors == 0 => Ok(Parsed {
                catalog,
                warnings: findings.warnings,
            }),
            // Not reached for text the walk accepted; the plain parse words the errors.
            _ => parse_catalog(self.text),
        }
    }

    /// One move of the walk, reading at most about `limit` bytes unless a whole value
    /// is longer; returns the bytes read (at least one unless the walk is finished).
    fn advance(&mut self, limit: usize) -> usize {
        let state = std::mem::replace(&mut self.state, State::Fallback);
        if let State::Waiting = state {
            return self.validate_waiting();
        }
        let start = self.at;
        if !matches!(state, State::Done | State::Fallback) && !self.skip_whitespace(limit) {
            // Only whitespace within the limit; carry on from here next time.
            self.state = state;
            return self.at - start;
        }
        self.state = match state {
            State::Start => self.expect(b'{', State::Key),
            State::Key => match self.peek() {
                Some(b'"') => self.key(),
                _ => State::Fallback, // `{}`, `{,` or a trailing comma
            },
            State::Colon(key) => self.expect(b':', State::Member(key)),
            State::Member(key) => self.member(key),
            State::AfterMember => match self.peek() {
                Some(b',') => self.take(State::Key),
                Some(b'}') => {
                    self.at += 1;
                    self.settle_signals();
                    if self.seen_artifacts {
                        State::Trailing
                    } else {
                        State::Fallback
                    }
                }
                _ => State::Fallback,
            },
            State::Entry => match self.peek() {
                Some(b']') | None => State::Fallback, // an empty array or a trailing comma
                Some(_) => self.entry(),
            },
            State::AfterEntry => match self.peek() {
                Some(b',') => self.take(State::Entry),
                Some(b']') => self.take(State::AfterMember),
                _ => State::Fallback,
            },
            State::Trailing => match self.peek() {
                None if self.signals.is_some() => State::Waiting,
                _ => State::Fallback,
            },
            State::Waiting | State::Done | State::Fallback => state,
        };
        (self.at - start).max(1)
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips JSON whitespace, at most `limit` bytes; true when a non-blank byte (or the
    /// end) is next.
    fn skip_whitespace(&mut self, limit: usize) -> bool {
        let bytes = self.text.as_bytes();
        let end = self.at.saturating_add(limit).min(bytes.len());
        while self.at < end {
            match bytes.get(self.at) {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.at += 1,
                _ => return true,
            }
        }
        self.at == bytes.len()
    }

    /// Moves past one byte and goes to `next`.
    fn take(&mut self, next: State<'t>) -> State<'t> {
        self.at += 1;
        next
    }

    /// Moves past `byte` and goes to `next`, or falls back if something else is there.
    fn expect(&mut self, byte: u8, next: State<'t>) -> State<'t> {
        if self.peek() == Some(byte) {
            self.take(next)
        } else {
            State::Fallback
        }
    }

    /// Parses the JSON value starting here, inside `depth` open arrays and objects, and
    /// moves past it; `None` for a syntax error.
    fn value(&mut self, depth: usize) -> Option<Value<'t>> {
        let (value, end) = json::parse_at(self.text, self.at, depth).ok()?;
        self.at = end;
        Some(value)
    }

    fn key(&mut self) -> State<'t> {
        match self.value(MEMBER_DEPTH) {
            Some(Value::String(key)) => State::Colon(key),
            _ => State::Fallback,
        }
    }

    fn member(&mut self, key: Cow<'t, str>) -> State<'t> {
        if key == "artifacts" {
            // `null` counts as missing and anything else but an array is wrong: errors.
            if self.seen_artifacts || self.peek() != Some(b'[') {
                return State::Fallback;
            }
            self.seen_artifacts = true;
            if self.skeleton.contains_key("signals") {
                self.settle_signals();
                if self.signals.is_none() {
                    return State::Fallback;
                }
            }
            return self.take(State::Entry);
        }
        if self.skeleton.contains_key(&key) {
            // The plain parse keeps the last of duplicate keys; leave them to it.
            return State::Fallback;
        }
        match self.value(MEMBER_DEPTH) {
            Some(value) => {
                self.skeleton.insert(key, value);
                State::AfterMember
            }
            None => State::Fallback,
        }
    }

    fn entry(&mut self) -> State<'t> {
        let start = self.at;
        let Some(value) = self.value(ENTRY_DEPTH) else {
            return State::Fallback;
        };
        let index = self.next_index;
        self.next_index += 1;
        if let Some(spans) = self.spans.as_mut() {
            spans.push((start, self.at));
        }
        if self.signals.is_some() {
            if !self.validate(index, &value) {
                return State::Fallback;
            }
        } else {
            self.waiting.push_back((index, value, self.at - start));
        }
        State::AfterEntry
    }

    /// Validates `artifacts[index]`; false once any error has been found.
    fn validate(&mut self, index: usize, value: &Value) -> bool {
        let signals = self.signals.as_deref().unwrap_or_default();
        self.reader.read(index, value, signals, &mut self.findings);
        self.findings.total_errors == 0
    }

    /// Validates the next entry that waited for the signal definitions.
    fn validate_waiting(&mut self) -> usize {
        let Some((index, value, length)) = self.waiting.pop_front() else {
            self.state = State::Done;
            return 1;
        };
        self.state = if self.validate(index, &value) {
            State::Waiting
        } else {
            State::Fallback
        };
        length.max(1)
    }

    /// Reads the signal definitions from the skeleton (the defaults if it has none),
    /// unless they are known already; they stay unknown if they have errors.
    fn settle_signals(&mut self) {
        if self.signals.is_some() {
            return;
        }
        let mut findings = Findings::default();
        let mut fields = Fields {
            map: &self.skeleton,
            path: JsonPath::root(),
            findings: &mut findings,
        };
        let signals = read_signal_defs(&mut fields);
        if findings.total_errors == 0 {
            self.signals = Some(signals);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = r#"{"id": "a", "name": "A", "kind": "Model", "rank": 1,
        "signals": {"stars": 0.5, "forks": 1}, "pricing": {"plan": "free"}, "capabilities": [],
        "alternatives": ["b", "zz"]}"#;
    const OTHER: &str = r#"{"id": "b", "name": "B", "kind": "Model", "rank": 2,
        "pricing": {"plan": "paid"}, "capabilities": []}"#;
    const SIGNALS: &str = r#"[{"id": "stars", "label": "Stars"}]"#;

    /// Steps `text` to the end with `budget`: the result, the steps and whether it fell back.
    fn run(text: &str, budget: usize) -> (Result<Parsed, CatalogError>, usize, bool) {
        let mut parse = ChunkedParse::new(text);
        let mut steps = 1;
        while !parse.step(budget) {
            steps += 1;
        }
        let fell_back = parse.falls_back();
        (parse.finish(), steps, fell_back)
    }

    /// Asserts the chunked result equals `parse_catalog` at several budgets; returns
    /// whether the walk fell back.
    fn same(text: &str) -> bool {
        let expected = parse_catalog(text);
        let mut fell_back = Vec::new();
        for budget in [0, 1, 2, 3, 7, 64, 1000, usize::MAX] {
            let (result, _, fallback) = run(text, budget);
            assert_eq!(result, expected, "budget {budget}: {text}");
            fell_back.push(fallback);
        }
        assert!(fell_back.iter().all(|&f| f == fell_back[0]), "{text}");
        fell_back[0]
    }

    fn catalog(members: &[(&str, &str)]) -> String {
        let members: Vec<String> = members
            .iter()
            .map(|(key, value)| format!("{key:?}: {value}"))
            .collect();
        format!("{{{}}}", members.join(",\n "))
    }

    fn valid() -> String {
        catalog(&[
            ("format", r#""versus-catalog/1""#),
            ("brand", r#"{"name": "B", "theme": {"shade": 1}}"#),
            ("signals", SIGNALS),
            ("artifacts", &format!("[{ENTRY}, {OTHER}]")),
            ("featured", r#"[["a", "b"], ["a", "zz"], ["a", "a"]]"#),
        ])
    }

    #[test]
    fn a_valid_catalog_takes_the_sliced_path_with_its_warnings() {
        let text = valid();
        assert!(!same(&text));
        let parsed = parse_catalog(&text).unwrap();
        assert_eq!(parsed.catalog.artifacts.len(), 2);
        let paths: Vec<&str> = parsed.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "brand.theme.shade",
                "artifacts[0].signals.forks",
                "artifacts[0].alternatives[1]",
                "featured[1]",
                "featured[2]"
            ]
        );
    }

    #[test]
    fn small_budgets_take_many_steps() {
        let text = valid();
        let (_, steps, _) = run(&text, 1);
        assert!(steps > 20, "{steps} steps");
        let (_, steps, _) = run(&text, usize::MAX);
        assert_eq!(steps, 1);
    }

    #[test]
    fn signals_after_the_artifacts_or_absent_keep_the_sliced_path() {
        let artifacts = format!("[{ENTRY}, {OTHER}]");
        let later = catalog(&[
            ("artifacts", &artifacts),
            ("brand", r#"{"name": "B"}"#),
            ("featured", r#"[["a", "b"]]"#),
            ("format", r#""versus-catalog/1""#),
            ("signals", SIGNALS),
        ]);
        assert!(!same(&later));
        let defaults = catalog(&[
            ("artifacts", &format!("[{OTHER}]")),
            ("brand", r#"{"name": "B"}"#),
            ("format", r#""versus-catalog/1""#),
        ]);
        assert!(!same(&defaults));
        let null = catalog(&[
            ("format", r#""versus-catalog/1""#),
            ("signals", "null"),
            ("brand", r#"{"name": "B"}"#),
            ("artifacts", &format!("[{OTHER}]")),
        ]);
        assert!(!same(&null));
    }

    #[test]
    fn errors_fall_back_to_the_plain_parse() {
        let text = valid();
        for broken in [
            text.replacen("\"rank\": 1", "\"rank\": 101", 1),
            text.replacen("\"free\"", "3", 1),
            text.replacen("\"id\": \"b\"", "\"id\": \"a\"", 1),
            text.replacen("\"label\": \"Stars\"", "\"label\": 4", 1),
            text.replacen("versus-catalog/1", "versus-catalog/2", 1),
            text.replacen("[[\"a\", \"b\"]", "[7", 1),
            text.replacen(&format!("[{ENTRY}, {OTHER}]"), "[]", 1),
            text.replacen(&format!("[{ENTRY}, {OTHER}]"), "null", 1),
            text.replacen(&format!("[{ENTRY}, {OTHER}]"), "{}", 1),
            text.replacen("\"artifacts\"", "\"artefacts\"", 1),
        ] {
            // Errors in format, brand or featured only show in `finish`; it falls back too.
            same(&broken);
            assert!(parse_catalog(&broken).is_err(), "{broken}");
        }
    }

    #[test]
    fn syntax_errors_and_odd_text_fall_back() {
        let text = valid();
        let mut cases = vec![
            String::new(),
            " ".to_owned(),
            "[]".to_owned(),
            "{}".to_owned(),
            "null".to_owned(),
            "{\"artifacts\": [1,]}".to_owned(),
            format!("\u{feff}{text}"),
            format!("{text} x"),
            format!("{text}}}"),
            format!("{text},"),
            text.replacen(':', " ", 1),
            text.replacen(',', ",,", 1),
            text.replacen("}", "]", 2),
        ];
        for cut in [1, 10, text.len() / 2, text.len() - 1] {
            cases.push(text[..cut].to_owned());
        }
        for case in cases {
            assert!(same(&case), "{case}");
        }
        // Whitespace all around is fine.
        assert!(!same(&format!(" \r\n\t{}\n\n", text.replace(", ", " ,\t"))));
    }

    #[test]
    fn duplicate_top_level_keys_fall_back() {
        let text = valid();
        let twice = text.replacen('{', &format!("{{\"artifacts\": [{OTHER}], "), 1);
        assert!(same(&twice));
        assert!(parse_catalog(&twice).is_ok(), "the last artifacts win");
        let escaped = text.replacen('{', "{\"artif\\u0061cts\": 1, ", 1);
        assert!(same(&escaped));
        let brand = text.replacen('{', "{\"brand\": 1, ", 1);
        assert!(same(&brand));
        assert!(parse_catalog(&brand).is_ok());
    }

    /// The document may nest 127 levels. Values in an entry of `artifacts` start 3 levels
    /// down, members of the top-level object 1: only text over the limit falls back.
    #[test]
    fn deep_nesting_near_the_limit() {
        for depth in [90, 99, 100, 124, 125, 126, 127, 128, 130] {
            let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let entry = ENTRY.replacen("\"rank\"", &format!("\"extra\": {deep}, \"rank\""), 1);
            let text = valid().replacen(ENTRY, &entry, 1);
            assert_eq!(same(&text), depth > 124, "entry {depth}");
            let member = valid().replacen('{', &format!("{{\"extra\": {deep}, "), 1);
            assert_eq!(same(&member), depth > 126, "member {depth}");
        }
    }

    #[test]
    fn whitespace_runs_are_sliced_too() {
        let text = valid().replacen(
            "\"artifacts\":",
            &format!("\"artifacts\":{}", " ".repeat(5000)),
            1,
        );
        let mut parse = ChunkedParse::new(&text);
        let mut before = 0;
        while !parse.step(100) {
            assert!(parse.bytes_read() - before <= 100 + ENTRY.len());
            before = parse.bytes_read();
        }
        assert!(!parse.falls_back());
        assert_eq!(parse.finish(), parse_catalog(&text));
    }

    #[test]
    fn finish_without_stepping_does_all_the_work() {
        let text = valid();
        assert_eq!(ChunkedParse::new(&text).finish(), parse_catalog(&text));
    }
}
