//! The app's `index.html` (as trunk built it, minified or not) as the shell of every
//! generated page: its loader script, stylesheet and icon stay; the generator sets the
//! language and direction, the way back to the site's root, the loader's words, the head's
//! tags and the pre-rendered body.

use versus_core::site::xml_escape;

/// A checked app `index.html`.
pub struct Template {
    text: String,
}

/// What one page puts into the shell.
pub struct PageParts<'a> {
    /// `lang` of the page (the catalog's locale).
    pub lang: &'a str,
    /// `dir` of the page: `ltr` or `rtl`, the catalog's locale's.
    pub dir: &'a str,
    /// What the loader says in the catalog's language if the app's code cannot load, as
    /// `data-versus-{name}` attributes of `<html>` (the loader has English of its own):
    /// name and text.
    pub words: &'a [(&'a str, &'a str)],
    /// From the page back to the site's root (`""`, `../../`, `/sub/`).
    pub root: &'a str,
    /// The app's route for the page (`/compare/a/b`); empty on the 404 page (the app reads
    /// the address instead).
    pub route: &'a str,
    /// Related artifacts per artifact with comparison pages (`--related`).
    pub related: usize,
    /// `<title>` and every tag after it in the head.
    pub head: &'a str,
    /// The pre-rendered `.vs-app` element.
    pub body: &'a str,
}

impl Template {
    /// The template, or what is missing from `text` for it to be the Versus app's
    /// `index.html`.
    pub fn new(text: String) -> Result<Self, String> {
        for (what, found) in [
            ("an <html> tag", find_tag(&text, "html", 0).is_some()),
            (
                "a <title>",
                text.contains("<title>") && text.contains("</title>"),
            ),
            ("the #versus-site element", site_element(&text).is_some()),
        ] {
            if !found {
                return Err(format!("not the Versus app's index.html: it has no {what}"));
            }
        }
        Ok(Self { text })
    }

    /// The page: the shell with `parts` put in.
    pub fn page(&self, parts: &PageParts) -> String {
        let text = &self.text;
        let mut out = String::with_capacity(text.len() + parts.head.len() + parts.body.len() + 256);
        let mut at = 0;
        // The `<html>` tag: language, direction, where the page is in the site, and the
        // loader's words.
        if let Some((start, end)) = find_tag(text, "html", 0) {
            out.push_str(&text[..start]);
            out.push_str(&format!(
                "<html lang=\"{}\" dir=\"{}\" data-versus-root=\"{}\" data-versus-route=\"{}\" data-versus-related=\"{}\"",
                xml_escape(parts.lang),
                xml_escape(parts.dir),
                xml_escape(parts.root),
                xml_escape(parts.route),
                parts.related
            ));
            for (name, text) in parts.words {
                out.push_str(&format!(" data-versus-{name}=\"{}\"", xml_escape(text)));
            }
            out.push('>');
            at = end;
        }
        let title = text.find("<title>").unwrap_or(at);
        let title_end = text[title..]
            .find("</title>")
            .map_or(title, |i| title + i + "</title>".len());
        // Up to the title: the template's head, without its generic description, with
        // stylesheet and icon addressed from the site's root.
        out.push_str(&head_links(
            &without_description(&text[at..title]),
            parts.root,
        ));
        out.push_str(parts.head);
        out.push_str(WITHOUT_SCRIPT);
        let (site_start, site_end) = site_element(text).unwrap_or((title_end, title_end));
        let rest = &text[title_end.max(at)..site_start];
        out.push_str(&head_links(&without_description(rest), parts.root));
        out.push_str("<div id=\"versus-site\">");
        out.push_str(parts.body);
        out.push_str("</div>");
        // The template's notice that the app needs JavaScript: a generated page reads
        // without it.
        out.push_str(&without_noscript(&text[site_end..]));
        out
    }
}

/// Without JavaScript, the controls that only the app can run are hidden (theme switch,
/// picker, copy and print, weights, the home page's filters and selection); hide identical
/// rows stays, it works in CSS alone.
const WITHOUT_SCRIPT: &str = "<noscript><style>.vs-theme-switch,.vs-picker,.vs-toolbar .vs-button,\
.vs-weights,.vs-filters,.vs-tile__pick,.vs-compare-bar,.vs-embed-panel button{display:none!important}\
</style></noscript>";

/// The start and end (after `>`) of the first `<name` tag at or after `from`.
fn find_tag(text: &str, name: &str, from: usize) -> Option<(usize, usize)> {
    let open = format!("<{name}");
    let mut search = from;
    loop {
        let start = search + text[search..].find(&open)?;
        let after = text[start + open.len()..].chars().next()?;
        if after == '>' || after.is_whitespace() {
            let end = start + text[start..].find('>')? + 1;
            return Some((start, end));
        }
        search = start + open.len();
    }
}

