//! Brand theme values, validated strictly before they reach CSS.

use super::decimal::trimmed;

/// Theme colours and shape; every value has passed `check_*` below.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    pub accent: Option<String>,
    pub background: Option<String>,
    pub surface: Option<String>,
    pub text: Option<String>,
    pub muted: Option<String>,
    pub border: Option<String>,
    pub font_family: Option<String>,
    pub radius_px: Option<f64>,
}

/// The colour keys of `brand.theme`, in the order they become CSS custom properties.
pub const COLOR_KEYS: [&str; 6] = ["accent", "background", "surface", "text", "muted", "border"];

impl Theme {
    /// `(custom property, value)` pairs for the CSSOM, e.g. `("--vs-brand-accent", "#4f46e5")`.
    /// The stylesheet maps them onto the light palette and derives the dark one.
    pub fn css_properties(&self) -> Vec<(String, String)> {
        let colors = [
            &self.accent,
            &self.background,
            &self.surface,
            &self.text,
            &self.muted,
            &self.border,
        ];
        let mut properties: Vec<(String, String)> = COLOR_KEYS
            .iter()
            .zip(colors)
            .filter_map(|(key, value)| {
                value
                    .as_ref()
                    .map(|v| (format!("--vs-brand-{key}"), v.clone()))
            })
            .collect();
        if let Some(font) = &self.font_family {
            properties.push(("--vs-brand-font".to_owned(), font.clone()));
        }
        if let Some(radius) = self.radius_px {
            properties.push((
                "--vs-brand-radius".to_owned(),
                format!("{}px", trimmed(radius, 3)),
            ));
        }
        properties
    }
}

/// Light, dark, or following the reader's `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeMode {
    #[default]
    Light,
    Dark,
    Auto,
}

impl ThemeMode {
    /// Reads `light`, `dark` or `auto` (any case); anything else is light.
    pub fn parse(value: Option<&str>) -> Self {
        match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Some("dark") => ThemeMode::Dark,
            Some("auto") => ThemeMode::Auto,
            _ => ThemeMode::Light,
        }
    }

    /// The `data-theme` attribute value the stylesheet keys on.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeMode::Light => "light",
            ThemeMode::Dark => "dark",
            ThemeMode::Auto => "auto",
        }
    }

    /// The CSS `color-scheme` that matches, so frames paint no white box behind a dark card.
    pub fn color_scheme(self) -> &'static str {
        match self {
            ThemeMode::Light => "light",
            ThemeMode::Dark => "dark",
            ThemeMode::Auto => "light dark",
        }
    }
}

/// Accepts `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()/rgba()/hsl()/hsla()` with numeric
/// arguments, or a CSS named colour. Returns what was wrong otherwise.
pub fn check_color(value: &str) -> Result<(), String> {
    const EXPECTED: &str =
        "expected a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba(), hsl(), hsla() or a named colour)";
    let value = value.trim();
    if let Some(hex) = value.strip_prefix('#') {
        if matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(());
        }
        return Err(EXPECTED.to_owned());
    }
    let lower = value.to_ascii_lowercase();
    if let Some(open) = lower.find('(') {
        let function = &lower[..open];
        let valid_function = matches!(function, "rgb" | "rgba" | "hsl" | "hsla");
        let arguments = lower[open + 1..].strip_suffix(')');
        if let (true, Some(arguments)) = (valid_function, arguments) {
            if is_numeric_arguments(arguments) {
                return Ok(());
            }
        }
        return Err(EXPECTED.to_owned());
    }
    if NAMED_COLORS.binary_search(&lower.as_str()).is_ok() {
        return Ok(());
    }
    Err(EXPECTED.to_owned())
}

/// Colour function arguments: numbers, `%`, `deg`, separators, and nothing that could
/// close the declaration or open another function.
fn is_numeric_arguments(arguments: &str) -> bool {
    let without_units = arguments.replace("deg", "");
    !without_units.trim().is_empty()
        && without_units
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '/' | '+' | '-' | ' '))
        && without_units.chars().any(|c| c.is_ascii_digit())
}

/// Letters, digits, spaces, commas, quotes and hyphens only.
pub fn check_font_family(value: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | ',' | '\'' | '"' | '-');
    if !value.trim().is_empty() && value.chars().all(allowed) {
        Ok(())
    } else {
        Err(
            "expected a font list of letters, digits, spaces, commas, quotes and hyphens"
                .to_owned(),
        )
    }
}

/// 0–48 pixels.
pub fn check_radius(value: f64) -> Result<(), String> {
    if (0.0..=48.0).contains(&value) {
        Ok(())
    } else {
        Err("expected a number 0..=48".to_owned())
    }
}

