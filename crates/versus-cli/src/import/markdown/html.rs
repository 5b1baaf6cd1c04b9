//! The HTML that turns up in markdown descriptions: block tags read as line breaks,
//! inline tags dropped, autolinks kept as their address, entities decoded.

/// Block-level HTML turned into the line structure markdown would have: `<br>` a line
/// break, `<p>`, `<div>`, `<ul>` … a paragraph break, `<li>` a list item; comments dropped.
pub fn block_tags_as_lines(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(end) = rest.find('>') else { break };
        let name = tag_name(&rest[1..end]);
        let replacement = match name.as_str() {
            "br" => "\n",
            "li" => "\n- ",
            "p" | "/p" | "div" | "/div" | "ul" | "/ul" | "ol" | "/ol" | "blockquote"
            | "/blockquote" | "table" | "/table" | "tr" | "/tr" | "hr" | "pre" | "/pre" => "\n\n",
            heading if is_heading_tag(heading) => "\n\n",
            _ => {
                out.push('<');
                rest = &rest[1..];
                continue;
            }
        };
        out.push_str(replacement);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `p` for `<p class="x">`, `/p` for `</p>`, `br` for `<br/>`: lowercase, or empty.
fn tag_name(inside: &str) -> String {
    let (slash, name) = match inside.strip_prefix('/') {
        Some(name) => ("/", name),
        None => ("", inside),
    };
    let name: String = name
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if name.is_empty() {
        String::new()
    } else {
        format!("{slash}{name}")
    }
}

fn is_heading_tag(name: &str) -> bool {
    let name = name.trim_start_matches('/');
    name.len() == 2 && name.starts_with('h') && (b'1'..=b'6').contains(&name.as_bytes()[1])
}

/// `<https://…>` gives its address (`<mailto:…>` the bare address); an HTML tag gives
/// nothing (`<br>` a space); any other `<` is text.
pub(super) fn angle(chars: &[char], at: usize) -> (Option<String>, usize) {
    let rest: String = chars[at + 1..].iter().take(2048).collect();
    let Some(end) = rest.find('>') else {
        return (None, 0);
    };
    let inside = &rest[..end];
    let used = inside.chars().count() + 2;
    let is_address = ["http://", "https://", "mailto:"].iter().any(|scheme| {
        inside.len() > scheme.len() && inside.to_ascii_lowercase().starts_with(scheme)
    }) && !inside.contains(char::is_whitespace)
        && !inside.contains('<');
    if is_address {
        let shown = inside.strip_prefix("mailto:").unwrap_or(inside);
        return (Some(shown.to_owned()), used);
    }
    let first = inside.trim_start_matches('/').chars().next();
    let is_tag =
        first.is_some_and(|c| c.is_ascii_alphabetic() || c == '!') && !inside.contains('<');
    if is_tag {
        let spacer = if tag_name(inside) == "br" { " " } else { "" };
        return (Some(spacer.to_owned()), used);
    }
    (None, 0)
}

/// `&amp;`, `&#39;`, `&#x2014;` and the other common entities, decoded.
pub(super) fn entity(chars: &[char], at: usize) -> (Option<String>, usize) {
    let rest: String = chars[at + 1..].iter().take(12).collect();
    let Some(end) = rest.find(';') else {
        return (None, 0);
    };
    let name = &rest[..end];
    let decoded = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "mdash" => Some('—'),
        "ndash" => Some('–'),
        "hellip" => Some('…'),
        "rsquo" | "lsquo" => Some('’'),
        "ldquo" | "rdquo" => Some('"'),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
            .and_then(char::from_u32)
            .filter(|c| !c.is_control() || c.is_whitespace()),
    };
    match decoded {
        Some(c) => (Some(c.to_string()), end + 2),
        None => (None, 0),
    }
}
