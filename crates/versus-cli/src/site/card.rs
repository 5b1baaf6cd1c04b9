//! The card of a comparison or artifact page as an embeddable fragment (`card.json` next
//! to the page's `index.html`): what `versus.js` paints inside a widget's shadow root
//! before, and often instead of, the wasm.
//!
//! JSON, not HTML, so that the facade builds the card with `createElement`, `setAttribute`
//! and text nodes: no HTML parser on the host page (nothing a Trusted Types policy refuses,
//! nothing a stray tag could turn into markup). The format (`versus-card/1`):
//!
//! ```text
//! { "format": "versus-card/1", "lang": "en", "dir": "ltr", "title": "A vs B",
//!   "theme": { "--vs-brand-accent": "#0f766e", … },   // set through the CSSOM
//!   "words": { … },                                     // what the facade writes itself
//!   "nodes": [ node, … ] }                              // the inside of the widget's root
//! node = "text" | [tag, { attribute: value, … }, node, …]
//! ```
//!
//! `lang` and `dir` are the catalog's locale's, for the root the facade paints. `words` are
//! in the catalog's language (see [`facade_words`]); the facade has English of its own for
//! any it lacks.
//!
//! Links are relative to the site's root; the facade resolves them against it.

use serde_json::{Map, Value};
use versus_core::format::Locale;
use versus_core::messages::{plural_samples, site as words, Plural};

/// An element's attributes, in order: name and value.
type Attributes = Vec<(String, String)>;

/// A parsed node of the renderer's output.
#[derive(Debug, PartialEq)]
pub enum Node {
    Text(String),
    Element {
        tag: String,
        attributes: Attributes,
        children: Vec<Node>,
    },
}

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Parses the HTML yew's server renderer writes (well nested, attribute values in double
/// quotes, text and values escaped). Not a general HTML parser: anything else is an error
/// naming the offset, so a change in the renderer's output fails the generator loudly.
pub fn parse(html: &str) -> Result<Vec<Node>, String> {
    let mut stack: Vec<(String, Attributes, Vec<Node>)> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let mut rest = html;
    let offset = |rest: &str| html.len() - rest.len();
    while !rest.is_empty() {
        let children = stack.last_mut().map_or(&mut top, |(.., children)| children);
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after
                .find("-->")
                .ok_or_else(|| format!("unclosed comment at {}", offset(rest)))?;
            rest = &after[end + 3..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after
                .find('>')
                .ok_or_else(|| format!("unclosed end tag at {}", offset(rest)))?;
            let name = after[..end].trim().to_owned();
            rest = &after[end + 1..];
            if VOID.contains(&name.as_str()) {
                continue;
            }
            let (tag, attributes, children) = stack
                .pop()
                .ok_or_else(|| format!("</{name}> closes nothing at {}", offset(rest)))?;
            if tag != name {
                return Err(format!("</{name}> closes <{tag}> at {}", offset(rest)));
            }
            let node = Node::Element {
                tag,
                attributes,
                children,
            };
            stack
                .last_mut()
                .map_or(&mut top, |(.., children)| children)
                .push(node);
        } else if let Some(after) = rest.strip_prefix('<') {
            let (tag, attributes, after) =
                start_tag(after).map_err(|problem| format!("{problem} at {}", offset(rest)))?;
            rest = after;
            if VOID.contains(&tag.as_str()) {
                children.push(Node::Element {
                    tag,
                    attributes,
                    children: Vec::new(),
                });
            } else {
                stack.push((tag, attributes, Vec::new()));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end]);
            rest = &rest[end..];
            match children.last_mut() {
                Some(Node::Text(previous)) => previous.push_str(&text),
                _ if text.is_empty() => {}
                _ => children.push(Node::Text(text)),
            }
        }
    }
    if let Some((tag, ..)) = stack.last() {
        return Err(format!("<{tag}> is never closed"));
    }
    Ok(top)
}

