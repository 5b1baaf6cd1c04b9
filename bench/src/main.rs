//! `versus-bench`: timings of the domain core on catalog files (part of `bench/`).
//!
//! Natively (`cargo build --release -p versus-bench`, the project's release profile):
//!
//! ```text
//! versus-bench [--repeat R] [--queries Q] [--budget BYTES] [--json] FILE...
//! ```
//!
//! For each file it times, median of R runs (default 5): parsing into `versus_core::json::Value`
//! alone, `validate_catalog` on that value alone, the whole `parse_catalog`,
//! `RelatedIndex::build`; then, over Q (default 1000) artifacts picked by a
//! fixed-seed PRNG, the median and p95 of one `related(i, 10)` query, of `verdict` and of
//! `compare_view` for a random pair. It also times `ChunkedParse` (what the widget runs)
//! stepped with `--budget` bytes a step (default 1 MB, as the browser shell slices it): the total,
//! its ratio to `parse_catalog`, the longest single step and the number of steps. `--json`
//! prints one JSON object per file, one a line.
//!
//! Built for `wasm32-unknown-unknown` (`scripts/bench` does this) the same file is a tiny
//! module without wasm-bindgen: `bench/wasm-bench.js` copies the catalog bytes into its
//! memory and calls the `bench_*` exports, so the browser runs exactly the domain code the
//! widget runs, compiled with the same profile and `wasm-opt -Oz`. It imports one function,
//! `bench.now` (`performance.now`), because `std::time` is not available there.

use versus_core::catalog::Catalog;
/// The reader of the tree the validator reads (borrowing from the text).
use versus_core::json;
use versus_core::parse::validate_catalog;
use versus_core::parse_catalog;
use versus_core::related::RelatedIndex;
use versus_core::verdict::verdict;
use versus_core::view::compare_view;

/// Milliseconds from an arbitrary origin.
#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64() * 1e3
}

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "bench")]
extern "C" {
    fn now() -> f64;
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    // SAFETY: `now` is `performance.now`, supplied by bench/wasm-bench.js; no arguments.
    unsafe { now() }
}

/// Times `f` once, in milliseconds; the result is dropped after the clock stops.
fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let start = now_ms();
    let value = f();
    (now_ms() - start, value)
}

fn median(values: &mut [f64]) -> f64 {
    percentile(values, 0.5)
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((values.len() - 1) as f64 * p).round() as usize;
    values[rank]
}

/// xorshift64*: the artifacts each query asks about, identical natively and in wasm.
struct Picker(u64);

