//! What a generated page says about itself in its head (title, description, canonical,
//! Open Graph and Twitter cards, JSON-LD) and what its preview image shows, from the same
//! view models the page renders.

use versus_core::catalog::Catalog;
use versus_core::format::format_rank;
use versus_core::jsonld;
use versus_core::loaded::Loaded;
use versus_core::site::{artifact_title, compare_title, home_title, shorten, xml_escape, SitePage};
use versus_core::view::{artifact_view, compare_view};

use crate::og::{OgCard, OgColors, OgColumn};

/// Longest meta description: search engines show about this much.
const DESCRIPTION_CHARS: usize = 160;

/// What one page says about itself.
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// `null` for the 404 page, which is not indexed.
    pub indexed: bool,
    pub json_ld: Option<String>,
    /// The preview image's content (`None`: the page has none of its own).
    pub image: Option<OgCard>,
    pub image_alt: String,
}

/// The page's metadata, or `None` when its artifacts are not in the catalog.
pub fn page_meta(loaded: &Loaded, page: &SitePage) -> Option<PageMeta> {
    let catalog = &loaded.catalog;
    let brand = &catalog.brand;
    Some(match page {
        SitePage::Home => {
            let description = brand.tagline.clone().unwrap_or_else(|| {
                format!(
                    "Compare {} side by side: {}, pricing and capabilities.",
                    artifacts_phrase(catalog),
                    brand.rank_label
                )
            });
            let mut best: Vec<_> = catalog.artifacts.iter().collect();
            versus_core::sort::sort_by(&mut best, |a, b| b.rank.cmp(&a.rank));
            let columns = best
                .iter()
                .take(3)
                .map(|a| OgColumn {
                    name: a.display_name(),
                    rank: format_rank(a.rank),
                    winner: false,
                })
                .collect();
            PageMeta {
                title: home_title(&brand.name),
                image: Some(card(
                    catalog,
                    format!("Compare with {}", brand.name),
                    columns,
                    &description,
                )),
                image_alt: format!("{}: compare {}", brand.name, artifacts_phrase(catalog)),
                description: shorten(&description, DESCRIPTION_CHARS),
                indexed: true,
                json_ld: None,
            }
        }
        SitePage::Artifact(id) => {
            let position = catalog.index_of(id)?;
            let artifact = &catalog.artifacts[position];
            let view = artifact_view(catalog, loaded.related_of(position), position)?;
            let about = view
                .summary
                .clone()
                .or_else(|| view.about.clone())
                .unwrap_or_else(|| format!("{}: {}, {}.", view.display_name, view.kind, view.plan));
            let description = format!("{about} {}: {}.", view.rank_label, view.rank);
            PageMeta {
                title: artifact_title(&view.display_name, &brand.name),
                image: Some(card(
                    catalog,
                    view.display_name.clone(),
                    vec![OgColumn {
                        name: view.display_name.clone(),
                        rank: view.rank.clone(),
                        winner: false,
                    }],
                    &about,
                )),
                image_alt: format!("{}: {} {}", view.display_name, view.rank_label, view.rank),
                description: shorten(&description, DESCRIPTION_CHARS),
                indexed: true,
                json_ld: Some(jsonld::artifact_page(catalog, artifact)),
            }
        }
        SitePage::Compare(ids) => {
            let sides: Vec<_> = ids
                .iter()
                .map(|id| catalog.get(id))
                .collect::<Option<_>>()?;
            let view = compare_view(catalog, &sides)?;
            let headline = &view.verdict.headline;
            let description = format!(
                "{headline} Compare {} side by side: {}, pricing and capabilities.",
                view.title, view.rank_label
            );
            let columns = view
                .columns
                .iter()
                .enumerate()
                .map(|(i, column)| OgColumn {
                    name: column.display_name.clone(),
                    rank: column.rank.clone(),
                    winner: view.verdict.winner == Some(i),
                })
                .collect();
            PageMeta {
                title: compare_title(&view.title, &brand.name),
                image: Some(card(catalog, view.title.clone(), columns, headline)),
                image_alt: format!("{}: {headline}", view.title),
                description: shorten(&description, DESCRIPTION_CHARS),
                indexed: true,
                json_ld: Some(jsonld::comparison(catalog, &sides, &view.title)),
            }
        }
        SitePage::NotFound => PageMeta {
            title: format!("Page not found · {}", brand.name),
            description: format!("There is no page at this address on {}.", brand.name),
            indexed: false,
            json_ld: None,
            image: None,
            image_alt: String::new(),
        },
    })
}

