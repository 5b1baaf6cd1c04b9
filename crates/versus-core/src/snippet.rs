//! Embed code for what a page shows: the custom element, and the iframe fallback with
//! its auto-height host script. Everything interpolated is escaped for HTML attributes.

use super::catalog::percent_encode;
use super::view::{ColumnHead, TableRow};

/// What the snippet embeds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnippetTarget {
    Compare(Vec<String>),
    Artifact(String),
}

/// The three snippets an Embed panel offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    /// `<script type="module" src=…/versus.js>` plus `<versus-compare items=…>`.
    pub element: String,
    /// `<iframe src=…embed.html?items=a,b>` for hosts that allow no scripts.
    pub iframe: String,
    /// The host script that sizes such iframes from the widget's height messages.
    pub resize_script: String,
}

/// Builds the snippets. `site` is the directory URL holding `index.html` and `versus.js`
/// (ending in `/`); `catalog` the absolute catalog URL when it is not the default one;
/// `fallback` HTML shown inside the element until the widget replaces it (no-script
/// readers and crawlers see it; a shadow root without a slot hides it once attached).
pub fn embed_snippets(
    site: &str,
    target: &SnippetTarget,
    catalog: Option<&str>,
    title: &str,
    fallback: Option<&str>,
) -> Snippets {
    let site = if site.ends_with('/') {
        site.to_owned()
    } else {
        format!("{site}/")
    };
    let catalog_attribute = catalog
        .map(|url| format!(" catalog=\"{}\"", escape_attribute(url)))
        .unwrap_or_default();
    let (element_name, ids_attribute, frame_query) = match target {
        SnippetTarget::Compare(ids) => (
            "versus-compare",
            format!("items=\"{}\"", escape_attribute(&ids.join(","))),
            format!("items={}", percent_encode(&ids.join(","))),
        ),
        SnippetTarget::Artifact(id) => (
            "versus-artifact",
            format!("item=\"{}\"", escape_attribute(id)),
            format!("item={}", percent_encode(id)),
        ),
    };
    let inner = fallback
        .map(|html| format!("\n{html}\n"))
        .unwrap_or_default();
    let element = format!(
        "<script type=\"module\" src=\"{}versus.js\"></script>\n<{element_name} {ids_attribute}{catalog_attribute}>{inner}</{element_name}>",
        escape_attribute(&site)
    );
    let query = catalog
        .map(|url| format!("&catalog={}", percent_encode(url)))
        .unwrap_or_default();
    let iframe = format!(
        "<iframe data-versus src=\"{}embed.html?{}\" title=\"{}\" width=\"100%\" height=\"720\" frameborder=\"0\" loading=\"lazy\"></iframe>",
        escape_attribute(&site),
        escape_attribute(&format!("{frame_query}{query}")),
        escape_attribute(title)
    );
    let resize_script = format!(
        "<script>\n{}</script>",
        RESIZE_SCRIPT.replace("{origin}", &escape_script_string(&origin_of(&site)))
    );
    Snippets {
        element,
        iframe,
        resize_script,
    }
}

/// The host side of the iframe fallback (`static/examples/iframe-resize.js` inline):
/// accepts height and event messages only from the widget's origin and only for the frame
/// that sent them, sizes the frame, dispatches the widget's events on the iframe element
/// (docs/hosts.md), and asks frames that rendered before it ran to measure again.
const RESIZE_SCRIPT: &str = r#"(function () {
  var origin = "{origin}";
  var EVENTS = ["versus:ready", "versus:select", "versus:change", "versus:error"];
  var frames = function () { return document.querySelectorAll("iframe[data-versus]"); };
  var ask = function (frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "versus:measure" }, origin);
  };
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    var sized = data && data.type === "versus:height" && typeof data.height === "number";
    var told = data && data.type === "versus:event" && EVENTS.indexOf(data.event) >= 0;
    if (!sized && !told) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow !== event.source) continue;
      if (sized) all[i].height = String(Math.ceil(data.height));
      else all[i].dispatchEvent(new CustomEvent(data.event, { bubbles: true, detail: data.detail }));
    }
  });
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    all[i].addEventListener("load", function (event) { ask(event.target); });
    ask(all[i]);
  }
})();
"#;

/// A plain HTML table of the feature rows, every value escaped.
pub fn fallback_table(caption: &str, columns: &[ColumnHead], rows: &[TableRow]) -> String {
    let mut html = format!(
        "<table>\n  <caption>{}</caption>\n  <tr><th>Feature</th>",
        escape_text(caption)
    );
    for column in columns {
        html.push_str(&format!("<th>{}</th>", escape_text(&column.display_name)));
    }
    html.push_str("</tr>\n");
    for row in rows {
        html.push_str(&format!("  <tr><th>{}</th>", escape_text(&row.label)));
        for cell in &row.cells {
            html.push_str(&format!("<td>{}</td>", escape_text(&cell.text)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>");
    html
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `https://cdn.example` from `https://cdn.example/versus/`.
pub fn origin_of(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            format!("{scheme}://{host}")
        }
        None => String::new(),
    }
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

fn escape_script_string(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_snippets_name_the_shown_artifacts() {
        let ids = vec!["ernie-4-5-vl-424b-a47b".to_owned(), "flux-1-pro".to_owned()];
        let s = embed_snippets(
            "https://cdn.example/versus/",
            &SnippetTarget::Compare(ids),
            None,
            "A vs B",
            None,
        );
        assert_eq!(
            s.element,
            "<script type=\"module\" src=\"https://cdn.example/versus/versus.js\"></script>\n\
             <versus-compare items=\"ernie-4-5-vl-424b-a47b,flux-1-pro\"></versus-compare>"
        );
        assert!(s.iframe.contains("src=\"https://cdn.example/versus/embed.html?items=ernie-4-5-vl-424b-a47b%2Cflux-1-pro\""));
        assert!(s.iframe.contains("title=\"A vs B\""));
        assert!(s
            .resize_script
            .contains("var origin = \"https://cdn.example\";"));
    }

    #[test]
    fn catalogs_and_titles_are_escaped() {
        let s = embed_snippets(
            "https://cdn.example/v",
            &SnippetTarget::Artifact("sdnext".into()),
            Some("https://x.example/c.json?a=1&b=\"2\""),
            "<b>\"x\"</b>",
            Some("<table></table>"),
        );
        assert!(s.element.contains("catalog=\"https://x.example/c.json?a=1&amp;b=&quot;2&quot;\">\n<table></table>\n</versus-artifact>"));

        assert!(s.iframe.contains("embed.html?item=sdnext&amp;catalog=https%3A%2F%2Fx.example%2Fc.json%3Fa%3D1%26b%3D%222%22"));
        assert!(s
            .iframe
            .contains("title=\"&lt;b&gt;&quot;x&quot;&lt;/b&gt;\""));
        assert!(s.element.contains("https://cdn.example/v/versus.js"));
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("http://127.0.0.1:8080/sub/path/"),
            "http://127.0.0.1:8080"
        );
        assert_eq!(origin_of("nonsense"), "");
    }
}
