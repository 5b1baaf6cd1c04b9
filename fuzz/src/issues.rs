//! The rules `invariants::check_catalog_text` applies to a catalog's errors and warnings,
//! for any reader that returns `Result<_, CatalogError>` (the sharded-catalog readers).
//!
//! Each reported path is checked by `invariants::check_issue`, the proptests' own rule: it
//! must read back as steps and lead to a real place in the document.

use serde_json::Value;

use crate::invariants::check_issue;
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
