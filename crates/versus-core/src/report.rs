//! What validating one catalog file found, as lines for people and as JSON for tools.
//!
//! The `versus-catalog` CLI reads the files; everything it prints is built here.

use serde::Serialize;

use super::issues::{CatalogError, Issue};
use super::parse::parse_catalog;

/// The outcome of one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No errors (warnings allowed).
    Valid,
    /// Not JSON, or not a `versus-catalog/1` document.
    Invalid,
    /// The file could not be read, or is not UTF-8.
    Unreadable,
}

/// One finding, anchored at a JSON path such as `artifacts[1].rank`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub path: String,
    pub message: String,
}

/// Where a JSON syntax error is (1-based) and what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SyntaxPosition {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Everything found in one file; serialises to one entry of the CLI's `--json` `files`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileReport {
    pub path: String,
    pub status: Status,
    /// The errors kept (at most `MAX_ISSUES`); `total_errors` counts all of them.
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
    /// Errors in all; a syntax error counts as one.
    pub total_errors: usize,
    /// Number of artifacts of a valid catalog, else `None`.
    pub artifacts: Option<usize>,
    pub syntax: Option<SyntaxPosition>,
    pub io_error: Option<String>,
}

fn findings(issues: Vec<Issue>) -> Vec<Finding> {
    issues
        .into_iter()
        .map(|issue| Finding {
            path: issue.path,
            message: issue.message,
        })
        .collect()
}

impl FileReport {
    /// Validates catalog `text` read from `path`.
    pub fn from_text(path: &str, text: &str) -> Self {
        let mut report = Self::empty(path, Status::Invalid);
        match parse_catalog(text) {
            Ok(parsed) => {
                report.status = Status::Valid;
                report.artifacts = Some(parsed.catalog.artifacts.len());
                report.warnings = findings(parsed.warnings);
            }
            Err(CatalogError::Syntax {
                message,
                line,
                column,
            }) => {
                report.total_errors = 1;
                report.syntax = Some(SyntaxPosition {
                    line,
                    column,
                    message,
                });
            }
            Err(CatalogError::Invalid {
                errors,
                total_errors,
                warnings,
            }) => {
                report.errors = findings(errors);
                report.warnings = findings(warnings);
                report.total_errors = total_errors;
            }
        }
        report
    }

    /// A file that could not be read (missing, a directory, not UTF-8).
    pub fn unreadable(path: &str, reason: &str) -> Self {
        let mut report = Self::empty(path, Status::Unreadable);
        report.io_error = Some(reason.to_owned());
        report
    }

    fn empty(path: &str, status: Status) -> Self {
        Self {
            path: path.to_owned(),
            status,
            errors: Vec::new(),
            warnings: Vec::new(),
            total_errors: 0,
            artifacts: None,
            syntax: None,
            io_error: None,
        }
    }

    /// `PATH: error: …` and `PATH: warning: …` lines, then a one-line summary.
    pub fn lines(&self) -> Vec<String> {
        let path = &self.path;
        let mut lines = Vec::new();
        if let Some(reason) = &self.io_error {
            lines.push(format!("{path}: error: cannot read: {reason}"));
        }
        if let Some(syntax) = &self.syntax {
            let SyntaxPosition {
                line,
                column,
                message,
            } = syntax;
            lines.push(format!(
                "{path}: error: line {line}, column {column}: not valid JSON: {message}"
            ));
        }
        for error in &self.errors {
            lines.push(format!("{path}: error: {}: {}", error.path, error.message));
        }
        let unlisted = self.total_errors.saturating_sub(self.errors.len());
        if self.syntax.is_none() && unlisted > 0 {
            lines.push(format!("{path}: error: … and {unlisted} more"));
        }
        for warning in &self.warnings {
            lines.push(format!(
                "{path}: warning: {}: {}",
                warning.path, warning.message
            ));
        }
        lines.push(format!("{path}: {}", self.summary()));
        lines
    }

    /// `valid (14 artifacts, 0 warnings)`, `invalid (3 errors, 1 warning)`, `unreadable`.
    pub fn summary(&self) -> String {
        let warnings = count(self.warnings.len(), "warning");
        match self.status {
            Status::Valid => {
                let artifacts = count(self.artifacts.unwrap_or(0), "artifact");
                format!("valid ({artifacts}, {warnings})")
            }
            Status::Invalid if self.syntax.is_some() => "invalid (not valid JSON)".to_owned(),
            Status::Invalid => format!(
                "invalid ({}, {warnings})",
                count(self.total_errors, "error")
            ),
            Status::Unreadable => "unreadable".to_owned(),
        }
    }
}

/// `1 warning`, `3 warnings`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The process exit code for a run: 2 if any file is unreadable, else 1 if any is
/// invalid, else 0.
pub fn exit_code(reports: &[FileReport]) -> u8 {
    let has = |status| reports.iter().any(|report| report.status == status);
    if has(Status::Unreadable) {
        2
    } else if has(Status::Invalid) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"format": "versus-catalog/1", "brand": {"name": "X"},
        "artifacts": [{"id": "a", "name": "A", "kind": "Tool", "rank": 1,
        "pricing": {"plan": "free"}, "capabilities": [], "alternatives": ["zz"]}]}"#;

    #[test]
    fn valid_files_count_artifacts_and_warnings() {
        let report = FileReport::from_text("c.json", MINIMAL);
        assert_eq!(report.status, Status::Valid);
        assert_eq!(report.summary(), "valid (1 artifact, 1 warning)");
        assert!(report.lines()[0].starts_with("c.json: warning: artifacts[0].alternatives[0]: "));
    }

    #[test]
    fn invalid_files_keep_their_warnings() {
        let text = MINIMAL.replace("}]}", r#"}], "featured": ["a"]}"#);
        let report = FileReport::from_text("c.json", &text);
        assert_eq!(report.summary(), "invalid (1 error, 1 warning)");
        assert_eq!(
            report.lines()[0],
            r#"c.json: error: featured[0]: expected a pair of artifact ids [id, id], found "a""#
        );
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let report = FileReport::from_text("c.json", "{\n  \"format\": }");
        let syntax = report.syntax.as_ref().expect("syntax error");
        assert_eq!((syntax.line, syntax.column), (2, 13));
        assert!(report.lines()[0].starts_with("c.json: error: line 2, column 13: not valid JSON: "));
        assert_eq!(report.summary(), "invalid (not valid JSON)");
    }

    #[test]
    fn unreadable_wins_over_invalid() {
        let invalid = FileReport::from_text("a.json", "[]");
        let missing = FileReport::unreadable("b.json", "No such file or directory");
        assert_eq!(exit_code(std::slice::from_ref(&invalid)), 1);
        assert_eq!(exit_code(&[invalid, missing]), 2);
        assert_eq!(exit_code(&[]), 0);
    }
}
