//! Validation findings and the error a broken catalog produces.

use std::fmt;

use super::json::SyntaxError;

/// How serious a finding is: errors reject the catalog, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding, anchored at a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The most findings kept per catalog; the rest are counted, not stored.
pub const MAX_ISSUES: usize = 200;

/// Why a catalog could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The text is not JSON at all.
    #[error("not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// The JSON does not follow `versus-catalog/1`; every error found, with its path.
    #[error("{} problem(s) in the catalog; first: {}", total_errors, errors.first().map(|e| e.to_string()).unwrap_or_default())]
    Invalid {
        errors: Vec<Issue>,
        /// Errors found in all, including those beyond `MAX_ISSUES`.
        total_errors: usize,
        /// Warnings found alongside the errors, so a report can show both.
        warnings: Vec<Issue>,
    },
}

impl From<SyntaxError> for CatalogError {
    fn from(error: SyntaxError) -> Self {
        CatalogError::Syntax {
            message: error.message.to_owned(),
            line: error.line,
            column: error.column,
        }
    }
}

impl CatalogError {
    /// Lines a person can read, one per problem.
    pub fn lines(&self) -> Vec<String> {
        match self {
            CatalogError::Syntax { .. } => vec![self.to_string()],
            CatalogError::Invalid {
                errors,
                total_errors,
                ..
            } => {
                let mut lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                if *total_errors > errors.len() {
                    lines.push(format!("… and {} more", total_errors - errors.len()));
                }
                lines
            }
        }
    }
}

/// Collects findings while validating, keeping at most `MAX_ISSUES` of each kind.
#[derive(Debug, Default)]
pub struct Findings {
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    pub total_errors: usize,
    pub total_warnings: usize,
}

impl Findings {
    pub fn error(&mut self, path: impl ToString, message: impl Into<String>) {
        self.total_errors += 1;
        if self.errors.len() < MAX_ISSUES {
            self.errors.push(Issue {
                severity: Severity::Error,
                path: path.to_string(),
                message: message.into(),
            });
        }
    }

    pub fn warning(&mut self, path: impl ToString, message: impl Into<String>) {
        self.total_warnings += 1;
        if self.warnings.len() < MAX_ISSUES {
            self.warnings.push(Issue {
                severity: Severity::Warning,
                path: path.to_string(),
                message: message.into(),
            });
        }
    }

    /// Adds `later`'s findings after these ones, as if they had been recorded here in
    /// order: the caps apply to the combined lists and the totals count every finding.
    pub fn append(&mut self, later: Findings) {
        let unstored_errors = later.total_errors.saturating_sub(later.errors.len());
        let unstored_warnings = later.total_warnings.saturating_sub(later.warnings.len());
        for issue in later.errors {
            self.error(issue.path, issue.message);
        }
        for issue in later.warnings {
            self.warning(issue.path, issue.message);
        }
        self.total_errors += unstored_errors;
        self.total_warnings += unstored_warnings;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_stored_errors_but_counts_all() {
        let mut findings = Findings::default();
        for i in 0..(MAX_ISSUES + 5) {
            findings.error(format!("artifacts[{i}]"), "bad");
        }
        assert_eq!(findings.errors.len(), MAX_ISSUES);
        let error = CatalogError::Invalid {
            errors: findings.errors,
            total_errors: findings.total_errors,
            warnings: Vec::new(),
        };
        assert_eq!(error.lines().last().unwrap(), "… and 5 more");
    }

    #[test]
    fn append_is_recording_in_order() {
        let record = |findings: &mut Findings, from: usize, to: usize| {
            for i in from..to {
                findings.error(format!("e[{i}]"), "bad");
                findings.warning(format!("w[{i}]"), "odd");
            }
        };
        let mut whole = Findings::default();
        record(&mut whole, 0, MAX_ISSUES + 30);
        let mut first = Findings::default();
        record(&mut first, 0, 50);
        let mut later = Findings::default();
        record(&mut later, 50, MAX_ISSUES + 30);
        first.append(later);
        assert_eq!(first.errors, whole.errors);
        assert_eq!(first.warnings, whole.warnings);
        assert_eq!(first.total_errors, whole.total_errors);
        assert_eq!(first.total_warnings, whole.total_warnings);
    }
}