/// The empty `#versus-site` element (`<div id=versus-site></div>`, quoted or not).
fn site_element(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some((start, end)) = find_tag(text, "div", from) {
        let tag = &text[start..end];
        if tag.contains("id=versus-site") || tag.contains("id=\"versus-site\"") {
            let close = end + text[end..].find("</div>")?;
            return Some((start, close + "</div>".len()));
        }
        from = end;
    }
    None
}

/// `head` without `<meta name=description …>` (the page brings its own).
fn without_description(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut from = 0;
    while let Some((start, end)) = find_tag(head, "meta", from) {
        let tag = &head[start..end];
        out.push_str(&head[from..start]);
        if !(tag.contains("name=description") || tag.contains("name=\"description\"")) {
            out.push_str(tag);
        }
        from = end;
    }
    out.push_str(&head[from..]);
    out
}

/// `text` with the `href` of each `<link>` that starts `./` made to start at `root`.
fn head_links(text: &str, root: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    while let Some((start, end)) = find_tag(text, "link", from) {
        out.push_str(&text[from..start]);
        out.push_str(
            &text[start..end]
                .replace("href=./", &format!("href={root}"))
                .replace("href=\"./", &format!("href=\"{root}")),
        );
        from = end;
    }
    out.push_str(&text[from..]);
    out
}

/// `text` without its `<noscript>…</noscript>` elements.
fn without_noscript(text: &str) -> String {
    let mut out = text.to_owned();
    while let Some(start) = out.find("<noscript>") {
        let Some(end) = out[start..].find("</noscript>") else {
            break;
        };
        out.replace_range(start..start + end + "</noscript>".len(), "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta content=\"Side.\" name=description><title>Versus</title><script>import(`./${x}.js`)</script><link href=./versus.css rel=stylesheet><link href=./favicon.svg rel=icon><body><div id=versus-site></div><noscript>Needs JS.</noscript></body></html>";
    const PLAIN: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta name=\"description\" content=\"Side.\" />\n    <title>Versus</title>\n    <link rel=\"stylesheet\" href=\"./versus.css\" />\n  </head>\n  <body>\n    <div id=\"versus-site\"></div>\n    <noscript>Needs JS.</noscript>\n  </body>\n</html>\n";

    fn parts<'a>() -> PageParts<'a> {
        PageParts {
            lang: "de",
            dir: "ltr",
            words: &[("retry", "Nochmal <versuchen>")],
            root: "../../",
            route: "/artifact/x",
            related: 5,
            head: "<title>X · B</title><meta name=\"description\" content=\"D\">",
            body: "<div class=\"vs-app\">card</div>",
        }
    }

    #[test]
    fn a_minified_template_takes_the_page() {
        let page = Template::new(MINIFIED.to_owned()).unwrap().page(&parts());
        assert!(page.starts_with("<!doctype html><html lang=\"de\" dir=\"ltr\" data-versus-root=\"../../\" data-versus-route=\"/artifact/x\" data-versus-related=\"5\" data-versus-retry=\"Nochmal &lt;versuchen&gt;\"><meta charset=utf-8>"), "{page}");
        assert!(!page.contains("Side."));
        assert_eq!(page.matches("<title>").count(), 1);
        assert!(page.contains("<title>X · B</title>"));
        assert!(page.contains("<link href=../../versus.css rel=stylesheet>"));
        assert!(page.contains("<link href=../../favicon.svg rel=icon>"));
        assert!(
            page.contains("import(`./${x}.js`)"),
            "scripts stay as they are"
        );
        assert!(page.contains("<div id=\"versus-site\"><div class=\"vs-app\">card</div></div>"));
        assert!(!page.contains("Needs JS."), "the app's notice goes");
        assert_eq!(
            page.matches("<noscript>").count(),
            1,
            "one: the style for readers without script"
        );
        let style = page.find(WITHOUT_SCRIPT).expect("the style without script");
        assert!(
            style < page.find("</title>").unwrap() + 200
                && style < page.find("versus-site").unwrap()
        );
        assert!(page.ends_with("</body></html>"));
    }

    #[test]
    fn a_plain_template_takes_the_page() {
        let page = Template::new(PLAIN.to_owned()).unwrap().page(&parts());
        assert!(page.contains("<html lang=\"de\" dir=\"ltr\""));
        assert!(!page.contains("Side."));
        assert!(page.contains("href=\"../../versus.css\""));
        assert!(page.contains("<div id=\"versus-site\"><div class=\"vs-app\">card</div></div>"));
        assert!(!page.contains("Needs JS."));
    }

    #[test]
    fn other_html_is_refused() {
        let error = Template::new("<html><title>x</title><body></body></html>".into())
            .err()
            .unwrap();
        assert!(error.contains("#versus-site"), "{error}");
    }
}
