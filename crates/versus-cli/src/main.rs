//! `versus-catalog`: checks catalogs before they are deployed, with the same domain code
//! the widget uses, and prints the catalog JSON Schema.
//!
//! ```text
//! versus-catalog validate [--json] PATH...
//! versus-catalog schema
//! versus-catalog strings
//! versus-catalog shard [--per-shard N] [--page-size N] [--related-candidates N] CATALOG OUT_DIR
//! versus-catalog site CATALOG --out DIR [--app DIR] [--url URL] [--related N] [--part K/N]
//!                     [--no-images] [--font FILE]...
//! versus-catalog import openrouter|litellm INPUT [--out CATALOG] [--merge EXISTING]
//!                     [--checked YYYY-MM-DD] [--brand NAME]
//! versus-catalog --help
//! ```
//!
//! `validate` prints every error and warning of each file with its JSON path, then one
//! summary line per file:
//!
//! ```text
//! broken.json: error: artifacts[1].rank: expected an integer 0..=100, found 140
//! broken.json: warning: featured[0]: unknown artifact id "missing-id"; this comparison is not shown
//! broken.json: invalid (18 errors, 2 warnings)
//! truncated.json: error: line 2, column 0: not valid JSON: EOF while parsing a value
//! truncated.json: invalid (not valid JSON)
//! data/catalog.json: valid (14 artifacts, 0 warnings)
//! ```
//!
//! Exit code: 0 when every file is valid (warnings allowed), 1 when any is invalid, 2 when
//! any is unreadable (missing, not UTF-8) or the arguments are wrong; 2 wins over 1.
//!
//! With `--json` (anywhere in the arguments) it prints one JSON document instead. Its
//! shape is stable; fields may be added, none will change meaning:
//!
//! ```text
//! {"files": [{
//!   "path": "broken.json",                      // as given on the command line
//!   "status": "valid" | "invalid" | "unreadable",
//!   "errors":   [{"path": "artifacts[1].rank", "message": "expected …"}],
//!   "warnings": [{"path": "…", "message": "…"}],
//!   "total_errors": 18,                         // all errors, also beyond the 200 listed;
//!                                               // a syntax error counts as 1
//!   "artifacts": 14 | null,                     // artifact count of a valid catalog
//!   "syntax": {"line": 2, "column": 0, "message": "…"} | null,   // not JSON at all
//!   "io_error": "No such file or directory (os error 2)" | null
//! }]}
//! ```
//!
//! `shard` validates CATALOG and writes its sharded layout into OUT_DIR (created if
//! missing): `index.json`, `artifacts/{n}.json` and `list/{n}.json`, as
//! docs/catalog.md ("Sharded catalogs") describes. Point the widget or the site at
//! `OUT_DIR/index.json`.
//! An invalid catalog is reported as `validate` would, and nothing is written.
//!
//! `site` writes the static site of a valid single-file catalog into DIR: a pre-rendered
//! page for the home, every artifact and every comparison it links to, each with its
//! head tags and a 1200×630 preview image, plus sitemap.xml, robots.txt, 404.html, the
//! app's files from `--app` (default `target/app`, where `scripts/build` puts them) and
//! the catalog as `data/catalog.json`. See `site.rs` and docs/site.md.
//!
//! `import` makes a catalog from a public price list: OpenRouter's model list
//! (`GET /api/v1/models`) or LiteLLM's `model_prices_and_context_window.json`. It prints
//! the catalog (or writes `--out`), and on stderr every entry it skipped, folded or renamed
//! with its JSON path, then how many it imported. `--merge EXISTING` refreshes the facts
//! of a publisher's catalog (spec values, usage prices, modalities, the importer's source
//! entry) and keeps its brand, ranks and hand-written text. The result is validated before
//! it is written. Exit code 0 when written, 1 when an input is not the documented shape or
//! the result would be invalid, 2 when a file cannot be read or written or the arguments
//! are wrong. See `import.rs` and docs/import.md.
//!
//! `schema` prints the JSON Schema of `versus-catalog/1` (draft 2020-12); the copy in
//! `static/catalog.schema.json` is written with
//! `cargo run --bin versus-catalog -- schema > static/catalog.schema.json`.
#![forbid(unsafe_code)]

