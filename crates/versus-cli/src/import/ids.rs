//! Catalog ids from source ids: `anthropic/claude-opus-5` → `anthropic-claude-opus-5`,
//! at most 64 characters and unique, every shortening or renaming said in the report.

use std::collections::HashMap;

/// The longest id the catalog accepts (`[a-z0-9][a-z0-9-]{0,63}`).
pub const MAX_ID: usize = 64;

/// The source id lowercased, each run of characters other than a-z and 0-9 made one `-`,
/// leading and trailing `-` trimmed (may be empty).
pub fn slug(source_id: &str) -> String {
    let mut out = String::with_capacity(source_id.len());
    for c in source_id.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// `id` cut to at most `max` characters, at a `-` when one is near enough for the rest to
/// stay recognisable, else mid-word.
fn shortened(id: &str, max: usize) -> String {
    if id.len() <= max {
        return id.to_owned();
    }
    // A slug is ASCII, so byte offsets are character offsets.
    let head = &id[..max];
    let cut = if id.as_bytes()[max] == b'-' {
        max
    } else {
        match head.rfind('-') {
            Some(dash) if dash >= max / 2 => dash,
            _ => max,
        }
    };
    id[..cut].trim_end_matches('-').to_owned()
}

/// The ids handed out so far, and who holds each (a report path such as `data[3]`).
#[derive(Default)]
pub struct IdBook {
    holders: HashMap<String, String>,
}

impl IdBook {
    /// A catalog id for `source_id`, new in this book, or `None` when the source id has no
    /// letter or digit at all. `label` (`data[4] (id "x/y")`) starts each report line.
    pub fn assign(
        &mut self,
        source_id: &str,
        label: &str,
        report: &mut Vec<String>,
    ) -> Option<String> {
        let full = slug(source_id);
        if full.is_empty() {
            report.push(format!(
                "{label}: skipped: no letter or digit to make an id from"
            ));
            return None;
        }
        let mut id = shortened(&full, MAX_ID);
        if id != full {
            report.push(format!(
                "{label}: id shortened to {id} (ids are at most {MAX_ID} characters)"
            ));
        }
        if let Some(holder) = self.holders.get(&id) {
            let taken = id.clone();
            let holder = holder.clone();
            id = (2..)
                .map(|n| {
                    let suffix = format!("-{n}");
                    format!("{}{suffix}", shortened(&taken, MAX_ID - suffix.len()))
                })
                .find(|candidate| !self.holders.contains_key(candidate))
                .unwrap_or_default();
            report.push(format!(
                "{label}: id {taken} is taken by {holder}; renamed {id}"
            ));
        }
        self.holders.insert(id.clone(), label.to_owned());
        Some(id)
    }
}

/// A readable name for an organisation id nobody put in a table: `some-org_labs` →
/// `Some Org Labs`.
pub fn readable(org: &str) -> String {
    let words: Vec<String> = org
        .split(['-', '_', ' '])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                format!("{}{}", first.to_ascii_uppercase(), chars.as_str())
            })
        })
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_catalog_id(id: &str) -> bool {
        let bytes = id.as_bytes();
        (1..=MAX_ID).contains(&bytes.len())
            && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
    }

    #[test]
    fn slugs_follow_the_documented_rule() {
        assert_eq!(slug("anthropic/claude-opus-5"), "anthropic-claude-opus-5");
        assert_eq!(slug("openai/gpt-4o:free"), "openai-gpt-4o-free");
        assert_eq!(
            slug("bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0"),
            "bedrock-us-anthropic-claude-3-5-sonnet-20241022-v2-0"
        );
        assert_eq!(slug("  --Meta_Llama/3.1 (8B)!! "), "meta-llama-3-1-8b");
        assert_eq!(slug("Ünïcode/模型"), "n-code");
        assert_eq!(slug("::/"), "");
    }

    #[test]
    fn long_ids_are_cut_at_a_dash() {
        let long = "vendor/an-extremely-long-model-name-that-keeps-going-on-and-on-and-never-stops";
        let mut book = IdBook::default();
        let mut report = Vec::new();
        let id = book.assign(long, "data[0]", &mut report).unwrap();
        assert!(is_catalog_id(&id), "{id}");
        assert_eq!(
            id,
            "vendor-an-extremely-long-model-name-that-keeps-going-on-and-on"
        );
        assert_eq!(
            report,
            [format!(
                "data[0]: id shortened to {id} (ids are at most 64 characters)"
            )]
        );
        // No dash in reach: cut mid-word rather than lose most of the name.
        assert_eq!(shortened(&"a".repeat(70), 64), "a".repeat(64));
    }

    #[test]
    fn collisions_get_numbered_and_reported() {
        let mut book = IdBook::default();
        let mut report = Vec::new();
        let first = book.assign(
            "acme/model.v1",
            "data[1] (id \"acme/model.v1\")",
            &mut report,
        );
        let second = book.assign(
            "acme/model-v1",
            "data[2] (id \"acme/model-v1\")",
            &mut report,
        );
        let third = book.assign(
            "ACME/Model_V1",
            "data[3] (id \"ACME/Model_V1\")",
            &mut report,
        );
        assert_eq!(first.as_deref(), Some("acme-model-v1"));
        assert_eq!(second.as_deref(), Some("acme-model-v1-2"));
        assert_eq!(third.as_deref(), Some("acme-model-v1-3"));
        assert_eq!(
            report[0],
            "data[2] (id \"acme/model-v1\"): id acme-model-v1 is taken by data[1] (id \"acme/model.v1\"); renamed acme-model-v1-2"
        );
        assert_eq!(report.len(), 2);
    }

    #[test]
    fn a_numbered_long_id_still_fits() {
        let long = format!("v/{}", "word-".repeat(20));
        let mut book = IdBook::default();
        let mut report = Vec::new();
        let first = book.assign(&long, "a", &mut report).unwrap();
        let second = book.assign(&format!("{long}!"), "b", &mut report).unwrap();
        assert_ne!(first, second);
        assert!(
            is_catalog_id(&first) && is_catalog_id(&second),
            "{first} {second}"
        );
        assert!(second.ends_with("-2"));
    }

    #[test]
    fn unknown_organisations_are_capitalised() {
        assert_eq!(readable("some-org_labs"), "Some Org Labs");
        assert_eq!(readable(""), "");
    }

    #[test]
    fn sourceless_ids_are_skipped() {
        let mut report = Vec::new();
        assert_eq!(
            IdBook::default().assign("///", "data[9]", &mut report),
            None
        );
        assert_eq!(
            report,
            ["data[9]: skipped: no letter or digit to make an id from"]
        );
    }
}