/// "14 artifacts" in the catalog's number format.
fn artifacts_phrase(catalog: &Catalog) -> String {
    let count = catalog.artifacts.len() as u64;
    match count {
        1 => "1 artifact".to_owned(),
        n => format!("{} artifacts", catalog.brand.locale.integer(n)),
    }
}

/// A preview card in the brand's colours.
fn card(catalog: &Catalog, title: String, columns: Vec<OgColumn>, line: &str) -> OgCard {
    let theme = &catalog.brand.theme;
    let defaults = OgColors::default();
    let pick = |value: &Option<String>, default: String| value.clone().unwrap_or(default);
    OgCard {
        brand: catalog.brand.name.clone(),
        title,
        columns,
        rank_label: catalog.brand.rank_label.clone(),
        line: line.to_owned(),
        colors: OgColors {
            background: pick(&theme.background, defaults.background),
            surface: pick(&theme.surface, defaults.surface),
            text: pick(&theme.text, defaults.text),
            muted: pick(&theme.muted, defaults.muted),
            accent: pick(&theme.accent, defaults.accent),
        },
    }
}

/// Absolute or page-relative addresses of one page.
pub struct Addresses {
    /// The page itself (`https://site/compare/a/b/`, or `./` without a site URL).
    pub page: String,
    /// Its preview image, if it has one.
    pub image: Option<String>,
}

/// The head's tags after `<title>`: description, canonical, Open Graph, Twitter, JSON-LD.
pub fn head(meta: &PageMeta, addresses: &Addresses, site_name: &str, locale: &str) -> String {
    let e = xml_escape;
    let mut head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        e(&meta.title),
        e(&meta.description)
    );
    if !meta.indexed {
        head.push_str("<meta name=\"robots\" content=\"noindex\">");
    } else {
        head.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            e(&addresses.page)
        ));
    }
    let property =
        |name: &str, value: &str| format!("<meta property=\"{name}\" content=\"{}\">", e(value));
    let name = |name: &str, value: &str| format!("<meta name=\"{name}\" content=\"{}\">", e(value));
    head.push_str(&property("og:type", "website"));
    head.push_str(&property("og:site_name", site_name));
    head.push_str(&property("og:title", &meta.title));
    head.push_str(&property("og:description", &meta.description));
    head.push_str(&property("og:locale", &locale.replace('-', "_")));
    if meta.indexed {
        head.push_str(&property("og:url", &addresses.page));
    }
    match &addresses.image {
        Some(image) => {
            head.push_str(&property("og:image", image));
            head.push_str(&property("og:image:type", "image/png"));
            head.push_str(&property("og:image:width", "1200"));
            head.push_str(&property("og:image:height", "630"));
            head.push_str(&property("og:image:alt", &meta.image_alt));
            head.push_str(&name("twitter:card", "summary_large_image"));
            head.push_str(&name("twitter:image", image));
            head.push_str(&name("twitter:image:alt", &meta.image_alt));
        }
        None => head.push_str(&name("twitter:card", "summary")),
    }
    head.push_str(&name("twitter:title", &meta.title));
    head.push_str(&name("twitter:description", &meta.description));
    if let Some(json) = &meta.json_ld {
        // The app replaces this element's text as the reader moves on (`set_json_ld`).
        head.push_str("<script type=\"application/ld+json\" id=\"versus-jsonld\">");
        head.push_str(&jsonld::script_text(json));
        head.push_str("</script>");
    }
    head
}
