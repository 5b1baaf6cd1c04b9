//! `versus-catalog site`: the static site of a catalog. Every page the plan names
//! (`versus_core::site::plan`) is rendered with the app's own components (yew's server
//! renderer, `versus_web::prerender`) into the app's `index.html`, with its head tags and
//! a preview image, and written as it is made: nothing holds the whole site in memory.
//!
//! `--part K/N` writes every N-th page starting at the K-th, and part 1 also the files all
//! pages share (the app, the catalog, the sitemap, robots.txt): the parts of N runs
//! together are one full run, byte for byte.

mod card;
mod meta;
mod template;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use versus_core::loaded::Loaded;
use versus_core::messages::{builtin_for, builtin_text, read_table, site as words, BUILTIN};
use versus_core::parse::shard::is_index;
use versus_core::site::{plan, robots, sitemap, sitemap_index, SitePage, SITEMAP_LIMIT};
use versus_core::{parse_catalog, Parsed};
use versus_web::links::{site_compare_pages, PathLinks};
use versus_web::load::{Shared, DEFAULT_CATALOG};
use versus_web::route::Route;
use versus_web::widget::EmbedTarget;

use crate::og::OgRenderer;
use meta::{head, page_meta, Addresses};
use template::{PageParts, Template};

/// Where the preview image of a page is, next to its `index.html`.
const IMAGE_FILE: &str = "og.png";
/// Where the embeddable card of a page is, next to its `index.html` (`versus.js` asks for it).
pub const CARD_FILE: &str = "card.json";

/// What `versus-catalog site` was asked for.
pub struct SiteOptions {
    pub catalog: PathBuf,
    pub out: PathBuf,
    /// The built app: `index.html`, its modules, stylesheet and the rest (`scripts/build`).
    pub app: PathBuf,
    /// Where the site will be served (`https://example.com/compare/`), for canonical
    /// addresses, preview images and the sitemap; relative addresses without it.
    pub url: Option<String>,
    pub related: usize,
    /// `(k, n)`: this run writes part k of n (1-based).
    pub part: (usize, usize),
    pub images: bool,
    pub fonts: Vec<PathBuf>,
    pub threads: usize,
}

/// What a run wrote.
pub struct Summary {
    /// Pages of the whole site.
    pub planned: usize,
    /// Pages this run wrote.
    pub pages: usize,
    pub images: usize,
    pub seconds: f64,
    /// What the run left out, and why (a logo it could not copy).
    pub notes: Vec<String>,
}

/// Why a run wrote nothing or stopped.
pub enum SiteError {
    /// The catalog is not valid: `validate`'s report says why.
    Invalid(String),
    /// Anything else, said in a sentence.
    Other(String),
}

impl From<String> for SiteError {
    fn from(problem: String) -> Self {
        SiteError::Other(problem)
    }
}

/// Writes the site (or this run's part of it).
pub fn generate(options: &SiteOptions) -> Result<Summary, SiteError> {
    let started = Instant::now();
    let catalog_path = options.catalog.display().to_string();
    let text = fs::read_to_string(&options.catalog)
        .map_err(|error| format!("{catalog_path}: unreadable: {error}"))?;
    if is_index(&text) {
        return Err(SiteError::Other(format!(
            "{catalog_path} is a sharded catalog's index: generate the site from the single-file catalog (sharded catalogs are shown client-side, with ?catalog=)"
        )));
    }
    let mut parsed = parse_catalog(&text).map_err(|_| SiteError::Invalid(catalog_path.clone()))?;
    speak_builtin(&mut parsed);
    let template_path = options.app.join("index.html");
    let template = fs::read_to_string(&template_path)
        .map_err(|error| {
            format!(
                "{}: unreadable: {error} (build the app first: scripts/build)",
                template_path.display()
            )
        })
        .and_then(|text| {
            Template::new(text).map_err(|problem| format!("{}: {problem}", template_path.display()))
        })?;
    let base = match &options.url {
        Some(url) => Some(site_url(url)?),
        None => None,
    };
    let pages = {
        let loaded = Loaded::single(parsed.clone(), DEFAULT_CATALOG);
        plan(&loaded.catalog, loaded.related(), options.related)
    };
    let (part, parts) = options.part;
    let mine: Vec<&SitePage> = pages
        .iter()
        .enumerate()
        .filter(|(i, _)| i % parts == part - 1)
        .map(|(_, page)| page)
        .collect();
    fs::create_dir_all(&options.out)
        .map_err(|error| format!("cannot create {}: {error}", options.out.display()))?;
    let mut notes = Vec::new();
    if part == 1 {
        copy_app(&options.app, &options.out)?;
        write_locales(&options.out)?;
        write(&options.out.join(DEFAULT_CATALOG), text.as_bytes())?;
        write_sitemaps(&options.out, base.as_deref(), &pages)?;
        if let Some(logo) = site_logo(&parsed) {
            notes.extend(copy_logo(&options.catalog, logo, &options.out)?);
        }
    }
    let renderer = match options.images {
        true => Some(Arc::new(OgRenderer::new(&options.fonts)?)),
        false => None,
    };
    let job = Job {
        parsed: &parsed,
        template: &template,
        base: base.as_deref(),
        options,
        renderer,
        not_found_root: base
            .as_deref()
            .map_or("/".to_owned(), |base| url_path(base).to_owned()),
    };
    let threads = options.threads.clamp(1, 64);
    let counts: Vec<Result<usize, String>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let (job, mine) = (&job, &mine);
                scope.spawn(move || job.run(mine.iter().skip(worker).step_by(threads).copied()))
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err("a worker panicked".to_owned()))
            })
            .collect()
    });
    let mut images = 0;
    for count in counts {
        images += count?;
    }
    Ok(Summary {
        planned: pages.len(),
        pages: mine.len(),
        images,
        seconds: started.elapsed().as_secs_f64(),
        notes,
    })
}

