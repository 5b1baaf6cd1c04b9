//! Hash routes (`#/compare/a/b?weights=…`), so any static host serves every page.
//!
//! Reading and writing a route is plain string work, tested natively; the site follows
//! `hashchange` (see `crate::router`), and links are ordinary `href="#/…"` anchors.

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Home,
    /// `#/compare/{a}/{b}` (up to four ids).
    Compare {
        ids: String,
    },
    Artifact {
        id: String,
    },
    /// Only the card, for an iframe on a host page that allows no scripts.
    EmbedCompare {
        ids: String,
    },
    EmbedArtifact {
        id: String,
    },
    NotFound,
}

impl Route {
    /// The comparison route for these ids.
    pub fn compare(ids: &[&str]) -> Route {
        Route::Compare { ids: ids.join("/") }
    }

    /// The path after `#`: `/compare/a/b`.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Compare { ids } => format!("/compare/{ids}"),
            Route::Artifact { id } => format!("/artifact/{id}"),
            Route::EmbedCompare { ids } => format!("/embed/compare/{ids}"),
            Route::EmbedArtifact { id } => format!("/embed/artifact/{id}"),
            Route::NotFound => "/404".to_owned(),
        }
    }

    /// The route of a path (`/compare/a/b`), percent-decoded; `NotFound` when none fits.
    pub fn recognize(path: &str) -> Route {
        let path = percent_decode(path);
        let rest = path.strip_prefix('/').unwrap_or(&path);
        let (embed, rest) = match rest.strip_prefix("embed/") {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let (page, tail) = rest.split_once('/').unwrap_or((rest, ""));
        let single = !tail.is_empty() && !tail.contains('/');
        match (embed, page) {
            (false, "") if tail.is_empty() => Route::Home,
            (false, "compare") => Route::Compare { ids: tail.into() },
            (true, "compare") => Route::EmbedCompare { ids: tail.into() },
            (false, "artifact") if single => Route::Artifact { id: tail.into() },
            (true, "artifact") if single => Route::EmbedArtifact { id: tail.into() },
            _ => Route::NotFound,
        }
    }
}

/// Splits a location hash (`#/compare/a/b?weights=…`) into the path (`/` when empty) and the
/// query (without `?`).
pub fn split_hash(hash: &str) -> (&str, &str) {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    (if path.is_empty() { "/" } else { path }, query)
}

/// Splits `a/b/c` into ids, dropping empty segments.
pub fn split_ids(ids: &str) -> Vec<String> {
    ids.split('/')
        .filter(|segment| !segment.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `%xx` escapes decoded as UTF-8 (invalid sequences become U+FFFD); a `%` without two
/// hex digits stays as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'%')
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let routes = [
            Route::Home,
            Route::compare(&["a", "b", "c"]),
            Route::Artifact {
                id: "gpt-4o".into(),
            },
            Route::EmbedCompare { ids: "a/b".into() },
            Route::EmbedArtifact { id: "x".into() },
            Route::NotFound,
        ];
        for route in routes {
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
    }

    #[test]
    fn odd_paths_read_sensibly() {
        assert_eq!(Route::recognize(""), Route::Home);
        assert_eq!(
            Route::recognize("/compare/a/b/"),
            Route::compare(&["a", "b/"])
        );
        assert_eq!(split_ids("a/b/"), vec!["a", "b"]);
        assert_eq!(Route::recognize("/artifact/a/b"), Route::NotFound);
        assert_eq!(Route::recognize("/artifact/"), Route::NotFound);
        assert_eq!(Route::recognize("/nope"), Route::NotFound);
        assert_eq!(Route::recognize("/embed/"), Route::NotFound);
        assert_eq!(
            Route::recognize("/artifact/caf%C3%A9%2"),
            Route::Artifact {
                id: "café%2".into()
            }
        );
        assert_eq!(
            Route::recognize("/artifact/%FF"),
            Route::Artifact {
                id: "\u{FFFD}".into()
            }
        );
    }

    #[test]
    fn a_hash_splits_into_path_and_query() {
        assert_eq!(split_hash(""), ("/", ""));
        assert_eq!(split_hash("#"), ("/", ""));
        assert_eq!(
            split_hash("#/compare/a/b?weights=rank:1"),
            ("/compare/a/b", "weights=rank:1")
        );
        assert_eq!(split_hash("#?x=1"), ("/", "x=1"));
    }
}