mod import;
mod og;
mod site;

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use versus_core::report::{exit_code, FileReport};
use versus_core::schema::catalog_schema;
use versus_core::shard::{shard_text, ShardError, ShardOptions};

const USAGE: &str = "\
Validates Versus catalogs (format versus-catalog/1), prints their JSON Schema, and
makes catalogs from public model price lists.

Usage:
  versus-catalog validate [--json] PATH...   check catalog files; every error and warning
                                             is printed with its JSON path
  versus-catalog schema                      print the catalog JSON Schema
  versus-catalog strings                     print every message key a catalog's
                                             `strings` can override (docs/strings.md)
  versus-catalog shard [--per-shard N] [--page-size N] CATALOG OUT_DIR
                                             split a valid catalog into small files for
                                             static hosting; serve OUT_DIR/index.json
  versus-catalog site CATALOG --out DIR [--app DIR] [--url URL] [--related N]
                     [--part K/N] [--no-images] [--font FILE]...
                                             write the static site of a valid catalog:
                                             a pre-rendered page per artifact and
                                             comparison, sitemap.xml, robots.txt, 404
  versus-catalog import openrouter|litellm INPUT [--out CATALOG] [--merge EXISTING]
                     [--checked YYYY-MM-DD] [--brand NAME]
                                             make a catalog from OpenRouter's model list
                                             or LiteLLM's price map; what was skipped,
                                             folded or renamed is reported on stderr
  versus-catalog --help                      print this help

Options:
  --json           print one machine-readable JSON report instead of lines
  --per-shard N    artifacts per shard file, on average (default 16)
  --page-size N    entries per browse-list page (default 500)
  --related-candidates N
                   most artifacts scored for one artifact's related list
                   (default 1000; exact when fewer share an intent with it)

