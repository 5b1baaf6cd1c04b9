//! Presentational components: data in through props, no fetching.

pub mod capability_list;
pub mod comparison_card;
pub mod copy_link;
pub mod embed_panel;
pub mod error_notice;
pub mod feature_table;
pub mod loading;
pub mod score_chart;
pub mod site_frame;
pub mod theme_switch;
pub mod verdict_panel;
pub mod weight_panel;
