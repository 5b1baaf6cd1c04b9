//! Reading JSON text into a [`Value`]: serde_json's grammar, nesting limit and syntax
//! errors, so a catalog author sees the same message, line and column as before this
//! reader replaced `serde_json::from_str`.
//!
//! serde_json reports an error at one of two places, and so does this reader: just after
//! the last byte it took (`taken`), or just after the byte it was looking at when it gave
//! up (`looked_at`). Its column counts bytes from the start of the line, so a column can
//! fall inside a multi-byte character, and an error at the very end after a newline is in
//! column 0 of the next line.

use std::borrow::Cow;
use std::fmt;

use super::{Map, Value};

/// How many arrays and objects may be open at once: serde_json refuses the 128th.
const MAX_DEPTH: usize = 127;

// serde_json's wording for each syntax error.
pub(super) const EOF_IN_LIST: &str = "EOF while parsing a list";
pub(super) const EOF_IN_OBJECT: &str = "EOF while parsing an object";
pub(super) const EOF_IN_STRING: &str = "EOF while parsing a string";
pub(super) const EOF_IN_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
pub(super) const INVALID_NUMBER: &str = "invalid number";
pub(super) const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const INVALID_CODE_POINT: &str = "invalid unicode code point";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// Why and where JSON text could not be read, as `serde_json::Error` says it (its message
/// without the " at line L column C" it appends).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    /// 1-based.
    pub line: usize,
    /// Bytes from the start of the line up to the place of the error.
    pub column: usize,
}

