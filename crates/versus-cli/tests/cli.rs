//! The `versus-catalog` binary: output, exit codes and the `--json` report.

// serde_json and std are the references here (crates/clippy.toml bans them from the product).
#![allow(clippy::disallowed_methods)]

#[path = "../../versus-core/tests/common/mod.rs"]
mod common;

use std::process::{Command, Output};

use serde_json::Value;

const VALID: &str = "data/catalog.json";
const BROKEN: &str = "tests/fixtures/broken.json";
const MISSING: &str = "tests/fixtures/does-not-exist.json";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_versus-catalog"))
        .args(args)
        .current_dir(common::ROOT)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

#[test]
fn a_valid_catalog_exits_0() {
    let output = run(&["validate", VALID]);
    assert_eq!(code(&output), Some(0), "{}", stdout(&output));
    let artifacts = common::default_catalog().artifacts.len();
    assert_eq!(
        stdout(&output),
        format!("data/catalog.json: valid ({artifacts} artifacts, 0 warnings)\n")
    );
}

#[test]
fn a_broken_catalog_lists_every_error_in_one_run() {
    let output = run(&["validate", BROKEN]);
    assert_eq!(code(&output), Some(1));
    let text = stdout(&output);
    for line in [
        "tests/fixtures/broken.json: error: artifacts[1].rank: expected an integer 0..=100, found 140",
        "tests/fixtures/broken.json: error: artifacts[1].pricing.plan: expected one of free, paid, freemium, found \"gratis\"",
        "tests/fixtures/broken.json: error: brand.home_url: expected an http(s) URL, found \"javascript:alert(1)\"",
        "tests/fixtures/broken.json: error: artifacts[2].updated: expected a date YYYY-MM-DD, found \"yesterday\"",
        "tests/fixtures/broken.json: warning: featured[0]: unknown artifact id \"missing-id\"; this comparison is not shown",
        "tests/fixtures/broken.json: invalid (18 errors, 2 warnings)",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line:?} in\n{text}");
    }
    assert!(text.contains("tests/fixtures/broken.json: error: brand.theme.accent: "));
    assert_eq!(text.lines().filter(|l| l.contains(": error: ")).count(), 18);
}

#[test]
fn syntax_errors_name_line_and_column() {
    let output = run(&["validate", "tests/fixtures/truncated.json"]);
    assert_eq!(code(&output), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "tests/fixtures/truncated.json: error: line 2, column 0: not valid JSON: "
        ),
        "{text}"
    );
    assert!(text.ends_with("tests/fixtures/truncated.json: invalid (not valid JSON)\n"));
}

#[test]
fn exit_codes_rank_unreadable_over_invalid() {
    let missing = run(&["validate", MISSING]);
    assert_eq!(code(&missing), Some(2));
    assert!(stdout(&missing).contains("does-not-exist.json: unreadable"));
    assert_eq!(code(&run(&["validate", VALID, BROKEN])), Some(1));
    assert_eq!(code(&run(&["validate", BROKEN, MISSING])), Some(2));
    assert_eq!(code(&run(&["validate", MISSING, VALID])), Some(2));
    assert_eq!(code(&run(&["validate", "Cargo.lock"])), Some(1));
}

