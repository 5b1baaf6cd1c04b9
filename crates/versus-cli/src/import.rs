//! `versus-catalog import`: a catalog from a public price list (OpenRouter's model list,
//! LiteLLM's price map), fresh or merged into the publisher's own catalog, so that a daily
//! job refreshes prices and specs without touching ranks or hand-written text. Every entry
//! it skips, folds or renames is reported with its JSON path; docs/import.md has the
//! mapping.

mod capabilities;
mod draft;
mod ids;
mod litellm;
mod markdown;
mod merge;
mod openrouter;
mod output;
mod values;

use std::process::ExitCode;

use serde_json::{json, Value};
use versus_core::report::{FileReport, Status};

use draft::{artifact_json, spec_definition, Draft, Origin};

/// What `versus-catalog import` was asked for.
#[derive(Debug, PartialEq)]
pub struct ImportOptions {
    pub source: Source,
    pub input: String,
    pub out: Option<String>,
    pub merge: Option<String>,
    /// `YYYY-MM-DD`: when the facts were checked.
    pub checked: String,
    pub brand: Option<String>,
}

/// The price lists `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    OpenRouter,
    LiteLlm,
}

/// What an importer made of its input.
#[derive(Default)]
pub struct Import {
    pub drafts: Vec<Draft>,
    /// One line per entry skipped, folded, renamed or partly read.
    pub report: Vec<String>,
    pub skipped: usize,
    pub folded: usize,
}

/// Reads `import SOURCE INPUT [--out FILE] [--merge FILE] [--checked DATE] [--brand NAME]`.
pub fn parse_args(rest: &[&String]) -> Result<ImportOptions, String> {
    let mut words = rest.iter();
    let source = match words.next().map(|word| word.as_str()) {
        Some("openrouter") => Source::OpenRouter,
        Some("litellm") => Source::LiteLlm,
        Some(other) => {
            return Err(format!(
                "unknown import source `{other}`: expected openrouter or litellm"
            ))
        }
        None => return Err("`import` needs a source (openrouter or litellm) and an INPUT".into()),
    };
    let (mut input, mut out, mut merge, mut checked, mut brand) = (None, None, None, None, None);
    while let Some(word) = words.next() {
        let mut value = || {
            words
                .next()
                .map(|value| value.to_string())
                .ok_or_else(|| format!("`{word}` needs a value"))
        };
        match word.as_str() {
            "--out" => out = Some(value()?),
            "--merge" => merge = Some(value()?),
            "--brand" => brand = Some(value()?).filter(|name| !name.trim().is_empty()),
            "--checked" => {
                let date = value()?;
                if !values::is_date(&date) {
                    return Err(format!("`--checked {date}`: expected a date YYYY-MM-DD"));
                }
                checked = Some(date);
            }
            option if option.starts_with('-') => return Err(format!("unknown option `{option}`")),
            _ if input.is_none() => input = Some(word.to_string()),
            extra => return Err(format!("`import` takes one INPUT, found also `{extra}`")),
        }
    }
    Ok(ImportOptions {
        source,
        input: input.ok_or("`import` needs an INPUT file")?,
        out,
        merge,
        checked: checked.unwrap_or_else(values::today),
        brand,
    })
}

/// Runs the import: 0 when a valid catalog was written, 1 when an input is not the
/// documented shape (or the result would not be valid), 2 when a file cannot be read or
/// written.
pub fn run(options: &ImportOptions) -> ExitCode {
    match catalog_text(options) {
        Ok(text) => match write(options.out.as_deref(), &text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => fail(2, &problem),
        },
        Err((code, problem)) => fail(code, &problem),
    }
}

fn fail(code: u8, problem: &str) -> ExitCode {
    eprintln!("versus-catalog: {problem}");
    ExitCode::from(code)
}

