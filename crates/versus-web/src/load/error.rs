//! What went wrong loading a catalog or one of its files: a value that travels as a prop
//! to `error_notice`, with a kind for code to decide on, and what the words for the reader
//! need, put into words (`title`, `shown_lines`) in the reader's language when shown.

use versus_core::format::Locale;
use versus_core::messages::page;
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
    /// The status and its text, for `Http`.
    pub status: Option<(u16, String)>,
    /// How many problems an `Invalid` catalog has (more than `lines` may list).
    pub problems: usize,
    /// The details as they came: the browser's or the parser's words, which quote the
    /// catalog and are not translated. `shown_lines` adds the kind's own advice.
    pub lines: Vec<String>,
    /// The JSON paths of an `Invalid` catalog's errors (for the host page's
    /// `versus:error`).
    pub paths: Vec<String>,
}

impl LoadError {
    fn new(kind: LoadErrorKind, url: &str, lines: Vec<String>) -> Self {
        Self {
            kind,
            url: url.to_owned(),
            status: None,
            problems: 0,
            lines,
            paths: Vec::new(),
        }
    }

    pub fn network(url: &str, message: String) -> Self {
        Self::new(LoadErrorKind::Network, url, vec![message])
    }

    pub fn http(url: &str, status: u16, status_text: &str) -> Self {
        Self {
            status: Some((status, status_text.to_owned())),
            ..Self::new(LoadErrorKind::Http, url, Vec::new())
        }
    }

    pub fn refused_url(url: &str) -> Self {
        Self::new(LoadErrorKind::RefusedUrl, url, Vec::new())
    }

    pub fn invalid(url: &str, error: &CatalogError) -> Self {
        let (kind, problems, paths) = match error {
            CatalogError::Syntax { .. } => (LoadErrorKind::Syntax, 0, Vec::new()),
            CatalogError::Invalid {
                total_errors,
                errors,
                ..
            } => (
                LoadErrorKind::Invalid,
                *total_errors,
                errors.iter().map(|issue| issue.path.clone()).collect(),
            ),
        };
        Self {
            problems,
            paths,
            ..Self::new(kind, url, error.lines())
        }
    }

    /// The notice's heading, in `locale`'s words.
    pub fn title(&self, locale: &Locale) -> String {
        match self.kind {
            LoadErrorKind::Network => locale.text(page::ERROR_FETCH_TITLE).to_owned(),
            LoadErrorKind::Http => {
                let (status, text) = self
                    .status
                    .as_ref()
                    .map_or((String::new(), ""), |(status, text)| {
                        (status.to_string(), text.as_str())
                    });
                locale.say(
                    page::ERROR_HTTP_TITLE,
                    &[("status", &status), ("status_text", text)],
                )
            }
            LoadErrorKind::RefusedUrl => locale.text(page::ERROR_REFUSED_TITLE).to_owned(),
            LoadErrorKind::Syntax => locale.text(page::ERROR_SYNTAX_TITLE).to_owned(),
            LoadErrorKind::Invalid => {
                locale.count(page::ERROR_INVALID_TITLE, self.problems as u64, &[])
            }
        }
    }

    /// The lines under the heading: what to check, in `locale`'s words, then the details.
    pub fn shown_lines(&self, locale: &Locale) -> Vec<String> {
        let advice = match self.kind {
            LoadErrorKind::Http => Some(page::ERROR_HTTP_HINT),
            LoadErrorKind::RefusedUrl => Some(page::ERROR_REFUSED_HINT),
            _ => None,
        };
        advice
            .map(|advice| locale.text(advice).to_owned())
            .into_iter()
            .chain(self.lines.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_stay_as_they_were() {
        let english = Locale::default();
        let http = LoadError::http("c.json", 404, "Not Found");
        assert_eq!(
            http.title(&english),
            "The catalog server answered 404 Not Found"
        );
        assert_eq!(
            http.shown_lines(&english),
            ["Check that the catalog URL is right and publicly readable."]
        );
        let refused = LoadError::refused_url("ftp://x");
        assert_eq!(refused.title(&english), "The catalog URL is not allowed");
        assert_eq!(
            refused.shown_lines(&english),
            ["A catalog URL must be http(s) or relative."]
        );
        let network = LoadError::network("c.json", "offline".to_owned());
        assert_eq!(network.title(&english), "The catalog could not be fetched");
        assert_eq!(network.shown_lines(&english), ["offline"]);
        let one = LoadError {
            problems: 1,
            ..LoadError::new(LoadErrorKind::Invalid, "c.json", Vec::new())
        };
        assert_eq!(one.title(&english), "The catalog has 1 problem");
        let many = LoadError { problems: 3, ..one };
        assert_eq!(many.title(&english), "The catalog has 3 problems");
    }
}