/// What every worker shares.
struct Job<'a> {
    parsed: &'a Parsed,
    template: &'a Template,
    base: Option<&'a str>,
    options: &'a SiteOptions,
    renderer: Option<Arc<OgRenderer>>,
    /// The 404 page's way to the root: the site URL's path, as it is served anywhere.
    not_found_root: String,
}

impl Job<'_> {
    /// Renders and writes `pages`; returns how many preview images it wrote.
    fn run<'p>(&self, pages: impl Iterator<Item = &'p SitePage>) -> Result<usize, String> {
        // yew's renderer is single-threaded (`Rc`): each worker has its own catalog, one
        // per way back to the root (a relative logo is addressed from the page).
        let mut catalogs: HashMap<String, Shared> = HashMap::new();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|error| format!("cannot start a renderer: {error}"))?;
        let local = tokio::task::LocalSet::new();
        let mut images = 0;
        let mut shared_at = |root: &str| {
            catalogs
                .entry(root.to_owned())
                .or_insert_with(|| {
                    let mut parsed = self.parsed.clone();
                    if let Some(logo) = site_logo(&parsed).map(str::to_owned) {
                        parsed.catalog.brand.logo_url = Some(format!("{root}{DATA_DIR}{logo}"));
                    }
                    Shared(Rc::new(Loaded::single(parsed, DEFAULT_CATALOG)))
                })
                .clone()
        };
        for page in pages {
            let root = self.root(page);
            let shared = shared_at(&root);
            images += local.block_on(&runtime, self.page(&shared, page, root))?;
            let target = match page {
                SitePage::Compare(ids) => EmbedTarget::Compare(ids.clone()),
                SitePage::Artifact(id) => EmbedTarget::Artifact(id.clone()),
                _ => continue,
            };
            let shared = shared_at("");
            local.block_on(&runtime, self.card(&shared, page, target))?;
        }
        Ok(images)
    }

    /// Writes one page (and its image); 1 when it wrote an image.
    /// From `page` back to the site's root.
    fn root(&self, page: &SitePage) -> String {
        match page {
            SitePage::NotFound => self.not_found_root.clone(),
            _ => page.root(),
        }
    }

    async fn page(&self, shared: &Shared, page: &SitePage, root: String) -> Result<usize, String> {
        let loaded = &shared.0;
        let catalog = &loaded.catalog;
        let Some(meta) = page_meta(loaded, page) else {
            return Err(format!(
                "{}: its artifacts are not in the catalog",
                page.path()
            ));
        };
        let links = PathLinks {
            root: root.clone(),
            related: self.options.related,
            compare_pages: site_compare_pages,
        };
        let body =
            versus_web::prerender::render(shared.clone(), Route::recognize(&page.route()), links)
                .await;
        let dir = self
            .options
            .out
            .join(page.path().trim_end_matches("404.html"));
        let image = match (&self.renderer, &meta.image) {
            (Some(renderer), Some(card)) => {
                let png = renderer.png(card)?;
                write(&dir.join(IMAGE_FILE), &png)?;
                Some(self.address(&root, &format!("{}{IMAGE_FILE}", page.path())))
            }
            _ => None,
        };
        let addresses = Addresses {
            page: self.address(&root, &page.path()),
            image,
        };
        let locale = &catalog.brand.locale;
        let lang = &locale.tag;
        let head = head(&meta, &addresses, &catalog.brand.name, lang);
        let route = match page {
            SitePage::NotFound => String::new(),
            _ => page.route(),
        };
        // What the loader says if the app's code cannot load (index.html has English).
        let loader_words = [
            ("load-failed", locale.text(words::LOAD_FAILED)),
            ("retry", locale.text(words::RETRY)),
        ];
        let html = self.template.page(&PageParts {
            lang,
            dir: locale.dir(),
            words: &loader_words,
            root: &root,
            route: &route,
            related: self.options.related,
            head: &head,
            body: &body,
        });
        write(&self.options.out.join(page.file()), html.as_bytes())?;
        Ok(usize::from(addresses.image.is_some()))
    }

    /// Writes the card of a comparison or artifact page as the fragment widgets paint
    /// (`card.json` beside its `index.html`, see `card`), links relative to the root.
    async fn card(
        &self,
        shared: &Shared,
        page: &SitePage,
        target: EmbedTarget,
    ) -> Result<(), String> {
        let links = PathLinks {
            root: String::new(),
            related: self.options.related,
            compare_pages: site_compare_pages,
        };
        let html = versus_web::prerender::render_card(shared.clone(), target, links).await;
        let catalog = &shared.0.catalog;
        let locale = &catalog.brand.locale;
        let title = page_meta(&shared.0, page).map_or_else(String::new, |meta| meta.title);
        let json = card::fragment(
            &html,
            &card::CardInfo {
                lang: &locale.tag,
                dir: locale.dir(),
                title: &title,
                theme: catalog.brand.theme.css_properties(),
                words: card::facade_words(locale),
            },
        )
        .map_err(|problem| format!("{}: the card's HTML: {problem}", page.path()))?;
        write(
            &self.options.out.join(page.path()).join(CARD_FILE),
            json.as_bytes(),
        )
    }

    /// The address of `path` (below the site root) in the head of a page whose way to the
    /// root is `root`: absolute with a site URL, else relative to that page.
    fn address(&self, root: &str, path: &str) -> String {
        match self.base {
            Some(base) => format!("{base}{path}"),
            None if root.is_empty() && path.is_empty() => "./".to_owned(),
            None => format!("{root}{path}"),
        }
    }
}