/// A start tag after its `<`: name, attributes, and the text after its `>`.
fn start_tag(text: &str) -> Result<(String, Attributes, &str), String> {
    let name_end = text
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .ok_or("unclosed start tag")?;
    let tag = text[..name_end].to_owned();
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("unexpected tag name {:?}", &text[..name_end]));
    }
    let mut rest = &text[name_end..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Ok((tag, attributes, after));
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .ok_or("unclosed start tag")?;
        if name_end == 0 {
            return Err(format!("unexpected {:?} in <{tag}>", rest.chars().next()));
        }
        let name = rest[..name_end].to_owned(); // `viewBox` keeps its case (SVG)
        rest = &rest[name_end..];
        let value = match rest.strip_prefix("=\"") {
            Some(after) => {
                let end = after.find('"').ok_or("unclosed attribute value")?;
                rest = &after[end + 1..];
                unescape(&after[..end])
            }
            None if rest.starts_with('=') => {
                return Err(format!("unquoted value of {name} in <{tag}>"));
            }
            None => String::new(),
        };
        attributes.push((name, value));
    }
}

/// Text with its character references resolved (the renderer writes named ones for
/// `& < > " '` and numeric ones otherwise).
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest[1..]
            .find(';')
            .filter(|end| *end <= 10)
            .map(|end| &rest[1..end + 1]);
        let decoded = reference.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, reference) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A node as the fragment's JSON.
fn node_json(node: &Node) -> Value {
    match node {
        Node::Text(text) => Value::String(text.clone()),
        Node::Element {
            tag,
            attributes,
            children,
        } => {
            let attributes: Map<String, Value> = attributes
                .iter()
                .map(|(name, value)| (name.clone(), Value::String(value.clone())))
                .collect();
            let mut item = vec![Value::String(tag.clone()), Value::Object(attributes)];
            item.extend(children.iter().map(node_json));
            Value::Array(item)
        }
    }
}

/// What a fragment says besides its nodes.
pub struct CardInfo<'a> {
    pub lang: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'a str,
    pub title: &'a str,
    pub theme: Vec<(String, String)>,
    /// What the facade writes itself, by name (see [`facade_words`]).
    pub words: Map<String, Value>,
}

/// The words `versus.js` writes itself, in `locale`'s:
///
/// - `more`: the button under a folded capability list (`capabilities.more`), one text per
///   CLDR plural category of the language, `{n}` standing for the count; the facade picks
///   the category with `Intl.PluralRules`.
/// - `more_one`, `more_many`: the same for one and for `{n}` (any other count), for
///   facades that predate `more`.
/// - `load_failed`, `retry`: the notice when the live widget's code cannot load
///   (`site.load_failed`, `site.retry`).
pub fn facade_words(locale: &Locale) -> Map<String, Value> {
    let text = |text: String| Value::String(text);
    // A count of each category the language has, to ask the message for that form.
    let samples = plural_samples(locale.language());
    let form = |n: u64| {
        let language = locale.language();
        locale
            .words
            .count(language, words::MORE_CAPABILITIES, n, "{n}", &[])
    };
    let other = samples
        .iter()
        .find(|(c, _)| *c == Plural::Other)
        .map_or(2, |(_, n)| *n);
    let forms: Map<String, Value> = samples
        .iter()
        .map(|(category, n)| (category.name().to_owned(), text(form(*n))))
        .collect();
    let mut map = Map::new();
    map.insert("more".into(), Value::Object(forms));
    map.insert(
        "more_one".into(),
        text(locale.count(words::MORE_CAPABILITIES, 1, &[])),
    );
    map.insert("more_many".into(), text(form(other)));
    map.insert(
        "load_failed".into(),
        text(locale.text(words::LOAD_FAILED).to_owned()),
    );
    map.insert("retry".into(), text(locale.text(words::RETRY).to_owned()));
    map
}