/// CSS named colours (sorted for binary search).
pub(crate) const NAMED_COLORS: [&str; 149] = [
    "aliceblue",
    "antiquewhite",
    "aqua",
    "aquamarine",
    "azure",
    "beige",
    "bisque",
    "black",
    "blanchedalmond",
    "blue",
    "blueviolet",
    "brown",
    "burlywood",
    "cadetblue",
    "chartreuse",
    "chocolate",
    "coral",
    "cornflowerblue",
    "cornsilk",
    "crimson",
    "cyan",
    "darkblue",
    "darkcyan",
    "darkgoldenrod",
    "darkgray",
    "darkgreen",
    "darkgrey",
    "darkkhaki",
    "darkmagenta",
    "darkolivegreen",
    "darkorange",
    "darkorchid",
    "darkred",
    "darksalmon",
    "darkseagreen",
    "darkslateblue",
    "darkslategray",
    "darkslategrey",
    "darkturquoise",
    "darkviolet",
    "deeppink",
    "deepskyblue",
    "dimgray",
    "dimgrey",
    "dodgerblue",
    "firebrick",
    "floralwhite",
    "forestgreen",
    "fuchsia",
    "gainsboro",
    "ghostwhite",
    "gold",
    "goldenrod",
    "gray",
    "green",
    "greenyellow",
    "grey",
    "honeydew",
    "hotpink",
    "indianred",
    "indigo",
    "ivory",
    "khaki",
    "lavender",
    "lavenderblush",
    "lawngreen",
    "lemonchiffon",
    "lightblue",
    "lightcoral",
    "lightcyan",
    "lightgoldenrodyellow",
    "lightgray",
    "lightgreen",
    "lightgrey",
    "lightpink",
    "lightsalmon",
    "lightseagreen",
    "lightskyblue",
    "lightslategray",
    "lightslategrey",
    "lightsteelblue",
    "lightyellow",
    "lime",
    "limegreen",
    "linen",
    "magenta",
    "maroon",
    "mediumaquamarine",
    "mediumblue",
    "mediumorchid",
    "mediumpurple",
    "mediumseagreen",
    "mediumslateblue",
    "mediumspringgreen",
    "mediumturquoise",
    "mediumvioletred",
    "midnightblue",
    "mintcream",
    "mistyrose",
    "moccasin",
    "navajowhite",
    "navy",
    "oldlace",
    "olive",
    "olivedrab",
    "orange",
    "orangered",
    "orchid",
    "palegoldenrod",
    "palegreen",
    "paleturquoise",
    "palevioletred",
    "papayawhip",
    "peachpuff",
    "peru",
    "pink",
    "plum",
    "powderblue",
    "purple",
    "rebeccapurple",
    "red",
    "rosybrown",
    "royalblue",
    "saddlebrown",
    "salmon",
    "sandybrown",
    "seagreen",
    "seashell",
    "sienna",
    "silver",
    "skyblue",
    "slateblue",
    "slategray",
    "slategrey",
    "snow",
    "springgreen",
    "steelblue",
    "tan",
    "teal",
    "thistle",
    "tomato",
    "transparent",
    "turquoise",
    "violet",
    "wheat",
    "white",
    "whitesmoke",
    "yellow",
    "yellowgreen",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_colors_are_sorted() {
        assert!(NAMED_COLORS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn accepts_the_listed_colour_forms() {
        for ok in [
            "#fff",
            "#4f46e5",
            "#4f46e5cc",
            "rgb(1, 2, 3)",
            "rgba(1,2,3,0.5)",
            "hsl(120deg 50% 40%)",
            "hsla(1, 2%, 3%, .4)",
            "RebeccaPurple",
            "transparent",
        ] {
            assert_eq!(check_color(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_anything_that_could_inject_css() {
        for bad in [
            "red; background: url(x)",
            "#fff}",
            "url(javascript:x)",
            "rgb(1,2,3);x",
            "expression(alert(1))",
            "var(--x)",
            "#ggg",
            "",
            "rgb()",
            "blue !important",
        ] {
            assert!(check_color(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn font_family_allows_only_safe_characters() {
        assert!(check_font_family("\"Inter\", system-ui, sans-serif").is_ok());
        assert!(check_font_family("Noto Sans JP").is_ok());
        assert!(check_font_family("a; color: red").is_err());
        assert!(check_font_family("x}body{").is_err());
        assert!(check_font_family("url(a)").is_err());
    }

    #[test]
    fn theme_modes_parse_leniently() {
        assert_eq!(ThemeMode::parse(Some("Dark")), ThemeMode::Dark);
        assert_eq!(ThemeMode::parse(Some("auto")), ThemeMode::Auto);
        assert_eq!(ThemeMode::parse(Some("neon")), ThemeMode::Light);
        assert_eq!(ThemeMode::parse(None).color_scheme(), "light");
    }

    #[test]
    fn css_properties_are_brand_prefixed() {
        let theme = Theme {
            accent: Some("#0f766e".into()),
            radius_px: Some(4.0),
            ..Theme::default()
        };
        assert_eq!(
            theme.css_properties(),
            [
                ("--vs-brand-accent".to_owned(), "#0f766e".to_owned()),
                ("--vs-brand-radius".to_owned(), "4px".to_owned())
            ]
        );
    }

    #[test]
    fn radius_range() {
        assert!(check_radius(0.0).is_ok() && check_radius(48.0).is_ok());
        assert!(check_radius(49.0).is_err() && check_radius(-1.0).is_err());
    }
}