Site options:
  --out DIR        where to write the site (created if missing)
  --app DIR        the built app (default target/app, made by scripts/build)
  --url URL        where the site is served (https://example.com/compare/): canonical
                   links, preview images and the sitemap need absolute addresses
  --related N      comparison pages per artifact with its best related (default 5)
  --part K/N       write part K of N (disjoint shares; all N parts equal one full run)
  --no-images      no preview images (faster drafts)
  --font FILE      a font for preview images besides the system's (repeatable)

Import options:
  --out CATALOG    write the catalog there instead of to stdout
  --merge EXISTING refresh prices, specs, modalities and sources of the publisher's
                   catalog; its brand, ranks and hand-written text are kept
  --checked DATE   when the facts were checked, YYYY-MM-DD (default: today, UTC)
  --brand NAME     brand name of a new catalog (default: Model Directory)

Exit codes:
  0  every file is valid (warnings allowed)
  1  at least one file is invalid
  2  at least one file is unreadable, or the arguments are wrong
  (import: 0 written, 1 an input is not the documented shape or the result would be
  invalid, 2 a file cannot be read or written, or the arguments are wrong)
";

/// What the arguments ask for.
enum Command {
    Help,
    Schema,
    Strings,
    Validate {
        paths: Vec<String>,
        json: bool,
    },
    Shard {
        catalog: String,
        out: String,
        options: ShardOptions,
    },
    Site(site::SiteOptions),
    Import(import::ImportOptions),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Schema) if print_json(&catalog_schema()) => ExitCode::SUCCESS,
        Ok(Command::Schema) => ExitCode::from(2),
        Ok(Command::Strings) => {
            print!("{}", versus_core::messages::reference());
            ExitCode::SUCCESS
        }
        Ok(Command::Validate { paths, json }) => validate(&paths, json),
        Ok(Command::Shard {
            catalog,
            out,
            options,
        }) => shard(&catalog, &out, options),
        Ok(Command::Site(options)) => write_site(&options),
        Ok(Command::Import(options)) => import::run(&options),
        Err(problem) => {
            if let Some(problem) = problem {
                eprintln!("versus-catalog: {problem}\n");
            }
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The command, or what is wrong with the arguments (`None`: no arguments at all).
fn parse_args(args: &[String]) -> Result<Command, Option<String>> {
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        return Ok(Command::Help);
    }
    let json = args.iter().any(|arg| arg == "--json");
    let words: Vec<&String> = args.iter().filter(|arg| *arg != "--json").collect();
    let Some((command, rest)) = words.split_first() else {
        return Err(None);
    };
    match command.as_str() {
        "schema" => match rest.first() {
            None => Ok(Command::Schema),
            Some(extra) => Err(Some(format!(
                "`schema` takes no arguments, found `{extra}`"
            ))),
        },
        "strings" => match rest.first() {
            None => Ok(Command::Strings),
            Some(extra) => Err(Some(format!(
                "`strings` takes no arguments, found `{extra}`"
            ))),
        },
        "validate" => {
            if let Some(option) = rest.iter().find(|path| path.starts_with('-')) {
                Err(Some(format!("unknown option `{option}`")))
            } else if rest.is_empty() {
                Err(Some("`validate` needs at least one PATH".to_owned()))
            } else {
                let paths = rest.iter().map(|path| path.to_string()).collect();
                Ok(Command::Validate { paths, json })
            }
        }
        "shard" => parse_shard_args(rest),
        "site" => parse_site_args(rest),
        "import" if json => Err(Some("`import` has no --json report".to_owned())),
        "import" => import::parse_args(rest).map(Command::Import).map_err(Some),
        other => Err(Some(format!("unknown command `{other}`"))),
    }
}

fn parse_shard_args(rest: &[&String]) -> Result<Command, Option<String>> {
    let mut options = ShardOptions::default();
    let mut paths = Vec::new();
    let mut words = rest.iter();
    while let Some(word) = words.next() {
        let target = match word.as_str() {
            "--per-shard" => &mut options.per_shard,
            "--page-size" => &mut options.page_size,
            "--related-candidates" => &mut options.max_candidates,
            option if option.starts_with('-') => {
                return Err(Some(format!("unknown option `{option}`")))
            }
            _ => {
                paths.push(word.to_string());
                continue;
            }
        };
        *target = words
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| (1..=100_000).contains(n))
            .ok_or_else(|| Some(format!("`{word}` needs a number 1..=100000")))?;
    }
    match <[String; 2]>::try_from(paths) {
        Ok([catalog, out]) => Ok(Command::Shard {
            catalog,
            out,
            options,
        }),
        Err(_) => Err(Some("`shard` needs a CATALOG and an OUT_DIR".to_owned())),
    }
}

