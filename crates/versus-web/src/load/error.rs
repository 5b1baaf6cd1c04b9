//! What went wrong loading a catalog or one of its files: a value that travels as a prop
//! to `error_notice`, with a kind for code to decide on and words for the reader.

use versus_core::CatalogError;

/// What kind of failure a `LoadError` is: code decides on this, never on the wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// No answer, or no whole answer (network, CORS, timeout).
    Network,
    /// The server answered with an error status.
    Http,
    /// The answer is not valid JSON.
    Syntax,
    /// Valid JSON that breaks the catalog contract.
    Invalid,
    /// The page or attribute names a catalog URL that is not http(s) or relative.
    RefusedUrl,
}

/// What went wrong loading a catalog, for `error_notice`.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub kind: LoadErrorKind,
    pub url: String,
    pub title: String,
    pub lines: Vec<String>,
}

impl LoadError {
    pub fn network(url: &str, message: String) -> Self {
        Self {
            kind: LoadErrorKind::Network,
            url: url.to_owned(),
            title: "The catalog could not be fetched".to_owned(),
            lines: vec![message],
        }
    }

    pub fn http(url: &str, status: u16, status_text: &str) -> Self {
        Self {
            kind: LoadErrorKind::Http,
            url: url.to_owned(),
            title: format!("The catalog server answered {status} {status_text}"),
            lines: vec!["Check that the catalog URL is right and publicly readable.".to_owned()],
        }
    }

    pub fn refused_url(url: &str) -> Self {
        Self {
            kind: LoadErrorKind::RefusedUrl,
            url: url.to_owned(),
            title: "The catalog URL is not allowed".to_owned(),
            lines: vec!["A catalog URL must be http(s) or relative.".to_owned()],
        }
    }

    pub fn invalid(url: &str, error: &CatalogError) -> Self {
        let (kind, title) = match error {
            CatalogError::Syntax { .. } => (
                LoadErrorKind::Syntax,
                "The catalog is not valid JSON".to_owned(),
            ),
            CatalogError::Invalid { total_errors, .. } => (
                LoadErrorKind::Invalid,
                format!(
                    "The catalog has {total_errors} problem{}",
                    if *total_errors == 1 { "" } else { "s" }
                ),
            ),
        };
        Self {
            kind,
            url: url.to_owned(),
            title,
            lines: error.lines(),
        }
    }
}
