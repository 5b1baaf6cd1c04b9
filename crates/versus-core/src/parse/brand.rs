//! Reading `brand` and `brand.theme`.

use crate::json::Value;

use super::fields::Fields;
use crate::catalog::Brand;
use crate::format::Locale;
use crate::issues::Findings;
use crate::json_path::JsonPath;
use crate::theme::{check_color, check_font_family, check_radius, Theme, COLOR_KEYS};
use crate::urls::{is_http_url, is_relative_url};

pub fn read_brand(value: &Value, path: JsonPath, findings: &mut Findings) -> Option<Brand> {
    let mut fields = Fields::of(value, path, findings)?;
    let name = fields.required_text("name");
    let tagline = fields.optional_text("tagline");
    let rank_label = fields
        .optional_text("rank_label")
        .unwrap_or_else(|| crate::messages::table::RANK.en.to_owned());
    let rank_about = fields.optional_text("rank_about");
    let logo_url = checked_url(&mut fields, "logo_url", true);
    let home_url = checked_url(&mut fields, "home_url", false);
    let search_url = checked_url(&mut fields, "search_url", false);
    if let Some(template) = &search_url {
        if !template.contains("{query}") {
            let path = fields.at("search_url");
            fields
                .findings
                .error(path, "expected an http(s) URL template containing {query}");
        }
    }
    let footer = fields.optional_text("footer");
    let locale = match fields.optional_text("locale") {
        None => Locale::default(),
        Some(tag) => Locale::parse(&tag).unwrap_or_else(|| {
            let path = fields.at("locale");
            fields.wrong(
                &path,
                "a BCP 47 language tag such as en-US or de-DE",
                &Value::from(tag),
            );
            Locale::default()
        }),
    };
    let theme = match fields.get("theme") {
        Some(theme) => read_theme(theme, fields.at("theme"), fields.findings),
        None => Theme::default(),
    };
    Some(Brand {
        name: name?,
        tagline,
        rank_label,
        rank_about,
        logo_url,
        home_url,
        search_url,
        footer,
        locale,
        theme,
    })
}

fn checked_url(fields: &mut Fields, key: &str, allow_relative: bool) -> Option<String> {
    let url = fields.optional_text(key)?;
    let url = url.trim().to_owned();
    if is_http_url(&url) || (allow_relative && is_relative_url(&url)) {
        return Some(url);
    }
    let expected = if allow_relative {
        "an http(s) or relative URL"
    } else {
        "an http(s) URL"
    };
    let path = fields.at(key);
    fields.wrong(&path, expected, &Value::from(url));
    None
}

fn read_theme(value: &Value, path: JsonPath, findings: &mut Findings) -> Theme {
    let Some(mut fields) = Fields::of(value, path, findings) else {
        return Theme::default();
    };
    let mut colors: Vec<Option<String>> = Vec::new();
    for key in COLOR_KEYS {
        colors.push(match fields.get(key) {
            None => None,
            Some(Value::String(color)) => match check_color(color) {
                Ok(()) => Some(color.trim().to_owned()),
                Err(expected) => {
                    let path = fields.at(key);
                    fields.wrong(
                        &path,
                        expected.trim_start_matches("expected "),
                        &Value::from(&**color),
                    );
                    None
                }
            },
            Some(other) => {
                let path = fields.at(key);
                fields.wrong(&path, "a CSS colour string", other);
                None
            }
        });
    }
    let font_family = fields.optional_text("font_family").and_then(|font| {
        check_font_family(&font)
            .map_err(|expected| {
                let path = fields.at("font_family");
                fields.wrong(
                    &path,
                    expected.trim_start_matches("expected "),
                    &Value::from(font.as_str()),
                );
            })
            .ok()
            .map(|()| font)
    });
    let radius_px = fields.get("radius_px").and_then(|value| {
        let path = fields.at("radius_px");
        match value.as_f64() {
            Some(radius) if check_radius(radius).is_ok() => Some(radius),
            _ => {
                fields.wrong(&path, "a number 0..=48", value);
                None
            }
        }
    });
    let known: Vec<&str> = COLOR_KEYS
        .iter()
        .copied()
        .chain(["font_family", "radius_px"])
        .collect();
    let unknown: Vec<String> = fields
        .map
        .iter()
        .map(|(key, _)| key)
        .filter(|key| !known.contains(key))
        .map(str::to_owned)
        .collect();
    for key in unknown {
        let path = fields.at(&key);
        fields.findings.warning(
            path,
            format!("unknown theme key; ignored (known: {})", known.join(", ")),
        );
    }
    let mut colors = colors.into_iter();
    let mut next = || colors.next().flatten();
    Theme {
        accent: next(),
        background: next(),
        surface: next(),
        text: next(),
        muted: next(),
        border: next(),
        font_family,
        radius_px,
    }
}