fn parse_site_args(rest: &[&String]) -> Result<Command, Option<String>> {
    let mut catalog = None;
    let mut options = site::SiteOptions {
        catalog: PathBuf::new(),
        out: PathBuf::new(),
        app: PathBuf::from("target/app"),
        url: None,
        related: versus_core::site::DEFAULT_RELATED,
        part: (1, 1),
        images: true,
        fonts: Vec::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let mut out = None;
    let mut words = rest.iter();
    while let Some(word) = words.next() {
        let mut value = || {
            words
                .next()
                .map(|value| value.to_string())
                .ok_or_else(|| Some(format!("`{word}` needs a value")))
        };
        match word.as_str() {
            "--out" => out = Some(PathBuf::from(value()?)),
            "--app" => options.app = PathBuf::from(value()?),
            "--url" => options.url = Some(value()?),
            "--font" => options.fonts.push(PathBuf::from(value()?)),
            "--no-images" => options.images = false,
            "--related" => {
                options.related = value()?
                    .parse()
                    .ok()
                    .filter(|n| *n <= 100)
                    .ok_or_else(|| Some("`--related` needs a number 0..=100".to_owned()))?
            }
            "--part" => {
                let text = value()?;
                options.part = text
                    .split_once('/')
                    .and_then(|(k, n)| Some((k.parse().ok()?, n.parse().ok()?)))
                    .filter(|&(k, n): &(usize, usize)| k >= 1 && k <= n)
                    .ok_or_else(|| {
                        Some(format!(
                            "`--part {text}`: expected K/N with 1 <= K <= N, e.g. 2/4"
                        ))
                    })?
            }
            option if option.starts_with('-') => {
                return Err(Some(format!("unknown option `{option}`")))
            }
            _ if catalog.is_none() => catalog = Some(PathBuf::from(word.as_str())),
            extra => {
                return Err(Some(format!(
                    "`site` takes one CATALOG, found also `{extra}`"
                )))
            }
        }
    }
    options.catalog = catalog.ok_or_else(|| Some("`site` needs a CATALOG".to_owned()))?;
    options.out = out.ok_or_else(|| Some("`site` needs --out DIR".to_owned()))?;
    Ok(Command::Site(options))
}

/// Writes the static site of a catalog (or this run's part of it).
fn write_site(options: &site::SiteOptions) -> ExitCode {
    if options.url.is_none() {
        eprintln!("versus-catalog: no --url: canonical links, og:image and sitemap.xml use relative addresses, which crawlers and link previews do not follow");
    }
    match site::generate(options) {
        Ok(summary) => {
            let (k, n) = options.part;
            println!(
                "{}: {} pages and {} preview images written (part {k}/{n} of {} pages) in {:.1} s, {:.0} pages/s",
                options.out.display(),
                summary.pages,
                summary.images,
                summary.planned,
                summary.seconds,
                summary.pages as f64 / summary.seconds.max(1e-9)
            );
            for note in &summary.notes {
                eprintln!("versus-catalog: {note}");
            }
            ExitCode::SUCCESS
        }
        Err(site::SiteError::Invalid(path)) => {
            let report = check_file(&path);
            for line in report.lines() {
                eprintln!("{line}");
            }
            ExitCode::from(exit_code(std::slice::from_ref(&report)).max(1))
        }
        Err(site::SiteError::Other(problem)) => {
            eprintln!("versus-catalog: {problem}");
            ExitCode::from(2)
        }
    }
}

/// Validates `catalog` and writes its sharded layout into `out`.
fn shard(catalog: &str, out: &str, mut options: ShardOptions) -> ExitCode {
    let text = match std::fs::read_to_string(catalog) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{catalog}: unreadable: {error}");
            return ExitCode::from(2);
        }
    };
    options.threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let root = std::path::Path::new(out);
    let written = shard_text(&text, options, |path, contents| {
        let file = root.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&file, contents)
    });
    match written {
        Ok(summary) => {
            println!(
                "{out}: {} artifacts in {} shards and {} list pages ({} files, {:.1} MB); serve {out}/index.json",
                summary.artifacts,
                summary.artifact_shards,
                summary.list_pages,
                summary.files,
                summary.bytes as f64 / 1e6
            );
            ExitCode::SUCCESS
        }
        Err(ShardError::Invalid(_)) => {
            // Invalid: report it exactly as `validate` does; nothing was written.
            let report = FileReport::from_text(catalog, &text);
            for line in report.lines() {
                eprintln!("{line}");
            }
            ExitCode::from(exit_code(std::slice::from_ref(&report)).max(1))
        }
        Err(ShardError::Write(error)) => {
            eprintln!("versus-catalog: cannot write {out}: {error}");
            ExitCode::from(2)
        }
    }
}

/// The `--json` document: one entry per file, in argument order.
#[derive(Serialize)]
struct JsonReport<'r> {
    files: &'r [FileReport],
}

fn validate(paths: &[String], json: bool) -> ExitCode {
    let reports: Vec<FileReport> = paths.iter().map(|path| check_file(path)).collect();
    if json {
        if !print_json(&JsonReport { files: &reports }) {
            return ExitCode::from(2);
        }
    } else {
        for report in &reports {
            for line in report.lines() {
                println!("{line}");
            }
        }
    }
    ExitCode::from(exit_code(&reports))
}

fn check_file(path: &str) -> FileReport {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => return FileReport::unreadable(path, &error.to_string()),
    };
    match String::from_utf8(bytes) {
        Ok(text) => FileReport::from_text(path, &text),
        Err(error) => FileReport::unreadable(path, &format!("not UTF-8: {}", error.utf8_error())),
    }
}

/// Prints `value` as pretty JSON; false if it could not be serialised.
fn print_json(value: &impl Serialize) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            println!("{text}");
            true
        }
        Err(error) => {
            eprintln!("versus-catalog: cannot write JSON: {error}");
            false
        }
    }
}