/// Makes the catalog speak its language's built-in table (`de-AT` → `locales/de.json`,
/// compiled in), under its own `strings`, as the app does once it has fetched the table:
/// the pages are written in the words the app shows when it takes over.
fn speak_builtin(parsed: &mut Parsed) {
    let locale = &parsed.catalog.brand.locale;
    let Some(text) = builtin_for(&locale.tag).and_then(builtin_text) else {
        return;
    };
    // The built-in tables are checked by versus-core's tests; one that does not read
    // leaves the catalog in English.
    let Ok((table, _)) = read_table(text) else {
        return;
    };
    let locale = locale.with_builtin(Some(Arc::new(table)));
    parsed.catalog.speak(locale);
}

/// The built-in tables as `locales/<file>.json`, which the app and the widgets fetch for a
/// catalog (or a `lang` attribute) in that language; each without its indentation.
fn write_locales(out: &Path) -> Result<(), String> {
    let mut files: Vec<&str> = BUILTIN.iter().map(|(_, file)| *file).collect();
    files.dedup();
    for file in files {
        let Some(text) = builtin_text(file) else {
            continue;
        };
        write(
            &out.join(format!("locales/{file}.json")),
            compact_json(text).as_bytes(),
        )?;
    }
    Ok(())
}

/// Pretty-printed JSON without its line breaks and indentation: JSON strings cannot span
/// lines, so trimming each line touches only whitespace between tokens.
fn compact_json(text: &str) -> String {
    text.lines().map(str::trim).collect()
}

/// The folder of the site's catalog (`DEFAULT_CATALOG`), where a relative logo lives.
const DATA_DIR: &str = "data/";

/// The brand's logo when it is addressed relative to the catalog (`logo.svg`,
/// `img/logo.png`), which the site must then carry.
fn site_logo(parsed: &Parsed) -> Option<&str> {
    let logo = parsed.catalog.brand.logo_url.as_deref()?;
    let lower = versus_core::case::to_lowercase(logo);
    let absolute =
        lower.starts_with("http://") || lower.starts_with("https://") || logo.starts_with('/');
    (!absolute).then_some(logo)
}

/// Copies a relative logo from beside the catalog to beside the site's catalog; a note
/// when it cannot (missing, or outside the catalog's folder).
fn copy_logo(catalog: &Path, logo: &str, out: &Path) -> Result<Option<String>, String> {
    let file = logo.split(['?', '#']).next().unwrap_or_default();
    let safe = !file.is_empty()
        && file
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    if !safe {
        return Ok(Some(format!(
            "brand.logo_url \"{logo}\" is not a file beside the catalog: not copied, pages address it as {DATA_DIR}{logo}"
        )));
    }
    let from = catalog.parent().unwrap_or(Path::new(".")).join(file);
    match fs::read(&from) {
        Ok(bytes) => {
            write(&out.join(DATA_DIR).join(file), &bytes)?;
            Ok(None)
        }
        Err(error) => Ok(Some(format!(
            "brand.logo_url: {} unreadable ({error}): not copied, the pages show no logo until {DATA_DIR}{file} is there",
            from.display()
        ))),
    }
}