#[test]
fn non_utf8_files_are_unreadable() {
    let path = std::env::temp_dir().join(format!("versus-cli-{}.json", std::process::id()));
    std::fs::write(&path, [0x7b, 0xff, 0x7d]).expect("temp file");
    let output = run(&["validate", &path.to_string_lossy()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code(&output), Some(2));
    assert!(
        stdout(&output).contains("cannot read: not UTF-8"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn json_report_has_statuses_and_paths() {
    let output = run(&["validate", VALID, "--json", BROKEN, MISSING]);
    assert_eq!(code(&output), Some(2));
    let report: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let files = report["files"].as_array().expect("files array");
    let statuses: Vec<&str> = files.iter().filter_map(|f| f["status"].as_str()).collect();
    assert_eq!(statuses, ["valid", "invalid", "unreadable"]);

    assert_eq!(files[0]["path"], VALID);
    assert_eq!(
        files[0]["artifacts"],
        common::default_catalog().artifacts.len()
    );
    assert_eq!(files[0]["errors"], serde_json::json!([]));

    let broken = &files[1];
    assert_eq!(broken["total_errors"], 18);
    assert_eq!(broken["artifacts"], Value::Null);
    assert!(broken["errors"]
        .as_array()
        .is_some_and(|errors| errors.iter().any(|e| {
            e["path"] == "artifacts[1].rank"
                && e["message"] == "expected an integer 0..=100, found 140"
        })));
    assert_eq!(
        broken["warnings"][0]["path"],
        "artifacts[0].alternatives[0]"
    );

    assert!(files[2]["io_error"].is_string());
    assert_eq!(files[2]["syntax"], Value::Null);
}

#[test]
fn json_report_gives_syntax_positions() {
    let output = run(&["--json", "validate", "tests/fixtures/truncated.json"]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let syntax = &report["files"][0]["syntax"];
    assert_eq!(
        (syntax["line"].as_u64(), syntax["column"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(report["files"][0]["total_errors"], 1);
}

#[test]
fn schema_prints_the_json_schema() {
    let output = run(&["schema"]);
    assert_eq!(code(&output), Some(0));
    let schema: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["format"]["const"], "versus-catalog/1");
}

#[test]
fn usage_on_help_and_on_bad_arguments() {
    let help = run(&["--help"]);
    assert_eq!(code(&help), Some(0));
    assert!(stdout(&help).contains("versus-catalog validate [--json] PATH..."));
    for args in [
        &[][..],
        &["validate"],
        &["frobnicate"],
        &["validate", "--strict", VALID],
    ] {
        let output = run(args);
        assert_eq!(code(&output), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("Usage:"),
            "{args:?}"
        );
    }
}

#[test]
fn shard_writes_the_layout_of_a_valid_catalog() {
    let out = std::env::temp_dir().join(format!("versus-cli-shard-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let out_text = out.to_string_lossy().into_owned();
    let output = run(&["shard", "--per-shard", "4", VALID, &out_text]);
    assert_eq!(code(&output), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("14 artifacts in 4 shards and 1 list pages"));
    for file in [
        "index.json",
        "artifacts/0.json",
        "artifacts/3.json",
        "list/0.json",
    ] {
        assert!(out.join(file).is_file(), "{file} written");
    }
    assert!(!out.join("artifacts/4.json").exists());
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn shard_refuses_an_invalid_catalog_and_writes_nothing() {
    let out = std::env::temp_dir().join(format!("versus-cli-noshard-{}", std::process::id()));
    let out_text = out.to_string_lossy().into_owned();
    let output = run(&["shard", BROKEN, &out_text]);
    assert_eq!(code(&output), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("artifacts[1].rank: expected an integer 0..=100, found 140"));
    assert!(!out.exists());
    assert_eq!(code(&run(&["shard", VALID])), Some(2));
    assert_eq!(
        code(&run(&["shard", "--per-shard", "0", VALID, &out_text])),
        Some(2)
    );
}

/// A stand-in for the built app (`scripts/build` makes the real one): what `site` needs
/// of it is an `index.html` with a title and the `#versus-site` element.
fn fake_app(name: &str) -> std::path::PathBuf {
    let app = std::env::temp_dir().join(format!("versus-cli-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&app);
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(
        app.join("index.html"),
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Versus</title>\
         <meta name=description content=\"generic\"><link rel=stylesheet href=versus.css></head>\
         <body><div id=versus-site><noscript>Needs JavaScript</noscript></div></body></html>",
    )
    .unwrap();
    std::fs::write(app.join("versus.css"), "body{}").unwrap();
    app
}

/// Every file under `dir`, by its path inside it, with its bytes.
fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(at) = todo.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The text of every `tag` element in a card's nodes (`["tag", {attributes}, children…]`).
fn collect(nodes: &Value, tag: &str, found: &mut Vec<String>) {
    fn text(node: &Value) -> String {
        match node {
            Value::String(text) => text.clone(),
            Value::Array(items) => items.iter().skip(2).map(text).collect(),
            _ => String::new(),
        }
    }
    for node in nodes.as_array().into_iter().flatten() {
        if let Value::Array(items) = node {
            if items[0] == tag {
                found.push(text(node));
            }
            collect(&Value::Array(items[2..].to_vec()), tag, found);
        }
    }
}

/// Every element of a card's nodes: tag and attributes.
fn elements(nodes: &Value, found: &mut Vec<(String, serde_json::Map<String, Value>)>) {
    for node in nodes.as_array().into_iter().flatten() {
        if let Value::Array(items) = node {
            let attributes = items[1].as_object().cloned().unwrap_or_default();
            found.push((items[0].as_str().unwrap().to_owned(), attributes));
            elements(&Value::Array(items[2..].to_vec()), found);
        }
    }
}

fn site(app: &std::path::Path, catalog: &str, out: &std::path::Path, extra: &[&str]) -> Output {
    let (app, out) = (app.to_string_lossy(), out.to_string_lossy());
    let mut args = vec!["site", catalog, "--app", &app, "--out", &out, "--no-images"];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn site_writes_every_planned_page_with_head_sitemap_and_logo() {
    let app = fake_app("velo");
    let out = std::env::temp_dir().join(format!("versus-cli-site-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let catalog = "tests/fixtures/velo-de.json";
    let output = site(&app, catalog, &out, &["--url", "https://velo.example/rad/"]);
    assert_eq!(
        code(&output),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let files = tree(&out);
    let parsed: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/{catalog}", common::ROOT)).unwrap(),
    )
    .unwrap();
    let ids: Vec<&str> = parsed["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    // A page per artifact, the home page and the 404 page, the app's files beside them.
    for id in &ids {
        assert!(
            files.contains_key(&format!("artifact/{id}/index.html")),
            "{id}"
        );
    }
    for name in [
        "index.html",
        "404.html",
        "versus.css",
        "robots.txt",
        "sitemap.xml",
    ] {
        assert!(files.contains_key(name), "{name} in {:?}", files.keys());
    }
    let text = |name: &str| String::from_utf8(files[name].clone()).unwrap();
    // Every page in the sitemap exists, under the given address.
    let sitemap = text("sitemap.xml");
    let listed: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</loc>").unwrap()])
        .collect();
    assert!(listed.len() > ids.len(), "{sitemap}");
    for url in &listed {
        let path = url.strip_prefix("https://velo.example/rad/").expect(url);
        assert!(files.contains_key(&format!("{path}index.html")), "{url}");
    }
    assert!(text("robots.txt").contains("Sitemap: https://velo.example/rad/sitemap.xml"));
    // A comparison page: the catalog's language, its canonical address, its words, no
    // template leftovers.
    let compare = listed
        .iter()
        .find(|url| url.contains("/compare/"))
        .expect("a comparison page");
    let path = compare.strip_prefix("https://velo.example/rad/").unwrap();
    let page = text(&format!("{path}index.html"));
    assert!(page.contains("<html lang=\"de-DE\""), "{page}");
    assert!(
        page.contains(&format!("<link rel=\"canonical\" href=\"{compare}\"")),
        "{page}"
    );
    assert!(page.contains("Velowerk"));
    assert!(!page.contains("Needs JavaScript") && !page.contains("generic"));
    assert_eq!(page.matches("<h1").count(), 1);
    // The 404 page is not for search engines.
    assert!(text("404.html").contains("noindex"));
    // Every comparison and artifact page has its card beside it, for embedded widgets:
    // the catalog's language and brand colours, the page's heading as text.
    for url in &listed {
        let path = url.strip_prefix("https://velo.example/rad/").unwrap();
        let name = format!("{path}card.json");
        if path.is_empty() {
            assert!(!files.contains_key(&name));
            continue;
        }
        let card: Value = serde_json::from_str(&text(&name)).expect(&name);
        assert_eq!(card["format"], "versus-card/1", "{name}");
        assert_eq!(card["lang"], "de-DE", "{name}");
        assert!(
            card["theme"].as_object().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
        let mut headings = Vec::new();
        collect(&card["nodes"], "h1", &mut headings);
        assert_eq!(headings.len(), 1, "{name}: {headings:?}");
        let page = text(&format!("{path}index.html"));
        assert!(
            page.contains(&headings[0].replace('&', "&amp;")),
            "{name}: {}",
            headings[0]
        );
    }
    // The brand's logo, a file beside the catalog, is copied into the site.
    assert!(
        files.keys().any(|name| name.ends_with("velowerk-logo.svg")),
        "{:?}",
        files.keys()
    );
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&app);
}

#[test]
fn site_parts_together_are_the_whole_site() {
    let app = fake_app("parts");
    let base = std::env::temp_dir().join(format!("versus-cli-parts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (whole, parts) = (base.join("whole"), base.join("parts"));
    let url = ["--url", "https://example.com/"];
    assert_eq!(code(&site(&app, VALID, &whole, &url)), Some(0));
    for part in ["1/2", "2/2"] {
        let output = site(&app, VALID, &parts, &[url[0], url[1], "--part", part]);
        assert_eq!(
            code(&output),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let (whole, parts) = (tree(&whole), tree(&parts));
    assert!(whole.len() > 50, "{} files", whole.len());
    assert_eq!(
        whole.keys().collect::<Vec<_>>(),
        parts.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &whole {
        assert!(&parts[name] == bytes, "{name} differs");
    }
    let _ = std::fs::remove_dir_all(&base);
    let _ = std::fs::remove_dir_all(&app);
}

#[test]
fn site_renders_hostile_text_as_text() {
    let app = fake_app("hostile");
    let out = std::env::temp_dir().join(format!("versus-cli-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let output = site(&app, "tests/fixtures/hostile.json", &out, &[]);
    assert_eq!(
        code(&output),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let files = tree(&out);
    let pages: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.ends_with(".html"))
        .collect();
    assert!(pages.len() > 2);
    for (name, bytes) in pages {
        let page = String::from_utf8_lossy(bytes).to_lowercase();
        for bad in [
            "<script>alert",
            "<img src=x",
            "<svg onload",
            "<a href=\"javascript:",
            "</style><style>",
        ] {
            assert!(!page.contains(bad), "{name} contains {bad}");
        }
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || name == "404.html",
            "{name}"
        );
    }
    // The cards embedded widgets paint: the same text as text, no element or attribute
    // from the catalog, links http(s) or relative only.
    let cards: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.ends_with("card.json"))
        .collect();
    assert!(cards.len() > 2);
    let mut texts = String::new();
    for (name, bytes) in cards {
        let card: Value = serde_json::from_slice(bytes).expect(name);
        let mut found = Vec::new();
        elements(&card["nodes"], &mut found);
        for (tag, attributes) in &found {
            assert!(
                !["script", "img", "style", "iframe"].contains(&tag.as_str()),
                "{name}: <{tag}>"
            );
            for (attribute, value) in attributes {
                assert!(!attribute.starts_with("on"), "{name}: {attribute}");
                let value = value.as_str().unwrap().to_lowercase();
                assert!(
                    !value.starts_with("javascript:"),
                    "{name}: {attribute}={value}"
                );
            }
        }
        let mut all = Vec::new();
        collect(&card["nodes"], "article", &mut all);
        collect(&card["nodes"], "div", &mut all);
        texts.push_str(&all.concat());
    }
    assert!(
        texts.contains("<script>alert(1)</script>"),
        "the hostile text shows as text"
    );
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&app);
}

#[test]
fn site_refuses_an_invalid_catalog_and_a_wrong_app() {
    let app = fake_app("refuse");
    let out = std::env::temp_dir().join(format!("versus-cli-nosite-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let output = site(&app, BROKEN, &out, &[]);
    assert_eq!(code(&output), Some(1));
    let report = format!(
        "{}{}",
        stdout(&output),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        report.contains("artifacts[1].rank: expected an integer 0..=100, found 140"),
        "{report}"
    );
    assert!(!out.exists());
    // An app directory without the app's index.html.
    std::fs::write(app.join("index.html"), "<html><body>hello</body></html>").unwrap();
    let output = site(&app, VALID, &out, &[]);
    assert_eq!(code(&output), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not the Versus app's index.html"));
    for bad in [["--part", "3/2"], ["--url", "javascript:alert(1)"]] {
        let output = site(&app, VALID, &out, &bad);
        assert_eq!(code(&output), Some(2), "{bad:?}");
    }
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&app);
}
