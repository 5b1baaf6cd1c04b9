//! The arguments of `import` and the home page's featured comparisons.

use super::*;

fn args(words: &[&str]) -> Result<ImportOptions, String> {
    let owned: Vec<String> = words.iter().map(|word| word.to_string()).collect();
    let borrowed: Vec<&String> = owned.iter().collect();
    parse_args(&borrowed)
}

#[test]
fn arguments_name_source_input_and_options() {
    let options = args(&[
        "litellm",
        "prices.json",
        "--out",
        "c.json",
        "--merge",
        "old.json",
        "--checked",
        "2026-08-14",
        "--brand",
        "Atlas",
    ]);
    assert_eq!(
        options,
        Ok(ImportOptions {
            source: Source::LiteLlm,
            input: "prices.json".into(),
            out: Some("c.json".into()),
            merge: Some("old.json".into()),
            checked: "2026-08-14".into(),
            brand: Some("Atlas".into()),
        })
    );
    let defaults = args(&["openrouter", "models.json"]).unwrap();
    assert_eq!(defaults.source, Source::OpenRouter);
    assert!(
        values::is_date(&defaults.checked),
        "today: {}",
        defaults.checked
    );
    assert_eq!(
        (defaults.out, defaults.merge, defaults.brand),
        (None, None, None)
    );
}

#[test]
fn wrong_arguments_say_what_is_wrong() {
    assert_eq!(
        args(&["huggingface", "x.json"]).unwrap_err(),
        "unknown import source `huggingface`: expected openrouter or litellm"
    );
    assert_eq!(
        args(&["openrouter"]).unwrap_err(),
        "`import` needs an INPUT file"
    );
    assert_eq!(
        args(&["openrouter", "a.json", "b.json"]).unwrap_err(),
        "`import` takes one INPUT, found also `b.json`"
    );
    assert_eq!(
        args(&["openrouter", "a.json", "--checked", "14.08.2026"]).unwrap_err(),
        "`--checked 14.08.2026`: expected a date YYYY-MM-DD"
    );
    assert_eq!(
        args(&["openrouter", "a.json", "--out"]).unwrap_err(),
        "`--out` needs a value"
    );
    assert_eq!(
        args(&["openrouter", "a.json", "--fast"]).unwrap_err(),
        "unknown option `--fast`"
    );
}

#[test]
fn featured_pairs_two_artifacts_of_a_vendor_at_most_three_times() {
    let draft = |id: &str, vendor: &str| {
        let mut draft = Draft::new(id.into(), id.into(), "Model", "https://x.dev");
        draft.vendor = Some(vendor.into());
        draft
    };
    let drafts = [
        draft("a1", "A"),
        draft("b1", "B"),
        draft("a2", "A"),
        draft("a3", "A"),
        draft("c1", "C"),
        draft("d1", "D"),
        draft("d2", "D"),
        draft("e1", "E"),
        draft("e2", "E"),
        draft("c2", "C"),
    ];
    assert_eq!(
        featured(&drafts),
        [["a1", "a2"], ["c1", "c2"], ["d1", "d2"]]
    );
    assert!(featured(&drafts[..2]).is_empty());
}
