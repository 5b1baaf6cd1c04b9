//! The static site: which pages the generator writes (`versus-catalog site`), where each
//! lives, and whether a comparison has a page of its own. The generator and the browser's
//! links follow the same rule, so a link is a path exactly when its page exists, and a
//! hash route (`#/compare/…`, shown by the app) otherwise.

use std::collections::HashSet;

use super::catalog::{Artifact, Catalog};
use super::format::Locale;
use super::messages::site as words;
use super::related::RelatedIndex;

/// Related artifacts per artifact that get a comparison page unless told otherwise.
pub const DEFAULT_RELATED: usize = 5;

/// Most URLs one sitemap file may list (sitemaps.org); past it `sitemap.xml` is an index.
pub const SITEMAP_LIMIT: usize = 50_000;

/// One page of the static site, by artifact ids.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SitePage {
    Home,
    Artifact(String),
    /// Two to four ids, in column order.
    Compare(Vec<String>),
    NotFound,
}

impl SitePage {
    /// The page's address below the site root: `""`, `artifact/x/`, `compare/a/b/`,
    /// `404.html`. Ids are slugs (`[a-z0-9-]`), so they need no escaping.
    pub fn path(&self) -> String {
        match self {
            SitePage::Home => String::new(),
            SitePage::Artifact(id) => format!("artifact/{id}/"),
            SitePage::Compare(ids) => format!("compare/{}/", ids.join("/")),
            SitePage::NotFound => "404.html".to_owned(),
        }
    }

    /// The file the page is written to, below the output directory.
    pub fn file(&self) -> String {
        match self {
            SitePage::NotFound => self.path(),
            _ => format!("{}index.html", self.path()),
        }
    }

    /// The way back from the page to the site root (`""`, `../../`): every link and asset
    /// of the page starts with it, so the site works below any sub-path. The 404 page is
    /// served at any missing address, so it gets no relative way back (see
    /// `versus-catalog site`, which gives it the site URL's path).
    pub fn root(&self) -> String {
        let depth = self.path().matches('/').count();
        "../".repeat(depth)
    }

    /// The hash route the app shows for this page (`/compare/a/b`), as in `#/compare/a/b`.
    pub fn route(&self) -> String {
        match self {
            SitePage::Home => "/".to_owned(),
            SitePage::Artifact(id) => format!("/artifact/{id}"),
            SitePage::Compare(ids) => format!("/compare/{}", ids.join("/")),
            SitePage::NotFound => "/404".to_owned(),
        }
    }
}

/// Every page of the site for `catalog`, in a fixed order: the home page, each artifact,
/// the featured comparisons, then per artifact its comparison with each alternative and
/// with its `related` best related artifacts, and the 404 page. A comparison reached twice
/// gets one page; `b` vs `a` is a page of its own when something links to it that way.
pub fn plan(catalog: &Catalog, index: &RelatedIndex, related: usize) -> Vec<SitePage> {
    let mut pages = vec![SitePage::Home];
    pages.extend(
        catalog
            .artifacts
            .iter()
            .map(|a| SitePage::Artifact(a.id.clone())),
    );
    let mut seen: HashSet<Vec<String>> = HashSet::new();
    let mut compare = |ids: Vec<String>, pages: &mut Vec<SitePage>| {
        if seen.insert(ids.clone()) {
            pages.push(SitePage::Compare(ids));
        }
    };
    for ids in catalog
        .featured
        .iter()
        .filter(|ids| featured_ok(catalog, ids))
    {
        compare(ids.clone(), &mut pages);
    }
    for (position, artifact) in catalog.artifacts.iter().enumerate() {
        for other in compared_with(catalog, index, position, artifact, related) {
            compare(vec![artifact.id.clone(), other], &mut pages);
        }
    }
    pages.push(SitePage::NotFound);
    pages
}

/// Whether the site has a page for the comparison of `ids` (in this order): the rule
/// `plan` follows, for one comparison.
pub fn has_compare_page(
    catalog: &Catalog,
    index: &RelatedIndex,
    ids: &[String],
    related: usize,
) -> bool {
    if catalog.featured.iter().any(|f| f == ids) && featured_ok(catalog, ids) {
        return true;
    }
    let [first, second] = ids else {
        return false;
    };
    let Some(position) = catalog.index_of(first) else {
        return false;
    };
    let artifact = &catalog.artifacts[position];
    compared_with(catalog, index, position, artifact, related).any(|other| other == *second)
}

/// A featured comparison gets a page when all its artifacts exist and differ.
fn featured_ok(catalog: &Catalog, ids: &[String]) -> bool {
    (2..=4).contains(&ids.len())
        && ids.iter().all(|id| catalog.get(id).is_some())
        && ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id))
}

