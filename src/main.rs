//! Entry point of the standalone site (built to wasm by trunk).
#![forbid(unsafe_code)]

fn main() {
    versus::ui::panic::install();
    yew::Renderer::<versus::ui::App>::new().render();
}
