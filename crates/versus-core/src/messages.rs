//! The machinery of translated messages: sentences as templates with named parameters
//! (`{name} scores higher at {rank}`), so word order can change per language; CLDR plural
//! categories for counts; and the fallback chain from a catalog's locale to a built-in
//! table (`de-AT` → `de` → `en`).
//!
//! Every word Versus itself shows is a [`Msg`] (or a [`Counted`]) defined in one of the
//! areas below with its English text; other languages are JSON tables of the same keys
//! (`crates/versus-core/locales/*.json`, served as `locales/*.json` beside the wasm, so a
//! page downloads only its own language), and a catalog's `strings` override any of them.
//! `docs/strings.md` lists every key.

#[macro_use]
mod define;
pub mod page;
pub mod site;
pub mod table;
pub mod verdict;
mod words;

#[cfg(feature = "tools")]
pub use words::known;
pub use words::{key_id, Counted, Known, Msg, Table, Text, Words};

/// Every message, by area.
pub const ALL: &[&[Known]] = &[verdict::VERDICT, table::TABLE, page::PAGE, site::SITE];

/// The built-in languages besides English: (tag as a fallback chain meets it, file name).
pub const BUILTIN: &[(&str, &str)] = &[
    ("de", "de"),
    ("fr", "fr"),
    ("es", "es"),
    ("pt", "pt-BR"),
    ("pt-BR", "pt-BR"),
    ("ja", "ja"),
    ("zh", "zh-Hans"),
    ("zh-Hans", "zh-Hans"),
    ("ar", "ar"),
];

/// The built-in table a locale tag speaks (`de-AT` → `de`, `pt` → `pt-BR`, `zh-CN` →
/// `zh-Hans`); `None` for English or a language Versus has no table of.
pub fn builtin_for(tag: &str) -> Option<&'static str> {
    fallback_chain(tag).iter().find_map(|tag| {
        if tag.eq_ignore_ascii_case("en") {
            return Some(None);
        }
        BUILTIN
            .iter()
            .find(|(prefix, _)| prefix.eq_ignore_ascii_case(tag))
            .map(|(_, file)| Some(*file))
    })?
}

/// True for languages written right to left.
pub fn is_rtl(language: &str) -> bool {
    matches!(
        language,
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ckb" | "sd" | "ug"
    )
}

/// The text of a built-in table (native builds with the `locales` feature: the site
/// generator and tests; the browser fetches `locales/<file>.json` instead).
#[cfg(feature = "locales")]
pub fn builtin_text(file: &str) -> Option<&'static str> {
    Some(match file {
        "de" => include_str!("../locales/de.json"),
        "fr" => include_str!("../locales/fr.json"),
        "es" => include_str!("../locales/es.json"),
        "pt-BR" => include_str!("../locales/pt-BR.json"),
        "ja" => include_str!("../locales/ja.json"),
        "zh-Hans" => include_str!("../locales/zh-Hans.json"),
        "ar" => include_str!("../locales/ar.json"),
        _ => return None,
    })
}

/// docs/strings.md: every message key, its English text and its placeholders, by area.
#[cfg(feature = "tools")]
pub fn reference() -> String {
    let areas = [
        ("Verdict", verdict::VERDICT),
        ("Table, facts, prices and calculator", table::TABLE),
        ("Pages and widgets", page::PAGE),
        ("Pre-rendered pages and previews", site::SITE),
    ];
    let mut out = String::from(REFERENCE_HEAD);
    for (title, messages) in areas {
        out.push_str(&format!(
            "\n## {title}\n\n| Key | English | Placeholders |\n|---|---|---|\n"
        ));
        for known in messages.iter() {
            let english = match known {
                Known::Plain(m) => m.en.to_owned(),
                Known::Counted(c) => format!("one: {} · other: {}", c.one, c.other),
            };
            let names: Vec<String> = known
                .placeholders()
                .iter()
                .map(|n| format!("`{{{n}}}`"))
                .collect();
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                known.key(),
                english.replace('|', "\\|").replace('\n', " "),
                names.join(" ")
            ));
        }
    }
    out
}

#[cfg(feature = "tools")]
const REFERENCE_HEAD: &str = "# Message keys

Every word Versus itself shows is a message with a key. A catalog's `strings` object
(message key → text) replaces any of them; the built-in tables of German, French, Spanish,
Brazilian Portuguese, Japanese, Simplified Chinese and Arabic use the same keys
(`crates/versus-core/locales/`). This file is generated from the message table
(`cargo run --bin versus-catalog -- strings > docs/strings.md`); a test keeps it current.

```json
\"strings\": {
  \"row.times_matched\": \"Rides logged\",
  \"capabilities.total\": {\"one\": \"{count} feature\", \"other\": \"{count} features\"}
}
```

- Placeholders in braces are filled in by Versus; a text may reorder them but should keep
  each one (dropping one is a validation warning, and so is naming one Versus does not fill).
  `{{` and `}}` write literal braces.
- A *counted* message takes either one string or an object with one text per CLDR plural
  category of the catalog's language (`zero`, `one`, `two`, `few`, `many`, `other`;
  `other` is required). `{count}` is the number as the locale writes it.
- `strings` are in the catalog's language (`brand.locale`). A widget whose `lang` attribute
  picks another language uses that language's built-in table instead.
- Unknown keys are validation warnings and are ignored.
";

