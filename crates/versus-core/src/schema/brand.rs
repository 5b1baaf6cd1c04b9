//! Wire shape of `brand` and `brand.theme`, for the JSON Schema.

use schemars::JsonSchema;

use super::patterns::{
    css_color, http_or_relative_url, http_url, search_url_template, FONT_FAMILY, LOCALE, NON_BLANK,
};

/// A CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`/`hsl()`/`hsla()` with numeric arguments, or a CSS named colour.
#[derive(JsonSchema)]
pub struct CssColor(#[schemars(pattern(css_color()))] pub String);

/// Who publishes this catalog.
#[derive(JsonSchema)]
pub struct Brand {
    /// Display name, e.g. `Unfragile`.
    #[schemars(pattern(NON_BLANK))]
    pub name: String,
    /// One line under the name, e.g. `Stronger through disorder.`
    pub tagline: Option<String>,
    /// Name of the 0–100 score; default `Rank`.
    pub rank_label: Option<String>,
    /// One paragraph: how the rank is computed.
    pub rank_about: Option<String>,
    /// http(s) or relative URL of an image.
    #[schemars(pattern(http_or_relative_url()))]
    pub logo_url: Option<String>,
    /// http(s) link for the brand name.
    #[schemars(pattern(http_url()))]
    pub home_url: Option<String>,
    /// http(s) URL template containing `{query}`; powers "Need something different? Search".
    #[schemars(pattern(search_url_template()))]
    pub search_url: Option<String>,
    /// Footer line, e.g. `© 2026 Unfragile. Stronger through disorder.`
    pub footer: Option<String>,
    /// BCP 47 tag for number and price formatting; default `en-US`.
    #[schemars(pattern(LOCALE))]
    pub locale: Option<String>,
    /// Colours, font and corner radius of the widget.
    pub theme: Option<Theme>,
}

/// Theme values reach CSS, so each is checked strictly; other keys are ignored with a warning.
#[derive(JsonSchema)]
pub struct Theme {
    /// Accent colour: links, the winning side, buttons.
    pub accent: Option<CssColor>,
    /// Page background colour.
    pub background: Option<CssColor>,
    /// Card and table background colour.
    pub surface: Option<CssColor>,
    /// Body text colour.
    pub text: Option<CssColor>,
    /// Secondary text colour.
    pub muted: Option<CssColor>,
    /// Border and rule colour.
    pub border: Option<CssColor>,
    /// CSS font list: letters, digits, spaces, commas, quotes and hyphens only.
    #[schemars(pattern(FONT_FAMILY))]
    pub font_family: Option<String>,
    /// Corner radius in pixels, 0–48.
    #[schemars(range(min = 0, max = 48))]
    pub radius_px: Option<f64>,
}
