//! Presentational pieces: data in, no fetching. Those that keep state (a toggle, an
//! expansion, a "copied" flag) are components; those that keep none are plain view
//! functions returning `Html`, because every component type costs the wasm about half a
//! KiB (brotli) of yew lifecycle code, and a view function re-rendered with its parent
//! costs nothing measurable.

pub mod capability_list;
pub mod comparison_card;
pub mod copy_link;
pub mod cost_calculator;
pub mod embed_panel;
pub mod error_notice;
pub mod feature_table;
pub mod loading;
pub mod score_chart;
pub mod site_frame;
pub mod source_list;
pub mod theme_switch;
pub mod verdict_panel;
pub mod weight_panel;
