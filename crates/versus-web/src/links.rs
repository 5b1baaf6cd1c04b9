//! Links to artifact and comparison pages that work in the routed site, on pre-rendered
//! pages and in widgets.
//!
//! The site's links are hash links (`crate::router` follows them). The pages of a
//! generated site (`versus-catalog site`) link by path to every page that was generated
//! (`versus_core::site`), and by hash route from the site's root otherwise. A widget
//! embedded in someone else's page links to the standalone site (next to `versus.js`) in
//! a new tab.

use std::rc::Rc;

use yew::prelude::*;

use super::host_events::{Host, HostEvent, Kind, Select};
use super::load::Shared;
use super::route::Route;
use super::theme::ThemeChoice;
use versus_core::loaded::Loaded;
use versus_core::site::has_compare_page;
use versus_core::theme::ThemeMode;

/// How links render below this point; the site provides nothing (hash links).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkMode {
    Site,
    /// A page of a generated site: paths to generated pages.
    Paths(Rc<PathLinks>),
    /// Absolute URL of the standalone site's `index.html` (plus `?catalog=` when needed),
    /// and the page the widget is embedded in, which hears where links go.
    External(AttrValue, Host),
}

/// Whether the generated site has a page for the comparison of `ids`, given the related
/// artifacts per artifact that have one. A module that renders no comparison links takes
/// `no_compare_pages` and so leaves the rule (and the related index it needs) out of its
/// download.
pub type ComparePages = fn(&Loaded, &[String], usize) -> bool;

/// The generator's rule (`versus_core::site::has_compare_page`); a sharded catalog's site
/// has no comparison pages.
pub fn site_compare_pages(loaded: &Loaded, ids: &[String], related: usize) -> bool {
    loaded.sharded.is_none() && has_compare_page(&loaded.catalog, loaded.related(), ids, related)
}

/// Every comparison link is its hash route (which always works).
pub fn no_compare_pages(_: &Loaded, _: &[String], _: usize) -> bool {
    false
}

/// Where a generated page is in its site.
#[derive(Clone, Debug)]
pub struct PathLinks {
    /// From this page back to the site's root: `""`, `../../`, or `/sub/` on the 404 page.
    pub root: String,
    /// Related artifacts per artifact that have comparison pages (`--related`).
    pub related: usize,
    /// Which comparisons have pages.
    pub compare_pages: ComparePages,
}

/// The rule is fixed for the life of a module, so only where the page is counts.
impl PartialEq for PathLinks {
    fn eq(&self, other: &Self) -> bool {
        self.root == other.root && self.related == other.related
    }
}

impl PathLinks {
    /// The address of `route` from this page: its path when the site has the page
    /// (`generated` says so for comparisons), else its hash route at the site's root.
    pub fn href(&self, route: &Route, generated: bool) -> String {
        let root = &self.root;
        match route {
            Route::Home => if root.is_empty() { "./" } else { root }.to_owned(),
            Route::Artifact { id } => format!("{root}artifact/{id}/"),
            Route::Compare { ids } if generated => format!("{root}compare/{ids}/"),
            other => format!("{root}#{}", other.to_path()),
        }
    }
}

/// `href` carrying the reader's palette to the next page (`?theme=`, before any hash
/// route): a path link loads a new document, which reads its palette from the address.
fn with_theme(href: String, mode: ThemeMode) -> String {
    if mode == ThemeMode::Light {
        return href;
    }
    let query = format!("?theme={}", mode.as_str());
    match href.find('#') {
        Some(hash) => format!("{}{query}{}", &href[..hash], &href[hash..]),
        None => href + &query,
    }
}

/// The address of a search on the home page from here (`#/?q=…`): the site's root on a
/// generated page.
#[hook]
pub fn use_home_prefix() -> String {
    match use_context::<LinkMode>() {
        Some(LinkMode::Paths(links)) => links.href(&Route::Home, true),
        _ => String::new(),
    }
}

#[derive(Properties, PartialEq)]
pub struct PageLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// What a link to `route` selects, for the host page's `versus:select`.
fn selected(route: &Route) -> Option<(Kind, Vec<String>)> {
    match route {
        Route::Artifact { id } => Some((Kind::Artifact, vec![id.clone()])),
        Route::Compare { ids } => {
            Some((Kind::Compare, ids.split('/').map(str::to_owned).collect()))
        }
        _ => None,
    }
}

