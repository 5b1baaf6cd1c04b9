//! The rules `invariants::check_catalog_text` applies to a catalog's errors and warnings,
//! for any reader that returns `Result<_, CatalogError>` (the sharded-catalog readers).
//!
//! `parse_path` and `check_issue` follow the private functions of the same names in
//! `crates/versus-core/tests/fuzz_domain/invariants.rs` (which only exports
//! `check_catalog_text`): a reported path must read back as steps and lead to a real place
//! in the document.

use serde_json::Value;
use versus_core::issues::MAX_ISSUES;
use versus_core::{CatalogError, Issue, Severity};

/// Checks a reader's result on `text`: a syntax error only for text serde_json rejects,
/// with a line inside the text; an invalid document names at least one error; every
/// error and warning path (and those of `ok_warnings`, an accepted document's warnings)
/// names a real place in the document. Panics with the reason when a rule breaks.
pub fn check_result<T>(text: &str, result: &Result<T, CatalogError>, ok_warnings: &[Issue]) {
    match result {
        Err(CatalogError::Syntax {
            message,
            line,
            column,
        }) => {
            assert!(!message.is_empty(), "a syntax error says what is wrong");
            assert!(
                serde_json::from_str::<Value>(text).is_err(),
                "a syntax error ({message}) for JSON that serde_json reads"
            );
            let lines = text.split('\n').count();
            assert!(
                (1..=lines).contains(line),
                "syntax error line {line} (column {column}) outside 1..={lines}"
            );
        }
        Err(CatalogError::Invalid {
            errors,
            total_errors,
            warnings,
        }) => {
            assert!(!errors.is_empty(), "an invalid document names an error");
            assert!(errors.len() <= MAX_ISSUES && warnings.len() <= MAX_ISSUES);
            assert!(*total_errors >= errors.len());
            let value: Value = serde_json::from_str(text).expect("Invalid implies valid JSON");
            for issue in errors {
                assert_eq!(issue.severity, Severity::Error, "{issue}");
                check_issue(&value, issue);
            }
            for issue in warnings {
                assert_eq!(issue.severity, Severity::Warning, "{issue}");
                check_issue(&value, issue);
            }
        }
        Ok(_) => {
            let value: Value = serde_json::from_str(text).expect("Ok implies valid JSON");
            assert!(ok_warnings.len() <= MAX_ISSUES);
            for issue in ok_warnings {
                assert_eq!(issue.severity, Severity::Warning, "{issue}");
                check_issue(&value, issue);
            }
        }
    }
}

/// One step of a JSON path as the validator prints it.
#[derive(Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn is_plain_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Reads `brand.theme.accent`, `artifacts[3].rank`, `related["my key"]` or `(root)`.
fn parse_path(path: &str) -> Option<Vec<Step>> {
    if path == "(root)" {
        return Some(Vec::new());
    }
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(inside) = rest.strip_prefix('[') {
            if inside.starts_with('"') {
                let mut stream = serde_json::Deserializer::from_str(inside).into_iter::<String>();
                let key = stream.next()?.ok()?;
                rest = inside[stream.byte_offset()..].strip_prefix(']')?;
                steps.push(Step::Key(key));
            } else {
                let end = inside.find(']')?;
                let digits = &inside[..end];
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                steps.push(Step::Index(digits.parse().ok()?));
                rest = &inside[end + 1..];
            }
        } else {
            let body = if steps.is_empty() {
                rest
            } else {
                rest.strip_prefix('.')?
            };
            let end = body.find(['.', '[']).unwrap_or(body.len());
            if !is_plain_key(&body[..end]) {
                return None;
            }
            steps.push(Step::Key(body[..end].to_owned()));
            rest = &body[end..];
        }
    }
    (!steps.is_empty()).then_some(steps)
}

/// The path must read back as steps, and lead to a place in the document: every step but
/// the last exists, and the last does too unless the field is reported missing.
fn check_issue(document: &Value, issue: &Issue) {
    let steps = parse_path(&issue.path)
        .unwrap_or_else(|| panic!("path {:?} does not read back ({issue})", issue.path));
    assert!(!issue.message.is_empty(), "{issue}: empty message");
    let mut at = document;
    for (position, step) in steps.iter().enumerate() {
        let next = match (step, at) {
            (Step::Key(key), Value::Object(map)) => map.get(key),
            (Step::Index(index), Value::Array(items)) => items.get(*index),
            _ => None,
        };
        match next {
            Some(value) => at = value,
            None if position + 1 == steps.len()
                && issue.message.starts_with("required field is missing") =>
            {
                return
            }
            None => panic!("{issue}: step {step:?} leads nowhere in the document"),
        }
    }
}
