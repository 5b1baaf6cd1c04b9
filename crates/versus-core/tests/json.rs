//! `versus_core::json::parse` held to `serde_json::from_str`, which it replaced: the same tree
//! for every valid text, and for every broken one the same message, line and column.
//! `versus_core::json::parse_at` is held to serde_json's `StreamDeserializer` the same way.
//! `PROPTEST_CASES` raises the case count for a long local run.

// serde_json is the reference here (crates/clippy.toml bans it from the product code).
#![allow(clippy::disallowed_methods)]

mod common;
#[path = "common/garble.rs"]
mod garble;

use proptest::prelude::*;
use versus_core::json::{self, Value};

/// serde_json's verdict on `text`: the value, or the error as message, line and column.
fn serde_json_reads(text: &str) -> Result<serde_json::Value, (String, usize, usize)> {
    serde_json::from_str(text).map_err(|error| error_parts(&error))
}

/// A serde_json error as message (without " at line L column C"), line and column.
fn error_parts(error: &serde_json::Error) -> (String, usize, usize) {
    let text = error.to_string();
    let message = text.rfind(" at line ").map_or(&*text, |end| &text[..end]);
    (message.to_owned(), error.line(), error.column())
}

/// Whether `ours` is the number serde_json read as `theirs`: the same f64, bit for bit
/// (so `-0` too), and the same integer where serde_json kept one.
fn same_number(ours: &json::Number, theirs: &serde_json::Number) -> bool {
    let text = ours.as_str();
    let same_integer = match (theirs.as_u64(), theirs.as_i64()) {
        (Some(unsigned), _) => text.parse::<u64>() == Ok(unsigned),
        (None, Some(signed)) => text.parse::<i64>() == Ok(signed),
        // serde_json kept a float: the text is no integer it could have kept.
        (None, None) => {
            text.parse::<u64>().is_err() && (text == "-0" || text.parse::<i64>().is_err())
        }
    };
    let value = theirs.as_f64().map(f64::to_bits);
    same_integer && value == Some(ours.as_f64().to_bits())
}

/// Whether two trees are the same JSON; objects compared as serde_json's sorted map,
/// which keeps the last of duplicate keys, in the order ours iterates.
fn same_tree(ours: &Value, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as Theirs;
    match (ours, theirs) {
        (Value::Null, Theirs::Null) => true,
        (Value::Bool(a), Theirs::Bool(b)) => a == b,
        (Value::Number(a), Theirs::Number(b)) => same_number(a, b),
        (Value::String(a), Theirs::String(b)) => a == b,
        (Value::Array(a), Theirs::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_tree(a, b))
        }
        (Value::Object(a), Theirs::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((key, a), (their_key, b))| key == their_key && same_tree(a, b))
        }
        _ => false,
    }
}