/// The artifacts the one at `position` gets a comparison page with: its alternatives that
/// exist, then its `related` best related artifacts.
fn compared_with<'a>(
    catalog: &'a Catalog,
    index: &RelatedIndex,
    position: usize,
    artifact: &'a Artifact,
    related: usize,
) -> impl Iterator<Item = String> + 'a {
    let alternatives = artifact
        .alternatives
        .iter()
        .filter(move |id| **id != artifact.id && catalog.get(id).is_some())
        .cloned();
    let related: Vec<String> = if related == 0 {
        Vec::new()
    } else {
        index
            .related(position, related)
            .into_iter()
            .filter_map(|r| catalog.artifacts.get(r.index))
            .filter(|other| other.id != artifact.id)
            .map(|other| other.id.clone())
            .collect()
    };
    alternatives.chain(related)
}

/// The document title of the home page, in `locale`'s words.
pub fn home_title_in(locale: &Locale, brand: &str) -> String {
    locale.say(words::TITLE_HOME, &[("brand", brand)])
}

/// The document title of an artifact's page, in `locale`'s words.
pub fn artifact_title_in(locale: &Locale, display_name: &str, brand: &str) -> String {
    locale.say(
        words::TITLE_ARTIFACT,
        &[("name", display_name), ("brand", brand)],
    )
}

/// The document title of a comparison (`view_title` is the card's: `A vs B`), in
/// `locale`'s words.
pub fn compare_title_in(locale: &Locale, view_title: &str, brand: &str) -> String {
    locale.say(
        words::TITLE_COMPARE,
        &[("title", view_title), ("brand", brand)],
    )
}

/// The document title of the 404 page, in `locale`'s words.
pub fn not_found_title_in(locale: &Locale, brand: &str) -> String {
    locale.say(words::TITLE_NOT_FOUND, &[("brand", brand)])
}

/// `text` cut to at most `max` characters at a word boundary, with `…` when cut: meta
/// descriptions are shown whole up to about 160.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let keep = max.saturating_sub(1);
    let cut: String = text.chars().take(keep).collect();
    // A cut right before a space already ends on a whole word.
    let whole_words = text.chars().nth(keep) == Some(' ');
    let cut = match cut.rfind(' ') {
        Some(space) if !whole_words && space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// `text` with `& < > " '` escaped, for XML text and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// A sitemap listing `urls` (absolute, at most `SITEMAP_LIMIT`).
pub fn sitemap<'a>(urls: impl IntoIterator<Item = &'a str>) -> String {
    url_list("urlset", "url", urls)
}

/// A sitemap index listing the sitemap files at `urls`.
pub fn sitemap_index<'a>(urls: impl IntoIterator<Item = &'a str>) -> String {
    url_list("sitemapindex", "sitemap", urls)
}

/// `<root>` of the sitemap protocol with an `<item><loc>` per URL.
fn url_list<'a>(root: &str, item: &str, urls: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root} xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    );
    for url in urls {
        out.push_str(&format!(
            "  <{item}><loc>{}</loc></{item}>\n",
            xml_escape(url)
        ));
    }
    out.push_str(&format!("</{root}>\n"));
    out
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(sitemap_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_files_and_roots() {
        let compare = SitePage::Compare(vec!["a".into(), "b".into()]);
        assert_eq!(compare.path(), "compare/a/b/");
        assert_eq!(compare.file(), "compare/a/b/index.html");
        assert_eq!(compare.root(), "../../../");
        assert_eq!(compare.route(), "/compare/a/b");
        let artifact = SitePage::Artifact("x".into());
        assert_eq!(artifact.root(), "../../");
        assert_eq!(SitePage::Home.file(), "index.html");
        assert_eq!(SitePage::Home.root(), "");
        assert_eq!(SitePage::NotFound.file(), "404.html");
    }

    #[test]
    fn titles_are_messages() {
        let english = Locale::default();
        assert_eq!(
            home_title_in(&Locale::default(), "Versus"),
            "Versus · Compare"
        );
        assert_eq!(home_title_in(&english, "Versus"), "Versus · Compare");
        assert_eq!(
            artifact_title_in(&Locale::default(), "GPT-4o", "Versus"),
            "GPT-4o · Versus"
        );
        assert_eq!(
            compare_title_in(&Locale::default(), "A vs B", "Versus"),
            "A vs B · Versus"
        );
        assert_eq!(
            not_found_title_in(&english, "Versus"),
            "Page not found · Versus"
        );
    }

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(shorten("short  text", 160), "short text");
        assert_eq!(shorten("one two three four five", 14), "one two three…");
        assert!(shorten(&"x".repeat(300), 160).chars().count() <= 160);
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(
            xml_escape("<a href=\"x\">&'\u{7}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        let map = sitemap(["https://x.test/?a=1&b=2"]);
        assert!(map.contains("<loc>https://x.test/?a=1&amp;b=2</loc>"));
        assert!(sitemap_index(["https://x.test/sitemap-1.xml"]).contains("<sitemap><loc>"));
    }
}