/// In a widget, the click handler of a link selecting `kind` and `items` at `href`: it
/// tells the host page first, which may cancel the link and take the reader there itself.
fn telling(
    host: &Host,
    kind: Kind,
    items: Vec<String>,
    href: &str,
    external: bool,
) -> Option<Callback<MouseEvent>> {
    host.present().then(|| {
        let (host, href) = (host.clone(), href.to_owned());
        Callback::from(move |event: MouseEvent| {
            let (items, href) = (items.clone(), href.clone());
            let select = || {
                HostEvent::Select(Select {
                    kind,
                    items,
                    href,
                    external,
                })
            };
            if host.tell(select) {
                event.prevent_default();
            }
        })
    })
}

/// A link to a page of the standalone site. In a widget, following it to an artifact or a
/// comparison tells the host page first (`versus:select`).
#[component]
pub fn PageLink(props: &PageLinkProps) -> Html {
    let mode = use_context::<LinkMode>().unwrap_or(LinkMode::Site);
    let shared = use_context::<Shared>();
    let palette = use_context::<ThemeChoice>().map_or(ThemeMode::Light, |choice| choice.mode);
    match mode {
        LinkMode::Site => html! {
            <a class={props.classes.clone()} href={format!("#{}", props.to.to_path())}>{ props.children.clone() }</a>
        },
        LinkMode::Paths(links) => {
            let generated = match (&props.to, &shared) {
                (Route::Compare { ids }, Some(shared)) => {
                    let ids: Vec<String> = ids.split('/').map(str::to_owned).collect();
                    (links.compare_pages)(&shared.0, &ids, links.related)
                }
                _ => false,
            };
            html! {
                <a class={props.classes.clone()} href={with_theme(links.href(&props.to, generated), palette)}>
                    { props.children.clone() }
                </a>
            }
        }
        LinkMode::External(site, host) => {
            let href = format!("{site}#{}", props.to.to_path());
            let onclick = selected(&props.to)
                .and_then(|(kind, items)| telling(&host, kind, items, &href, false));
            html! {
                <a class={props.classes.clone()} {href} target="_blank" rel="noopener" {onclick}>
                    { props.children.clone() }
                </a>
            }
        }
    }
}

/// A link to the website of artifact `id`, in a new tab. In a widget it tells the host
/// page first (`versus:select` with `external`), which may count the click or send the
/// reader through its own link. `data-versus-visit` names the artifact for a pre-rendered
/// card's facade, which tells the page the same. A view function (no component of its
/// own: `host` comes from the caller).
pub fn visit_link(
    id: &str,
    href: &str,
    host: &Host,
    classes: &'static str,
    children: Html,
) -> Html {
    let onclick = telling(host, Kind::Artifact, vec![id.to_owned()], href, true);
    html! {
        <a class={classes} href={href.to_owned()} target="_blank" rel="noopener noreferrer"
           data-versus-visit={id.to_owned()} {onclick}>
            { children }
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_links_carry_a_palette_other_than_light() {
        let links = PathLinks {
            root: "../../".to_owned(),
            related: 5,
            compare_pages: no_compare_pages,
        };
        let artifact = links.href(&Route::Artifact { id: "a".to_owned() }, false);
        assert_eq!(
            with_theme(artifact.clone(), ThemeMode::Light),
            "../../artifact/a/"
        );
        assert_eq!(
            with_theme(artifact, ThemeMode::Dark),
            "../../artifact/a/?theme=dark"
        );
        let hashed = links.href(
            &Route::Compare {
                ids: "a/b".to_owned(),
            },
            false,
        );
        assert_eq!(hashed, "../../#/compare/a/b");
        assert_eq!(
            with_theme(hashed, ThemeMode::Auto),
            "../../?theme=auto#/compare/a/b"
        );
        let home = PathLinks {
            root: String::new(),
            related: 5,
            compare_pages: no_compare_pages,
        };
        assert_eq!(home.href(&Route::Home, true), "./");
        assert_eq!(
            home.href(
                &Route::Compare {
                    ids: "a/b".to_owned()
                },
                true
            ),
            "compare/a/b/"
        );
    }
}