impl SyntaxError {
    /// The error `message` at byte `offset` of `text`.
    fn at(text: &[u8], offset: usize, message: &'static str) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let line_start = before
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1);
        Self {
            message,
            line: 1 + before.iter().filter(|&&byte| byte == b'\n').count(),
            column: before.len() - line_start,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

pub(super) type Result<T> = std::result::Result<T, SyntaxError>;

/// Reads `text` as one JSON value with nothing but whitespace after it, as
/// `serde_json::from_str` does.
pub fn parse(text: &str) -> Result<Value<'_>> {
    let mut reader = Reader::new(text, 0, 0);
    let value = reader.value()?;
    match reader.skip_whitespace() {
        Some(_) => Err(reader.looked_at(TRAILING_CHARACTERS)),
        None => Ok(value),
    }
}

/// Reads the JSON value that starts at byte `start` of `text` (after any whitespace) and
/// returns it with the offset just past it; whatever follows is left for the caller. The
/// value sits inside `depth` open arrays and objects, which count towards the nesting
/// limit as they would in a parse of the whole text.
///
/// This is what `serde_json`'s `StreamDeserializer` does for one value, except that it
/// does not also insist that a number or literal be followed by a delimiter: a caller
/// reading a document in pieces checks what comes next anyway.
pub fn parse_at(text: &str, start: usize, depth: usize) -> Result<(Value<'_>, usize)> {
    let mut reader = Reader::new(text, start, depth);
    let value = reader.value()?;
    Ok((value, reader.at))
}

/// A position in JSON text being read.
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    /// Offset of the next byte to read.
    pub(super) at: usize,
    /// How many arrays and objects are open around the value being read.
    depth: usize,
    /// Items and members of the arrays and objects open now, innermost last: each is
    /// moved into a `Vec` of exactly its length when it closes, so a container costs one
    /// allocation instead of one per doubling of its capacity.
    items: Vec<Value<'a>>,
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, start: usize, depth: usize) -> Self {
        Self {
            text,
            at: start.min(text.len()),
            depth,
            items: Vec::new(),
            members: Vec::new(),
        }
    }

    #[inline(always)]
    pub(super) fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    #[inline(always)]
    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    /// The next byte, taken.
    #[inline(always)]
    pub(super) fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    /// An error just after the last byte taken.
    pub(super) fn taken(&self, message: &'static str) -> SyntaxError {
        SyntaxError::at(self.bytes(), self.at, message)
    }

    /// An error at the next byte (serde_json's column then counts that byte too).
    pub(super) fn looked_at(&self, message: &'static str) -> SyntaxError {
        SyntaxError::at(self.bytes(), (self.at + 1).min(self.text.len()), message)
    }

    /// Skips JSON whitespace; the next byte, not taken, if there is one.
    #[inline(always)]
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(byte) = self.peek() {
            if !matches!(byte, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    fn value(&mut self) -> Result<Value<'a>> {
        match self.skip_whitespace() {
            None => Err(self.looked_at(EOF_IN_VALUE)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'"') => {
                self.at += 1;
                self.string().map(Value::String)
            }
            Some(b'[') => self.array().map(Value::Array),
            Some(b'{') => self.object().map(Value::Object),
            Some(_) => Err(self.looked_at(EXPECTED_VALUE)),
        }
    }

    /// `null`, `true` or `false`, whose first byte is next; each byte is checked as it is
    /// taken, so `nul` ends in EOF and `nil` in an error at the `i`.
    fn literal(&mut self, word: &[u8], value: Value<'a>) -> Result<Value<'a>> {
        for &expected in word {
            match self.next() {
                None => return Err(self.taken(EOF_IN_VALUE)),
                Some(byte) if byte != expected => return Err(self.taken(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// Takes the `[` or `{` that is next, unless the nesting limit is reached.
    fn open(&mut self) -> Result<()> {
        if self.depth >= MAX_DEPTH {
            return Err(self.looked_at(RECURSION_LIMIT));
        }
        self.depth += 1;
        self.at += 1;
        Ok(())
    }

    /// Takes the `]` or `}` that is next.
    fn close(&mut self) {
        self.depth -= 1;
        self.at += 1;
    }

    /// Takes the `,` that is next; errors if the array or object ends or (in an object)
    /// no key follows.
    fn comma(&mut self, close: u8) -> Result<()> {
        self.at += 1;
        match self.skip_whitespace() {
            None => Err(self.looked_at(EOF_IN_VALUE)),
            Some(byte) if byte == close => Err(self.looked_at(TRAILING_COMMA)),
            Some(b'"') => Ok(()),
            Some(_) if close == b'}' => Err(self.looked_at(KEY_MUST_BE_A_STRING)),
            Some(_) => Ok(()),
        }
    }

    /// An array, whose `[` is next.
    fn array(&mut self) -> Result<Vec<Value<'a>>> {
        self.open()?;
        let first = self.items.len();
        loop {
            let empty = self.items.len() == first;
            match self.skip_whitespace() {
                None => return Err(self.looked_at(EOF_IN_LIST)),
                Some(b']') => break,
                Some(b',') if !empty => self.comma(b']')?,
                Some(_) if empty => {}
                Some(_) => return Err(self.looked_at(EXPECTED_LIST_COMMA_OR_END)),
            }
            let item = self.value()?;
            self.items.push(item);
        }
        self.close();
        Ok(self.items.split_off(first))
    }

    /// An object, whose `{` is next; its members in document order.
    fn object(&mut self) -> Result<Map<'a>> {
        self.open()?;
        let first = self.members.len();
        loop {
            let empty = self.members.len() == first;
            match self.skip_whitespace() {
                None => return Err(self.looked_at(EOF_IN_OBJECT)),
                Some(b'}') => break,
                Some(b'"') if empty => {}
                Some(_) if empty => return Err(self.looked_at(KEY_MUST_BE_A_STRING)),
                Some(b',') => self.comma(b'}')?,
                Some(_) => return Err(self.looked_at(EXPECTED_OBJECT_COMMA_OR_END)),
            }
            self.at += 1; // the key's opening quote
            let key = self.string()?;
            match self.skip_whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.looked_at(EXPECTED_COLON)),
                None => return Err(self.looked_at(EOF_IN_OBJECT)),
            }
            let value = self.value()?;
            self.members.push((key, value));
        }
        self.close();
        Ok(Map {
            members: self.members.split_off(first),
        })
    }

    /// The rest of a string whose opening quote was taken: borrowed from the text unless
    /// it has escapes.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        let mut unescaped: Option<String> = None;
        let mut run_start = self.at;
        loop {
            self.at = plain_run_end(self.bytes(), self.at);
            // Both ends are on character boundaries: a run starts after a quote or a
            // whole escape, and stops at an ASCII byte or the end of the text.
            let run = &self.text[run_start..self.at];
            match self.next() {
                Some(b'"') => {
                    return Ok(match unescaped {
                        None => Cow::Borrowed(run),
                        Some(mut text) => {
                            text.push_str(run);
                            Cow::Owned(text)
                        }
                    });
                }
                Some(b'\\') => {
                    let text = unescaped.get_or_insert_with(String::new);
                    text.push_str(run);
                    let c = self.escape()?;
                    text.push(c);
                    run_start = self.at;
                }
                Some(_) => return Err(self.taken(CONTROL_CHARACTER)),
                None => return Err(self.taken(EOF_IN_STRING)),
            }
        }
    }

    /// The character an escape stands for, its backslash taken.
    fn escape(&mut self) -> Result<char> {
        match self.next() {
            None => Err(self.taken(EOF_IN_STRING)),
            Some(b'"') => Ok('"'),
            Some(b'\\') => Ok('\\'),
            Some(b'/') => Ok('/'),
            Some(b'b') => Ok('\u{8}'),
            Some(b'f') => Ok('\u{c}'),
            Some(b'n') => Ok('\n'),
            Some(b'r') => Ok('\r'),
            Some(b't') => Ok('\t'),
            Some(b'u') => self.unicode_escape(),
            Some(_) => Err(self.taken(INVALID_ESCAPE)),
        }
    }

    /// The character of a `\u` escape, `\u` taken. Outside the Basic Multilingual Plane it
    /// is a UTF-16 surrogate pair of two escapes; like serde_json, an unpaired surrogate
    /// is an error (Rust strings cannot hold one).
    fn unicode_escape(&mut self) -> Result<char> {
        let first = self.hex_digits()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.taken(LONE_SURROGATE)),
            0xD800..=0xDBFF => {
                self.escape_byte(b'\\')?;
                self.escape_byte(b'u')?;
                let second = self.hex_digits()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.taken(LONE_SURROGATE));
                }
                0x1_0000 + ((u32::from(first - 0xD800) << 10) | u32::from(second - 0xDC00))
            }
            _ => u32::from(first),
        };
        char::from_u32(code).ok_or_else(|| self.taken(INVALID_CODE_POINT))
    }

    /// Takes the next byte, which must be `expected` (the `\` or `u` of a surrogate's
    /// second half).
    fn escape_byte(&mut self, expected: u8) -> Result<()> {
        match self.next() {
            None => Err(self.taken(EOF_IN_STRING)),
            Some(byte) if byte == expected => Ok(()),
            Some(_) => Err(self.taken(UNEXPECTED_END_OF_HEX_ESCAPE)),
        }
    }

    /// The four hex digits of a `\u` escape, taken whole before they are checked.
    fn hex_digits(&mut self) -> Result<u16> {
        let Some(digits) = self.bytes().get(self.at..self.at + 4) else {
            self.at = self.text.len();
            return Err(self.taken(EOF_IN_STRING));
        };
        self.at += 4;
        let code = digits.iter().try_fold(0u16, |code, &digit| {
            let value = char::from(digit).to_digit(16)?;
            Some((code << 4) | value as u16)
        });
        code.ok_or_else(|| self.taken(INVALID_ESCAPE))
    }
}