impl Picker {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// Median and p95 of one `related(i, 10)` query, in microseconds, and the mean count of
/// artifacts a query had to score (sharing at least one intent), over a sample.
fn related_queries(index: &RelatedIndex, artifacts: usize, queries: usize) -> (f64, f64) {
    let mut picker = Picker::new(42);
    let mut times: Vec<f64> = (0..queries)
        .map(|_| {
            let i = picker.below(artifacts);
            let (ms, related) = time(|| index.related(i, 10));
            std::hint::black_box(related);
            ms * 1e3
        })
        .collect();
    let p95 = percentile(&mut times, 0.95);
    (median(&mut times), p95)
}

#[cfg(not(target_arch = "wasm32"))]
/// Mean number of artifacts a `related` query scores (shares at least one intent with).
fn related_candidates(index: &RelatedIndex, artifacts: usize, queries: usize) -> f64 {
    let mut picker = Picker::new(7);
    let total: usize = (0..queries)
        .map(|_| index.related(picker.below(artifacts), usize::MAX).len())
        .sum();
    total as f64 / queries.max(1) as f64
}

/// Median µs of `verdict` and of `compare_view` over random pairs; mean µs of `verdict`
/// over the whole batch (for clocks too coarse to time one call).
fn pair_queries(catalog: &Catalog, pairs: usize) -> (f64, f64, f64) {
    let n = catalog.artifacts.len();
    let mut picker = Picker::new(99);
    let pairs: Vec<(usize, usize)> = (0..pairs)
        .map(|_| {
            let a = picker.below(n);
            let b = (a + 1 + picker.below(n.saturating_sub(1).max(1))) % n.max(1);
            (a, b)
        })
        .collect();
    let locale = &catalog.brand.locale;
    let (batch_ms, _) = time(|| {
        for &(a, b) in &pairs {
            std::hint::black_box(verdict(
                &catalog.artifacts[a],
                &catalog.artifacts[b],
                &catalog.criteria(),
                locale,
            ));
        }
    });
    let mut verdicts: Vec<f64> = pairs
        .iter()
        .map(|&(a, b)| {
            let (ms, v) = time(|| {
                verdict(
                    &catalog.artifacts[a],
                    &catalog.artifacts[b],
                    &catalog.criteria(),
                    locale,
                )
            });
            std::hint::black_box(v);
            ms * 1e3
        })
        .collect();
    let mut views: Vec<f64> = pairs
        .iter()
        .map(|&(a, b)| {
            let (ms, v) =
                time(|| compare_view(catalog, &[&catalog.artifacts[a], &catalog.artifacts[b]]));
            std::hint::black_box(v);
            ms * 1e3
        })
        .collect();
    (
        median(&mut verdicts),
        median(&mut views),
        batch_ms * 1e3 / pairs.len().max(1) as f64,
    )
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::*;
    use std::process::ExitCode;
    use versus_core::{CatalogError, ChunkedParse, Parsed};

    const USAGE: &str = "\
Times the Versus domain core on catalog files.

Usage: versus-bench [--repeat R] [--queries Q] [--budget BYTES] [--json] FILE...
";

    struct Options {
        repeat: usize,
        queries: usize,
        budget: usize,
        json: bool,
        files: Vec<String>,
    }

    fn options() -> Result<Options, String> {
        let mut options = Options {
            repeat: 5,
            queries: 1000,
            budget: 1 << 20,
            json: false,
            files: Vec::new(),
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut number = |name: &str| -> Result<usize, String> {
                args.next()
                    .and_then(|v| v.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or(format!("{name} needs a positive integer"))
            };
            match arg.as_str() {
                "--repeat" => options.repeat = number("--repeat")?,
                "--queries" => options.queries = number("--queries")?,
                "--budget" => options.budget = number("--budget")?,
                "--json" => options.json = true,
                "-h" | "--help" => return Err(String::new()),
                other if other.starts_with('-') => return Err(format!("unknown option {other}")),
                _ => options.files.push(arg),
            }
        }
        if options.files.is_empty() {
            return Err("no FILE given".to_owned());
        }
        Ok(options)
    }

    pub fn main() -> ExitCode {
        let options = match options() {
            Ok(options) => options,
            Err(problem) => {
                if !problem.is_empty() {
                    eprintln!("versus-bench: {problem}");
                }
                eprint!("{USAGE}");
                return ExitCode::from(2);
            }
        };
        for path in &options.files {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(error) => {
                    eprintln!("versus-bench: {path}: {error}");
                    return ExitCode::from(2);
                }
            };
            match bench_file(&text, &options) {
                Ok(fields) => print_result(path, text.len(), &fields, options.json),
                Err(problem) => {
                    eprintln!("versus-bench: {path}: {problem}");
                    return ExitCode::from(1);
                }
            }
        }
        ExitCode::SUCCESS
    }

    fn bench_file(text: &str, options: &Options) -> Result<Vec<(&'static str, f64)>, String> {
        let repeat = options.repeat;
        let mut value_ms = Vec::new();
        let mut validate_ms = Vec::new();
        let mut parse_ms = Vec::new();
        let mut drop_value_ms = Vec::new();
        for _ in 0..repeat {
            let (ms, value) = time(|| json::parse(text));
            let value = value.map_err(|e| e.to_string())?;
            value_ms.push(ms);
            let (ms, parsed) = time(|| validate_catalog(&value));
            parsed.map_err(|e| e.to_string())?;
            validate_ms.push(ms);
            drop_value_ms.push(time(|| drop(value)).0);
        }
        let mut catalog = None;
        for _ in 0..repeat {
            let (ms, parsed) = time(|| parse_catalog(text));
            catalog = Some(parsed.map_err(|e| e.to_string())?.catalog);
            parse_ms.push(ms);
        }
        let catalog = catalog.ok_or("no run")?;
        let mut chunked_ms = Vec::new();
        let mut max_step_ms = Vec::new();
        let mut finish_ms = Vec::new();
        let mut steps = 0;
        for _ in 0..repeat {
            let (ms, (longest, finish, count, parsed)) = time(|| chunked(text, options.budget));
            if parsed.map_err(|e| e.to_string())?.catalog != catalog {
                return Err("ChunkedParse gave another catalog than parse_catalog".to_owned());
            }
            chunked_ms.push(ms);
            max_step_ms.push(longest);
            finish_ms.push(finish);
            steps = count;
        }
        let parse_median = median(&mut parse_ms);
        let chunked_median = median(&mut chunked_ms);
        let mut build_ms = Vec::new();
        let mut index = RelatedIndex::default();
        for _ in 0..repeat {
            let (ms, built) = time(|| RelatedIndex::build(&catalog));
            index = built;
            build_ms.push(ms);
        }
        let n = catalog.artifacts.len();
        let (related_us, related_p95_us) = related_queries(&index, n, options.queries);
        let candidates = related_candidates(&index, n, options.queries.min(100));
        let (verdict_us, view_us, verdict_mean_us) = pair_queries(&catalog, options.queries);
        Ok(vec![
            ("artifacts", n as f64),
            ("value_parse_ms", median(&mut value_ms)),
            ("validate_ms", median(&mut validate_ms)),
            ("drop_value_ms", median(&mut drop_value_ms)),
            ("parse_catalog_ms", parse_median),
            ("chunked_total_ms", chunked_median),
            ("chunked_vs_parse_catalog", chunked_median / parse_median),
            ("chunked_max_step_ms", median(&mut max_step_ms)),
            ("chunked_finish_ms", median(&mut finish_ms)),
            ("chunked_steps", steps as f64),
            ("related_build_ms", median(&mut build_ms)),
            ("related_top10_median_us", related_us),
            ("related_top10_p95_us", related_p95_us),
            ("related_candidates_mean", candidates),
            ("verdict_median_us", verdict_us),
            ("verdict_mean_us", verdict_mean_us),
            ("compare_view_median_us", view_us),
        ])
    }

    /// Steps a `ChunkedParse` of `text` with `budget` bytes a step to the end: the longest
    /// step (`finish` counted as one) in ms, the ms of `finish`, the number of steps and
    /// the result.
    fn chunked(text: &str, budget: usize) -> (f64, f64, usize, Result<Parsed, CatalogError>) {
        let mut parse = ChunkedParse::new(text);
        let mut longest: f64 = 0.0;
        let mut steps = 0;
        loop {
            steps += 1;
            let (ms, finished) = time(|| parse.step(budget));
            longest = longest.max(ms);
            if finished {
                break;
            }
        }
        let (ms, parsed) = time(|| parse.finish());
        (longest.max(ms), ms, steps, parsed)
    }

    fn print_result(path: &str, bytes: usize, fields: &[(&str, f64)], json: bool) {
        if json {
            let mut object = serde_json::Map::new();
            object.insert("path".into(), path.into());
            object.insert("bytes".into(), bytes.into());
            for (key, value) in fields {
                object.insert((*key).into(), (*value).into());
            }
            println!("{}", serde_json::Value::Object(object));
        } else {
            println!("{path} ({:.1} MB)", bytes as f64 / 1e6);
            for (key, value) in fields {
                println!("  {key:<26} {value:>12.3}");
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// The wasm exports; state lives in one thread-local (wasm is single-threaded).
#[cfg(target_arch = "wasm32")]
mod exports {
    use super::*;
    use std::cell::RefCell;
    use versus_core::ChunkedParse;

    #[derive(Default)]
    struct State {
        input: Vec<u8>,
        catalog: Option<Catalog>,
        index: Option<RelatedIndex>,
        /// p95 of the last related query run, in µs.
        related_p95_us: f64,
        /// mean µs per verdict of the last batch.
        verdict_mean_us: f64,
    }

    thread_local! {
        static STATE: RefCell<State> = RefCell::new(State::default());
    }

    fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
        STATE.with(|state| f(&mut state.borrow_mut()))
    }

    /// A buffer of `len` bytes the caller fills with the catalog (UTF-8).
    #[no_mangle]
    pub extern "C" fn bench_input(len: usize) -> *mut u8 {
        with(|s| {
            *s = State::default();
            s.input = vec![0; len];
            s.input.as_mut_ptr()
        })
    }

    fn text(s: &State) -> &str {
        std::str::from_utf8(&s.input).unwrap_or("")
    }

    /// ms of `json::parse`; negative if the JSON is invalid. Drops the
    /// kept catalog and index first, so a huge catalog does not need room for both.
    #[no_mangle]
    pub extern "C" fn bench_value_parse() -> f64 {
        with(|s| {
            s.catalog = None;
            s.index = None;
            let (ms, value) = time(|| json::parse(text(s)));
            if value.is_ok() {
                ms
            } else {
                -1.0
            }
        })
    }

    /// ms of `validate_catalog` on a parsed value (the parse itself is not timed).
    #[no_mangle]
    pub extern "C" fn bench_validate() -> f64 {
        with(|s| {
            s.catalog = None;
            s.index = None;
            let Ok(value) = json::parse(text(s)) else {
                return -1.0;
            };
            let (ms, parsed) = time(|| validate_catalog(&value));
            if parsed.is_ok() {
                ms
            } else {
                -2.0
            }
        })
    }

    /// ms of the whole `parse_catalog` (what the widget runs); keeps the catalog.
    #[no_mangle]
    pub extern "C" fn bench_parse_catalog() -> f64 {
        with(|s| {
            s.catalog = None;
            s.index = None;
            let (ms, parsed) = time(|| parse_catalog(text(s)));
            match parsed {
                Ok(parsed) => {
                    s.catalog = Some(parsed.catalog);
                    ms
                }
                Err(_) => -1.0,
            }
        })
    }

    /// ms of `ChunkedParse` stepped to the end in 1 MB slices: what the widget runs (it
    /// yields to the browser between slices; the yields are not timed). Keeps the catalog.
    #[no_mangle]
    pub extern "C" fn bench_chunked_parse() -> f64 {
        with(|s| {
            s.catalog = None;
            s.index = None;
            let (ms, parsed) = time(|| {
                let mut parse = ChunkedParse::new(text(s));
                while !parse.step(1 << 20) {}
                parse.finish()
            });
            match parsed {
                Ok(parsed) => {
                    s.catalog = Some(parsed.catalog);
                    ms
                }
                Err(_) => -1.0,
            }
        })
    }

    /// ms of `RelatedIndex::build` on the kept catalog; keeps the index.
    #[no_mangle]
    pub extern "C" fn bench_related_build() -> f64 {
        with(|s| {
            let Some(catalog) = &s.catalog else {
                return -1.0;
            };
            let (ms, index) = time(|| RelatedIndex::build(catalog));
            s.index = Some(index);
            ms
        })
    }

    /// Median µs of one `related(i, 10)` over `queries` random artifacts.
    #[no_mangle]
    pub extern "C" fn bench_related_query(queries: usize) -> f64 {
        with(|s| {
            let (Some(catalog), Some(index)) = (&s.catalog, &s.index) else {
                return -1.0;
            };
            let (median, p95) = related_queries(index, catalog.artifacts.len(), queries);
            s.related_p95_us = p95;
            median
        })
    }

    #[no_mangle]
    pub extern "C" fn bench_related_p95() -> f64 {
        with(|s| s.related_p95_us)
    }

    /// Median µs of `compare_view` (which includes `verdict`) over random pairs; the mean
    /// µs of `verdict` alone is kept for `bench_verdict_mean`.
    #[no_mangle]
    pub extern "C" fn bench_pairs(pairs: usize) -> f64 {
        with(|s| {
            let Some(catalog) = &s.catalog else {
                return -1.0;
            };
            let (_, view_us, verdict_mean_us) = pair_queries(catalog, pairs);
            s.verdict_mean_us = verdict_mean_us;
            view_us
        })
    }

    #[no_mangle]
    pub extern "C" fn bench_verdict_mean() -> f64 {
        with(|s| s.verdict_mean_us)
    }

    #[no_mangle]
    pub extern "C" fn bench_artifacts() -> usize {
        with(|s| s.catalog.as_ref().map_or(0, |c| c.artifacts.len()))
    }

    /// Frees everything.
    #[no_mangle]
    pub extern "C" fn bench_free() {
        with(|s| *s = State::default());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