/// The catalog to write, with the report already on stderr; or an exit code and why.
fn catalog_text(options: &ImportOptions) -> Result<String, (u8, String)> {
    let document = read_json(&options.input)?;
    let (origin, imported) = match options.source {
        Source::OpenRouter => (&openrouter::ORIGIN, openrouter::import(&document)),
        Source::LiteLlm => (&litellm::ORIGIN, litellm::import(&document)),
    };
    let import = imported.map_err(|shape| (1, format!("{}: {shape}", options.input)))?;
    for line in &import.report {
        eprintln!("{line}");
    }
    eprintln!(
        "{}: {} artifacts imported from {} ({} folded, {} skipped)",
        options.input,
        import.drafts.len(),
        origin.name,
        import.folded,
        import.skipped
    );
    let catalog = match &options.merge {
        Some(existing_path) => {
            if options.brand.is_some() {
                eprintln!("--brand ignored: the brand of {existing_path} is kept");
            }
            let existing = read_json(existing_path)?;
            let merged = merge::merge(existing, &import.drafts, origin, &options.checked)
                .map_err(|problem| (1, format!("{existing_path}: {problem}")))?;
            for line in &merged.report {
                eprintln!("{line}");
            }
            eprintln!(
                "{existing_path}: {} added, {} refreshed, {} kept as they were",
                merged.added, merged.refreshed, merged.kept
            );
            merged.catalog
        }
        None if import.drafts.is_empty() => {
            return Err((1, format!("{}: nothing to import", options.input)));
        }
        None => fresh_catalog(&import.drafts, origin, options),
    };
    let text = output::pretty(&catalog);
    let report = FileReport::from_text("the imported catalog", &text);
    if report.status != Status::Valid {
        for line in report.lines() {
            eprintln!("{line}");
        }
        return Err((
            1,
            "the result is not a valid catalog; nothing written".into(),
        ));
    }
    Ok(text)
}

/// A new catalog around imported artifacts, with the importer's spec definitions.
fn fresh_catalog(drafts: &[Draft], origin: &Origin, options: &ImportOptions) -> Value {
    let brand = options.brand.as_deref().unwrap_or("Model Directory");
    let specs: Vec<Value> = origin
        .spec_ids
        .iter()
        .filter_map(|id| spec_definition(id))
        .collect();
    let artifacts: Vec<Value> = drafts
        .iter()
        .map(|draft| artifact_json(draft, origin, brand, &options.checked))
        .collect();
    json!({
        "format": "versus-catalog/1",
        "brand": {"name": brand, "rank_label": "Rank", "locale": "en-US"},
        // Imported facts carry no score signals: without this, the defaults would show
        // four rows of dashes.
        "signals": [],
        "specs": specs,
        "featured": featured(drafts),
        "artifacts": artifacts,
    })
}

/// Up to three comparisons for the home page: the first two artifacts of each of the
/// first vendors with two.
fn featured(drafts: &[Draft]) -> Vec<[&str; 2]> {
    let mut pairs: Vec<[&str; 2]> = Vec::new();
    let mut vendors: Vec<&str> = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        let Some(vendor) = draft.vendor.as_deref() else {
            continue;
        };
        if vendors.contains(&vendor) {
            continue;
        }
        let partner = drafts[index + 1..]
            .iter()
            .find(|other| other.vendor.as_deref() == Some(vendor));
        if let Some(partner) = partner {
            vendors.push(vendor);
            pairs.push([&draft.id, &partner.id]);
        }
        if pairs.len() == 3 {
            break;
        }
    }
    pairs
}

/// A JSON file: exit code 2 when it cannot be read, 1 when it is not JSON.
#[allow(
    clippy::disallowed_methods,
    reason = "native CLI only: the wasm never compiles versus-cli"
)]
fn read_json(path: &str) -> Result<Value, (u8, String)> {
    let bytes = std::fs::read(path).map_err(|error| (2, format!("{path}: unreadable: {error}")))?;
    serde_json::from_slice(&bytes).map_err(|error| (1, format!("{path}: not valid JSON: {error}")))
}

/// Writes the catalog to `out` (through a temporary file, so that a reader never sees half
/// of it), or to stdout.
fn write(out: Option<&str>, text: &str) -> Result<(), String> {
    let Some(out) = out else {
        print!("{text}");
        return Ok(());
    };
    let partial = format!("{out}.partial");
    std::fs::write(&partial, text)
        .and_then(|()| std::fs::rename(&partial, out))
        .map_err(|error| {
            let _ = std::fs::remove_file(&partial);
            format!("cannot write {out}: {error}")
        })
}

#[cfg(test)]
#[path = "import/tests.rs"]
mod tests;