/// The offset of the first quote, backslash or control character at or after `from`, or
/// the end: how far a string runs with nothing to look at. Strings are most of a
/// catalog's bytes, so this tests eight bytes at a time.
fn plain_run_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    for chunk in bytes.get(from..).unwrap_or_default().chunks(8) {
        let found = match <[u8; 8]>::try_from(chunk) {
            Ok(eight) => {
                let flags = notable_bytes(u64::from_le_bytes(eight));
                (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
            }
            Err(_) => chunk.iter().position(|&byte| is_notable(byte)),
        };
        if let Some(index) = found {
            return at + index;
        }
        at += chunk.len();
    }
    at
}

fn is_notable(byte: u8) -> bool {
    byte == b'"' || byte == b'\\' || byte < 0x20
}

/// The high bit of each byte of `word` (little-endian) set for a quote, backslash or
/// control character. A borrow can also set it in a byte above a notable one, never
/// below, so the lowest set bit marks the first notable byte exactly.
fn notable_bytes(word: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH_BITS: u64 = ONES << 7;
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let quotes = zero_bytes(word ^ (ONES * u64::from(b'"')));
    let backslashes = zero_bytes(word ^ (ONES * u64::from(b'\\')));
    (below_space | quotes | backslashes) & HIGH_BITS
}