/// `url` as the site's base: http(s), with a host, ending in `/`.
fn site_url(url: &str) -> Result<String, String> {
    let lower = versus_core::case::to_lowercase(url);
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .filter(|rest| !rest.is_empty() && !rest.starts_with('/'))
        .filter(|_| !url.contains(['"', '<', '>', ' ', '?', '#', '\\']));
    match rest {
        Some(_) if url.ends_with('/') => Ok(url.to_owned()),
        Some(_) => Ok(format!("{url}/")),
        None => Err(format!(
            "--url {url}: expected the http(s) address the site will be served from, e.g. https://example.com/compare/"
        )),
    }
}

/// The path of an absolute URL (`/compare/` of `https://example.com/compare/`).
fn url_path(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    url[after_scheme..]
        .find('/')
        .map_or("/", |i| &url[after_scheme + i..])
}

/// The sitemap (an index of sitemap files past `SITEMAP_LIMIT` pages) and robots.txt.
fn write_sitemaps(out: &Path, base: Option<&str>, pages: &[SitePage]) -> Result<(), String> {
    let base = base.unwrap_or("");
    let urls: Vec<String> = pages
        .iter()
        .filter(|page| **page != SitePage::NotFound)
        .map(|page| format!("{base}{}", page.path()))
        .collect();
    if urls.len() <= SITEMAP_LIMIT {
        write(
            &out.join("sitemap.xml"),
            sitemap(urls.iter().map(String::as_str)).as_bytes(),
        )?;
    } else {
        let mut files = Vec::new();
        for (n, chunk) in urls.chunks(SITEMAP_LIMIT).enumerate() {
            let name = format!("sitemap-{}.xml", n + 1);
            write(
                &out.join(&name),
                sitemap(chunk.iter().map(String::as_str)).as_bytes(),
            )?;
            files.push(format!("{base}{name}"));
        }
        write(
            &out.join("sitemap.xml"),
            sitemap_index(files.iter().map(String::as_str)).as_bytes(),
        )?;
    }
    write(
        &out.join("robots.txt"),
        robots(&format!("{base}sitemap.xml")).as_bytes(),
    )
}

/// Copies the built app into the site, all but its `index.html` (each page is made from
/// it). Copying into itself is skipped.
fn copy_app(app: &Path, out: &Path) -> Result<(), String> {
    let same = fs::canonicalize(app).ok() == fs::canonicalize(out).ok();
    if same {
        return Err("--app and --out are the same directory: the generated pages would replace the app's index.html they are made from".to_owned());
    }
    copy_dir(app, out, true)
}

fn copy_dir(from: &Path, to: &Path, top: bool) -> Result<(), String> {
    let entries = fs::read_dir(from).map_err(|error| format!("{}: {error}", from.display()))?;
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    versus_core::sort::sort_by_key(&mut entries, |e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        if top && name == "index.html" {
            continue;
        }
        let target = to.join(&name);
        if path.is_dir() {
            fs::create_dir_all(&target)
                .map_err(|error| format!("{}: {error}", target.display()))?;
            copy_dir(&path, &target, false)?;
        } else {
            fs::copy(&path, &target).map_err(|error| format!("{}: {error}", target.display()))?;
        }
    }
    Ok(())
}

/// Writes `bytes` to `path`, creating its directory.
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_locales_read_as_the_built_in_tables() {
        let mut files: Vec<&str> = BUILTIN.iter().map(|(_, file)| *file).collect();
        files.dedup();
        for file in files {
            let text = builtin_text(file).expect("compiled in");
            let compact = compact_json(text);
            assert!(compact.len() < text.len(), "{file}");
            let (original, _) = read_table(text).expect("reads");
            let (written, _) = read_table(&compact).expect("still JSON");
            assert_eq!(written, original, "{file}");
        }
    }

    #[test]
    fn site_urls_are_checked() {
        assert_eq!(
            site_url("https://x.test/sub").unwrap(),
            "https://x.test/sub/"
        );
        assert_eq!(site_url("http://x.test/").unwrap(), "http://x.test/");
        assert!(site_url("ftp://x.test/").is_err());
        assert!(site_url("https:///x").is_err());
        assert!(site_url("https://x.test/\"><script>").is_err());
        assert_eq!(url_path("https://x.test/sub/"), "/sub/");
        assert_eq!(url_path("https://x.test/"), "/");
    }
}
