//! Light / Dark / Auto: the standalone site's palette switch in the header.

use yew::prelude::*;

use crate::theme::ThemeChoice;
use versus_core::theme::ThemeMode;

#[component]
pub fn ThemeSwitch() -> Html {
    let Some(choice) = use_context::<ThemeChoice>() else {
        return Html::default();
    };
    let options = [
        (ThemeMode::Light, "Light"),
        (ThemeMode::Dark, "Dark"),
        (ThemeMode::Auto, "Auto"),
    ];
    html! {
        <div class="vs-theme-switch" role="group" aria-label="Colour theme">
            { for options.into_iter().map(|(mode, label)| {
                let on_change = choice.on_change.clone();
                html! {
                    <button type="button" class="vs-theme-switch__option" aria-pressed={(choice.mode == mode).to_string()}
                            title={if mode == ThemeMode::Auto { "Follow the system setting" } else { label }}
                            onclick={Callback::from(move |_: MouseEvent| on_change.emit(mode))}>
                        { label }
                    </button>
                }
            }) }
        </div>
    }
}