/// Asserts that `text` reads the same with both parsers (tree or error).
fn same_as_serde_json(text: &str) {
    match (json::parse(text), serde_json_reads(text)) {
        (Ok(ours), Ok(theirs)) => assert!(same_tree(&ours, &theirs), "{text:?}: {ours:?}"),
        (Err(ours), Err(theirs)) => assert_eq!(
            (ours.message.to_owned(), ours.line, ours.column),
            theirs,
            "{text:?}"
        ),
        (ours, theirs) => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

/// Asserts that `parse_at(text, start, 0)` reads what serde_json's `StreamDeserializer`
/// reads from `start`: the same value ending at the same offset, or an error for both
/// with the same message. serde_json also refuses a number or literal that runs into a
/// byte that cannot follow a value (`12x`); `parse_at` leaves that byte to its caller.
fn same_as_stream(text: &str, start: usize) {
    let Some(rest) = text.get(start..) else {
        return;
    };
    let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
    let theirs = stream.next();
    let ours = json::parse_at(text, start, 0);
    match (ours, theirs) {
        (Ok((ours, end)), Some(Ok(theirs))) => {
            assert!(same_tree(&ours, &theirs), "{rest:?}");
            assert_eq!(end, start + stream.byte_offset(), "{rest:?}");
        }
        (Ok((ours, end)), Some(Err(error))) => {
            assert_eq!(error_parts(&error).0, "trailing characters", "{rest:?}");
            assert!(
                matches!(ours, Value::Null | Value::Bool(_) | Value::Number(_)),
                "{rest:?}"
            );
            assert!(!text[end..].starts_with([' ', '\n', '\t', '\r', ',', ']', '}']));
        }
        (Err(ours), Some(Err(error))) => {
            assert_eq!(ours.message, error_parts(&error).0, "{rest:?}");
        }
        (Err(ours), None) => assert_eq!(ours.message, "EOF while parsing a value"),
        (ours, theirs) => panic!("{rest:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

#[test]
fn reads_like_serde_json() {
    for text in [
        r#"{"b":1,"a":[true,null,2.5,-3,"x\"y"],"c":{"z":{}},"é\u00e9":"\ud83d\ude00"}"#,
        r#"{"k":1,"j":2,"k":3}"#,
        "[1e300]",
        r#""plain""#,
        " \r\n\t[ 1 , { \"a\" : [ ] } ]\n ",
        "[\"\\/\\b\\f\\n\\r\\t\\\\\\\"\\u0000\\u001f\\u007F\\uFFFF\\uD7FF\\uE000\"]",
    ] {
        same_as_serde_json(text);
    }
}

/// The errors serde_json has, each with a text that gives it and where it says it is.
#[test]
fn every_syntax_error_like_serde_json() {
    let cases = [
        ("", "EOF while parsing a value"),
        ("\n", "EOF while parsing a value"),
        ("[1,\n", "EOF while parsing a value"),
        ("[1", "EOF while parsing a list"),
        ("{\"a\":1", "EOF while parsing an object"),
        ("{\"a\"", "EOF while parsing an object"),
        ("\"abc", "EOF while parsing a string"),
        ("\"\\u12", "EOF while parsing a string"),
        ("\"\\", "EOF while parsing a string"),
        ("{\"a\" 1}", "expected `:`"),
        ("[1 2]", "expected `,` or `]`"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`"),
        ("nul", "EOF while parsing a value"),
        ("nulL", "expected ident"),
        ("[tru]", "expected ident"),
        ("[,1]", "expected value"),
        ("\"\\x\"", "invalid escape"),
        ("\"\\u12G4\"", "invalid escape"),
        ("01", "invalid number"),
        ("-a", "invalid number"),
        ("1.", "EOF while parsing a value"),
        ("1.e5", "invalid number"),
        ("1e", "EOF while parsing a value"),
        ("1e+x", "invalid number"),
        ("1e400", "number out of range"),
        ("-1e400", "number out of range"),
        ("1e99999999999", "number out of range"),
        (
            "\"a\u{1}b\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        ("{1:2}", "key must be a string"),
        ("{\"a\":1,2}", "key must be a string"),
        ("\"\\udc00\"", "lone leading surrogate in hex escape"),
        ("\"\\ud800\\u0041\"", "lone leading surrogate in hex escape"),
        ("\"\\ud800x\"", "unexpected end of hex escape"),
        ("\"\\ud800\\n\"", "unexpected end of hex escape"),
        ("[1,]", "trailing comma"),
        ("{\"a\":1,}", "trailing comma"),
        ("1 2", "trailing characters"),
        ("{}x", "trailing characters"),
        (&"[".repeat(128), "recursion limit exceeded"),
    ];
    for (text, message) in cases {
        let error = json::parse(text).unwrap_err();
        assert_eq!(error.message, message, "{text:?}");
        same_as_serde_json(text);
    }
}

#[test]
fn nesting_up_to_127_levels() {
    for depth in 120..=130 {
        for (open, close) in [("[", "]"), ("{\"k\":", "}"), ("[{\"k\":", "}]")] {
            let opened = open.repeat(depth);
            same_as_serde_json(&format!("{opened}{}", close.repeat(depth)));
            same_as_serde_json(&format!("{opened}1{}", close.repeat(depth)));
            same_as_serde_json(&format!("{opened}\n"));
            same_as_serde_json(&opened);
        }
    }
}

#[test]
fn numbers_like_serde_json() {
    for number in [
        "0",
        "-0",
        "-0.0",
        "0.0",
        "1",
        "-1",
        "1.0",
        "1.50",
        "1e2",
        "1E+2",
        "1e-2",
        "0e999",
        "0.1",
        "0.2",
        "0.3",
        "19.99",
        "1e-7",
        "2.5e-3",
        "9007199254740993",
        "18446744073709551615",
        "18446744073709551616",
        "18446744073709551616.5",
        "18446744073709551615.5",
        "-9223372036854775808",
        "-9223372036854775809",
        "-18446744073709551616",
        "123456789012345678901234567890",
        "0.123456789012345678901234567890",
        "123456789012345678901234567890e-30",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "5e-324",
        "2e-324",
        "1e-400",
        "1.5e-400",
        "-1.5e-400",
        "1e400",
        "0e400",
        "1e2147483647",
        "1e2147483648",
        "1e-2147483648",
        "1e-2147483649",
        "0.0000001e2147483647",
        "1e308",
        "10e308",
        "0.1e309",
        "123.456e-789",
        "00",
        "-00",
        "-",
        "1.",
        ".5",
        "+1",
        "1e",
        "1e-",
        "1ee5",
        "1.5.5",
        "0x10",
        "Infinity",
        "NaN",
    ] {
        same_as_serde_json(number);
        same_as_serde_json(&format!("[{number}]"));
        same_as_serde_json(&format!("{{\"n\":\n{number} }}"));
    }
}

/// A data file is read the same, and so is every cut of it.
#[test]
fn the_default_catalog_and_its_cuts() {
    let text = common::read("data/catalog.json");
    same_as_serde_json(&text);
    let cuts = (0..text.len())
        .step_by(97)
        .filter(|&cut| text.is_char_boundary(cut));
    for cut in cuts {
        same_as_serde_json(&text[..cut]);
    }
}

#[test]
fn parse_at_reads_like_the_stream_deserializer() {
    let text = r#" {"a": [1, 2.5e3, "x\u0041"], "b": {"c": null}} 12x true,"#;
    for start in 0..=text.len() {
        same_as_stream(text, start);
    }
}

/// Numbers of every shape, valid or nearly so.
fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?(0|[1-9][0-9]{0,24})(\\.[0-9]{1,24})?([eE][+-]?[0-9]{1,4})?",
        "-?[0-9]{0,22}\\.?[0-9]{0,22}([eE][+-]?[0-9]{0,12})?",
        any::<f64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:e}")),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

/// String literals full of escapes, valid or broken: surrogates alone and in pairs,
/// short or bad hex, unknown escapes, raw control characters and newlines.
fn string_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zé😀 ]{0,4}",
        Just("\\\"".to_owned()),
        Just("\\\\".to_owned()),
        Just("\\/".to_owned()),
        Just("\\n".to_owned()),
        Just("\\ud83d\\ude00".to_owned()),
        Just("\\ud800".to_owned()),
        Just("\\udc00".to_owned()),
        Just("\\udbff\\udfff".to_owned()),
        Just("\\ud800\\u0041".to_owned()),
        Just("\\ud800\\".to_owned()),
        "\\\\u[0-9a-fA-FxX]{0,4}",
        "\\\\[a-z]",
        "[\u{0}-\u{1f}\u{7f}]",
        Just("\n".to_owned()),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

/// Valid JSON: duplicate keys, escapes, unicode, numbers of every kind, nesting and
/// whitespace (newlines included, so lines and columns are exercised).
fn json_text() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("k".to_owned()),
        Just("a\\nb".to_owned()),
        Just("é".to_owned()),
        "[a-c]{0,2}"
    ];
    let space = prop_oneof![Just(""), Just(" "), Just("\n"), Just("\r\n\t ")];
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        Just("-0".to_owned()),
        Just("1e300".to_owned()),
        Just("-12.5e-3".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        "[a-z\\\\\"é😀\n\u{1}]{0,6}".prop_map(|s| json::quote(&s)),
    ];
    leaf.prop_recursive(4, 40, 6, move |inner| {
        let item = (space.clone(), inner, space.clone()).prop_map(|(a, v, b)| format!("{a}{v}{b}"));
        prop_oneof![
            proptest::collection::vec(item.clone(), 0..5)
                .prop_map(|items| format!("[{}]", items.join(","))),
            proptest::collection::vec((key.clone(), item), 0..6).prop_map(|members| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(k, v)| format!("{}:{v}", json::quote(&k)))
                    .collect();
                format!("{{{}}}", members.join(","))
            }),
        ]
    })
}

/// Bytes that matter to a JSON reader, for inserting into and replacing in valid text.
fn snippet() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        prop::sample::select(vec![
            "\"",
            "\\",
            "\\u",
            "\\ud800",
            "\\udc00",
            "\\u00e9",
            "\u{0}",
            "\u{1f}",
            "\n",
            "\r",
            "\t",
            " ",
            ",",
            ":",
            "[",
            "]",
            "{",
            "}",
            "[[[",
            "]]",
            "}}",
            "0",
            "00",
            "-",
            ".",
            "e",
            "E+",
            "1e400",
            "-0",
            "1.5e-400",
            "18446744073709551616",
            "tru",
            "nul",
            "false",
            "x",
            "é",
            "😀",
            "\u{feff}",
        ])
        .prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
        number_text(),
        string_text(),
    ]
}

proptest! {
    #![proptest_config(garble::cases(1000))]

    #[test]
    fn valid_json_reads_like_serde_json(text in json_text()) {
        prop_assert!(json::parse(&text).is_ok(), "{text:?}");
        same_as_serde_json(&text);
    }

    #[test]
    fn edited_json_fails_like_serde_json(
        text in json_text(),
        edits in proptest::collection::vec(garble::edit(snippet(), 5), 1..4),
    ) {
        let edited = garble::apply_all(text, &edits);
        same_as_serde_json(&edited);
    }

    #[test]
    fn numbers_read_like_serde_json(number in number_text(), tail in snippet()) {
        same_as_serde_json(&number);
        same_as_serde_json(&format!("[{number}]"));
        same_as_serde_json(&format!("{number}{tail}"));
    }

    #[test]
    fn strings_read_like_serde_json(string in string_text(), tail in snippet()) {
        same_as_serde_json(&string);
        same_as_serde_json(&format!("{{{string}:{string}}}"));
        same_as_serde_json(&format!("{string}{tail}"));
    }

    #[test]
    fn deep_nesting_fails_like_serde_json(
        depth in 120..135usize,
        brackets in proptest::collection::vec(prop::bool::ANY, 1..8),
        tail in snippet(),
    ) {
        let open: String = (0..depth)
            .map(|level| if brackets[level % brackets.len()] { "[" } else { "{\"k\":" })
            .collect();
        let close: String = (0..depth)
            .rev()
            .map(|level| if brackets[level % brackets.len()] { "]" } else { "}" })
            .collect();
        same_as_serde_json(&format!("{open}0{close}"));
        same_as_serde_json(&format!("{open}{tail}{close}"));
        same_as_serde_json(&format!("{open}{tail}"));
    }

    #[test]
    fn text_anywhere_reads_like_the_stream_deserializer(
        text in json_text(),
        edits in proptest::collection::vec(garble::edit(snippet(), 5), 0..3),
        at in 0.0..=1.0f64,
    ) {
        let edited = garble::apply_all(text, &edits);
        let mut start = (edited.len() as f64 * at) as usize;
        while !edited.is_char_boundary(start) {
            start -= 1;
        }
        same_as_stream(&edited, start);
    }

    #[test]
    fn any_text_reads_like_serde_json(text in any::<String>()) {
        same_as_serde_json(&text);
    }
}
