//! `versus-catalog import` end to end: the built binary on the OpenRouter and LiteLLM
//! fixtures, its report on stderr, `validate` on what it wrote, and a `--merge` run.

// serde_json is the reference reader here (crates/clippy.toml bans it from the product).
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

const OPENROUTER: &str = "tests/fixtures/import/openrouter-models.json";
const LITELLM: &str = "tests/fixtures/import/litellm-prices.json";
const CHECKED: &str = "2026-08-14";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_versus-catalog"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("versus-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// Runs an import into `out` and returns its report; panics unless it exits 0.
fn import(args: &[&str], out: &Path) -> String {
    let out_text = out.to_str().expect("UTF-8 path");
    let mut all = args.to_vec();
    all.extend(["--checked", CHECKED, "--out", out_text]);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        output.stdout.is_empty(),
        "with --out nothing goes to stdout"
    );
    stderr(&output)
}

fn assert_valid(path: &Path, artifacts: usize) {
    let output = run(&["validate", path.to_str().expect("UTF-8 path")]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.ends_with(&format!(": valid ({artifacts} artifacts, 0 warnings)\n")),
        "{text}"
    );
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("written")).expect("JSON")
}

fn artifact<'c>(catalog: &'c Value, id: &str) -> &'c Value {
    catalog["artifacts"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["id"] == id))
        .unwrap_or_else(|| panic!("no artifact {id}"))
}

