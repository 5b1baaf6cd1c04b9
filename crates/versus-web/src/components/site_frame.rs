//! The brand header and footer around every standalone page.

use yew::prelude::*;

use super::theme_switch::ThemeSwitch;
use crate::links::PageLink;
use crate::route::Route;
use versus_core::catalog::Brand;
use versus_core::messages::page;

/// `body` in the page's `<main>`, between `brand`'s header and footer. A view function: it
/// keeps no state (see `crate::components`).
pub fn site_frame(brand: &Brand, body: Html) -> Html {
    let locale = &brand.locale;
    let logo = brand.logo_url.as_ref().map(|src| {
        html! { <img class="vs-brand__logo" src={src.clone()} alt="" /> }
    });
    let name = match &brand.home_url {
        Some(url) => html! {
            <a class="vs-brand__name" href={url.clone()} rel="noopener noreferrer">{ logo }{ &brand.name }</a>
        },
        None => html! {
            <PageLink classes="vs-brand__name" to={Route::Home}>{ logo }{ &brand.name }</PageLink>
        },
    };
    html! {
        <>
            <header class="vs-header">
                <div class="vs-header__inner">
                    <div class="vs-brand">
                        { name }
                        if let Some(tagline) = &brand.tagline {
                            <span class="vs-brand__tagline">{ tagline }</span>
                        }
                    </div>
                    <nav class="vs-nav" aria-label={locale.text(page::NAV_LABEL).to_owned()}>
                        <PageLink to={Route::Home}>{ locale.text(page::NAV_BROWSE) }</PageLink>
                        <ThemeSwitch locale={locale.clone()} />
                    </nav>
                </div>
            </header>
            <main class="vs-page">{ body }</main>
            <footer class="vs-footer">
                <div class="vs-footer__inner">
                    if let Some(footer) = &brand.footer {
                        <p>{ footer }</p>
                    } else {
                        <p>{ &brand.name }</p>
                    }
                </div>
            </footer>
        </>
    }
}