/// Reads a built-in table's text; its findings are the native tests' to check.
pub fn read_table(text: &str) -> Result<(Table, crate::issues::Findings), String> {
    let value = crate::json::parse(text).map_err(|e| e.to_string())?;
    let mut findings = crate::issues::Findings::default();
    let table = Table::read(&value, &crate::json_path::JsonPath::root(), &mut findings);
    Ok((table, findings))
}

/// A CLDR plural category (cardinal numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category's CLDR name, as message keys spell it (`capabilities.one`).
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Plural> {
        [
            Plural::Zero,
            Plural::One,
            Plural::Two,
            Plural::Few,
            Plural::Many,
            Plural::Other,
        ]
        .into_iter()
        .find(|p| p.name() == name)
    }
}

/// The plural category of a whole count `n` in `language` (a BCP 47 primary subtag), by
/// the CLDR rules of the built-in languages; English's for any other.
pub fn plural(language: &str, n: u64) -> Plural {
    // CLDR's "many" for French, Spanish and Portuguese: a non-zero multiple of a million.
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match language {
        "ja" | "zh" | "ko" | "th" | "vi" | "id" => Plural::Other,
        "fr" | "pt" => match n {
            0 | 1 => Plural::One,
            _ if millions => Plural::Many,
            _ => Plural::Other,
        },
        "es" | "it" => match n {
            1 => Plural::One,
            _ if millions => Plural::Many,
            _ => Plural::Other,
        },
        "ar" => match (n, n % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        _ => match n {
            1 => Plural::One,
            _ => Plural::Other,
        },
    }
}

/// The plural categories `language` uses for whole numbers, each with the smallest count
/// in it (counts up to 1,000 and the first millions: every category of the built-in rules).
pub fn plural_samples(language: &str) -> Vec<(Plural, u64)> {
    let mut samples: Vec<(Plural, u64)> = Vec::new();
    for n in (0..=1_000).chain([1_000_000, 2_000_000]) {
        let category = plural(language, n);
        if !samples.iter().any(|(c, _)| *c == category) {
            samples.push((category, n));
        }
    }
    samples
}

/// The tags to look a message up under, most specific first, ending in `en`:
/// `de-AT` → `de-AT`, `de`, `en`; `zh-Hans-CN` → `zh-Hans-CN`, `zh-Hans`, `zh`, `en`.
pub fn fallback_chain(tag: &str) -> Vec<String> {
    let tag = tag.trim().replace('_', "-");
    let parts: Vec<&str> = tag.split('-').filter(|part| !part.is_empty()).collect();
    let mut chain: Vec<String> = (1..=parts.len())
        .rev()
        .map(|len| parts[..len].join("-"))
        .collect();
    if !chain.iter().any(|tag| tag.eq_ignore_ascii_case("en")) {
        chain.push("en".to_owned());
    }
    chain
}

/// `template` with each `{name}` replaced by its argument; an unknown `{name}` stays as
/// written, `{{` and `}}` are literal braces.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let name_end = tail.starts_with('{').then(|| tail.find('}')).flatten();
        match name_end.and_then(|end| args.iter().find(|(name, _)| *name == &tail[1..end])) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &tail[name.len() + 2..];
            }
            None => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of `template`, in order, each once.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{") {
            rest = after;
            continue;
        }
        let Some(end) = tail.find('}') else { break };
        let name = &tail[1..end];
        if !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !names.contains(&name)
        {
            names.push(name);
        }
        rest = &tail[end + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        let of = |language: &str, counts: &[u64]| -> Vec<&str> {
            counts.iter().map(|n| plural(language, *n).name()).collect()
        };
        assert_eq!(of("en", &[0, 1, 2, 5]), ["other", "one", "other", "other"]);
        assert_eq!(of("de", &[1, 21]), ["one", "other"]);
        assert_eq!(
            of("fr", &[0, 1, 2, 1_000_000]),
            ["one", "one", "other", "many"]
        );
        assert_eq!(
            of("es", &[0, 1, 2, 2_000_000]),
            ["other", "one", "other", "many"]
        );
        assert_eq!(of("pt", &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(of("ja", &[0, 1, 2]), ["other", "other", "other"]);
        assert_eq!(of("zh", &[1]), ["other"]);
        assert_eq!(
            of("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]),
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"]
        );
    }

    #[test]
    fn the_fallback_chain_ends_in_english() {
        assert_eq!(fallback_chain("de-AT"), ["de-AT", "de", "en"]);
        assert_eq!(fallback_chain("pt_BR"), ["pt-BR", "pt", "en"]);
        assert_eq!(
            fallback_chain("zh-Hans-CN"),
            ["zh-Hans-CN", "zh-Hans", "zh", "en"]
        );
        assert_eq!(fallback_chain("en-GB"), ["en-GB", "en"]);
        assert_eq!(fallback_chain(""), ["en"]);
    }

    #[test]
    fn templates_fill_named_parameters_in_any_order() {
        let args = [("name", "FLUX.1 Pro"), ("rank", "58")];
        assert_eq!(
            fill("{name} scores higher at {rank}/100.", &args),
            "FLUX.1 Pro scores higher at 58/100."
        );
        assert_eq!(fill("{rank}/100: {name}", &args), "58/100: FLUX.1 Pro");
        assert_eq!(fill("{missing} {{name}} }", &args), "{missing} {name} }");
        assert_eq!(fill("{name", &args), "{name");
        assert_eq!(fill("ünï {name}", &args), "ünï FLUX.1 Pro");
    }

    #[test]
    fn placeholders_are_listed_once_in_order() {
        assert_eq!(
            placeholders("{name} at {rank}, {name} {{literal}} {}"),
            ["name", "rank"]
        );
    }
}
