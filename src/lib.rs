//! Versus: an embeddable "A vs B" comparison widget.
//!
//! `domain` is the pure core (catalog contract, validation, verdicts, related ranking,
//! formatting, view models); `ui` is the thin yew shell that renders its view models.
#![forbid(unsafe_code)]

pub mod domain;
#[cfg(feature = "elements")]
pub mod embed;
pub mod ui;
