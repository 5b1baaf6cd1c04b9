//! URL checks for catalog values: only http(s) becomes a link.

/// True for an absolute `http://` or `https://` URL with a host and no whitespace or controls.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !has_unsafe_chars(url)
}

/// True for a relative reference (`img/logo.svg`, `/logo.png`) that cannot carry a scheme.
pub fn is_relative_url(url: &str) -> bool {
    if url.is_empty() || has_unsafe_chars(url) || url.starts_with("//") {
        return false;
    }
    // A colon before the first `/`, `?` or `#` would make it a scheme (`javascript:`).
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':')
}

fn has_unsafe_chars(url: &str) -> bool {
    url.chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_http_and_https() {
        assert!(is_http_url("https://example.com/a?b=c"));
        assert!(is_http_url("HTTP://Example.com"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("data:text/html,hi"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https://exa mple.com"));
        assert!(!is_http_url("ftp://example.com"));
    }

    #[test]
    fn relative_urls_cannot_smuggle_a_scheme() {
        assert!(is_relative_url("img/logo.svg"));
        assert!(is_relative_url("/static/logo.png"));
        assert!(is_relative_url("logo.png?v=1:2"));
        assert!(!is_relative_url("javascript:alert(1)"));
        assert!(!is_relative_url("//evil.example/x.png"));
        assert!(!is_relative_url(""));
    }
}
