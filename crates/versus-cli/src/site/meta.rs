//! What a generated page says about itself in its head (title, description, canonical,
//! Open Graph and Twitter cards, JSON-LD) and what its preview image shows, from the same
//! view models the page renders.

use versus_core::catalog::Catalog;
use versus_core::format::format_rank;
use versus_core::jsonld;
use versus_core::loaded::Loaded;
use versus_core::messages::site as words;
use versus_core::site::{
    artifact_title_in, compare_title_in, home_title_in, not_found_title_in, shorten, xml_escape,
    SitePage,
};
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

/// The page's metadata, or `None` when its artifacts are not in the catalog. Every word
/// is a message (`versus_core::messages::site`) in the catalog's locale.
pub fn page_meta(loaded: &Loaded, page: &SitePage) -> Option<PageMeta> {
    let catalog = &loaded.catalog;
    let brand = &catalog.brand;
    let locale = &brand.locale;
    Some(match page {
        SitePage::Home => {
            let count = catalog.artifacts.len() as u64;
            let description = brand.tagline.clone().unwrap_or_else(|| {
                locale.count(
                    words::DESCRIPTION_HOME,
                    count,
                    &[("rank_label", &brand.rank_label)],
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
                title: home_title_in(locale, &brand.name),
                image: Some(card(
                    catalog,
                    locale.say(words::IMAGE_TITLE_HOME, &[("brand", &brand.name)]),
                    columns,
                    &description,
                )),
                image_alt: locale.count(words::IMAGE_ALT_HOME, count, &[("brand", &brand.name)]),
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
                .unwrap_or_else(|| {
                    locale.say(
                        words::ABOUT_ARTIFACT,
                        &[
                            ("name", &view.display_name),
                            ("kind", &view.kind),
                            ("plan", &view.plan),
                        ],
                    )
                });
            let description = locale.say(
                words::DESCRIPTION_ARTIFACT,
                &[
                    ("about", &about),
                    ("rank_label", &view.rank_label),
                    ("rank", &view.rank),
                ],
            );
            PageMeta {
                title: artifact_title_in(locale, &view.display_name, &brand.name),
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
                image_alt: locale.say(
                    words::IMAGE_ALT_ARTIFACT,
                    &[
                        ("name", &view.display_name),
                        ("rank_label", &view.rank_label),
                        ("rank", &view.rank),
                    ],
                ),
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
            let description = locale.say(
                words::DESCRIPTION_COMPARE,
                &[
                    ("headline", headline),
                    ("title", &view.title),
                    ("rank_label", &view.rank_label),
                ],
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
                title: compare_title_in(locale, &view.title, &brand.name),
                image: Some(card(catalog, view.title.clone(), columns, headline)),
                image_alt: locale.say(
                    words::IMAGE_ALT_COMPARE,
                    &[("title", &view.title), ("headline", headline)],
                ),
                description: shorten(&description, DESCRIPTION_CHARS),
                indexed: true,
                json_ld: Some(jsonld::comparison(catalog, &sides, &view.title)),
            }
        }
        SitePage::NotFound => PageMeta {
            title: not_found_title_in(locale, &brand.name),
            description: locale.say(words::DESCRIPTION_NOT_FOUND, &[("brand", &brand.name)]),
            indexed: false,
            json_ld: None,
            image: None,
            image_alt: String::new(),
        },
    })
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
        winner_badge: catalog.brand.locale.text(words::IMAGE_WINNER).to_owned(),
        rtl: catalog.brand.locale.is_rtl(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::disallowed_methods)] // a native test, not wasm
    fn loaded(strings: serde_json::Value) -> Loaded {
        let mut catalog: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tests/fixtures/minimal.json"))
                .expect("JSON");
        catalog["strings"] = strings;
        let parsed = versus_core::parse_catalog(&catalog.to_string()).expect("valid");
        Loaded::single(parsed, "data/catalog.json")
    }

    #[test]
    fn english_pages_say_what_they_said() {
        let loaded = loaded(serde_json::json!({}));
        let home = page_meta(&loaded, &SitePage::Home).unwrap();
        assert_eq!(home.title, "Tiny · Compare");
        assert_eq!(
            home.description,
            "Compare 2 artifacts side by side: Rank, pricing and capabilities."
        );
        assert_eq!(home.image_alt, "Tiny: compare 2 artifacts");
        let image = home.image.unwrap();
        assert_eq!(image.title, "Compare with Tiny");
        assert_eq!(image.winner_badge, "Higher rank");
        let compare = SitePage::Compare(vec!["alpha".into(), "beta".into()]);
        let compare = page_meta(&loaded, &compare).unwrap();
        assert!(compare.title.ends_with(" · Tiny"), "{}", compare.title);
        assert!(
            compare.description.contains(" side by side: Rank, pricing"),
            "{}",
            compare.description
        );
        let missing = page_meta(&loaded, &SitePage::NotFound).unwrap();
        assert_eq!(missing.title, "Page not found · Tiny");
        assert_eq!(
            missing.description,
            "There is no page at this address on Tiny."
        );
    }

    #[test]
    fn every_word_is_a_message_the_catalog_may_reword() {
        let loaded = loaded(serde_json::json!({
            "site.title_home": "{brand}: Vergleich",
            "site.description_home": {"one": "Ein Artikel: {rank_label}.", "other": "{count} Artikel im Vergleich: {rank_label}."},
            "site.image_title_home": "Vergleichen mit {brand}",
            "site.image_alt_home": {"one": "{brand}: ein Artikel", "other": "{brand}: {count} Artikel"},
            "site.image_winner": "Vorne",
            "site.title_artifact": "{name} bei {brand}",
            "site.about_artifact": "{name} ({kind}, {plan}).",
            "site.description_artifact": "{about} – {rank_label} {rank}",
            "site.title_compare": "{title} | {brand}",
            "site.description_compare": "{title}: {headline} ({rank_label})",
            "site.image_alt_compare": "Bild: {title}. {headline}",
            "site.title_not_found": "Nicht gefunden | {brand}",
            "site.description_not_found": "Keine Seite auf {brand}.",
        }));
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let home = page_meta(&loaded, &SitePage::Home).unwrap();
        assert_eq!(home.title, "Tiny: Vergleich");
        assert_eq!(home.description, "2 Artikel im Vergleich: Rank.");
        assert_eq!(home.image_alt, "Tiny: 2 Artikel");
        let image = home.image.unwrap();
        assert_eq!(image.title, "Vergleichen mit Tiny");
        assert_eq!(image.winner_badge, "Vorne");
        let artifact = page_meta(&loaded, &SitePage::Artifact("alpha".into())).unwrap();
        assert!(artifact.title.ends_with(" bei Tiny"), "{}", artifact.title);
        assert!(
            artifact.description.contains(" – Rank "),
            "{}",
            artifact.description
        );
        let compare = SitePage::Compare(vec!["alpha".into(), "beta".into()]);
        let compare = page_meta(&loaded, &compare).unwrap();
        assert!(compare.title.ends_with(" | Tiny"), "{}", compare.title);
        assert!(
            compare.image_alt.starts_with("Bild: "),
            "{}",
            compare.image_alt
        );
        let missing = page_meta(&loaded, &SitePage::NotFound).unwrap();
        assert_eq!(missing.title, "Nicht gefunden | Tiny");
        assert_eq!(missing.description, "Keine Seite auf Tiny.");
    }
}
