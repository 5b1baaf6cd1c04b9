//! The machinery of translated messages: sentences as templates with named parameters
//! (`{name} scores higher at {rank}`), so word order can change per language; CLDR plural
//! categories for counts; and the fallback chain from a catalog's locale to a built-in
//! table (`de-AT` → `de` → `en`). The tables themselves come with issue 20's locales.

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