fn ids(catalog: &Value) -> Vec<&str> {
    catalog["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect()
}

fn assert_lines(report: &str, lines: &[&str]) {
    for line in lines {
        assert!(
            report.lines().any(|l| l == *line),
            "missing {line:?} in\n{report}"
        );
    }
}

/// No markdown or HTML left in any summary or about.
fn assert_plain_texts(catalog: &Value) {
    for artifact in catalog["artifacts"].as_array().unwrap() {
        for key in ["summary", "about"] {
            let text = artifact[key].as_str().unwrap_or_default();
            for syntax in ["](", "**", "<br", "&amp;", "&#39;", "`", "![", "# "] {
                assert!(
                    !text.contains(syntax),
                    "{} {key} has {syntax:?}: {text}",
                    artifact["id"]
                );
            }
        }
    }
}

#[test]
fn openrouter_models_become_a_valid_catalog() {
    let dir = scratch("openrouter");
    let out = dir.join("catalog.json");
    let report = import(
        &["import", "openrouter", OPENROUTER, "--brand", "Model Atlas"],
        &out,
    );
    assert_lines(
        &report,
        &[
            "data[14]: skipped: no \"id\"",
            "data[4] (id \"meta-llama/llama-3.3-70b-instruct:free\"): folded into meta-llama-llama-3-3-70b-instruct as its free tier",
            "data[7] (id \"openai/gpt-5-mini:batch\"): folded into openai-gpt-5-mini as its batch prices",
            "data[11] (id \"thedrummer/an-extraordinarily-verbose-community-finetune-of-a-mid-sized-open-model-v2-experimental\"): id shortened to thedrummer-an-extraordinarily-verbose-community-finetune-of-a (ids are at most 64 characters)",
            "data[13] (id \"z-ai/glm-4-6\"): id z-ai-glm-4-6 is taken by data[12] (id \"z-ai/glm-4.6\"); renamed z-ai-glm-4-6-2",
            "data[13] (id \"z-ai/glm-4-6\"): pricing.image: \"abc\" is not a number; rate skipped",
            "data[13] (id \"z-ai/glm-4-6\"): pricing.web_search: \"-0.5\" is negative; rate skipped",
            "tests/fixtures/import/openrouter-models.json: 12 artifacts imported from OpenRouter (2 folded, 1 skipped)",
        ],
    );
    assert_valid(&out, 12);
    let catalog = read(&out);
    assert_eq!(
        ids(&catalog),
        [
            "anthropic-claude-opus-5",
            "anthropic-claude-3-7-sonnet",
            "anthropic-claude-3-7-sonnet-thinking",
            "meta-llama-llama-3-3-70b-instruct",
            "google-gemma-3-27b-it-free",
            "openai-gpt-5-mini",
            "openrouter-auto",
            "google-gemini-2-5-flash-image",
            "nousresearch-hermes-4-70b",
            "thedrummer-an-extraordinarily-verbose-community-finetune-of-a",
            "z-ai-glm-4-6",
            "z-ai-glm-4-6-2",
        ]
    );
    assert_eq!(
        catalog["brand"],
        json!({"name": "Model Atlas", "rank_label": "Rank", "locale": "en-US"})
    );
    assert_plain_texts(&catalog);

    let auto = artifact(&catalog, "openrouter-auto");
    assert_eq!(
        auto["pricing"]["usage"][0],
        json!({"rate": "input", "amount": "varies", "currency": "USD", "per": "token"})
    );
    assert_eq!(
        (&auto["vendor"], &auto["name"]),
        (&json!("OpenRouter"), &json!("Auto Router"))
    );
    assert_eq!(
        auto["specs"].get("context_window"),
        None,
        "null context length: left out"
    );

    let opus = artifact(&catalog, "anthropic-claude-opus-5");
    assert_eq!(
        (&opus["vendor"], &opus["name"]),
        (&json!("Anthropic"), &json!("Claude Opus 5"))
    );
    assert!(opus["about"]
        .as_str()
        .unwrap()
        .contains("Tool use with tool_choice & parallel calls"));
    assert_eq!(
        opus["specs"],
        json!({"context_window": 1000000, "max_output": 128000, "knowledge_cutoff": "2025-11-30", "released": "2026-03-01"})
    );
    assert_eq!(
        opus["sources"],
        json!([{"about": "Prices and specs", "name": "OpenRouter", "url": "https://openrouter.ai/api/v1/models", "checked": CHECKED}])
    );
    assert_eq!(
        (&opus["rank"], &opus["updated"]),
        (&json!(50), &json!(CHECKED))
    );

    let llama = artifact(&catalog, "meta-llama-llama-3-3-70b-instruct");
    assert_eq!(llama["pricing"]["plan"], "freemium");
    assert_eq!(llama["pricing"]["free_tier"], true);
    let gemma = artifact(&catalog, "google-gemma-3-27b-it-free");
    assert_eq!(
        (&gemma["pricing"]["plan"], &gemma["name"]),
        (&json!("free"), &json!("Gemma 3 27B (free)"))
    );
    let mini_rates: Vec<&str> = artifact(&catalog, "openai-gpt-5-mini")["pricing"]["usage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rate"].as_str().unwrap())
        .collect();
    assert_eq!(
        mini_rates,
        [
            "input",
            "output",
            "cache_read",
            "batch_input",
            "batch_output"
        ]
    );
    assert_eq!(
        artifact(&catalog, "anthropic-claude-3-7-sonnet-thinking")["name"],
        "Claude 3.7 Sonnet (thinking)"
    );
    let image = artifact(&catalog, "google-gemini-2-5-flash-image");
    assert_eq!(image["outputs"], json!(["image", "text"]));
    assert!(image["capabilities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["title"] == "Image generation"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn litellm_prices_become_a_valid_catalog() {
    let dir = scratch("litellm");
    let out = dir.join("catalog.json");
    let report = import(&["import", "litellm", LITELLM], &out);
    assert_lines(
        &report,
        &[
            "\"sample_spec\": skipped: LiteLLM's documentation entry",
            "\"gemini/gemini-2.5-pro\": max_output_tokens: \"lots\" is not a number; left out",
            "\"claude-sonnet-4-5\": supports_web_search: \"sometimes\" is not true or false; left out",
            "tests/fixtures/import/litellm-prices.json: 10 artifacts imported from LiteLLM (0 folded, 3 skipped)",
        ],
    );
    assert_valid(&out, 10);
    let catalog = read(&out);
    assert_eq!(catalog["brand"]["name"], "Model Directory");
    let bedrock = artifact(
        &catalog,
        "bedrock-us-anthropic-claude-3-5-sonnet-20241022-v2-0",
    );
    assert_eq!(
        bedrock["name"],
        "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
    );
    assert_eq!(bedrock["specs"]["deprecation"], "2025-10-22");
    let sonnet = artifact(&catalog, "claude-sonnet-4-5");
    assert_eq!(
        sonnet["pricing"]["usage"][0]["amount"],
        json!(0.000003),
        "3e-06"
    );
    assert_eq!(
        sonnet["sources"][0]["url"],
        "https://docs.anthropic.com/en/docs/about-claude/pricing"
    );
    let azure = artifact(&catalog, "azure-gpt-4o-mini");
    assert_eq!(
        azure["specs"]["context_window"],
        json!(128000),
        "\"128000\" as a number"
    );
    assert_eq!(azure["vendor"], "Azure OpenAI");
    assert_eq!(
        artifact(&catalog, "whisper-1")["pricing"]["usage"][0]["per"],
        "second"
    );
    assert_eq!(
        artifact(&catalog, "text-embedding-3-small")["kind"],
        "Embedding model"
    );
    assert_eq!(
        artifact(&catalog, "ollama-llama3")["pricing"]["plan"],
        "free"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_out_the_catalog_goes_to_stdout() {
    let output = run(&["import", "openrouter", OPENROUTER, "--checked", CHECKED]);
    assert_eq!(output.status.code(), Some(0));
    let catalog: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(catalog["format"], "versus-catalog/1");
    assert!(stderr(&output).contains("12 artifacts imported from OpenRouter"));
}

#[test]
fn exit_codes_tell_bad_shapes_from_unreadable_files() {
    let dir = scratch("codes");
    let not_a_list = dir.join("catalog.json");
    std::fs::write(&not_a_list, r#"{"artifacts": []}"#).unwrap();
    let truncated = dir.join("truncated.json");
    std::fs::write(&truncated, r#"{"data": ["#).unwrap();
    let shape = run(&["import", "openrouter", not_a_list.to_str().unwrap()]);
    assert_eq!(shape.status.code(), Some(1));
    assert!(
        stderr(&shape).contains("no \"data\" array"),
        "{}",
        stderr(&shape)
    );
    assert_eq!(
        run(&["import", "openrouter", truncated.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["import", "litellm", OPENROUTER]).status.code(),
        Some(1),
        "nothing to import"
    );
    assert_eq!(
        run(&["import", "openrouter", "tests/fixtures/import/missing.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["import", "openrouter", OPENROUTER, "--checked", "soon"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["import", "mystery", OPENROUTER]).status.code(),
        Some(2)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn merge_refreshes_facts_and_keeps_the_publishers_work() {
    let dir = scratch("merge");
    let fresh = dir.join("fresh.json");
    import(&["import", "openrouter", OPENROUTER], &fresh);

    // The publisher's edits: a brand, a score, their own words, a price gone stale, an
    // artifact of their own, one the list no longer has.
    let mut existing = read(&fresh);
    existing["brand"] = json!({"name": "Model Atlas", "rank_label": "Atlas score", "tagline": "Every model, side by side."});
    let artifacts = existing["artifacts"].as_array_mut().unwrap();
    artifacts.retain(|a| a["id"] != "z-ai-glm-4-6-2");
    let opus = artifacts
        .iter_mut()
        .find(|a| a["id"] == "anthropic-claude-opus-5")
        .unwrap();
    opus["rank"] = json!(93);
    opus["summary"] = json!("Our pick for long agent runs.");
    opus["pricing"]["usage"][0]["amount"] = json!(0.5);
    opus["sources"]
        .as_array_mut()
        .unwrap()
        .push(json!({"about": "Benchmarks", "name": "Atlas lab", "checked": "2026-07-01"}));
    artifacts.push(json!({"id": "house-model", "name": "House Model", "kind": "Model", "rank": 70, "capabilities": [], "pricing": {"plan": "paid"}}));
    let existing_path = dir.join("existing.json");
    std::fs::write(
        &existing_path,
        serde_json::to_vec_pretty(&existing).unwrap(),
    )
    .unwrap();

    let merged_path = dir.join("merged.json");
    let report = import(
        &[
            "import",
            "openrouter",
            OPENROUTER,
            "--merge",
            existing_path.to_str().unwrap(),
        ],
        &merged_path,
    );
    let existing_name = existing_path.to_str().unwrap();
    assert_lines(
        &report,
        &[
            "artifacts[11] (id \"house-model\"): not in the import; kept as is",
            &format!("{existing_name}: 1 added, 11 refreshed, 1 kept as they were"),
        ],
    );
    assert_valid(&merged_path, 13);
    let merged = read(&merged_path);
    assert_eq!(merged["brand"], existing["brand"]);
    let opus = artifact(&merged, "anthropic-claude-opus-5");
    assert_eq!(
        (&opus["rank"], &opus["summary"]),
        (&json!(93), &json!("Our pick for long agent runs."))
    );
    assert_eq!(
        opus["pricing"]["usage"][0]["amount"],
        json!(0.000005),
        "the stale price refreshed"
    );
    let sources: Vec<&str> = opus["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["Atlas lab", "OpenRouter"]);
    let labels: Vec<&str> = opus["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["label"].as_str().unwrap())
        .collect();
    assert!(!labels.contains(&"Rank note"), "scored now: {labels:?}");
    assert_lines(&report, &["artifacts[0] (id \"anthropic-claude-opus-5\"): scored by Model Atlas; the placeholder rank note removed"]);
    assert_eq!(artifact(&merged, "house-model")["rank"], 70);
    let added = artifact(&merged, "z-ai-glm-4-6-2");
    let note = added["details"].as_array().unwrap().last().unwrap()["value"]
        .as_str()
        .unwrap();
    assert!(note.starts_with("Not yet scored by Model Atlas"), "{note}");

    // Merging a catalog into itself changes nothing: the daily job's diff is the news only.
    let again = dir.join("again.json");
    import(
        &[
            "import",
            "openrouter",
            OPENROUTER,
            "--merge",
            fresh.to_str().unwrap(),
        ],
        &again,
    );
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&fresh).unwrap()
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// The browser tests compare imported models from `tests/fixtures/openrouter-catalog.json`
/// (the workspace's fixtures): it must be exactly what the importer writes today.
#[test]
fn the_browser_tests_catalog_is_a_fresh_import() {
    let dir = scratch("browser-fixture");
    let out = dir.join("catalog.json");
    import(
        &["import", "openrouter", OPENROUTER, "--brand", "Model Atlas"],
        &out,
    );
    let committed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/openrouter-catalog.json");
    let fresh = std::fs::read_to_string(&out).expect("written");
    let kept = std::fs::read_to_string(&committed).expect("committed fixture");
    assert!(
        fresh == kept,
        "tests/fixtures/openrouter-catalog.json is stale: regenerate it with\n  \
         cargo run --bin versus-catalog -- import openrouter \
         crates/versus-cli/tests/fixtures/import/openrouter-models.json --checked {CHECKED} \
         --brand 'Model Atlas' --out tests/fixtures/openrouter-catalog.json"
    );
}