/// The fragment for the renderer's `html` of a card.
pub fn fragment(html: &str, info: &CardInfo) -> Result<String, String> {
    let nodes = parse(html)?;
    let mut object = Map::new();
    object.insert("format".into(), Value::String("versus-card/1".into()));
    object.insert("lang".into(), Value::String(info.lang.to_owned()));
    object.insert("dir".into(), Value::String(info.dir.to_owned()));
    object.insert("title".into(), Value::String(info.title.to_owned()));
    let theme: Map<String, Value> = info
        .theme
        .iter()
        .map(|(property, value)| (property.clone(), Value::String(value.clone())))
        .collect();
    object.insert("theme".into(), Value::Object(theme));
    // The words the facade writes itself (`+N more` when it folds a list, its notice).
    object.insert("words".into(), Value::Object(info.words.clone()));
    object.insert(
        "nodes".into(),
        Value::Array(nodes.iter().map(node_json).collect()),
    );
    serde_json::to_string(&Value::Object(object)).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(tag: &str, attributes: &[(&str, &str)], children: Vec<Node>) -> Node {
        Node::Element {
            tag: tag.into(),
            attributes: attributes
                .iter()
                .map(|(n, v)| ((*n).into(), (*v).into()))
                .collect(),
            children,
        }
    }

    #[test]
    fn parses_nesting_void_elements_attributes_and_references() {
        let html = r#"<article class="vs-card"><h1 id="t">A &amp; B &lt;x&gt;</h1><input type="checkbox" checked><label><span>Hide &#39;x&#39; &#x2192;</span></label><a href="compare/a/b/?x=1&amp;y=&quot;2&quot;">go</a></article>"#;
        let nodes = parse(html).unwrap();
        assert_eq!(
            nodes,
            vec![element(
                "article",
                &[("class", "vs-card")],
                vec![
                    element("h1", &[("id", "t")], vec![Node::Text("A & B <x>".into())]),
                    element("input", &[("type", "checkbox"), ("checked", "")], vec![]),
                    element(
                        "label",
                        &[],
                        vec![element("span", &[], vec![Node::Text("Hide 'x' →".into())])]
                    ),
                    element(
                        "a",
                        &[("href", "compare/a/b/?x=1&y=\"2\"")],
                        vec![Node::Text("go".into())]
                    ),
                ]
            )]
        );
    }

    #[test]
    fn comments_are_dropped_and_a_stray_ampersand_stays() {
        let nodes = parse("<p><!--x-->Q&A &bogus; 5 &lt 6</p>").unwrap();
        assert_eq!(
            nodes,
            vec![element(
                "p",
                &[],
                vec![Node::Text("Q&A &bogus; 5 &lt 6".into())]
            )]
        );
    }

    #[test]
    fn the_facade_gets_every_plural_form_of_its_language() {
        let english = facade_words(&Locale::default());
        assert_eq!(
            Value::Object(english),
            serde_json::json!({
                "more": {"other": "+{n} more capabilities", "one": "+{n} more capability"},
                "more_one": "+1 more capability",
                "more_many": "+{n} more capabilities",
                "load_failed": "Versus could not load its code",
                "retry": "Try again",
            })
        );
        let arabic = facade_words(&Locale::parse("ar-EG").unwrap());
        let forms = arabic["more"].as_object().unwrap();
        let mut names: Vec<&str> = forms.keys().map(String::as_str).collect();
        versus_core::sort::sort_by_key(&mut names, |name| *name);
        assert_eq!(names, ["few", "many", "one", "other", "two", "zero"]);
    }

    #[test]
    fn malformed_output_is_an_error_not_a_guess() {
        assert!(parse("<div><span></div>")
            .unwrap_err()
            .contains("closes <span>"));
        assert!(parse("<div>").unwrap_err().contains("never closed"));
        assert!(parse("</p>").unwrap_err().contains("closes nothing"));
        assert!(parse("<a href=x>").unwrap_err().contains("unquoted"));
        assert!(parse("<a href=\"x>").is_err());
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // a native test, not wasm
    fn fragments_are_json_with_text_kept_as_text() {
        let json = fragment(
            r#"<p class="x">&lt;script&gt;alert(1)&lt;/script&gt;</p><svg viewBox="0 0 1 1"><rect x="0"></rect></svg>"#,
            &CardInfo {
                lang: "de",
                dir: "ltr",
                title: "A vs B",
                theme: vec![("--vs-brand-accent".into(), "#0f766e".into())],
                words: facade_words(&Locale::default()),
            },
        )
        .unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "versus-card/1");
        assert_eq!(value["lang"], "de");
        assert_eq!(value["dir"], "ltr");
        assert_eq!(value["words"]["more_one"], "+1 more capability");
        assert_eq!(value["theme"]["--vs-brand-accent"], "#0f766e");
        assert_eq!(
            value["nodes"],
            serde_json::json!([
                ["p", {"class": "x"}, "<script>alert(1)</script>"],
                ["svg", {"viewBox": "0 0 1 1"}, ["rect", {"x": "0"}]]
            ])
        );
    }
}
