//! Entry point of the standalone site (built to wasm by trunk).
#![forbid(unsafe_code)]

fn main() {
    yew::Renderer::<versus::ui::App>::new().render();
}
