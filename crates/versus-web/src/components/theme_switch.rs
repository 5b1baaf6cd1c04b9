//! Light / Dark / Auto: the standalone site's palette switch in the header.

use yew::prelude::*;

use crate::theme::ThemeChoice;
use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::theme::ThemeMode;

#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    /// The catalog's locale, for the options' words.
    pub locale: Locale,
}

#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let locale = &props.locale;
    let Some(choice) = use_context::<ThemeChoice>() else {
        return Html::default();
    };
    let options = [
        (ThemeMode::Light, locale.text(page::THEME_LIGHT)),
        (ThemeMode::Dark, locale.text(page::THEME_DARK)),
        (ThemeMode::Auto, locale.text(page::THEME_AUTO)),
    ];
    html! {
        <div class="vs-theme-switch" role="group" aria-label={locale.text(page::THEME_LABEL).to_owned()}>
            { for options.into_iter().map(|(mode, label)| {
                let on_change = choice.on_change.clone();
                html! {
                    <button type="button" class="vs-theme-switch__option" aria-pressed={(choice.mode == mode).to_string()}
                            title={(if mode == ThemeMode::Auto { locale.text(page::THEME_AUTO_TITLE) } else { label }).to_owned()}
                            onclick={Callback::from(move |_: MouseEvent| on_change.emit(mode))}>
                        { label }
                    </button>
                }
            }) }
        </div>
    }
}
